from django.contrib import admin
from modeltranslation.admin import (
    TranslationAdmin,
    TranslationStackedInline,
    TranslationTabularInline,
)

from .forms import OrganizationAdminForm
from .models import (
    ContactChannel,
    Location,
    NewsItem,
    OpeningHours,
    Organization,
    Partnership,
    Service,
)


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
    extra = 0
    fields = ["season", "weekday", "opens", "closes"]


class PartnershipInline(TranslationStackedInline):
    model = Partnership
    fk_name = "organization"
    extra = 0
    autocomplete_fields = ["partner", "themes"]


@admin.register(Organization)
class OrganizationAdmin(TranslationAdmin):
    form = OrganizationAdminForm
    list_display = ["name", "kind", "status", "is_example", "last_verified_on", "updated_at"]
    list_filter = ["status", "kind", "is_example", "themes", "audiences"]
    search_fields = ["name_fr", "name_ar", "name_en", "acronym", "slug", "email"]
    prepopulated_fields = {"slug": ["name_fr"]}
    autocomplete_fields = ["themes", "audiences", "countries", "languages"]
    date_hierarchy = "updated_at"
    inlines = [LocationInline, ContactChannelInline, ServiceInline, PartnershipInline]


@admin.register(Location)
class LocationAdmin(TranslationAdmin):
    list_display = ["__str__", "organization", "place", "is_sensitive"]
    list_filter = ["is_sensitive", "place__region"]
    list_select_related = ["organization", "place"]
    search_fields = ["name_fr", "address_fr", "address_ar", "organization__name_fr"]
    autocomplete_fields = ["organization", "place"]
    inlines = [OpeningHoursInline]


@admin.register(Service)
class ServiceAdmin(TranslationAdmin):
    list_display = ["name", "organization", "is_free", "status", "updated_at"]
    list_filter = ["status", "is_free", "themes", "audiences", "languages"]
    list_select_related = ["organization"]
    search_fields = ["name_fr", "name_ar", "name_en", "slug", "organization__name_fr"]
    prepopulated_fields = {"slug": ["name_fr"]}
    autocomplete_fields = ["organization", "themes", "audiences", "languages", "locations"]
    inlines = [OpeningHoursInline, ServiceChannelInline]


@admin.register(Partnership)
class PartnershipAdmin(TranslationAdmin):
    list_display = ["organization", "partner", "kind", "signed_on"]
    list_filter = ["kind"]
    list_select_related = ["organization", "partner"]
    search_fields = ["organization__name_fr", "partner__name_fr"]
    autocomplete_fields = ["organization", "partner", "themes"]


@admin.register(NewsItem)
class NewsItemAdmin(TranslationAdmin):
    list_display = ["title", "organization", "project", "published_on", "status"]
    list_filter = ["status"]
    list_select_related = ["organization", "project"]
    search_fields = ["title_fr", "title_ar", "title_en", "slug", "organization__name_fr"]
    prepopulated_fields = {"slug": ["title_fr"]}
    autocomplete_fields = ["organization", "project"]
    date_hierarchy = "published_on"
