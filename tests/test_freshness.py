"""Listings stay fresh without anyone remembering: a monthly "still correct?" email to the
owners of a listing not verified for 12 months, and after 18 months a notice to the public
and a line on the coordinators' desk; nothing is deleted."""

import datetime

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from organizations.curation import verification
from organizations.models import Organization, Verification
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory
from tests.pages import Page

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 12, 7)
OUT_OF_DATE = (
    "No one has been able to verify this listing for more than 18 months: it may be out of date."
)


def owned(last_verified_on, email="owner@example.org", **fields):
    organization = OrganizationFactory(last_verified_on=last_verified_on, **fields)
    MembershipFactory(organization=organization, user=UserFactory(email=email), role="owner")
    return organization


def test_owners_of_a_listing_not_verified_for_a_year_are_asked_once_a_month(run_tasks):
    stale = owned(datetime.date(2025, 11, 30), email="stale@example.org")
    owned(datetime.date(2026, 6, 1), email="fresh@example.org")

    assert verification.request_confirmations(today=TODAY) == 1
    assert verification.request_confirmations(today=TODAY + datetime.timedelta(days=27)) == 0
    run_tasks()

    assert [email.to for email in mail.outbox] == [["stale@example.org"]]
    assert "/verification/confirm/" in mail.outbox[0].body
    stale.refresh_from_db()
    assert stale.confirmation_requested_on == TODAY
    assert verification.request_confirmations(today=TODAY + datetime.timedelta(days=28)) == 1


def test_an_organization_never_verified_is_asked_once_it_is_a_year_old():
    recent = owned(None)
    old = owned(None)
    a_year_ago = timezone.now() - datetime.timedelta(days=400)
    Organization.objects.filter(pk=old.pk).update(created_at=a_year_ago)

    verification.request_confirmations()

    old.refresh_from_db(), recent.refresh_from_db()
    assert old.confirmation_requested_on and recent.confirmation_requested_on is None


def test_after_18_months_the_public_is_told_and_the_desk_counts_it(client, personas, visit):
    Organization.objects.update(last_verified_on=timezone.localdate())  # the personas'
    today = timezone.localdate()
    forgotten = owned(verification.months_before(today, 19), slug="forgotten")
    owned(verification.months_before(today, 17), slug="checked-17-months-ago")

    call_command("request_verifications", stdout=open("/dev/null", "w"))

    assert OUT_OF_DATE in visit("/en/organizations/forgotten/").text
    assert OUT_OF_DATE not in visit("/en/organizations/checked-17-months-ago/").text
    assert Organization.objects.filter(pk=forgotten.pk).exists()  # never deleted
    client.force_login(personas.coordinator)
    desk = Page(client.get(reverse("manage:dashboard")))
    counts = {
        line.find("span", cls="desk-label").text: line.find("span", cls="desk-count").text
        for line in desk.root.find_all("li", cls="desk-line")
    }
    assert counts["Organisations que personne n'a pu vérifier depuis 18 mois"] == "1"


def test_a_check_takes_the_notice_away(visit):
    forgotten = owned(datetime.date(2025, 5, 1), slug="forgotten")
    verification.mark_unverifiable()

    verification.mark_verified(records=[forgotten], method=Verification.Method.CONFIRMATION)

    assert OUT_OF_DATE not in visit("/en/organizations/forgotten/").text
