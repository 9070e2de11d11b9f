"""With a read replica: visitors' pages read from it, every write goes to the primary, and
whoever just wrote reads from the primary for a while (directory/db_router.py).

The replica here is a second connection to the test database, as Django's test mirrors
are, and as settings.py makes each alias of DATABASE_REPLICA_URLS in tests (the settings
themselves are checked in test_deploy_settings.py). The tests commit what they create, so
that the second connection sees it.
"""

import time
from types import SimpleNamespace

import pytest
from django.core import signing
from django.core.management import call_command
from django.db import connections
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from directory import db_router
from directory.reports.models import Report
from directory.search.models import FacetSet, FacetSetVersion
from organizations.models import Organization
from tests.factories import OrganizationFactory

ROUTER = "directory.db_router.ReplicaRouter"
MIDDLEWARE = "directory.db_router.ReadYourWritesMiddleware"


@pytest.fixture
def replica(transactional_db, settings):
    """The alias "replica_1", a second connection to the test database, with the router and
    its middleware on; what settings.py sets up from DATABASE_REPLICA_URLS."""
    primary = connections["default"]
    replica = type(primary)(
        {**primary.settings_dict, "TEST": {**primary.settings_dict["TEST"], "MIRROR": "default"}},
        alias="replica_1",
    )
    # Known to `connections` by its alias, not its settings: Django's test case lets it connect.
    connections["replica_1"] = replica
    settings.DATABASE_REPLICAS = ["replica_1"]
    settings.DATABASE_ROUTERS = [ROUTER]
    settings.MIDDLEWARE = [MIDDLEWARE, *settings.MIDDLEWARE]
    yield replica
    replica.close()
    del connections["replica_1"]


class Queries:
    """The SQL a block sends to the primary and to the replica."""

    def __enter__(self):
        self._contexts = [
            CaptureQueriesContext(connections["default"]),
            CaptureQueriesContext(connections["replica_1"]),
        ]
        for context in self._contexts:
            context.__enter__()
        return self

    def __exit__(self, *exc):
        for context in self._contexts:
            context.__exit__(*exc)
        self.primary, self.replica = ([q["sql"] for q in c] for c in self._contexts)


def later(monkeypatch, seconds):
    """Signed cookies are checked as if `seconds` had passed."""
    now = time.time()
    monkeypatch.setattr(signing, "time", SimpleNamespace(time=lambda: now + seconds))


REPORT_URL = "/fr/report/organization/nour/"
REPORT = {
    "problem": "wrong_phone",
    "detail": "Le bon numéro est le 0539 00 00 00.",
    "email": "",
    "leave_empty": "",
}


@pytest.fixture
def organization(replica):
    return OrganizationFactory(slug="nour", name_fr="Nour")


def test_a_visitor_reads_an_organization_page_from_the_replica(client, organization):
    with Queries() as queries:
        response = client.get(organization.get_absolute_url())

    assert response.status_code == 200
    assert "Nour" in response.text
    assert queries.replica
    assert queries.primary == []
    assert db_router.COOKIE not in response.cookies


def test_a_listing_reads_its_version_and_its_facet_sets_from_the_same_replica(
    client, organization
):
    with Queries() as queries:
        response = client.get(reverse("organizations:list"))

    assert response.status_code == 200
    assert "Nour" in response.text
    versions, sets = FacetSetVersion._meta.db_table, FacetSet._meta.db_table
    assert any(versions in sql for sql in queries.replica)
    assert any(sets in sql for sql in queries.replica)
    # The listing's order too, read once per version (facet_sets.Snapshot._read_order).
    assert any("ORDER BY" in sql for sql in queries.replica)
    assert queries.primary == []


def test_a_report_is_written_to_the_primary_and_its_writer_then_reads_from_the_primary(
    client, organization, monkeypatch
):
    with Queries() as queries:
        response = client.post(REPORT_URL, REPORT)

    assert response.status_code == 302
    assert Report.objects.get().organization == organization
    assert any(sql.startswith("INSERT") for sql in queries.primary)
    assert queries.replica == []
    assert db_router.COOKIE in response.cookies

    # Within the window, the writer's pages read the primary...
    with Queries() as queries:
        assert client.get(organization.get_absolute_url()).status_code == 200
    assert queries.primary
    assert queries.replica == []

    # ...and after it, the replica again.
    later(monkeypatch, 11)
    with Queries() as queries:
        assert client.get(organization.get_absolute_url()).status_code == 200
    assert queries.replica
    assert queries.primary == []


def test_a_refused_form_writes_nothing_and_leaves_its_sender_on_the_replica(client, organization):
    response = client.post(REPORT_URL, {**REPORT, "problem": ""})

    assert response.status_code == 400
    assert not Report.objects.exists()
    assert db_router.COOKIE not in response.cookies


def test_another_visitor_keeps_reading_the_replica_after_someone_wrote(client, organization):
    client.post(REPORT_URL, REPORT)
    assert Report.objects.exists()

    with Queries() as queries:
        assert Client().get(organization.get_absolute_url()).status_code == 200
    assert queries.replica
    assert queries.primary == []


def test_a_forged_cookie_does_not_send_reads_to_the_primary(client, organization):
    client.cookies[db_router.COOKIE] = "1"

    with Queries() as queries:
        assert client.get(organization.get_absolute_url()).status_code == 200
    assert queries.primary == []


def test_commands_read_and_write_the_primary(replica, organization):
    with Queries() as queries:
        call_command("rebuild_search_index", verbosity=0)
        assert Organization.objects.filter(slug="nour").exists()

    assert queries.primary
    assert queries.replica == []


# The router's rules, one by one ------------------------------------------------------------


def reading(**state):
    """Run the router's choices as inside a request in this state."""
    return db_router._reading.set(db_router.Reading(**state))


def test_the_router_sends_reads_to_the_replica_only_inside_a_request(settings):
    settings.DATABASE_REPLICAS = ["replica_1"]
    router = db_router.ReplicaRouter()

    assert router.db_for_read(Organization) == "default"
    token = reading(primary=False)
    try:
        assert router.db_for_read(Organization) == "replica_1"
        assert router.db_for_read(Report) == "replica_1"
    finally:
        db_router._reading.reset(token)


def test_once_a_request_asks_where_to_write_it_reads_from_the_primary(settings):
    settings.DATABASE_REPLICAS = ["replica_1"]
    router = db_router.ReplicaRouter()
    token = reading(primary=False)
    try:
        assert router.db_for_write(Report) == "default"
        assert router.db_for_read(Organization) == "default"
    finally:
        db_router._reading.reset(token)


def test_sessions_and_the_database_cache_are_read_from_the_primary(settings):
    from django.contrib.sessions.models import Session
    from django.core.cache.backends.db import Options

    settings.DATABASE_REPLICAS = ["replica_1"]
    router = db_router.ReplicaRouter()
    cache_entry = SimpleNamespace(_meta=Options("dalil_cache"))
    token = reading(primary=False)
    try:
        assert router.db_for_read(Session) == "default"
        assert router.db_for_read(cache_entry) == "default"
        router.db_for_write(Session)
        router.db_for_write(cache_entry)
        assert router.db_for_read(Organization) == "replica_1"
    finally:
        db_router._reading.reset(token)


@pytest.mark.parametrize(
    ("sql", "changes"),
    [
        ('INSERT INTO "directory_report" ("problem") VALUES (%s)', True),
        ('  UPDATE "organizations_organization" SET "version" = 2', True),
        ('DELETE FROM "directory_searchentry" WHERE "id" = 1', True),
        ('SELECT "id" FROM "organizations_organization"', False),
        ('SAVEPOINT "s1"', False),
        ('UPDATE "django_session" SET "session_data" = %s', False),
        ('INSERT INTO "dalil_cache" ("cache_key") VALUES (%s)', False),
    ],
)
def test_what_counts_as_a_persons_write(sql, changes):
    assert db_router.changes_rows(sql, {"django_session", "dalil_cache"}) is changes


def test_a_process_keeps_one_replica(settings, monkeypatch):
    settings.DATABASE_REPLICAS = ["replica_1", "replica_2", "replica_3"]
    monkeypatch.setattr(db_router, "_replica", None)

    chosen = {db_router.process_replica() for _ in range(50)}

    assert len(chosen) == 1
    assert chosen <= set(settings.DATABASE_REPLICAS)


def test_migrations_run_on_the_primary_alone_and_relations_cross_aliases(settings):
    settings.DATABASE_REPLICAS = ["replica_1"]
    router = db_router.ReplicaRouter()
    on_replica, on_primary = Organization(), Organization()
    on_replica._state.db, on_primary._state.db = "replica_1", "default"

    assert router.allow_migrate("default", "organizations") is True
    assert router.allow_migrate("replica_1", "organizations") is False
    assert router.allow_relation(on_replica, on_primary) is True
