"""Staff pages speak the staff's language: labels, dates and the admin's name."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from organizations.models import ChangeRequest
from tests.forms import fill, read_form
from tests.pages import Page

pytestmark = pytest.mark.django_db


def test_an_arabic_form_names_each_language_in_arabic(client, personas):
    client.force_login(personas.editor)
    with translation.override("ar"):
        url = reverse("manage:edit_profile", args=["asticude"])
        english = str(translation.gettext("English"))

    page = Page(client.get(url))

    assert "(English)" not in page.text and "English" not in english
    assert english in page.text


def test_arabic_staff_pages_write_dates_as_the_public_pages_do(client, personas):
    client.force_login(personas.editor)
    url = reverse("manage:edit_profile", args=["asticude"])
    client.post(url, fill(read_form(client.get(url).content), summary_fr="Nouveau résumé"))
    change = ChangeRequest.objects.get()
    ChangeRequest.objects.filter(pk=change.pk).update(
        updated_at=timezone.make_aware(datetime.datetime(2026, 12, 2, 19, 2))
    )
    client.force_login(personas.coordinator)
    with translation.override("ar"):
        review = reverse("manage:review", args=[change.pk])

    page = Page(client.get(review))

    assert "2 ديسمبر، 2026، 19:02" in page.text
    assert "ديسمبر 2, 2026" not in page.text


def test_the_admin_is_named_dalil(client, personas):
    client.force_login(personas.coordinator)

    page = Page(client.get(reverse("admin:index")))

    assert "Django" not in page.root.find("title").text
    assert "Dalil" in page.root.find("title").text


def test_a_coordinators_desk_counts_what_waits_with_a_link_to_each(client, personas):
    from directory.reports.models import Report

    service = personas.asticude.service
    Report.objects.create(
        organization=service.organization, service=service, problem="wrong_phone"
    )
    client.force_login(personas.coordinator)

    page = Page(client.get(reverse("manage:dashboard")))

    assert page.root.find("h1").text == "Bureau des coordinateurs"
    lines = {
        " ".join(line.find("span", cls="desk-label").text.split()): (
            line.find("span", cls="desk-count").text,
            line.find("a").get("href"),
        )
        for line in page.root.find_all("li", cls="desk-line")
    }
    assert lines["Signalements de fiches erronées"][0] == "1"
    assert lines["Modifications en attente de validation"][1] == reverse("manage:review_queue")
    assert "Doublons probables" in lines and len(lines) == 8
    assert "Vous n'êtes membre d'aucune organisation" not in page.text


def test_an_editor_sees_their_organizations_not_the_desk(client, personas):
    client.force_login(personas.editor)

    page = Page(client.get(reverse("manage:dashboard")))

    assert page.root.find("h1").text == "Mes organisations"
    assert page.root.find("ul", cls="desk") is None


def test_the_overview_says_what_residents_will_miss_with_a_link_to_fix_each(client, personas):
    from organizations.models import ContactChannel, Location, OpeningHours

    organization = personas.asticude.organization
    ContactChannel.objects.filter(organization=organization).delete()
    Location.objects.filter(organization=organization).update(phone="")
    OpeningHours.objects.filter(service__organization=organization).delete()
    OpeningHours.objects.filter(location__organization=organization).delete()
    organization.last_verified_on = datetime.date(2020, 1, 1)
    organization.save()
    client.force_login(personas.editor)

    page = Page(client.get(reverse("manage:organization", args=["asticude"])))

    gaps = page.root.find("section", cls="gaps")
    assert "Aucun numéro de téléphone" in gaps.text
    service = personas.asticude.service
    assert reverse("manage:edit", args=["asticude", "service", service.pk]) in [
        a.get("href") for a in gaps.find_all("a")
    ]
    assert "Non vérifiée depuis" in gaps.text


def test_themes_are_offered_under_their_broad_theme(client, personas):
    from tests.factories import ThemeFactory

    migration = ThemeFactory(slug="migration-x", name_fr="Migration")
    protection = ThemeFactory(slug="protection-x", name_fr="Protection", parent=migration)
    client.force_login(personas.editor)
    service = personas.asticude.service

    page = Page(client.get(reverse("manage:edit", args=["asticude", "service", service.pk])))

    box = page.root.find("input", name="themes", value=str(protection.pk))
    group = box.parent.parent.parent  # input < label < div < the broad theme's group
    assert group.find("label").text == "Migration"
    assert "Migration, en général" in group.text


def test_the_header_leads_staff_to_their_desk_and_the_admin(client, personas):
    client.force_login(personas.coordinator)

    menu = Page(client.get(reverse("home"))).root.find("details", cls="account-menu")

    links = {a.text: a.get("href") for a in menu.find_all("a")}
    assert links["Bureau des coordinateurs"] == reverse("manage:dashboard")
    assert links["Administration"] == reverse("admin:index")


def test_the_header_leads_an_editor_to_their_organizations_only(client, personas):
    client.force_login(personas.editor)

    menu = Page(client.get(reverse("home"))).root.find("details", cls="account-menu")

    assert [a.text for a in menu.find_all("a")] == ["Mes organisations"]
