"""A theme or audience whose words change: everything tagged with it is indexed again."""

from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver

from directory.common.text import translated_columns
from directory.taxonomy.models import Audience, Theme

from . import index


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
