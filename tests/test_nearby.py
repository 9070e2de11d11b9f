"""Nearest first (directory/search/nearby.py): the order, the pages and the positions given.

The grid walk must give exactly the order of measuring every item and sorting: these tests
compare the two on points spread over Morocco and heaped in one street.
"""

import random
from decimal import Decimal

import pytest
from pyroaring import BitMap

from directory.search import facet_sets, nearby
from directory.search.nearby import Nearby, Point, Positions, parse_position

TANGIER = Point.from_degrees("35.767", "-5.800")


def point(latitude, longitude):
    return Point.from_degrees(Decimal(str(latitude)), Decimal(str(longitude)))


def located(pk, latitude, longitude, approximate=False):
    """A point of item `pk`, as Positions takes them."""
    where = point(latitude, longitude)
    return (pk, where.latitude, where.longitude, approximate)


def measured(origin, points, results, rank=None):
    """Every result's distance, sorted as a listing orders them: the slow, obvious way."""
    measure = nearby._Measure(origin)
    nearest = {}
    for pk, latitude, longitude, _approximate in points:
        if pk in results:
            metres = measure.metres(latitude, longitude)
            nearest[pk] = min(nearest.get(pk, metres), metres)
    return sorted(nearest, key=lambda pk: (nearest[pk], rank[pk] if rank else 0, pk))


def scattered(count, seed, *, spread=1.0, centre=(35.76, -5.80)):
    """`count` items, some with two points, some at the very same place as another."""
    rng = random.Random(seed)
    points = []
    for pk in range(1, count + 1):
        latitude = centre[0] + rng.uniform(-spread, spread)
        longitude = centre[1] + rng.uniform(-spread, spread)
        points.append(located(pk, round(latitude, 6), round(longitude, 6)))
        if pk % 7 == 0:  # a second location
            points.append(located(pk, round(latitude + 0.05, 6), round(longitude, 6)))
        if pk % 5 == 0:  # another service at the address of the one before
            points.append((pk - 1, *points[-1][1:]))
    return points


class FakeSnapshot:
    """The parts of a facet_sets.Snapshot a selection reads: its sets and its name order."""

    def __init__(self, ids, name_order):
        self.sets = {facet_sets.EVERYTHING: BitMap(ids)}
        self.name_order = facet_sets.Snapshot._positions(name_order)

    def members(self, key):
        return self.sets.get(key) or BitMap()

    def order(self, sort, language, read=None):
        assert sort == "name"
        return self.name_order


def ids_of(found):
    return [item.pk for item in found]


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("spread", [0.02, 1.0, 8.0])
def test_the_walk_gives_the_order_of_measuring_every_item(seed, spread):
    points = scattered(400, seed, spread=spread)
    results = BitMap(random.Random(seed).sample(range(1, 401), 150))
    rank = list(range(500))
    random.Random(seed + 1).shuffle(rank)
    positions = Positions(points)

    found = positions.nearest(TANGIER, results, 60, rank)

    assert ids_of(found) == measured(TANGIER, points, results, rank)[:60]


@pytest.mark.parametrize("seed", range(3))
def test_walked_from_the_far_end_it_is_the_same_order_backwards(seed):
    points = scattered(300, seed, spread=2.0)
    results = BitMap(range(1, 301))
    positions = Positions(points)

    farthest = positions.nearest(TANGIER, results, 40, farthest=True)

    assert ids_of(farthest) == measured(TANGIER, points, results)[::-1][:40]


def test_an_item_is_as_far_as_its_nearest_location():
    positions = Positions([located(1, 36.5, -5.8), located(1, 35.768, -5.8)])

    (found,) = positions.nearest(TANGIER, BitMap([1]), 5)

    assert found.pk == 1
    assert found.metres == pytest.approx(111.2, abs=0.1)


def test_items_at_the_same_place_come_in_the_listings_name_order_then_by_id():
    positions = Positions([located(pk, 35.77, -5.81) for pk in (4, 9, 2, 7)])
    rank = [0] * 10
    rank[9], rank[2] = 1, 2  # 9 sorts first by name, then 2; 4 and 7 share a name

    found = positions.nearest(TANGIER, BitMap([2, 4, 7, 9]), 4, rank)

    assert ids_of(found) == [4, 7, 9, 2]
    assert len({item.metres for item in found}) == 1


def test_only_the_results_of_the_filters_are_listed():
    positions = Positions([located(1, 35.767, -5.8), located(2, 35.9, -5.8)])

    assert ids_of(positions.nearest(TANGIER, BitMap([2]), 5)) == [2]
    assert positions.nearest(TANGIER, BitMap([3]), 5) == []


def test_it_reads_only_the_cells_it_needs():
    """A page near Tangier measures the points of a few cells, not of the whole country."""
    points = scattered(3000, 1, spread=3.0, centre=(32.0, -7.0))
    points += [located(10_000 + pk, 35.767 + pk / 100_000, -5.8) for pk in range(20)]
    positions = Positions(points)
    measured_points = []
    original = nearby._Measure.metres

    def counting(self, latitude, longitude):
        measured_points.append((latitude, longitude))
        return original(self, latitude, longitude)

    nearby._Measure.metres = counting
    try:
        found = positions.nearest(TANGIER, positions.located, 20)
    finally:
        nearby._Measure.metres = original

    assert ids_of(found) == list(range(10_000, 10_020))
    assert len(measured_points) < 100


def test_an_approximate_point_is_said_so():
    positions = Positions([located(1, 35.77, -5.8, True), located(2, 35.78, -5.8)])

    found = positions.nearest(TANGIER, BitMap([1, 2]), 2)

    assert [(item.pk, item.approximate) for item in found] == [(1, True), (2, False)]


class TestPages:
    """Pages of a listing sorted nearest first: located items by distance, then the rest."""

    def setup_method(self):
        # Items 1-8 at 0.01° steps north of Tangier; 9-12 without a location. Names sort
        # in reverse id order.
        self.points = [located(pk, 35.767 + pk / 100, -5.8) for pk in range(1, 9)]
        self.positions = Positions(self.points)
        self.snapshot = FakeSnapshot(range(1, 13), list(range(12, 0, -1)))

    def page(self, start, stop, results=None):
        selection = facet_sets.Selection(self.snapshot, {})
        if results is not None:
            selection.results = BitMap(results)
        return nearby.page(selection, start, stop, self.positions, TANGIER, "fr")

    def test_page_one_is_the_nearest(self):
        assert ids_of(self.page(0, 3)) == [1, 2, 3]

    def test_page_two_follows_page_one(self):
        assert ids_of(self.page(3, 6)) == [4, 5, 6]

    def test_items_without_a_position_come_last_in_name_order(self):
        found = self.page(6, 12)

        assert ids_of(found) == [7, 8, 12, 11, 10, 9]
        assert [item.metres is None for item in found] == [False] * 2 + [True] * 4

    def test_every_page_together_is_the_whole_order(self):
        for size in range(1, 13):
            pages = [self.page(start, start + size) for start in range(0, 12, size)]
            assert [pk for found in pages for pk in ids_of(found)] == [*range(1, 9), 12, 11, 10, 9]

    def test_a_page_past_the_middle_is_the_same_walked_from_the_far_end(self):
        assert ids_of(self.page(5, 7)) == [6, 7]
        assert ids_of(self.page(7, 8)) == [8]

    def test_filters_apply_to_both_parts(self):
        assert ids_of(self.page(0, 10, results=[2, 5, 10])) == [2, 5, 10]

    def test_distances_are_given_in_metres(self):
        first = self.page(0, 1)[0]

        assert first == Nearby(1, pytest.approx(1111.95, abs=0.01), False)


@pytest.mark.parametrize(
    ("text", "degrees"),
    [
        ("35.77654,-5.80321", ("35.777", "-5.803")),
        (" 35.7765 , -5.8035 ", ("35.777", "-5.804")),  # half up, away from zero
        ("35,-5", ("35", "-5")),
        ("-90,180", ("-90", "180")),
    ],
)
def test_a_position_is_rounded_to_about_a_hundred_metres(text, degrees):
    found = parse_position(text)

    assert found.degrees == tuple(Decimal(value) for value in degrees)


def test_a_position_is_written_with_three_decimals():
    assert parse_position("35.7,-5.80321").position_text == "35.700,-5.803"
    assert parse_position("40,0").position_text == "40.000,0.000"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "35.7",
        "35.7,-5.8,1",
        "nan,1",
        "inf,-5",
        "1e999,0",
        "91,0",
        "0,-180.5",
        "abc,def",
        "35.7;-5.8",
        "3" * 50 + ",1",
        None,
    ],
)
def test_anything_else_is_not_a_position(text):
    assert parse_position(text) is None
