from django.contrib import admin
from modeltranslation.admin import TranslationAdmin, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from .models import Beneficiaries, Objective, Participation, Project


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0
    autocomplete_fields = ["organization"]


class ObjectiveInline(TranslationTabularInline):
    model = Objective
    extra = 0


class BeneficiariesInline(TranslationTabularInline):
    model = Beneficiaries
    extra = 0
    autocomplete_fields = ["audience"]


@admin.register(Project)
class ProjectAdmin(SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["title", "kind", "parent", "progress", "achievement", "status", "start_date"]
    list_filter = ["status", "kind", "progress", "themes", "regions"]
    list_select_related = ["parent"]
    search_fields = ["title_fr", "title_ar", "title_en", "slug"]
    prepopulated_fields = {"slug": ["title_fr"]}
    autocomplete_fields = ["parent", "themes", "audiences", "regions", "countries"]
    inlines = [ParticipationInline, ObjectiveInline, BeneficiariesInline]
