from django.contrib import admin
from modeltranslation.admin import TranslationAdmin

from .models import Audience, Country, Hotline, Language, Place, PublicHoliday, SeasonDates, Theme


@admin.register(Theme)
class ThemeAdmin(TranslationAdmin):
    list_display = ["name", "parent", "slug", "position"]
    list_filter = ["parent"]
    search_fields = ["name_ar", "name_fr", "name_en", "synonyms_fr", "slug"]
    prepopulated_fields = {"slug": ["name_fr"]}
    autocomplete_fields = ["parent"]


@admin.register(Audience)
class AudienceAdmin(TranslationAdmin):
    list_display = ["name", "slug", "position"]
    search_fields = ["name_ar", "name_fr", "name_en", "synonyms_fr", "slug"]
    prepopulated_fields = {"slug": ["name_fr"]}


@admin.register(Place)
class PlaceAdmin(TranslationAdmin):
    list_display = ["name", "kind", "code", "parent"]
    list_filter = ["kind", "region"]
    search_fields = ["name_fr", "name_ar", "code", "slug"]
    list_select_related = ["parent"]
    readonly_fields = ["region", "province", "commune", "arrondissement"]
    autocomplete_fields = ["parent"]


@admin.register(Country)
class CountryAdmin(TranslationAdmin):
    list_display = ["name", "code"]
    search_fields = ["name_fr", "name_ar", "name_en", "code"]


@admin.register(Language)
class LanguageAdmin(TranslationAdmin):
    list_display = ["name", "code", "position"]
    search_fields = ["name_fr", "name_ar", "name_en", "code"]


@admin.register(SeasonDates)
class SeasonDatesAdmin(admin.ModelAdmin):
    list_display = ["season", "first_day", "last_day", "source"]
    list_filter = ["season"]


@admin.register(PublicHoliday)
class PublicHolidayAdmin(TranslationAdmin):
    list_display = ["name", "date"]
    date_hierarchy = "date"


@admin.register(Hotline)
class HotlineAdmin(TranslationAdmin):
    list_display = ["name", "number", "source", "position"]
    list_editable = ["position"]
    search_fields = ["name_ar", "name_fr", "name_en", "number"]
    fields = ["name", "number", "source", "source_url", "position"]


# Reports and suggestions from residents: the coordinators' queue -------------------------
