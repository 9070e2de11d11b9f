"""Facet counting (directory/search/facets.py): one grouped query per facet, distinct rows."""

import pytest
from django.db.models import F
from django.db.models.functions import Coalesce

from directory.search import facets
from directory.taxonomy.models import PublicationStatus
from organizations.models import Organization
from tests.factories import LocationFactory, OrganizationFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_count_by_counts_each_row_once_per_key():
    health, housing, legal = ThemeFactory.create_batch(3)
    OrganizationFactory(themes=[health, housing])
    OrganizationFactory(themes=[health])
    OrganizationFactory(themes=[])

    counts = facets.count_by(Organization.objects.all(), "themes")

    assert counts == {health.pk: 2, housing.pk: 1}
    assert legal.pk not in counts


def test_count_by_does_not_count_a_row_twice_when_the_join_repeats_it(tangier):
    organization = OrganizationFactory()
    LocationFactory.create_batch(3, organization=organization, place=tangier.medina)

    counts = facets.count_by(Organization.objects.all(), "locations__place__commune")

    assert counts == {tangier.commune.pk: 1}


def test_count_by_keeps_to_the_rows_of_the_queryset():
    health = ThemeFactory()
    OrganizationFactory(themes=[health])
    OrganizationFactory(themes=[health], status=PublicationStatus.DRAFT)

    counts = facets.count_by(Organization.objects.published(), "themes")

    assert counts == {health.pk: 1}


def test_count_by_groups_by_an_expression():
    migration = ThemeFactory()
    protection = ThemeFactory(parent=migration)
    OrganizationFactory(themes=[migration, protection])
    OrganizationFactory(themes=[protection])

    counts = facets.count_by(
        Organization.objects.all(), Coalesce(F("themes__parent"), F("themes"))
    )

    assert counts == {migration.pk: 2}


def test_build_hides_options_without_results_but_keeps_the_selected_one():
    choices = [("a", 1, "A"), ("b", 2, "B"), ("c", 3, "C")]

    facet = facets.build("theme", "Need", choices, {1: 4}, selected_value="c")

    assert [(o.value, o.count, o.selected) for o in facet.options] == [
        ("a", 4, False),
        ("c", 0, True),
    ]
    assert facet.selected.value == "c"


def test_build_option_links_reset_the_page():
    facet = facets.build("audience", "For whom", [("women", 7, "Women", 1)], {7: 2}, None)

    (option,) = facet.options
    assert option.params == {"audience": "women", "page": None}
    assert option.depth == 1
    assert facet.clear_params == {"audience": None, "page": None}
    assert facet.selected is None
