"""Coverage: how many published services each need has in each district, and where none.

Rows are the top-level themes (a theme counts its narrower themes' services too, as the
services listing's theme filter does); columns are Tangier's arrondissements, and, for the
national table, Morocco's regions. A service counts once per cell however many of its
locations the cell holds.

The numbers are sizes of intersections of the services' facet sets (directory/search/
facet_sets.py), which each process holds in memory: a cell is |published ∩ theme ∩ place|,
with ∩ audience for one audience. The index files a service under each of its themes and
their broader themes, and under the place of each of its locations and every place
enclosing it, so the sets give those rules as they are, with no query and no work in
proportion to the services. Themes and places come from the process's catalogue; the maps'
outlines are projected once per process and version of the boundaries and only coloured
per request.

Every cell links to the services listing filtered the same way, which shows that number.
"""

import csv
import io
import math
import threading
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.db.models import Count, Max
from django.urls import reverse
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _

from directory.common.geometry import label_point, simplify
from directory.reports.models import Suggestion
from directory.search import facet_sets
from directory.search.catalogue import catalogue
from directory.search.models import SearchEntry
from directory.taxonomy.models import TANGIER_COMMUNE_CODE, Audience, Boundary, Place, Theme

TANGIER_COMMUNE_SLUG = "tanger"

# Colour classes by number of services: (smallest count, class suffix, legend label).
BUCKETS = [
    (4, "4", _("4 or more")),
    (2, "2", _("2 to 3")),
    (1, "1", _("1")),
    (0, "0", _("none")),
]

# Width of the maps' viewBox; coordinates are whole units of it, which keeps the SVG light.
MAP_WIDTH = 1000


def bucket(count):
    """The colour class suffix for a count: "0", "1", "2" (2-3) or "4" (4 or more)."""
    return next(suffix for smallest, suffix, _label in BUCKETS if count >= smallest)


def legend():
    return [(suffix, label) for _smallest, suffix, label in reversed(BUCKETS)]


class CatalogueChoiceField(forms.ChoiceField):
    """One of the catalogue's themes or audiences, by slug, cleaned to the instance.

    The options are read from the process's catalogue, so neither the drop-down nor the
    check of a value costs a query.
    """

    def __init__(self, *, options, empty_label, **kwargs):
        self.options = options  # a function of the catalogue: the instances offered
        self.empty_label = empty_label
        super().__init__(required=False, choices=self.option_choices, **kwargs)

    def option_choices(self):
        return [("", self.empty_label), *((o.slug, str(o)) for o in self.offered())]

    def offered(self):
        return self.options(catalogue())

    def to_python(self, value):
        if value in self.empty_values:
            return None
        found = next((o for o in self.offered() if o.slug == str(value)), None)
        if found is None:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": value},
            )
        return found

    def validate(self, value):
        """to_python() has found the value among the options already."""

    def prepare_value(self, value):
        return getattr(value, "slug", value)


class CoverageForm(forms.Form):
    audience = CatalogueChoiceField(
        options=lambda held: held.audiences,
        empty_label=_("All audiences"),
        label=_("For whom"),
    )
    theme = CatalogueChoiceField(
        options=lambda held: held.root_themes,
        empty_label=_("All needs"),
        label=_("Need shown on the maps"),
    )


# Counting -------------------------------------------------------------------------------


class Counter:
    """Published services counted from the services' facet sets, for one audience or all."""

    def __init__(self, audience=None):
        self.sets = facet_sets.snapshot(SearchEntry.Kind.SERVICE)
        self.services = self.sets.members(facet_sets.EVERYTHING)
        if audience is not None:
            self.services = self.services & self.sets.members(f"audience:{audience.pk}")

    def with_theme(self, theme):
        """The services of a need and its narrower needs (all of them for None)."""
        if theme is None:
            return self.services
        return self.services & self.sets.members(f"theme:{theme.pk}")

    def per_place(self, services, places):
        """{place id: how many of `services` have a location in the place or inside it}."""
        return {
            place.pk: services.intersection_cardinality(self.sets.members(f"place:{place.pk}"))
            for place in places
        }


def unmet_demand(audience=None):
    """{(theme id, place id): residents' open requests for a missing service}, in one query.

    Suggestions (directory/reports/) count under their top-level need and their
    arrondissement of Tangier. A None in the key sums over that side: (theme, None) is
    every open request for the need wherever (no place given included), (None, place)
    every request in the arrondissement whatever the need, (None, None) all of them.
    Only the counts that are not zero are in the mapping. The query groups the open
    requests by their own need and place; the catalogue finds the broader need and the
    arrondissement.
    """
    suggestions = Suggestion.objects.open()
    if audience is not None:
        suggestions = suggestions.filter(audience=audience)
    rows = (
        suggestions.order_by()
        .values_list("theme_id", "place_id")
        .annotate(n=Count("pk"))
        .values_list("theme_id", "place_id", "n")
    )
    held = catalogue()
    demand = {}
    for theme_id, place_id, n in rows:
        theme = held.theme_by_pk.get(theme_id)
        place = held.place_by_pk.get(place_id)
        theme_key = (theme.parent_id or theme.pk) if theme else None
        place_key = place.arrondissement_id if place else None
        for theme_pk in {theme_key, None}:
            for place_pk in {place_key, None}:
                demand[theme_pk, place_pk] = demand.get((theme_pk, place_pk), 0) + n
    return demand


def tangier_arrondissements(held=None):
    """Tangier's arrondissements, found by the commune's HCP code (or its slug), by code."""
    held = held or catalogue()
    by_code = next((place for place in held.places if place.code == TANGIER_COMMUNE_CODE), None)
    for commune in (by_code, held.place_by_slug.get(TANGIER_COMMUNE_SLUG)):
        if commune is None:
            continue
        arrondissements = [
            place
            for place in held.places_within(Place.Kind.ARRONDISSEMENT, commune)
            if place.commune_id == commune.pk
        ]
        if arrondissements:
            return arrondissements
    return []


def services_url(*, theme=None, place=None, audience=None, listing=None):
    """The services listing filtered to one cell: /fr/services/?theme=…&place=…&audience=…

    `listing` is the listing's own address, for a caller that links hundreds of cells.
    """
    params = {
        "theme": theme.slug if theme else None,
        "place": place.slug if place else None,
        "audience": audience.slug if audience else None,
    }
    query = urlencode({name: value for name, value in params.items() if value})
    listing = listing or reverse("services:list")
    return listing + (f"?{query}" if query else "")


@dataclass
class Cell:
    count: int
    url: str
    place: Place

    @property
    def bucket(self):
        return bucket(self.count)


@dataclass
class Row:
    theme: Theme | None  # None: the "all needs" row
    cells: list

    @property
    def gaps(self):
        return [cell.place for cell in self.cells if cell.count == 0]


@dataclass
class Table:
    places: list
    rows: list
    total: Row
    level: str

    def gaps(self):
        """(theme, places without any service for it), for the themes that have such places."""
        return [(row.theme, row.gaps) for row in self.rows if row.gaps]


def build_table(counter, themes, places, level, audience):
    listing = reverse("services:list")
    rows = []
    for theme in themes:
        counts = counter.per_place(counter.with_theme(theme), places)
        cells = [
            Cell(
                counts[place.pk],
                services_url(theme=theme, place=place, audience=audience, listing=listing),
                place,
            )
            for place in places
        ]
        rows.append(Row(theme, cells))
    counts = counter.per_place(counter.services, places)
    total = Row(
        None,
        [
            Cell(
                counts[place.pk],
                services_url(place=place, audience=audience, listing=listing),
                place,
            )
            for place in places
        ],
    )
    return Table(places, rows, total, level)


@dataclass
class Coverage:
    audience: Audience | None
    tangier: Table
    national: Table
    maps: list = field(default_factory=list)

    def rows_for_csv(self):
        """(area, need, place, HCP code, services) for every cell of both tables."""
        all_needs = gettext("All needs")
        for area, table in [
            (gettext("Tangier, by arrondissement"), self.tangier),
            (gettext("Morocco, by region"), self.national),
        ]:
            for row in [*table.rows, table.total]:
                need = str(row.theme) if row.theme else all_needs
                for cell in row.cells:
                    yield area, need, str(cell.place), cell.place.code, cell.count


def coverage(audience=None, with_maps=True, map_theme=None):
    """Both tables, and the maps when boundaries were imported, for an audience or all.

    The maps shade each place by its services for map_theme, or for every need.
    """
    held = catalogue()
    counter = Counter(audience)
    arrondissements = tangier_arrondissements(held)
    regions = held.places_within(Place.Kind.REGION)
    themes = held.root_themes
    result = Coverage(
        audience=audience,
        tangier=build_table(counter, themes, arrondissements, "arrondissement", audience),
        national=build_table(counter, themes, regions, "region", audience),
    )
    if with_maps:
        result.maps = maps(counter, held, arrondissements, audience, map_theme)
    return result


# CSV ------------------------------------------------------------------------------------

# A spreadsheet runs a cell beginning with one of these as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value):
    """The cell as text, with a leading quote if a spreadsheet would read it as a formula."""
    if isinstance(value, int):
        return value
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def csv_url(audience=None):
    query = urlencode({"audience": audience.slug}) if audience else ""
    return reverse("coverage:csv") + (f"?{query}" if query else "")


def as_csv(result):
    """The tables as CSV text, with a byte-order mark so Excel reads Arabic correctly."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    audience = str(result.audience) if result.audience else gettext("All audiences")
    writer.writerow(
        [
            gettext("Area"),
            gettext("Need"),
            gettext("Place"),
            gettext("HCP code"),
            gettext("For whom"),
            gettext("Published services"),
        ]
    )
    for area, need, place, code, count in result.rows_for_csv():
        writer.writerow([spreadsheet_safe(v) for v in (area, need, place, code, audience, count)])
    return out.getvalue()


# Maps -----------------------------------------------------------------------------------


@dataclass
class Shape:
    place: Place
    path: str
    count: int
    url: str
    label_at: tuple | None = None

    @property
    def bucket(self):
        return bucket(self.count)

    @property
    def title(self):
        """What the shape's tooltip and screen readers say: "Médina: 3 services"."""
        return ngettext(
            "%(place)s: %(counter)s service", "%(place)s: %(counter)s services", self.count
        ) % {"place": self.place, "counter": self.count}


@dataclass
class Map:
    name: str
    title: str
    width: int
    height: int
    shapes: list
    attribution: str
    labelled: bool = False

    @property
    def font_size(self):
        return round(self.width / 34)


def maps(counter, held, arrondissements, audience, theme=None):
    """Tangier's arrondissements, then the communes of its region, if their outlines exist."""
    titles = {
        "arrondissements": gettext("Tangier's arrondissements"),
        "communes": gettext("Communes of the Tanger-Tétouan-Al Hoceïma region"),
    }
    services = counter.with_theme(theme)
    listing = reverse("services:list")
    result = []
    for drawing in drawings(held, arrondissements):
        counts = counter.per_place(services, [outline.place for outline in drawing.outlines])
        shapes = [
            Shape(
                place=outline.place,
                path=outline.path,
                count=counts[outline.place.pk],
                url=services_url(
                    theme=theme, place=outline.place, audience=audience, listing=listing
                ),
                label_at=outline.label_at,
            )
            for outline in drawing.outlines
        ]
        result.append(
            Map(
                name=drawing.name,
                title=titles[drawing.name],
                width=drawing.width,
                height=drawing.height,
                shapes=shapes,
                attribution=drawing.attribution,
                labelled=drawing.name == "arrondissements",
            )
        )
    return result


# The outlines, projected once per process ----------------------------------------------


@dataclass(frozen=True)
class Outline:
    place: Place
    path: str
    label_at: tuple | None


@dataclass(frozen=True)
class Drawing:
    """A map's outlines projected into its viewBox, ready to be coloured by counts."""

    name: str
    width: int
    height: int
    outlines: list
    attribution: str


_drawn = {"stamp": None, "drawings": []}
_drawn_lock = threading.Lock()


def drawings(held, arrondissements):
    """The maps' outlines, projected again only when the boundaries or the places change.

    Projecting and simplifying every outline takes longer than the rest of the page, and
    boundaries change only when imported again: each process keeps its drawings, checked
    against the number of boundaries and the time of the latest change (one small query).
    """
    boundaries = Boundary.objects.aggregate(count=Count("pk"), latest=Max("updated_at"))
    stamp = (held.version, boundaries["count"], boundaries["latest"])
    if _drawn["stamp"] != stamp:
        with _drawn_lock:
            if _drawn["stamp"] != stamp:
                _drawn["drawings"] = draw_all(held, arrondissements) if boundaries["count"] else []
                _drawn["stamp"] = stamp
    return _drawn["drawings"]


def draw_all(held, arrondissements):
    result = []
    wanted = {place.pk for place in arrondissements}
    outlines = by_place(Boundary.objects.filter(place__in=wanted), held)
    if outlines:
        result.append(draw("arrondissements", outlines))
    region_code = arrondissements[0].code.split(".")[0] if arrondissements else None
    communes = [
        place
        for place in held.places_within(Place.Kind.COMMUNE)
        if place.region is not None and place.region.code == region_code
    ]
    outlines = by_place(Boundary.objects.filter(place__in=[c.pk for c in communes]), held)
    if outlines:
        result.append(draw("communes", outlines, tolerance=2.0))
    return result


def by_place(boundaries, held):
    """(place from the catalogue, boundary) pairs, by the places' codes."""
    pairs = [(held.place_by_pk[boundary.place_id], boundary) for boundary in boundaries]
    return sorted(pairs, key=lambda pair: pair[0].code)


def draw(name, outlines, tolerance=1.0):
    """Project the outlines (equirectangular) into a viewBox MAP_WIDTH wide, as SVG paths."""
    points = [
        point
        for _place, boundary in outlines
        for polygon in boundary.geometry["coordinates"]
        for ring in polygon
        for point in ring
    ]
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = min(p[1] for p in points), max(p[1] for p in points)
    shrink = math.cos(math.radians((south + north) / 2))
    scale = MAP_WIDTH / (((east - west) * shrink) or 1)

    def project(lon, lat):
        return round((lon - west) * shrink * scale), round((north - lat) * scale)

    drawn = []
    for place, boundary in outlines:
        parts = []
        largest = (0, None)
        for polygon in boundary.geometry["coordinates"]:
            for i, ring in enumerate(polygon):
                projected = thin([project(*point) for point in ring], tolerance)
                if len(projected) < 3:
                    continue
                parts.append(path(projected))
                if i == 0:
                    area, centre = label_point(projected)
                    largest = max(largest, (area, centre), key=lambda item: item[0])
        if parts:
            drawn.append(Outline(place=place, path="".join(parts), label_at=largest[1]))
    return Drawing(
        name=name,
        width=MAP_WIDTH,
        height=round((north - south) * scale),
        outlines=drawn,
        attribution=outlines[0][1].attribution,
    )


def path(points):
    """An SVG path for a closed ring: the first point, then steps relative to the previous.

    "M10 20l3-2-1 4Z": a step's minus sign needs no space before it, which keeps maps light.
    """
    if len(points) > 1 and points[-1] == points[0]:
        points = points[:-1]  # Z closes the ring
    (x0, y0), steps = points[0], []
    for (x1, y1), (x2, y2) in zip(points, points[1:], strict=False):
        steps.append(f"{x2 - x1}" + (f" {y2 - y1}" if y2 - y1 >= 0 else f"{y2 - y1}"))
    text = "".join(step if step.startswith("-") else f" {step}" for step in steps)
    return f"M{x0} {y0}l{text.lstrip()}Z"


def thin(points, tolerance=1.0):
    """Projected points without repeats, simplified to within `tolerance`, as whole pixels."""
    unique = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
    if len(unique) < 4:
        return unique
    return [(round(x), round(y)) for x, y in simplify(unique, tolerance)]
