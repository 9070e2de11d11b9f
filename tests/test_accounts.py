"""Logging in and out, passwords, the lockout after wrong passwords, and the demo accounts."""

import io
import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import cache

from directory.management.commands.load_demo import Command as LoadDemo
from organizations.models import Membership
from organizations.rules import COORDINATORS
from tests.factories import OrganizationFactory, UserFactory
from tests.pages import Page

pytestmark = pytest.mark.django_db

LOGIN = "/fr/accounts/login/"
PASSWORD = "dalil-demo"


def log_in(client, username, password=PASSWORD, url=LOGIN, **data):
    return client.post(url, {"username": username, "password": password, **data})


def logged_in_user(client):
    return client.get("/fr/").wsgi_request.user


def test_login_page_has_a_username_and_a_current_password_field(visit):
    page = visit(LOGIN)

    form = page.root.find("form", action=LOGIN)
    assert form.find("input", name="username").get("autocomplete") == "username"
    assert form.find("input", name="password").get("autocomplete") == "current-password"
    assert form.find("label", for_="id_username") is not None
    assert "/fr/accounts/password/reset/" in page.hrefs()


def test_a_person_logs_in_and_lands_on_their_organizations(client):
    UserFactory(username="amina")

    response = log_in(client, "amina")

    assert response.status_code == 302
    assert response["Location"] == "/fr/manage/"
    assert logged_in_user(client).username == "amina"


def test_login_follows_a_local_next_address_but_not_another_site(client):
    UserFactory(username="amina")

    response = log_in(client, "amina", url=LOGIN + "?next=/fr/accounts/two-factor/")
    assert response["Location"] == "/fr/accounts/two-factor/"

    client.logout()
    response = log_in(client, "amina", url=LOGIN + "?next=https://evil.example/")
    assert response["Location"] == "/fr/manage/"


def test_a_wrong_password_is_refused_with_a_message_in_the_page_language(client):
    UserFactory(username="amina")

    response = log_in(client, "amina", password="wrong", url="/en/accounts/login/")

    assert response.status_code == 200
    assert "Please enter a correct username and password" in response.content.decode()
    assert not logged_in_user(client).is_authenticated
    # What was typed stays, except the password.
    html = response.content.decode()
    assert 'value="amina"' in html
    assert 'value="wrong"' not in html


def test_logout_needs_a_post(client):
    user = UserFactory()
    client.force_login(user)

    assert client.get("/fr/accounts/logout/").status_code == 405
    assert logged_in_user(client).is_authenticated

    response = client.post("/fr/accounts/logout/")
    assert response.status_code == 302
    assert not logged_in_user(client).is_authenticated


def test_the_header_offers_login_to_visitors_and_logout_to_staff(client, visit):
    assert "/fr/accounts/login/" in visit("/fr/").hrefs()

    client.force_login(UserFactory())
    page = visit("/fr/")
    assert "/fr/manage/" in page.hrefs()
    assert page.root.find("form", action="/fr/accounts/logout/", method="post") is not None


def test_five_wrong_passwords_lock_the_account_with_a_429_page(client):
    UserFactory(username="amina")

    for _attempt in range(4):
        assert log_in(client, "amina", password="wrong").status_code == 200
    response = log_in(client, "amina", password="wrong")

    assert response.status_code == 429
    assert "registration/locked_out.html" in [t.name for t in response.templates]
    assert AccessAttempt.objects.get(username="amina").failures_since_start == 5
    # Even the right password is refused now.
    assert log_in(client, "amina").status_code == 429
    assert not logged_in_user(client).is_authenticated


def test_the_lockout_page_is_translated(client):
    UserFactory(username="amina")
    for _attempt in range(5):
        response = log_in(client, "amina", password="wrong", url="/en/accounts/login/")

    assert response.status_code == 429
    assert "<h1>Too many wrong passwords</h1>" in response.content.decode()
    assert '<html lang="en"' in response.content.decode()


def test_password_reset_through_the_emailed_link(client, run_tasks):
    user = UserFactory(username="amina", email="amina@example.org")

    response = client.post("/ar/accounts/password/reset/", {"email": "AMINA@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/ar/accounts/password/reset/sent/"
    assert mail.outbox == []  # queued, not sent during the request
    run_tasks()

    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["amina@example.org"]
    # The link is in the language the person used.
    link = re.search(r"http://127\.0\.0\.1:8000(/ar/accounts/password/reset/\S+/)", email.body)
    assert link, email.body
    response = client.get(link.group(1))
    assert response.status_code == 302  # Django hides the token from the address bar
    set_password_url = response["Location"]
    assert client.get(set_password_url).status_code == 200

    response = client.post(
        set_password_url,
        {"new_password1": "Tanger-2025-mer", "new_password2": "Tanger-2025-mer"},
    )

    assert response.status_code == 302
    assert response["Location"] == "/ar/accounts/password/reset/done/"
    user.refresh_from_db()
    assert user.check_password("Tanger-2025-mer")
    # The link works once.
    assert "password_reset_confirm" not in client.get(link.group(1)).content.decode()
    assert client.get(link.group(1), follow=True).context["validlink"] is False


def test_password_reset_for_an_unknown_address_sends_nothing_and_says_the_same(client, run_tasks):
    response = client.post("/fr/accounts/password/reset/", {"email": "nobody@example.org"})

    assert response["Location"] == "/fr/accounts/password/reset/sent/"
    run_tasks()
    assert mail.outbox == []


def test_the_sixth_password_reset_in_an_hour_is_refused_and_keeps_the_address(client, run_tasks):
    cache.clear()
    UserFactory(username="amina", email="amina@example.org")
    for _n in range(5):
        response = client.post("/fr/accounts/password/reset/", {"email": "amina@example.org"})
        assert response.status_code == 302

    response = client.post("/fr/accounts/password/reset/", {"email": "amina@example.org"})

    assert response.status_code == 429
    page = Page(response)
    alert = page.root.find("div", cls="form-errors", role="alert")
    assert "De nombreuses demandes ont été envoyées depuis votre connexion" in alert.text
    assert page.root.find("input", name="email").get("value") == "amina@example.org"
    run_tasks()
    assert len(mail.outbox) == 5
    # Another connection is not concerned.
    response = client.post(
        "/fr/accounts/password/reset/", {"email": "amina@example.org"}, REMOTE_ADDR="10.0.0.9"
    )
    assert response.status_code == 302


def test_password_change_checks_the_old_password_and_the_validators(client):
    user = UserFactory()
    client.force_login(user)
    url = "/fr/accounts/password/"

    response = client.post(
        url, {"old_password": "wrong", "new_password1": "123", "new_password2": "123"}
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert "old_password" in form.errors
    assert "new_password2" in form.errors
    user.refresh_from_db()
    assert user.check_password(PASSWORD)

    response = client.post(
        url,
        {
            "old_password": PASSWORD,
            "new_password1": "Tanger-2025-mer",
            "new_password2": "Tanger-2025-mer",
        },
    )
    assert response["Location"] == "/fr/accounts/password/changed/"
    user.refresh_from_db()
    assert user.check_password("Tanger-2025-mer")
    assert logged_in_user(client).is_authenticated


def test_password_pages_ask_visitors_to_log_in(client):
    response = client.get("/fr/accounts/password/")
    assert response.status_code == 302
    assert response["Location"].startswith("/fr/accounts/login/?next=")


def test_there_is_no_sign_up_page(client):
    assert client.get("/fr/accounts/signup/").status_code == 404
    assert client.get("/fr/accounts/register/").status_code == 404


# --- Demo accounts -------------------------------------------------------------------------


def load_demo_users():
    out, err = io.StringIO(), io.StringIO()
    LoadDemo(stdout=out, stderr=err).load_demo_users()
    return out.getvalue(), err.getvalue()


def test_load_demo_users_creates_the_demo_accounts(settings, client, monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    settings.DEBUG = True
    asticude = OrganizationFactory(slug="asticude")
    nordic = OrganizationFactory(slug="nordic-center")
    nour = OrganizationFactory(slug="nour-mothers-bni-makada")

    out, err = load_demo_users()
    load_demo_users()  # twice: nothing doubles

    users = get_user_model().objects
    assert set(users.values_list("username", flat=True)) == {
        "coordinator",
        "editor-asticude",
        "owner-nordic",
        "editor-nour",
    }
    coordinator = users.get(username="coordinator")
    assert coordinator.is_staff and not coordinator.is_superuser
    assert coordinator.email == "coordinator@example.org"
    assert coordinator.groups.filter(name=COORDINATORS).exists()
    assert Membership.objects.get(user__username="editor-asticude").organization == asticude
    assert Membership.objects.get(user__username="editor-asticude").role == "editor"
    assert Membership.objects.get(user__username="owner-nordic").organization == nordic
    assert Membership.objects.get(user__username="owner-nordic").role == "owner"
    assert Membership.objects.get(user__username="editor-nour").organization == nour
    assert Membership.objects.count() == 3
    assert Group.objects.filter(name=COORDINATORS).count() == 1
    assert "dalil-demo" in out and err == ""
    # They can log in with the demo password.
    assert log_in(client, "owner-nordic")["Location"] == "/fr/manage/"


def test_load_demo_users_takes_the_password_from_the_environment(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "autre-mot-de-passe")

    out, _err = load_demo_users()

    assert (
        get_user_model().objects.get(username="coordinator").check_password("autre-mot-de-passe")
    )
    assert "autre-mot-de-passe" not in out


def test_load_demo_users_refuses_when_debug_is_off(settings):
    settings.DEBUG = False
    OrganizationFactory(slug="asticude")

    out, err = load_demo_users()

    assert "DEBUG is off" in err
    assert get_user_model().objects.count() == 0
    assert Membership.objects.count() == 0
