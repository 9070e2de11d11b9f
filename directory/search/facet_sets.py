"""Listings at national scale: filters, facet counts and pages from sets of ids in memory.

A listing of 250,000 organizations cannot count its facets or sort its results in SQL on
every request: each count would scan the filtered rows again. Instead, for every facet key
("theme:3", "audience:7", "place:12", "kind:association", "free:yes") the index keeps the set
of the published items that have it, as a roaring bitmap (FacetSet), written with the
entries in the same transaction (index.py). Each process holds the sets of a kind in memory
and reads them again when their version moves, one small query per request to check.

A request then intersects the sets of its filters (and, for free text, the ids the text
matches) and counts each facet option as the size of an intersection: microseconds each,
exact, and the same on SQLite and PostgreSQL. Its page is cut from the results in the order
chosen, from the entries' sort names read once per version, and only the page's rows are
read from the tables.
"""

import datetime
import threading
from array import array
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connections, router, transaction
from pyroaring import BitMap

from directory.taxonomy import opening

from . import versions
from .models import FacetSet, SearchEntry

EVERYTHING = "all"
# Free text matching more items than this is asked to be narrowed: the listing shows the
# first ones and says so, so that no request reads a national table's worth of matches.
TEXT_LIMIT = 5000
# Below this many results, the page is sorted from the results themselves; above, the
# results are picked from the kind's whole order, whichever reads fewer ids.
SMALL_RESULTS = 20_000


def keys_of(facets):
    """The facet keys of an entry's `facets` text; an entry without facets has none."""
    if facets is None:
        return set()
    return {EVERYTHING, *facets.split()}


# Writing: the sets follow the entries -----------------------------------------------------


@dataclass
class Changes:
    """What a batch of index writes adds to and removes from the facet sets, per kind."""

    added: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    removed: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(set)))
    # Kinds with listed entries written again: their orders (names, update times) may change
    # even where no set does.
    rewritten: set = field(default_factory=set)

    def note(self, kind, old, new):
        """Items whose entries went from `old` to `new` facets: {object id: facets text}."""
        if any(facets is not None for facets in [*old.values(), *new.values()]):
            self.rewritten.add(kind)
        for object_id in old.keys() | new.keys():
            before, after = keys_of(old.get(object_id)), keys_of(new.get(object_id))
            for key in after - before:
                self.added[kind][key].add(object_id)
            for key in before - after:
                self.removed[kind][key].add(object_id)

    def save(self):
        """Write the changed sets and move their kinds' versions: a few queries per kind.

        A kind whose sets stay the same but whose entries were written again (a renamed
        item) moves its version too, so that every process reads its orders again.
        """
        for kind in self.added.keys() | self.removed.keys() | self.rewritten:
            added, removed = self.added[kind], self.removed[kind]
            keys = {key for key in added.keys() | removed.keys() if added[key] or removed[key]}
            if keys:
                save_sets(kind, keys, added, removed)
            else:
                versions.move(kind)


def save_sets(kind, keys, added, removed):
    with transaction.atomic():
        stored = {
            row.key: row
            for row in FacetSet.objects.select_for_update().filter(kind=kind, key__in=keys)
        }
        changed, created, emptied = [], [], []
        for key in keys:
            row = stored.get(key)
            members = BitMap.deserialize(row.members) if row else BitMap()
            members |= BitMap(added.get(key, ()))
            members -= BitMap(removed.get(key, ()))
            if row is None:
                if members:
                    created.append(FacetSet(kind=kind, key=key, members=members.serialize()))
            elif members:
                row.members = members.serialize()
                changed.append(row)
            else:
                emptied.append(row.pk)
        FacetSet.objects.bulk_update(changed, ["members"])
        FacetSet.objects.bulk_create(created)
        if emptied:
            FacetSet.objects.filter(pk__in=emptied).delete()
        versions.move(kind)


def rebuild(kind):
    """The sets of one kind again from its entries, after the index is rebuilt."""
    members = defaultdict(BitMap)
    entries = SearchEntry.objects.filter(kind=kind, facets__isnull=False)
    for object_id, facets in entries.values_list("object_id", "facets").iterator(chunk_size=5000):
        for key in keys_of(facets):
            members[key].add(object_id)
    with transaction.atomic():
        FacetSet.objects.filter(kind=kind).delete()
        FacetSet.objects.bulk_create(
            [
                FacetSet(kind=kind, key=key, members=ids.serialize())
                for key, ids in members.items()
            ],
            batch_size=200,
        )
        versions.move(kind)


# Reading: one snapshot of the sets per process and version --------------------------------


class Snapshot:
    """The facet sets of one kind at one version, and the orders its listings sort by."""

    def __init__(self, kind, version, sets=None):
        """The sets of `kind` read from the database, or the `sets` given ({key: BitMap})."""
        self.kind = kind
        self.version = version
        if sets is None:
            rows = FacetSet.objects.filter(kind=kind).values_list("key", "members")
            sets = {key: BitMap.deserialize(bytes(members)) for key, members in rows}
        self.sets = sets
        self._orders = {}
        self._located = None  # (key, nearby.Positions): see positions()
        self._lock = threading.Lock()
        # {season: [(key, periods)]}: the opening hours the keys "hours:..." stand for.
        self.schedules = defaultdict(list)
        for key in self.sets:
            if key.startswith("hours:"):
                season, periods = opening.parse_schedule(key)
                self.schedules[season].append((key, periods))

    def members(self, key):
        return self.sets.get(key) or BitMap()

    def open_at(self, moment, calendar):
        """The items open at `moment`, from their hours' keys: as many checks as there are
        different hours, however many items share them.

        An item is open if a period that opened today, or yesterday and ends after midnight,
        is open now, in the hours of the season that applied on that day (its usual hours
        where it has none for that season); nothing opens on a public holiday.
        """
        found = BitMap()
        for back in (1, 0):
            day = moment.date() - datetime.timedelta(days=back)
            if calendar.holiday(day):
                continue
            season = calendar.season_on(day)
            usual = self._open_from(opening.Season.REGULAR, day, moment)
            if season != opening.Season.REGULAR and self.schedules[season]:
                with_season = BitMap.union(*(self.members(k) for k, _ in self.schedules[season]))
                found |= self._open_from(season, day, moment) | (usual - with_season)
            else:
                found |= usual
        return found

    def _open_from(self, season, day, moment):
        return BitMap.union(
            BitMap(),
            *(
                self.members(key)
                for key, periods in self.schedules[season]
                if opening.open_from(periods, day, moment)
            ),
        )

    def order(self, sort, language, read=None):
        """The ids of all the kind's items in the listing's order, and each id's position.

        Read once per version: from the index's sort names or update times, or by `read`,
        a function giving the ids in the order of a sort the index does not keep.
        """
        with self._lock:
            if (sort, language) not in self._orders:
                ids = read() if read else self._read_order(sort, language)
                self._orders[sort, language] = self._positions(ids)
            return self._orders[sort, language]

    def _read_order(self, sort, language):
        column = f"sort_name_{language}"
        if column not in {f.column for f in SearchEntry._meta.fields}:
            column = f"sort_name_{settings.LANGUAGE_CODE[:2]}"
        # The same database as the sets and their version: a replica's, when reads go to one.
        reading = connections[router.db_for_read(SearchEntry)]
        # Names compare letter by letter (code points) on both databases, as Python does.
        collate = ' COLLATE "C"' if reading.vendor == "postgresql" else ""
        order_by = "updated_at DESC" if sort == "updated" else f"{column}{collate}"
        with reading.cursor() as cursor:
            cursor.execute(
                f"SELECT object_id FROM {SearchEntry._meta.db_table}"  # noqa: S608 (no input)
                f" WHERE kind = %s AND facets IS NOT NULL ORDER BY {order_by}, object_id",
                [self.kind],
            )
            return [object_id for (object_id,) in cursor.fetchall()]

    # Nearest first (nearby.py) ---------------------------------------------------------

    def positions(self, key, read):
        """Where the kind's items are (nearby.Positions), built by `read` once per version.

        `key` names what else the positions depend on (the places' centres, from the
        catalogue's version): another key builds them again.
        """
        with self._lock:
            if self._located is None or self._located[0] != key:
                self._located = (key, read())
            return self._located[1]

    @staticmethod
    def _positions(ordered_ids):
        ids = array("q", ordered_ids)
        # Positions by id, in an array as long as the largest id: far smaller than a dict.
        position = array("q", [len(ids)]) * ((max(ids) + 1) if ids else 0)
        for at, pk in enumerate(ids):
            position[pk] = at
        return ids, position


_snapshots = {}
_snapshots_lock = threading.Lock()


def snapshot(kind):
    """The current sets of `kind`, read again only when their version has moved."""
    version = versions.current(kind)
    held = _snapshots.get(kind)
    if held is not None and held.version == version:
        return held
    with _snapshots_lock:
        held = _snapshots.get(kind)
        if held is None or held.version != version:
            held = _snapshots[kind] = Snapshot(kind, version)
    return held


# A listing's selection --------------------------------------------------------------------


class Selection:
    """The results of a listing's filters, their facet counts and their pages.

    `chosen` maps each active filter's name to its facet key, or to the set of ids it keeps
    when no one key says it ("open now"); `text_ids` are the ids the free text matched (None
    when there is no text). A facet's counts apply every filter but its
    own, so each option says how many results choosing it would give.
    """

    def __init__(self, snapshot, chosen, text_ids=None):
        self.snapshot = snapshot
        self.chosen = dict(chosen)
        self.text_ids = text_ids
        self.results = self.without()

    def without(self, *excluded):
        """The results with every active filter but `excluded`."""
        results = self.snapshot.members(EVERYTHING)
        if self.text_ids is not None:
            results = results & self.text_ids
        for name, key in self.chosen.items():
            if name not in excluded:
                results = results & self.members(key)
        return results

    def members(self, key):
        return key if isinstance(key, BitMap) else self.snapshot.members(key)

    def counts(self, keys, *, without=None):
        """{key: how many results there would be with this option of filter `without`}."""
        base = self.without(without) if without in self.chosen else self.results
        return {key: base.intersection_cardinality(self.members(key)) for key in keys}

    def __len__(self):
        return len(self.results)

    def ordered_ids(self, start, stop, sort, language, read_order=None):
        """The ids of results[start:stop] in the listing's order (see Snapshot.order)."""
        results = self.results
        if start >= len(results) or stop <= start:
            return []
        ids, position = self.snapshot.order(sort, language, read_order)
        if len(results) <= SMALL_RESULTS:
            ordered = sorted(
                results, key=lambda pk: position[pk] if pk < len(position) else len(ids) + pk
            )
            return ordered[start:stop]
        # Many results: walk the whole order, from whichever end is nearer the page.
        if start > len(results) // 2:
            skip = len(results) - stop
            page = _take(reversed(ids), results, skip, stop - start)
            return page[::-1]
        return _take(ids, results, start, stop - start)


def _take(ids, results, skip, count):
    page = []
    for pk in ids:
        if pk in results:
            if skip:
                skip -= 1
                continue
            page.append(pk)
            if len(page) == count:
                break
    return page


class Page:
    """A sequence of a selection's rows for Django's Paginator: only sliced pages are read."""

    def __init__(self, selection, queryset, sort, language, read_order=None):
        self.selection = selection
        self.queryset = queryset
        self.sort = sort
        self.language = language
        self.read_order = read_order

    def __len__(self):
        return len(self.selection)

    def count(self):
        return len(self.selection)

    def __getitem__(self, index):
        if not isinstance(index, slice):
            raise TypeError("a page of a listing is read by slices")
        ids = self.selection.ordered_ids(
            index.start or 0, index.stop or len(self), self.sort, self.language, self.read_order
        )
        rows = self.queryset.in_bulk(ids)
        return [rows[pk] for pk in ids if pk in rows]
