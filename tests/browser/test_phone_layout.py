"""The phone layout: a header within a fifth of a 360 × 640 screen, one search box on a
listing, the filters in a panel before the results and the chosen ones as links that
remove them; on a desktop the filters stay a column beside the results.
"""

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.browser.checks import axe_violations, height_of

LANGUAGES = ["ar", "fr", "en"]
# A fifth of a 360 × 640 screen.
HEADER_MOST = 640 / 5
# A page with the header's search form: the header at its tallest.
SERVICE_PAGE = "/{language}/services/tadamon-migrants-migrant-reception/"
LISTINGS = ["services", "organizations", "projects"]


def query_of(page):
    return parse_qs(urlsplit(page.url).query)


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
    assert axe_violations(page) == []


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


@pytest.mark.parametrize("listing", LISTINGS)
def test_listing_has_one_search_box(phone_page, listing):
    page = phone_page("ar")
    page.goto(f"/ar/{listing}/")

    assert page.locator("input[type=search]").count() == 1
    assert page.locator(".listing-form input[name=q]").is_visible()


def test_on_a_phone_the_filters_come_first_in_a_panel_that_opens_without_javascript(
    phone_page,
):
    page = phone_page("ar", javascript=False)
    page.goto("/ar/services/")
    first_option = page.locator(".filters .facet a").first
    assert not first_option.is_visible()
    assert (
        page.locator(".filters-panel > summary").bounding_box()["y"]
        < page.locator(".card").first.bounding_box()["y"]
    )

    chosen = first_option.get_attribute("href").lstrip("?").split("=")[0]
    page.locator(".filters-panel > summary").click()
    with page.expect_navigation():
        first_option.click()

    assert set(query_of(page)) == {chosen}


def test_open_filter_panel_passes_axe_on_a_phone(phone_page):
    page = phone_page("ar", shared=True)
    page.goto("/ar/services/?audience=migrants")
    page.locator(".filters-panel > summary").click()

    assert page.locator(".filters .facet a").first.is_visible()
    assert axe_violations(page) == []


def test_chosen_filters_are_links_that_each_remove_their_filter_and_keep_the_others(
    phone_page,
):
    page = phone_page("ar")
    page.goto("/ar/services/?audience=migrants&place=bni-makada&q=مساعدة")
    chosen = page.locator(".chosen-filters a")
    shown = page.locator(".chosen-filters a [aria-hidden=true]")
    assert shown.all_inner_texts() == ["مساعدة ✕", "المهاجرون ✕", "بني مكادة ✕"]
    # Read out as what the link does: "Remove filter «Migrants»".
    assert page.get_by_role("link", name="إزالة خيار التصفية «المهاجرون»").count() == 1
    results_before = page.locator(".card").count()

    with page.expect_navigation():
        chosen.filter(has_text="المهاجرون").click()

    assert query_of(page) == {"place": ["bni-makada"], "q": ["مساعدة"]}
    assert shown.all_inner_texts() == ["مساعدة ✕", "بني مكادة ✕"]
    assert page.locator(".card").count() > results_before

    with page.expect_navigation():
        chosen.filter(has_text="مساعدة").click()

    assert query_of(page) == {"place": ["bni-makada"]}
    assert shown.all_inner_texts() == ["بني مكادة ✕"]
    assert page.locator(".card").count() == 20  # a full first page of 21 services


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_on_a_desktop_the_filters_are_an_open_column_beside_the_results(desktop_page, language):
    page = desktop_page(language)
    page.goto(f"/{language}/services/")
    filters = page.locator(".filters").bounding_box()
    results = page.locator(".results").bounding_box()

    assert page.locator(".filters .facet a").first.is_visible()
    assert filters["y"] == pytest.approx(results["y"], abs=2)
    # Beside the results on the side where lines end: the right in French, the left in Arabic.
    if language == "ar":
        assert filters["x"] + filters["width"] <= results["x"]
    else:
        assert results["x"] + results["width"] <= filters["x"]
