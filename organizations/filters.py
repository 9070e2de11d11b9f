from functools import cached_property

import django_filters
from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from directory.common.text import in_active_language
from directory.search import facet_sets, facets, nearby
from directory.search.catalogue import catalogue
from directory.search.filters import FacetSetCounts, PlaceFilter, TaxonomyFilterSet
from directory.search.models import SearchEntry
from directory.taxonomy import opening
from directory.taxonomy.models import TANGIER_COMMUNE_CODE, Place

from . import positions
from .models import Organization, Service

# Nearest first ------------------------------------------------------------------------------


class OriginField(forms.Field):
    """Where "nearest first" measures from: a position such as "35.777,-5.803", rounded to
    about 100 m (nearby.Point), or the slug of a place, found in the catalogue."""

    default_error_messages = {
        "invalid_position": _(
            "This position was not understood: it needs a latitude and a longitude in "
            "degrees, such as 35.777,-5.803."
        ),
        "invalid_choice": forms.ModelChoiceField.default_error_messages["invalid_choice"],
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        value = str(value).strip()
        if "," in value:
            point = nearby.parse_position(value)
            if point is None:
                raise forms.ValidationError(
                    self.error_messages["invalid_position"], code="invalid_position"
                )
            return point
        place = catalogue().place_by_slug.get(value)
        if place is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"], code="invalid_choice"
            )
        return place


class OriginFilter(django_filters.Filter):
    """The origin of "nearest first": it orders the results (NearestFirst.rows), never filters."""

    field_class = OriginField

    def filter(self, queryset, value):
        return queryset


class NearestFirst:
    """Sorting a national listing nearest first, from the positions each process keeps.

    Mixed in before FacetSetCounts. `read_positions` builds the listing's nearby.Positions
    (organizations/positions.py); the snapshot of its facet sets keeps them per version.
    """

    read_positions = None
    # The place measured from, when one was picked rather than a position given.
    nearest_from = None

    def rows(self):
        self.form.is_valid()  # cleaned_data holds the valid values
        if self.form.cleaned_data.get("sort") != "distance":
            return super().rows()
        origin = self.origin()
        if origin is None:
            self.form.cleaned_data["sort"] = "name"
            return super().rows()
        language = (get_language() or settings.LANGUAGE_CODE)[:2]
        return nearby.NearestPage(self.selection, self.queryset, self.positions, origin, language)

    @property
    def positions(self):
        return self.selection.snapshot.positions(catalogue().version, self.read_positions)

    def origin(self):
        """The Point to measure from, or None with the reason added to the form's errors."""
        near = self.form.cleaned_data.get("near")
        if isinstance(near, nearby.Point):
            return near
        if near is None:
            if "near" not in self.form.errors:
                self.form.add_error(
                    "near", _("Choose a place or use your position to list the nearest first.")
                )
            return None
        centre = self.positions.centres.get(near.pk)
        if centre is None:
            self.form.add_error(
                "near",
                _(
                    "Where %(place)s lies is not known yet: choose another place or use "
                    "your position."
                )
                % {"place": near},
            )
            return None
        self.nearest_from = near
        return centre

    @cached_property
    def near_options(self):
        """[(value, label, selected)] for the "Nearest to" choice: the communes and
        arrondissements of the chosen place's province (of Tangier's, when none is chosen),
        and the place or position asked for."""
        taxonomy = catalogue()
        self.form.is_valid()  # cleaned_data holds the valid values
        chosen = self.form.cleaned_data.get("place") or next(
            (place for place in taxonomy.places if place.code == TANGIER_COMMUNE_CODE), None
        )
        within = chosen and (chosen.province or chosen.region or chosen)
        places = (
            [
                place
                for kind in (Place.Kind.COMMUNE, Place.Kind.ARRONDISSEMENT)
                for place in taxonomy.places_within(kind, within)
            ]
            if within
            else []
        )
        places.sort(key=lambda place: place.code)
        near = self.form.cleaned_data.get("near")
        options = [(place.slug, str(place), place == near) for place in places]
        if isinstance(near, nearby.Point):
            options.insert(0, (near.position_text, _("Your position"), True))
        elif near is not None and near not in places:
            options.insert(0, (near.slug, str(near), True))
        return options


def nearest_first_data(data):
    """A place or position to measure from lists the nearest first, unless sorted by update."""
    if data.get("near") and data.get("sort", "name") == "name":
        data["sort"] = "distance"
    return data


class LocatedFilterSet(TaxonomyFilterSet):
    """What organizations and services share: places through their locations, sorting by name."""

    place = PlaceFilter(field_name="locations__place", label=_("Where"))
    near = OriginFilter(label=_("Nearest to"))
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        choices=[
            ("name", _("name")),
            ("updated", _("recently updated")),
            ("distance", _("nearest first")),
        ],
        method="sort_by",
        empty_label=None,
    )
    not_filters = (*TaxonomyFilterSet.not_filters, "near")

    def sort_by(self, queryset, name, value):
        # "distance" is sorted from the positions in memory (NearestFirst); in SQL, by name.
        if value == "updated":
            return queryset.order_by("-updated_at", "pk")
        return queryset.annotate(sort_name=in_active_language("name")).order_by("sort_name", "pk")


class OrganizationFilter(NearestFirst, FacetSetCounts, LocatedFilterSet):
    kind = django_filters.ChoiceFilter(choices=Organization.Kind.choices, label=_("Kind"))

    search_kind = SearchEntry.Kind.ORGANIZATION
    read_positions = staticmethod(positions.organization_positions)

    class Meta:
        model = Organization
        fields = ["q", "theme", "audience", "place", "kind", "language", "near", "sort"]

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


class ServiceFilter(NearestFirst, FacetSetCounts, LocatedFilterSet):
    free = django_filters.BooleanFilter(
        field_name="is_free",
        label=_("Free of charge"),
        widget=django_filters.widgets.BooleanWidget,
    )
    open = django_filters.ChoiceFilter(
        label=_("Open"), choices=OPEN_CHOICES, method="filter_open", empty_label=_("any time")
    )

    search_kind = SearchEntry.Kind.SERVICE
    read_positions = staticmethod(positions.service_positions)

    class Meta:
        model = Service
        fields = ["q", "theme", "audience", "place", "language", "free", "open", "near", "sort"]

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
