import django_filters
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from directory.common.text import in_active_language
from directory.search.filters import (
    FacetSetCounts,
    PlaceFilter,
    RelatedFilter,
    TaxonomyFilterSet,
)
from directory.search.models import SearchEntry
from organizations.models import Organization

from .models import Project


class ProjectFilter(FacetSetCounts, TaxonomyFilterSet):
    place = PlaceFilter(field_name="regions", label=_("Region"))
    language = None
    kind = django_filters.ChoiceFilter(choices=Project.Kind.choices, label=_("Kind"))
    status = django_filters.ChoiceFilter(
        field_name="progress", choices=Project.Progress.choices, label=_("Status")
    )
    organization = RelatedFilter(
        field_name="organizations",
        queryset=Organization.objects.published(),
        to_field_name="slug",
        label=_("Organization"),
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[
            ("title", _("title")),
            ("newest", _("newest first")),
            ("achievement", _("achievement")),
        ],
        method="sort_by",
        empty_label=None,
    )

    search_kind = SearchEntry.Kind.PROJECT
    # The index keeps each project's title as its sort name; dates and achievement are
    # read from the table.
    index_sorts = {"title": "name"}
    table_orders = {
        "newest": [F("start_date").desc(nulls_last=True), "pk"],
        "achievement": [F("achievement").desc(nulls_last=True), "pk"],
    }

    class Meta:
        model = Project
        fields = ["q", "theme", "audience", "place", "kind", "status", "organization", "sort"]

    def sort_by(self, queryset, name, value):
        # PostgreSQL puts NULLs first in descending order, SQLite last: say where they go.
        if value == "newest":
            return queryset.order_by(F("start_date").desc(nulls_last=True), "pk")
        if value == "achievement":
            return queryset.order_by(F("achievement").desc(nulls_last=True), "pk")
        return queryset.annotate(sort_title=in_active_language("title")).order_by(
            "sort_title", "pk"
        )

    def facets(self):
        return [
            self.theme_facet(),
            self.audience_facet(),
            self.place_facet(),
            self.choice_facet("kind", "kind", Project.Kind.choices),
            self.choice_facet("status", "progress", Project.Progress.choices),
        ]
