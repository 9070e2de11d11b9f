"""What every page must pass in the browser, as functions a test calls on a Playwright page.

Each returns what it found wrong, described for the failure message, or asserts it.
"""

from functools import cache
from urllib.parse import urlsplit

# WCAG 2.2 levels A and AA, as axe-core tags its rules.
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@cache
def axe():
    # Imported here, so that without Playwright the tests skip (conftest.py) rather than
    # fail to import.
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def axe_violations(page):
    """axe-core's WCAG A/AA violations on the page as it is now, one line per element."""
    results = axe().run(
        page,
        options={
            "runOnly": {"type": "tag", "values": WCAG_TAGS},
            "resultTypes": ["violations"],
        },
    )
    found = []
    for violation in results.response["violations"]:
        for node in violation["nodes"]:
            found.append(
                f"{violation['id']} ({violation['impact']}) at {' '.join(node['target'])}: "
                f"{node['failureSummary']}"
            )
    return found


def assert_no_axe_violations(page):
    found = axe_violations(page)
    assert not found, f"axe finds on {page.url}:\n" + "\n".join(found)


def foreign_requests(page):
    """Addresses the page asked for on another host than the one that served it."""
    home = urlsplit(page.url).netloc
    return [
        url
        for url in page.requests
        if urlsplit(url).scheme not in ("data", "blob") and urlsplit(url).netloc != home
    ]


def assert_no_foreign_requests(page):
    found = foreign_requests(page)
    assert not found, f"{page.url} made requests to other hosts: {found}"


def sideways_overflow(page):
    """How many pixels the page is wider than the window (0 when it does not scroll sideways),
    with the elements that reach past the window's edges."""
    return page.evaluate(
        """() => {
            const width = window.innerWidth;
            const extra = document.documentElement.scrollWidth - width;
            if (extra <= 0) return null;
            const culprits = [];
            for (const element of document.body.querySelectorAll("*")) {
                const box = element.getBoundingClientRect();
                if (box.width && (box.right > width + 1 || box.left < -1)) {
                    culprits.push(`${element.tagName.toLowerCase()}.${element.className}`);
                }
            }
            return {extra, culprits: culprits.slice(0, 5)};
        }"""
    )


def assert_no_sideways_scrolling(page):
    overflow = sideways_overflow(page)
    assert overflow is None, f"{page.url} scrolls sideways: {overflow}"


def height_of(page, selector):
    return page.locator(selector).bounding_box()["height"]
