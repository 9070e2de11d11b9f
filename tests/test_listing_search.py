"""Free-text search on the listings: ?q= looks in every language and AND-s the words."""

import pytest

from tests.listings import LISTINGS

pytestmark = pytest.mark.django_db

WORD = {"ar": "الزيتونة", "fr": "Oliveraie", "en": "Olivegrove"}


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_search_finds_a_word_of_the_title_in_any_language(visit, listing, language):
    wanted = listing.make(**{f"{listing.title}_{language}": f"Centre {WORD[language]} du Nord"})
    listing.make()

    page = visit(f"{listing.url}?q={WORD[language].lower()}")

    assert page.results() == [wanted.slug]


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_search_finds_a_word_of_the_summary_in_any_language(visit, listing, language):
    wanted = listing.make(**{f"summary_{language}": f"Nous aidons {WORD[language]} chaque jour"})
    listing.make()

    page = visit(f"{listing.url}?q={WORD[language]}")

    assert page.results() == [wanted.slug]


@pytest.mark.parametrize(
    ("listing", "field"),
    [(listing, field) for listing in LISTINGS for field in listing.text_fields],
    ids=lambda value: str(value),
)
def test_search_looks_in_every_text_field_of_the_listing(visit, listing, field):
    column = field if field == "acronym" else f"{field}_fr"
    wanted = listing.make(**{column: "Quokka"})
    listing.make()

    page = visit(f"{listing.url}?q=quokka")

    assert page.results() == [wanted.slug]


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_search_needs_every_word_to_match(visit, listing):
    wanted = listing.make(**{f"{listing.title}_fr": "Clinique juridique"})
    listing.make(**{f"{listing.title}_fr": "Clinique dentaire"})
    listing.make(**{f"{listing.title}_fr": "Aide juridique"})

    page = visit(f"{listing.url}?q=juridique+clinique")

    assert page.results() == [wanted.slug]
    assert page.result_count == 1


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_search_words_may_match_different_fields_and_languages(visit, listing):
    wanted = listing.make(
        **{f"{listing.title}_fr": "Clinique du port", "summary_ar": "مساعدة قانونية"}
    )
    listing.make(**{f"{listing.title}_fr": "Clinique du centre", "summary_ar": "مساعدة طبية"})

    page = visit(f"{listing.url}?q=CLINIQUE+قانونية")

    assert page.results() == [wanted.slug]


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_search_without_a_match_says_so_and_offers_to_show_everything(visit, listing):
    listing.make(**{f"{listing.title}_fr": "Clinique juridique"})

    page = visit(f"{listing.url}?q=introuvable")

    assert page.results() == []
    assert page.result_count == 0
    assert listing.url in [href for href, _text in page.links()]


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_search_box_keeps_what_was_typed(visit, listing):
    page = visit(f"{listing.url}?q=clinique+juridique")

    assert page.root.find("input", id="id_q").get("value") == "clinique juridique"
