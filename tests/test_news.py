"""News: the listing, newest first, and an item's page."""

import datetime

import pytest

from tests.factories import NewsItemFactory, OrganizationFactory, ProjectFactory

pytestmark = pytest.mark.django_db


def test_news_listing_shows_items_newest_first_with_their_organization(visit):
    older = NewsItemFactory(published_on=datetime.date(2024, 2, 1))
    newer = NewsItemFactory(
        published_on=datetime.date(2025, 2, 1), organization__name_fr="Oum Action"
    )

    page = visit("/fr/news/")

    assert page.results() == [newer.slug, older.slug]
    assert "Oum Action" in page.root.find("li", cls="card").text
    assert page.root.find("time").get("datetime") == "2025-02-01"


def test_news_page_shows_its_text_and_links_its_organization_and_project(visit):
    organization = OrganizationFactory()
    project = ProjectFactory()
    item = NewsItemFactory(
        organization=organization,
        project=project,
        title_fr="Signature d'un protocole",
        summary_fr="Un accord pour trois ans.",
        body_fr="Premier paragraphe.\n\nSecond paragraphe.",
    )

    page = visit(item.get_absolute_url())

    assert page.root.find("h1").text == "Signature d'un protocole"
    assert "Un accord pour trois ans." in page.text
    paragraphs = [p.text for p in page.root.find("article").find_all("p")]
    assert "Premier paragraphe." in paragraphs
    assert "Second paragraphe." in paragraphs
    assert organization.get_absolute_url() in page.hrefs()
    assert project.get_absolute_url() in page.hrefs()


def test_news_listing_without_news_says_so(visit):
    NewsItemFactory(status="draft")

    page = visit("/fr/news/")

    assert page.results() == []
    assert page.root.find("main").find("p") is not None
