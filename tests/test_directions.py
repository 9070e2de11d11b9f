"""Each public location has a "Directions" link the phone's own map application opens; a
sensitive location (a shelter) shows its coordinates nowhere, in no form."""

from decimal import Decimal
from urllib.parse import unquote

import pytest

from tests.factories import LocationFactory, OrganizationFactory, ServiceFactory

pytestmark = pytest.mark.django_db

# The shelter's coordinates, and every way they could be written on a page.
SHELTER = (Decimal("35.712345"), Decimal("-5.898765"))
SHELTER_TRACES = ["35.712345", "35,712345", "5.898765", "5,898765", "35.712", "5.898", "35.71%"]


@pytest.fixture
def association(tangier):
    """An association with a public office and a shelter, and a service given at both."""
    organization = OrganizationFactory(slug="amal", name_fr="Association Amal")
    office = LocationFactory(
        organization=organization,
        place=tangier.bni_makada,
        name_fr="Centre d'écoute (accueil)",
        latitude=Decimal("35.755100"),
        longitude=Decimal("-5.832600"),
    )
    shelter = LocationFactory(
        organization=organization,
        place=tangier.medina,
        name_fr="Foyer",
        address_fr="Rue secrète 12",
        latitude=SHELTER[0],
        longitude=SHELTER[1],
        is_sensitive=True,
    )
    service = ServiceFactory(
        slug="shelter", organization=organization, locations=[office, shelter]
    )
    return organization, service


def geo_links(page):
    return [href for href, _text in page.links() if href.startswith("geo:")]


def test_a_public_location_has_directions_for_the_phones_map_application(visit, association):
    page = visit("/fr/services/shelter/")

    assert geo_links(page) == [
        "geo:35.755100,-5.832600?q=35.755100,-5.832600(Centre%20d%27%C3%A9coute%20%20accueil)"
    ]
    assert unquote(geo_links(page)[0].partition("(")[2]) == "Centre d'écoute  accueil)"


def test_the_organization_page_has_directions_too(visit, association):
    page = visit("/ar/organizations/amal/")

    assert len(geo_links(page)) == 1
    assert "geo:35.755100,-5.832600" in geo_links(page)[0]


def test_a_location_without_coordinates_has_no_directions(visit, tangier):
    organization = OrganizationFactory(slug="somewhere")
    LocationFactory(organization=organization, place=tangier.medina)

    page = visit("/fr/organizations/somewhere/")

    assert geo_links(page) == []


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
@pytest.mark.parametrize(
    "path",
    [
        "/services/shelter/",
        "/organizations/amal/",
        "/services/",
        "/services/?near=35.760%2C-5.820",
        "/services/?near=medina",
        "/organizations/?near=35.760%2C-5.820",
        "/search/?q=amal",
        "/services/shortlist/?s=shelter",
    ],
)
def test_a_sensitive_locations_coordinates_are_on_no_page(visit, association, language, path):
    page = visit(f"/{language}{path}")

    for trace in SHELTER_TRACES:
        assert trace not in page.html, f"{trace} is on {page.url}"
    assert "Rue secrète" not in page.html
    assert all("35.712345" not in unquote(href) for href, _text in page.links())


def test_nor_is_its_distance_measured_to_it(visit, association):
    # From the shelter's own door, the service is as far as its public office: Médina has
    # no public location to place the shelter at.
    page = visit("/fr/services/?near=35.712%2C-5.899")

    (distance,) = [span.text for span in page.root.find_all("span", cls="distance")]
    assert distance == "7,7 km"
