"""Every page costs a fixed number of queries, whatever the number of rows it shows.

Each process holds the taxonomy and the listings' facet sets in memory and reads them
again after a change: the pages are counted as a running process serves them, after a
first request, and what the first request after a change reads is counted on its own.
They count what rendering a page costs, so the cache of whole pages is off here; its hits
and misses are counted in tests/test_page_cache.py.
"""

import datetime
import itertools
from decimal import Decimal

import pytest

from directory.search import index as search_index
from directory.taxonomy import opening
from organizations.models import OpeningHours, Service
from projects.models import Participation
from tests.factories import (
    ArrondissementFactory,
    AudienceFactory,
    BeneficiariesFactory,
    ContactChannelFactory,
    CountryFactory,
    ExchangeFactory,
    LanguageFactory,
    LocationFactory,
    NewsItemFactory,
    ObjectiveFactory,
    OpeningHoursFactory,
    OrganizationFactory,
    ParticipationFactory,
    PartnershipFactory,
    ProjectFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

SIZES = [1, 20]
POSITIONS = (
    (Decimal("35.700") + Decimal(n % 97) / 1000, Decimal("-5.850") + Decimal(n % 89) / 1000)
    for n in itertools.count()
)


@pytest.fixture(autouse=True)
def no_page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def taxonomy(tangier):
    migration = ThemeFactory(slug="migration")
    return {
        "themes": [migration, ThemeFactory(parent=migration), ThemeFactory()],
        "audiences": AudienceFactory.create_batch(2),
        "languages": LanguageFactory.create_batch(2),
        "countries": CountryFactory.create_batch(2),
        "places": [tangier.bni_makada, tangier.medina],
    }


def rich_organization(taxonomy, **fields):
    organization = OrganizationFactory(
        themes=taxonomy["themes"][1:],
        audiences=taxonomy["audiences"],
        languages=taxonomy["languages"],
        countries=taxonomy["countries"],
        **fields,
    )
    for place in taxonomy["places"]:
        # Spread over Tangier, so listings sorted nearest first measure every one.
        latitude, longitude = next(POSITIONS)
        location = LocationFactory(
            organization=organization, place=place, latitude=latitude, longitude=longitude
        )
        OpeningHoursFactory(location=location)
    return organization


def rich_service(taxonomy, organization=None, **fields):
    organization = organization or rich_organization(taxonomy)
    service = ServiceFactory(
        organization=organization,
        themes=taxonomy["themes"][1:],
        audiences=taxonomy["audiences"],
        languages=taxonomy["languages"],
        locations=list(organization.locations.all()),
        **fields,
    )
    for weekday in OpeningHours.Weekday:
        OpeningHoursFactory(service=service, location=None, weekday=weekday)
    ContactChannelFactory(organization=organization, service=service)
    return service


def rich_project(taxonomy, lead=None, funder=None, **fields):
    project = ProjectFactory(
        themes=taxonomy["themes"][1:],
        audiences=taxonomy["audiences"],
        regions=[taxonomy["places"][0].region],
        countries=taxonomy["countries"],
        achievement=50,
        **fields,
    )
    ParticipationFactory(project=project, organization=lead or OrganizationFactory())
    ParticipationFactory(
        project=project,
        organization=funder or OrganizationFactory(),
        role=Participation.Role.FUNDER,
    )
    return project


def rich_exchange(taxonomy, **fields):
    return ExchangeFactory(
        themes=taxonomy["themes"][1:],
        places=taxonomy["places"],
        countries=taxonomy["countries"],
        languages=taxonomy["languages"],
        **fields,
    )


@pytest.fixture
def listings(taxonomy):
    """`size` published organizations, services, projects and news, each with its relations."""

    def populate(size):
        with search_index.deferred():
            previous = None
            for _ in range(size):
                organization = rich_organization(taxonomy)
                rich_service(taxonomy, organization=organization)
                rich_project(taxonomy, lead=organization, funder=organization, kind="programme")
                NewsItemFactory(organization=organization)
                rich_exchange(taxonomy, organization=organization)
                if previous:
                    PartnershipFactory(organization=organization, partner=previous)
                previous = organization
                ArrondissementFactory(parent=taxonomy["places"][0].commune)
                ThemeFactory()
                AudienceFactory()

    return populate


LISTING_QUERIES = [
    ("/fr/", 5),
    ("/fr/organizations/", 4),
    ("/fr/organizations/?place=medina&theme=migration&q=association&kind=association", 6),
    # Services: the cards' opening hours (the service's, its locations') and phone numbers.
    ("/fr/services/", 7),
    ("/fr/services/?place=tanger&theme=migration&free=true&sort=updated", 7),
    ("/fr/services/?open=now&free=true", 7),
    ("/fr/services/?open=monday&theme=migration", 7),
    # Nearest first: the positions are read once per version, like the orders.
    ("/fr/services/?near=35.760%2C-5.820", 7),
    ("/fr/services/?near=tanger&theme=migration&sort=distance", 7),
    ("/fr/organizations/?near=35.760%2C-5.820", 4),
    ("/fr/projects/", 4),
    ("/fr/projects/?place=tanger-tetouan-al-hoceima&theme=migration&sort=achievement", 4),
    # The news pages read no taxonomy; the footer's emergency numbers come from the catalogue,
    # whose version they read once (with the page cache on, every public page reads it anyway).
    ("/fr/news/", 3),
    ("/fr/news/?page=2", 3),
    # Needs and offers, counted in SQL: the page and its count, the cards' taxonomy, a grouped
    # count for each facet (the themes' two levels in two).
    ("/fr/needs/", 11),
    ("/fr/needs/?kind=need&theme=migration&place=tanger&q=besoin&sort=ending", 11),
]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(("url", "queries"), LISTING_QUERIES)
def test_listing_query_count_does_not_grow_with_its_results(
    client, django_assert_num_queries, listings, size, url, queries, monkeypatch
):
    # A Monday at 10:00, when the services' hours (every day, 09:00–17:00) are open.
    monkeypatch.setattr(opening, "now", lambda: datetime.datetime(2026, 12, 7, 10, 0))
    listings(size)
    client.get(url)

    with django_assert_num_queries(queries):
        response = client.get(url)

    assert response.status_code == 200
    if url == "/fr/":
        assert len(response.context["latest_news"]) == min(size, 4)
    elif "page=2" not in url:
        assert len(response.context["page_obj"]) == size


@pytest.mark.parametrize("page_size", [5, 20])
@pytest.mark.parametrize("page", [1, 2])
def test_a_nearest_first_page_costs_the_same_at_any_page_size(
    client, django_assert_num_queries, listings, settings, page_size, page
):
    settings.PAGE_SIZE = page_size
    listings(45)
    url = f"/fr/services/?near=35.760%2C-5.820&page={page}"
    client.get(url)

    with django_assert_num_queries(7):  # as the listing by name: cards with hours and phones
        response = client.get(url)

    assert len(response.context["page_obj"]) == page_size
    assert all(service.nearby.metres is not None for service in response.context["page_obj"])


def test_a_nearest_first_listing_reads_the_positions_again_after_a_change(
    client, django_assert_num_queries, listings, taxonomy
):
    listings(3)
    url = "/fr/services/?near=35.760%2C-5.820"
    client.get(url)

    rich_service(taxonomy)
    # The facet sets and the name order again, and the positions: the services'
    # located locations, then where each service is given.
    with django_assert_num_queries(7 + 4):
        response = client.get(url)
    assert response.context["page_obj"].paginator.count == 4
    with django_assert_num_queries(7):
        client.get(url)


SHORTLIST_QUERIES = 7


@pytest.mark.parametrize("size", [1, 20, 35])
def test_the_shortlist_costs_the_same_queries_whatever_its_length(
    client, django_assert_num_queries, taxonomy, size
):
    with search_index.deferred():
        slugs = [rich_service(taxonomy).slug for _ in range(size)]
        for slug in slugs[::2]:
            service = Service.objects.get(slug=slug)
            ContactChannelFactory(organization=service.organization, service=service)
            OpeningHoursFactory(service=service, location=None)
    url = "/fr/services/shortlist/?s=" + ",".join([*slugs, "unknown"])
    client.get(url)  # the process reads the taxonomy and its calendar (open now) once

    # Services with their organizations, their phones, hours, locations with theirs,
    # and their organizations' phones; the versions, for the calendar of opening hours.
    with django_assert_num_queries(SHORTLIST_QUERIES):
        response = client.get(url)

    assert response.status_code == 200
    assert len(response.context["entries"]) == min(size, 30)


@pytest.fixture
def organization_page(taxonomy):
    """An organization with `size` of everything its page shows."""

    def populate(size):
        with search_index.deferred():
            organization = rich_organization(taxonomy, slug="subject")
            for _ in range(size):
                ContactChannelFactory(organization=organization)
                OpeningHoursFactory(location=LocationFactory(organization=organization))
                rich_service(taxonomy, organization=organization)
                rich_project(taxonomy, lead=organization)
                PartnershipFactory(organization=organization)
                PartnershipFactory(partner=organization)
                NewsItemFactory(organization=organization)
        return organization

    return populate


@pytest.mark.parametrize("size", SIZES)
def test_organization_page_query_count_is_fixed(
    client, django_assert_num_queries, organization_page, size
):
    organization_page(size)
    client.get("/fr/organizations/subject/")

    # ... and its needs and offers still listed.
    with django_assert_num_queries(11):
        response = client.get("/fr/organizations/subject/")

    assert response.status_code == 200
    assert len(response.context["organization"].public_services) == size


@pytest.mark.parametrize("size", [1, 20])
def test_service_page_query_count_is_fixed(client, django_assert_num_queries, taxonomy, size):
    with search_index.deferred():
        organization = rich_organization(taxonomy)
        service = rich_service(taxonomy, organization=organization, slug="subject")
        for _ in range(size):
            location = LocationFactory(organization=organization)
            OpeningHoursFactory(location=location)
            service.locations.add(location)
            ContactChannelFactory(organization=organization, service=service)
            OpeningHoursFactory(service=service, location=None)
            service.themes.add(ThemeFactory(parent=taxonomy["themes"][0]))
            service.audiences.add(AudienceFactory())
            service.languages.add(LanguageFactory())

    client.get("/fr/services/subject/")
    with django_assert_num_queries(7):
        response = client.get("/fr/services/subject/")

    assert response.status_code == 200
    assert response.context["service"].locations.count() == size + 2


@pytest.mark.parametrize("size", SIZES)
def test_project_page_query_count_is_fixed(client, django_assert_num_queries, taxonomy, size):
    with search_index.deferred():
        lead = OrganizationFactory()
        programme = rich_project(taxonomy, lead=lead, slug="subject", kind="programme")
        for _ in range(size):
            ObjectiveFactory(project=programme)
            BeneficiariesFactory(project=programme)
            ParticipationFactory(project=programme, role=Participation.Role.PARTNER)
            ParticipationFactory(project=programme, role=Participation.Role.FUNDER)
            ProjectFactory(parent=programme, kind="phase")
            NewsItemFactory(project=programme)
            rich_project(taxonomy, lead=lead)

    client.get("/fr/projects/subject/")
    with django_assert_num_queries(9):
        response = client.get("/fr/projects/subject/")

    assert response.status_code == 200
    assert len(response.context["project"].phases.all()) == size


@pytest.mark.parametrize("size", SIZES)
def test_phase_page_query_count_is_fixed(client, django_assert_num_queries, taxonomy, size):
    programme = rich_project(taxonomy, kind="programme")
    phase = rich_project(taxonomy, parent=programme, kind="phase", slug="subject")
    for _ in range(size):
        ObjectiveFactory(project=phase)
        NewsItemFactory(project=phase)

    client.get("/fr/projects/subject/")
    with django_assert_num_queries(9):
        response = client.get("/fr/projects/subject/")

    assert response.status_code == 200


@pytest.mark.parametrize("size", SIZES)
def test_news_page_query_count_is_fixed(client, django_assert_num_queries, size):
    project = ProjectFactory()
    NewsItemFactory.create_batch(size, project=project)
    item = NewsItemFactory(slug="subject", project=project, published_on=datetime.date(2020, 1, 1))

    client.get(item.get_absolute_url())
    # The item, and the catalogue's version for the footer's emergency numbers.
    with django_assert_num_queries(2):
        response = client.get(item.get_absolute_url())

    assert response.status_code == 200


@pytest.mark.parametrize("size", SIZES)
def test_need_page_query_count_is_fixed(client, django_assert_num_queries, taxonomy, size):
    need = rich_exchange(taxonomy, slug="subject")
    for _ in range(size):
        organization = rich_organization(taxonomy)
        rich_exchange(taxonomy, organization=organization, kind="offer")
        PartnershipFactory(organization=need.organization, partner=organization, exchange=need)

    client.get("/fr/needs/subject/")
    # The versions, the need, the partnerships it led to, its taxonomy; the offers and the
    # organizations that share a theme and a place, then a theme (two queries each); the
    # candidates, their taxonomy and their regions.
    with django_assert_num_queries(12):
        response = client.get("/fr/needs/subject/")

    assert response.status_code == 200
    assert len(response.context["suggestions"].exchanges) == min(size, 5)
    assert len(response.context["answered_by"]) == size
