"""Changes staff propose, and the coordinators' decisions on them.

Staff never write to a public record. Saving an edit form stores the form as posted in a
ChangeRequest; the public keeps seeing the live record. A coordinator reads the
field-by-field differences and approves (the same form, bound to the stored values, saves
the live record, which keeps its history) or refuses with a reason (the draft stays for
its authors to fix).

Two people editing the same record cannot overwrite each other: every edit form carries
the state it started from (`edit_token`) and a save from an older state is refused.
"""

import datetime
from dataclasses import dataclass

from django.contrib.admin.models import CHANGE, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.datastructures import MultiValueDict
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory.common.emails import queue_email
from directory.common.images import save_with_variants
from directory.taxonomy.models import PublicationStatus
from projects.forms import ObjectiveFormSet, ProjectForm
from projects.models import Participation, Project

from .forms import (
    LocationForm,
    NewsItemForm,
    OpeningHoursFormSet,
    OrganizationChannelFormSet,
    OrganizationForm,
    ServiceChannelFormSet,
    ServiceForm,
)
from .models import ChangeRequest, Location, Membership, NewsItem, Organization, Service
from .rules import COORDINATORS


@dataclass(frozen=True)
class Editable:
    """What staff can edit: a model, its form, and the formsets of its rows."""

    kind: str
    model: type
    form_class: type
    formsets: tuple = ()  # (prefix, formset class)
    label: str = ""

    def forms(self, *, organization, instance=None, data=None, files=None):
        form = self.form_class(data, files, instance=instance, organization=organization)
        formsets = [
            formset_class(data, instance=instance, prefix=prefix)
            for prefix, formset_class in self.formsets
        ]
        for formset in formsets:
            formset.title = formset.model._meta.verbose_name_plural
        return form, formsets


EDITABLE = {
    editable.kind: editable
    for editable in [
        Editable(
            "organization",
            Organization,
            OrganizationForm,
            formsets=(("channels", OrganizationChannelFormSet),),
            label=_("profile"),
        ),
        Editable("location", Location, LocationForm, label=_("location")),
        Editable(
            "service",
            Service,
            ServiceForm,
            formsets=(("hours", OpeningHoursFormSet), ("channels", ServiceChannelFormSet)),
            label=_("service"),
        ),
        Editable(
            "project",
            Project,
            ProjectForm,
            formsets=(("objectives", ObjectiveFormSet),),
            label=_("project"),
        ),
        Editable("news", NewsItem, NewsItemForm, label=_("news item")),
    ]
}


def editable_for(change_request):
    model = change_request.content_type.model_class()
    return next(editable for editable in EDITABLE.values() if editable.model is model)


class EditConflict(Exception):
    """The record or its draft changed since the form was opened."""


class ReviewError(Exception):
    """A change that cannot be approved as it stands; the message says why."""


# --- Drafts ---------------------------------------------------------------------------


def open_draft(instance):
    """The record's change request still being worked on (pending or refused), if any."""
    if instance is None or instance.pk is None:
        return None
    return (
        ChangeRequest.objects.open()
        .filter(content_type=ContentType.objects.get_for_model(instance), object_id=instance.pk)
        .first()
    )


def edit_token(instance, draft):
    """The state an edit form starts from: the live record's version and its draft's revision."""
    version = instance.version if instance is not None and instance.pk else 0
    if draft is None:
        return f"{version}-0-0"
    return f"{version}-{draft.pk}-{draft.revision}"


def draft_data(draft):
    """The stored form, ready to bind a form to again."""
    return MultiValueDict(draft.data)


def posted_values(post):
    """What a form posted, to store: every field, without the CSRF token and edit token."""
    return {
        name: values
        for name, values in post.lists()
        if name not in ("csrfmiddlewaretoken", "edit_token")
    }


def record_summary(editable, form, instance):
    """A short name for the change request, shown in lists: the record's name or title,
    in the language of the person editing when it is written in it."""
    languages = [get_language(), "fr", "en", "ar"]
    for name in ("name", "title"):
        for language in languages:
            value = form.cleaned_data.get(f"{name}_{language}")
            if value:
                return str(value)[:250]
    return str(instance or editable.label)[:250]


def submit(*, author, organization, editable, instance, form, formsets, post, token, draft=None):
    """Store a valid edit as the record's draft, waiting for review. Returns the draft.

    `draft` is given for a proposed new record edited again (it has no live record to find
    its draft by). Raises EditConflict when the record or its draft moved on since the form
    was opened (`token` is the edit_token the form was opened with).
    """
    content_type = ContentType.objects.get_for_model(editable.model)
    try:
        with transaction.atomic():
            if instance is not None:
                instance = editable.model.objects.select_for_update().get(pk=instance.pk)
                draft = open_draft(instance)
            if draft is not None:
                draft = ChangeRequest.objects.select_for_update().get(pk=draft.pk)
                if draft.status not in ChangeRequest.OPEN:
                    raise EditConflict
            if token != edit_token(instance, draft):
                raise EditConflict
            if draft is None:
                draft = ChangeRequest(
                    organization=organization,
                    content_type=content_type,
                    object_id=instance.pk if instance else None,
                    base_version=instance.version if instance else None,
                )
            else:
                draft.revision += 1
            draft.summary = record_summary(editable, form, instance)
            draft.data = posted_values(post)
            draft.uploads = {**draft.uploads, **store_uploads(form)}
            draft.status = ChangeRequest.Status.PENDING
            draft.author = author
            draft.language = get_language()
            draft.save()
    except IntegrityError:
        # Someone else opened a draft of this record at the same moment.
        raise EditConflict from None
    notify_coordinators(draft)
    return draft


def store_uploads(form):
    """Keep the form's new images (already re-encoded) until the change is decided."""
    stored = {}
    new_images = form.new_images() if hasattr(form, "new_images") else {}
    for name, content in new_images.items():
        upload_to = form._meta.model._meta.get_field(name).upload_to
        stored[name] = save_with_variants(
            default_storage, f"{upload_to}{get_random_string(16).lower()}.webp", content
        )
    return stored


# --- Decisions ------------------------------------------------------------------------


def bind(change_request, *, instance=None):
    editable = editable_for(change_request)
    return editable.forms(
        organization=change_request.organization,
        instance=instance,
        data=draft_data(change_request),
    )


def approve(*, change_request, reviewer):
    """Write the change to the live record (or create it) and publish it. Returns the record.

    Raises ReviewError when the live record changed since the draft was based on it, or
    when the stored values are no longer valid (a theme or location was deleted since).
    """
    editable = editable_for(change_request)
    with transaction.atomic():
        change_request = ChangeRequest.objects.select_for_update().get(pk=change_request.pk)
        if change_request.status != ChangeRequest.Status.PENDING:
            raise ReviewError(_("This change was already decided."))
        instance = None
        if change_request.object_id is not None:
            instance = (
                editable.model.objects.select_for_update()
                .filter(pk=change_request.object_id)
                .first()
            )
            if instance is None:
                raise ReviewError(_("The record was deleted since."))
            if instance.version != change_request.base_version:
                raise ReviewError(
                    _(
                        "The live record changed after this draft was written. Refuse it "
                        "and ask its author to make the change again."
                    )
                )
        form, formsets = bind(change_request, instance=instance)
        if not form.is_valid() or not all(formset.is_valid() for formset in formsets):
            raise ReviewError(
                _("Some values are no longer valid: %(errors)s")
                % {"errors": summarize_errors(form, formsets)}
            )
        record = form.save(commit=False)
        for name, stored_name in change_request.uploads.items():
            setattr(record, name, stored_name)
        if instance is None:
            prepare_new_record(record, change_request)
        record._history_user = change_request.author
        record._change_reason = f"#{change_request.pk}"
        record.save()
        form.save_m2m()
        if hasattr(form, "save_partners"):
            form.save_partners(record)
        for formset in formsets:
            formset.instance = record
            formset.save()
        if instance is None:
            link_new_record(record, change_request)
        change_request.object_id = record.pk
        change_request.status = ChangeRequest.Status.APPROVED
        change_request.decided_by = reviewer
        change_request.decided_at = timezone.now()
        change_request.reason = ""
        change_request.save()
        record_decision(reviewer, change_request, f"Approved: {change_request.summary}")
    notify_author(change_request)
    return record


def refuse(*, change_request, reviewer, reason):
    """Refuse the change with a reason; the draft stays for its authors to fix."""
    with transaction.atomic():
        change_request = ChangeRequest.objects.select_for_update().get(pk=change_request.pk)
        if change_request.status != ChangeRequest.Status.PENDING:
            raise ReviewError(_("This change was already decided."))
        change_request.status = ChangeRequest.Status.REFUSED
        change_request.reason = reason
        change_request.decided_by = reviewer
        change_request.decided_at = timezone.now()
        change_request.save()
        record_decision(reviewer, change_request, f"Refused: {change_request.summary}: {reason}")
    notify_author(change_request)
    return change_request


def record_decision(reviewer, change_request, message):
    """The coordinators' activity log (the admin's LogEntry) keeps every decision."""
    LogEntry.objects.log_actions(
        reviewer.pk,
        ChangeRequest.objects.filter(pk=change_request.pk),
        CHANGE,
        message[:1000],
        single_object=True,
    )


def prepare_new_record(record, change_request):
    """A new record gets its organization, an address (slug) and is published."""
    if isinstance(record, Organization):
        record.slug = unique_slug(Organization, record.name_fr or record.name_en or record.name)
    else:
        if hasattr(record, "organization_id"):
            record.organization = change_request.organization
        if hasattr(record, "slug"):
            title = getattr(record, "name", None) or getattr(record, "title", "")
            record.slug = unique_slug(type(record), title)
    if hasattr(record, "status"):
        record.status = PublicationStatus.PUBLISHED


def link_new_record(record, change_request):
    if isinstance(record, Organization):
        Membership.objects.get_or_create(
            user=change_request.author,
            organization=record,
            defaults={"role": Membership.Role.OWNER},
        )
        change_request.organization = record
    elif isinstance(record, Project):
        Participation.objects.get_or_create(
            project=record,
            organization=change_request.organization,
            role=Participation.Role.LEAD,
        )


# Addresses under /manage/ that an organization's slug must not shadow.
RESERVED_ORGANIZATION_SLUGS = {"review", "claims", "new-organization"}


def unique_slug(model, text):
    base = slugify(text)[:100] or model._meta.model_name
    slug, number = base, 1
    reserved = RESERVED_ORGANIZATION_SLUGS if model is Organization else set()
    while slug in reserved or model.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return slug


def summarize_errors(form, formsets):
    messages = [
        f"{form.fields[name].label if name in form.fields else ''} {' '.join(errors)}".strip()
        for name, errors in form.errors.items()
    ]
    for formset in formsets:
        messages += [" ".join(errors) for errors in formset.non_form_errors()]
        for row in formset.errors:
            messages += [" ".join(errors) for errors in row.values()]
    return "; ".join(messages)


# --- Differences ----------------------------------------------------------------------


@dataclass(frozen=True)
class Difference:
    label: str
    before: str
    after: str
    language: str | None = None


def differences(change_request):
    """Field by field, what the change would change in the live record, for the reviewer."""
    instance = change_request.target if change_request.object_id else None
    form, formsets = bind(change_request, instance=instance)
    form.is_valid()
    found = []
    for name in form.changed_data:
        if name in change_request.uploads or name not in form.fields:
            continue
        field = form.fields[name]
        before = shown(field, form.get_initial_for_field(field, name))
        after = shown(field, form.cleaned_data.get(name, form.data.get(name)))
        if before != after:
            found.append(
                Difference(
                    label=field_label(field),
                    before=before,
                    after=after,
                    language=field.widget.attrs.get("lang"),
                )
            )
    for name, stored_name in change_request.uploads.items():
        found.append(
            Difference(
                label=field_label(form.fields[name]),
                before=str(getattr(instance, name, "") or ""),
                after=f"{stored_name} ({filesizeformat(default_storage.size(stored_name))})",
            )
        )
    for formset in formsets:
        formset.is_valid()
        before = rows_before(formset, instance)
        after = rows_after(formset)
        # Only the rows that go or come: an unchanged row is not a difference.
        removed = [row for row in before if row not in after]
        added = [row for row in after if row not in before]
        if removed or added:
            found.append(
                Difference(
                    label=str(formset.model._meta.verbose_name_plural),
                    before="\n".join(removed),
                    after="\n".join(added),
                )
            )
    return found


def field_label(field):
    language = getattr(field, "language_name", None)
    return f"{field.label} ({language})" if language else str(field.label)


def shown(field, value):
    """A value as a reviewer reads it: choice labels, names of related records, or text."""
    if value is None:
        return ""
    if hasattr(value, "all") and callable(value.all):
        value = list(value.all())
    if isinstance(value, list | tuple):
        return ", ".join(sorted(shown(field, item) for item in value))
    choices = dict(getattr(field, "choices", []) or [])
    if not hasattr(field, "queryset") and value in choices:
        return str(choices[value])
    if hasattr(field, "queryset") and not hasattr(value, "pk"):
        record = field.queryset.filter(pk=value).first()
        return str(record) if record else str(value)
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return str(value)


def row_fields(formset):
    """The fields of a formset's rows that say something: not the id, link or delete box."""
    return {
        name: field
        for name, field in formset.empty_form.fields.items()
        if name not in ("id", "DELETE", formset.fk.name)
    }


def describe_values(fields, values):
    return " · ".join(
        shown(field, values.get(name))
        for name, field in fields.items()
        if values.get(name) not in (None, "")
    )


def rows_before(formset, instance):
    if instance is None:
        return []
    fields = row_fields(formset)
    # A fresh formset: validating the bound one wrote the proposed values on its rows.
    live_rows = type(formset)(instance=instance, prefix=formset.prefix).get_queryset()
    return [
        describe_values(fields, {name: getattr(row, name) for name in fields}) for row in live_rows
    ]


def rows_after(formset):
    fields = row_fields(formset)
    return [
        describe_values(fields, form.cleaned_data)
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]


# --- Emails ---------------------------------------------------------------------------


def notify_coordinators(change_request):
    from django.contrib.auth import get_user_model

    addresses = (
        get_user_model()
        .objects.filter(groups__name=COORDINATORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    queue_email(
        to=list(addresses),
        template="change_pending",
        context={
            "change": change_request,
            "organization": change_request.organization,
            "url": reverse("manage:review", kwargs={"pk": change_request.pk}),
        },
    )


def notify_author(change_request):
    author = change_request.author
    if author is None or not author.email:
        return
    queue_email(
        to=[author.email],
        template="change_decided",
        context={
            "change": change_request,
            "organization": change_request.organization,
            "url": reverse("manage:dashboard"),
        },
        language=change_request.language,
    )
