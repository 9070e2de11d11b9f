"""Every public page in Arabic, French and English: language, direction, alternates, switcher."""

import re

import pytest

from tests.factories import (
    NewsItemFactory,
    OrganizationFactory,
    ProjectFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

LANGUAGES = {"ar": "rtl", "fr": "ltr", "en": "ltr"}


@pytest.fixture
def one_of_each():
    theme = ThemeFactory(slug="health")
    service = ServiceFactory(themes=[theme])
    project = ProjectFactory()
    news = NewsItemFactory(organization=service.organization)
    return {
        "home": "/",
        "organizations": "/organizations/",
        "organization": f"/organizations/{service.organization.slug}/",
        "services": "/services/",
        "service": f"/services/{service.slug}/",
        "projects": "/projects/",
        "project": f"/projects/{project.slug}/",
        "news": "/news/",
        "news item": f"/news/{news.slug}/",
        "search": "/search/?q=service",
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_renders_in_each_language(client, one_of_each, language):
    for name, path in one_of_each.items():
        response = client.get(f"/{language}{path}")
        assert response.status_code == 200, name
        html = response.content.decode()
        assert f'<html lang="{language}" dir="{LANGUAGES[language]}">' in html, name
        alternates = re.findall(r'<link rel="alternate" hreflang="(\w+)" href="([^"]+)"', html)
        assert [code for code, _url in alternates] == list(LANGUAGES), name
        for code, url in alternates:
            assert url.startswith(f"http://testserver/{code}/"), (name, url)


def test_arabic_interface_is_translated(client, one_of_each):
    html = client.get("/ar/services/").content.decode()
    assert "الخدمات" in html  # "Services" in the navigation
    assert "Services" not in re.sub(r"<[^>]+>", " ", html.split("<main")[0])


def test_switching_language_keeps_the_filters(client):
    ThemeFactory(slug="health")
    html = client.get("/fr/services/", {"theme": "health", "q": "soins", "page": "1"}).content
    links = re.findall(r'<a href="(/\w\w/services/[^"]*)" lang="(\w\w)"', html.decode())
    assert {lang: href.replace("&amp;", "&") for href, lang in links} == {
        "ar": "/ar/services/?theme=health&q=soins&page=1",
        "fr": "/fr/services/?theme=health&q=soins&page=1",
        "en": "/en/services/?theme=health&q=soins&page=1",
    }


def test_slugs_are_the_same_in_every_language(client):
    organization = OrganizationFactory(name_fr="Association Nour", name_ar="جمعية نور")
    for language in LANGUAGES:
        response = client.get(f"/{language}/organizations/{organization.slug}/")
        assert response.status_code == 200


def test_dates_follow_the_language(client):
    news = NewsItemFactory(published_on="2017-06-02")
    french = client.get(f"/fr/news/{news.slug}/").content.decode()
    english = client.get(f"/en/news/{news.slug}/").content.decode()
    arabic = client.get(f"/ar/news/{news.slug}/").content.decode()
    assert "2 juin 2017" in french
    assert "June 2, 2017" in english or "2 June 2017" in english
    assert "يونيو" in arabic
