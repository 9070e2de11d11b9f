"""Staff keep their organizations' listings up to date; coordinators review the changes.

Every view fetches the organization through `get_organization_for_user`, which answers
404 to anyone who is not its member (or a coordinator), and every record through that
organization: an id of another organization's record is a 404 too.
"""

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from .accounts.twofactor import otp_required_if_enabled
from .curation import completeness
from .forms import ReviewDecisionForm
from .models import ChangeRequest, Membership
from .review import (
    DraftNotValid,
    EditConflict,
    ReviewError,
    approve,
    differences,
    draft_data,
    edit_token,
    open_draft,
    refuse,
    registry,
    send_for_review,
    submit,
)
from .review import withdraw as withdraw_draft
from .rules import get_organization_for_user


def _records(organization, kind):
    """The organization's own records of a kind: nothing else can be edited through it."""
    editable = registry.get(kind)
    if editable is None or editable.records is None:
        raise Http404
    return editable.records(organization)


@otp_required_if_enabled
def dashboard(request):
    memberships = list(Membership.objects.for_dashboard(request.user))
    counts = {
        row["organization"]: row
        for row in ChangeRequest.objects.filter(
            organization__in=[membership.organization for membership in memberships]
        )
        .values("organization")
        .annotate(
            unsent=Count("pk", filter=Q(status=ChangeRequest.Status.UNSENT)),
            pending=Count("pk", filter=Q(status=ChangeRequest.Status.PENDING)),
            refused=Count("pk", filter=Q(status=ChangeRequest.Status.REFUSED)),
        )
    }
    for membership in memberships:
        membership.counts = counts.get(membership.organization_id, {})
    proposals = ChangeRequest.objects.filter(
        organization__isnull=True, author=request.user
    ).order_by("-updated_at")
    is_coordinator = request.user.has_perm("organizations.review_changes")
    return render(
        request,
        "manage/dashboard.html",
        {
            "memberships": memberships,
            "proposals": proposals,
            # Coordinators see their desk above: what waits for them (templatetags/moderation).
            "is_coordinator": is_coordinator,
        },
    )


@otp_required_if_enabled
def organization_overview(request, slug):
    organization = get_organization_for_user(request, slug, "organizations.edit_listing")
    drafts = ChangeRequest.objects.filter(organization=organization).select_related(
        "content_type", "author", "decided_by"
    )
    open_drafts = {
        (draft.content_type.model, draft.object_id): draft
        for draft in drafts
        if draft.status in ChangeRequest.OPEN
    }

    def with_drafts(records, model_name):
        for record in records:
            record.draft = open_drafts.get((model_name, record.pk))
        return records

    new_drafts = [
        draft for draft in drafts if draft.is_new_record and draft.status in ChangeRequest.OPEN
    ]
    # Each section lists its records and, below them, the new ones still waiting for review:
    # a new service is under "Services", never "Services: none yet".
    sections = []
    for editable in registry.sections():
        model_name = editable.model._meta.model_name
        waiting = [draft for draft in new_drafts if draft.content_type.model == model_name]
        records = with_drafts(list(editable.records(organization)), model_name)
        sections.append((editable.kind, editable.section, editable.add_label, records, waiting))
    in_sections = {draft.pk for *_rest, waiting in sections for draft in waiting}
    new_drafts = [draft for draft in new_drafts if draft.pk not in in_sections]
    # Drafts not sent yet, listed first with a box each, to be sent for review together.
    unsent = [draft for draft in drafts if draft.status == ChangeRequest.Status.UNSENT]
    for draft in unsent:
        draft.edit_url = _edit_url(organization, draft)
        draft.can_preview = registry.editable_for(draft).preview is not None
    history = Paginator(
        [draft for draft in drafts if draft.status not in ChangeRequest.OPEN], 20
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "manage/organization.html",
        {
            "organization": organization,
            "profile_draft": open_drafts.get(("organization", organization.pk)),
            "gaps": completeness.gaps(organization),
            "sections": sections,
            "new_drafts": new_drafts,
            "unsent": unsent,
            "previewable": {e.kind for e in registry.editables() if e.preview is not None},
            "history": history,
            "can_manage_members": request.user.has_perm(
                "organizations.manage_members", organization
            ),
        },
    )


@otp_required_if_enabled
def edit_profile(request, slug):
    organization = get_organization_for_user(request, slug, "organizations.edit_listing")
    return _edit(request, organization=organization, kind="organization", instance=organization)


@otp_required_if_enabled
def edit_record(request, slug, kind, pk):
    organization = get_organization_for_user(request, slug, "organizations.edit_listing")
    instance = get_object_or_404(_records(organization, kind), pk=pk)
    return _edit(request, organization=organization, kind=kind, instance=instance)


@otp_required_if_enabled
def new_record(request, slug, kind):
    organization = get_organization_for_user(request, slug, "organizations.edit_listing")
    _records(organization, kind)  # 404 for a kind that cannot be added
    return _edit(request, organization=organization, kind=kind, instance=None)


@otp_required_if_enabled
def edit_new_record_draft(request, slug, pk):
    """A proposed new record, still a draft, opened again to be fixed."""
    organization = get_organization_for_user(request, slug, "organizations.edit_listing")
    draft = get_object_or_404(
        ChangeRequest.objects.open(), pk=pk, organization=organization, object_id__isnull=True
    )
    kind = registry.editable_for(draft).kind
    return _edit(request, organization=organization, kind=kind, instance=None, draft=draft)


@otp_required_if_enabled
def propose_organization(request):
    """Anyone with an account may propose a new organization; they become its owner."""
    return _edit(request, organization=None, kind="organization", instance=None)


@otp_required_if_enabled
def edit_proposal(request, pk):
    """A proposed new organization, still a draft, opened again by the person who proposed it."""
    draft = get_object_or_404(
        ChangeRequest.objects.open(),
        pk=pk,
        organization__isnull=True,
        object_id__isnull=True,
        author=request.user,
    )
    return _edit(request, organization=None, kind="organization", instance=None, draft=draft)


def _edit_url(organization, draft):
    """Where a draft of the organization is edited: its record's form, or the draft's own
    for a proposed new record."""
    if draft.object_id is None:
        return reverse("manage:edit_draft", args=[organization.slug, draft.pk])
    editable = registry.editable_for(draft)
    if editable.records is None:  # the profile
        return reverse("manage:edit_profile", args=[organization.slug])
    return reverse("manage:edit", args=[organization.slug, editable.kind, draft.object_id])


def _edit(request, *, organization, kind, instance, draft=None):
    """Show the edit form (the open draft if there is one) and store a valid edit as a draft:
    sent for review, or kept for its authors to send later ("Save draft")."""
    editable = registry.get(kind)
    if instance is not None:
        draft = open_draft(instance)
    conflict = False
    if request.method == "POST":
        token = request.POST.get("edit_token", "")
        send = request.POST.get("action") != "draft"
        form, formsets = editable.forms(
            organization=organization, instance=instance, data=request.POST, files=request.FILES
        )
        if form.is_valid() and all(formset.is_valid() for formset in formsets):
            try:
                submit(
                    author=request.user,
                    organization=organization,
                    editable=editable,
                    instance=instance,
                    form=form,
                    formsets=formsets,
                    post=request.POST,
                    token=token,
                    draft=draft if instance is None else None,
                    send=send,
                )
            except EditConflict:
                conflict = True
                messages.error(
                    request,
                    _(
                        "Someone else saved a change to this record while you were editing "
                        "it. Your text is still below: compare it with the current version "
                        "on the public page, then save again."
                    ),
                )
                if instance is not None:
                    instance.refresh_from_db()
                    draft = open_draft(instance)
                elif draft is not None:
                    draft.refresh_from_db()
            else:
                if send:
                    messages.success(
                        request,
                        _("Saved. A coordinator will review the change before it is public."),
                    )
                else:
                    messages.success(
                        request,
                        _(
                            "Draft saved, not sent: the coordinators and the public do not see "
                            "it. Send it for review when it is ready."
                        ),
                    )
                if organization is None:
                    return redirect("manage:dashboard")
                return redirect("manage:organization", slug=organization.slug)
        else:
            messages.error(request, _("Please correct the errors below."))
    else:
        prefilled = instance is None and draft is None and editable.prefill is not None
        form, formsets = editable.forms(
            organization=organization,
            instance=instance,
            data=draft_data(draft) if draft else None,
            initial=editable.prefill(organization, request.GET) if prefilled else None,
        )
    return render(
        request,
        "manage/edit.html",
        {
            "organization": organization,
            "editable": editable,
            "instance": instance,
            "draft": draft,
            "form": form,
            "formsets": formsets,
            "can_preview": draft is not None and draft.pk and editable.preview is not None,
            # After a conflict the form holds the person's text and the newer state's token,
            # so saving again is a deliberate choice made after seeing the message.
            "edit_token": edit_token(instance, draft),
        },
        status=409 if conflict else 200,
    )


# --- Review ---------------------------------------------------------------------------


def _require_coordinator(request):
    if not request.user.has_perm("organizations.review_changes"):
        raise Http404


@otp_required_if_enabled
def review_queue(request):
    _require_coordinator(request)
    queue = Paginator(ChangeRequest.objects.for_queue().order_by("sent_at", "pk"), 50)
    return render(
        request,
        "manage/review_queue.html",
        {"page_obj": queue.get_page(request.GET.get("page"))},
    )


@otp_required_if_enabled
def review(request, pk):
    _require_coordinator(request)
    # A draft not sent yet is its authors' alone.
    change_request = get_object_or_404(
        ChangeRequest.objects.select_related("organization", "author", "content_type").exclude(
            status=ChangeRequest.Status.UNSENT
        ),
        pk=pk,
    )
    form = ReviewDecisionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            if form.cleaned_data["decision"] == "approve":
                approve(change_request=change_request, reviewer=request.user)
                messages.success(request, _("Approved: the change is now public."))
            else:
                refuse(
                    change_request=change_request,
                    reviewer=request.user,
                    reason=form.cleaned_data["reason"],
                )
                messages.success(request, _("Refused: the author will see your reason."))
            return redirect("manage:review_queue")
        except ReviewError as error:
            form.add_error(None, str(error))
    return render(
        request,
        "manage/review.html",
        {
            "change_request": change_request,
            "differences": differences(change_request),
            "form": form,
        },
        status=400 if form.errors else 200,
    )


@require_POST
@otp_required_if_enabled
def withdraw(request, slug, pk):
    organization = get_organization_for_user(request, slug, "organizations.edit_listing")
    draft = get_object_or_404(ChangeRequest.objects.open(), pk=pk, organization=organization)
    try:
        withdraw_draft(draft=draft)
    except EditConflict:
        messages.error(request, _("This draft was decided in the meantime."))
    else:
        messages.success(request, _("The draft was withdrawn."))
    return redirect("manage:organization", slug=organization.slug)


@require_POST
@otp_required_if_enabled
def send(request, slug):
    """Send the chosen drafts of the organization for review, together."""
    organization = get_organization_for_user(request, slug, "organizations.edit_listing")
    ids = [value for value in request.POST.getlist("drafts") if value.isdigit()]
    sent = send_for_review(organization=organization, ids=ids, sender=request.user)
    if sent:
        messages.success(
            request,
            ngettext(
                "Sent for review: %(count)s change. A coordinator will review it before it "
                "is public.",
                "Sent for review: %(count)s changes. A coordinator will review them before "
                "they are public.",
                len(sent),
            )
            % {"count": len(sent)},
        )
    else:
        messages.error(request, _("Choose at least one draft that is not sent yet."))
    return redirect("manage:organization", slug=organization.slug)


@otp_required_if_enabled
def preview(request, slug, pk):
    """The public page of a draft's record as it will look once approved: the draft's values
    applied in memory, nothing saved, shown only to those who may edit it."""
    organization = get_organization_for_user(request, slug, "organizations.edit_listing")
    draft = get_object_or_404(
        ChangeRequest.objects.open().select_related("content_type", "author"),
        pk=pk,
        organization=organization,
    )
    draft.organization = organization
    editable = registry.editable_for(draft)
    if editable.preview is None:
        raise Http404
    try:
        template, context = editable.preview(draft, organization)
    except DraftNotValid:
        messages.error(
            request,
            _("This draft can no longer be shown as it is: correct it below and save it again."),
        )
        return redirect(_edit_url(organization, draft))
    return render(
        request,
        template,
        {
            **context,
            "draft": draft,
            "managed_organization": organization,
            "edit_url": _edit_url(organization, draft),
        },
    )
