"""A resident's journeys, in a real browser, on a phone and on a desktop, in each language.

They search in their own words, open a service and find a way to call; filter free +
migrants + Bni Makada; ask what is open now at a fixed clock (a weekday morning, a Ramadan
night past midnight); list what is nearest to a position; save two services and print the
shortlist. Every page they see passes axe (WCAG 2.2 A/AA) and asks nothing of another host.

The clock: the live server runs in this process, so replacing `opening.now` here fixes the
moment its pages read (7 December 2026 is a Monday; 16 February 2027 a Tuesday of Ramadan
1448 by the Umm al-Qura calendar).
"""

import datetime
import re

import pytest

from directory.taxonomy import opening

from .checks import assert_no_axe_violations, assert_no_foreign_requests, sideways_overflow

pytestmark = pytest.mark.django_db

# What a resident types, in their own words and without accents or hamza.
WORDS = {"ar": "مهاجرين", "fr": "migrants", "en": "migrants"}
OPEN_NOW = {"ar": "مفتوح الآن", "fr": "Ouvert maintenant", "en": "Open now"}


def checked(page):
    """The checks every page of a journey passes, then the page."""
    assert_no_axe_violations(page)
    assert_no_foreign_requests(page)
    assert sideways_overflow(page) is None, sideways_overflow(page)
    return page


@pytest.fixture
def clock(monkeypatch):
    def set_clock(moment):
        monkeypatch.setattr(opening, "now", lambda: moment)

    return set_clock


def card_links(page):
    return page.locator(".card h2 a")


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_a_resident_searches_in_their_words_and_finds_a_number_to_call(phone_page, language):
    page = phone_page(language)
    page.goto(f"/{language}/")
    search = page.get_by_role("search").get_by_role("searchbox")
    search.fill(WORDS[language])
    search.press("Enter")
    page.wait_for_load_state()
    checked(page)

    results = page.locator("main a[href*='/services/']")
    assert results.count() > 0, f"nothing found for {WORDS[language]}"
    results.first.click()
    page.wait_for_load_state()
    checked(page)

    call = page.locator("a[href^='tel:']").first
    assert call.is_visible()
    box = call.bounding_box()
    assert box["height"] >= 44 or page.locator(".contact-buttons a[href^='tel:']").count()


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_resident_filters_free_services_for_migrants_in_bni_makada(phone_page, language):
    page = phone_page(language)
    page.goto(f"/{language}/services/")
    # Free, migrants, then the place drilled down: region, prefecture, commune, district.
    steps = [("free", "true"), ("audience", "migrants")] + [
        ("place", slug)
        for slug in ["tanger-tetouan-al-hoceima", "tanger-assilah", "tanger", "bni-makada"]
    ]
    for name, value in steps:
        # The option's link: the chosen filter comes last in its address.
        link = page.locator(f"#filters a[href$='{name}={value}']").first
        if not link.is_visible():  # the filters' panel is folded on a phone
            page.locator("#filters summary, .filters summary").first.click()
        link.click()
        page.wait_for_load_state()
    checked(page)

    assert {"free=true", "audience=migrants", "place=bni-makada"} <= set(
        page.url.split("?", 1)[1].split("&")
    )
    assert card_links(page).count() > 0
    for card in page.locator(".card").all():
        assert "Bni Makada" in card.inner_text() or "بني مكادة" in card.inner_text()


def test_open_now_on_a_weekday_morning(phone_page, clock):
    clock(datetime.datetime(2026, 12, 7, 10, 0))  # Monday, 10:00
    page = phone_page("fr")
    page.goto("/fr/services/?open=now")
    checked(page)

    assert card_links(page).count() > 0
    for card in page.locator(".card").all():
        assert "Ouvert maintenant" in card.inner_text()


def test_open_now_on_a_ramadan_night_past_midnight(phone_page, clock):
    """At a quarter past midnight in Ramadan, the literacy classes that run 21:30–00:30 on
    Monday evenings are open; by their usual hours they would not be."""
    clock(datetime.datetime(2027, 2, 16, 0, 15))
    page = phone_page("ar")
    page.goto("/ar/services/?open=now")
    checked(page)

    assert card_links(page).count() > 0
    for card in page.locator(".card").all():
        assert re.search("مفتوح الآن · يغلق على الساعة 00:30", card.inner_text())

    card_links(page).first.click()
    page.wait_for_load_state()
    checked(page)
    assert "المعمول بها اليوم" in page.locator("caption").first.inner_text()


def test_nearest_first_from_a_given_position_on_a_desktop(desktop_page):
    page = desktop_page("en")
    page.goto("/en/services/?near=35.770,-5.800")
    checked(page)

    distances = []
    for text in page.locator(".card .distance").all_inner_texts():
        number = float(re.sub(r"[^\d.,]", "", text).replace(",", "."))
        distances.append(number * (1000 if "km" in text else 1))
    assert len(distances) >= 2
    assert distances == sorted(distances)


def test_a_resident_saves_two_services_and_prints_the_shortlist(phone_page):
    page = phone_page("fr")
    page.goto("/fr/services/")
    names = []
    for card in page.locator(".card").all()[:2]:
        names.append(card.locator("h2").inner_text())
        card.locator(".save-button").click()
    shortlist = page.locator(".shortlist-link").first
    assert "2" in shortlist.inner_text()
    shortlist.click()
    page.wait_for_load_state()
    checked(page)

    assert page.locator(".shortlist-item h2").all_inner_texts() == names
    page.emulate_media(media="print")
    assert not page.locator(".save-button, .shortlist-actions").first.is_visible()
    assert page.pdf(format="A4")[:4] == b"%PDF"
