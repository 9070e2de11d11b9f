"""Each filter of each listing, through the pages: /fr/services/?theme=health&place=medina."""

import datetime

import pytest

from directory.search import index as search_index
from organizations.models import Organization
from projects.models import Participation, Project
from tests.factories import (
    AudienceFactory,
    CommuneFactory,
    LanguageFactory,
    OrganizationFactory,
    ParticipationFactory,
    ProjectFactory,
    ProvinceFactory,
    RegionFactory,
    ServiceFactory,
    ThemeFactory,
)
from tests.listings import LISTINGS, ORGANIZATIONS, PROJECTS, SERVICES

pytestmark = pytest.mark.django_db


# Theme and audience: every listing -------------------------------------------------------


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_theme_filter_includes_items_of_its_narrower_themes(visit, listing):
    migration = ThemeFactory(slug="migration")
    protection = ThemeFactory(slug="protection", parent=migration)
    broad = listing.make(themes=[migration])
    narrow = listing.make(themes=[protection])
    listing.make(themes=[ThemeFactory(slug="health")])
    listing.make()

    page = visit(f"{listing.url}?theme=migration")

    assert sorted(page.results()) == sorted([broad.slug, narrow.slug])


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_theme_filter_on_a_narrower_theme_keeps_only_that_theme(visit, listing):
    migration = ThemeFactory(slug="migration")
    protection = ThemeFactory(slug="protection", parent=migration)
    listing.make(themes=[migration])
    narrow = listing.make(themes=[protection])
    listing.make(themes=[ThemeFactory(slug="integration", parent=migration)])

    page = visit(f"{listing.url}?theme=protection")

    assert page.results() == [narrow.slug]


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_audience_filter_keeps_items_for_that_audience(visit, listing):
    women, minors = AudienceFactory(slug="women"), AudienceFactory(slug="minors")
    for_women = listing.make(audiences=[women])
    for_both = listing.make(audiences=[women, minors])
    listing.make(audiences=[minors])
    listing.make()

    page = visit(f"{listing.url}?audience=women")

    assert sorted(page.results()) == sorted([for_women.slug, for_both.slug])


# Place: organizations and services by location, projects by region ----------------------


@pytest.fixture
def located(tangier):
    """For a listing: one item per level in and around Tangier, keyed by where it is."""

    def make(listing):
        assilah = CommuneFactory(parent=tangier.province, slug="assilah")
        tetouan = CommuneFactory(parent=ProvinceFactory(parent=tangier.region), slug="tetouan")
        rabat = CommuneFactory(parent=ProvinceFactory(parent=RegionFactory()), slug="rabat")
        places = {
            "bni-makada": tangier.bni_makada,
            "medina": tangier.medina,
            "tanger": tangier.commune,
            "assilah": assilah,
            "tetouan": tetouan,
            "rabat": rabat,
        }
        return {name: listing.make_in(place).slug for name, place in places.items()}

    return make


PLACE_LEVELS = {
    "tanger-tetouan-al-hoceima": ["bni-makada", "medina", "tanger", "assilah", "tetouan"],
    "tanger-assilah": ["bni-makada", "medina", "tanger", "assilah"],
    "tanger": ["bni-makada", "medina", "tanger"],
    "bni-makada": ["bni-makada"],
}


@pytest.mark.parametrize("listing", [ORGANIZATIONS, SERVICES], ids=str)
@pytest.mark.parametrize("place", PLACE_LEVELS)
def test_place_filter_works_at_every_level(visit, located, listing, place):
    items = located(listing)

    page = visit(f"{listing.url}?place={place}")

    assert sorted(page.results()) == sorted(items[name] for name in PLACE_LEVELS[place])


def test_place_filter_on_projects_keeps_projects_of_that_region(visit, tangier):
    here = PROJECTS.make_in(tangier.medina)
    national = ProjectFactory(regions=[tangier.region, RegionFactory()])
    PROJECTS.make_in(CommuneFactory())
    ProjectFactory()

    page = visit(f"/fr/projects/?place={tangier.region.slug}")

    assert sorted(page.results()) == sorted([here.slug, national.slug])


# Filters of one or two listings -------------------------------------------------------


@pytest.mark.parametrize(
    ("listing", "kinds"),
    [(ORGANIZATIONS, Organization.Kind.values), (PROJECTS, Project.Kind.values)],
    ids=str,
)
def test_kind_filter_keeps_items_of_that_kind(visit, listing, kinds):
    items = {kind: listing.make(kind=kind).slug for kind in kinds}

    for kind in kinds:
        assert visit(f"{listing.url}?kind={kind}").results() == [items[kind]]


@pytest.mark.parametrize("listing", [ORGANIZATIONS, SERVICES], ids=str)
def test_language_filter_keeps_items_in_that_language(visit, listing):
    darija, tamazight = LanguageFactory(code="ary"), LanguageFactory(code="zgh")
    in_darija = listing.make(languages=[darija])
    in_both = listing.make(languages=[darija, tamazight])
    listing.make(languages=[tamazight])
    listing.make()

    page = visit(f"{listing.url}?language=ary")

    assert sorted(page.results()) == sorted([in_darija.slug, in_both.slug])


@pytest.mark.parametrize(("value", "free"), [("true", True), ("false", False)])
def test_free_filter_on_services_keeps_free_or_paying_services(visit, value, free):
    services = {is_free: ServiceFactory(is_free=is_free).slug for is_free in (True, False)}

    page = visit(f"/fr/services/?free={value}")

    assert page.results() == [services[free]]


@pytest.mark.parametrize("progress", Project.Progress.values)
def test_status_filter_on_projects_keeps_projects_at_that_stage(visit, progress):
    projects = {value: ProjectFactory(progress=value).slug for value in Project.Progress.values}

    page = visit(f"/fr/projects/?status={progress}")

    assert page.results() == [projects[progress]]


def test_organization_filter_on_projects_keeps_projects_it_takes_part_in(visit):
    asticude = OrganizationFactory(slug="asticude")
    led = ParticipationFactory(organization=asticude, role=Participation.Role.LEAD).project
    funded = ParticipationFactory(organization=asticude, role=Participation.Role.FUNDER).project
    ParticipationFactory()
    ProjectFactory()

    page = visit("/fr/projects/?organization=asticude")

    assert sorted(page.results()) == sorted([led.slug, funded.slug])


# Combined filters ---------------------------------------------------------------------


def test_organization_filters_combine(visit, tangier):
    health = ThemeFactory(slug="health")
    women = AudienceFactory(slug="women")
    darija = LanguageFactory(code="ary")
    matching = dict(
        themes=[health],
        audiences=[women],
        languages=[darija],
        kind=Organization.Kind.ASSOCIATION,
        summary_fr="Maternité et santé",
    )
    wanted = ORGANIZATIONS.make_in(tangier.medina, **matching)
    for differing in [
        dict(themes=[ThemeFactory()]),
        dict(audiences=[AudienceFactory()]),
        dict(languages=[LanguageFactory()]),
        dict(kind=Organization.Kind.FOUNDATION),
        dict(summary_fr="Santé"),
    ]:
        ORGANIZATIONS.make_in(tangier.medina, **{**matching, **differing})
    ORGANIZATIONS.make_in(tangier.bni_makada, **matching)

    page = visit(
        "/fr/organizations/?theme=health&audience=women&language=ary&kind=association"
        "&place=medina&q=maternité"
    )

    assert page.results() == [wanted.slug]


def test_service_filters_combine(visit, tangier):
    health = ThemeFactory(slug="health")
    darija = LanguageFactory(code="ary")
    matching = dict(themes=[health], languages=[darija], is_free=True)
    wanted = SERVICES.make_in(tangier.bni_makada, **matching)
    SERVICES.make_in(tangier.bni_makada, **{**matching, "is_free": False})
    SERVICES.make_in(tangier.bni_makada, **{**matching, "themes": []})
    SERVICES.make_in(tangier.bni_makada, **{**matching, "languages": []})
    SERVICES.make_in(tangier.medina, **matching)

    page = visit("/fr/services/?theme=health&language=ary&free=true&place=bni-makada")

    assert page.results() == [wanted.slug]


def test_project_filters_combine(visit, tangier):
    health = ThemeFactory(slug="health")
    lead = OrganizationFactory(slug="oum-action")
    matching = dict(themes=[health], regions=[tangier.region], progress="completed")
    wanted = ProjectFactory(**matching)
    ParticipationFactory(project=wanted, organization=lead)
    ParticipationFactory(project=ProjectFactory(**matching))
    ParticipationFactory(
        project=ProjectFactory(**{**matching, "progress": "ongoing"}), organization=lead
    )
    ParticipationFactory(
        project=ProjectFactory(**{**matching, "kind": "programme"}), organization=lead
    )
    ParticipationFactory(project=ProjectFactory(**{**matching, "themes": []}), organization=lead)

    page = visit(
        f"/fr/projects/?theme=health&status=completed&organization=oum-action&kind=project"
        f"&place={tangier.region.slug}"
    )

    assert page.results() == [wanted.slug]


# Sort orders --------------------------------------------------------------------------


@pytest.mark.parametrize("listing", [ORGANIZATIONS, SERVICES, PROJECTS], ids=str)
def test_listing_is_sorted_by_name_in_the_visitors_language(visit, listing):
    names = [("Alpha", "ث"), ("Beta", "ا"), ("Gamma", "ب")]
    slugs = {
        fr: listing.make(**{f"{listing.title}_fr": fr, f"{listing.title}_ar": ar}).slug
        for fr, ar in reversed(names)
    }

    in_french = visit(listing.url).results()
    in_arabic = visit(listing.url.replace("/fr/", "/ar/")).results()

    assert in_french == [slugs["Alpha"], slugs["Beta"], slugs["Gamma"]]
    assert in_arabic == [slugs["Beta"], slugs["Gamma"], slugs["Alpha"]]


@pytest.mark.parametrize("listing", [ORGANIZATIONS, SERVICES], ids=str)
def test_listing_sorted_by_update_shows_the_most_recently_updated_first(visit, listing):
    items = [listing.make(**{f"{listing.title}_fr": name}) for name in ("Alpha", "Beta", "Gamma")]
    for days_ago, item in zip([5, 1, 3], items, strict=True):
        moment = datetime.datetime(2025, 6, 20, tzinfo=datetime.UTC) - datetime.timedelta(days_ago)
        listing.factory._meta.model.objects.filter(pk=item.pk).update(updated_at=moment)
    # update() skips the save and its indexing: index the items as their saves would.
    search_index.index(listing.factory._meta.model._meta.model_name, [i.pk for i in items])

    page = visit(f"{listing.url}?sort=updated")

    assert page.results() == [items[1].slug, items[2].slug, items[0].slug]


def test_projects_sorted_newest_first_put_undated_projects_last(visit):
    old = ProjectFactory(start_date=datetime.date(2017, 6, 2))
    undated = ProjectFactory(start_date=None)
    new = ProjectFactory(start_date=datetime.date(2024, 1, 1))

    page = visit("/fr/projects/?sort=newest")

    assert page.results() == [new.slug, old.slug, undated.slug]


def test_projects_sorted_by_achievement_put_unmeasured_projects_last(visit):
    half = ProjectFactory(achievement=50)
    unmeasured = ProjectFactory(achievement=None)
    nearly_done = ProjectFactory(achievement=96)

    page = visit("/fr/projects/?sort=achievement")

    assert page.results() == [nearly_done.slug, half.slug, unmeasured.slug]
