"""Coordinators' curation in the admin: verification and duplicates.

- "Organizations needing verification" and "Services needing verification": listings not
  verified for VALID_FOR_MONTHS (verification.py), each with a "Mark verified…"
  link; actions to mark the selected ones verified or email their organizations a link.
- The same two actions on the organizations' and services' own lists, and "Merge into…" on
  the organizations' list: organizations/admin.py puts `CurationActions` and these actions in
  its classes (this module imports nothing from it).
- "Likely duplicates": pairs of organizations with the reasons they look like one
  (duplicates.py), each with "Merge into…" and a confirmation page that counts what will move
  (merge.py).

Only coordinators (organizations.review_changes) reach any of it; each action is written in the
admin's activity log.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from organizations.models import (
    LikelyDuplicate,
    Organization,
    OrganizationToVerify,
    ServiceToVerify,
    Verification,
)

from . import duplicates, verification
from .merge import merge_counts, merge_organizations

REASONS = {
    duplicates.Reason.SAME_NAME: _("same name"),
    duplicates.Reason.SIMILAR_NAME: _("similar name"),
    duplicates.Reason.SAME_PHONE: _("same phone"),
    duplicates.Reason.SAME_EMAIL: _("same email"),
    duplicates.Reason.SAME_WEBSITE: _("same website"),
}
COUNT_LABELS = {
    "services": _("services"),
    "locations": _("locations"),
    "contact channels": _("contact channels"),
    "news": _("news"),
    "participations in projects": _("participations in projects"),
    "partnerships": _("partnerships"),
    "members": _("members"),
    "invitations": _("invitations"),
    "claims": _("claims"),
    "change requests": _("change requests"),
    "verifications": _("verifications"),
}


def can_curate(request):
    return request.user.has_perm("organizations.review_changes")


class VerificationForm(forms.Form):
    method = forms.ChoiceField(label=_("How was it checked?"), choices=Verification.Method)
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


def _concrete(queryset):
    """The records as their own model, not the admin's proxy (for the activity log)."""
    model = queryset.model._meta.concrete_model
    return model.objects.filter(pk__in=queryset.values("pk"))


def _verify(modeladmin, request, records, form):
    done = verification.mark_verified(
        records=records,
        method=form.cleaned_data["method"],
        note=form.cleaned_data["note"],
        by=request.user,
    )
    modeladmin.message_user(
        request,
        ngettext(
            "%(count)d listing marked verified.", "%(count)d listings marked verified.", len(done)
        )
        % {"count": len(done)},
    )


@admin.action(description=_("Mark verified…"), permissions=["curate"])
def mark_verified(modeladmin, request, queryset):
    records = list(_concrete(queryset))
    form = VerificationForm(request.POST if "method" in request.POST else None)
    if form.is_valid():
        _verify(modeladmin, request, records, form)
        return None
    return render(
        request,
        "verification/admin_mark_verified.html",
        {
            **modeladmin.admin_site.each_context(request),
            "title": _("Mark verified"),
            "records": records,
            "form": form,
            "opts": modeladmin.model._meta,
            "action": "mark_verified",
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        },
    )


@admin.action(
    description=_("Email the organizations a link to confirm their listing"),
    permissions=["curate"],
)
def ask_to_confirm(modeladmin, request, queryset):
    records = list(_concrete(queryset))
    if records and hasattr(records[0], "organization_id"):
        records = list(_concrete(queryset).select_related("organization"))
    sent = verification.ask_to_confirm(records=records, by=request.user)
    modeladmin.message_user(
        request,
        ngettext("%(count)d email queued.", "%(count)d emails queued.", len(sent))
        % {"count": len(sent)},
    )
    if len(sent) < len(records):
        missing = ", ".join(str(record) for record in records if record not in sent)
        modeladmin.message_user(
            request,
            _("No email address, nothing sent: %(records)s") % {"records": missing},
            messages.WARNING,
        )


@admin.action(description=_("Merge into…"), permissions=["curate"])
def merge_into(modeladmin, request, queryset):
    """Two organizations selected: the confirmation page of merging the second into the first."""
    ids = sorted(queryset.values_list("pk", flat=True))
    if len(ids) != 2:
        modeladmin.message_user(
            request, _("Select exactly two organizations to merge."), messages.WARNING
        )
        return None
    return redirect("admin:organizations_likelyduplicate_merge", keep=ids[0], remove=ids[1])


class CurationActions:
    """For the admins of organizations and services: who may run the actions above."""

    def has_curate_permission(self, request):
        return can_curate(request)


class CurationAdmin(admin.ModelAdmin):
    """Read-only lists for coordinators, whatever their model permissions."""

    def has_module_permission(self, request):
        return can_curate(request)

    def has_view_permission(self, request, obj=None):
        return can_curate(request)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_curate_permission(self, request):
        return can_curate(request)


class ToVerifyAdmin(CurationAdmin):
    list_display = ["name", "status", "last_verified_on", "verify"]
    list_filter = ["status"]
    search_fields = ["name_fr", "name_ar", "name_en", "slug"]
    ordering = ["last_verified_on", "pk"]
    actions = [mark_verified, ask_to_confirm]

    def get_queryset(self, request):
        return verification.needing_verification(super().get_queryset(request))

    @admin.display(description=_("verify"))
    def verify(self, record):
        info = self.model._meta.app_label, self.model._meta.model_name
        url = reverse("admin:{}_{}_verify".format(*info), args=[record.pk])
        return format_html('<a href="{}">{}</a>', url, _("Mark verified…"))

    def get_urls(self):
        info = self.model._meta.app_label, self.model._meta.model_name
        return [
            path(
                "<int:pk>/verify/",
                self.admin_site.admin_view(self.verify_view),
                name="{}_{}_verify".format(*info),
            ),
            *super().get_urls(),
        ]

    def verify_view(self, request, pk):
        """Mark one record verified, from its row of the list."""
        if not can_curate(request):
            raise PermissionDenied
        model = self.model._meta.concrete_model
        record = get_object_or_404(model, pk=pk)
        form = VerificationForm(request.POST if request.method == "POST" else None)
        if form.is_valid():
            _verify(self, request, [record], form)
            info = self.model._meta.app_label, self.model._meta.model_name
            return HttpResponseRedirect(reverse("admin:{}_{}_changelist".format(*info)))
        return render(
            request,
            "verification/admin_mark_verified.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Mark verified"),
                "records": [record],
                "form": form,
                "opts": self.model._meta,
            },
        )


@admin.register(OrganizationToVerify)
class OrganizationToVerifyAdmin(ToVerifyAdmin):
    list_display = [*ToVerifyAdmin.list_display, "unverifiable_since", "email"]
    # "not verified for 18 months": ?unverifiable_since__isempty=0 (the coordinators' desk)
    list_filter = [*ToVerifyAdmin.list_filter, ("unverifiable_since", admin.EmptyFieldListFilter)]


@admin.register(ServiceToVerify)
class ServiceToVerifyAdmin(ToVerifyAdmin):
    list_display = [*ToVerifyAdmin.list_display, "organization"]
    list_select_related = ["organization"]
    search_fields = [*ToVerifyAdmin.search_fields, "organization__name_fr"]


@admin.register(LikelyDuplicate)
class LikelyDuplicateAdmin(CurationAdmin):
    """The pairs of organizations that look like one, as last found (duplicates.py); "Not
    the same" dismisses a pair for good."""

    pairs_per_page = 100

    def changelist_view(self, request, extra_context=None):
        if not self.has_view_permission(request):
            raise PermissionDenied
        if request.method == "POST":
            if "refresh" in request.POST and duplicates.refresh() is None:
                self.message_user(
                    request,
                    _("The list is being updated in the background; reload in a few minutes."),
                )
            elif "dismiss" in request.POST:
                self._dismiss(request, request.POST["dismiss"])
            return redirect("admin:organizations_likelyduplicate_changelist")
        search = duplicates.last_search()
        if search is None:  # never found: find them now, or ask the worker
            duplicates.refresh()
            search = duplicates.last_search()
        queryset = LikelyDuplicate.objects.for_list()
        page_obj = Paginator(queryset, self.pairs_per_page).get_page(request.GET.get("page"))
        rows = [
            {"pair": pair, "reasons": [REASONS[reason] for reason in pair.reasons]}
            for pair in page_obj.object_list
        ]
        return render(
            request,
            "verification/admin_duplicates.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Likely duplicates"),
                "opts": self.model._meta,
                "rows": rows,
                "page_obj": page_obj,
                "count": page_obj.paginator.count,
                "found_at": duplicates.last_found(),
                "searching": search.finished_at is None,
            },
        )

    def _dismiss(self, request, pk):
        """The pair is two different organizations: it leaves the list for good."""
        pair = LikelyDuplicate.objects.select_related("first", "second")
        pair = pair.filter(pk=int(pk)).first() if pk.isdigit() else None
        if pair is not None and duplicates.dismiss(pair=pair, by=request.user):
            self.message_user(
                request,
                _("%(first)s and %(second)s will no longer be offered as duplicates.")
                % {"first": pair.first.name, "second": pair.second.name},
            )

    def get_urls(self):
        return [
            path(
                "merge/<int:keep>/<int:remove>/",
                self.admin_site.admin_view(self.merge_view),
                name="organizations_likelyduplicate_merge",
            ),
            *super().get_urls(),
        ]

    def merge_view(self, request, keep, remove):
        """What merging `remove` into `keep` moves; merges on POST."""
        if not can_curate(request):
            raise PermissionDenied
        keep = get_object_or_404(Organization, pk=keep)
        remove = get_object_or_404(Organization, pk=remove)
        if keep.pk == remove.pk:
            raise PermissionDenied
        if request.method == "POST":
            merge_organizations(keep=keep, remove=remove, by=request.user)
            self.message_user(
                request,
                _("%(removed)s was merged into %(kept)s; its address now leads there.")
                % {"removed": remove.name, "kept": keep.name},
            )
            return redirect("admin:organizations_likelyduplicate_changelist")
        counts = [(COUNT_LABELS[label], count) for label, count in merge_counts(remove).items()]
        return render(
            request,
            "verification/admin_merge.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Merge %(removed)s into %(kept)s")
                % {"removed": remove.name, "kept": keep.name},
                "opts": self.model._meta,
                "keep": keep,
                "remove": remove,
                "counts": counts,
            },
        )
