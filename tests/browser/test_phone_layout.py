"""The phone layout: a header within a fifth of a 360 × 640 screen."""

import pytest

from tests.browser.checks import height_of

LANGUAGES = ["ar", "fr", "en"]
# A fifth of a 360 × 640 screen.
HEADER_MOST = 640 / 5
# A page with the header's search form: the header at its tallest.
SERVICE_PAGE = "/{language}/services/tadamon-migrants-migrant-reception/"


def header_overflow(page):
    """The header's elements that reach past the screen's edges (the sections' strip scrolls
    by itself, so its links are left out)."""
    return page.evaluate(
        """() => [...document.querySelectorAll(".site-header *")]
            .filter((element) => !element.closest(".main-nav li") && element.checkVisibility())
            .filter((element) => {
                const box = element.getBoundingClientRect();
                return box.width && (box.left < 0 || box.right > window.innerWidth);
            })
            .map((element) => element.outerHTML.slice(0, 80))"""
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_takes_at_most_a_fifth_of_a_phone_screen(phone_page, language):
    page = phone_page(language)
    page.goto(SERVICE_PAGE.format(language=language))

    assert height_of(page, ".site-header") <= HEADER_MOST
    assert header_overflow(page) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_takes_at_most_a_fifth_of_a_phone_screen_when_logged_in(
    phone_page, account, language
):
    page = phone_page(language, account=account)
    page.goto(SERVICE_PAGE.format(language=language))
    log_out = page.locator(".account-menu form button[type=submit]")
    assert not log_out.is_visible()

    assert height_of(page, ".site-header") <= HEADER_MOST
    assert header_overflow(page) == []
    # The account's links open over the page, below the header.
    page.locator(".account-menu summary").click()
    assert log_out.is_visible()
    assert height_of(page, ".site-header") <= HEADER_MOST


@pytest.mark.parametrize("language", LANGUAGES)
def test_header_search_placeholder_is_not_cut_on_a_phone(phone_page, language):
    page = phone_page(language)
    page.goto(SERVICE_PAGE.format(language=language))

    text_width, room = page.locator("#header-q").evaluate(
        """(input) => {
            const style = getComputedStyle(input);
            const context = document.createElement("canvas").getContext("2d");
            context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            const padding =
                parseFloat(style.paddingInlineStart) + parseFloat(style.paddingInlineEnd);
            return [context.measureText(input.placeholder).width, input.clientWidth - padding];
        }"""
    )
    assert text_width <= room
