"""Pages proven in a real browser: Playwright for Python driving Debian's Chromium.

Each xdist worker starts one Chromium and one live server; each test module loads the demo
content once, committed, and empties the database after its last test (as tests/test_search.py
does). That costs about 2.5 s on SQLite and 5 s on PostgreSQL for each worker that runs the
module: a few modules of many tests rather than many small ones. Each test runs in a
transaction that is rolled back, so what a test writes is not seen by the server on
PostgreSQL: data the server must see is committed by a module-scoped fixture beside the
demo, as `account` does.

Fixtures for tests:
- `phone_page(language)` and `desktop_page(language)`: a new tab at 360 × 640 or 1280 × 800
  whose browser speaks `language`; `javascript=False` turns scripts off, `account=account`
  logs in first through the login page (the `account` fixture), `shared=True` reuses a tab
  for checks that only read pages; other keywords go to Playwright's `new_context()` (e.g.
  `geolocation=`, `permissions=`, `timezone_id=`). Every address the tab asks for is kept in
  `page.requests`.
- `live_site.url`: the live server's address, e.g. for `page.goto(live_site.url + path)`
  (the tabs already resolve "/ar/..." against it).
- `browser`: the Chromium itself, for other kinds of contexts (tests/conftest.py: one per
  worker, shared with the print tests).
The checks to run on a page are in tests/browser/checks.py.

Without /usr/bin/chromium the tests skip, saying so; with DALIL_BROWSER_TESTS=required (CI)
they fail instead.
"""

import io
import threading
from dataclasses import dataclass
from functools import partial

import pytest
from django.core.management import call_command
from django.db import connection

PHONE = {"width": 360, "height": 640}
DESKTOP = {"width": 1280, "height": 800}
LOCALES = {"ar": "ar-MA", "fr": "fr-MA", "en": "en"}


@dataclass
class LiveSite:
    url: str


@pytest.fixture(scope="session")
def live_site_server(browser, django_db_setup, django_db_blocker):
    """This worker's live server, started once.

    pytest-django's `live_server` fixture empties the database after every test
    (transactional_db), which would take the demo content with it: its server class is used
    here directly, and the database is left to `demo_site`.
    """
    from django.test.utils import modify_settings
    from pytest_django.live_server_helper import LiveServer

    with django_db_blocker.unblock():
        server = LiveServer("localhost")
    with modify_settings(ALLOWED_HOSTS={"append": "localhost"}):
        yield server
    # Requests still being answered end first: each closes its database connection, which on
    # SQLite is shared with this thread only while the server runs.
    for thread in threading.enumerate():
        if thread.name.endswith("(process_request_thread)"):
            thread.join(timeout=10)
    server.stop()


@pytest.fixture(scope="module")
def demo_site(django_db_setup, django_db_blocker):
    """The demo content and Tangier's district outlines, once for the module, removed after."""
    with django_db_blocker.unblock():
        name = str(connection.settings_dict["NAME"])
        assert name.startswith("test_") or "memory" in name, f"{name} is not a test database"
        call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())
        draw_tangier_districts()
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, stdout=io.StringIO())


def draw_tangier_districts():
    """Square outlines for Tangier's arrondissements, so the coverage page draws its labelled
    map: the real outlines are read from outside the repository (`make demo`, GEO_DIR)."""
    from directory.taxonomy.models import TANGIER_COMMUNE_CODE, Boundary, Place

    districts = Place.objects.filter(
        kind=Place.Kind.ARRONDISSEMENT, commune__code=TANGIER_COMMUNE_CODE
    ).order_by("code")
    for number, district in enumerate(districts):
        west, south = -5.85 + 0.04 * (number % 2), 35.74 + 0.04 * (number // 2)
        square = [
            [west, south],
            [west + 0.04, south],
            [west + 0.04, south + 0.04],
            [west, south + 0.04],
            [west, south],
        ]
        Boundary.objects.update_or_create(
            place=district,
            defaults={
                "geometry": {"type": "MultiPolygon", "coordinates": [[square]]},
                "attribution": "Test squares",
            },
        )


@pytest.fixture
def live_site(live_site_server, demo_site, db):
    """The live server with the demo content.

    `db` makes pytest-django create the test database (it creates none for a session whose
    tests do not ask for one, and the demo would then go into the development database) and
    lets the server use it during the test.
    """
    return LiveSite(url=live_site_server.url)


@dataclass
class Account:
    username: str
    password: str


@pytest.fixture(scope="module")
def account(demo_site, django_db_blocker):
    """A person with an account and no organization, committed for the module's tests."""
    from django.contrib.auth import get_user_model
    from django.test import override_settings

    account = Account(username="browser-visitor", password="dalil-demo")
    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
    ):
        get_user_model().objects.create_user(
            account.username, "visitor@example.org", account.password
        )
    return account


def log_in(page, account, language):
    """Log in through the login page, as a person does (the server writes the session)."""
    page.goto(f"/{language}/accounts/login/")
    page.locator("input[name=username]").fill(account.username)
    page.locator("input[name=password]").fill(account.password)
    with page.expect_navigation():
        page.locator("input[name=password]").press("Enter")
    assert "/accounts/login/" not in page.url, f"{account.username} could not log in"


@pytest.fixture(scope="session")
def shared_tabs(browser):
    """{(width, height, language, javascript): tab} kept for the worker's session."""
    tabs = {}
    yield tabs
    for tab in tabs.values():
        tab.context.close()


@pytest.fixture
def open_page(browser, live_site, shared_tabs):
    """A factory of browser tabs, each in its own context (cookies, storage, language, size).

    With `shared=True` the tab is one kept for the worker's whole session for that size,
    language and JavaScript setting, its cookies cleared: checks that only read pages then
    skip starting a context and a renderer, about half their time.
    """
    contexts = []

    def new_tab(language, viewport, javascript, **options):
        context = browser.new_context(
            base_url=live_site.url,
            viewport=viewport,
            locale=LOCALES[language],
            java_script_enabled=javascript,
            **options,
        )
        page = context.new_page()
        page.requests = []
        page.on("request", lambda request: page.requests.append(request.url))
        return page

    def open_page(
        language="ar", *, viewport, javascript=True, account=None, shared=False, **options
    ):
        if shared and account is None and not options:
            key = (viewport["width"], viewport["height"], language, javascript)
            if key not in shared_tabs:
                shared_tabs[key] = new_tab(language, viewport, javascript)
            page = shared_tabs[key]
            page.context.clear_cookies()
            page.requests.clear()
            return page
        page = new_tab(language, viewport, javascript, **options)
        contexts.append(page.context)
        if account is not None:
            log_in(page, account, language)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def phone_page(open_page):
    return partial(open_page, viewport=PHONE)


@pytest.fixture
def desktop_page(open_page):
    return partial(open_page, viewport=DESKTOP)
