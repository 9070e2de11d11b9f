"""Search across services, organizations, projects and news, on SQLite and PostgreSQL.

The index is written by index.py. A query is folded and stemmed the same
way as the index. Each word must match (AND), as a prefix when it has 3 letters or more, or,
for words of 5 letters or more, as any indexed word one typo away. SQLite answers through an
FTS5 table, PostgreSQL through a GIN-indexed tsvector; both see the same terms, and the best
matches are put in order by one scoring function, so both find the same items.
"""

import re
from dataclasses import dataclass

from django.db import connection, connections, router
from django.db.models.expressions import RawSQL

from directory.common.text import passage
from directory.taxonomy.models import Place

from . import index
from .folding import fold, stem, terms
from .index import TERM_MAX_LENGTH, TYPO_MIN_LENGTH, variants
from .models import SearchEntry, SearchTermVariant

Kind = SearchEntry.Kind

# Words that carry no meaning for a search, folded and stemmed like the query.
STOPWORDS = set(
    terms(
        "le la les l un une des de du d à au aux et ou en dans pour par sur avec sans chez qui que"
        " the a an of for in on at to and or with by from my me i we our is are need help"
        " في من على الى عن مع او و ل ب ما"
    )
)
MAX_QUERY_WORDS = 8
PREFIX_MIN_LENGTH = 3


# Querying ----------------------------------------------------------------------------------


@dataclass
class Query:
    text: str
    # One list of alternatives per query word; an item must match each word's list.
    words: list

    def __bool__(self):
        return bool(self.words)

    def highlight_stems(self):
        """Stems to mark in snippets: each alternative, matched as a prefix."""
        return {alternative for alternatives in self.words for alternative, _ in alternatives}


def parse(text):
    """The query's words, each with its alternatives: (stem, matches_as_prefix) pairs."""
    words = [word for word in terms(text) if word not in STOPWORDS][:MAX_QUERY_WORDS]
    words = list(dict.fromkeys(word[:TERM_MAX_LENGTH] for word in words))
    typo_words = [word for word in words if len(word) >= TYPO_MIN_LENGTH and not word.isdigit()]
    corrections = _corrections(typo_words)
    parsed = []
    for word in words:
        alternatives = [(word, len(word) >= PREFIX_MIN_LENGTH)]
        alternatives += [(correction, False) for correction in corrections.get(word, [])]
        parsed.append(alternatives)
    return Query(text=text, words=parsed)


def _corrections(words):
    """{word: indexed words one typo away} for words the index does not know."""
    if not words:
        return {}
    keys = set()
    for word in words:
        keys |= variants(word)
    rows = SearchTermVariant.objects.filter(variant__in=keys).values_list("variant", "term")
    candidates = {}
    for variant, term in rows:
        candidates.setdefault(term, set()).add(variant)
    corrections = {}
    for word in words:
        if word in candidates:
            continue  # an indexed word: no typo to forgive
        corrections[word] = sorted(term for term in candidates if one_edit_apart(word, term))
    return corrections


def one_edit_apart(a, b):
    """Whether a and b differ by one letter added, removed, changed, or two letters swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            return True
        return (
            len(diffs) == 2
            and diffs[1] == diffs[0] + 1
            and a[diffs[0]] == b[diffs[1]]
            and a[diffs[1]] == b[diffs[0]]
        )
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _reading():
    """The connection the index is read through: a read replica's in a web request that has
    one (directory/db_router.py), as the entries read after the matches are."""
    return connections[router.db_for_read(SearchEntry)]


def _sqlite_match(query, titles_only=False):
    groups = []
    for alternatives in query.words:
        options = [f'"{stem_}"' + ("*" if prefix else "") for stem_, prefix in alternatives]
        groups.append("(" + " OR ".join(options) + ")")
    match = " AND ".join(groups)
    return f"title_terms : ({match})" if titles_only else match


def _postgres_tsquery(query):
    def term(stem_, prefix):
        return f"'{stem_}'" + (":*" if prefix else "")

    groups = []
    for alternatives in query.words:
        groups.append(
            "(" + " | ".join(term(stem_, prefix) for stem_, prefix in alternatives) + ")"
        )
    return " & ".join(groups)


def _matching_sql(query, kinds, *, titles_only=False):
    """SQL selecting (entry id, kind, object id) of the matching entries, in no set order."""
    kind_list = ", ".join(["%s"] * len(kinds))
    if connection.vendor == "sqlite":
        # CROSS JOIN makes SQLite read the full-text matches first and look their entries
        # up by id; with a plain JOIN it may walk every entry of the kind and run the match
        # once per entry (minutes at national scale).
        sql = (
            "SELECT e.id, e.kind, e.object_id FROM directory_searchentry_fts"
            " CROSS JOIN directory_searchentry e ON e.id = directory_searchentry_fts.rowid"
            f" WHERE directory_searchentry_fts MATCH %s AND e.kind IN ({kind_list})"
        )
        return sql, [_sqlite_match(query, titles_only), *kinds]
    # Stored tsvector columns with GIN indexes (migration 0002).
    column = "title_document" if titles_only else "document"
    sql = (
        "SELECT e.id, e.kind, e.object_id FROM directory_searchentry e"
        f" WHERE e.{column} @@ to_tsquery('simple', %s) AND e.kind IN ({kind_list})"
    )
    return sql, [_postgres_tsquery(query), *kinds]


@dataclass
class Matches:
    """What a query found: how many (up to MAX_RESULTS + 1) and the best, ranked."""

    total: int
    kinds: list  # the kind of each match counted in `total`
    ranked: list  # [(kind, object id, place id), ...], best first, at most MAX_RESULTS

    @property
    def capped(self):
        return self.total > MAX_RESULTS


def find(query, *, kinds=tuple(Kind.values)):
    """The matches of a parsed query, in three queries whatever their number.

    The first MAX_RESULTS + 1 matches give the count; they and the first MAX_RESULTS items
    whose title matches are the candidates, which `score` puts in order the same way on
    every database, so SQLite and PostgreSQL agree. Where fewer items match, that is every
    match; where more match (a common word in a national directory), title matches come
    first and no query ranks the whole table.
    """
    if not query:
        return Matches(total=0, kinds=[], ranked=[])
    everything_sql, everything_params = _matching_sql(query, list(kinds))
    titles_sql, titles_params = _matching_sql(query, list(kinds), titles_only=True)
    with _reading().cursor() as cursor:
        cursor.execute(f"{everything_sql} LIMIT %s", [*everything_params, MAX_RESULTS + 1])
        everything = cursor.fetchall()
        cursor.execute(f"{titles_sql} LIMIT %s", [*titles_params, MAX_RESULTS])
        titles = cursor.fetchall()
    candidates = {entry_id for entry_id, _kind, _object in titles + everything[:MAX_RESULTS]}
    rows = SearchEntry.objects.filter(pk__in=candidates).values_list(
        "kind", "object_id", "place_id", "title_terms", "terms"
    )
    ranked = sorted(rows, key=lambda row: score(query, row))[:MAX_RESULTS]
    return Matches(
        total=len(everything),
        kinds=[kind for _id, kind, _object in everything],
        ranked=[(kind, object_id, place_id) for kind, object_id, place_id, *_terms in ranked],
    )


# Results a query can page through, and where its count stops ("more than 200 results").
MAX_RESULTS = 200
# Residents mostly look for a service they can use, then for who provides it.
KIND_ORDER = [Kind.SERVICE, Kind.ORGANIZATION, Kind.PROJECT, Kind.NEWS]


def score(query, row):
    """A sort key, best first: query words found in the title count most, then in the text."""
    kind, object_id, _place, title_terms, terms_ = row
    title, body = title_terms.split(), terms_.split()
    total = 0.0
    for alternatives in query.words:
        best = 0.0
        for stem_, prefix in alternatives:

            def matches(term, stem_=stem_, prefix=prefix):
                return term.startswith(stem_) if prefix else term == stem_

            if stem_ in title:
                best = max(best, 4.0)
            elif any(matches(term) for term in title):
                best = max(best, 3.0)
            else:
                found = sum(1 for term in body if matches(term))
                if found:
                    best = max(best, 1.0 + min(found, 5) * 0.1)
        total += best
    return (-total, KIND_ORDER.index(kind), len(title), object_id)


def matching_ids(kind, query):
    """A subquery of the ids of the items of one kind that match: for the listings' q filter."""
    sql, params = _matching_sql(query, [kind])
    return RawSQL(f"SELECT object_id FROM ({sql}) AS matches", params)


def matching_id_list(kind, query, limit):
    """The ids of at most `limit` items of one kind that match, in no set order."""
    sql, params = _matching_sql(query, [kind])
    with _reading().cursor() as cursor:
        cursor.execute(f"SELECT object_id FROM ({sql}) AS matches LIMIT %s", [*params, limit])
        return [object_id for (object_id,) in cursor.fetchall()]


def places_by_id(place_ids):
    return Place.objects.in_bulk([place_id for place_id in place_ids if place_id])


# Snippets ----------------------------------------------------------------------------------


def snippet(text, query, width=180):
    """A piece of `text` around the first matched word, as (before, match, after, ...) parts.

    Returns a list of (text, is_match) pairs for the template to escape and mark.
    """

    stems = query.highlight_stems()
    tokens = list(re.finditer(r"[^\W_]+", text))
    matched = [
        token
        for token in tokens
        if any(stem(fold(token.group()))[: len(s)] == s and len(s) >= 2 for s in stems)
    ]
    start = 0
    if matched:
        start = max(0, matched[0].start() - width // 3)
        while start > 0 and not text[start - 1].isspace():
            start -= 1
    end = min(len(text), start + width)
    while end < len(text) and not text[end].isspace():
        end += 1
    parts = [("…", False)] if start > 0 else []
    position = start
    for token in matched:
        if token.start() < start or token.end() > end:
            continue
        parts.append((text[position : token.start()], False))
        parts.append((token.group(), True))
        position = token.end()
    parts.append((text[position:end], False))
    if end < len(text):
        parts.append(("…", False))
    return parts


def count_by_kind(matches):
    """[(kind, number of matches)] for the result-type links; empty when the count stopped."""
    if matches.capped:
        return [(kind, None) for kind in KIND_ORDER]
    return [(kind, matches.kinds.count(kind)) for kind in KIND_ORDER if kind in matches.kinds]


@dataclass
class Result:
    kind: str
    object: object
    place: object
    snippet: list

    @property
    def kind_label(self):
        return Kind(self.kind).label


class SearchResults:
    """The matches of a query as a sequence the Paginator can count and slice."""

    def __init__(self, query, kinds):
        self.query = query
        self.kinds = kinds

    @property
    def matches(self):
        if not hasattr(self, "_matches"):
            self._matches = find(self.query, kinds=self.kinds)
        return self._matches

    def count(self):
        return min(self.matches.total, MAX_RESULTS)

    def __getitem__(self, page):
        return self.matches.ranked[page]

    def hydrate(self, rows):
        """Results with their objects, places and snippets, in a fixed number of queries."""
        rows = list(rows)
        objects = {}
        for document in index.documents():
            kind = document.kind
            ids = [object_id for row_kind, object_id, _place in rows if row_kind == kind]
            objects[kind] = document.shown().in_bulk(ids) if ids else {}
        snippet_fields = {document.kind: document.snippet_fields for document in index.documents()}
        places = places_by_id(place_id for _kind, _id, place_id in rows)
        results = []
        for kind, object_id, place_id in rows:
            obj = objects[kind].get(object_id)
            if obj is None:
                continue
            fields = snippet_fields[kind]
            texts = [passage(obj, field).text for field in fields]
            text = next((t for t in texts if snippet_has_match(t, self.query)), texts[0])
            results.append(Result(kind, obj, places.get(place_id), snippet(text, self.query)))
        return results


def snippet_has_match(text, query):
    return any(is_match for _part, is_match in snippet(text, query))
