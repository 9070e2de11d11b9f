"""Every service and organization page leaves the visitor with a way to reach someone:
the service's own channels, else its locations' phones, else its organization's, each
labelled with whose number it is; "Call" and "WhatsApp" buttons at the top; and where no
contact is known, a plain sentence saying so and a link to suggest one."""

import pytest
from django.urls import reverse

from directory.reports.models import Report
from organizations.models import ContactChannel
from tests.factories import (
    ContactChannelFactory,
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db


def contact_groups(page):
    """{whose: [hrefs]} of the page's labelled contacts."""
    contacts = page.root.find("dl", cls="contacts")
    if contacts is None:
        return {}
    groups = {}
    whose = None
    for element in contacts.children:
        if getattr(element, "tag", None) == "dt":
            whose = element.text
            groups[whose] = []
        elif getattr(element, "tag", None) == "dd":
            groups[whose] += [a.get("href") for a in element.find_all("a")]
    return groups


def chosen_problem(page):
    """The value of the report form's checked problem, or None."""
    choices = page.root.find("form", cls="report-form").find_all("input", name="problem")
    checked = [choice.get("value") for choice in choices if "checked" in choice.attrs]
    return checked[0] if checked else None


def buttons(page):
    """The hrefs of the call and WhatsApp buttons at the top of the page."""
    box = page.root.find("header", cls="detail-header").find("p", cls="contact-buttons")
    return [a.get("href") for a in box.find_all("a")] if box else []


@pytest.fixture
def organization(tangier):
    organization = OrganizationFactory(
        name_fr="Association Tadamon", email="accueil@tadamon.example", website=""
    )
    ContactChannelFactory(organization=organization, kind="phone", value="+212 5 39 00 01 15")
    ContactChannelFactory(organization=organization, kind="whatsapp", value="+212 6 00 00 01 15")
    return organization


def test_a_service_with_channels_of_its_own_shows_them_as_this_services(visit, organization):
    service = ServiceFactory(organization=organization)
    ContactChannelFactory(organization=organization, service=service, value="+212 6 11 22 33 44")

    page = visit(service.get_absolute_url())

    assert contact_groups(page) == {"Ce service": ["tel:+212611223344"]}
    assert buttons(page) == ["tel:+212611223344"]


def test_a_service_without_channels_shows_its_locations_phones_each_named(
    visit, organization, tangier
):
    named = LocationFactory(
        organization=organization, name_fr="Antenne du Souk", phone="0539 11 11 11"
    )
    unnamed = LocationFactory(
        organization=organization,
        name_fr="",
        name_ar="",
        name_en="",
        place=tangier.bni_makada,
        phone="0539 22 22 22",
    )
    service = ServiceFactory(organization=organization, locations=[named, unnamed])

    page = visit(service.get_absolute_url())

    assert contact_groups(page) == {
        "Antenne du Souk": ["tel:0539111111"],
        "Bni Makada": ["tel:0539222222"],
    }
    # Each number once: the locations below leave out the phones listed above.
    assert page.hrefs().count("tel:0539111111") == 2  # the list and the call button
    assert page.hrefs().count("tel:0539222222") == 1


def test_a_service_without_channels_or_phones_shows_its_organizations_labelled_so(
    visit, organization
):
    location = LocationFactory(organization=organization, phone="")
    service = ServiceFactory(organization=organization, locations=[location])

    page = visit(service.get_absolute_url())

    assert contact_groups(page) == {
        "Association Tadamon (l'organisation)": [
            "tel:+212539000115",
            "https://wa.me/212600000115",
            "mailto:accueil@tadamon.example",
        ]
    }
    assert buttons(page) == ["tel:+212539000115", "https://wa.me/212600000115"]


def test_walking_in_is_said_once_and_does_not_count_as_a_contact(visit, organization):
    service = ServiceFactory(organization=organization)
    ContactChannelFactory(
        organization=organization, service=service, kind=ContactChannel.Kind.WALK_IN, value=""
    )

    page = visit(service.get_absolute_url())

    assert page.text.count("sans rendez-vous") == 1
    assert "Association Tadamon (l'organisation)" in contact_groups(page)


def test_an_organization_page_has_call_and_whatsapp_buttons_at_the_top(visit, organization):
    page = visit(organization.get_absolute_url())

    assert buttons(page) == ["tel:+212539000115", "https://wa.me/212600000115"]
    header = page.root.find("header", cls="detail-header")
    assert "Appeler" in header.text


def test_an_organization_known_only_by_its_locations_phone_has_a_call_button(visit):
    organization = OrganizationFactory()
    LocationFactory(organization=organization, phone="0539 33 33 33")

    page = visit(organization.get_absolute_url())

    assert buttons(page) == ["tel:0539333333"]
    assert page.root.find("p", cls="no-contact") is None


@pytest.mark.parametrize("kind", ["organization", "service"])
def test_where_no_contact_is_known_the_page_says_so_and_asks_for_one(client, visit, kind):
    organization = OrganizationFactory(slug="discrete")
    service = ServiceFactory(organization=organization, slug="discrete-service")
    listing = organization if kind == "organization" else service

    page = visit(listing.get_absolute_url())

    assert buttons(page) == []
    note = page.root.find("p", cls="no-contact")
    assert "Aucun numéro de téléphone ni autre contact n'est encore connu." in note.text
    suggest = note.find("a").get("href")
    assert suggest == reverse(f"reports:{kind}", args=[listing.slug]) + "?problem=missing_contact"
    assert chosen_problem(visit(suggest)) == "missing_contact"

    response = client.post(
        suggest.split("?")[0],
        {"problem": "missing_contact", "detail": "0539 44 44 44", "email": "", "leave_empty": ""},
    )

    assert response.status_code == 302
    report = Report.objects.get()
    assert (report.problem, report.detail) == (Report.Problem.MISSING_CONTACT, "0539 44 44 44")


def test_a_suggested_contact_needs_the_contact(client):
    service = ServiceFactory()

    response = client.post(
        reverse("reports:service", args=[service.slug]),
        {"problem": "missing_contact", "detail": "", "email": "", "leave_empty": ""},
    )

    assert response.status_code == 400
    assert not Report.objects.exists()


def test_wrong_opening_hours_can_be_reported(client, visit):
    service = ServiceFactory()
    url = reverse("reports:service", args=[service.slug])
    choices = visit(url).root.find("form", cls="report-form").find_all("input", name="problem")
    assert "wrong_hours" in [choice.get("value") for choice in choices]

    response = client.post(
        url, {"problem": "wrong_hours", "detail": "", "email": "", "leave_empty": ""}
    )

    assert response.status_code == 302
    assert Report.objects.get().problem == Report.Problem.WRONG_HOURS


def test_an_unknown_problem_in_the_address_preselects_nothing(visit):
    service = ServiceFactory()

    page = visit(reverse("reports:service", args=[service.slug]) + "?problem=<script>")

    assert chosen_problem(page) is None
