"""Listings show 20 results a page; page links keep the filters; odd page numbers still work."""

import pytest

from tests.factories import AudienceFactory, NewsItemFactory, ThemeFactory
from tests.listings import LISTINGS

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_pages_hold_twenty_results_and_page_links_keep_the_filters(visit, listing):
    health, women = ThemeFactory(slug="health"), AudienceFactory(slug="women")
    for _ in range(25):
        listing.make(themes=[health], audiences=[women])
    listing.make(themes=[health])
    listing.make(audiences=[women])
    listing.make()

    first = visit(f"{listing.url}?theme=health&audience=women")
    second = visit(first.next_page_href())

    assert first.notice() == ""
    assert (first.result_count, len(first.results())) == (25, 20)
    assert "theme=health" in first.next_page_href()
    assert "audience=women" in first.next_page_href()
    assert len(second.results()) == 5
    assert set(first.results()).isdisjoint(second.results())
    assert second.next_page_href() is None
    previous = second.absolute(second.root.find("a", rel="prev").get("href"))
    assert "theme=health" in previous
    assert visit(previous).results() == first.results()


def test_news_pages_hold_twenty_items_newest_first(visit):
    items = NewsItemFactory.create_batch(23)
    newest_first = sorted(items, key=lambda item: item.published_on, reverse=True)

    first = visit("/fr/news/")
    second = visit(first.next_page_href())

    assert first.results() == [item.slug for item in newest_first[:20]]
    assert second.results() == [item.slug for item in newest_first[20:]]


def test_a_single_page_has_no_page_links(visit):
    NewsItemFactory.create_batch(20)

    page = visit("/fr/news/")

    assert len(page.results()) == 20
    assert page.root.find("nav", cls="pagination") is None


@pytest.mark.parametrize("url", [listing.url for listing in LISTINGS] + ["/fr/news/"])
@pytest.mark.parametrize("number", ["abc", "0", "-1", "999999", "1.5", "", "%00", "2" * 400])
def test_any_page_number_shows_a_page(visit, url, number):
    for _ in range(21):
        if url == "/fr/news/":
            NewsItemFactory()
        else:
            next(listing for listing in LISTINGS if listing.url == url).make()

    page = visit(f"{url}?page={number}")

    assert len(page.results()) in (20, 1)
