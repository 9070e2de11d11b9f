"""Keep the search index in step with every save, publish, unpublish and delete.

Each handler re-indexes the items whose search document the change touches; search_index.index()
writes the entry of a published item and removes that of any other.
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver

from directory.search import index as search_index
from directory.search.models import SearchEntry
from directory.taxonomy.models import Audience, Theme
from organizations.models import Location, NewsItem, Organization, Service
from projects.models import Objective, Participation, Project

Kind = SearchEntry.Kind


def reindex_organization(organization_id):
    """An organization and what shows its name or depends on its publication."""
    search_index.index(Kind.ORGANIZATION, [organization_id])
    search_index.index(
        Kind.SERVICE,
        Service.objects.filter(organization_id=organization_id).values_list("pk", flat=True),
    )
    search_index.index(
        Kind.NEWS,
        NewsItem.objects.filter(organization_id=organization_id).values_list("pk", flat=True),
    )
    search_index.index(
        Kind.PROJECT,
        Participation.objects.filter(organization_id=organization_id).values_list(
            "project_id", flat=True
        ),
    )


@receiver(post_save, sender=Organization)
def organization_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        reindex_organization(instance.pk)


@receiver(post_save, sender=Service)
def service_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index.index(Kind.SERVICE, [instance.pk])


@receiver(post_save, sender=Project)
def project_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index.index(Kind.PROJECT, [instance.pk])


@receiver(post_save, sender=NewsItem)
def news_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index.index(Kind.NEWS, [instance.pk])


@receiver(post_save, sender=Location)
@receiver(post_delete, sender=Location)
def location_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index.index(Kind.ORGANIZATION, [instance.organization_id])
        search_index.index(
            Kind.SERVICE,
            Service.objects.filter(organization_id=instance.organization_id).values_list(
                "pk", flat=True
            ),
        )


@receiver(post_save, sender=Participation)
@receiver(post_delete, sender=Participation)
@receiver(post_save, sender=Objective)
@receiver(post_delete, sender=Objective)
def project_part_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        search_index.index(Kind.PROJECT, [instance.project_id])


@receiver(post_delete, sender=Organization)
@receiver(post_delete, sender=Service)
@receiver(post_delete, sender=Project)
@receiver(post_delete, sender=NewsItem)
def item_deleted(sender, instance, **kwargs):
    kind = {
        Organization: Kind.ORGANIZATION,
        Service: Kind.SERVICE,
        Project: Kind.PROJECT,
        NewsItem: Kind.NEWS,
    }[sender]
    SearchEntry.objects.filter(kind=kind, object_id=instance.pk).delete()


TAGGED = {
    Organization: Kind.ORGANIZATION,
    Service: Kind.SERVICE,
    Project: Kind.PROJECT,
}


def tags_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Themes, audiences, languages, places or partners added to or removed from items."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        search_index.index(TAGGED[type(instance)], [instance.pk])
    elif pk_set and model in TAGGED:
        search_index.index(TAGGED[model], pk_set)


for model in TAGGED:
    for field in model._meta.many_to_many:
        m2m_changed.connect(tags_changed, sender=field.remote_field.through)


def taxonomy_words(instance):
    """What of a theme or audience the search index reads: its names and synonyms."""
    return [getattr(instance, column) for column in search_index.columns("name", "synonyms")]


@receiver(pre_save, sender=Theme)
@receiver(pre_save, sender=Audience)
def taxonomy_saving(sender, instance, raw=False, **kwargs):
    previous = sender.objects.filter(pk=instance.pk).first() if instance.pk else None
    instance._words_before = taxonomy_words(previous) if previous else None


@receiver(post_save, sender=Theme)
@receiver(post_save, sender=Audience)
def taxonomy_saved(sender, instance, raw=False, created=False, **kwargs):
    """A renamed theme or a new synonym: re-index everything tagged with it."""
    if raw or created or getattr(instance, "_words_before", None) == taxonomy_words(instance):
        return
    related = "themes" if sender is Theme else "audiences"
    for model, kind in TAGGED.items():
        ids = model.objects.filter(**{related: instance}).values_list("pk", flat=True)
        search_index.index(kind, ids)
