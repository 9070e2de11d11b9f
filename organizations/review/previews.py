"""The public page of a draft's record as it will look once approved, for its authors.

The draft's form and formsets are bound to its stored values on the live record (on a new
record for a proposed one), and their values are put on it in memory: its fields by the form,
themes, audiences and languages from the catalogue, and its locations, opening hours and
contact channels as the page reads them. Nothing is saved, and the page is rendered for the
person asking, from an address of the manage pages that the page cache never stores
(directory/page_cache.py), so no one else ever sees it.
"""

from django.http import Http404
from django.utils.text import slugify

from directory.search.catalogue import catalogue, fill_taxonomy, set_prefetched

from ..models import ContactChannel, Location, OpeningHours, Organization, Service
from .drafts import bind

# A proposed new service has no id yet: shown with this one, which no record has, every
# relation its page reads is set from the draft (and any other finds nothing).
UNSAVED_ID = 0


class DraftNotValid(Exception):
    """The draft's values are no longer valid (a location deleted since): nothing to show."""


def applied(change_request, record):
    """Bind the draft's form and formsets to `record`, which takes their values in memory.
    Returns (form, {prefix: formset})."""
    form, formsets = bind(change_request, instance=record)
    if not form.is_valid() or not all(formset.is_valid() for formset in formsets):
        raise DraftNotValid
    for name, stored_name in change_request.uploads.items():
        setattr(record, name, stored_name)
    return form, {formset.prefix: formset for formset in formsets}


def with_taxonomy(record, form, names):
    """The chosen themes, audiences or languages, from the catalogue in its order."""
    taxonomy = catalogue()
    for name in names:
        model = record._meta.get_field(name).related_model
        order = taxonomy.position[model]
        chosen = [item.pk for item in form.cleaned_data[name] if item.pk in order]
        chosen.sort(key=order.get)
        set_prefetched(record, name, [taxonomy.by_pk[model][pk] for pk in chosen])


def proposed_channels(formset):
    """The contact channels the draft keeps or adds, in their order (unsaved copies)."""
    channels = [
        form.instance
        for form in formset.forms
        if form.cleaned_data and not form.cleaned_data.get("DELETE")
    ]
    return sorted(channels, key=lambda channel: (channel.position, channel.pk or 0))


def preview_service(change_request, organization):
    """(template, context) of the service's page with the draft applied."""
    if change_request.object_id is None:
        service = Service(pk=UNSAVED_ID, organization=organization)
    else:
        service = Service.objects.filter(
            pk=change_request.object_id, organization=organization
        ).first()
        if service is None:
            raise Http404
    form, formsets = applied(change_request, service)
    service.organization = organization
    service.slug = service.slug or slugify(service.name)[:100] or "preview"
    with_taxonomy(service, form, ["themes", "audiences", "languages"])
    locations = Location.objects.filter(
        pk__in=[location.pk for location in form.cleaned_data["locations"]]
    )
    set_prefetched(
        service,
        "locations",
        list(
            locations.select_related(
                "place__arrondissement", "place__commune", "place__region"
            ).prefetch_related("hours")
        ),
    )
    set_prefetched(
        service,
        "hours",
        [
            OpeningHours(
                season=period.season,
                weekday=period.weekday,
                opens=period.opens,
                closes=period.closes,
            )
            for period in formsets["hours"].periods
        ],
    )
    service.contacts = service.contacts_from(
        proposed_channels(formsets["channels"]),
        list(ContactChannel.objects.filter(organization=organization, service=None)),
    )
    return "manage/preview_service.html", {"service": service}


def preview_profile(change_request, organization):
    """(template, context) of the organization's page with the draft of its profile applied."""
    record = Organization.objects.with_page_relations().get(pk=organization.pk)
    form, formsets = applied(change_request, record)
    with_taxonomy(record, form, ["themes", "audiences", "languages"])
    fill_taxonomy(([record], ["countries"]), (record.public_services, ["audiences"]))
    record.own_channels = proposed_channels(formsets["channels"])
    return "manage/preview_organization.html", {"organization": record}
