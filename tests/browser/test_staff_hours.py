"""Staff on a phone, in a real browser: an editor enters a service's week of opening hours
(Monday typed, Tuesday to Friday ticked, copied at once by the page's script), saves a draft,
previews it, sends it from the organization's page; a coordinator approves it from the desk;
the public page shows the new hours. Each staff page on the way passes axe-core and fits a
360 px screen, in Arabic and French.
"""

import pytest

from tests.browser.checks import axe_violations, sideways_overflow

ORGANIZATION = "nour-mothers-bni-makada"
SERVICE = "nour-mothers-bni-makada-literacy-classes"
PASSWORD = "dalil-demo"
# Each language's run its own hours: on PostgreSQL what the server saved in one stays.
HOURS = {"ar": ("08:05", "11:55"), "fr": ("08:10", "11:50")}


class Person:
    def __init__(self, username):
        self.username, self.password = username, PASSWORD


@pytest.fixture(scope="module")
def people(demo_site, django_db_blocker):
    """Nour's editor and a coordinator, committed for the module (the demo makes accounts
    only with DEBUG on)."""
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
        editor = users.create_user("browser-editor", "browser-editor@example.org", PASSWORD)
        Membership.objects.create(
            user=editor,
            organization=Organization.objects.get(slug=ORGANIZATION),
            role=Membership.Role.EDITOR,
        )
        coordinator = users.create_user(
            "browser-coordinator", "browser-coordinator@example.org", PASSWORD, is_staff=True
        )
        coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    return Person("browser-editor"), Person("browser-coordinator")


def problems_on(page):
    problems = axe_violations(page)
    if overflow := sideways_overflow(page):
        problems.append(f"scrolls sideways: {overflow}")
    return problems


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_week_of_hours_entered_on_a_phone_is_previewed_sent_and_approved(
    phone_page, people, language
):
    from organizations.models import Service

    editor, coordinator = people
    opens, closes = HOURS[language]
    service = Service.objects.get(slug=SERVICE)
    page = phone_page(language, account=editor)

    page.goto(f"/{language}/manage/{ORGANIZATION}/service/{service.pk}/")
    assert problems_on(page) == []
    page.locator("#id_hours-regular-1-0-opens").fill(opens)
    page.locator("#id_hours-regular-1-0-closes").fill(closes)
    for weekday in range(2, 6):
        page.locator(f"#id_hours-week-{weekday}-same").check()
    assert page.locator("#id_hours-regular-5-0-opens").input_value() == opens
    page.locator("button[value=draft]").click()

    # The organization's page: the draft, not sent yet, with its preview.
    assert page.url.endswith(f"/{language}/manage/{ORGANIZATION}/")
    assert problems_on(page) == []
    page.locator(".unsent-drafts a[href$='/preview/']").click()
    assert problems_on(page) == []
    # In Ramadan the usual hours are folded under the Ramadan ones: read whatever shows.
    assert f"{opens}–{closes}" in page.locator(".preview").text_content()
    page.go_back()
    page.locator(".unsent-drafts button[type=submit]").click()
    assert page.locator(".unsent-drafts").count() == 0

    # The coordinator, from the desk, on a phone.
    desk = phone_page(language, account=coordinator)
    desk.goto(f"/{language}/manage/")
    desk.locator(".desk-line a").first.click()
    assert problems_on(desk) == []
    desk.locator("table.history a").first.click()
    assert problems_on(desk) == []
    assert opens in desk.locator("table.diff").inner_text()
    desk.locator("input[name=decision][value=approve]").check()
    desk.locator("form.edit-form button[type=submit]").click()

    desk.goto(f"/{language}/services/{SERVICE}/")
    assert f"{opens}–{closes}" in desk.locator("article").text_content()
