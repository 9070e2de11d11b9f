"""`make bench`'s parts with logic: reading wrk, the share, the addresses, the database steps.

No load here: the bench itself is measured by running it (docs/performance.md).
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from directory.bench import addresses, database, wrk
from organizations.models import Organization
from tests.factories import (
    AudienceFactory,
    CountryFactory,
    LanguageFactory,
    OrganizationFactory,
    ProjectFactory,
    ServiceFactory,
    ThemeFactory,
)

WRK_OUTPUT = """\
Running 10s test @ http://127.0.0.1:8200
  2 threads and 8 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    24.10ms   10.15ms 215.58ms   91.97%
  4012 requests in 10.00s, 40.53MB read
  Non-2xx or 3xx responses: 3
Requests/sec:    401.19
BENCH-RESULT {"requests": 4012, "duration_us": 10000512, "bytes": 42499751, \
"p50_us": 21458, "p99_us": 93688, "max_us": 215583, "status_errors": 3, "connect_errors": 1, \
"read_errors": 0, "write_errors": 0, "timeouts": 2}
"""


def measurement(requests_per_second):
    return wrk.Measurement(
        requests=requests_per_second * 10, seconds=10, p50_ms=1, p99_ms=2, max_ms=3, errors=0
    )


def test_wrk_output_gives_latencies_in_milliseconds_and_every_kind_of_error():
    figures = wrk.parse(WRK_OUTPUT)

    assert figures.requests == 4012
    assert figures.seconds == pytest.approx(10.000512)
    assert figures.requests_per_second == pytest.approx(401.18, abs=0.01)
    assert (figures.p50_ms, figures.p99_ms, figures.max_ms) == (21.458, 93.688, 215.583)
    # three responses that were not 2xx or 3xx, a refused connection, two timeouts
    assert figures.errors == 6


def test_wrk_output_without_the_scripts_line_is_refused():
    with pytest.raises(ValueError, match="BENCH-RESULT"):
        wrk.parse("unable to connect to 127.0.0.1:8200 Connection refused\n")


def test_share_divides_by_the_bare_views_before_and_after():
    assert wrk.share(measurement(50), measurement(400), measurement(600)) == pytest.approx(0.1)


def test_share_is_nought_when_the_bare_view_answered_nothing():
    assert wrk.share(measurement(50), measurement(0), measurement(0)) == 0


def test_bench_refuses_to_run_without_wrk_and_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))  # an empty folder: no wrk on the path

    # No database access is allowed here: the command stops before building anything.
    with pytest.raises(CommandError, match=r"apt-get install wrk"):
        call_command("bench", organizations=10, seconds=1)


@pytest.fixture
def small_directory(tangier):
    themes = ThemeFactory.create_batch(3)
    AudienceFactory.create_batch(2)
    LanguageFactory.create_batch(2)
    organizations = OrganizationFactory.create_batch(8, themes=themes[:1])
    for organization in organizations[:4]:
        ServiceFactory(organization=organization)
        ProjectFactory()
    OrganizationFactory(status="draft")


@pytest.mark.django_db
def test_addresses_cover_every_page_type_and_open(small_directory, client):
    pages = addresses.build(pages=5, combinations=12)

    assert list(pages) == addresses.PAGE_TYPES
    assert len(pages["home"]) == 3
    assert len(pages["organization"]) == 5  # five of the eight published, none a draft
    assert len(pages["service"]) == len(pages["project"]) == 4
    assert len(pages["search"]) == 60
    for listed in pages.values():
        assert len(set(listed)) == len(listed)
    for address in [address for listed in pages.values() for address in listed[:2]]:
        assert client.get(address).status_code == 200, address


@pytest.mark.django_db
def test_listing_addresses_have_two_filters_and_a_text(small_directory):
    pages = addresses.build(combinations=12)

    for page_type in ("organizations", "services"):
        assert len(pages[page_type]) == 12
        for address in pages[page_type]:
            parameters = parse_qs(urlsplit(address).query)
            assert len(parameters) == 3 and parameters["q"], address


@pytest.mark.django_db
def test_addresses_are_the_same_for_the_same_seed(small_directory):
    assert addresses.build(seed=3) == addresses.build(seed=3)


@pytest.fixture
def generated(tangier):
    CountryFactory(code="MA")
    ThemeFactory.create_batch(3)
    AudienceFactory.create_batch(3)
    LanguageFactory.create_batch(2)
    call_command("generate_demo", organizations=30, seed=1, verbosity=0)


def analyze():
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


@pytest.mark.django_db
def test_the_index_is_rebuilt_only_when_it_misses_organizations(generated):
    if database.index_is_short():
        call_command("rebuild_search_index", verbosity=0)

    assert not database.index_is_short()


@pytest.mark.django_db
def test_generate_demo_leaves_the_tables_analyzed(generated):
    call_command("generate_demo", organizations=100, seed=2, verbosity=0)

    assert not database.statistics_are_stale()


def test_tables_are_analyzed_again_only_once_they_have_grown(generated):
    from tests.factories import OrganizationFactory

    analyze()
    assert not database.statistics_are_stale()

    # Rows written without analyzing, as an import of another kind could.
    Organization.objects.bulk_create(
        OrganizationFactory.build_batch(2 * Organization.objects.count() + 1)
    )

    table = Organization._meta.db_table
    assert Organization.objects.count() > 2 * database.planner_row_estimate(table)
    assert database.statistics_are_stale()
    analyze()
    assert not database.statistics_are_stale()
