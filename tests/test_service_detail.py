"""A service's page: who offers it, how to get it, where and when."""

import datetime

import pytest

from tests.factories import (
    AudienceFactory,
    ContactChannelFactory,
    LanguageFactory,
    LocationFactory,
    OpeningHoursFactory,
    OrganizationFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def test_service_page_links_its_organization_and_shows_how_to_get_it(visit, tangier):
    organization = OrganizationFactory(name_fr="Oum Action")
    office = LocationFactory(organization=organization, place=tangier.medina)
    service = ServiceFactory(
        organization=organization,
        name_fr="Écoute juridique",
        how_to_access_fr="Venir le mardi matin avec une pièce d'identité.",
        eligibility_fr="Toute femme résidant à Tanger.",
        is_free=False,
        fees_fr="50 dirhams la consultation",
        locations=[office],
        audiences=[AudienceFactory(slug="women", name_fr="Femmes")],
        languages=[LanguageFactory(name_fr="Darija")],
        themes=[ThemeFactory(slug="legal")],
    )
    ContactChannelFactory(
        organization=organization, service=service, kind="whatsapp", value="+212 6 00 11 22 33"
    )
    OpeningHoursFactory(
        location=None,
        service=service,
        opens=datetime.time(9, 0),
        closes=datetime.time(12, 30),
    )

    page = visit(service.get_absolute_url())

    assert page.root.find("h1").text == "Écoute juridique"
    assert organization.get_absolute_url() in page.hrefs()
    for text in [
        "Venir le mardi matin avec une pièce d'identité.",
        "Toute femme résidant à Tanger.",
        "50 dirhams la consultation",
        "Darija",
        "09:00–12:30",
        "Médina",
    ]:
        assert text in page.text
    assert "https://wa.me/212600112233" in page.hrefs()
    assert "/fr/services/?audience=women" in page.hrefs()
    assert "/fr/services/?theme=legal" in page.hrefs()


def test_free_and_paying_services_say_which_they_are(visit):
    free = visit(ServiceFactory(is_free=True, fees_fr="").get_absolute_url())
    paying = visit(ServiceFactory(is_free=False, fees_fr="20 dirhams").get_absolute_url())

    assert "20 dirhams" in paying.html
    assert "20 dirhams" not in free.html
    cost = [page.root.find("dl", cls="facts").find("dd").text for page in (free, paying)]
    assert cost[0] != cost[1]


def test_service_page_lists_only_its_own_locations(visit, tangier):
    organization = OrganizationFactory()
    here = LocationFactory(organization=organization, place=tangier.medina, address_fr="Ici")
    LocationFactory(organization=organization, place=tangier.bni_makada, address_fr="Ailleurs")
    service = ServiceFactory(organization=organization, locations=[here])

    page = visit(service.get_absolute_url())

    assert len(page.root.find_all("address")) == 1
    assert "Ici" in page.root.find("address").text
    assert "Ailleurs" not in page.text
