"""The coordinators' decisions on drafts.

A coordinator reads the field-by-field differences (differences.py) and approves (the same
form, bound to the stored values, saves the live record, which keeps its history) or refuses
with a reason (the draft stays for its authors to fix, without its images).
"""

from django import forms
from django.contrib.admin.models import CHANGE, LogEntry
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.search import index as search_index
from directory.taxonomy.models import PublicationStatus

from ..models import ChangeRequest
from .drafts import bind, delete_images_on_commit, discard_uploads
from .notifications import notify_author
from .registry import editable_for


class ReviewError(Exception):
    """A change that cannot be approved as it stands; the message says why."""


def approve(*, change_request, reviewer):
    """Write the change to the live record (or create it) and publish it. Returns the record.

    Raises ReviewError when the live record changed since the draft was based on it, or
    when the stored values are no longer valid (a theme or location was deleted since).
    The search index is written once, for everything the approval saved; images the change
    replaces are deleted once it is committed.
    """
    editable = editable_for(change_request)
    with transaction.atomic(), search_index.deferred():
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
        images_before = stored_images(instance)
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
            editable.prepare(record, change_request)
            if hasattr(record, "status"):
                record.status = PublicationStatus.PUBLISHED
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
            editable.link(record, change_request)
        images_after = stored_images(record)
        delete_images_on_commit(
            name for field, name in images_before.items() if images_after.get(field) != name
        )
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
    """Refuse the change with a reason; the draft stays for its authors to fix.

    The images it brought are deleted: a new upload comes with the corrected draft.
    """
    with transaction.atomic():
        change_request = ChangeRequest.objects.select_for_update().get(pk=change_request.pk)
        if change_request.status != ChangeRequest.Status.PENDING:
            raise ReviewError(_("This change was already decided."))
        change_request.status = ChangeRequest.Status.REFUSED
        change_request.reason = reason
        change_request.decided_by = reviewer
        change_request.decided_at = timezone.now()
        discard_uploads(change_request)
        change_request.save()
        record_decision(reviewer, change_request, f"Refused: {change_request.summary}: {reason}")
    notify_author(change_request)
    return change_request


def stored_images(record):
    """{field name: stored name} of the record's images and files, the empty ones left out."""
    if record is None:
        return {}
    return {
        field.name: getattr(record, field.name).name
        for field in record._meta.concrete_fields
        if isinstance(field, models.FileField) and getattr(record, field.name)
    }


def record_decision(reviewer, change_request, message):
    """The coordinators' activity log (the admin's LogEntry) keeps every decision."""
    LogEntry.objects.log_actions(
        reviewer.pk,
        ChangeRequest.objects.filter(pk=change_request.pk),
        CHANGE,
        message[:1000],
        single_object=True,
    )


def summarize_errors(form, formsets):
    messages = form_errors(form)
    for formset in formsets:
        if isinstance(formset, forms.BaseForm):  # a form standing for rows (weekly hours)
            messages += form_errors(formset)
            continue
        messages += [" ".join(errors) for errors in formset.non_form_errors()]
        for row in formset.errors:
            messages += [" ".join(errors) for errors in row.values()]
    return "; ".join(messages)


def form_errors(form):
    return [
        f"{form.fields[name].label if name in form.fields else ''} {' '.join(errors)}".strip()
        for name, errors in form.errors.items()
    ]
