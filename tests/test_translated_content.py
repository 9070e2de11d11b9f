"""Content in the visitor's language, or another language's text marked as such."""

import pytest

from tests.factories import (
    NewsItemFactory,
    OrganizationFactory,
    ProjectFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_arabic_page_is_right_to_left_and_shows_the_arabic_name(visit):
    OrganizationFactory(slug="oum-action", name_ar="جمعية أم", name_fr="Oum Action")

    page = visit("/ar/organizations/oum-action/")

    html = page.root.find("html")
    assert (html.get("lang"), html.get("dir")) == ("ar", "rtl")
    assert page.root.find("h1").text == "جمعية أم"
    assert "Oum Action" not in page.root.find("main").text
    assert page.root.find(cls="fallback-note") is None


def test_missing_arabic_name_falls_back_to_french_marked_with_its_language(visit):
    OrganizationFactory(slug="oum-action", name_ar="", name_fr="Oum Action")

    page = visit("/ar/organizations/oum-action/")

    heading = page.root.find("h1")
    span = heading.find("span", lang="fr")
    assert span is not None
    assert (span.text, span.get("dir")) == ("Oum Action", "ltr")
    assert heading.find(cls="fallback-note") is not None


def test_missing_arabic_text_falls_back_to_french_paragraphs_marked_with_their_language(visit):
    organization = OrganizationFactory(description_ar="", description_fr="Une description.")

    page = visit(organization.get_absolute_url().replace("/fr/", "/ar/"))

    block = page.root.find("div", lang="fr")
    assert block is not None
    assert (block.text, block.get("dir")) == ("Une description.", "ltr")
    assert page.root.find("p", cls="fallback-note") is not None


def test_arabic_text_shown_on_a_french_page_is_marked_right_to_left(visit):
    OrganizationFactory(slug="jam3iya", name_ar="جمعية", name_fr="", name_en="")

    page = visit("/fr/organizations/jam3iya/")

    span = page.root.find("h1").find("span", lang="ar")
    assert (span.text, span.get("dir")) == ("جمعية", "rtl")


def test_english_page_falls_back_to_french_before_arabic(visit):
    OrganizationFactory(slug="oum-action", name_ar="جمعية أم", name_fr="Oum Action", name_en="")

    page = visit("/en/organizations/oum-action/")

    assert page.root.find("h1").find("span", lang="fr").text == "Oum Action"


@pytest.mark.parametrize("listing", ["organizations", "services", "projects", "news"])
def test_listings_show_arabic_titles_and_mark_french_fallbacks(visit, listing):
    factory, field = {
        "organizations": (OrganizationFactory, "name"),
        "services": (ServiceFactory, "name"),
        "projects": (ProjectFactory, "title"),
        "news": (NewsItemFactory, "title"),
    }[listing]
    factory(**{f"{field}_ar": "عنوان عربي", f"{field}_fr": "Titre traduit"})
    factory(**{f"{field}_ar": "", f"{field}_fr": "Titre sans traduction"})

    page = visit(f"/ar/{listing}/")

    titles = [card.find("a") for card in page.root.find_all("li", cls="card")]
    texts = sorted(title.text for title in titles)
    assert "عنوان عربي" in texts
    assert "Titre traduit" not in page.html
    fallback = next(title for title in titles if "Titre sans traduction" in title.text)
    assert fallback.find("span", lang="fr").text == "Titre sans traduction"
    assert fallback.find(cls="fallback-note") is not None


def test_listing_facets_use_the_visitors_language(visit):
    theme = ThemeFactory(name_ar="صحة", name_fr="Santé")
    OrganizationFactory(themes=[theme])

    assert "صحة" in visit("/ar/organizations/").facet("theme")
    assert "Santé" in visit("/fr/organizations/").facet("theme")


def test_search_from_an_arabic_page_finds_french_and_arabic_text(visit):
    french = OrganizationFactory(name_fr="Clinique juridique", name_ar="")
    arabic = OrganizationFactory(name_fr="", name_ar="عيادة قانونية")

    assert visit("/ar/organizations/?q=clinique").results() == [french.slug]
    assert visit("/ar/organizations/?q=عيادة").results() == [arabic.slug]
