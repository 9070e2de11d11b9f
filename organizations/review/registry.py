"""What staff can edit, as each app registers it.

A kind of record becomes editable through the manage pages with one `register(Editable(...))`
call from its app's `ready()` (organizations/review/editables.py, projects/review.py): its
form and formsets, the section of the organization's page that lists its records, how those
records are found and how a new one is attached to the organization once approved. The
review, the staff pages and the organization's overview read only this registry, so an app
below (organizations) never imports the apps that add records to it (projects).
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.utils.text import slugify


def unique_slug(model, text, reserved=()):
    """An address for a new `model` record made from `text`, free and not in `reserved`."""
    base = slugify(text)[:100] or model._meta.model_name
    slug, number = base, 1
    while slug in reserved or model.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def belongs_to_organization(record, change_request):
    """A new record of an organization: it is the draft's organization's, with an address
    (slug) made from its name or title."""
    if hasattr(record, "organization_id"):
        record.organization = change_request.organization
    if hasattr(record, "slug"):
        title = getattr(record, "name", None) or getattr(record, "title", "")
        # /services/shortlist/ is a page of its own, not a service's address.
        record.slug = unique_slug(type(record), title, reserved={"shortlist"})


def nothing_to_link(record, change_request):
    """Most records need nothing more once saved: they point to their organization."""


@dataclass(frozen=True)
class Editable:
    """What staff can edit: a model, its form, and the formsets of its rows.

    `records(organization)` is the queryset of the organization's records of this kind (only
    they can be edited through its pages; None: not listed, edited by its own pages, like the
    profile). `section` and `add_label` title its part of the organization's page.
    `prepare(record, change_request)` runs before a new record's first save, `link(record,
    change_request)` after it (and after its formsets). `prefill(organization, query)`, if
    given, fills in a new record's form from the link that opened it (its query string).
    `preview(change_request, organization)` gives (template, context) of the record's public
    page with the draft's values applied in memory (previews.py); None: no preview.

    A formset is an inline formset, or a form standing for rows that the review handles as
    one (organizations/weekly_hours.py): made with (data, instance=, prefix=), it has
    `model`, `is_valid()`, `save()` once `instance` is set, `changes_for_review()` for the
    diff, `values_to_store()` for the draft and `edit_template` for the edit page.
    """

    kind: str
    model: type
    form_class: type
    formsets: tuple = ()  # (prefix, formset class)
    label: str = ""
    section: str = ""
    add_label: str = ""
    records: Callable | None = None
    prepare: Callable = field(default=belongs_to_organization)
    link: Callable = field(default=nothing_to_link)
    prefill: Callable | None = None
    preview: Callable | None = None

    def forms(self, *, organization, instance=None, data=None, files=None, initial=None):
        form = self.form_class(
            data, files, instance=instance, organization=organization, initial=initial
        )
        formsets = [
            formset_class(data, instance=instance, prefix=prefix)
            for prefix, formset_class in self.formsets
        ]
        for formset in formsets:
            formset.title = formset.model._meta.verbose_name_plural
        return form, formsets


_editables = {}


def register(editable):
    """Make `editable`'s records editable through the manage pages and the review."""
    _editables[editable.kind] = editable


def get(kind):
    """The editable registered as `kind`, or None."""
    return _editables.get(kind)


def editables():
    """Every registered editable, in the order they were registered."""
    return list(_editables.values())


def sections():
    """The editables listed on an organization's page, in the order they were registered."""
    return [editable for editable in _editables.values() if editable.records is not None]


def editable_for(change_request):
    """The editable a change request is a draft of."""
    model = change_request.content_type.model_class()
    return next(editable for editable in _editables.values() if editable.model is model)
