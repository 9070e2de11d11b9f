"""Coverage: how many published services each need has in each district, and where none.

Rows are the top-level themes (a theme counts its narrower themes' services too, as the
services listing's theme filter does); columns are Tangier's arrondissements, and, for the
national table, Morocco's regions. A service counts once per cell however many of its
locations the cell holds. Each table costs two grouped queries whatever its size: one by
(theme, place), one by place for the "all needs" row.

Every cell links to the services listing filtered the same way, which shows that number.
"""

import csv
import io
import math
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django import forms
from django.db.models import Count, F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from directory.common.geometry import label_point, simplify
from directory.reports.models import Suggestion
from directory.taxonomy.models import TANGIER_COMMUNE_CODE, Audience, Boundary, Place, Theme
from organizations.models import Service

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


class CoverageForm(forms.Form):
    audience = forms.ModelChoiceField(
        queryset=Audience.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("All audiences"),
        label=_("For whom"),
    )
    theme = forms.ModelChoiceField(
        queryset=Theme.objects.filter(parent=None),
        to_field_name="slug",
        required=False,
        empty_label=_("All needs"),
        label=_("Need shown on the maps"),
    )


# Counting -------------------------------------------------------------------------------


def services_for(audience=None, theme=None):
    """The published services the page counts, for one audience or all (and one need)."""
    services = Service.objects.published()
    if audience is not None:
        services = services.filter(pk__in=Service.objects.filter(audiences=audience).values("pk"))
    if theme is not None:
        with_theme = Service.objects.filter(Q(themes=theme) | Q(themes__parent=theme))
        services = services.filter(pk__in=with_theme.values("pk"))
    return services


def count_by(services, place_level, by_theme):
    """{(top-level theme id, place id): services} or {place id: services}, in one query.

    place_level is the Place field the locations are grouped by ("arrondissement",
    "commune", "region"), so a location recorded in a district counts in its region too.
    """
    keys = {"place_key": F(f"locations__place__{place_level}")}
    if by_theme:
        keys["theme_key"] = Coalesce(F("themes__parent"), F("themes"))
    # annotate() then values(names): modeltranslation turns a bare values() into every field.
    rows = (
        Service.objects.filter(pk__in=services.order_by().values("pk"))
        .order_by()
        .annotate(**keys)
        .values(*keys)
        .annotate(n=Count("pk", distinct=True))
    )
    if by_theme:
        return {(row["theme_key"], row["place_key"]): row["n"] for row in rows}
    return {row["place_key"]: row["n"] for row in rows}


def unmet_demand(audience=None):
    """{(theme id, place id): residents' open requests for a missing service}, in one query.

    Suggestions (directory/reports/) count under their top-level need and their
    arrondissement of Tangier. A None in the key sums over that side: (theme, None) is
    every open request for the need wherever (no place given included), (None, place)
    every request in the arrondissement whatever the need, (None, None) all of them.
    Only the counts that are not zero are in the mapping.
    """
    suggestions = Suggestion.objects.open()
    if audience is not None:
        suggestions = suggestions.filter(audience=audience)
    keys = {
        "theme_key": Coalesce(F("theme__parent"), F("theme")),
        "place_key": F("place__arrondissement"),
    }
    rows = suggestions.order_by().annotate(**keys).values(*keys).annotate(n=Count("pk"))
    demand = {}
    for row in rows:
        for theme in {row["theme_key"], None}:
            for place in {row["place_key"], None}:
                demand[theme, place] = demand.get((theme, place), 0) + row["n"]
    return demand


def tangier_arrondissements():
    """Tangier's arrondissements, found by the commune's HCP code (or its slug), by code."""
    return list(
        Place.objects.filter(kind=Place.Kind.ARRONDISSEMENT)
        .filter(commune__code=TANGIER_COMMUNE_CODE)
        .order_by("code")
    ) or list(
        Place.objects.filter(
            kind=Place.Kind.ARRONDISSEMENT, commune__slug=TANGIER_COMMUNE_SLUG
        ).order_by("code")
    )


def services_url(*, theme=None, place=None, audience=None):
    """The services listing filtered to one cell: /fr/services/?theme=…&place=…&audience=…"""
    params = {
        "theme": theme.slug if theme else None,
        "place": place.slug if place else None,
        "audience": audience.slug if audience else None,
    }
    query = urlencode({name: value for name, value in params.items() if value})
    return reverse("services:list") + (f"?{query}" if query else "")


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


def build_table(services, themes, places, level, audience):
    by_cell = count_by(services, level, by_theme=True)
    by_place = count_by(services, level, by_theme=False)
    rows = [
        Row(
            theme,
            [
                Cell(
                    by_cell.get((theme.pk, place.pk), 0),
                    services_url(theme=theme, place=place, audience=audience),
                    place,
                )
                for place in places
            ],
        )
        for theme in themes
    ]
    total = Row(
        None,
        [
            Cell(by_place.get(place.pk, 0), services_url(place=place, audience=audience), place)
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
    services = services_for(audience)
    themes = list(Theme.objects.filter(parent=None))
    arrondissements = tangier_arrondissements()
    regions = list(Place.objects.filter(kind=Place.Kind.REGION).order_by("code"))
    result = Coverage(
        audience=audience,
        tangier=build_table(services, themes, arrondissements, "arrondissement", audience),
        national=build_table(services, themes, regions, "region", audience),
    )
    if with_maps:
        result.maps = maps(services, result.tangier, arrondissements, audience, map_theme)
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


def maps(services, tangier_table, arrondissements, audience, theme=None):
    """Tangier's arrondissements, then the communes of its region, if their outlines exist."""
    result = []
    boundaries = list(Boundary.objects.filter(place__in=arrondissements).select_related("place"))
    if boundaries:
        row = next((r for r in tangier_table.rows if r.theme == theme), tangier_table.total)
        counts = {cell.place.pk: cell.count for cell in row.cells}
        result.append(
            draw(
                "arrondissements",
                gettext("Tangier's arrondissements"),
                boundaries,
                counts,
                audience,
                theme,
                labelled=True,
            )
        )
    region_code = arrondissements[0].code.split(".")[0] if arrondissements else None
    communes = list(
        Boundary.objects.filter(
            place__kind=Place.Kind.COMMUNE, place__region__code=region_code
        ).select_related("place")
    )
    if communes:
        with_theme = services_for(audience, theme) if theme else services
        counts = count_by(with_theme, "commune", by_theme=False)
        result.append(
            draw(
                "communes",
                gettext("Communes of the Tanger-Tétouan-Al Hoceïma region"),
                communes,
                counts,
                audience,
                theme,
                tolerance=2.0,
            )
        )
    return result


def draw(name, title, boundaries, counts, audience, theme, labelled=False, tolerance=1.0):
    """Project the outlines (equirectangular) into a viewBox MAP_WIDTH wide, as SVG paths."""
    points = [
        point
        for boundary in boundaries
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

    shapes = []
    for boundary in boundaries:
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
        if not parts:
            continue
        shapes.append(
            Shape(
                place=boundary.place,
                path="".join(parts),
                count=counts.get(boundary.place.pk, 0),
                url=services_url(theme=theme, place=boundary.place, audience=audience),
                label_at=largest[1],
            )
        )
    return Map(
        name=name,
        title=title,
        width=MAP_WIDTH,
        height=round((north - south) * scale),
        shapes=shapes,
        attribution=boundaries[0].attribution,
        labelled=labelled,
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
