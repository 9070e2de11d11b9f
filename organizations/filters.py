import django_filters
from django.utils.translation import gettext_lazy as _

from directory.common.text import in_active_language
from directory.search.filters import FacetSetCounts, PlaceFilter, TaxonomyFilterSet
from directory.search.models import SearchEntry

from .models import Organization, Service


class LocatedFilterSet(TaxonomyFilterSet):
    """What organizations and services share: places through their locations, sorting by name."""

    place = PlaceFilter(field_name="locations__place", label=_("Where"))
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[("name", _("name")), ("updated", _("recently updated"))],
        method="sort_by",
        empty_label=None,
    )

    def sort_by(self, queryset, name, value):
        if value == "updated":
            return queryset.order_by("-updated_at", "pk")
        return queryset.annotate(sort_name=in_active_language("name")).order_by("sort_name", "pk")


class OrganizationFilter(FacetSetCounts, LocatedFilterSet):
    kind = django_filters.ChoiceFilter(choices=Organization.Kind.choices, label=_("Kind"))

    search_kind = SearchEntry.Kind.ORGANIZATION

    class Meta:
        model = Organization
        fields = ["q", "theme", "audience", "place", "kind", "language", "sort"]

    def facets(self):
        return [
            self.theme_facet(),
            self.audience_facet(),
            self.place_facet(),
            self.choice_facet("kind", "kind", Organization.Kind.choices),
            self.language_facet(),
        ]


class ServiceFilter(FacetSetCounts, LocatedFilterSet):
    free = django_filters.BooleanFilter(
        field_name="is_free",
        label=_("Free of charge"),
        widget=django_filters.widgets.BooleanWidget,
    )

    search_kind = SearchEntry.Kind.SERVICE

    class Meta:
        model = Service
        fields = ["q", "theme", "audience", "place", "language", "free", "sort"]

    def facets(self):
        return [
            self.theme_facet(),
            self.audience_facet(),
            self.place_facet(),
            self.language_facet(),
        ]
