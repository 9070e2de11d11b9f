"""Needs and offers between associations, as anyone reads them: the listing and its filters
with their counts, each need's page, and where they show elsewhere (an organization's page,
the home page, the coverage page's gaps)."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import (
    CountryFactory,
    ExchangeFactory,
    LanguageFactory,
    LocationFactory,
    OrganizationFactory,
    RegionFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

URL = "/fr/needs/"
TODAY = timezone.localdate()


@pytest.fixture
def board(tangier):
    """Needs and offers across kinds, categories, themes, places, countries and languages."""
    employment = ThemeFactory(slug="employment", name_fr="Emploi")
    training = ThemeFactory(slug="training", name_fr="Formation", parent=employment)
    health = ThemeFactory(slug="health", name_fr="Santé")
    spain = CountryFactory(code="ES", name_fr="Espagne")
    belgium = CountryFactory(code="BE", name_fr="Belgique")
    french = LanguageFactory(code="fr", name_fr="Français")
    spanish = LanguageFactory(code="es", name_fr="Espagnol")
    oriental = RegionFactory(slug="oriental", name_fr="Oriental")
    made = {
        "spain-partner": ExchangeFactory(
            slug="spain-partner",
            themes=[employment],
            places=[tangier.commune],
            countries=[spain],
            languages=[french, spanish],
        ),
        "trainers": ExchangeFactory(
            slug="trainers",
            kind="offer",
            category="expertise",
            themes=[training],
            countries=[spain],
            languages=[spanish],
        ),
        "premises": ExchangeFactory(
            slug="premises",
            category="premises",
            themes=[health],
            places=[tangier.bni_makada],
            languages=[french],
        ),
        "grant": ExchangeFactory(
            slug="grant",
            kind="offer",
            category="cofunding",
            themes=[health],
            places=[oriental],
            countries=[belgium],
        ),
    }
    return made


def test_the_listing_shows_what_is_listed_newest_first(visit, board):
    page = visit(URL)

    assert page.results() == ["grant", "premises", "trainers", "spain-partner"]
    assert page.result_count == 4


def test_answered_ended_and_unpublished_ones_leave_the_listing(visit, board):
    ExchangeFactory(slug="answered", fulfilled_on=TODAY)
    ExchangeFactory(slug="ended", ends_on=TODAY - datetime.timedelta(days=1))
    ExchangeFactory(slug="draft", status="draft")
    ExchangeFactory(slug="hidden", organization=OrganizationFactory(status="draft"))
    ExchangeFactory(slug="last-day", ends_on=TODAY)

    assert visit(URL).results() == ["last-day", "grant", "premises", "trainers", "spain-partner"]


def test_an_ended_need_keeps_its_page_and_says_it_is_no_longer_listed(visit, board):
    ExchangeFactory(slug="ended", ends_on=TODAY - datetime.timedelta(days=1))

    page = visit("/fr/needs/ended/")

    assert "n'est plus listé" in page.root.find("p", cls="notice").text
    assert "/fr/needs/ended/write/" not in page.hrefs()
    visit("/fr/needs/ended/write/", status=404)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("kind=offer", ["grant", "trainers"]),
        ("category=premises", ["premises"]),
        ("theme=employment", ["trainers", "spain-partner"]),  # its narrower theme too
        ("theme=training", ["trainers"]),
        ("place=tanger-tetouan-al-hoceima", ["premises", "spain-partner"]),
        ("place=bni-makada", ["premises"]),
        ("country=ES", ["trainers", "spain-partner"]),
        ("language=es", ["trainers", "spain-partner"]),
        ("kind=need&country=ES&theme=employment", ["spain-partner"]),
        ("q=formation", ["trainers"]),  # the theme's name is not searched, its title is
        ("q=besoin", ["grant", "premises", "trainers", "spain-partner"]),
        ("sort=ending", ["spain-partner", "trainers", "premises", "grant"]),
    ],
)
def test_filters(visit, board, query, expected):
    board["trainers"].title_fr = "Formation de formateurs en Espagne"
    board["trainers"].save()
    for days, exchange in enumerate(board.values()):
        exchange.ends_on = TODAY + datetime.timedelta(days=days + 1)
        exchange.save()

    assert visit(f"{URL}?{query}").results() == expected


@pytest.mark.parametrize(
    "query", ["", "kind=need", "country=ES", "theme=health", "language=es&kind=offer"]
)
def test_each_count_is_what_following_its_link_shows(visit, board, query):
    page = visit(f"{URL}?{query}")

    facets = {name: page.facet(name) for name in page.facet_names()}
    assert {"kind", "category", "theme", "language"} <= set(facets)
    for options in facets.values():
        for label, (href, count) in options.items():
            assert visit(href).result_count == count, (label, href)


def test_the_facets_name_what_they_count(visit, board):
    page = visit(URL)

    assert page.facet("kind") == {
        "besoin": (f"{URL}?kind=need", 2),
        "offre": (f"{URL}?kind=offer", 2),
    }
    assert page.facet("country") == {
        "Belgique": (f"{URL}?country=BE", 1),
        "Espagne": (f"{URL}?country=ES", 2),
    }
    assert page.facet("place")["Tanger-Tétouan-Al Hoceima"][1] == 2


@pytest.mark.parametrize("name", ["kind", "category", "theme", "place", "country", "language"])
def test_an_unknown_option_is_left_out_and_reported_in_french(visit, board, name):
    page = visit(f"{URL}?{name}=no-such-thing&q=%00")

    assert page.result_count == 4
    assert "n'ont pas été compris" in page.notice()


def test_the_listing_and_a_need_read_in_arabic_and_english(visit, board):
    arabic = visit("/ar/needs/")
    english = visit("/en/needs/spain-partner/")

    assert arabic.root.find("html").get("lang") == "ar"
    assert "حاجة" in arabic.text
    assert "Need" in english.root.find("h1").text


def test_a_need_page_says_what_where_and_until_when(visit, board):
    page = visit("/fr/needs/spain-partner/")

    facts = page.root.find("dl", cls="facts").text
    assert "Emploi" in facts and "Espagne" in facts and "Tanger" in facts
    assert "Français, Espagnol" in facts
    assert board["spain-partner"].organization.get_absolute_url() in page.hrefs()
    assert "/fr/needs/spain-partner/write/" in page.hrefs()


def test_a_draft_need_has_no_page(visit, board):
    ExchangeFactory(slug="draft", status="draft")

    visit("/fr/needs/draft/", status=404)
    visit("/fr/needs/no-such-need/", status=404)


def test_an_organization_page_shows_its_needs_and_offers_still_listed(visit, board):
    organization = board["spain-partner"].organization
    ExchangeFactory(organization=organization, slug="ended", ends_on=TODAY - datetime.timedelta(1))
    ExchangeFactory(organization=organization, slug="offered", kind="offer")

    page = visit(organization.get_absolute_url())

    section = page.root.find("section", aria_labelledby="exchanges")
    links = [a.get("href") for a in section.find_all("a")]
    assert links == ["/fr/needs/spain-partner/", "/fr/needs/offered/"]
    assert (
        visit(OrganizationFactory().get_absolute_url()).root.find(
            "section", aria_labelledby="exchanges"
        )
        is None
    )


def test_the_home_page_links_to_the_listing(visit):
    assert URL in visit("/fr/").hrefs()


def test_a_gap_on_the_coverage_page_links_to_the_needs_of_associations_seeking_partners(
    visit, tangier
):
    employment = ThemeFactory(slug="employment", name_fr="Emploi")
    training = ThemeFactory(slug="training", parent=employment)
    health = ThemeFactory(slug="health", name_fr="Santé")
    ServiceFactory(themes=[health], locations=[LocationFactory(place=tangier.bni_makada)])
    ExchangeFactory(themes=[training])  # a narrower theme counts for its need
    ExchangeFactory(themes=[health], kind="offer")  # an offer does not

    page = visit("/fr/coverage/")

    gaps = page.root.find("ul", cls="coverage-gaps")
    linked = [href for href in page.hrefs() if href.startswith(URL)]
    assert linked == [f"{URL}?kind=need&theme=employment"]
    assert "cherchent des partenaires" in gaps.text
