"""Residents report a problem with a listing from its page, without an account; robots are
kept out by a honeypot and a rate limit; coordinators handle reports in the admin."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core.cache import caches
from django.urls import reverse

from directory.common.antispam import client_key
from directory.reports.models import Report, Suggestion
from directory.taxonomy.models import PublicationStatus
from tests.factories import OrganizationFactory, ServiceFactory
from tests.pages import Page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["shared"].clear()
    yield
    caches["shared"].clear()


def report_link(page, kind):
    """The href of the page's "Report a problem with this listing" link."""
    links = [href for href in page.hrefs() if f"/fr/report/{kind}/" in href]
    assert len(links) == 1, f"{page.url} has no single link to report a problem: {links}"
    return links[0]


def report_data(**data):
    return {
        "problem": "wrong_phone",
        "detail": "Le bon numéro est le 0539 00 00 00.",
        "email": "",
        "leave_empty": "",
        **data,
    }


def service_report_url(service):
    return reverse("reports:service", kwargs={"slug": service.slug})


# Reporting -------------------------------------------------------------------------------


def test_a_visitor_reports_a_wrong_phone_from_a_service_page(client, visit, personas):
    service = personas.asticude.service
    url = report_link(visit(service.get_absolute_url()), "service")
    form = visit(url).root.find("form", cls="report-form")
    assert form.get("method") == "post"

    response = client.post(url, report_data())

    assert response.status_code == 302
    assert response["Location"] == f"/fr/report/service/{service.slug}/sent/"
    report = Report.objects.get()
    assert (report.service, report.organization) == (service, personas.asticude.organization)
    assert report.problem == Report.Problem.WRONG_PHONE
    assert report.detail == "Le bon numéro est le 0539 00 00 00."
    assert report.status == Report.Status.NEW
    thanks = visit(response["Location"])
    assert service.get_absolute_url() in thanks.hrefs()


def test_a_visitor_reports_a_closed_organization_from_its_page(client, visit, personas):
    organization = personas.asticude.organization
    url = report_link(visit(organization.get_absolute_url()), "organization")

    response = client.post(
        url, report_data(problem="closed", detail="", email=" Amina@Example.org ")
    )

    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.organization, report.service) == (organization, None)
    assert report.problem == Report.Problem.CLOSED
    assert report.email == "amina@example.org"


def test_the_report_form_is_labelled_and_its_honeypot_hidden_from_people(visit, personas):
    page = visit(service_report_url(personas.asticude.service))

    form = page.root.find("form", cls="report-form")
    choices = form.find("fieldset")
    assert choices.find("legend") is not None
    assert len(choices.find_all("input", type="radio", name="problem")) == 6
    for name in ["detail", "email"]:
        field = form.find(name=name)
        assert form.find("label", for_=field.get("id")) is not None
    honeypot = form.find("input", name="leave_empty")
    assert form.find("label", for_=honeypot.get("id")) is not None
    box = honeypot.parent
    assert "visually-hidden" in box.classes and box.get("aria-hidden") == "true"
    assert honeypot.get("tabindex") == "-1"


@pytest.mark.parametrize(
    "listing",
    [
        lambda: ServiceFactory(status=PublicationStatus.DRAFT),
        lambda: ServiceFactory(organization=OrganizationFactory(status=PublicationStatus.DRAFT)),
        lambda: OrganizationFactory(status=PublicationStatus.ARCHIVED),
    ],
    ids=["draft service", "service of a draft organization", "archived organization"],
)
def test_unpublished_listings_cannot_be_reported(client, listing):
    listing = listing()
    kind = "service" if hasattr(listing, "organization") else "organization"
    url = reverse(f"reports:{kind}", kwargs={"slug": listing.slug})

    assert client.get(url).status_code == 404
    assert client.post(url, report_data()).status_code == 404
    assert not Report.objects.exists()


def test_an_unknown_listing_cannot_be_reported(client, db):
    assert client.get("/fr/report/service/nowhere/").status_code == 404
    assert client.get("/fr/report/organization/nowhere/").status_code == 404


def test_a_filled_honeypot_pretends_success_and_stores_nothing(client, personas):
    url = service_report_url(personas.asticude.service)

    response = client.post(url, report_data(leave_empty="http://spam.example"))

    assert response.status_code == 302
    assert response["Location"].endswith("/sent/")
    assert not Report.objects.exists()


def test_the_sixth_report_in_an_hour_is_refused_and_keeps_what_was_typed(client, personas):
    url = service_report_url(personas.asticude.service)
    for n in range(5):
        assert client.post(url, report_data(detail=f"Numéro {n}")).status_code == 302

    response = client.post(url, report_data(detail="Le sixième message"))

    assert response.status_code == 429
    page = Page(response)
    assert page.root.find("textarea", name="detail").text == "Le sixième message"
    assert "checked" in page.root.find("input", name="problem", value="wrong_phone").attrs
    assert page.root.find("div", cls="form-errors", role="alert") is not None
    assert Report.objects.count() == 5


def test_another_connection_is_not_limited(client, personas):
    url = service_report_url(personas.asticude.service)
    for _n in range(5):
        client.post(url, report_data(), REMOTE_ADDR="192.0.2.1")

    assert client.post(url, report_data(), REMOTE_ADDR="192.0.2.2").status_code == 302


@pytest.mark.parametrize(
    "data, field",
    [
        ({"detail": "x" * 2001}, "detail"),
        ({"problem": "it-smells"}, "problem"),
        ({"problem": ""}, "problem"),
        ({"problem": "other", "detail": "  "}, "detail"),
        ({"email": "not an address"}, "email"),
        ({"detail": "nul\x00character"}, "detail"),
    ],
    ids=["too long", "unknown problem", "no problem", "other without detail", "bad email", "nul"],
)
def test_bad_input_is_refused_with_a_message_and_kept(client, personas, data, field):
    url = service_report_url(personas.asticude.service)

    response = client.post(url, report_data(**{"email": "amina@example.org", **data}))

    assert response.status_code == 400
    page = Page(response)
    assert page.root.find("ul", cls="field-error", id=f"id_{field}_error").text
    if field != "email":
        assert page.root.find("input", name="email").get("value") == "amina@example.org"
    if field == "detail" and "x" * 2001 in data.get("detail", ""):
        assert page.root.find("textarea", name="detail").text == "x" * 2001
    assert not Report.objects.exists()


def test_no_ip_address_is_stored_or_used_as_a_cache_key(client, rf, personas):
    url = service_report_url(personas.asticude.service)

    client.post(url, report_data(), REMOTE_ADDR="203.0.113.77")

    report = Report.objects.values().get()
    assert not any("203.0.113.77" in str(value) for value in report.values())
    key = client_key(rf.get("/", REMOTE_ADDR="203.0.113.77"))
    assert "203.0.113.77" not in key
    assert key != client_key(rf.get("/", REMOTE_ADDR="203.0.113.78"))
    assert caches["shared"].get(f"ratelimit:reports:{key}") == 1


# Coordinators ----------------------------------------------------------------------------


def as_staff(client, user):
    user.is_staff = True
    user.save()
    client.force_login(user)


def moderation_queue(client):
    response = client.get(reverse("admin:index"))
    assert response.status_code == 200
    return Page(response).root.find("div", id="moderation-queue")


def test_the_admin_home_counts_new_reports_and_suggestions(client, personas):
    service = personas.asticude.service
    Report.objects.create(organization=service.organization, service=service, problem="closed")
    Report.objects.create(organization=service.organization, problem="wrong_address")
    Report.objects.create(
        organization=service.organization, problem="other", status=Report.Status.HANDLED
    )
    Suggestion.objects.create(what="Cours de darija pour adultes")
    as_staff(client, personas.coordinator)

    rows = {
        row.find("a").get("href"): row.find("td").text
        for row in moderation_queue(client).find_all("tr")
    }

    assert rows[reverse("admin:reports_report_changelist") + "?status__exact=new"] == "2"
    assert rows[reverse("admin:reports_suggestion_changelist") + "?status__exact=new"] == "1"


def test_a_coordinator_marks_reports_handled_in_bulk(client, personas):
    organization = personas.asticude.organization
    reports = [
        Report.objects.create(organization=organization, problem=problem)
        for problem in ["closed", "wrong_phone", "wrong_address"]
    ]
    as_staff(client, personas.coordinator)
    changelist = reverse("admin:reports_report_changelist")
    assert client.get(changelist + "?status__exact=new").status_code == 200

    response = client.post(
        changelist,
        {"action": "mark_handled", "_selected_action": [r.pk for r in reports[:2]]},
    )

    assert response.status_code == 302
    for report in reports:
        report.refresh_from_db()
    assert [r.status for r in reports] == ["handled", "handled", "new"]
    assert reports[0].decided_at is not None and reports[2].decided_at is None
    assert LogEntry.objects.filter(user=personas.coordinator).count() == 2


def test_staff_who_are_not_coordinators_cannot_see_reports(client, personas):
    Report.objects.create(organization=personas.asticude.organization, problem="closed")
    as_staff(client, personas.editor)

    assert client.get(reverse("admin:reports_report_changelist")).status_code == 403
    assert client.get(reverse("admin:reports_suggestion_changelist")).status_code == 403
    assert (
        reverse("admin:reports_report_changelist")
        not in Page(client.get(reverse("admin:index"))).hrefs()
    )
