"""Drafts: what staff save, stored until a coordinator decides on it.

Saving an edit form stores the form as posted in a ChangeRequest; the public keeps seeing
the live record. Two people editing the same record cannot overwrite each other: every edit
form carries the state it started from (`edit_token`) and a save from an older state is
refused. Images uploaded with a draft are stored at once (re-encoded) and deleted when the
draft is withdrawn or refused, or replaced by a newer upload.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.files.storage import default_storage
from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.crypto import get_random_string
from django.utils.datastructures import MultiValueDict
from django.utils.translation import get_language

from directory.common.images import delete_with_variants, save_with_variants

from ..models import ChangeRequest
from .notifications import notify_coordinators
from .registry import editable_for


class EditConflict(Exception):
    """The record or its draft changed since the form was opened."""


def open_draft(instance):
    """The record's change request still being worked on (not sent yet, waiting for review
    or refused), if any."""
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


def bind(change_request, *, instance=None):
    """The draft's form and formsets, bound to its stored values (on `instance`, if any)."""
    editable = editable_for(change_request)
    return editable.forms(
        organization=change_request.organization,
        instance=instance,
        data=draft_data(change_request),
    )


def posted_values(post, formsets=()):
    """What a form posted, to store: every field, without the CSRF token, the edit token and
    the button pressed. A formset that writes its rows out itself (the week of opening
    hours, with "same hours as Monday" done) stores its `values_to_store()` instead."""
    values = {
        name: values
        for name, values in post.lists()
        if name not in ("csrfmiddlewaretoken", "edit_token", "action")
    }
    for formset in formsets:
        if hasattr(formset, "values_to_store"):
            own = f"{formset.prefix}-"
            values = {name: v for name, v in values.items() if not name.startswith(own)}
            values.update(formset.values_to_store())
    return values


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


def submit(
    *, author, organization, editable, instance, form, formsets, post, token, draft=None, send=True
):
    """Store a valid edit as the record's draft and, if `send`, send it for review (the
    coordinators are emailed); otherwise it waits, not sent yet, for its authors to send it
    (a draft already sent is taken back from the queue). Returns the draft.

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
            draft.data = posted_values(post, formsets)
            uploads = store_uploads(form)
            # A new upload replaces the one the draft had for that field.
            delete_images_on_commit(
                draft.uploads[name] for name in uploads if name in draft.uploads
            )
            draft.uploads = {**draft.uploads, **uploads}
            if send:
                # A draft saved again while it waits keeps its place in the queue.
                if draft.sent_at is None or draft.status != ChangeRequest.Status.PENDING:
                    draft.sent_at = timezone.now()
                draft.status = ChangeRequest.Status.PENDING
            else:
                draft.status = ChangeRequest.Status.UNSENT
            draft.author = author
            draft.language = get_language()
            draft.save()
    except IntegrityError:
        # Someone else opened a draft of this record at the same moment.
        raise EditConflict from None
    if send:
        notify_coordinators([draft], sender=author)
    return draft


def send_for_review(*, organization, ids, sender):
    """Send the organization's drafts among `ids` that are not sent yet, together: one
    transaction, one email to the coordinators listing them. Returns the drafts sent.

    Sending moves each draft's revision, as a save does: a form opened before it was sent
    cannot take it back from the queue unnoticed (edit_token).
    """
    with transaction.atomic():
        drafts = list(
            ChangeRequest.objects.select_for_update(of=("self",))
            .select_related("author")
            .filter(organization=organization, pk__in=ids, status=ChangeRequest.Status.UNSENT)
            .order_by("pk")
        )
        now = timezone.now()
        ChangeRequest.objects.filter(pk__in=[draft.pk for draft in drafts]).update(
            status=ChangeRequest.Status.PENDING,
            sent_at=now,
            updated_at=now,
            revision=F("revision") + 1,
        )
    for draft in drafts:
        draft.organization = organization
        draft.status, draft.sent_at = ChangeRequest.Status.PENDING, now
    if drafts:
        notify_coordinators(drafts, sender=sender)
    return drafts


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


def withdraw(*, draft):
    """Its authors take the draft back: it is closed, its images deleted. Returns it."""
    with transaction.atomic():
        draft = ChangeRequest.objects.select_for_update().get(pk=draft.pk)
        if draft.status not in ChangeRequest.OPEN:
            raise EditConflict
        draft.status = ChangeRequest.Status.WITHDRAWN
        discard_uploads(draft)
        draft.save(update_fields=["status", "uploads", "updated_at"])
    return draft


def discard_uploads(draft):
    """Forget the draft's images and delete them once the transaction is committed."""
    delete_images_on_commit(draft.uploads.values())
    draft.uploads = {}


def delete_images_on_commit(names):
    """Delete these stored images and their smaller copies, once the write is committed
    (a write rolled back keeps them)."""
    names = [name for name in names if name]

    def delete():
        for name in names:
            delete_with_variants(default_storage, name)

    if names:
        transaction.on_commit(delete)
