import django_filters
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from directory.common.text import in_active_language
from directory.search import facet_sets, facets
from directory.search.catalogue import catalogue
from directory.search.filters import FacetSetCounts, PlaceFilter, TaxonomyFilterSet
from directory.search.models import SearchEntry
from directory.taxonomy import opening

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


# "Open now", or open on a day of the week (usual hours): ?open=now, ?open=monday.
OPEN_CHOICES = [
    ("now", _("Open now")),
    *[(day.name.lower(), day.label) for day in opening.Weekday],
]


class ServiceFilter(FacetSetCounts, LocatedFilterSet):
    free = django_filters.BooleanFilter(
        field_name="is_free",
        label=_("Free of charge"),
        widget=django_filters.widgets.BooleanWidget,
    )
    open = django_filters.ChoiceFilter(
        label=_("Open"), choices=OPEN_CHOICES, method="filter_open", empty_label=_("any time")
    )

    search_kind = SearchEntry.Kind.SERVICE

    class Meta:
        model = Service
        fields = ["q", "theme", "audience", "place", "language", "free", "open", "sort"]

    def facets(self):
        return [
            self.open_facet(),
            self.theme_facet(),
            self.audience_facet(),
            self.place_facet(),
            self.free_facet(),
            self.language_facet(),
        ]

    # Opening hours: the moment is read once, so that the results and the counts agree.

    @cached_property
    def moment(self):
        return opening.now()

    def open_members(self, value):
        """The ids of the services open at this moment, or on a weekday: "now", "monday"."""
        snapshot = facet_sets.snapshot(self.search_kind)
        if value == "now":
            return snapshot.open_at(self.moment, catalogue().calendar)
        return snapshot.members(f"day:{opening.Weekday[value.upper()].value}")

    def facet_key(self, name, value):
        if name == "open":
            return self.open_members(value)
        return super().facet_key(name, value)

    def filter_open(self, queryset, name, value):
        return queryset.filter(pk__in=list(self.open_members(value)))

    def open_facet(self):
        selection = self.selection
        base = selection.without("open") if "open" in selection.chosen else selection.results
        counts = {
            value: base.intersection_cardinality(self.open_members(value))
            for value, _label in OPEN_CHOICES
        }
        return facets.build(
            "open",
            self.filters["open"].label,
            [(value, value, label) for value, label in OPEN_CHOICES],
            counts,
            self.form.cleaned_data.get("open") or None,
        )

    def free_facet(self):
        counts = self.option_counts("free", "is_free", "free", [True, False])
        selected = {True: "true", False: "false"}.get(self.form.cleaned_data.get("free"))
        return facets.build(
            "free",
            self.filters["free"].label,
            [("true", True, _("Free of charge")), ("false", False, _("Not free"))],
            counts,
            selected,
        )
