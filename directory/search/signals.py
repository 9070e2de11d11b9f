"""A theme or audience whose words change: everything tagged with it is indexed again.

Any change to the taxonomy (or to the hotlines the catalogue holds with it) moves its
version, so that every process reads its catalogue again (catalogue.py).
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from directory.common.text import translated_columns
from directory.taxonomy.models import (
    Audience,
    Country,
    Hotline,
    Language,
    Place,
    PublicHoliday,
    SeasonDates,
    Theme,
)

from . import index, versions

# The calendar of opening hours and the hotlines come with the catalogue too.
TAXONOMY_MODELS = [Theme, Audience, Language, Country, Place, Hotline, SeasonDates, PublicHoliday]


def taxonomy_words(instance):
    """What of a theme or audience the search index reads: its names and synonyms."""
    return [getattr(instance, column) for column in translated_columns("name", "synonyms")]


@receiver(pre_save, sender=Theme)
@receiver(pre_save, sender=Audience)
def taxonomy_saving(sender, instance, raw=False, **kwargs):
    previous = sender.objects.filter(pk=instance.pk).first() if instance.pk else None
    instance._words_before = taxonomy_words(previous) if previous else None


@receiver(post_save, sender=Theme)
@receiver(post_save, sender=Audience)
def taxonomy_saved(sender, instance, raw=False, created=False, **kwargs):
    if raw or created or getattr(instance, "_words_before", None) == taxonomy_words(instance):
        return
    index.index_tagged_with(instance)


def taxonomy_changed(sender, **kwargs):
    versions.move(versions.TAXONOMY)


for model in TAXONOMY_MODELS:
    post_save.connect(taxonomy_changed, sender=model, dispatch_uid=f"catalogue-{model.__name__}")
    post_delete.connect(taxonomy_changed, sender=model, dispatch_uid=f"catalogue-{model.__name__}")
