"""Services' search entries gain the facet keys of their opening hours, for the listing's
"open now" and "open on" filters (directory/taxonomy/opening.py).

Entries are derived data, rebuilt by the index's own code; a database without published
services (a new one) has nothing to do.
"""

from django.db import migrations


def index_services(apps, schema_editor):
    Service = apps.get_model("organizations", "Service")
    ids = list(Service.objects.filter(status="published").values_list("pk", flat=True))
    if not ids:
        return
    from directory.search import index

    index.write({"service": [ids]})


class Migration(migrations.Migration):
    dependencies = [
        ("organizations", "0008_opening_hours_past_midnight"),
        ("search", "0004_longer_facet_keys"),
        ("directory", "0006_calendar_of_opening_hours"),
    ]

    operations = [migrations.RunPython(index_services, migrations.RunPython.noop)]
