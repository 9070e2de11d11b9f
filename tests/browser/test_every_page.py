"""Every public page type, in Arabic, French and English, in a real browser: axe-core finds no
WCAG 2.2 A/AA violation, nothing scrolls sideways on a 360 px phone, no request leaves for
another host, and the page works with JavaScript off.
"""

import pytest

from tests.browser.checks import axe_violations, foreign_requests, sideways_overflow

LANGUAGES = ["ar", "fr", "en"]
SEARCH_WORDS = {"ar": "مهاجرين", "fr": "migrants", "en": "migrants"}
SERVICE = "tadamon-migrants-migrant-reception"

# Each public page type of the demo site: {name: address}, "{language}" filled in.
PAGES = {
    "home": "/{language}/",
    "services": "/{language}/services/",
    "services-filtered": "/{language}/services/?audience=migrants&place=bni-makada",
    "service": f"/{{language}}/services/{SERVICE}/",
    "organizations": "/{language}/organizations/",
    "organization": "/{language}/organizations/tadamon-migrants/",
    "projects": "/{language}/projects/",
    "project": "/{language}/projects/young-mediators-tangier/",
    "news": "/{language}/news/",
    "news-item": "/{language}/news/young-mediators-bendibane/",
    "search": "/{language}/search/?q={words}",
    "coverage": "/{language}/coverage/",
    "report-form": f"/{{language}}/report/service/{SERVICE}/",
    "suggestion-form": "/{language}/suggest/",
    "login": "/{language}/accounts/login/",
    "not-found": "/{language}/no-such-page/",
}
STATUS = {"not-found": 404}
# At desktop width, a smaller set, right to left and left to right.
DESKTOP_PAGES = ["home", "services-filtered", "service", "organization", "coverage", "search"]
DESKTOP_LANGUAGES = ["ar", "fr"]
LISTINGS = {
    "services": "/{language}/services/",
    "organizations": "/{language}/organizations/",
    "projects": "/{language}/projects/",
}


def address(name, language):
    return PAGES[name].format(language=language, words=SEARCH_WORDS[language])


def problems_on(page, name, language):
    """Open the page and list what is wrong with it: status, axe, sideways scrolling, hosts."""
    response = page.goto(address(name, language))
    problems = []
    if response.status != STATUS.get(name, 200):
        problems.append(f"status {response.status}")
    problems += axe_violations(page)
    overflow = sideways_overflow(page)
    if overflow:
        problems.append(f"scrolls sideways: {overflow}")
    problems += [f"request to another host: {url}" for url in foreign_requests(page)]
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_page_on_a_phone_is_accessible_fits_the_screen_and_stays_on_dalil(
    phone_page, name, language
):
    page = phone_page(language, shared=True)
    problems = problems_on(page, name, language)
    assert not problems, f"{name} in {language} at 360 px:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", DESKTOP_LANGUAGES)
@pytest.mark.parametrize("name", DESKTOP_PAGES)
def test_page_on_a_desktop_is_accessible_fits_the_screen_and_stays_on_dalil(
    desktop_page, name, language
):
    page = desktop_page(language, shared=True)
    problems = problems_on(page, name, language)
    assert not problems, f"{name} in {language} at 1280 px:\n" + "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PAGES)
def test_page_renders_without_javascript(phone_page, name, language):
    page = phone_page(language, javascript=False, shared=True)
    response = page.goto(address(name, language))

    assert response.status == STATUS.get(name, 200)
    assert page.locator("h1").first.is_visible(), f"{name} in {language} shows no heading"
    assert sideways_overflow(page) is None


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("listing", LISTINGS)
def test_listing_is_filtered_by_its_form_without_javascript(phone_page, listing, language):
    """The words are sent with the filters already chosen, which the form carries along."""
    page = phone_page(language, javascript=False, shared=True)
    page.goto(LISTINGS[listing].format(language=language) + "?place=tanger-tetouan-al-hoceima")
    before = page.locator(".result-count").inner_text()

    page.locator(".listing-form input[type=search]").fill(SEARCH_WORDS[language])
    with page.expect_navigation():
        page.locator(".listing-form button[type=submit]").click()

    assert "place=tanger-tetouan-al-hoceima" in page.url and "q=" in page.url
    assert page.locator(".listing-form input[type=search]").input_value() == SEARCH_WORDS[language]
    assert page.locator(".result-count").inner_text() != before


# The checks above can fail: each sees what it looks for.
ELSEWHERE = "http://elsewhere.example/pixel.png"


def test_the_checks_see_a_violation_sideways_scrolling_and_a_request_to_another_host(
    phone_page,
):
    # Without the page's own Content-Security-Policy, which would stop the request.
    page = phone_page("fr", bypass_csp=True)
    page.route(ELSEWHERE, lambda route: route.fulfill(status=204))
    page.goto("/fr/")
    assert axe_violations(page) == []
    assert sideways_overflow(page) is None
    assert foreign_requests(page) == []

    page.evaluate(
        """(address) => {
            const image = document.createElement("img");  // no text alternative
            image.src = address;
            const wide = document.createElement("p");
            wide.textContent = "A line wider than the phone.";
            wide.style.inlineSize = "2000px";
            document.querySelector("main").append(image, wide);
        }""",
        ELSEWHERE,
    )
    page.wait_for_load_state("networkidle")

    assert any(found.startswith("image-alt ") for found in axe_violations(page))
    assert sideways_overflow(page)["extra"] > 1000
    assert foreign_requests(page) == [ELSEWHERE]
