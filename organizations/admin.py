from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from import_export.admin import ImportExportMixin
from import_export.formats import base_formats
from import_export.forms import ExportForm
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)
from simple_history.admin import SimpleHistoryAdmin

from .curation.admin import CurationActions, ask_to_confirm, mark_verified, merge_into
from .forms import OpeningHoursForm, OrganizationAdminForm, RefusalForm
from .imports import FileError, confirm_import, start_import
from .models import (
    ChangeRequest,
    Claim,
    ContactChannel,
    Exchange,
    ImportJob,
    Invitation,
    Location,
    Membership,
    NewsItem,
    OpeningHours,
    Organization,
    Partnership,
    Service,
)
from .resources import LocationResource, OrganizationResource, ServiceResource


class ImportExportAdmin(ImportExportMixin):
    """Import and export as CSV or XLSX (organizations/resources.py), for people who may add
    and change every record of the model: coordinators and superusers.

    An upload is stored as an ImportJob and read by the background worker
    (organizations/imports.py): the request answers at once with the job's page, which
    follows the check, shows the preview and the wrong rows, and confirms the import.
    The export always has every column, so that a file exported can be imported back.
    """

    formats = [base_formats.CSV, base_formats.XLSX]
    format_names = {
        base_formats.CSV: ImportJob.Format.CSV,
        base_formats.XLSX: ImportJob.Format.XLSX,
    }
    export_form_class = ExportForm
    import_template_name = "admin/organizations/import.html"
    recent_jobs = 10

    def has_import_permission(self, request):
        return self.has_add_permission(request) and self.has_change_permission(request)

    def has_export_permission(self, request):
        # Exports hold drafts and the addresses of sensitive locations.
        return self.has_change_permission(request)

    def get_urls(self):
        return [
            path(
                "import/<int:job_id>/",
                self.admin_site.admin_view(self.import_job_view),
                name=f"{self.opts.app_label}_{self.opts.model_name}_import_job",
            ),
            *super().get_urls(),
        ]

    def import_action(self, request, **kwargs):
        """The upload form; a file that can be read and has every column becomes a job."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        form = self.create_import_form(request)
        if request.method == "POST" and form.is_valid():
            file_format = self.get_import_formats()[int(form.cleaned_data["format"])]
            try:
                job = start_import(
                    user=request.user,
                    resource=self.opts.model_name,
                    upload=form.cleaned_data["import_file"],
                    file_format=self.format_names[file_format],
                    language=translation.get_language(),
                )
            except FileError as error:
                form.add_error("import_file", str(error))
            else:
                return redirect(job)
        resource = self.get_import_resource_classes(request)[0]()
        jobs = ImportJob.objects.for_user(request.user).filter(resource=self.opts.model_name)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import"),
            "form": form,
            "opts": self.opts,
            "media": self.media + form.media,
            "fields_list": [
                (
                    resource.get_display_name(),
                    [f.column_name for f in resource.get_user_visible_fields()],
                )
            ],
            "jobs": jobs[: self.recent_jobs],
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, [self.import_template_name], context)

    def process_import(self, request, **kwargs):
        # Confirming happens on the job's page; nothing is imported in a request.
        if not self.has_import_permission(request):
            raise PermissionDenied
        return redirect(f"admin:{self.opts.app_label}_{self.opts.model_name}_import")

    def import_job_view(self, request, job_id):
        """An import's progress, its preview or result, and its confirmation."""
        if not self.has_import_permission(request):
            raise PermissionDenied
        jobs = ImportJob.objects.for_user(request.user).filter(resource=self.opts.model_name)
        job = get_object_or_404(jobs, pk=job_id)
        if request.method == "POST":
            if "confirm" in request.POST and confirm_import(job=job):
                self.message_user(request, _("The import has started."))
            return redirect(job)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Import of %(file)s") % {"file": job.file_name},
            "opts": self.opts,
            "job": job,
            "refresh": job.is_running,
        }
        return TemplateResponse(request, "admin/organizations/import_job.html", context)


class LocationInline(TranslationStackedInline):
    model = Location
    extra = 0
    autocomplete_fields = ["place"]


class ServiceInline(TranslationStackedInline):
    model = Service
    extra = 0
    fields = ["name", "slug", "summary", "status"]
    prepopulated_fields = {"slug": ["name_fr"]}
    show_change_link = True


class ContactChannelInline(TranslationTabularInline):
    model = ContactChannel
    extra = 0
    fields = ["kind", "value", "label", "position"]


class ServiceChannelInline(ContactChannelInline):
    fields = ["organization", "kind", "value", "label", "position"]
    autocomplete_fields = ["organization"]


class OpeningHoursInline(admin.TabularInline):
    model = OpeningHours
    form = OpeningHoursForm  # five-minute steps, as "open now" needs
    extra = 0
    fields = ["season", "weekday", "opens", "closes"]


class PartnershipInline(TranslationStackedInline):
    model = Partnership
    fk_name = "organization"
    extra = 0
    autocomplete_fields = ["partner", "themes"]


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Organization)
class OrganizationAdmin(CurationActions, ImportExportAdmin, SimpleHistoryAdmin, TranslationAdmin):
    resource_classes = [OrganizationResource]
    form = OrganizationAdminForm
    list_display = ["name", "kind", "status", "is_example", "last_verified_on", "updated_at"]
    list_filter = ["status", "kind", "is_example", "themes", "audiences"]
    search_fields = ["name_fr", "name_ar", "name_en", "acronym", "slug", "email"]
    prepopulated_fields = {"slug": ["name_fr"]}
    autocomplete_fields = ["themes", "audiences", "countries", "languages"]
    date_hierarchy = "updated_at"
    inlines = [
        LocationInline,
        ContactChannelInline,
        ServiceInline,
        PartnershipInline,
        MembershipInline,
    ]
    actions = [mark_verified, ask_to_confirm, merge_into]


@admin.register(Location)
class LocationAdmin(ImportExportAdmin, SimpleHistoryAdmin, TranslationAdmin):
    resource_classes = [LocationResource]
    list_display = ["__str__", "organization", "place", "is_sensitive"]
    list_filter = ["is_sensitive", "place__region"]
    list_select_related = ["organization", "place"]
    search_fields = ["name_fr", "address_fr", "address_ar", "organization__name_fr"]
    autocomplete_fields = ["organization", "place"]
    inlines = [OpeningHoursInline]


@admin.register(Service)
class ServiceAdmin(CurationActions, ImportExportAdmin, SimpleHistoryAdmin, TranslationAdmin):
    resource_classes = [ServiceResource]
    list_display = ["name", "organization", "is_free", "status", "updated_at"]
    list_filter = ["status", "is_free", "themes", "audiences", "languages"]
    list_select_related = ["organization"]
    search_fields = ["name_fr", "name_ar", "name_en", "slug", "organization__name_fr"]
    prepopulated_fields = {"slug": ["name_fr"]}
    autocomplete_fields = ["organization", "themes", "audiences", "languages", "locations"]
    inlines = [OpeningHoursInline, ServiceChannelInline]
    actions = [mark_verified, ask_to_confirm]


@admin.register(Partnership)
class PartnershipAdmin(TranslationAdmin):
    list_display = ["organization", "partner", "kind", "signed_on", "exchange"]
    list_filter = ["kind"]
    list_select_related = ["organization", "partner", "exchange"]
    search_fields = ["organization__name_fr", "partner__name_fr"]
    autocomplete_fields = ["organization", "partner", "themes", "exchange"]


@admin.register(Exchange)
class ExchangeAdmin(SimpleHistoryAdmin, TranslationAdmin):
    """Needs and offers; how many messages each received, never what they said."""

    list_display = [
        "title",
        "organization",
        "kind",
        "category",
        "ends_on",
        "fulfilled_on",
        "status",
        "messages_received",
    ]
    list_filter = ["kind", "category", "status", "themes"]
    list_select_related = ["organization"]
    search_fields = ["title_fr", "title_ar", "title_en", "slug", "organization__name_fr"]
    prepopulated_fields = {"slug": ["title_fr"]}
    autocomplete_fields = ["organization", "themes", "places", "countries", "languages"]
    date_hierarchy = "ends_on"

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(messages_count=Count("messages"))

    @admin.display(description=_("messages received"), ordering="messages_count")
    def messages_received(self, exchange):
        return exchange.messages_count


@admin.register(NewsItem)
class NewsItemAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["title", "organization", "project", "published_on", "status"]
    list_filter = ["status"]
    list_select_related = ["organization", "project"]
    search_fields = ["title_fr", "title_ar", "title_en", "slug", "organization__name_fr"]
    prepopulated_fields = {"slug": ["title_fr"]}
    autocomplete_fields = ["organization", "project"]
    date_hierarchy = "published_on"


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["user", "organization", "role", "created_at"]
    list_filter = ["role"]
    list_select_related = ["user", "organization"]
    search_fields = ["user__username", "user__email", "organization__name_fr"]
    autocomplete_fields = ["user", "organization"]


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["email", "organization", "role", "created_at", "expires_at", "accepted_at"]
    list_select_related = ["organization"]
    search_fields = ["email", "organization__name_fr"]
    readonly_fields = ["token_digest", "invited_by", "accepted_by", "accepted_at", "created_at"]
    autocomplete_fields = ["organization"]


@admin.register(Claim)
class ClaimAdmin(admin.ModelAdmin):
    list_display = ["name", "organization", "status", "created_at", "decided_at"]
    list_filter = ["status"]
    list_select_related = ["organization"]
    search_fields = ["name", "email", "organization__name_fr"]
    readonly_fields = ["created_at", "decided_by", "decided_at"]
    autocomplete_fields = ["organization"]


@admin.register(ChangeRequest)
class ChangeRequestAdmin(admin.ModelAdmin):
    """The moderation queue, in the admin: review one by one, or approve or refuse in bulk."""

    list_display = ["summary", "kind", "organization", "status", "author", "created_at", "review"]
    list_filter = ["status", "content_type"]
    list_select_related = ["organization", "author", "content_type"]
    search_fields = ["summary", "organization__name_fr", "author__username"]
    date_hierarchy = "created_at"
    actions = ["approve_selected", "refuse_selected"]
    readonly_fields = [
        "organization",
        "content_type",
        "object_id",
        "summary",
        "data",
        "uploads",
        "base_version",
        "revision",
        "status",
        "author",
        "created_at",
        "decided_by",
        "decided_at",
        "reason",
    ]

    def has_add_permission(self, request):
        return False

    @admin.display(description=_("kind"))
    def kind(self, change_request):
        label = change_request.content_type.name
        return _("new %(kind)s") % {"kind": label} if change_request.is_new_record else label

    @admin.display(description=_("review"))
    def review(self, change_request):
        url = reverse("manage:review", args=[change_request.pk])
        return format_html('<a href="{}">{}</a>', url, _("Differences"))

    @admin.action(description=_("Approve the selected changes"), permissions=["review"])
    def approve_selected(self, request, queryset):
        from .review import ReviewError, approve

        approved = 0
        for change_request in queryset.filter(status=ChangeRequest.Status.PENDING):
            try:
                approve(change_request=change_request, reviewer=request.user)
                approved += 1
            except ReviewError as error:
                self.message_user(request, f"{change_request}: {error}", messages.WARNING)
        self.message_user(
            request,
            ngettext("%(count)d change approved.", "%(count)d changes approved.", approved)
            % {"count": approved},
        )

    @admin.action(
        description=_("Refuse the selected changes, with a reason"), permissions=["review"]
    )
    def refuse_selected(self, request, queryset):
        from .review import ReviewError, refuse

        pending = queryset.filter(status=ChangeRequest.Status.PENDING)
        form = RefusalForm(request.POST if "reason" in request.POST else None)
        if form.is_valid():
            refused = 0
            for change_request in pending:
                try:
                    refuse(
                        change_request=change_request,
                        reviewer=request.user,
                        reason=form.cleaned_data["reason"],
                    )
                    refused += 1
                except ReviewError as error:
                    self.message_user(request, f"{change_request}: {error}", messages.WARNING)
            self.message_user(
                request,
                ngettext("%(count)d change refused.", "%(count)d changes refused.", refused)
                % {"count": refused},
            )
            return None
        return render(
            request,
            "admin/organizations/changerequest/refuse.html",
            {
                **self.admin_site.each_context(request),
                "title": _("Refuse the selected changes"),
                "changes": pending,
                "form": form,
                "opts": self.model._meta,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            },
        )

    def has_review_permission(self, request):
        return request.user.has_perm("organizations.review_changes")


@admin.register(LogEntry)
class ActivityAdmin(admin.ModelAdmin):
    """What every coordinator did, and when: read-only, for the other coordinators to see."""

    list_display = ["action_time", "user", "content_type", "object_repr", "action_flag", "message"]
    list_filter = ["action_flag", "content_type", "user"]
    list_select_related = ["user", "content_type"]
    search_fields = ["object_repr", "change_message", "user__username"]
    date_hierarchy = "action_time"

    @admin.display(description=_("what"))
    def message(self, entry):
        return entry.get_change_message()

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("organizations.review_changes")
