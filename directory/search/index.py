"""Writing the search index: one SearchEntry per published service, organization, project
and news item.

An entry's `terms` are the folded, stemmed words (folding.py) of everything that
describes the item in the three languages: its texts, its organization's name, the names and
synonyms of its themes and audiences, its languages and the names of its places. A word in one
language thus finds what is tagged in another, and a place name finds what is there.

Entries are built in bulk from plain column values: the taxonomy's and the places' words are
folded once per run, not once per item, so the whole index of a national directory can be
rebuilt in minutes. `index()` follows every save (directory/signals.py); `rebuild()`
(manage.py rebuild_search_index) redoes everything.
"""

import functools
import threading
from collections import defaultdict
from contextlib import contextmanager

from django.db import transaction

from directory.common.text import language_codes
from directory.taxonomy.models import Audience, Country, Language, Place, Theme

from .folding import terms
from .models import SearchEntry, SearchTermVariant

Kind = SearchEntry.Kind
TYPO_MIN_LENGTH = 5
TERM_MAX_LENGTH = 64


@functools.lru_cache(maxsize=50_000)
def stems(text):
    """The index words of a text, space-separated (cached: taxonomy texts recur endlessly)."""
    return " ".join(term[:TERM_MAX_LENGTH] for term in terms(text or ""))


def columns(*fields):
    """The per-language columns of translated fields: name_ar, name_fr, name_en, ..."""
    return [f"{field}_{code}" for field in fields for code in language_codes()]


def join(*parts):
    return " ".join(part for part in parts if part)


def variants(term):
    """The term and its one-letter deletions: the keys of the typo dictionary."""
    return {term} | {term[:i] + term[i + 1 :] for i in range(len(term))}


def variant_rows(entries, known=None):
    """Typo-dictionary rows for the entries' words; `known` words (already written) are skipped
    and the new ones added to it."""
    words = set()
    for entry in entries:
        words.update(entry.title_terms.split())
        words.update(entry.terms.split())
    if known is not None:
        words -= known
        known |= words
    return [
        SearchTermVariant(variant=variant, term=word)
        for word in words
        if len(word) >= TYPO_MIN_LENGTH and not word.isdigit()
        for variant in variants(word)
    ]


class Documents:
    """Builds the entries of many items at once, reading plain values, not model instances."""

    def __init__(self):
        themes = {theme.pk: theme for theme in Theme.objects.all()}
        self.themes = {
            pk: join(
                self.text_of(theme, "name", "synonyms"),
                self.text_of(themes[theme.parent_id], "name", "synonyms")
                if theme.parent_id
                else "",
            )
            for pk, theme in themes.items()
        }
        self.audiences = {
            a.pk: self.text_of(a, "name", "synonyms") for a in Audience.objects.all()
        }
        self.languages = {lang.pk: self.text_of(lang, "name") for lang in Language.objects.all()}
        self.countries = {c.pk: self.text_of(c, "name") for c in Country.objects.all()}
        places = {place.pk: place for place in Place.objects.all()}
        own = {
            pk: join(self.text_of(place, "name"), stems(place.aliases))
            for pk, place in places.items()
        }
        self.places = {}
        self.districts = {}
        for pk, place in places.items():
            chain = [place.region_id, place.province_id, place.commune_id, place.arrondissement_id]
            self.places[pk] = join(
                *[own[ancestor] for ancestor in dict.fromkeys(chain) if ancestor]
            )
            self.districts[pk] = place.arrondissement_id or place.commune_id or pk

    @staticmethod
    def text_of(obj, *fields):
        return join(*[stems(getattr(obj, column)) for column in columns(*fields)])

    @staticmethod
    def row_text(row, *fields):
        return join(*[stems(row[column]) for column in columns(*fields)])

    @staticmethod
    def pairs(through, owner, target, owner_ids):
        """{owner id: [target ids]} from a many-to-many through table."""
        result = defaultdict(list)
        rows = through.objects.filter(**{f"{owner}__in": owner_ids}).values_list(owner, target)
        for owner_id, target_id in rows.order_by(owner, "pk"):
            result[owner_id].append(target_id)
        return result

    def tags(self, vocabulary, ids):
        return join(*[vocabulary[pk] for pk in ids])

    def entries(self, kind, object_ids):
        build = {
            Kind.SERVICE: self.services,
            Kind.ORGANIZATION: self.organizations,
            Kind.PROJECT: self.projects,
            Kind.NEWS: self.news,
        }[kind]
        return build(list(object_ids))

    def services(self, ids):
        from organizations.models import Location, Service

        rows = (
            Service.objects.published()
            .filter(pk__in=ids)
            .values(
                "pk",
                "organization__acronym",
                *columns("name", "summary", "description", "eligibility", "how_to_access"),
                *[f"organization__{column}" for column in columns("name")],
            )
        )
        rows = list(rows)
        found = [row["pk"] for row in rows]
        themes = self.pairs(Service.themes.through, "service_id", "theme_id", found)
        audiences = self.pairs(Service.audiences.through, "service_id", "audience_id", found)
        languages = self.pairs(Service.languages.through, "service_id", "language_id", found)
        locations = self.pairs(Service.locations.through, "service_id", "location_id", found)
        place_of = dict(
            Location.objects.filter(
                pk__in=[pk for location_ids in locations.values() for pk in location_ids]
            ).values_list("pk", "place_id")
        )
        entries = []
        for row in rows:
            pk = row["pk"]
            place_ids = [place_of[location] for location in locations[pk]]
            body = join(
                self.row_text(row, "summary", "description", "eligibility", "how_to_access"),
                join(*[stems(row[f"organization__{column}"]) for column in columns("name")]),
                stems(row["organization__acronym"]),
                self.tags(self.themes, themes[pk]),
                self.tags(self.audiences, audiences[pk]),
                self.tags(self.languages, languages[pk]),
                self.tags(self.places, place_ids),
            )
            entries.append(
                self.entry(Kind.SERVICE, pk, self.row_text(row, "name"), body, place_ids)
            )
        return entries

    def organizations(self, ids):
        from organizations.models import Location, Organization

        rows = list(
            Organization.objects.published()
            .filter(pk__in=ids)
            .values("pk", "acronym", *columns("name", "summary", "description", "mission"))
        )
        found = [row["pk"] for row in rows]
        through = Organization
        themes = self.pairs(through.themes.through, "organization_id", "theme_id", found)
        audiences = self.pairs(through.audiences.through, "organization_id", "audience_id", found)
        languages = self.pairs(through.languages.through, "organization_id", "language_id", found)
        locations = self.pairs(Location, "organization_id", "place_id", found)
        entries = []
        for row in rows:
            pk = row["pk"]
            body = join(
                self.row_text(row, "summary", "description", "mission"),
                self.tags(self.themes, themes[pk]),
                self.tags(self.audiences, audiences[pk]),
                self.tags(self.languages, languages[pk]),
                self.tags(self.places, locations[pk]),
            )
            title = join(self.row_text(row, "name"), stems(row["acronym"]))
            entries.append(self.entry(Kind.ORGANIZATION, pk, title, body, locations[pk]))
        return entries

    def projects(self, ids):
        from projects.models import Objective, Participation, Project

        rows = list(
            Project.objects.published()
            .filter(pk__in=ids)
            .values("pk", *columns("title", "summary", "description"))
        )
        found = [row["pk"] for row in rows]
        themes = self.pairs(Project.themes.through, "project_id", "theme_id", found)
        audiences = self.pairs(Project.audiences.through, "project_id", "audience_id", found)
        regions = self.pairs(Project.regions.through, "project_id", "place_id", found)
        countries = self.pairs(Project.countries.through, "project_id", "country_id", found)
        objectives = defaultdict(list)
        for row in Objective.objects.filter(project_id__in=found).values(
            "project_id", *columns("text")
        ):
            objectives[row["project_id"]].append(self.row_text(row, "text"))
        organizations = defaultdict(list)
        participations = Participation.objects.filter(project_id__in=found).values(
            "project_id", *[f"organization__{column}" for column in columns("name")]
        )
        for row in participations:
            names = [stems(row[f"organization__{column}"]) for column in columns("name")]
            organizations[row["project_id"]].append(join(*names))
        entries = []
        for row in rows:
            pk = row["pk"]
            body = join(
                self.row_text(row, "summary", "description"),
                *objectives[pk],
                *organizations[pk],
                self.tags(self.themes, themes[pk]),
                self.tags(self.audiences, audiences[pk]),
                self.tags(self.places, regions[pk]),
                self.tags(self.countries, countries[pk]),
            )
            entries.append(self.entry(Kind.PROJECT, pk, self.row_text(row, "title"), body, []))
        return entries

    def news(self, ids):
        from organizations.models import NewsItem

        rows = (
            NewsItem.objects.published()
            .filter(pk__in=ids)
            .values(
                "pk",
                *columns("title", "summary", "body"),
                *[f"organization__{column}" for column in columns("name")],
            )
        )
        entries = []
        for row in rows:
            body = join(
                self.row_text(row, "summary", "body"),
                *[stems(row[f"organization__{column}"]) for column in columns("name")],
            )
            entries.append(self.entry(Kind.NEWS, row["pk"], self.row_text(row, "title"), body, []))
        return entries

    def entry(self, kind, pk, title, body, place_ids):
        district = self.districts[place_ids[0]] if place_ids else None
        return SearchEntry(
            kind=kind, object_id=pk, title_terms=title, terms=body, place_id=district
        )


# Keeping the index current ---------------------------------------------------------------

_state = threading.local()


@contextmanager
def deferred():
    """Within this block, items to index are collected and indexed once at its end.

    For loads that save many related rows (load_demo): each save would otherwise re-index
    the organization and all its services again.
    """
    if getattr(_state, "pending", None) is not None:
        yield  # already deferred by an enclosing block
        return
    _state.pending = defaultdict(set)
    try:
        yield
    finally:
        pending, _state.pending = _state.pending, None
    for kind, object_ids in pending.items():
        index(kind, object_ids)


def index(kind, object_ids, batch_size=2000, documents=None):
    """Bring the entries of these items up to date: written if published, removed if not."""
    object_ids = list(object_ids)
    pending = getattr(_state, "pending", None)
    if pending is not None:
        pending[kind].update(object_ids)
        return
    if not object_ids:
        return
    documents = documents or Documents()
    for start in range(0, len(object_ids), batch_size):
        batch = object_ids[start : start + batch_size]
        entries = documents.entries(kind, batch)
        with transaction.atomic():
            SearchEntry.objects.filter(kind=kind, object_id__in=batch).delete()
            SearchEntry.objects.bulk_create(entries)
            SearchTermVariant.objects.bulk_create(variant_rows(entries), ignore_conflicts=True)


def published_ids(kind):
    from organizations.models import NewsItem, Organization, Service
    from projects.models import Project

    model = {
        Kind.SERVICE: Service,
        Kind.ORGANIZATION: Organization,
        Kind.PROJECT: Project,
        Kind.NEWS: NewsItem,
    }[kind]
    return list(model.objects.published().order_by("pk").values_list("pk", flat=True))


def rebuild(batch_size=5000, progress=None):
    """Index every published item again, from scratch."""
    documents = Documents()
    known_words = set()
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        SearchTermVariant.objects.all().delete()
        for kind in Kind:
            ids = published_ids(kind)
            for start in range(0, len(ids), batch_size):
                entries = documents.entries(kind, ids[start : start + batch_size])
                SearchEntry.objects.bulk_create(entries, batch_size=1000)
                SearchTermVariant.objects.bulk_create(
                    variant_rows(entries, known_words), batch_size=5000, ignore_conflicts=True
                )
            if progress:
                progress(kind, len(ids))
