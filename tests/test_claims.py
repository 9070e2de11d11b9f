"""People who run an organization claim its listing without an account; a coordinator
approves (an owner invitation goes out) or refuses with a reason (an email says why)."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.core.cache import caches
from django.core.cache.backends.db import DatabaseCache
from django.db import connection

from directory.common.antispam import client_key
from organizations.models import Claim, Invitation
from tests.factories import ClaimFactory, OrganizationFactory
from tests.pages import Page

pytestmark = pytest.mark.django_db

CLAIM = "/fr/accounts/claim/asticude/"
CLAIMS = "/fr/manage/claims/"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["shared"].clear()
    yield
    caches["shared"].clear()


def cache_keys():
    """Every key written in the rate limits' cache: a database table, or Redis."""
    cache = caches["shared"]
    if isinstance(cache, DatabaseCache):
        table = connection.ops.quote_name(settings.CACHES["shared"]["LOCATION"])
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT cache_key FROM {table}")
            return [key for (key,) in cursor.fetchall()]
    return [key.decode() for key in cache._cache.get_client().keys("*")]


def claim_data(**data):
    return {
        "name": "Fatima Zahra",
        "email": "fatima@asticude.example",
        "phone": "+212 600 00 00 00",
        "position": "Présidente",
        "message": "Appelez le bureau.",
        "leave_empty": "",
        **data,
    }


def test_the_organization_page_links_to_the_claim_form(visit, personas):
    assert CLAIM in visit("/fr/organizations/asticude/").hrefs()


def test_the_claim_form_is_accessible_and_has_a_labelled_honeypot(visit, personas):
    page = visit(CLAIM)

    form = page.root.find("form", action=CLAIM)
    for name, autocomplete in [("name", "name"), ("email", "email"), ("phone", "tel")]:
        field = form.find("input", name=name)
        assert field.get("autocomplete") == autocomplete
        assert form.find("label", for_=field.get("id")) is not None
    honeypot = form.find("input", name="leave_empty")
    assert form.find("label", for_=honeypot.get("id")) is not None
    assert "visually-hidden" in honeypot.parent.classes
    assert form.find("input", name="phone").get("type") == "tel"


def test_a_visitor_claims_a_listing_and_coordinators_are_told(client, personas, run_tasks):
    response = client.post(CLAIM, claim_data())

    assert response.status_code == 302
    assert response["Location"] == "/fr/accounts/claim/asticude/sent/"
    claim = Claim.objects.get()
    assert claim.organization == personas.asticude.organization
    assert claim.status == Claim.Status.PENDING
    assert (claim.name, claim.email, claim.position) == (
        "Fatima Zahra",
        "fatima@asticude.example",
        "Présidente",
    )
    assert client.get(response["Location"]).status_code == 200
    run_tasks()
    assert [email.to for email in mail.outbox] == [["coordinator@example.org"]]
    assert "/fr/manage/claims/" in mail.outbox[0].body


def test_a_claim_with_missing_fields_keeps_what_was_typed(client, personas):
    response = client.post(CLAIM, claim_data(email="not an email", position=""))

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"email", "position"}
    assert 'value="Fatima Zahra"' in response.content.decode()
    assert not Claim.objects.exists()


def test_a_claim_with_the_honeypot_filled_is_refused(client, personas):
    response = client.post(CLAIM, claim_data(leave_empty="http://spam.example"))

    assert response.status_code == 400
    assert not Claim.objects.exists()


def test_more_than_five_claims_an_hour_from_one_address_are_refused(client, personas):
    for number in range(5):
        assert client.post(CLAIM, claim_data(name=f"Person {number}")).status_code == 302

    response = client.post(CLAIM, claim_data(name="Person 6", message="Le sixième message"))

    assert response.status_code == 429
    page = Page(response)
    alert = page.root.find("div", cls="form-errors", role="alert")
    assert "De nombreux messages ont été envoyés depuis votre connexion" in alert.text
    # What was typed is still in the form.
    assert page.root.find("input", name="name").get("value") == "Person 6"
    assert page.root.find("textarea", name="message").text == "Le sixième message"
    assert Claim.objects.count() == 5
    # Another address is not concerned.
    other = client.post(CLAIM, claim_data(), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_the_claim_counter_keeps_no_address_in_the_cache(client, rf, personas):
    client.post(CLAIM, claim_data(), REMOTE_ADDR="203.0.113.77")

    keys = cache_keys()
    assert keys
    assert not any("203.0.113.77" in key for key in keys)
    key = client_key(rf.get("/", REMOTE_ADDR="203.0.113.77"))
    assert caches["shared"].get(f"ratelimit:claims:{key}") == 1
    claim = Claim.objects.values().get()
    assert not any("203.0.113.77" in str(value) for value in claim.values())


def test_unpublished_or_unknown_organizations_cannot_be_claimed(client, personas):
    OrganizationFactory(slug="draft", status="draft")

    assert client.get("/fr/accounts/claim/draft/").status_code == 404
    assert client.post("/fr/accounts/claim/draft/", claim_data()).status_code == 404
    assert client.get("/fr/accounts/claim/nowhere/").status_code == 404
    assert not Claim.objects.exists()


def test_coordinator_sees_the_pending_claims(client, personas):
    ClaimFactory(organization=personas.asticude.organization, name="Fatima Zahra")
    ClaimFactory(organization=personas.other.organization, name="Déjà décidé", status="refused")
    client.force_login(personas.coordinator)

    response = client.get(CLAIMS)

    html = response.content.decode()
    assert response.status_code == 200
    assert "Fatima Zahra" in html
    assert "Déjà décidé" not in html


def test_approving_a_claim_invites_the_claimant_as_owner(client, personas, run_tasks):
    claim = ClaimFactory(
        organization=personas.asticude.organization, email="fatima@asticude.example"
    )
    client.force_login(personas.coordinator)

    response = client.post(f"{CLAIMS}{claim.pk}/approve/")

    assert response["Location"] == CLAIMS
    claim.refresh_from_db()
    assert claim.status == Claim.Status.APPROVED
    assert claim.decided_by == personas.coordinator
    assert claim.decided_at is not None
    invitation = Invitation.objects.get()
    assert (invitation.email, invitation.role) == ("fatima@asticude.example", "owner")
    assert invitation.organization == personas.asticude.organization
    run_tasks()
    assert [email.to for email in mail.outbox] == [["fatima@asticude.example"]]
    link = re.search(
        r"http://127\.0\.0\.1:8000(/fr/accounts/invitation/[\w-]+/)", mail.outbox[0].body
    )
    assert link
    # The link is a working invitation.
    client.logout()
    assert client.get(link.group(1)).status_code == 200
    # A decided claim cannot be decided again.
    client.force_login(personas.coordinator)
    assert client.post(f"{CLAIMS}{claim.pk}/approve/").status_code == 404
    assert Invitation.objects.count() == 1


def test_refusing_a_claim_emails_the_reason(client, personas, run_tasks):
    claim = ClaimFactory(
        organization=personas.asticude.organization, email="fatima@asticude.example"
    )
    client.force_login(personas.coordinator)

    response = client.post(
        f"{CLAIMS}{claim.pk}/refuse/", {"reason": "Personne ne vous connaît au bureau."}
    )

    assert response["Location"] == CLAIMS
    claim.refresh_from_db()
    assert claim.status == Claim.Status.REFUSED
    assert claim.reason == "Personne ne vous connaît au bureau."
    assert claim.decided_by == personas.coordinator
    assert not Invitation.objects.exists()
    run_tasks()
    assert [email.to for email in mail.outbox] == [["fatima@asticude.example"]]
    assert "Personne ne vous connaît au bureau." in mail.outbox[0].body


def test_refusing_needs_a_reason(client, personas):
    claim = ClaimFactory(organization=personas.asticude.organization)
    client.force_login(personas.coordinator)

    response = client.post(f"{CLAIMS}{claim.pk}/refuse/", {"reason": "  "})

    assert response.status_code == 400
    assert f'id="claim-{claim.pk}-reason_error"' in response.content.decode()
    claim.refresh_from_db()
    assert claim.status == Claim.Status.PENDING


@pytest.mark.parametrize("who", ["owner", "editor", "other_editor"])
def test_only_coordinators_see_and_decide_claims(client, personas, who):
    claim = ClaimFactory(organization=personas.asticude.organization)
    client.force_login(getattr(personas, who))

    assert client.get(CLAIMS).status_code == 404
    assert client.post(f"{CLAIMS}{claim.pk}/approve/").status_code == 404
    assert client.post(f"{CLAIMS}{claim.pk}/refuse/", {"reason": "Non."}).status_code == 404

    claim.refresh_from_db()
    assert claim.status == Claim.Status.PENDING
    assert claim.decided_by is None
    assert not Invitation.objects.exists()


def test_a_visitor_is_asked_to_log_in_for_the_claims_queue(client, personas):
    response = client.get(CLAIMS)

    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/")
