import os
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit, urlunsplit

import pytest
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.core.management import call_command
from django.utils import translation

from tests.factories import (
    ArrondissementFactory,
    CommuneFactory,
    ProvinceFactory,
    RegionFactory,
)
from tests.pages import Page


def pytest_configure(config):
    """With REDIS_URL, each xdist worker uses its own Redis database: the URL's number plus
    the worker's (gw0, gw1...), so one worker clearing its cache leaves the others' alone."""
    from django.conf import settings

    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    if not settings.REDIS_URL or not worker.startswith("gw"):
        return
    url = urlsplit(settings.REDIS_URL)
    database = int(url.path.strip("/") or 0) + int(worker[2:])
    for cache in settings.CACHES.values():
        cache["LOCATION"] = urlunsplit(url._replace(path=f"/{database}"))


@pytest.fixture(autouse=True)
def empty_caches():
    """Each test starts with empty caches: a page cached by one test, under versions that
    its rolled-back transaction wrote, must not answer another. A database cache rolls back
    with the test's own transaction."""
    for cache in caches.all(initialized_only=False):
        if not isinstance(cache, DatabaseCache):
            cache.clear()


@pytest.fixture(autouse=True)
def fast_password_hasher(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def french():
    """Test code runs in French, so get_absolute_url() gives /fr/ addresses."""
    with translation.override("fr"):
        yield


@pytest.fixture
def tangier(db):
    """Tangier's branch of the HCP tree: region, prefecture, commune, two arrondissements."""
    region = RegionFactory(
        code="01",
        slug="tanger-tetouan-al-hoceima",
        name_fr="Tanger-Tétouan-Al Hoceima",
        name_ar="طنجة-تطوان-الحسيمة",
        name_en="Tanger-Tetouan-Al Hoceima",
    )
    province = ProvinceFactory(
        parent=region,
        code="01.511",
        slug="tanger-assilah",
        name_fr="Tanger-Assilah",
        name_ar="طنجة-أصيلة",
        name_en="Tanger-Assilah",
    )
    commune = CommuneFactory(
        parent=province,
        code="01.511.01.0",
        slug="tanger",
        name_fr="Tanger",
        name_ar="طنجة",
        name_en="Tangier",
    )
    bni_makada = ArrondissementFactory(
        parent=commune,
        code="01.511.01.03",
        slug="bni-makada",
        name_fr="Bni Makada",
        name_ar="بني مكادة",
        name_en="Bni Makada",
    )
    medina = ArrondissementFactory(
        parent=commune,
        code="01.511.01.07",
        slug="medina",
        name_fr="Médina",
        name_ar="المدينة",
        name_en="Medina",
    )
    return SimpleNamespace(
        region=region,
        province=province,
        commune=commune,
        bni_makada=bni_makada,
        medina=medina,
    )


@pytest.fixture
def visit(client):
    """GET a page as a visitor, check its status and return it to be read."""

    def visit(url, status=200, **headers):
        # The request activates its page's language; give the test back its own after.
        with translation.override(translation.get_language()):
            response = client.get(url, **headers)
        assert response.status_code == status, (
            f"{url} answered {response.status_code}, not {status}"
        )
        return Page(response)

    return visit


@pytest.fixture
def run_tasks(monkeypatch):
    """Run the background worker until the queue is empty, as `manage.py db_worker` does.

    The worker closes old database connections between tasks; inside a test's transaction
    that would close the test's own connection, so it is told not to.
    """
    monkeypatch.setattr(
        "django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None
    )

    def run():
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    return run


@pytest.fixture
def personas(tangier):
    """The people the suite follows: ASTICUDE's editor and owner, an editor of another
    organization, and a coordinator; each organization with a location, a service and news.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from organizations.models import Membership
    from organizations.rules import COORDINATORS
    from tests.factories import (
        LocationFactory,
        NewsItemFactory,
        OpeningHoursFactory,
        OrganizationFactory,
        ServiceFactory,
    )

    users = get_user_model().objects

    def organization(slug, name):
        organization = OrganizationFactory(slug=slug, name_fr=name, name_ar=name, name_en=name)
        location = LocationFactory(organization=organization, place=tangier.bni_makada)
        service = ServiceFactory(organization=organization, locations=[location])
        OpeningHoursFactory(service=service, location=None)
        news = NewsItemFactory(organization=organization)
        return SimpleNamespace(
            organization=organization, location=location, service=service, news=news
        )

    asticude = organization("asticude", "ASTICUDE")
    other = organization("other-association", "Autre association")
    editor = users.create_user("editor-asticude", "editor@example.org", "dalil-demo")
    owner = users.create_user("owner-asticude", "owner@example.org", "dalil-demo")
    other_editor = users.create_user("editor-other", "other@example.org", "dalil-demo")
    coordinator = users.create_user(
        "coordinator", "coordinator@example.org", "dalil-demo", is_staff=True
    )
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    Membership.objects.create(
        user=editor, organization=asticude.organization, role=Membership.Role.EDITOR
    )
    Membership.objects.create(
        user=owner, organization=asticude.organization, role=Membership.Role.OWNER
    )
    Membership.objects.create(
        user=other_editor, organization=other.organization, role=Membership.Role.EDITOR
    )
    return SimpleNamespace(
        asticude=asticude,
        other=other,
        editor=editor,
        owner=owner,
        other_editor=other_editor,
        coordinator=coordinator,
    )


# A real browser ------------------------------------------------------------------------
# One Chromium per xdist worker for every test that drives one (tests/browser/, the print
# tests): Playwright's synchronous API may run only once at a time in a process.

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def no_browser(reason):
    """Skip, or fail where the browser tests are required (CI sets DALIL_BROWSER_TESTS)."""
    if os.environ.get("DALIL_BROWSER_TESTS") == "required":
        pytest.fail(f"{reason}, and DALIL_BROWSER_TESTS=required", pytrace=False)
    pytest.skip(f"{reason}: the browser tests need it (apt-get install chromium fonts-noto-core)")


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        no_browser(f"Debian's Chromium is not installed at {CHROMIUM}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        no_browser("Playwright for Python is not installed (pip install -e '.[test]')")
    # Playwright's synchronous API leaves an event loop marked as running in this thread for
    # the rest of the worker's session, and Django then refuses database access, here and in
    # the tests that follow, unless told it is safe: the loop only waits for the browser.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Debian's Chromium, never a browser Playwright downloads (`playwright install`).
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
