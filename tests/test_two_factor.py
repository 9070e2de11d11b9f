"""Two-factor authentication (TOTP): turning it on and off, and the code asked after the
password before any staff page or the admin opens."""

import datetime
import time

import pytest
from django.contrib import admin
from django.utils import timezone
from django_otp.oath import TOTP, totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from organizations.accounts.twofactor import AdminSite
from tests.factories import MembershipFactory, OrganizationFactory, UserFactory

pytestmark = pytest.mark.django_db

LOGIN = "/fr/accounts/login/"
CODE = "/fr/accounts/login/code/"
TWO_FACTOR = "/fr/accounts/two-factor/"


def code(device, later=0):
    """The code the person's app shows now, or `later` periods of 30 seconds from now."""
    if later == 0:
        return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"
    clock = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    clock.time = time.time() + later * device.step
    return f"{clock.token():06d}"


def wrong_code(device):
    return "000000" if code(device) != "000000" else "111111"


@pytest.fixture
def person():
    """Someone who turned two-factor authentication on, and is an editor of an organization."""
    user = UserFactory(username="amina")
    MembershipFactory(user=user, organization=OrganizationFactory(slug="asticude"))
    device = TOTPDevice.objects.create(user=user, name="Dalil", confirmed=True)
    return user, device


def logged_in_user(client):
    return client.get("/fr/").wsgi_request.user


def test_turning_it_on_shows_a_qr_code_and_the_key_then_asks_a_code(client):
    user = UserFactory()
    client.force_login(user)

    response = client.get(TWO_FACTOR)

    html = response.content.decode()
    assert "<svg" in html
    device = TOTPDevice.objects.get(user=user)
    assert device.confirmed is False
    assert response.context["key"].replace(" ", "") in device.config_url
    code_input = 'autocomplete="one-time-code"'
    assert code_input in html and 'inputmode="numeric"' in html
    # Reloading keeps the same key, so a code already scanned still works.
    client.get(TWO_FACTOR)
    assert TOTPDevice.objects.get(user=user).key == device.key

    response = client.post(TWO_FACTOR, {"code": code(device)})

    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed is True
    # This session passed the code: staff pages stay open.
    assert client.get(TWO_FACTOR).context["enabled"] is True


def test_a_wrong_code_does_not_turn_it_on(client):
    user = UserFactory()
    client.force_login(user)
    client.get(TWO_FACTOR)
    device = TOTPDevice.objects.get(user=user)

    response = client.post(TWO_FACTOR, {"code": wrong_code(device)})

    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    device.refresh_from_db()
    assert device.confirmed is False


def test_a_code_that_is_not_six_digits_is_refused_without_counting_as_a_try(client):
    user = UserFactory()
    client.force_login(user)
    client.get(TWO_FACTOR)

    response = client.post(TWO_FACTOR, {"code": "abc<script>"})

    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert TOTPDevice.objects.get(user=user).throttling_failure_count == 0


def test_login_asks_the_code_after_the_password(client, person):
    user, device = person

    response = client.post(LOGIN, {"username": "amina", "password": "dalil-demo"})

    assert response.status_code == 302
    assert response["Location"] == CODE
    # Not logged in yet: the staff pages send the person back to the login page.
    assert not logged_in_user(client).is_authenticated
    response = client.get("/fr/manage/")
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)

    page = client.get(CODE)
    assert 'autocomplete="one-time-code"' in page.content.decode()
    response = client.post(CODE, {"code": code(device)})

    assert response.status_code == 302
    assert response["Location"] == "/fr/manage/"
    assert logged_in_user(client) == user
    assert client.get("/fr/manage/").status_code == 200


def test_login_keeps_the_next_address_through_the_code_step(client, person):
    _user, device = person

    client.post(
        LOGIN + "?next=/fr/accounts/password/", {"username": "amina", "password": "dalil-demo"}
    )
    response = client.post(CODE, {"code": code(device)})

    assert response["Location"] == "/fr/accounts/password/"


def test_a_wrong_code_keeps_the_person_out_and_the_next_codes_are_throttled(client, person):
    user, device = person
    client.post(LOGIN, {"username": "amina", "password": "dalil-demo"})

    response = client.post(CODE, {"code": wrong_code(device)})

    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert not logged_in_user(client).is_authenticated
    # Right away, even the right code is refused: django-otp makes the person wait.
    response = client.post(CODE, {"code": code(device)})
    assert response.status_code == 200
    assert not logged_in_user(client).is_authenticated
    device.refresh_from_db()
    assert device.throttling_failure_count >= 1


def test_the_code_page_without_a_password_first_sends_back_to_login(client, person):
    response = client.get(CODE)

    assert response.status_code == 302
    assert response["Location"] == LOGIN


def test_a_session_without_the_code_cannot_open_staff_pages(client, person):
    """A session opened with the password only (before two-factor was turned on elsewhere)."""
    user, _device = person
    client.force_login(user)

    response = client.get("/fr/manage/asticude/members/")

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)
    assert not logged_in_user(client).is_authenticated


def test_turning_it_off_asks_a_current_code(client, person):
    _user, device = person
    client.post(LOGIN, {"username": "amina", "password": "dalil-demo"})
    client.post(CODE, {"code": code(device)})

    response = client.post("/fr/accounts/two-factor/off/", {"code": wrong_code(device)})
    assert response.status_code == 200
    assert TOTPDevice.objects.filter(pk=device.pk).exists()

    # A second later, the throttle after the wrong code is over.
    TOTPDevice.objects.filter(pk=device.pk).update(
        throttling_failure_timestamp=timezone.now() - datetime.timedelta(seconds=2)
    )
    response = client.post("/fr/accounts/two-factor/off/", {"code": code(device, later=1)})

    assert response.status_code == 302
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()


def test_the_admin_needs_the_code_too(client):
    coordinator = UserFactory(username="coordinatrice", is_staff=True, is_superuser=True)
    device = TOTPDevice.objects.create(user=coordinator, name="Dalil", confirmed=True)
    client.force_login(coordinator)

    response = client.get("/fr/admin/")
    assert response.status_code == 302
    # The admin's own login knows nothing of codes: its address leads to Dalil's login.
    response = client.get(response["Location"])
    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN)

    client.post(LOGIN, {"username": "coordinatrice", "password": "dalil-demo"})
    client.post(CODE, {"code": code(device)})
    assert client.get("/fr/admin/").status_code == 200


def test_the_admin_opens_for_staff_without_two_factor(client):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    assert client.get("/fr/admin/").status_code == 200


def test_the_admin_site_is_the_two_factor_site_from_the_start():
    """No module patches the admin: INSTALLED_APPS makes it the site that asks the code."""
    assert isinstance(admin.site, AdminSite)
    assert admin.site.name == "admin"
