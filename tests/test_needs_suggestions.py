"""Suggestions that explain themselves: for a need, the offers and organizations that fit it,
ranked by what they share with it, each with its reasons in words.

First the rule itself (organizations/exchanges/suggestions.py, a pure function of two
profiles), then what a need's page shows from the database, and that finding the candidates
costs the same queries however many organizations there are.
"""

import pytest
from django.utils import translation

from directory.taxonomy.models import Country, Language, Place, Theme
from organizations.exchanges.suggestions import CANDIDATES, Profile, fit, rank
from tests.factories import (
    CountryFactory,
    ExchangeFactory,
    LanguageFactory,
    LocationFactory,
    OrganizationFactory,
    ThemeFactory,
)

# The rule --------------------------------------------------------------------------------

EMPLOYMENT = Theme(pk=1, name_fr="Emploi", name_en="Employment")
TRAINING = Theme(pk=2, name_fr="Formation", name_en="Training", parent_id=1)
HEALTH = Theme(pk=3, name_fr="Santé", name_en="Health")
NORTH = Place(pk=1, kind="region", name_fr="Tanger-Tétouan-Al Hoceïma")
ORIENTAL = Place(pk=2, kind="region", name_fr="Oriental")
SPAIN = Country(pk=1, code="ES", name_fr="Espagne")
FRANCE = Country(pk=2, code="FR", name_fr="France")
FRENCH = Language(pk=1, code="fr", name_fr="français")
SPANISH = Language(pk=2, code="es", name_fr="espagnol")

NEED = Profile(
    themes=frozenset({EMPLOYMENT}),
    regions=frozenset({NORTH}),
    countries=frozenset({SPAIN}),
    languages=frozenset({FRENCH, SPANISH}),
)


@pytest.fixture(autouse=True)
def in_french():
    with translation.override("fr"):
        yield


def profile(themes=(), regions=(), countries=(), languages=()):
    return Profile(
        frozenset(themes), frozenset(regions), frozenset(countries), frozenset(languages)
    )


class Candidate:
    def __init__(self, name, pk):
        self.name, self.pk = name, pk

    def __str__(self):
        return self.name


def test_three_points_a_theme_two_for_a_place_one_a_language():
    found = fit(NEED, profile([EMPLOYMENT], [NORTH], [SPAIN, FRANCE], [FRENCH]))

    assert found.score == 3 + 2 + 1
    assert found.reasons == [
        "même thème\u00a0: Emploi",
        "travaille dans\u00a0: Tanger-Tétouan-Al Hoceïma, Espagne",
        "parle français",
    ]


def test_a_narrower_or_broader_theme_counts_as_the_same():
    assert fit(NEED, profile([TRAINING])).themes == (EMPLOYMENT,)
    need_of_training = profile([TRAINING])
    assert fit(need_of_training, profile([EMPLOYMENT])).themes == (TRAINING,)
    assert fit(need_of_training, profile([HEALTH])).themes == ()


def test_a_place_counts_once_however_many_are_shared():
    assert fit(NEED, profile([EMPLOYMENT], [NORTH])).score == 5
    assert fit(NEED, profile([EMPLOYMENT], [NORTH], [SPAIN])).score == 5


def test_without_a_shared_theme_nothing_fits_a_need_that_has_themes():
    found = fit(NEED, profile([HEALTH], [NORTH], [SPAIN], [FRENCH, SPANISH]))

    assert found.score == 4
    assert not found.fits


def test_a_need_without_themes_is_fitted_by_place():
    need = profile(regions=[ORIENTAL])

    assert fit(need, profile([HEALTH], [ORIENTAL])).fits
    assert not fit(need, profile([HEALTH], [NORTH], languages=[FRENCH])).fits


def test_ranking_by_points_then_by_name_leaving_out_what_does_not_fit():
    candidates = [
        (Candidate("Zagora", 1), profile([EMPLOYMENT])),
        (Candidate("Abda", 2), profile([EMPLOYMENT])),
        (Candidate("Málaga", 3), profile([EMPLOYMENT], countries=[SPAIN], languages=[SPANISH])),
        (Candidate("Oujda", 4), profile([HEALTH], [NORTH])),
        (Candidate("Lyon", 5), profile([TRAINING], languages=[FRENCH, SPANISH])),
    ]

    ranked = rank(NEED, candidates)

    assert [(str(item), found.score) for item, found in ranked] == [
        ("Málaga", 6),
        ("Lyon", 5),
        ("Abda", 3),
        ("Zagora", 3),
    ]
    assert [str(item) for item, _found in rank(NEED, candidates, limit=2)] == ["Málaga", "Lyon"]


def test_reasons_are_written_in_the_readers_language():
    found = fit(NEED, profile([EMPLOYMENT], countries=[SPAIN], languages=[FRENCH, SPANISH]))

    with translation.override("en"):
        assert (
            found.explanation
            == "same theme: Employment, works in Espagne, speaks espagnol, français"
        )
    with translation.override("ar"):
        assert "، " in found.explanation


# On a need's page ------------------------------------------------------------------------


@pytest.fixture
def world(db, tangier):
    employment = ThemeFactory(slug="employment", name_fr="Emploi")
    training = ThemeFactory(slug="training", name_fr="Formation", parent=employment)
    health = ThemeFactory(slug="health", name_fr="Santé")
    spain = CountryFactory(code="ES", name_fr="Espagne")
    french = LanguageFactory(code="fr", name_fr="français")
    spanish = LanguageFactory(code="es", name_fr="espagnol")
    tangier_club = OrganizationFactory(slug="tangier-club", name_fr="Club de Tanger")
    LocationFactory(organization=tangier_club, place=tangier.bni_makada)
    need = ExchangeFactory(
        slug="need",
        organization=tangier_club,
        themes=[employment],
        places=[tangier.commune],
        countries=[spain],
        languages=[french, spanish],
    )
    malaga = OrganizationFactory(
        slug="malaga", name_fr="Asociación de Málaga", countries=[spain], languages=[spanish]
    )
    ExchangeFactory(
        slug="internships",
        kind="offer",
        organization=malaga,
        themes=[training],
        countries=[spain],
        languages=[spanish, french],
    )
    ExchangeFactory(slug="clinic", kind="offer", themes=[health], countries=[spain])
    ExchangeFactory(slug="own-offer", kind="offer", organization=tangier_club, themes=[employment])
    ExchangeFactory(slug="other-need", themes=[employment], countries=[spain])
    ExchangeFactory(
        slug="ended-offer", kind="offer", themes=[employment], fulfilled_on=need.ends_on
    )
    neighbour = OrganizationFactory(
        slug="neighbour", name_fr="Voisins de Bni Makada", themes=[training], languages=[french]
    )
    LocationFactory(organization=neighbour, place=tangier.medina)
    OrganizationFactory(slug="hospital", themes=[health], countries=[spain])
    OrganizationFactory(slug="hidden", themes=[employment], status="draft")
    return {"need": need, "employment": employment, "spain": spain, "tangier": tangier}


def suggested(page, section):
    cards = page.root.find("section", aria_labelledby=section).find_all("li", cls="card")
    return [
        (card.find("a").get("href").split("/")[-2], card.find("p", cls="reasons").text)
        for card in cards
    ]


def test_a_need_page_shows_the_offers_and_organizations_that_fit_with_their_reasons(visit, world):
    page = visit("/fr/needs/need/")

    assert suggested(page, "offers-that-fit") == [
        (
            "internships",
            "Pourquoi : même thème : Emploi, travaille dans : Espagne, parle espagnol, français",
        )
    ]
    assert suggested(page, "organizations-that-fit") == [
        (
            "neighbour",
            "Pourquoi : même thème : Emploi, travaille dans : Tanger-Tétouan-Al Hoceima, "
            "parle français",
        ),
    ]


def test_an_offer_page_shows_the_needs_it_could_answer(visit, world):
    page = visit("/fr/needs/internships/")

    assert [slug for slug, _why in suggested(page, "needs-that-fit")] == ["need", "other-need"]
    assert page.root.find("section", aria_labelledby="organizations-that-fit") is None


def test_a_need_with_nothing_in_common_with_anyone_says_so(visit, db):
    ExchangeFactory(slug="lonely", themes=[ThemeFactory()])

    page = visit("/fr/needs/lonely/")

    assert "Rien dans Dalil" in page.root.find("section", aria_labelledby="offers-that-fit").text


@pytest.mark.parametrize("size", [1, 30])
def test_suggestions_read_a_bounded_number_of_rows_whatever_the_number_of_organizations(
    client, django_assert_num_queries, world, size, settings, monkeypatch
):
    settings.PAGE_CACHE_SECONDS = 0
    monkeypatch.setattr("organizations.exchanges.suggestions.CANDIDATES", 10)
    for _ in range(size):
        organization = OrganizationFactory(themes=[world["employment"]])
        LocationFactory(organization=organization, place=world["tangier"].medina)
        ExchangeFactory(kind="offer", themes=[world["employment"]], countries=[world["spain"]])
    client.get("/fr/needs/need/")

    # The versions, the need, its partnerships, its taxonomy; offers sharing a theme and a
    # place, then a theme; organizations likewise; the candidates, their taxonomy, regions.
    with django_assert_num_queries(12):
        response = client.get("/fr/needs/need/")

    suggestions = response.context["suggestions"]
    assert len(suggestions.exchanges) == min(size + 1, 5)
    assert len(suggestions.organizations) == min(size + 1, 5)
    assert CANDIDATES > 10  # the real bound is larger than the test's
