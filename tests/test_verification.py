"""Coordinators check listings apart from editing them; organizations confirm theirs by email."""

import datetime
import re

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.admin.models import LogEntry
from django.core import mail, signing
from django.urls import reverse
from django.utils import formats, timezone, translation

from organizations.curation import verification
from organizations.models import Membership, Organization, Service, Verification
from tests.factories import MembershipFactory, OrganizationFactory, ServiceFactory, UserFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()
LONG_AGO = verification.due_before(TODAY) - datetime.timedelta(days=1)
RECENTLY = TODAY - datetime.timedelta(days=30)

ORGANIZATIONS_TO_VERIFY = "admin:organizations_organizationtoverify_changelist"
SERVICES_TO_VERIFY = "admin:organizations_servicetoverify_changelist"


@pytest.fixture
def coordinator(personas):
    personas.coordinator.is_staff = True
    personas.coordinator.save()
    return personas.coordinator


@pytest.fixture
def staff_editor(personas):
    """A staff account that is not a coordinator: the admin opens, these pages do not."""
    personas.editor.is_staff = True
    personas.editor.save()
    return personas.editor


def french_date(date):
    with translation.override("fr"):
        return formats.date_format(date, "DATE_FORMAT")


def footer(visit, url):
    return visit(url).root.find("footer", cls="detail-footer").text


def act(client, list_name, action, records, **data):
    return client.post(
        reverse(list_name),
        {"action": action, ACTION_CHECKBOX_NAME: [record.pk for record in records], **data},
    )


# What the public sees -------------------------------------------------------------------


def test_a_listing_verified_within_twelve_months_shows_its_date(visit):
    organization = OrganizationFactory(last_verified_on=RECENTLY)
    service = ServiceFactory(organization=organization, last_verified_on=RECENTLY)
    with translation.override("fr"):
        needs = " ".join(translation.gettext("Needs verification:").split())

    for url in (organization.get_absolute_url(), service.get_absolute_url()):
        text = footer(visit, url)
        assert french_date(RECENTLY) in text
        assert needs not in text


def test_a_listing_not_verified_for_twelve_months_says_it_needs_verification(visit):
    organization = OrganizationFactory(last_verified_on=LONG_AGO)
    service = ServiceFactory(organization=organization, last_verified_on=LONG_AGO)
    with translation.override("fr"):
        # The page's text reads French's no-break space before the colon as a space.
        needs = " ".join(translation.gettext("Needs verification:").split())

    for url in (organization.get_absolute_url(), service.get_absolute_url()):
        text = footer(visit, url)
        assert needs in text
        assert french_date(LONG_AGO) in text


def test_twelve_months_are_counted_in_calendar_months():
    assert verification.VALID_FOR_MONTHS == 12
    assert verification.due_before(datetime.date(2026, 11, 23)) == datetime.date(2025, 11, 23)
    assert verification.due_before(datetime.date(2026, 1, 5)) == datetime.date(2025, 1, 5)
    assert verification.due_before(datetime.date(2024, 2, 29)) == datetime.date(2023, 2, 28)
    today = datetime.date(2026, 11, 23)
    assert not verification.needs_verification(datetime.date(2025, 11, 23), today)
    assert verification.needs_verification(datetime.date(2025, 11, 22), today)
    assert verification.needs_verification(None, today)


# Marking verified in the admin --------------------------------------------------------


def test_the_list_shows_only_listings_needing_verification(client, coordinator):
    stale = OrganizationFactory(name_fr="Vieille fiche", last_verified_on=LONG_AGO)
    never = OrganizationFactory(name_fr="Jamais vérifiée", last_verified_on=None)
    fresh = OrganizationFactory(name_fr="Fiche fraîche", last_verified_on=RECENTLY)
    client.force_login(coordinator)

    page = client.get(reverse(ORGANIZATIONS_TO_VERIFY)).content.decode()

    assert stale.name in page and never.name in page
    assert fresh.name not in page


def test_a_coordinator_marks_organizations_verified_with_how_they_checked(client, coordinator):
    organizations = [OrganizationFactory(last_verified_on=LONG_AGO) for _ in range(2)]
    versions = {o.pk: (o.version, o.updated_at) for o in Organization.objects.all()}
    client.force_login(coordinator)

    asked = act(client, ORGANIZATIONS_TO_VERIFY, "mark_verified", organizations)
    assert asked.status_code == 200
    assert translation.gettext("How was it checked?") in asked.content.decode()
    assert not Verification.objects.exists()

    done = act(
        client,
        ORGANIZATIONS_TO_VERIFY,
        "mark_verified",
        organizations,
        method="phone",
        note="Appel à la présidente",
    )

    assert done.status_code == 302
    for organization in organizations:
        organization.refresh_from_db()
        assert organization.last_verified_on == TODAY
        # A check is not an edit: same version, same "updated on".
        assert (organization.version, organization.updated_at) == versions[organization.pk]
        check = organization.verifications.get()
        assert check.method == Verification.Method.PHONE
        assert check.verified_by == coordinator
        assert check.note == "Appel à la présidente"
        logged = LogEntry.objects.get(object_id=str(organization.pk))
        assert logged.user == coordinator
        assert str(Verification.Method.PHONE.label) in logged.change_message
    # Verified, they leave the list.
    page = client.get(reverse(ORGANIZATIONS_TO_VERIFY)).content.decode()
    assert all(organization.name not in page for organization in organizations)


def test_a_coordinator_marks_one_service_verified_from_its_row(client, coordinator, visit):
    service = ServiceFactory(last_verified_on=LONG_AGO)
    client.force_login(coordinator)
    url = reverse("admin:organizations_servicetoverify_verify", args=[service.pk])
    assert url in client.get(reverse(SERVICES_TO_VERIFY)).content.decode()

    response = client.post(url, {"method": "visit", "note": ""})

    assert response.status_code == 302
    service.refresh_from_db()
    assert service.last_verified_on == TODAY
    assert service.verifications.get().method == Verification.Method.VISIT
    assert LogEntry.objects.filter(user=coordinator, object_id=str(service.pk)).exists()
    client.logout()
    assert french_date(TODAY) in footer(visit, service.get_absolute_url())


def test_the_organizations_own_admin_list_has_the_actions_too(client):
    superuser = UserFactory(is_staff=True, is_superuser=True)
    organization = OrganizationFactory(last_verified_on=LONG_AGO)
    client.force_login(superuser)

    response = act(
        client,
        "admin:organizations_organization_changelist",
        "mark_verified",
        [organization],
        method="visit",
    )

    assert response.status_code == 302
    organization.refresh_from_db()
    assert organization.last_verified_on == TODAY


# Asking organizations by email ----------------------------------------------------------


@pytest.fixture
def asked(client, coordinator, run_tasks):
    """Three stale organizations emailed: one with its own address, one through its owner,
    one with no address at all."""
    with_email = OrganizationFactory(
        name_fr="Avec adresse", email="contact@avec.example", last_verified_on=LONG_AGO
    )
    with_owner = OrganizationFactory(name_fr="Avec propriétaire", email="", last_verified_on=None)
    MembershipFactory(
        organization=with_owner,
        role=Membership.Role.OWNER,
        user=UserFactory(email="owner@proprio.example"),
    )
    MembershipFactory(organization=with_owner, user=UserFactory(email="editor@proprio.example"))
    unreachable = OrganizationFactory(name_fr="Sans adresse", email="", last_verified_on=None)
    client.force_login(coordinator)
    response = act(
        client,
        ORGANIZATIONS_TO_VERIFY,
        "ask_to_confirm",
        [with_email, with_owner, unreachable],
    )
    assert response.status_code == 302
    run_tasks()
    client.logout()
    return {"with_email": with_email, "with_owner": with_owner, "unreachable": unreachable}


def link(message, name):
    pattern = {"confirm": r"https?://\S+/verification/confirm/\S+/", "update": r"\S+/manage/\S+"}
    return re.search(pattern[name], message.body).group(0)


def test_coordinators_email_a_confirmation_link_to_the_organizations(asked, coordinator):
    assert sorted(message.to for message in mail.outbox) == [
        ["contact@avec.example"],
        ["owner@proprio.example"],
    ]
    message = next(m for m in mail.outbox if m.to == ["contact@avec.example"])
    assert "Avec adresse" in message.subject
    assert "/fr/verification/confirm/" in link(message, "confirm")
    assert link(message, "update").endswith(
        reverse("manage:organization", args=[asked["with_email"].slug])
    )
    logged = LogEntry.objects.filter(user=coordinator)
    assert {entry.object_id for entry in logged} == {
        str(asked["with_email"].pk),
        str(asked["with_owner"].pk),
    }
    # Asking is not verifying.
    assert not Verification.objects.exists()


def test_the_link_confirms_the_listing_after_one_press(client, asked):
    organization = asked["with_email"]
    message = next(m for m in mail.outbox if m.to == [organization.email])
    path = "/" + link(message, "confirm").split("://", 1)[1].split("/", 1)[1]

    shown = client.get(path)
    assert shown.status_code == 200
    assert not Verification.objects.exists()  # a mail scanner opening the link changes nothing

    thanked = client.post(path)
    assert thanked.status_code == 200
    assert translation.gettext("Thank you") in thanked.content.decode()
    organization.refresh_from_db()
    assert organization.last_verified_on == TODAY
    check = organization.verifications.get()
    assert check.method == Verification.Method.CONFIRMATION
    assert check.verified_by is None

    again = client.post(path)
    assert again.status_code == 200
    assert organization.verifications.count() == 1


def test_a_service_link_confirms_the_service(client):
    service = ServiceFactory(last_verified_on=LONG_AGO)
    token = verification.confirmation_token(service)

    response = client.post(reverse("verification:confirm", args=[token]))

    assert response.status_code == 200
    service.refresh_from_db()
    assert service.last_verified_on == TODAY
    assert service.verifications.get().method == Verification.Method.CONFIRMATION


def test_an_expired_link_answers_gone_and_changes_nothing(client, monkeypatch):
    organization = OrganizationFactory(last_verified_on=LONG_AGO)
    long_ago = timezone.now() - datetime.timedelta(days=31)
    monkeypatch.setattr(signing.time, "time", lambda: long_ago.timestamp())
    token = verification.confirmation_token(organization)
    monkeypatch.undo()

    for response in (
        client.get(reverse("verification:confirm", args=[token])),
        client.post(reverse("verification:confirm", args=[token])),
    ):
        assert response.status_code == 410
        assert translation.gettext("This link has expired") in response.content.decode()
    organization.refresh_from_db()
    assert organization.last_verified_on == LONG_AGO
    assert not Verification.objects.exists()


@pytest.mark.parametrize("forge", ["tamper", "garbage", "other_salt", "bad_content"])
def test_a_forged_link_answers_bad_request_and_changes_nothing(client, forge):
    organization = OrganizationFactory(last_verified_on=LONG_AGO)
    token = {
        "tamper": verification.confirmation_token(organization)[:-3] + "abc",
        "garbage": "not-a-token",
        "other_salt": signing.dumps({"kind": "organization", "id": organization.pk}),
        "bad_content": signing.dumps(
            {"kind": "project", "id": 1}, salt="organizations.verification.confirm"
        ),
    }[forge]

    response = client.post(reverse("verification:confirm", args=[token]))

    assert response.status_code == 400
    organization.refresh_from_db()
    assert organization.last_verified_on == LONG_AGO
    assert not Verification.objects.exists()


def test_a_link_to_a_deleted_listing_answers_gone(client):
    organization = OrganizationFactory()
    token = verification.confirmation_token(organization)
    organization.delete()

    assert client.post(reverse("verification:confirm", args=[token])).status_code == 410


# Who may --------------------------------------------------------------------------------


def test_visitors_are_sent_to_log_in_and_nothing_changes(client, personas):
    organization = OrganizationFactory(last_verified_on=LONG_AGO)
    service = ServiceFactory(last_verified_on=LONG_AGO)
    urls = [
        reverse(ORGANIZATIONS_TO_VERIFY),
        reverse(SERVICES_TO_VERIFY),
        reverse("admin:organizations_servicetoverify_verify", args=[service.pk]),
        reverse("admin:organizations_organizationtoverify_verify", args=[organization.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302
        assert client.post(url, {"method": "visit"}).status_code == 302
    client.force_login(personas.editor)  # not staff
    for url in urls:
        assert client.post(url, {"method": "visit"}).status_code == 302
    assert not Verification.objects.exists()


def test_staff_who_are_not_coordinators_are_refused_and_nothing_changes(client, staff_editor):
    organization = OrganizationFactory(last_verified_on=LONG_AGO, email="x@example.org")
    service = ServiceFactory(last_verified_on=LONG_AGO)
    client.force_login(staff_editor)

    assert client.get(reverse(ORGANIZATIONS_TO_VERIFY)).status_code == 403
    assert client.get(reverse(SERVICES_TO_VERIFY)).status_code == 403
    verify_url = reverse("admin:organizations_servicetoverify_verify", args=[service.pk])
    assert client.post(verify_url, {"method": "visit"}).status_code == 403
    for action in ("mark_verified", "ask_to_confirm"):
        response = act(client, ORGANIZATIONS_TO_VERIFY, action, [organization], method="visit")
        assert response.status_code == 403
    assert "verification" not in client.get(reverse("admin:index")).content.decode().lower()
    assert not Verification.objects.exists()
    assert Service.objects.get(pk=service.pk).last_verified_on == LONG_AGO
    assert not mail.outbox
    assert not LogEntry.objects.exists()
