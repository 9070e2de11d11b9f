from django.contrib import admin, messages
from django.contrib.admin.models import CHANGE, LogEntry
from django.utils import timezone
from django.utils.html import format_html
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Report, Suggestion


class ResidentMessageAdmin(admin.ModelAdmin):
    """What residents send without an account, for coordinators only: they read it, then
    mark it handled or dismissed, one by one or in bulk. Nothing is added here by hand."""

    list_filter = ["status", ("created_at", admin.DateFieldListFilter)]
    date_hierarchy = "created_at"
    actions = ["mark_handled", "mark_dismissed", "mark_new"]

    def has_add_permission(self, request):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("organizations.review_changes")

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("organizations.review_changes")

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm("organizations.review_changes")

    def has_module_permission(self, request):
        return super().has_module_permission(request) or self.has_view_permission(request)

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            obj.decided_at = None if obj.status == obj.Status.NEW else timezone.now()
        super().save_model(request, obj, form, change)

    def _set_status(self, request, queryset, status):
        changed = queryset.exclude(status=status)
        pks = list(changed.values_list("pk", flat=True))
        decided_at = None if status == self.model.Status.NEW else timezone.now()
        self.model.objects.filter(pk__in=pks).update(status=status, decided_at=decided_at)
        # update() writes no history: log each change for the activity list.
        LogEntry.objects.log_actions(
            user_id=request.user.pk,
            queryset=self.model.objects.filter(pk__in=pks),
            action_flag=CHANGE,
            change_message=[{"changed": {"fields": ["status"]}}],
        )
        self.message_user(
            request,
            ngettext(
                "%(count)d message marked “%(status)s”.",
                "%(count)d messages marked “%(status)s”.",
                len(pks),
            )
            % {"count": len(pks), "status": self.model.Status(status).label},
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark the selected as handled"))
    def mark_handled(self, request, queryset):
        self._set_status(request, queryset, self.model.Status.HANDLED)

    @admin.action(description=_("Dismiss the selected"))
    def mark_dismissed(self, request, queryset):
        self._set_status(request, queryset, self.model.Status.DISMISSED)

    @admin.action(description=_("Reopen the selected"))
    def mark_new(self, request, queryset):
        self._set_status(request, queryset, self.model.Status.NEW)


@admin.register(Report)
class ReportAdmin(ResidentMessageAdmin):
    list_display = ["created_at", "problem", "about", "short_detail", "status"]
    list_filter = ["status", "problem", *ResidentMessageAdmin.list_filter[1:]]
    list_select_related = ["organization", "service"]
    search_fields = [
        "detail",
        "organization__name_fr",
        "organization__name_ar",
        "service__name_fr",
    ]
    fields = ["about", "problem", "detail", "email", "created_at", "status", "decided_at"]
    readonly_fields = ["about", "problem", "detail", "email", "created_at", "decided_at"]

    @admin.display(description=_("listing"))
    def about(self, report):
        listing = report.listing
        return format_html('<a href="{}">{}</a>', listing.get_absolute_url(), listing)

    @admin.display(description=_("details"))
    def short_detail(self, report):
        return Truncator(report.detail).chars(80)


@admin.register(Suggestion)
class SuggestionAdmin(ResidentMessageAdmin):
    list_display = ["created_at", "short_what", "theme", "audience", "place", "status"]
    list_filter = [
        "status",
        ("theme", admin.RelatedOnlyFieldListFilter),
        ("audience", admin.RelatedOnlyFieldListFilter),
        ("place", admin.RelatedOnlyFieldListFilter),
        *ResidentMessageAdmin.list_filter[1:],
    ]
    list_select_related = ["theme", "audience", "place"]
    search_fields = ["what"]
    fields = ["what", "theme", "audience", "place", "email", "created_at", "status", "decided_at"]
    readonly_fields = ["what", "email", "created_at", "decided_at"]
    autocomplete_fields = ["theme", "audience", "place"]

    @admin.display(description=_("what is missing"))
    def short_what(self, suggestion):
        return Truncator(suggestion.what).chars(80)
