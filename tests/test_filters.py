"""The shared listing filters (directory/search/filters.py), used directly on querysets."""

import pytest

from directory.search.filters import MAX_QUERY_LENGTH, SearchInput
from organizations.filters import OrganizationFilter
from organizations.models import Organization
from tests.factories import (
    CommuneFactory,
    LocationFactory,
    OrganizationFactory,
    ProvinceFactory,
    RegionFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def filtered_slugs(**params):
    filterset = OrganizationFilter(params, queryset=Organization.objects.for_listing())
    assert filterset.is_valid(), filterset.errors
    return sorted(organization.slug for organization in filterset.qs)


def located(slug, place):
    organization = OrganizationFactory(slug=slug)
    LocationFactory(organization=organization, place=place)
    return organization


@pytest.fixture
def spread(tangier):
    """Organizations recorded at every level in and around Tangier."""
    assilah = CommuneFactory(parent=tangier.province, slug="assilah")
    tetouan = CommuneFactory(parent=ProvinceFactory(parent=tangier.region), slug="tetouan")
    rabat = CommuneFactory(parent=ProvinceFactory(parent=RegionFactory()), slug="rabat")
    located("in-bni-makada", tangier.bni_makada)
    located("in-medina", tangier.medina)
    located("in-tangier-commune", tangier.commune)
    located("in-assilah", assilah)
    located("in-tetouan", tetouan)
    located("in-rabat", rabat)
    return tangier


def test_place_filter_on_a_region_finds_everything_recorded_inside_it(spread):
    assert filtered_slugs(place=spread.region.slug) == [
        "in-assilah",
        "in-bni-makada",
        "in-medina",
        "in-tangier-commune",
        "in-tetouan",
    ]


def test_place_filter_on_a_province_leaves_out_its_neighbours(spread):
    assert filtered_slugs(place=spread.province.slug) == [
        "in-assilah",
        "in-bni-makada",
        "in-medina",
        "in-tangier-commune",
    ]


def test_place_filter_on_a_commune_finds_its_arrondissements_and_itself(spread):
    assert filtered_slugs(place="tanger") == ["in-bni-makada", "in-medina", "in-tangier-commune"]


def test_place_filter_on_an_arrondissement_finds_only_that_arrondissement(spread):
    assert filtered_slugs(place="bni-makada") == ["in-bni-makada"]


def test_place_filter_lists_an_organization_once_whatever_its_number_of_locations(tangier):
    organization = located("two-offices", tangier.medina)
    LocationFactory(organization=organization, place=tangier.bni_makada)

    assert filtered_slugs(place="tanger") == ["two-offices"]


def test_theme_filter_on_a_broad_theme_includes_its_narrower_themes():
    migration = ThemeFactory(slug="migration")
    protection = ThemeFactory(slug="protection", parent=migration)
    health = ThemeFactory(slug="health")
    OrganizationFactory(slug="broad", themes=[migration])
    OrganizationFactory(slug="narrow", themes=[protection])
    OrganizationFactory(slug="both", themes=[migration, protection])
    OrganizationFactory(slug="elsewhere", themes=[health])

    assert filtered_slugs(theme="migration") == ["both", "broad", "narrow"]


def test_theme_filter_on_a_narrow_theme_leaves_out_its_siblings_and_parent():
    migration = ThemeFactory(slug="migration")
    protection = ThemeFactory(slug="protection", parent=migration)
    integration = ThemeFactory(slug="integration", parent=migration)
    OrganizationFactory(slug="broad", themes=[migration])
    OrganizationFactory(slug="narrow", themes=[protection])
    OrganizationFactory(slug="sibling", themes=[integration])

    assert filtered_slugs(theme="protection") == ["narrow"]


@pytest.mark.parametrize(
    ("typed", "searched"),
    [
        ("  legal   aid ", "legal aid"),
        ("legal\x00aid", "legalaid"),
        ("legal\taid\r\nclinic", "legal aid clinic"),
        ("\x00\x01\x02", ""),
        ("x" * 5000, "x" * MAX_QUERY_LENGTH),
    ],
)
def test_search_input_drops_control_characters_and_cuts_long_text(typed, searched):
    assert SearchInput(required=False).clean(typed) == searched
