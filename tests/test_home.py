"""The home page and the site's root address."""

import datetime

import pytest

from directory.taxonomy.models import Place
from tests.factories import (
    ArrondissementFactory,
    AudienceFactory,
    CommuneFactory,
    NewsItemFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def four_arrondissements(tangier):
    others = [
        ArrondissementFactory(parent=tangier.commune, slug=slug, name_fr=name)
        for slug, name in [("mghogha", "Mghogha"), ("souani", "Souani")]
    ]
    return [tangier.bni_makada, tangier.medina, *others]


def test_home_page_offers_the_broad_themes(visit):
    migration = ThemeFactory(slug="migration", name_fr="Migration")
    ThemeFactory(slug="protection", name_fr="Protection", parent=migration)
    ThemeFactory(slug="health", name_fr="Santé")

    links = visit("/fr/").links()

    assert ("/fr/services/?theme=migration", "Migration") in links
    assert ("/fr/services/?theme=health", "Santé") in links
    assert "/fr/services/?theme=protection" not in [href for href, _text in links]


def test_home_page_offers_the_audiences(visit):
    AudienceFactory(slug="women", name_fr="Femmes")
    AudienceFactory(slug="minors", name_fr="Mineurs")

    links = visit("/fr/").links()

    assert ("/fr/services/?audience=women", "Femmes") in links
    assert ("/fr/services/?audience=minors", "Mineurs") in links


def test_home_page_offers_the_four_arrondissements_of_tangier(visit, four_arrondissements):
    elsewhere = ArrondissementFactory(parent=CommuneFactory(), name_fr="Hors de Tanger")

    hrefs = visit("/fr/").hrefs()

    for arrondissement in four_arrondissements:
        assert f"/fr/services/?place={arrondissement.slug}" in hrefs
    assert f"/fr/services/?place={elsewhere.slug}" not in hrefs
    assert Place.objects.filter(kind="arrondissement").count() == 5


def test_home_page_links_lead_to_listings_filtered_that_way(visit, tangier):
    theme = ThemeFactory(slug="health")
    audience = AudienceFactory(slug="women")
    service = ServiceFactory(themes=[theme], audiences=[audience])
    service.locations.add(service.organization.locations.create(place=tangier.medina))
    ServiceFactory()
    expected = {
        "/fr/services/?theme=health": [service.slug],
        "/fr/services/?audience=women": [service.slug],
        "/fr/services/?place=medina": [service.slug],
        "/fr/services/?place=bni-makada": [],
    }

    home = visit("/fr/")

    filtered = [href for href in home.hrefs() if href.startswith("/fr/services/?")]
    assert sorted(filtered) == sorted(expected)
    for href in filtered:
        page = visit(href)
        assert page.notice() == ""
        assert page.results() == expected[href], href


def test_home_page_shows_the_four_latest_news(visit):
    items = [
        NewsItemFactory(published_on=datetime.date(2025, 1, day), title_fr=f"Nouvelle du {day}")
        for day in range(1, 7)
    ]
    NewsItemFactory(published_on=datetime.date(2025, 2, 1), status="draft")

    hrefs = visit("/fr/").hrefs()

    shown = [item for item in items if item.get_absolute_url() in hrefs]
    assert shown == items[2:]
    assert "/fr/news/" in hrefs


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [
        ("", "fr"),
        ("de-DE,de;q=0.9", "fr"),
        ("es", "fr"),
        ("ar", "ar"),
        ("ar-MA,ar;q=0.9,fr;q=0.8", "ar"),
        ("fr-FR,fr;q=0.9", "fr"),
        ("en-GB,en;q=0.9", "en"),
        ("de;q=0.9,en;q=0.5", "en"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, accept_language, language):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"
    assert client.get(response["Location"]).status_code == 200


def test_language_switcher_links_to_the_same_page_in_each_language(visit):
    ServiceFactory(slug="legal-aid")

    hrefs = visit("/fr/services/legal-aid/?x=1").hrefs()

    for language in ("ar", "fr", "en"):
        assert f"/{language}/services/legal-aid/?x=1" in hrefs
