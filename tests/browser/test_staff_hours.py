"""A week of opening hours typed once, kept as a draft, previewed and sent, in a real browser
on a 360 px phone: Monday typed and Tuesday to Friday ticked (the page's script copies them at
once), "Save draft" (the public page does not change), the preview, then the drafts sent
together from the organization's page. Each page on the way passes axe-core and fits the
screen, in Arabic and French. (tests/browser/test_staff_journeys.py follows a change on to
the coordinator's approval.)
"""

import pytest

from tests.browser.checks import axe_violations, sideways_overflow

from .conftest import Account

NOUR = "nour-mothers-bni-makada"
SERVICE = "nour-mothers-bni-makada-literacy-classes"
# Each language's run its own hours: on PostgreSQL what the server saved in one stays.
HOURS = {"ar": ("08:05", "11:55"), "fr": ("08:10", "11:50")}


@pytest.fixture(scope="module")
def editor(demo_site, django_db_blocker):
    """Nour's editor, committed for the module (the demo makes accounts only with DEBUG on)."""
    from django.contrib.auth import get_user_model
    from django.test import override_settings

    from organizations.models import Membership, Organization

    with (
        django_db_blocker.unblock(),
        override_settings(PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"]),
    ):
        user = get_user_model().objects.create_user(
            "browser-hours-editor", "hours-editor@example.org", "dalil-demo"
        )
        Membership.objects.create(
            user=user, organization=Organization.objects.get(slug=NOUR), role="editor"
        )
    return Account("browser-hours-editor", "dalil-demo")


def problems_on(page):
    problems = axe_violations(page)
    if overflow := sideways_overflow(page):
        problems.append(f"scrolls sideways: {overflow}")
    return problems


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_week_typed_once_is_kept_as_a_draft_previewed_and_sent(phone_page, editor, language):
    from organizations.models import Service

    opens, closes = HOURS[language]
    page = phone_page(language, account=editor)
    page.goto(f"/{language}/manage/{NOUR}/service/{Service.objects.get(slug=SERVICE).pk}/")
    assert problems_on(page) == []

    page.locator("#id_hours-regular-1-0-opens").fill(opens)
    page.locator("#id_hours-regular-1-0-closes").fill(closes)
    for weekday in range(2, 6):
        page.locator(f"#id_hours-week-{weekday}-same").check()
    assert page.locator("#id_hours-regular-5-0-closes").input_value() == closes
    page.locator("button[name=action][value=draft]").click()
    page.wait_for_load_state()

    # The organization's page lists the draft, not sent yet; the public page is unchanged.
    assert page.url.endswith(f"/{language}/manage/{NOUR}/")
    assert problems_on(page) == []
    public = phone_page(language)
    public.goto(f"/{language}/services/{SERVICE}/")
    assert f"{opens}–{closes}" not in public.locator("main").text_content()

    page.locator(".unsent-drafts a[href$='/preview/']").click()
    page.wait_for_load_state()
    assert problems_on(page) == []
    assert page.locator(".preview-banner").is_visible()
    # In Ramadan the usual hours are folded under Ramadan's: read what is hidden too.
    assert f"{opens}–{closes}" in page.locator(".preview").text_content()

    page.go_back()
    page.locator(".unsent-drafts button[type=submit]").click()
    page.wait_for_load_state()
    assert problems_on(page) == []
    assert page.locator(".unsent-drafts").count() == 0
    assert page.locator(".badge-pending").count() >= 1
