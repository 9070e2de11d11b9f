"""Nearest first: a listing's results by distance from a point, without measuring them all.

A resident asks for what is near them (their rounded position, or the centre of the district
they pick). At 333,000 services no request may measure the distance of every one. Instead,
each process keeps, per version of a kind's facet sets (facet_sets.Snapshot.positions), the
points of its listed items' locations in a grid: cells of 0.01° (about a kilometre), grouped
in blocks of 0.1° and of 1°, each block with the set of the items inside it (a roaring
bitmap). A page is found by walking the blocks outward from the origin, nearest first, only
into those that hold a result of the request's filters, and measuring only the points of the
cells reached: the work grows with the page asked for, not with the table. Pages past the
middle are walked from the far end, as the name order is (facet_sets.Selection).

Points are kept in millionths of a degree, as the database stores them (6 decimals), so a
listing measures the same on SQLite and PostgreSQL. Distances are those of the plane around
the origin (longitude shrunk by the cosine of its latitude): within a city they differ from
the great circle's by far less than the 100 m the origin is rounded to.

Items without a point come after the others, in the listing's name order.
"""

import copy
import heapq
import math
from array import array
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from pyroaring import BitMap

from . import facet_sets

MICRODEGREES = 1_000_000
# A degree of latitude (the mean Earth radius, 6,371.0088 km, times π/180).
METRES_PER_DEGREE = 111_195.08
# The side of the smallest cell, 0.01°, in millionths of a degree.
CELL = 10_000
# Blocks of 100 × 100 cells (1°), 10 × 10 cells (0.1°), then the cells themselves.
LEVELS = (100, 10, 1)
FINEST = len(LEVELS) - 1
# A position a resident gives is rounded to this many decimals (0.001° is about 100 m).
POSITION_DECIMALS = 3


@dataclass(frozen=True, order=True)
class Point:
    """A position in millionths of a degree."""

    latitude: int
    longitude: int

    @classmethod
    def from_degrees(cls, latitude, longitude):
        return cls(_microdegrees(latitude), _microdegrees(longitude))

    @property
    def degrees(self):
        """(latitude, longitude) as decimal degrees."""
        return (Decimal(self.latitude).scaleb(-6), Decimal(self.longitude).scaleb(-6))

    @property
    def position_text(self):
        """ "35.777,-5.803": how a position a resident gives is written in a listing's address
        (three decimals, as static/nearby.js sends it)."""
        return ",".join(f"{value:.{POSITION_DECIMALS}f}" for value in self.degrees)


def _microdegrees(value):
    return int(Decimal(value).scaleb(6).to_integral_value(rounding=ROUND_HALF_UP))


def parse_position(text):
    """The Point of "35.7767,-5.8034" rounded to about 100 m, or None when it is not one."""
    if not isinstance(text, str) or len(text) > 40 or text.count(",") != 1:
        return None
    try:
        latitude, longitude = (Decimal(part.strip()) for part in text.split(","))
    except InvalidOperation:
        return None
    if not (latitude.is_finite() and longitude.is_finite()):
        return None
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return None
    step = Decimal(1).scaleb(-POSITION_DECIMALS)
    return Point.from_degrees(
        latitude.quantize(step, rounding=ROUND_HALF_UP),
        longitude.quantize(step, rounding=ROUND_HALF_UP),
    )


@dataclass(frozen=True)
class Nearby:
    """A result of a nearest-first page: the item's id, how far it is, and whether that is
    measured to its district's centre rather than to its address (a sensitive location)."""

    pk: int
    metres: float
    approximate: bool = False


class Positions:
    """Where each listed item of a kind is, for nearest-first pages.

    `points` are (item id, latitude, longitude, approximate), in millionths of a degree,
    for each location of each item (an item in several places has several); `centres` are
    {place id: Point}, where a resident who picks a place is measured from.

    The points are kept in arrays, sorted so that each block's points lie side by side:
    blocks of 1° and 0.1° hold their range of the arrays and the set of their items, and
    each 0.1° block lists its cells of 0.01° (row, column and where their points start).
    """

    def __init__(self, points, centres=None):
        self.centres = dict(centres or {})
        points = list(points)
        # Sorted by block, 0.1° block and cell: one integer each, compared faster than tuples.
        keys = [_hierarchy(latitude, longitude) for _pk, latitude, longitude, _a in points]
        ordered = [points[at] for at in sorted(range(len(points)), key=keys.__getitem__)]
        self.ids = array("I", [point[0] for point in ordered])  # 32 bits, as bitmaps hold ids
        self.latitudes = array("i", [point[1] for point in ordered])
        self.longitudes = array("i", [point[2] for point in ordered])
        self.approximate = array("b", [bool(point[3]) for point in ordered])
        self.located = BitMap(self.ids)
        self.blocks = {}  # {(level, row, column): _Block}
        self.top = []  # the 1° blocks
        self._index()
        # {item id: [index into the arrays, ...]} of the items with more than one point
        self.spread = {}
        if len(self.located) < len(self.ids):
            first = {}
            for at, pk in enumerate(self.ids):
                if pk in first:
                    self.spread.setdefault(pk, [first[pk]]).append(at)
                else:
                    first[pk] = at

    def _index(self):
        cell = block = top = None
        for at in range(len(self.ids)):
            latitude, longitude = self.latitudes[at], self.longitudes[at]
            here = (latitude // CELL, longitude // CELL)
            if here == cell:
                continue
            cell = here
            key = (1, latitude // (CELL * LEVELS[1]), longitude // (CELL * LEVELS[1]))
            if key != block:
                self._close(block, at)
                block = key
                self.blocks[block] = _Block(at)
                key = (0, latitude // (CELL * LEVELS[0]), longitude // (CELL * LEVELS[0]))
                if key != top:
                    self._close(top, at)
                    top = key
                    self.blocks[top] = _Block(at)
                    self.top.append(top)
                self.blocks[top].children.append(block)
            self.blocks[block].add_cell(cell, at)
        self._close(block, len(self.ids))
        self._close(top, len(self.ids))

    def _close(self, key, stop):
        if key is not None:
            block = self.blocks[key]
            block.stop = stop
            block.starts.append(stop)
            block.members = BitMap(self.ids[block.start : stop])

    def __len__(self):
        return len(self.located)

    def nearest(self, origin, results, count, rank=None, *, farthest=False):
        """The `count` items of `results` nearest `origin` (a Point), nearest first, as Nearby.

        An item is as far as its nearest point. Items as far as each other come in `rank`
        order (an array of each id's position in the listing's order), then by id. With
        `farthest`, the `count` farthest, farthest first: the same order from its end.

        A best-first walk: blocks wait in a heap under the distance no point of theirs can
        beat, items under their own; whatever comes out first is nearest (or farthest).
        """
        measure = _Measure(origin)
        sign = -1 if farthest else 1
        heap = []
        for key in self.top:
            if self.blocks[key].members.intersect(results):
                heapq.heappush(heap, (sign * measure.bound(key, farthest), 0, 0, key))
        found = []
        seen = {}  # {item id: whether its distance is to an approximate point}
        while heap and len(found) < count:
            distance, is_item, _rank, payload = heapq.heappop(heap)
            if is_item:
                pk = sign * payload
                found.append(Nearby(pk, sign * distance, seen[pk]))
            elif payload[0] == 0:
                for key in self.blocks[payload].children:
                    if self.blocks[key].members.intersect(results):
                        heapq.heappush(heap, (sign * measure.bound(key, farthest), 0, 0, key))
            elif payload[0] == 1:
                block = self.blocks[payload]
                for at, (row, column) in enumerate(zip(block.rows, block.columns, strict=True)):
                    cell = (FINEST, row, column, block.starts[at], block.starts[at + 1])
                    heapq.heappush(heap, (sign * measure.bound(cell, farthest), 0, 0, cell))
            else:
                for at in range(payload[3], payload[4]):
                    pk = self.ids[at]
                    if pk in seen or pk not in results:
                        continue
                    metres, seen[pk] = self._distance(measure, at, pk)
                    order = _rank_of(rank, pk)
                    heapq.heappush(heap, (sign * metres, 1, sign * order, sign * pk))
        return found

    def _distance(self, measure, at, pk):
        """How far item `pk` is (its nearest point), and whether that point is approximate."""
        return min(
            (measure.metres(self.latitudes[i], self.longitudes[i]), bool(self.approximate[i]))
            for i in self.spread.get(pk, [at])
        )


class _Block:
    """A block's range of the points, its items, and its blocks or cells one level down."""

    __slots__ = ("start", "stop", "members", "children", "rows", "columns", "starts")

    def __init__(self, start):
        self.start = start
        self.stop = start
        self.members = None
        self.children = []  # a 1° block's 0.1° blocks
        # A 0.1° block's cells of 0.01°: row, column, and where each one's points start
        # (one more start, the block's stop, ends the last).
        self.rows = array("i")
        self.columns = array("i")
        self.starts = array("I")

    def add_cell(self, cell, start):
        self.rows.append(cell[0])
        self.columns.append(cell[1])
        self.starts.append(start)


def _hierarchy(latitude, longitude):
    """A number that sorts points so that each block's, at every level, are side by side:
    the 1° block's row and column, then the 0.1° block's within it, then the cell's."""
    key = (latitude // (CELL * LEVELS[0]) + 90) * 361 + longitude // (CELL * LEVELS[0]) + 180
    for size in LEVELS[1:]:
        key = key * 100 + latitude // (CELL * size) % 10 * 10 + longitude // (CELL * size) % 10
    return key


def _rank_of(rank, pk):
    if rank is None:
        return 0
    return rank[pk] if pk < len(rank) else len(rank) + pk


class _Measure:
    """Distances in metres from one origin, and bounds of the distances inside a block."""

    def __init__(self, origin):
        self.origin = origin
        self.y = METRES_PER_DEGREE / MICRODEGREES
        self.x = self.y * math.cos(math.radians(origin.latitude / MICRODEGREES))

    def metres(self, latitude, longitude):
        return math.hypot(
            (latitude - self.origin.latitude) * self.y,
            (longitude - self.origin.longitude) * self.x,
        )

    def bound(self, block, farthest=False):
        """No point of `block` is nearer than this (or farther, with `farthest`)."""
        level, row, column, *_range = block
        side = LEVELS[level] * CELL
        south, west = row * side, column * side
        north, east = south + side, west + side
        latitude, longitude = self.origin.latitude, self.origin.longitude
        if farthest:
            dy = max(abs(latitude - south), abs(north - latitude))
            dx = max(abs(longitude - west), abs(east - longitude))
        else:
            dy = max(south - latitude, 0, latitude - north)
            dx = max(west - longitude, 0, longitude - east)
        return math.hypot(dy * self.y, dx * self.x)


# A listing's page, nearest first ------------------------------------------------------------


def page(selection, start, stop, positions, origin, language):
    """Nearby of results[start:stop] of `selection` (facet_sets.Selection), nearest first.

    The results with a point come first, by distance from `origin`; equally far ones, and
    then the results without a point, in the listing's name order (`metres` None for those).
    Pages past the middle of the located results are walked from the far end.
    """
    results = selection.results
    located = results & positions.located
    count = len(located)
    found = []
    if start < count:
        _ids, rank = selection.snapshot.order("name", language)
        if count - start < min(stop, count):
            farthest = positions.nearest(origin, located, count - start, rank, farthest=True)
            found = farthest[::-1][: stop - start]
        else:
            found = positions.nearest(origin, located, min(stop, count), rank)[start:]
    if stop > count:
        rest = copy.copy(selection)
        rest.results = results - located
        tail = rest.ordered_ids(max(start - count, 0), stop - count, "name", language)
        found += [Nearby(pk, None) for pk in tail]
    return found


class NearestPage(facet_sets.Page):
    """A selection's rows nearest `origin` first, each with its `nearby` (a Nearby)."""

    def __init__(self, selection, queryset, positions, origin, language):
        super().__init__(selection, queryset, "name", language)
        self.positions = positions
        self.origin = origin

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("a page of a listing is read by slices")
        found = page(
            self.selection,
            index.start or 0,
            index.stop or len(self),
            self.positions,
            self.origin,
            self.language,
        )
        rows = self.queryset.in_bulk([item.pk for item in found])
        for item in found:
            if item.pk in rows:
                rows[item.pk].nearby = item
        return [rows[item.pk] for item in found if item.pk in rows]
