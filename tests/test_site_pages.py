"""The footer of every page links to plain pages about Dalil: about, contact, privacy and
accessibility, in each language."""

import pytest

pytestmark = pytest.mark.django_db

PAGES = ["about", "contact", "privacy", "accessibility"]


def footer_links(page):
    nav = page.root.find("footer", cls="site-footer").find("nav", cls="footer-links")
    return [a.get("href") for a in nav.find_all("a")]


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_the_footer_links_to_about_contact_privacy_and_accessibility(visit, language):
    links = footer_links(visit(f"/{language}/"))

    assert links == [f"/{language}/{name}/" for name in PAGES]
    for url in links:
        page = visit(url)
        assert page.root.find("html").get("lang") == language
        assert page.root.find("h1").text


def test_the_pages_are_translated(visit):
    for name in PAGES:
        french, arabic = visit(f"/fr/{name}/"), visit(f"/ar/{name}/")
        assert french.root.find("h1").text != arabic.root.find("h1").text, name


def test_the_privacy_page_says_what_dalil_stores_and_what_it_does_not(visit):
    text = visit("/en/privacy/").text

    for words in [
        "No tracking",
        "No request goes to another site",
        "without your IP address",
        "your email only if you give it",
        "Staff accounts",
        "Failed logins",
    ]:
        assert words in text


def test_the_contact_page_gives_the_teams_address_only_when_there_is_one(visit, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the setting changes within the test
    assert "mailto:" not in visit("/fr/contact/").html

    settings.CONTACT_EMAIL = "equipe@dalil.example"
    page = visit("/fr/contact/")

    assert "mailto:equipe@dalil.example" in page.hrefs()
    assert "/fr/suggest/" in page.hrefs()
