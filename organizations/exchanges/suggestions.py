"""Who could answer a need (and which needs an offer could answer), and why.

The rule is short enough to say on the page. A candidate (an offer, a need or an
organization) earns, for what it shares with the need:

- 3 points for each of the need's themes it works on (the same theme, or a narrower or
  broader one: "Migration" and "Migration > Protection");
- 2 points when it works in one of the need's regions of Morocco or in one of its countries;
- 1 point for each language they share.

A candidate must share a theme with the need (or, for a need without themes, a place); the
ones that do are ranked by points, then by name, and each comes with its reasons in words
("same theme: Youth employment, works in Spain, speaks French"). `fit()` is the rule, a
pure function of two `Profile`s.

Candidates are found by indexed filters, never by reading every organization: first those
sharing a theme and a place, then those sharing a theme, at most CANDIDATES of each kind per
query; the page shows the best SHOWN. A need's page thus costs the same few queries
however many organizations there are.
"""

from dataclasses import dataclass, field

from django.db.models import Q
from django.utils.translation import gettext, pgettext

from directory.common.text import translated_columns
from directory.search.catalogue import catalogue, fill_taxonomy

from ..models import Location, Organization
from .models import Exchange

THEME_POINTS = 3
PLACE_POINTS = 2
LANGUAGE_POINTS = 1
CANDIDATES = 100
SHOWN = 5


@dataclass(frozen=True)
class Profile:
    """What a need, an offer or an organization is about: sets of taxonomy instances
    (themes with their `parent`, regions of Morocco, countries, languages)."""

    themes: frozenset = frozenset()
    regions: frozenset = frozenset()
    countries: frozenset = frozenset()
    languages: frozenset = frozenset()


@dataclass(frozen=True)
class Fit:
    """What a candidate shares with a need, and the points it earns for it."""

    score: int = 0
    themes: tuple = ()
    regions: tuple = ()
    countries: tuple = ()
    languages: tuple = ()
    fits: bool = False

    @property
    def reasons(self):
        """What it shares, in words, in the active language."""
        reasons = []
        if self.themes:
            reasons.append(gettext("same theme: %(themes)s") % {"themes": listed(self.themes)})
        if self.regions or self.countries:
            places = listed(self.regions + self.countries)
            reasons.append(gettext("works in %(places)s") % {"places": places})
        if self.languages:
            reasons.append(gettext("speaks %(languages)s") % {"languages": listed(self.languages)})
        return reasons

    @property
    def explanation(self):
        return separator().join(self.reasons)


def separator():
    return pgettext("between the names of a list", ", ")


def listed(items):
    return separator().join(str(item) for item in items)


def related_themes(theme, themes):
    """Whether `theme` is among `themes`, or is the broader or a narrower theme of one."""
    return any(
        other == theme or other.parent_id == theme.pk or theme.parent_id == other.pk
        for other in themes
    )


def by_name(items):
    return tuple(sorted(items, key=lambda item: (str(item), item.pk)))


def fit(wanted, candidate):
    """What `candidate` shares with `wanted` (two Profiles), and its points."""
    themes = by_name(theme for theme in wanted.themes if related_themes(theme, candidate.themes))
    regions = by_name(wanted.regions & candidate.regions)
    countries = by_name(wanted.countries & candidate.countries)
    languages = by_name(wanted.languages & candidate.languages)
    score = (
        THEME_POINTS * len(themes)
        + (PLACE_POINTS if regions or countries else 0)
        + LANGUAGE_POINTS * len(languages)
    )
    place = bool(regions or countries)
    fits = bool(themes) if wanted.themes else place
    return Fit(score, themes, regions, countries, languages, fits)


def rank(wanted, candidates, limit=SHOWN):
    """[(item, Fit)] of the (item, Profile) candidates that fit, best first."""
    fits = [(item, fit(wanted, profile)) for item, profile in candidates]
    fits = [(item, found) for item, found in fits if found.fits]
    fits.sort(key=lambda pair: (-pair[1].score, str(pair[0]), pair[0].pk))
    return fits[:limit]


# Profiles of what the database holds ----------------------------------------------------


def exchange_profile(exchange):
    """Reads its taxonomy as fill_taxonomy() left it (themes, places, countries, languages)."""
    return Profile(
        themes=frozenset(exchange.themes.all()),
        regions=frozenset(place.region for place in exchange.places.all() if place.region),
        countries=frozenset(exchange.countries.all()),
        languages=frozenset(exchange.languages.all()),
    )


def organization_profile(organization, regions):
    return Profile(
        themes=frozenset(organization.themes.all()),
        regions=frozenset(regions),
        countries=frozenset(organization.countries.all()),
        languages=frozenset(organization.languages.all()),
    )


@dataclass
class Suggestions:
    exchanges: list = field(default_factory=list)  # [(Exchange, Fit)]
    organizations: list = field(default_factory=list)  # [(Organization, Fit)]


def theme_family(themes):
    """The ids of the themes, their broader themes and their narrower ones."""
    children = catalogue().theme_children
    ids = set()
    for theme in themes:
        ids.add(theme.pk)
        if theme.parent_id:
            ids.add(theme.parent_id)
        ids.update(child.pk for child in children.get(theme.pk, []))
    return ids


def first_ids(queryset, conditions):
    """The ids of the rows meeting the first condition, then the second..., at most
    CANDIDATES per condition, each found through the indexes of its join tables."""
    ids = []
    for condition in conditions:
        found = queryset.filter(condition).values_list("pk", flat=True).distinct()
        ids += [pk for pk in found.order_by("pk")[:CANDIDATES] if pk not in ids]
    return ids


def conditions(profile, *, themes, regions, countries):
    """Sharing a theme and a place, then a theme (a place, for a need without themes), as
    Q objects on these paths."""
    family = theme_family(profile.themes)
    on_theme = Q(**{f"{themes}__in": family}) if family else None
    where = Q()
    if profile.regions:
        where |= Q(**{f"{regions}__in": [region.pk for region in profile.regions]})
    if profile.countries:
        where |= Q(**{f"{countries}__in": [country.pk for country in profile.countries]})
    where = where or None
    if on_theme is None and where is None:
        return []
    if on_theme is None or where is None:
        return [on_theme or where]
    return [on_theme & where, on_theme]


def suggest(exchange, *, with_organizations=True):
    """The current exchanges of the other kind and (for a need) the organizations that fit
    `exchange`, whose taxonomy fill_taxonomy() has read."""
    wanted = exchange_profile(exchange)
    other_kind = Exchange.Kind.OFFER if exchange.kind == Exchange.Kind.NEED else Exchange.Kind.NEED
    exchanges = Exchange.objects.current().filter(kind=other_kind)
    exchanges = exchanges.exclude(organization=exchange.organization_id)
    exchange_ids = first_ids(
        exchanges,
        conditions(wanted, themes="themes", regions="places__region", countries="countries"),
    )
    organization_ids = []
    if with_organizations:
        organizations = Organization.objects.published().exclude(pk=exchange.organization_id)
        organization_ids = first_ids(
            organizations,
            conditions(
                wanted, themes="themes", regions="locations__place__region", countries="countries"
            ),
        )
    found_exchanges = list(
        Exchange.objects.filter(pk__in=exchange_ids).select_related("organization")
    )
    found_organizations = list(
        Organization.objects.filter(pk__in=organization_ids).only(
            "slug", "is_example", *translated_columns("name")
        )
    )
    fill_taxonomy(
        (found_exchanges, ["themes", "places", "countries", "languages"]),
        (found_organizations, ["themes", "countries", "languages"]),
    )
    regions = {}
    if found_organizations:
        places = catalogue().place_by_pk
        rows = (
            Location.objects.filter(organization__in=organization_ids)
            .values_list("organization_id", "place__region_id")
            .distinct()
        )
        for organization_id, region_id in rows:
            if region_id in places:
                regions.setdefault(organization_id, set()).add(places[region_id])
    return Suggestions(
        exchanges=rank(wanted, [(found, exchange_profile(found)) for found in found_exchanges]),
        organizations=rank(
            wanted,
            [
                (found, organization_profile(found, regions.get(found.pk, ())))
                for found in found_organizations
            ],
        ),
    )
