"""Public pages come from the cache for anonymous visitors until what they show changes.

A publish, an edit, a verification or a resident's suggestion makes the next request render
afresh; a logged-in person, a visitor in another language and a page with a form never get
another visitor's copy; a hit costs one query. The caches themselves are chosen from the
environment: memory and the database without REDIS_URL, Redis with it.
"""

import datetime
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.http import HttpResponse
from django.template import RequestContext, Template
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import path, reverse
from django.utils.csp import LazyNonce
from simple_history.models import HistoricalChanges

from directory import page_cache
from directory.reports.models import Report
from directory.search import versions
from directory.taxonomy import opening
from organizations.curation import verification
from organizations.models import ChangeRequest, ContactChannel, OpeningHours, Verification
from tests.factories import ContactChannelFactory, OpeningHoursFactory
from tests.forms import fill, read_form
from tests.pages import Page

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parent.parent


def visitor():
    """A new anonymous visitor, with no cookie of anyone else's."""
    return Client()


def page(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, f"{url} answered {response.status_code}"
    return Page(response)


def version_moves(context, kind=versions.CONTENT):
    """The updates of `kind`'s version (the index moves the listings' own versions too)."""
    return [
        query["sql"]
        for query in context.captured_queries
        if "search_facetsetversion" in query["sql"]
        and query["sql"].startswith("UPDATE")
        and f"'{kind}'" in query["sql"]
    ]


# What a hit and a miss cost ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "miss"),
    [
        ("/fr/services/", 7),
        # The organization's needs and offers; the needs the coverage page's gaps link to.
        ("/fr/organizations/asticude/", 11),
        ("/fr/coverage/", 4),
    ],
)
def test_a_hit_costs_one_query_and_a_miss_what_the_page_costs(
    personas, django_assert_num_queries, url, miss
):
    client = visitor()
    client.get(url)  # the process reads what it holds in memory (facet sets, taxonomy)
    versions.content_changed()

    with django_assert_num_queries(miss):
        rendered = client.get(url)
    with django_assert_num_queries(1):
        cached = client.get(url)

    assert rendered.status_code == cached.status_code == 200
    assert cached.content == rendered.content
    assert cached.context is None  # served, not rendered


def test_head_is_served_from_the_copy_a_get_stored(personas, django_assert_num_queries):
    client = visitor()
    client.get("/fr/services/")

    with django_assert_num_queries(1):
        response = client.head("/fr/services/")

    assert response.status_code == 200


# A publish renders the pages again --------------------------------------------------------


def test_an_approved_change_shows_at_once_on_the_listing_and_the_detail_page(client, personas):
    service = personas.asticude.service
    listing, detail = "/fr/services/", service.get_absolute_url()
    anonymous = visitor()
    assert service.name_fr in page(anonymous, listing).text
    assert service.name_fr in page(anonymous, detail).text

    client.force_login(personas.editor)
    edit = reverse("manage:edit", args=["asticude", "service", service.pk])
    form = client.get(edit)
    client.post(edit, fill(read_form(form.content), name_fr="Permanence juridique du soir"))
    # A draft changes nothing public: the copies stay.
    assert "Permanence juridique du soir" not in page(anonymous, detail).text
    client.force_login(personas.coordinator)
    change = ChangeRequest.objects.get()
    approved = client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})

    assert approved.status_code == 302
    assert "Permanence juridique du soir" in page(anonymous, listing).text
    assert "Permanence juridique du soir" in page(anonymous, detail).text


def test_a_direct_edit_shows_at_once(personas):
    organization = personas.asticude.organization
    url = organization.get_absolute_url()
    anonymous = visitor()
    page(anonymous, url)
    page(anonymous, "/fr/organizations/")

    organization.name_fr = "ASTICUDE Tanger"
    organization.save()

    assert "ASTICUDE Tanger" in page(anonymous, url).text
    assert "ASTICUDE Tanger" in page(anonymous, "/fr/organizations/").text


def test_a_new_phone_number_and_new_opening_hours_show_at_once(personas):
    organization = personas.asticude.organization
    url = organization.get_absolute_url()
    anonymous = visitor()
    page(anonymous, url)

    ContactChannelFactory(
        organization=organization, kind=ContactChannel.Kind.PHONE, value="+212 539 99 88 77"
    )
    OpeningHoursFactory(location=personas.asticude.location, weekday=OpeningHours.Weekday.SATURDAY)

    shown = page(anonymous, url).text
    assert "+212 539 99 88 77" in shown
    assert "samedi" in shown.lower()


def test_a_verification_shows_its_date_at_once(personas):
    organization = personas.asticude.organization
    organization.last_verified_on = None
    organization.save()
    anonymous = visitor()
    assert "pas encore été vérifiées" in page(anonymous, organization.get_absolute_url()).text

    verification.mark_verified(
        records=[organization], method=Verification.Method.PHONE, by=personas.coordinator
    )

    shown = page(anonymous, organization.get_absolute_url()).text
    assert "vérifiées pour la dernière fois le" in shown


def test_a_draft_or_a_report_leaves_the_cached_pages_alone(client, personas):
    service = personas.asticude.service
    before = versions.current(versions.CONTENT)

    client.force_login(personas.editor)
    edit = reverse("manage:edit", args=["asticude", "service", service.pk])
    client.post(edit, fill(read_form(client.get(edit).content), name_fr="Brouillon"))
    report = reverse("reports:service", args=[service.slug])
    visitor().post(report, {"problem": "wrong_phone", "detail": "", "email": ""})

    assert ChangeRequest.objects.exists() and Report.objects.exists()
    assert versions.current(versions.CONTENT) == before


def test_every_model_that_pages_could_show_is_placed_public_or_private():
    placed = page_cache.PUBLIC_MODELS | page_cache.PRIVATE_MODELS
    models = [
        model._meta.label_lower
        for model in apps.get_models()
        if model._meta.app_label in page_cache.CONTENT_APPS
        and not model._meta.proxy
        and not issubclass(model, HistoricalChanges)
    ]

    assert [label for label in models if label not in placed] == []
    assert not page_cache.PUBLIC_MODELS & page_cache.PRIVATE_MODELS


# The content version moves once per transaction ----------------------------------------


def test_a_transaction_of_many_saves_moves_the_content_version_once(personas):
    organization = personas.asticude.organization
    versions.current(versions.CONTENT)  # as a request would, before the writes
    with CaptureQueriesContext(connection) as context, transaction.atomic():
        for n in range(5):
            ContactChannelFactory(organization=organization, value=f"+212 600 00 00 0{n}")
        organization.save()

    assert len(version_moves(context)) == 1


def test_a_write_after_the_versions_were_read_moves_it_again(personas):
    organization = personas.asticude.organization
    with transaction.atomic():
        ContactChannelFactory(organization=organization)
        read = versions.current(versions.CONTENT)
        ContactChannelFactory(organization=organization)

        assert versions.current(versions.CONTENT) != read


def test_a_move_rolled_back_with_its_savepoint_is_made_again(personas):
    organization = personas.asticude.organization
    before = versions.current(versions.CONTENT)
    with transaction.atomic():
        try:
            with transaction.atomic():
                ContactChannelFactory(organization=organization)
                raise RuntimeError("the inner write fails")
        except RuntimeError:
            pass
        assert versions.current(versions.CONTENT) == before
        with CaptureQueriesContext(connection) as context:
            ContactChannelFactory(organization=organization)

    assert len(version_moves(context)) == 1
    assert versions.current(versions.CONTENT) != before


# No visitor gets another's page -----------------------------------------------------------


def test_a_logged_in_person_never_gets_the_anonymous_copy_nor_leaves_theirs(client, personas):
    url = personas.asticude.organization.get_absolute_url()
    client.force_login(personas.editor)
    anonymous = visitor()

    assert "Se connecter" in page(anonymous, url).text
    mine = page(client, url)
    assert "Se déconnecter" in mine.text and "Se connecter" not in mine.text
    again = page(anonymous, url)
    assert "Se connecter" in again.text and "Se déconnecter" not in again.text


def test_each_language_gets_its_own_copy(personas):
    organization = personas.asticude.organization
    anonymous = visitor()

    french = page(anonymous, "/fr/services/", HTTP_ACCEPT_LANGUAGE="ar")
    arabic = page(anonymous, "/ar/services/", HTTP_ACCEPT_LANGUAGE="fr")
    english = page(anonymous, "/en/services/")

    assert [p.root.find("html").get("lang") for p in (french, arabic, english)] == [
        "fr",
        "ar",
        "en",
    ]
    assert (
        page(anonymous, f"/ar/organizations/{organization.slug}/").root.find("html").get("dir")
        == "rtl"
    )


def test_the_answer_says_it_differs_with_cookies(personas):
    response = visitor().get("/fr/services/")
    again = visitor().get("/fr/services/")

    for answer in (response, again):
        assert "Cookie" in answer["Vary"]
        assert "Set-Cookie" not in str(answer.serialize_headers())


def form_with_a_token(request):
    """A page with a form, as any page posting back would render it."""
    if request.method == "POST":
        return HttpResponse("sent")
    form = Template('<form method="post">{% csrf_token %}<button>Send</button></form>')
    return HttpResponse(form.render(RequestContext(request)))


urlpatterns = [path("form/", form_with_a_token, name="form")]


@pytest.mark.urls(__name__)
def test_a_form_page_is_never_stored_so_each_visitor_posts_with_their_own_token(monkeypatch):
    """Were it stored, the second visitor would post the first one's token, and fail."""
    monkeypatch.setattr(page_cache, "CACHED_VIEWS", {"form"})
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first.get("/form/")

    form = Page(second.get("/form/"))
    token = form.root.find("input", name="csrfmiddlewaretoken").get("value")
    response = second.post("/form/", {"csrfmiddlewaretoken": token})

    assert response.status_code == 200
    assert first.cookies["csrftoken"].value != second.cookies["csrftoken"].value


def test_a_page_that_used_a_csp_nonce_is_not_stored():
    request = RequestFactory().get("/fr/services/")
    request._csp_nonce = LazyNonce()

    assert page_cache.is_storable(request, HttpResponse("ok"))
    str(request._csp_nonce)  # a template wrote it into an inline script

    assert not page_cache.is_storable(request, HttpResponse("ok"))


def test_pending_messages_and_sessions_skip_the_cache(personas, django_assert_num_queries):
    client = visitor()
    client.get("/fr/services/")
    client.cookies["messages"] = "anything"

    with django_assert_num_queries(7):  # rendered, to show the messages
        client.get("/fr/services/")


def test_the_clocks_five_minutes_are_part_of_the_key(rf, personas, monkeypatch):
    """A page says whether a service is open now: it is rendered again every five minutes."""
    request = rf.get("/fr/services/")
    keys = {}
    for minute in (0, 4, 5, 59):
        at = datetime.datetime(2026, 12, 7, 15, minute, 30)
        monkeypatch.setattr(opening, "now", lambda at=at: at)
        keys[minute] = page_cache.page_key(request)

    assert keys[0] == keys[4]
    assert len({keys[0], keys[5], keys[59]}) == 3


# The caches follow the environment --------------------------------------------------------

SHOW_CACHES = """
import json
import django
from django.conf import settings

django.setup()
print(json.dumps({
    "default": settings.CACHES["default"]["BACKEND"],
    "shared": settings.CACHES["shared"]["BACKEND"],
    "sessions": settings.SESSION_ENGINE,
    "session_cache": settings.SESSION_CACHE_ALIAS,
    "axes": settings.AXES_HANDLER,
}))
"""


def run_django(code, *args, **variables):
    environment = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(BASE_DIR),
        "DJANGO_SETTINGS_MODULE": "directory.settings",
        **variables,
    }
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_without_redis_pages_are_cached_in_memory_and_rate_limits_in_the_database():
    shown = run_django(SHOW_CACHES, REDIS_URL="")

    assert shown == {
        "default": "django.core.cache.backends.locmem.LocMemCache",
        "shared": "django.core.cache.backends.db.DatabaseCache",
        "sessions": "django.contrib.sessions.backends.db",
        "session_cache": "shared",
        "axes": "axes.handlers.database.AxesDatabaseHandler",
    }


def test_with_redis_every_cache_and_the_sessions_go_through_it():
    shown = run_django(SHOW_CACHES, REDIS_URL="redis://127.0.0.1:6379/0")

    assert shown == {
        "default": "django.core.cache.backends.redis.RedisCache",
        "shared": "django.core.cache.backends.redis.RedisCache",
        "sessions": "django.contrib.sessions.backends.cached_db",
        "session_cache": "shared",
        "axes": "axes.handlers.database.AxesDatabaseHandler",
    }


COUNT_SUBMISSIONS = """
import json, sys
import django
from django.core.management import call_command

django.setup()
call_command("createcachetable")
from django.test import RequestFactory
from directory.common.antispam import RateLimit

limit = RateLimit(sys.argv[1], limit=3)
request = RequestFactory().post("/", REMOTE_ADDR="198.51.100.7")
for _ in range(int(sys.argv[2])):
    limit.count(request)
print(json.dumps({"exceeded": limit.exceeded(request)}))
"""


def test_rate_limits_are_counted_alike_by_separate_processes(tmp_path):
    """Two processes, as two gunicorn workers or two app servers: the third submission
    counted by either reaches the limit for both (the database's table, or Redis)."""
    scope = f"test-{uuid.uuid4().hex}"
    variables = {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'shared.sqlite3'}",
        # This test worker's own Redis database, which no other worker clears meanwhile.
        "REDIS_URL": settings.CACHES["shared"]["LOCATION"] if settings.REDIS_URL else "",
    }

    assert run_django(COUNT_SUBMISSIONS, scope, "2", **variables) == {"exceeded": False}
    assert run_django(COUNT_SUBMISSIONS, scope, "1", **variables) == {"exceeded": True}
    assert run_django(COUNT_SUBMISSIONS, scope, "0", **variables) == {"exceeded": True}
