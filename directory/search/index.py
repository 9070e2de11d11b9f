"""Writing the search index: one SearchEntry per published item of every registered document.

Each app registers the kinds of items it publishes (organizations/search.py, projects/search.py):
how to build their entries, what a result shows, and which other saves change them. This
module keeps the entries in step with every save, publish, unpublish, delete and tag change.

An entry's `terms` are the folded, stemmed words (folding.py) of everything that describes the
item in the three languages: its texts, its organization's name, the names and synonyms of its
themes and audiences, its languages and the names of its places. A word in one language thus
finds what is tagged in another, and a place name finds what is there.

Entries are built in bulk from plain column values, with the words of the taxonomy and of the
places read once per batch (`Vocabulary`). A save only notes what it changes; the batch is
written when the outermost `deferred()` block ends (an approval, a merge, an import, a load),
or at once for a save outside any. Either way a save costs the same few queries however many
services, places or themes there are. The index lives in the same database, inside the same
transaction: when the write rolls back, so does its index.
"""

import functools
import threading
from collections import defaultdict
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass

from django.db import connection, transaction
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from pyroaring import BitMap

from directory.common.text import fallback_order, language_codes, translated_columns
from directory.taxonomy.models import Audience, Country, Language, Place, Theme

from . import facet_sets, versions
from .folding import fold, terms
from .models import FacetSet, SearchEntry, SearchTermVariant

TYPO_MIN_LENGTH = 5
TERM_MAX_LENGTH = 64


@functools.lru_cache(maxsize=50_000)
def stems(text):
    """The index words of a text, space-separated (cached: taxonomy texts recur endlessly)."""
    return " ".join(term[:TERM_MAX_LENGTH] for term in terms(text or ""))


def join(*parts):
    return " ".join(part for part in parts if part)


def variants(term):
    """The term and its one-letter deletions: the keys of the typo dictionary."""
    return {term} | {term[:i] + term[i + 1 :] for i in range(len(term))}


def typo_words(entries):
    """The entries' words that the typo dictionary covers: five letters or more, not numbers."""
    words = set()
    for entry in entries:
        words.update(entry.title_terms.split())
        words.update(entry.terms.split())
    return {word for word in words if len(word) >= TYPO_MIN_LENGTH and not word.isdigit()}


def variant_rows(words):
    return [
        SearchTermVariant(variant=variant, term=word)
        for word in words
        for variant in variants(word)
    ]


def unknown_words(words, chunk_size=5000):
    """The words the typo dictionary lacks (a known word has the row word → word)."""
    if not words:
        return set()
    words = sorted(words)
    known = set()
    for start in range(0, len(words), chunk_size):
        chunk = words[start : start + chunk_size]
        rows = SearchTermVariant.objects.filter(variant__in=chunk, term=F("variant"))
        known.update(rows.values_list("term", flat=True))
    return set(words) - known


# What each app registers -------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """A kind of published item the search finds, as its app registers it.

    `entries(vocabulary, ids)` builds the SearchEntry of each published item among `ids`;
    `shown()` is the queryset results are read from; `snippet_fields` are the texts a
    result quotes; `dependents(instance)` names what else a save of `model` changes, as
    (kind, ids or a queryset of ids) pairs, read when the batch is written.
    """

    kind: str
    model: type
    entries: Callable
    shown: Callable
    snippet_fields: tuple


_documents = {}


def register(document):
    """Make `document` searchable: its saves, deletes and tag changes keep the index current."""
    _documents[document.kind] = document
    model = document.model
    post_save.connect(_saved, sender=model, dispatch_uid=f"search-saved-{document.kind}")
    post_delete.connect(_saved, sender=model, dispatch_uid=f"search-deleted-{document.kind}")
    for field in model._meta.many_to_many:
        m2m_changed.connect(
            _tags_changed,
            sender=field.remote_field.through,
            dispatch_uid=f"search-tags-{document.kind}-{field.name}",
        )


def register_dependents(model, dependents):
    """When a `model` row is saved or deleted, `dependents(instance)` is indexed too:
    e.g. a location's organization and services, an organization's news."""
    _dependents[model].append(dependents)
    uid = f"search-dependents-{model._meta.label}-{len(_dependents[model])}"
    if len(_dependents[model]) == 1:
        post_save.connect(_dependent_saved, sender=model, dispatch_uid=uid)
        post_delete.connect(_dependent_saved, sender=model, dispatch_uid=f"{uid}-deleted")


_dependents = defaultdict(list)


def documents():
    """The registered documents, in the order results of equal score are shown."""
    return list(_documents.values())


def document_of(model):
    return next((d for d in _documents.values() if d.model is model), None)


def _saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    with deferred():  # the item and what depends on it, with one vocabulary
        index(document_of(sender).kind, [instance.pk])
        _index_dependents(sender, instance)


def _dependent_saved(sender, instance, raw=False, **kwargs):
    if not raw and document_of(sender) is None:  # a document's own handler does it
        with deferred():
            _index_dependents(sender, instance)


def _index_dependents(model, instance):
    for dependents in _dependents.get(model, []):
        for kind, ids in dependents(instance):
            index(kind, ids)


def _tags_changed(sender, instance, action, reverse, model, pk_set, **kwargs):
    """Themes, audiences, languages, places or partners added to or removed from items."""
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if not reverse:
        document = document_of(type(instance))
        index(document.kind, [instance.pk])
    elif pk_set and document_of(model):
        index(document_of(model).kind, pk_set)


def index_tagged_with(tag):
    """A renamed theme or audience: every item tagged with it is indexed again."""
    with deferred():
        _index_tagged_with(tag)


def _index_tagged_with(tag):
    for document in documents():
        for field in document.model._meta.many_to_many:
            if field.related_model is type(tag):
                tagged = document.model.objects.filter(**{field.name: tag})
                index(document.kind, tagged.values_list("pk", flat=True))


# The words of the taxonomy and the places, read once per batch ---------------------------


class Vocabulary:
    """The index words of themes, audiences, languages, countries and places.

    The small vocabularies are read whole the first time a batch needs them; places are read
    for the items of the batch only (with their enclosing places, in one query), so a batch's
    cost follows its items, not the 1,600 places of Morocco.
    """

    def __init__(self):
        self._places = {}
        self._districts = {}
        self._place_keys = {}

    @staticmethod
    def text_of(obj, *fields):
        return join(*[stems(getattr(obj, column)) for column in translated_columns(*fields)])

    @staticmethod
    def row_text(row, *fields, prefix=""):
        return join(*[stems(row[prefix + column]) for column in translated_columns(*fields)])

    @staticmethod
    def pairs(through, owner, target, owner_ids):
        """{owner id: [target ids]} from a many-to-many through table (or any foreign key)."""
        result = defaultdict(list)
        rows = through.objects.filter(**{f"{owner}__in": owner_ids}).values_list(owner, target)
        for owner_id, target_id in rows.order_by(owner, "pk"):
            result[owner_id].append(target_id)
        return result

    @functools.cached_property
    def _themes(self):
        return {theme.pk: theme for theme in Theme.objects.all()}

    @functools.cached_property
    def themes(self):
        themes = self._themes
        return {
            pk: join(
                self.text_of(theme, "name", "synonyms"),
                self.text_of(themes[theme.parent_id], "name", "synonyms")
                if theme.parent_id
                else "",
            )
            for pk, theme in themes.items()
        }

    @functools.cached_property
    def audiences(self):
        return {a.pk: self.text_of(a, "name", "synonyms") for a in Audience.objects.all()}

    @functools.cached_property
    def languages(self):
        return {language.pk: self.text_of(language, "name") for language in Language.objects.all()}

    @functools.cached_property
    def countries(self):
        return {country.pk: self.text_of(country, "name") for country in Country.objects.all()}

    def load_places(self, place_ids=None):
        """Read these places (all when None) with their region, province and commune."""
        known = self._places
        missing = None if place_ids is None else {pk for pk in place_ids if pk not in known}
        if missing is not None:
            missing.discard(None)
        if missing is not None and not missing:
            return
        places = Place.objects.select_related("region", "province", "commune", "arrondissement")
        if missing is not None:
            places = places.filter(pk__in=missing)
        for place in places:
            chain = [place.region, place.province, place.commune, place.arrondissement, place]
            own = {
                each.pk: join(self.text_of(each, "name"), stems(each.aliases))
                for each in chain
                if each is not None
            }
            self._places[place.pk] = join(*own.values())
            self._districts[place.pk] = place.arrondissement_id or place.commune_id or place.pk
            levels = [
                place.region_id,
                place.province_id,
                place.commune_id,
                place.arrondissement_id,
            ]
            self._place_keys[place.pk] = {f"place:{pk}" for pk in levels if pk is not None}

    def places(self, place_ids):
        self.load_places(place_ids)
        return join(*[self._places[pk] for pk in place_ids])

    def tags(self, vocabulary, ids):
        return join(*[vocabulary[pk] for pk in ids])

    # Facet keys and sort names, for the listings (facet_sets.py) ----------------------------

    def theme_keys(self, theme_ids):
        """An item tagged with a theme is found under it and under its broader theme."""
        keys = set()
        for pk in theme_ids:
            keys.add(f"theme:{pk}")
            if parent := self._themes[pk].parent_id:
                keys.add(f"theme:{parent}")
        return keys

    def place_keys(self, place_ids):
        """An item at a place is found under the place and every place that encloses it."""
        self.load_places(place_ids)
        return set().union(*[self._place_keys[pk] for pk in place_ids])

    @staticmethod
    def tag_keys(facet, ids):
        return {f"{facet}:{pk}" for pk in ids}

    @staticmethod
    def sort_names(row, field="name"):
        """{sort_name_ar: ..., ...}: the name a reader of each language sees, folded."""
        names = {}
        for code in language_codes():
            shown = next(
                (
                    row[f"{field}_{each}"]
                    for each in fallback_order(code)
                    if row[f"{field}_{each}"]
                ),
                "",
            )
            names[f"sort_name_{code}"] = fold(shown)[:200]
        return names

    def entry(
        self,
        kind,
        pk,
        title,
        body,
        place_ids,
        *,
        facets=None,
        row=None,
        updated_at=None,
        sort_field="name",
    ):
        """The entry of one item; its place is the district of its first place.

        Items with a listing give their facet keys, the row holding their names (its
        `sort_field` columns), and when they last changed.
        """
        self.load_places(place_ids)
        district = self._districts[place_ids[0]] if place_ids else None
        listed = {}
        if facets is not None:
            listed = {
                "facets": " ".join(sorted(facets)),
                **self.sort_names(row, sort_field),
                "updated_at": updated_at,
            }
        return SearchEntry(
            kind=kind, object_id=pk, title_terms=title, terms=body, place_id=district, **listed
        )


# Keeping the index current ---------------------------------------------------------------

_state = threading.local()


@contextmanager
def deferred():
    """Within this block, items to index are collected and indexed once at its end.

    For writes that save many related rows (an approval, a merge, an import, load_demo): each
    save would otherwise index the organization and all its services again.
    """
    if getattr(_state, "pending", None) is not None:
        yield  # already deferred by an enclosing block
        return
    _state.pending = defaultdict(list)
    try:
        yield
    finally:
        pending, _state.pending = _state.pending, None
    write(pending)


def index_written(model, *, created=(), changed=()):
    """What saving these records would index, for writes in bulk (an import), which send no
    signals: each record of a document, and what depends on the changed ones (nothing
    depends on a new document yet; a new location changes its organization). Dependents cost
    their queries for each record."""
    with deferred():
        document = document_of(model)
        if document is not None:
            index(document.kind, [record.pk for record in [*created, *changed]])
        for record in [*changed, *(created if document is None else ())]:
            _index_dependents(model, record)


def index(kind, object_ids):
    """Bring the entries of these items up to date: written if published, removed if not.

    `object_ids` is a list of ids or a `values_list(..., flat=True)` queryset, read when the
    batch is written.
    """
    pending = getattr(_state, "pending", None)
    if pending is not None:
        pending[kind].append(object_ids)
        return
    write({kind: [object_ids]})


def write(pending, batch_size=2000):
    """Write the entries of {kind: [ids or querysets of ids]}, one vocabulary for all."""
    vocabulary = Vocabulary()
    changes = facet_sets.Changes()
    with transaction.atomic():
        for kind, id_lists in pending.items():
            object_ids = sorted({pk for ids in id_lists for pk in ids})
            for start in range(0, len(object_ids), batch_size):
                batch = object_ids[start : start + batch_size]
                entries = _documents[kind].entries(vocabulary, batch)
                written = SearchEntry.objects.filter(kind=kind, object_id__in=batch)
                changes.note(
                    kind,
                    old=dict(written.values_list("object_id", "facets")),
                    new={entry.object_id: entry.facets for entry in entries},
                )
                written.delete()
                SearchEntry.objects.bulk_create(entries)
                new_words = unknown_words(typo_words(entries))
                SearchTermVariant.objects.bulk_create(
                    variant_rows(new_words), ignore_conflicts=True
                )
        changes.save()


# Writing many new entries at once ---------------------------------------------------------


def insert_entries(entries, batch_size=1000):
    """INSERT new entries, many rows to a statement, without bulk_create's work on each
    field of each row, which took as long as building the entries. (One row per statement,
    as executemany runs them, is several times slower on SQLite, whose full-text trigger
    then runs once per statement.)"""
    fields = [field for field in SearchEntry._meta.concrete_fields if not field.primary_key]
    updated_at = SearchEntry._meta.get_field("updated_at")
    quote = connection.ops.quote_name
    columns = ", ".join(quote(field.column) for field in fields)
    row = f"({', '.join(['%s'] * len(fields))})"
    with connection.cursor() as cursor:
        for start in range(0, len(entries), batch_size):
            batch = entries[start : start + batch_size]
            params = [
                updated_at.get_db_prep_save(entry.updated_at, connection)
                if field is updated_at
                else getattr(entry, field.attname)
                for entry in batch
                for field in fields
            ]
            cursor.execute(
                f"INSERT INTO {quote(SearchEntry._meta.db_table)} ({columns})"  # noqa: S608
                f" VALUES {', '.join([row] * len(batch))}",
                params,
            )


class Bulk:
    """Entries for many items that have none yet, written batch after batch: a rebuild, or
    generate_demo indexing what it has just inserted.

    One vocabulary for every batch; each batch's entries inserted in one statement; each new
    word's typo variants written once; the facet sets gathered in memory as bitmaps and
    written once, by `finish`, in place of a read and a write of every set per batch.
    """

    def __init__(self):
        self.vocabulary = Vocabulary()
        self.written_words = set()
        self.members = defaultdict(lambda: defaultdict(BitMap))

    def add(self, kind, object_ids):
        """Index these items, none of which has an entry yet; returns how many are published."""
        entries = _documents[kind].entries(self.vocabulary, object_ids)
        insert_entries(entries)
        words = typo_words(entries) - self.written_words
        self.written_words |= words
        SearchTermVariant.objects.bulk_create(
            variant_rows(words), batch_size=5000, ignore_conflicts=True
        )
        sets = self.members[kind]
        for entry in entries:
            for key in facet_sets.keys_of(entry.facets):
                sets[key].add(entry.object_id)
        return len(entries)

    def finish(self):
        """Add the gathered items to the stored facet sets and move their versions."""
        for kind, sets in self.members.items():
            if sets:
                facet_sets.save_sets(kind, set(sets), sets, {})
        self.members.clear()


def rebuild(batch_size=5000, progress=None):
    """Index every published item again, from scratch, in one transaction.

    `progress(kind, done, total)` is called after each batch.
    """
    bulk = Bulk()
    bulk.vocabulary.load_places()
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchTermVariant.objects.all().delete()
        FacetSet.objects.all().delete()
        for document in documents():
            published = document.model.objects.published().order_by("pk")
            ids = list(published.values_list("pk", flat=True))
            for start in range(0, len(ids), batch_size):
                batch = ids[start : start + batch_size]
                bulk.add(document.kind, batch)
                if progress:
                    progress(document.kind, start + len(batch), len(ids))
            versions.move(document.kind)  # the sets of a kind without listings, too
        bulk.finish()
