"""Odd or hostile addresses never break a page: unknown options are reported and left out,
free text is shown back escaped, unknown pages answer with the friendly 404 page."""

import pytest
from django.utils import translation

from organizations.filters import OrganizationFilter, ServiceFilter
from projects.filters import ProjectFilter
from tests.factories import (
    AudienceFactory,
    NewsItemFactory,
    OrganizationFactory,
    ProjectFactory,
    ServiceFactory,
    ThemeFactory,
)
from tests.listings import LISTINGS

pytestmark = pytest.mark.django_db

FILTERSETS = {"organizations": OrganizationFilter, "services": ServiceFilter}
FILTERSETS["projects"] = ProjectFilter


def label(listing, name):
    with translation.override("fr"):
        return str(FILTERSETS[listing.name].base_filters[name].label)


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
@pytest.mark.parametrize("name", ["theme", "audience", "place"])
def test_unknown_option_is_left_out_and_reported(visit, tangier, listing, name):
    kept = listing.make_in(tangier.medina, **{f"{listing.title}_fr": "Clinique"})
    listing.make()

    page = visit(f"{listing.url}?{name}=no-such-thing&q=clinique")

    assert page.results() == [kept.slug]
    assert label(listing, name) in page.notice()
    assert label(listing, "q") not in page.notice()


@pytest.mark.parametrize(
    ("listing", "query", "name"),
    [
        (LISTINGS[0], "kind=spaceship", "kind"),
        (LISTINGS[0], "language=xx", "language"),
        (LISTINGS[0], "sort=price", "sort"),
        (LISTINGS[2], "status=abandoned", "status"),
        (LISTINGS[2], "organization=no-such-organization", "organization"),
    ],
    ids=str,
)
def test_unknown_value_of_other_filters_is_reported(visit, listing, query, name):
    listing.make()

    page = visit(f"{listing.url}?{query}")

    assert page.result_count == 1
    assert label(listing, name) in page.notice()


def test_an_unclear_free_value_is_ignored(visit):
    ServiceFactory(is_free=True)
    ServiceFactory(is_free=False)

    assert visit("/fr/services/?free=maybe").result_count == 2


def test_a_valid_address_shows_no_notice(visit):
    ThemeFactory(slug="health")

    assert visit("/fr/organizations/?theme=health").notice() == ""


def test_filtering_by_an_unpublished_organization_is_reported(visit):
    draft = OrganizationFactory(status="draft")
    ProjectFactory()

    page = visit(f"/fr/projects/?organization={draft.slug}")

    assert page.result_count == 1
    assert label(LISTINGS[2], "organization") in page.notice()


HOSTILE_TEXTS = {
    "long": "aide " * 1000,
    "nul": "aide%00juridique",
    "sql": "%27+OR+1%3D1+--",
    "sql-drop": "x%27%29%3B+DROP+TABLE+organizations_organization%3B+--",
    "html": "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
    "attribute": "%22+onmouseover%3D%22alert(1)",
    "rtl-marks": "%E2%80%8F%D8%B5%D8%AD%D8%A9",
}
WORDLESS_TEXTS = {
    "punctuation": "!!!%3F%3F...,,;;",
    "percent": "%25",
    "underscore": "_",
    "emoji": "%F0%9F%98%80",
    "control": "%01%02%1b%7f",
}


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
@pytest.mark.parametrize("text", HOSTILE_TEXTS.values(), ids=HOSTILE_TEXTS.keys())
def test_odd_free_text_gives_a_page_and_matches_nothing_it_should_not(visit, listing, text):
    # Texts without a digit in any language, the organization's too: "1=1" may rightly find
    # a "Service 1" that a factory's numbering happens to give.
    words = {
        f"{field}_{language}": word
        for field, word in [(listing.title, "Clinique"), ("summary", "Conseils")]
        for language in ("ar", "fr", "en")
    }
    if listing.name == "services":
        words |= {f"organization__name_{language}": "Maison" for language in ("ar", "fr", "en")}
    listing.make(**words)

    page = visit(f"{listing.url}?q={text}")

    assert page.results() == []
    assert "<script>alert(1)" not in page.html
    assert 'onmouseover="alert' not in page.html
    assert "\x00" not in page.html


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
@pytest.mark.parametrize("text", WORDLESS_TEXTS.values(), ids=WORDLESS_TEXTS.keys())
def test_free_text_without_a_word_searches_nothing_and_lists_everything(visit, listing, text):
    item = listing.make()

    page = visit(f"{listing.url}?q={text}")

    assert page.results() == [item.slug]
    assert page.notice() == ""
    assert not any(ch in page.html for ch in "\x00\x01\x02\x1b\x7f")


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_free_text_is_shown_back_escaped(visit, listing):
    page = visit(f"{listing.url}?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")

    assert page.root.find("input", id="id_q").get("value") == "<script>alert(1)</script>"
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page.html
    assert "<script>alert(1)" not in page.html


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_unknown_filter_values_are_shown_back_escaped(visit, listing):
    page = visit(f"{listing.url}?theme=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E")

    assert "<script>alert(1)" not in page.html
    assert label(listing, "theme") in page.notice()


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
@pytest.mark.parametrize("name", ["theme", "audience", "place", "kind", "organization", "sort"])
def test_nul_bytes_in_any_parameter_give_a_page(visit, listing, name):
    listing.make()

    page = visit(f"{listing.url}?{name}=health%00&q=%00")

    assert page.result_count == 1


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_repeated_parameters_use_one_value(visit, listing):
    health, legal = ThemeFactory(slug="health"), ThemeFactory(slug="legal")
    listing.make(themes=[health])
    for_legal = listing.make(themes=[legal])

    page = visit(f"{listing.url}?theme=health&theme=legal&q=&q=&page=1&page=1")

    assert page.results() == [for_legal.slug]
    assert page.notice() == ""


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_unknown_parameters_are_ignored(visit, listing):
    item = listing.make()

    page = visit(f"{listing.url}?utm_source=whatsapp&fbclid=abc")

    assert page.results() == [item.slug]


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
def test_very_long_filter_values_give_a_page(visit, listing):
    listing.make(audiences=[AudienceFactory(slug="women")])

    page = visit(f"{listing.url}?audience={'w' * 5000}&place={'p' * 5000}")

    assert page.result_count == 1
    assert label(listing, "audience") in page.notice()


@pytest.mark.parametrize(
    "url",
    [
        "/fr/organizations/no-such-organization/",
        "/fr/services/no-such-service/",
        "/fr/projects/no-such-project/",
        "/fr/news/no-such-news/",
        "/ar/organizations/no-such-organization/",
        "/fr/organizations/%3Cscript%3E/",
        "/fr/no-such-page/",
        "/de/organizations/",
    ],
)
def test_unknown_pages_answer_with_the_friendly_404_page(visit, url):
    page = visit(url, status=404)

    assert "404.html" in [template.name for template in page.response.templates]
    assert "/fr/services/" in page.hrefs() or "/ar/services/" in page.hrefs()
    assert "<script>" not in page.html


def test_404_page_keeps_the_visitors_language(visit):
    page = visit("/ar/services/no-such-service/", status=404)

    assert page.root.find("html").get("lang") == "ar"
    assert "/ar/services/" in page.hrefs()


def test_detail_pages_of_existing_items_are_found(visit):
    for item in [OrganizationFactory(), ServiceFactory(), ProjectFactory(), NewsItemFactory()]:
        visit(item.get_absolute_url())
