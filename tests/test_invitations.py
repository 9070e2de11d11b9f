"""Owners (and coordinators) invite people to their organization by email; the link makes an
account, or adds a logged-in person, once. Nobody else reaches the members page."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import timezone

from organizations.models import Invitation, Membership
from tests.factories import InvitationFactory, MembershipFactory

pytestmark = pytest.mark.django_db

MEMBERS = "/fr/manage/asticude/members/"
NEW_PASSWORD = "Tanger-2025-mer"


def invitation_link(email):
    match = re.search(r"http://127\.0\.0\.1:8000(/\w\w/accounts/invitation/[\w-]+/)", email.body)
    assert match, email.body
    return match.group(1)


def sign_up(client, url, **data):
    return client.post(
        url,
        {
            "username": "nadia",
            "email": "nadia@example.org",
            "password1": NEW_PASSWORD,
            "password2": NEW_PASSWORD,
            **data,
        },
    )


def test_owner_sees_members_and_pending_invitations(client, personas):
    InvitationFactory(organization=personas.asticude.organization, email="waiting@example.org")
    InvitationFactory(
        organization=personas.asticude.organization,
        email="used@example.org",
        accepted_at=timezone.now(),
    )
    client.force_login(personas.owner)

    response = client.get(MEMBERS)

    html = response.content.decode()
    assert response.status_code == 200
    assert "editor-asticude" in html and "owner-asticude" in html
    assert "editor-other" not in html
    assert "waiting@example.org" in html
    assert "used@example.org" not in html


def test_owner_invites_a_new_person_who_creates_an_account(client, personas, run_tasks):
    client.force_login(personas.owner)

    response = client.post(MEMBERS, {"email": "Nadia@Example.org", "role": "editor"})

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.email == "Nadia@example.org"
    assert invitation.role == "editor"
    assert invitation.invited_by == personas.owner
    assert invitation.expires_at - timezone.now() > datetime.timedelta(days=13, hours=23)
    run_tasks()
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["Nadia@example.org"]
    link = invitation_link(mail.outbox[0])
    token = link.rstrip("/").rsplit("/", 1)[1]
    # Only the token's digest is stored.
    assert len(token) >= 43
    assert invitation.token_digest == Invitation.digest(token)
    assert token not in invitation.token_digest

    client.logout()
    page = client.get(link)
    assert page.status_code == 200
    assert 'value="Nadia@example.org"' in page.content.decode()
    response = sign_up(client, link)

    assert response.status_code == 302
    assert response["Location"] == "/fr/manage/"
    nadia = get_user_model().objects.get(username="nadia")
    assert nadia.check_password(NEW_PASSWORD)
    membership = Membership.objects.get(user=nadia)
    assert membership.organization == personas.asticude.organization
    assert membership.role == "editor"
    invitation.refresh_from_db()
    assert invitation.accepted_by == nadia and invitation.accepted_at is not None
    assert client.get("/fr/manage/").wsgi_request.user == nadia


def test_the_new_account_form_checks_the_passwords_and_keeps_what_was_typed(client, personas):
    InvitationFactory(organization=personas.asticude.organization, token="abc", email="n@e.org")

    response = sign_up(client, "/fr/accounts/invitation/abc/", password2="autre", username="nadia")

    assert response.status_code == 200
    assert response.context["form"].errors["password2"]
    html = response.content.decode()
    assert 'value="nadia"' in html
    assert NEW_PASSWORD not in html
    assert not get_user_model().objects.filter(username="nadia").exists()
    assert Invitation.objects.get().accepted_at is None


def test_a_weak_password_or_a_taken_email_is_refused(client, personas):
    InvitationFactory(organization=personas.asticude.organization, token="abc")
    url = "/fr/accounts/invitation/abc/"

    response = sign_up(client, url, password1="12345678", password2="12345678")
    assert response.context["form"].errors["password2"]

    response = sign_up(client, url, email="EDITOR@example.org")
    assert response.context["form"].errors["email"]
    assert not get_user_model().objects.filter(username="nadia").exists()


def test_a_logged_in_person_joins_with_one_click(client, personas):
    invitation = InvitationFactory(organization=personas.asticude.organization, token="abc")
    client.force_login(personas.other_editor)

    page = client.get("/fr/accounts/invitation/abc/")
    assert page.status_code == 200
    assert not Membership.objects.filter(
        user=personas.other_editor, organization=personas.asticude.organization
    ).exists()

    response = client.post("/fr/accounts/invitation/abc/")

    assert response["Location"] == "/fr/manage/"
    assert (
        Membership.objects.get(
            user=personas.other_editor, organization=personas.asticude.organization
        ).role
        == "editor"
    )
    invitation.refresh_from_db()
    assert invitation.accepted_by == personas.other_editor


def test_an_owner_invitation_makes_an_editor_owner_but_an_editor_one_never_demotes(
    client, personas
):
    InvitationFactory(organization=personas.asticude.organization, token="o", role="owner")
    InvitationFactory(organization=personas.asticude.organization, token="e", role="editor")

    client.force_login(personas.editor)
    client.post("/fr/accounts/invitation/o/")
    assert Membership.objects.get(user=personas.editor).role == "owner"

    client.force_login(personas.owner)
    client.post("/fr/accounts/invitation/e/")
    assert Membership.objects.get(user=personas.owner).role == "owner"


def test_an_invitation_works_once(client, personas):
    InvitationFactory(organization=personas.asticude.organization, token="abc")
    sign_up(client, "/fr/accounts/invitation/abc/")
    client.logout()

    response = client.get("/fr/accounts/invitation/abc/")
    assert response.status_code == 410
    response = sign_up(client, "/fr/accounts/invitation/abc/", username="someone-else")
    assert response.status_code == 410
    assert not get_user_model().objects.filter(username="someone-else").exists()
    assert Membership.objects.filter(organization=personas.asticude.organization).count() == 3


def test_an_expired_invitation_is_gone(client, personas):
    InvitationFactory(
        organization=personas.asticude.organization,
        token="abc",
        expires_at=timezone.now() - datetime.timedelta(minutes=1),
    )

    response = client.get("/fr/accounts/invitation/abc/")
    assert response.status_code == 410
    assert "<h1>" in response.content.decode()

    response = sign_up(client, "/fr/accounts/invitation/abc/")
    assert response.status_code == 410
    assert not get_user_model().objects.filter(username="nadia").exists()


def test_an_unknown_invitation_is_not_found(client, personas):
    response = client.get("/fr/accounts/invitation/not-a-real-token/")

    assert response.status_code == 404
    assert "accounts/invitation_invalid.html" in [t.name for t in response.templates]


def test_a_coordinator_invites_for_any_organization(client, personas, run_tasks):
    client.force_login(personas.coordinator)

    response = client.post(
        "/fr/manage/other-association/members/", {"email": "x@example.org", "role": "owner"}
    )

    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.organization == personas.other.organization
    assert invitation.role == "owner"


def test_inviting_a_member_again_is_refused(client, personas):
    client.force_login(personas.owner)

    response = client.post(MEMBERS, {"email": "editor@example.org", "role": "owner"})

    assert response.status_code == 200
    assert response.context["form"].errors["email"]
    assert Invitation.objects.count() == 0


def test_an_invalid_role_or_email_is_refused_without_an_error_page(client, personas):
    client.force_login(personas.owner)

    response = client.post(MEMBERS, {"email": "not an email", "role": "king"})

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"email", "role"}
    assert Invitation.objects.count() == 0


@pytest.mark.parametrize("who", ["editor", "other_editor"])
def test_only_owners_and_coordinators_reach_the_members_page(client, personas, who):
    client.force_login(getattr(personas, who))
    editor_membership = Membership.objects.get(user=personas.editor)
    owner_membership = Membership.objects.get(user=personas.owner)
    waiting = InvitationFactory(organization=personas.asticude.organization)

    assert client.get(MEMBERS).status_code == 404
    assert client.post(MEMBERS, {"email": "x@example.org", "role": "owner"}).status_code == 404
    assert (
        client.post(f"{MEMBERS}{owner_membership.pk}/role/", {"role": "editor"}).status_code == 404
    )
    assert client.post(f"{MEMBERS}{owner_membership.pk}/remove/").status_code == 404
    assert (
        client.post(f"{MEMBERS}{editor_membership.pk}/role/", {"role": "owner"}).status_code == 404
    )
    assert client.post(f"/fr/manage/asticude/invitations/{waiting.pk}/cancel/").status_code == 404

    assert list(Invitation.objects.all()) == [waiting]
    owner_membership.refresh_from_db()
    editor_membership.refresh_from_db()
    assert owner_membership.role == "owner"
    assert editor_membership.role == "editor"
    assert Membership.objects.filter(organization=personas.asticude.organization).count() == 2


def test_a_visitor_is_asked_to_log_in(client, personas):
    response = client.get(MEMBERS)

    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/?next=")


def test_an_unknown_organization_is_not_found(client, personas):
    client.force_login(personas.coordinator)

    assert client.get("/fr/manage/nowhere/members/").status_code == 404


def test_owner_changes_a_role_and_removes_a_member(client, personas):
    client.force_login(personas.owner)
    editor = Membership.objects.get(user=personas.editor)

    response = client.post(f"{MEMBERS}{editor.pk}/role/", {"role": "owner"})
    assert response["Location"] == MEMBERS
    editor.refresh_from_db()
    assert editor.role == "owner"

    response = client.post(f"{MEMBERS}{editor.pk}/remove/")
    assert response["Location"] == MEMBERS
    assert not Membership.objects.filter(pk=editor.pk).exists()


def test_the_last_owner_can_be_neither_removed_nor_made_editor(client, personas):
    client.force_login(personas.owner)
    owner = Membership.objects.get(user=personas.owner)

    client.post(f"{MEMBERS}{owner.pk}/remove/")
    client.post(f"{MEMBERS}{owner.pk}/role/", {"role": "editor"})

    owner.refresh_from_db()
    assert owner.role == "owner"
    page = client.get(MEMBERS)
    messages = [str(message) for message in page.context["messages"]]
    assert len(messages) == 2


def test_with_two_owners_one_can_leave(client, personas):
    second = MembershipFactory(organization=personas.asticude.organization, role="owner")
    client.force_login(personas.owner)
    owner = Membership.objects.get(user=personas.owner)

    client.post(f"{MEMBERS}{owner.pk}/remove/")

    assert not Membership.objects.filter(pk=owner.pk).exists()
    assert Membership.objects.filter(pk=second.pk).exists()


def test_a_member_of_another_organization_cannot_be_changed_through_this_one(client, personas):
    client.force_login(personas.owner)
    other = Membership.objects.get(user=personas.other_editor)

    assert client.post(f"{MEMBERS}{other.pk}/role/", {"role": "owner"}).status_code == 404
    assert client.post(f"{MEMBERS}{other.pk}/remove/").status_code == 404
    other.refresh_from_db()
    assert other.role == "editor"


def test_owner_cancels_a_pending_invitation(client, personas):
    invitation = InvitationFactory(organization=personas.asticude.organization, token="abc")
    client.force_login(personas.owner)

    response = client.post(f"/fr/manage/asticude/invitations/{invitation.pk}/cancel/")

    assert response["Location"] == MEMBERS
    assert not Invitation.objects.exists()
    assert client.get("/fr/accounts/invitation/abc/").status_code == 404


def test_a_new_invitation_replaces_the_pending_one_to_the_same_address(client, personas):
    client.force_login(personas.owner)

    client.post(MEMBERS, {"email": "n@example.org", "role": "editor"})
    client.post(MEMBERS, {"email": "n@example.org", "role": "owner"})

    assert Invitation.objects.get().role == "owner"
