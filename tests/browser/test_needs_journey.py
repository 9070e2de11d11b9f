"""Associations find each other, in a real browser on a 360 px phone: the owner of a Tangier
youth association posts a need for a partner in Spain (French); once approved, the owner of a
Spanish association finds it through the filters and writes (Arabic); the message reaches the
Tangier owner by email through the worker; they record the partnership; the coordinator sees
it counted. Each page on the way passes axe and asks nothing of another host."""

import pytest
from django.core import mail

from organizations.models import Organization

from .checks import assert_no_axe_violations, assert_no_foreign_requests, sideways_overflow
from .conftest import Account

pytestmark = pytest.mark.django_db

YOUTH_CLUB = "bni-makada-youth-club"
TITLE = "Partenaire en Espagne pour l'emploi des jeunes (test)"


def checked(page):
    assert_no_axe_violations(page)
    assert_no_foreign_requests(page)
    assert sideways_overflow(page) is None, (page.url, sideways_overflow(page))
    return page


@pytest.fixture(scope="module")
def people(demo_site, django_db_blocker):
    """The two owners and a coordinator, committed for the module."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.test import override_settings

    from organizations.models import Membership, Organization
    from organizations.rules import COORDINATORS

    users = get_user_model().objects
    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
    ):
        for username, slug in [
            ("browser-youth", YOUTH_CLUB),
            ("browser-puente", "puente-joven-malaga"),
        ]:
            user = users.create_user(username, f"{username}@example.org", "dalil-demo")
            Membership.objects.create(
                user=user, organization=Organization.objects.get(slug=slug), role="owner"
            )
        coordinator = users.create_user(
            "browser-coordinator-needs", "desk@example.org", "dalil-demo", is_staff=True
        )
        coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    return {name: Account(name, "dalil-demo") for name in ["browser-youth", "browser-puente"]} | {
        "coordinator": Account("browser-coordinator-needs", "dalil-demo")
    }


def approve_first_waiting_change(page):
    page.goto("/fr/manage/review/")
    page.locator("table.history a").first.click()
    page.wait_for_load_state()
    checked(page)
    page.locator("input[name=decision][value=approve]").check()
    page.locator("form.edit-form button[type=submit]").click()
    page.wait_for_load_state()


def test_a_need_for_a_partner_in_spain_finds_one(phone_page, people, run_tasks):
    tangier = phone_page("fr", account=people["browser-youth"])
    tangier.goto(f"/fr/manage/{YOUTH_CLUB}/exchange/new/?kind=need")
    checked(tangier)
    tangier.locator("input[name=kind][value=need]").check()
    tangier.locator("select[name=category]").select_option("partner")
    tangier.locator("input[name=title_fr]").fill(TITLE)
    tangier.locator("select[name=countries]").select_option(label="Espagne")
    tangier.locator("input[name=themes]").first.check()
    tangier.locator("button[name=action][value=send]").click()
    tangier.wait_for_load_state()
    assert "errorlist" not in tangier.content(), tangier.locator(".errorlist").all_inner_texts()

    coordinator = phone_page("fr", account=people["coordinator"])
    approve_first_waiting_change(coordinator)

    spain = phone_page("ar", account=people["browser-puente"])
    spain.goto("/ar/needs/?kind=need&country=es")
    checked(spain)
    spain.get_by_role("link", name=TITLE).click()
    spain.wait_for_load_state()
    checked(spain)
    need_path = spain.url.split("/ar/", 1)[1]  # needs/<slug>/
    spain.locator("a[href$='/write/']").first.click()
    spain.wait_for_load_state()
    checked(spain)
    spain.locator("input[name=name]").fill("Lucía")
    spain.locator("input[name=email]").fill("lucia@example.org")
    spain.locator("textarea[name=text]").fill("Podemos acoger a vuestros jóvenes en prácticas.")
    spain.locator("form button[type=submit]").last.click()
    spain.wait_for_load_state()
    assert spain.url.endswith("/write/sent/")

    run_tasks()
    relayed = [
        email
        for email in mail.outbox
        if "browser-youth@example.org" in email.to and "Lucía" in email.body
    ]
    assert len(relayed) == 1 and "lucia@example.org" in relayed[0].body

    # It worked out: the Tangier owner records the partnership from the need.
    tangier.goto(f"/fr/{need_path}partnership/")
    tangier.wait_for_load_state()
    checked(tangier)
    partner = Organization.objects.get(slug="puente-joven-malaga")
    tangier.locator("input[name=partner]").fill(partner.name_fr)
    tangier.locator("button[name=action][value=send]").click()
    tangier.wait_for_load_state()
    assert "errorlist" not in tangier.content(), tangier.locator(".errorlist").all_inner_texts()
    approve_first_waiting_change(coordinator)

    coordinator.goto("/fr/manage/collaborations/")
    checked(coordinator)
    latest = coordinator.locator("section[aria-labelledby=latest]").inner_text()
    assert partner.name_fr in latest and TITLE in latest
