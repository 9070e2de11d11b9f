"""A resident lists services and organizations nearest first: from their position, rounded
to about 100 m, or from the centre of the place they pick. The order itself is specified in
tests/test_nearby.py; these tests go through the pages."""

from decimal import Decimal

import pytest

from tests.factories import (
    ArrondissementFactory,
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db

# A point in Bni Makada; 0.01° of latitude is 1.11 km.
HERE = (Decimal("35.760"), Decimal("-5.820"))


def service_at(slug, latitude=None, longitude=None, *, place, name=None, **location):
    """A published service given at one location, `latitude` degrees north of HERE."""
    where = (
        {
            "latitude": HERE[0] + Decimal(str(latitude)),
            "longitude": HERE[1] + Decimal(str(longitude)),
        }
        if latitude is not None
        else {}
    )
    organization = OrganizationFactory(slug=f"organization-{slug}")
    located = LocationFactory(organization=organization, place=place, **where, **location)
    return ServiceFactory(
        slug=slug, organization=organization, locations=[located], name_fr=name or slug
    )


@pytest.fixture
def services(tangier):
    """Four services north of HERE at 2.2, 1.1, 5.6 and 3.3 km, and one without a position."""
    service_at("b-second", 0.02, 0, place=tangier.bni_makada)
    service_at("a-first", 0.01, 0, place=tangier.bni_makada)
    service_at("d-far", 0.05, 0, place=tangier.medina)
    service_at("c-third", 0.03, 0, place=tangier.medina)
    service_at("e-nowhere", place=tangier.medina)


def selected(page, select_id):
    """The value of the option chosen in a select."""
    options = page.root.find("select", id=select_id).find_all("option")
    return next(option.get("value") for option in options if "selected" in option.attrs)


def distances(page):
    return [span.text for span in page.root.find_all("span", cls="distance")]


def test_services_nearest_the_position_come_first_with_their_distance(visit, services):
    page = visit("/fr/services/?near=35.760,-5.820&sort=distance")

    assert page.results() == ["a-first", "b-second", "c-third", "d-far", "e-nowhere"]
    assert distances(page) == ["1,1 km", "2,2 km", "3,3 km", "5,6 km"]


def test_distances_read_in_the_pages_language(visit, services):
    page = visit("/en/services/?near=35.760,-5.820&sort=distance")

    assert distances(page)[:2] == ["1.1 km", "2.2 km"]


def test_a_position_alone_sorts_nearest_first(visit, services):
    page = visit("/fr/services/?near=35.760,-5.820")

    assert page.results()[0] == "a-first"
    assert selected(page, "id_sort") == "distance"


def test_a_precise_position_is_rounded_to_about_a_hundred_metres(client, visit, services):
    response = client.get("/fr/services/?theme=&near=35.76049,-5.82049&page=1")

    assert response.status_code == 302
    assert response["Location"] == "/fr/services/?theme=&near=35.760%2C-5.820&page=1"
    page = visit(response["Location"])
    assert selected(page, "id_near") == "35.760,-5.820"
    assert distances(page)[0] == "1,1 km"
    assert "35.76049" not in page.html


def test_a_place_is_measured_from_the_centre_of_its_outline(visit, services, tangier):
    tangier.medina.latitude, tangier.medina.longitude = HERE[0] + Decimal("0.05"), HERE[1]
    tangier.medina.save()

    page = visit("/fr/services/?near=medina&sort=distance")

    assert page.results()[:3] == ["d-far", "c-third", "b-second"]
    assert distances(page)[:2] == ["100 m", "2,2 km"]


def test_a_place_without_an_outline_is_measured_from_the_middle_of_its_locations(visit, services):
    # Bni Makada's services are 1.1 and 2.2 km north of HERE: its middle is 1.7 km north.
    page = visit("/fr/services/?near=bni-makada&sort=distance")

    assert page.results()[:4] == ["a-first", "b-second", "c-third", "d-far"]
    assert distances(page)[:3] == ["600 m", "600 m", "1,7 km"]


def test_without_javascript_the_form_offers_tangiers_districts(visit, services):
    page = visit("/fr/services/")

    options = page.root.find("select", id="id_near").find_all("option")
    assert [option.get("value") for option in options] == ["", "tanger", "bni-makada", "medina"]
    button = page.root.find("button", cls="use-position")
    assert "hidden" in button.attrs


def test_items_without_a_position_come_last_on_the_last_page(visit, services, settings):
    settings.PAGE_SIZE = 2

    first = visit("/fr/services/?near=35.760,-5.820&sort=distance")
    second = visit(first.next_page_href())
    third = visit(second.next_page_href())

    assert first.results() == ["a-first", "b-second"]
    assert second.results() == ["c-third", "d-far"]
    assert third.results() == ["e-nowhere"]
    assert distances(third) == []
    assert "near=35.760%2C-5.820" in second.url


def test_filters_apply_to_a_nearest_first_listing(visit, services):
    page = visit("/fr/services/?near=35.760,-5.820&place=medina")

    assert page.results() == ["c-third", "d-far", "e-nowhere"]


def test_organizations_are_listed_nearest_first_too(visit, services):
    page = visit("/fr/organizations/?near=35.760,-5.820")

    assert page.results()[:2] == ["organization-a-first", "organization-b-second"]
    assert distances(page)[0] == "1,1 km"


def test_a_new_location_is_measured_at_the_next_request(visit, services, tangier):
    visit("/fr/services/?near=35.760,-5.820")
    service_at("nearest", 0.001, 0, place=tangier.bni_makada)

    page = visit("/fr/services/?near=35.760,-5.820")

    assert page.results()[0] == "nearest"


class TestSensitiveLocations:
    """A shelter is measured at its district's centre: no distance gives its address away."""

    def test_a_sensitive_location_is_measured_at_its_districts_centre(
        self, visit, services, tangier
    ):
        service_at("shelter", 0.0001, 0, place=tangier.medina, is_sensitive=True, name="Foyer")
        tangier.medina.latitude, tangier.medina.longitude = HERE[0] + Decimal("0.04"), HERE[1]
        tangier.medina.save()

        page = visit("/fr/services/?near=35.760,-5.820")

        assert page.results().index("shelter") == 3  # 4.4 km away, not 10 m
        assert "environ 4,4 km" in distances(page)

    def test_a_sensitive_location_in_a_district_without_a_centre_has_no_distance(
        self, visit, tangier
    ):
        service_at("shelter", 0.0001, 0, place=tangier.medina, is_sensitive=True)
        service_at("office", 0.03, 0, place=tangier.bni_makada)

        page = visit("/fr/services/?near=35.760,-5.820")

        assert page.results() == ["office", "shelter"]
        assert distances(page) == ["3,3 km"]

    def test_a_sensitive_location_does_not_move_its_districts_centre(self, visit, tangier):
        service_at("shelter", 0.0001, 0, place=tangier.medina, is_sensitive=True)
        service_at("office", 0.03, 0, place=tangier.medina)

        page = visit("/fr/services/?near=medina")

        # Médina's centre is its one public location's: the office, 0 m away.
        assert page.results()[0] == "office"
        assert distances(page) == ["100 m", "environ 100 m"]


@pytest.mark.parametrize(
    "near",
    ["abc,def", "95,-5.8", "nan,nan", "35.7,-5.8,1", "1e999,0", "3" * 300, "<script>"],
)
def test_a_position_not_understood_is_reported_and_the_listing_sorted_by_name(
    visit, services, near
):
    page = visit(f"/fr/services/?sort=distance&near={near}")

    assert page.results() == ["a-first", "b-second", "c-third", "d-far", "e-nowhere"]
    assert "Le plus près de" in page.notice()
    assert distances(page) == []


def test_nearest_first_without_a_place_asks_for_one(visit, services):
    page = visit("/fr/services/?sort=distance")

    assert page.results()[0] == "a-first"
    assert "Choisissez un lieu ou utilisez votre position" in page.notice()


def test_a_place_whose_position_is_unknown_is_reported(visit, services, tangier):
    ArrondissementFactory(parent=tangier.commune, slug="charf", name_fr="Charf")

    page = visit("/fr/services/?near=charf")

    assert "n’est pas encore connu" in page.notice()
    assert page.result_count == 5


def test_the_origin_is_no_filter_and_no_label_in_the_heading(visit, services):
    page = visit("/fr/services/?near=medina")

    assert page.result_count == 5
    assert "Médina" not in page.root.find("h1").text
