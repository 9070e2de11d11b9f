"""The page checks of tests/browser/checks.py can fail: each sees what it looks for."""

from tests.browser.checks import axe_violations, foreign_requests, sideways_overflow

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
