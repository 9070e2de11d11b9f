"""The words residents type for pregnancy, childbirth, infants and homelessness, added to the
synonyms of the themes and audiences the demo taxonomy gave earlier databases ("حامل" found
nothing while "enceinte" found the mother and child services), and the items tagged with
them indexed again so that a search finds them at once.

Words a theme or audience already has are not added twice; rows that are not there (a
fresh database, a taxonomy of its own) are left alone. New databases get the words from
load_demo (directory/demo/taxonomy.py).

The index is rebuilt with the search's own code, as a save in the admin would: it is derived
data. Should a later change of the schema stop this step on an old database, remove it and
run `manage.py rebuild_search_index` after migrating.
"""

import uuid

from django.db import migrations

ADDED = {
    ("theme", "women-and-mothers"): {
        "ar": "أمومة",
        "fr": "maternité",
        "en": "maternity",
    },
    ("theme", "health"): {
        "ar": "قابلة, ولادة, تلقيح, ممرض, حمل, حامل, حوامل, تتبع الحمل",
        "fr": "sage-femme, accouchement, vaccination, infirmier, grossesse, enceinte, suivi de grossesse",
        "en": "midwife, childbirth, vaccination, nurse, pregnancy, pregnant, antenatal care",
    },
    ("theme", "shelter"): {
        "ar": "بدون مأوى, مشرد, مشردين",
        "fr": "sans-abri, SDF, à la rue",
        "en": "homeless, sleeping rough",
    },
    ("audience", "mothers"): {
        "ar": "حامل, حوامل, الحمل, مرضعة",
        "fr": "enceinte, femmes enceintes, future maman, grossesse",
        "en": "pregnant, pregnant women, expectant mother, pregnancy",
    },
    ("audience", "children"): {
        "ar": "رضيع, رضيعة, صغار",
        "fr": "nourrisson, nourrissons, petits",
        "en": "infant, infants, toddlers",
    },
}


def add_synonyms(apps, schema_editor):
    models = {
        "theme": apps.get_model("directory", "Theme"),
        "audience": apps.get_model("directory", "Audience"),
    }
    changed = {"theme": [], "audience": []}
    for (kind, slug), words in ADDED.items():
        row = models[kind].objects.filter(slug=slug).first()
        if row is None:
            continue
        for language, added in words.items():
            column = f"synonyms_{language}"
            present = [word.strip() for word in (getattr(row, column) or "").split(",")]
            present = [word for word in present if word]
            missing = [word.strip() for word in added.split(",") if word.strip() not in present]
            setattr(row, column, ", ".join(present + missing))
        row.save()
        changed[kind].append(row.pk)
    if not (changed["theme"] or changed["audience"]):
        return

    from directory.search import index
    from directory.taxonomy.models import Audience, Theme

    with index.deferred():
        for model, pks in [(Theme, changed["theme"]), (Audience, changed["audience"])]:
            for tag in model.objects.filter(pk__in=pks):
                index.index_tagged_with(tag)
    # Every process reads its catalogue again, and cached pages are rendered afresh.
    versions = apps.get_model("search", "FacetSetVersion")
    for kind in ["taxonomy", "content"]:
        if not versions.objects.filter(kind=kind).update(token=uuid.uuid4()):
            versions.objects.create(kind=kind, token=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_longer_facet_keys"),
        ("directory", "0008_hotline"),
    ]

    operations = [migrations.RunPython(add_synonyms, migrations.RunPython.noop)]
