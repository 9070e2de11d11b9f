"""The taxonomy in each process's memory: themes, audiences, languages, countries, places,
and the emergency numbers and hotlines every page's footer lists.

Every listing shows the themes, audiences and languages as facets and resolves the slugs of
its filters; the coverage and home pages list the same. They change a few times a year, so
each process reads them whole once (a few hundred rows, about 1,700 places) and again only
when their version moves (versions.py): any save or deletion of a theme, audience, language,
country, place or hotline moves it (signals.py). The instances are shared by every request
of the process: read them, never change them. The calendar of seasons and public holidays
(opening hours) comes with them.
"""

import threading
from dataclasses import dataclass, field

from django.db.models import IntegerField, Value

from directory.taxonomy.models import (
    Audience,
    Country,
    Hotline,
    Language,
    Place,
    PublicHoliday,
    SeasonDates,
    Theme,
)
from directory.taxonomy.opening import Calendar

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
    # The seasons' dates and public holidays, for opening hours (taxonomy/opening.py).
    calendar: Calendar = field(default_factory=Calendar)
    hotlines: list = field(default_factory=list)

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
        self.country_by_code = {country.code: country for country in self.countries}
        self.place_by_slug = {place.slug: place for place in self.places}
        self.place_by_pk = {place.pk: place for place in self.places}
        # {model: {pk: instance}}, in each model's own order, for fill_taxonomy().
        self.by_pk = {
            Theme: self.theme_by_pk,
            Audience: {audience.pk: audience for audience in self.audiences},
            Language: {language.pk: language for language in self.languages},
            Country: {country.pk: country for country in self.countries},
            Place: self.place_by_pk,
        }
        # {model: {pk: its place in the model's order}}, to sort what fill_taxonomy() finds.
        self.position = {
            model: {pk: at for at, pk in enumerate(by_pk)} for model, by_pk in self.by_pk.items()
        }
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
        calendar=Calendar(
            seasons=list(SeasonDates.objects.values_list("season", "first_day", "last_day")),
            holidays={holiday.date: holiday for holiday in PublicHoliday.objects.all()},
        ),
        hotlines=list(Hotline.objects.all()),
    )


def fill_taxonomy(*groups):
    """Load taxonomy relations of several instances in one query, as prefetch_related would.

    Each group is (instances of one model, names of their many-to-many fields to themes,
    audiences, languages, countries or places), e.g. ([organization], ["themes", "audiences"]).
    Where prefetch_related reads each relation with a join to its table (a query each), this
    reads only the links, from every through table at once, and takes the themes or
    audiences themselves from the catalogue. Afterwards `instance.themes.all()` answers from
    memory, in the model's order, with each theme's parent in place.
    """
    relations = []  # (instances, field), numbered by position in the query
    for instances, names in groups:
        instances = [instance for instance in instances if instance is not None]
        if instances:
            model = type(instances[0])
            relations += [(instances, model._meta.get_field(name)) for name in names]
    if not relations:
        return
    links = None
    for number, (instances, field_) in enumerate(relations):
        source = field_.m2m_field_name()
        target = field_.m2m_reverse_field_name()
        rows = (
            field_.remote_field.through.objects.filter(
                **{f"{source}__in": [instance.pk for instance in instances]}
            )
            .annotate(relation=Value(number, output_field=IntegerField()))
            .values_list("relation", f"{source}_id", f"{target}_id")
            .order_by()
        )
        links = rows if links is None else links.union(rows, all=True)
    found = {}
    for number, owner, target in links:
        found.setdefault((number, owner), []).append(target)
    taxonomy = catalogue()
    for number, (instances, field_) in enumerate(relations):
        by_pk = taxonomy.by_pk[field_.related_model]
        order = taxonomy.position[field_.related_model]
        for instance in instances:
            # A link made after this process read the taxonomy shows from the next request.
            targets = [pk for pk in found.get((number, instance.pk), []) if pk in order]
            targets.sort(key=order.get)
            set_prefetched(instance, field_.name, [by_pk[pk] for pk in targets])


def set_prefetched(instance, name, values):
    """What prefetch_related leaves on an instance: the relation's queryset, already read."""
    queryset = getattr(instance, name).get_queryset()
    queryset._result_cache = values
    queryset._prefetch_done = True
    instance.__dict__.setdefault("_prefetched_objects_cache", {})[name] = queryset
