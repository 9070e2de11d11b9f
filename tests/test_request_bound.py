"""No request holds a worker: a statement that runs past DATABASE_REQUEST_TIMEOUT while a
page waits is stopped and answered with the translated 503 page; code outside requests
(commands, the worker, the shell) is never stopped; hostile listing addresses stay bounded.

This module is also the URLconf of its page tests: the site's pages plus a few pages that
run a genuinely slow query, valid on SQLite and PostgreSQL alike.
"""

import logging
import time
from urllib.parse import urlencode

import pytest
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth.models import Group
from django.db import connection, connections, transaction
from django.http import HttpResponse
from django.urls import path

from directory.search import facet_sets
from directory.urls import urlpatterns as site_urlpatterns
from tests.factories import (
    AudienceFactory,
    LanguageFactory,
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
    ThemeFactory,
)
from tests.test_query_counts import LISTING_QUERIES

pytestmark = pytest.mark.django_db

# Far more rows than any bound lets a database count: minutes on either database.
ENDLESS = 10**10


def count_to(number):
    """A query that does `number` steps of work and returns `number`."""
    with connection.cursor() as cursor:
        cursor.execute(
            "WITH RECURSIVE counter(n) AS ("
            " SELECT 1 UNION ALL SELECT n + 1 FROM counter WHERE n < %s"
            ") SELECT count(*) FROM counter",
            [number],
        )
        return cursor.fetchone()[0]


def endless_page(request):
    """Writes a row, then runs a query that would take minutes, in one transaction."""
    with transaction.atomic():
        Group.objects.create(name="written-before-the-slow-query")
        return HttpResponse(count_to(ENDLESS))


def patient_page(request):
    """Waits longer than the bound between two quick statements, as a busy page may."""
    count_to(10)
    time.sleep(0.3)
    return HttpResponse(count_to(20_000))


def statement_timeout_page(request):
    """PostgreSQL: the statement_timeout of a connection opened during the request."""
    fresh = connections.create_connection("default")
    try:
        with fresh.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            return HttpResponse(cursor.fetchone()[0])
    finally:
        fresh.close()


urlpatterns = [
    *site_urlpatterns,
    *i18n_patterns(
        path("endless/", endless_page),
        path("patient/", patient_page),
        path("statement-timeout/", statement_timeout_page),
    ),
]

postgresql_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="statement_timeout is PostgreSQL's"
)


@pytest.fixture
def slow_pages(settings):
    settings.ROOT_URLCONF = __name__
    settings.DATABASE_REQUEST_TIMEOUT = 200


# A runaway statement becomes the 503 page -----------------------------------------------


@pytest.mark.parametrize(
    ("language", "heading", "direction"),
    [
        ("fr", "Cette page a pris trop de temps à préparer", "ltr"),
        ("ar", "استغرق تحضير هذه الصفحة وقتًا طويلًا", "rtl"),
        ("en", "This page took too long to prepare", "ltr"),
    ],
)
def test_a_runaway_query_is_stopped_and_answered_in_the_visitors_language(
    visit, slow_pages, language, heading, direction
):
    page = visit(f"/{language}/endless/", status=503)

    assert page.response["Retry-After"] == "10"
    assert page.root.find("html").get("lang") == language
    assert page.root.find("html").get("dir") == direction
    assert heading in page.root.find("h1").text
    assert f"/{language}/services/" in page.hrefs()
    assert f"/{language}/" in page.hrefs()


def test_what_the_stopped_request_wrote_is_rolled_back(visit, slow_pages):
    visit("/fr/endless/", status=503)

    assert not Group.objects.filter(name="written-before-the-slow-query").exists()
    assert Group.objects.create(name="the connection still works")


def test_the_stop_is_logged_once_as_a_warning_without_the_query_string(visit, slow_pages, caplog):
    with caplog.at_level(logging.INFO):
        visit("/fr/endless/?q=what+a+resident+searched", status=503)

    logged = [record for record in caplog.records if record.levelno >= logging.WARNING]
    assert len(logged) == 1
    assert logged[0].levelno == logging.WARNING
    assert "/fr/endless/" in logged[0].getMessage()
    assert "resident" not in logged[0].getMessage()


def test_the_bound_counts_each_statement_not_the_whole_request(visit, slow_pages):
    page = visit("/fr/patient/")

    assert page.html == "20000"


def test_no_bound_when_the_setting_is_zero(client, settings):
    settings.ROOT_URLCONF = __name__
    settings.DATABASE_REQUEST_TIMEOUT = 0

    assert client.get("/fr/patient/").content == b"20000"


# Outside requests nothing is bounded ----------------------------------------------------


def test_code_outside_a_request_is_not_bounded(settings):
    settings.DATABASE_REQUEST_TIMEOUT = 50

    assert count_to(300_000) == 300_000


def test_code_after_a_request_is_not_bounded(visit, slow_pages):
    visit("/fr/endless/", status=503)
    visit("/fr/patient/")

    assert count_to(300_000) == 300_000


@postgresql_only
def test_a_postgresql_connection_is_bounded_only_when_a_request_opens_it(client, settings):
    """Connections start with the bound (settings.py), so a request pays no query for it;
    one opened outside a request (a command's, the worker's) lifts it at once."""
    settings.ROOT_URLCONF = __name__
    settings_timeout = connection.settings_dict["OPTIONS"]["options"]
    assert "statement_timeout=3000" in settings_timeout

    opened_in_request = client.get("/fr/statement-timeout/").content.decode()
    outside = connections.create_connection("default")
    try:
        with outside.cursor() as cursor:
            cursor.execute("SHOW statement_timeout")
            opened_outside = cursor.fetchone()[0]
    finally:
        outside.close()

    assert opened_in_request == "3s"
    assert opened_outside == "0"


# Hostile listing addresses stay bounded ---------------------------------------------------

# 200 characters and more of common words, operators and wildcards: every word matches
# something, and none may widen the search beyond its bound.
HOSTILE_TEXT = " ".join(
    ["aide", "OR", "association", "|", "de", "*", "et", "-la", '"solidarité"', "AND", "aide*"] * 8
)
HOSTILE_FILTERS = [
    ("theme", "migration"),
    ("theme", "no-such-theme"),
    ("audience", "women"),
    ("audience", "women"),
    ("place", "medina"),
    ("place", "tanger"),
    ("language", "ar"),
    ("kind", "association"),
    ("kind", "spaceship"),
    ("free", "true"),
    ("free", "maybe"),
    ("sort", "price"),
    ("sort", "updated"),
    ("type", "service"),
    ("page", "999999"),
    ("page", "abc"),
    ("q", HOSTILE_TEXT),
    ("q", "aide"),
]


def pinned_queries(path):
    """The most queries the query-count tests allow an address of this listing, and one
    more for the free text if none of the pinned addresses has one."""
    pins = [(url, queries) for url, queries in LISTING_QUERIES if url.startswith(path)]
    text_query = 0 if any("q=" in url for url, _queries in pins) else 1
    return max(queries for _url, queries in pins) + text_query


@pytest.fixture
def everything_matches(tangier):
    """Organizations and services that match every filter and most words of the text."""
    migration = ThemeFactory(slug="migration")
    women = AudienceFactory(slug="women")
    arabic = LanguageFactory(code="ar")
    for number in range(4):
        organization = OrganizationFactory(
            name_fr=f"Association d'aide et de la solidarité {number}",
            kind="association",
            themes=[migration],
            audiences=[women],
            languages=[arabic],
        )
        location = LocationFactory(organization=organization, place=tangier.medina)
        ServiceFactory(
            organization=organization,
            name_fr=f"Aide et solidarité de l'association {number}",
            is_free=True,
            themes=[migration],
            audiences=[women],
            languages=[arabic],
            locations=[location],
        )


@pytest.mark.parametrize(
    ("path", "most_queries"),
    [
        ("/fr/organizations/", pinned_queries("/fr/organizations/")),
        ("/fr/services/", pinned_queries("/fr/services/")),
        # tests/test_search.py: the search page reads at most 1 + 3 + 4 + 1 queries.
        ("/fr/search/", 9),
    ],
)
def test_every_filter_at_once_with_a_long_text_is_bounded(
    client, django_assert_max_num_queries, everything_matches, path, most_queries
):
    url = f"{path}?{urlencode(HOSTILE_FILTERS)}"
    client.get(url)  # the process reads its facet sets and catalogue once

    with django_assert_max_num_queries(most_queries):
        response = client.get(url)

    assert response.status_code == 200


@pytest.mark.parametrize("path", ["/fr/organizations/", "/fr/services/"])
def test_free_text_reads_at_most_the_text_limit_of_matches(
    visit, everything_matches, monkeypatch, path
):
    monkeypatch.setattr(facet_sets, "TEXT_LIMIT", 3)

    page = visit(f"{path}?{urlencode({'q': HOSTILE_TEXT})}")

    assert page.result_count == 3
    assert page.response.context["filter"].text_capped


@pytest.mark.parametrize("path", ["/fr/organizations/", "/fr/services/", "/fr/search/"])
@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=-1",
        f"page={10**30}",
        "theme=no-such-theme",
        f"q={'aide+' * 5000}",
        "q=aide%00&theme=migration%00&page=1%00",
        "sort=%00",
    ],
    ids=["page-abc", "page-negative", "page-huge", "theme-unknown", "q-10000", "nul", "sort-nul"],
)
def test_bad_parameters_give_a_page(visit, tangier, path, query):
    ServiceFactory(name_fr="Aide juridique", themes=[ThemeFactory(slug="migration")])

    visit(f"{path}?{query}")
