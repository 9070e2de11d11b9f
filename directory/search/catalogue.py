"""The taxonomy in each process's memory: themes, audiences, languages, countries, places.

Every listing shows the themes, audiences and languages as facets and resolves the slugs of
its filters; the coverage and home pages list the same. They change a few times a year, so
each process reads them whole once (a few hundred rows, about 1,700 places) and again only
when their version moves (versions.py): any save or deletion of a theme, audience, language,
country or place moves it (signals.py). The instances are shared by every request of the
process: read them, never change them.
"""

import threading
from dataclasses import dataclass, field

from directory.taxonomy.models import Audience, Country, Language, Place, Theme

from . import versions

PLACE_LEVELS = ["region", "province", "commune", "arrondissement"]


@dataclass
class Catalogue:
    version: object = None
    themes: list = field(default_factory=list)
    audiences: list = field(default_factory=list)
    languages: list = field(default_factory=list)
    countries: list = field(default_factory=list)
    places: list = field(default_factory=list)

    def __post_init__(self):
        self.theme_by_slug = {theme.slug: theme for theme in self.themes}
        self.theme_by_pk = {theme.pk: theme for theme in self.themes}
        self.root_themes = [theme for theme in self.themes if theme.parent_id is None]
        self.theme_children = {}
        for theme in self.themes:
            if theme.parent_id:
                self.theme_children.setdefault(theme.parent_id, []).append(theme)
                theme.parent = self.theme_by_pk[theme.parent_id]
        self.audience_by_slug = {audience.slug: audience for audience in self.audiences}
        self.language_by_code = {language.code: language for language in self.languages}
        self.place_by_slug = {place.slug: place for place in self.places}
        self.place_by_pk = {place.pk: place for place in self.places}
        # {(kind, enclosing place's pk or None): [its places of that kind, by code]}
        self._places_within = {}
        for place in self.places:
            if place.parent_id is not None:
                place.parent = self.place_by_pk[place.parent_id]
            self._places_within.setdefault((place.kind, None), []).append(place)
            for level in PLACE_LEVELS:
                ancestor_id = getattr(place, f"{level}_id")
                if ancestor_id is not None:
                    setattr(place, level, self.place_by_pk[ancestor_id])
                    if ancestor_id != place.pk:
                        self._places_within.setdefault((place.kind, ancestor_id), []).append(place)

    def places_within(self, kind, within=None):
        """The places of `kind` inside the place `within`, or all of them, by code."""
        return self._places_within.get((kind, within.pk if within else None), [])


_held = None
_lock = threading.Lock()


def catalogue():
    """The current taxonomy, read again only when its version has moved."""
    global _held
    version = versions.current(versions.TAXONOMY)
    held = _held
    if held is not None and held.version == version:
        return held
    with _lock:
        if _held is None or _held.version != version:
            _held = read(version)
        return _held


def read(version):
    return Catalogue(
        version=version,
        themes=list(Theme.objects.all()),
        audiences=list(Audience.objects.all()),
        languages=list(Language.objects.all()),
        countries=list(Country.objects.all()),
        places=list(Place.objects.order_by("code")),
    )
