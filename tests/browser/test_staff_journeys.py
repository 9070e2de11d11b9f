"""Staff journeys in a real browser, on a 360 px phone: an editor changes a service's hours
in the week grid and sends them; the coordinator approves from the desk in Arabic; the public
page shows the new hours. Every staff page on the way passes axe, stays within the phone's
width and asks nothing of another host; so do the other staff pages, in Arabic and French."""

import pytest

from organizations.models import Service

from .checks import assert_no_axe_violations, assert_no_foreign_requests, sideways_overflow
from .conftest import Account

pytestmark = pytest.mark.django_db

NOUR = "nour-mothers-bni-makada"


def checked(page):
    assert_no_axe_violations(page)
    assert_no_foreign_requests(page)
    assert sideways_overflow(page) is None, (page.url, sideways_overflow(page))
    return page


@pytest.fixture(scope="module")
def staff(demo_site, django_db_blocker):
    """Nour's editor and a coordinator, committed for the module, as load_demo makes them
    when DEBUG is on."""
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
        editor = users.create_user("browser-editor", "editor@example.org", "dalil-demo")
        Membership.objects.create(
            user=editor, organization=Organization.objects.get(slug=NOUR), role="editor"
        )
        coordinator = users.create_user(
            "browser-coordinator", "coordinator@example.org", "dalil-demo", is_staff=True
        )
        coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    return {
        "editor": Account("browser-editor", "dalil-demo"),
        "coordinator": Account("browser-coordinator", "dalil-demo"),
    }


def test_an_edit_of_hours_goes_from_the_week_grid_through_the_desk_to_the_public_page(
    phone_page, staff
):
    editor = phone_page("fr", account=staff["editor"])
    editor.goto(f"/fr/manage/{NOUR}/")
    checked(editor)
    editor.locator("#service-heading ~ ul a").first.click()
    editor.wait_for_load_state()
    checked(editor)
    service_path = editor.url
    editor.locator("input[name='hours-regular-1-1-opens']").fill("07:45")
    editor.locator("input[name='hours-regular-1-1-closes']").fill("11:55")
    editor.locator("button[name=action][value=send]").click()
    editor.wait_for_load_state()
    assert "/manage/" in editor.url and "errorlist" not in editor.content()

    coordinator = phone_page("ar", account=staff["coordinator"])
    coordinator.goto("/ar/manage/")
    checked(coordinator)
    coordinator.locator(".desk-line a[href$='/manage/review/']").click()
    coordinator.wait_for_load_state()
    checked(coordinator)
    coordinator.locator("table.history a").first.click()
    coordinator.wait_for_load_state()
    checked(coordinator)
    assert "07:45" in coordinator.locator("table.diff").inner_text()
    coordinator.locator("input[name=decision][value=approve]").check()
    coordinator.locator("form.edit-form button[type=submit]").click()
    coordinator.wait_for_load_state()

    slug = service_path.rstrip("/").split("/")[-1]
    public = phone_page("ar")
    service = Service.objects.get(pk=int(slug))
    public.goto(f"/ar/services/{service.slug}/")
    assert "07:45–11:55" in public.locator("main").inner_text()


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_staff_pages_pass_axe_and_fit_a_phone(phone_page, staff, language):
    editor = phone_page(language, account=staff["editor"])
    for path in ["/manage/", f"/manage/{NOUR}/", f"/manage/{NOUR}/profile/"]:
        editor.goto(f"/{language}{path}")
        checked(editor)
    editor.goto(f"/{language}/manage/{NOUR}/")
    for link in editor.locator("section ul a[href*='/manage/']").all()[:3]:
        page = phone_page(language, account=staff["editor"])
        page.goto(link.get_attribute("href"))
        checked(page)

    coordinator = phone_page(language, account=staff["coordinator"])
    for path in ["/manage/", "/manage/review/", "/manage/claims/"]:
        coordinator.goto(f"/{language}{path}")
        checked(coordinator)
