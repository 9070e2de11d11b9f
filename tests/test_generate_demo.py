"""generate_demo: synthetic organizations for scale work, linked like real ones."""

import pytest
from django.core.management import call_command
from pyroaring import BitMap

from directory.search import index as search_index
from directory.search import query as search
from directory.search.models import FacetSet, SearchEntry, SearchTermVariant
from organizations.models import Location, NewsItem, Organization, Service
from projects.models import Project
from tests.factories import (
    AudienceFactory,
    CountryFactory,
    LanguageFactory,
    OrganizationFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxonomy(tangier):
    CountryFactory(code="MA")
    ThemeFactory.create_batch(3)
    AudienceFactory.create_batch(3)
    LanguageFactory.create_batch(2)


def test_generates_published_examples_with_their_links(taxonomy):
    call_command("generate_demo", organizations=60, seed=1, batch_size=25, verbosity=0)

    organizations = Organization.objects.filter(slug__startswith="synthetic-")
    assert organizations.count() == 60
    assert set(organizations.values_list("status", "is_example").distinct()) == {
        ("published", True)
    }
    assert Location.objects.filter(organization__in=organizations).count() == 60
    services = Service.objects.filter(organization__in=organizations)
    assert 60 <= services.count() <= 120
    for organization in organizations:
        assert 1 <= organization.themes.count() <= 2
        assert organization.countries.get().code == "MA"
    for service in services:
        assert service.themes.count() == 1
        assert service.locations.get().organization_id == service.organization_id
    assert Project.objects.filter(slug__startswith="synthetic-").exists()
    assert NewsItem.objects.filter(slug__startswith="synthetic-").exists()


def test_running_it_again_adds_new_organizations(taxonomy):
    call_command("generate_demo", organizations=10, seed=1, verbosity=0)
    call_command("generate_demo", organizations=10, seed=1, verbosity=0)
    slugs = set(Organization.objects.values_list("slug", flat=True))
    assert len(slugs) == 20
    assert "synthetic-20" in slugs


def index_as_stored():
    """Everything the search and the listings read, without the rows' own ids."""
    entries = {
        (entry["kind"], entry["object_id"]): entry
        for entry in SearchEntry.objects.values(
            *[f.attname for f in SearchEntry._meta.concrete_fields if not f.primary_key]
        )
    }
    variants = set(SearchTermVariant.objects.values_list("variant", "term"))
    sets = {
        (row.kind, row.key): set(BitMap.deserialize(bytes(row.members)))
        for row in FacetSet.objects.all()
    }
    return entries, variants, sets


def test_leaves_the_index_and_facet_sets_a_full_rebuild_gives(taxonomy, tangier):
    existing = ServiceFactory(organization=OrganizationFactory(name_fr="Association Amal"))

    call_command("generate_demo", organizations=30, seed=1, batch_size=12, verbosity=0)
    generated = index_as_stored()
    search_index.rebuild()
    rebuilt = index_as_stored()

    assert generated == rebuilt
    entries, _variants, sets = generated
    published = (
        Organization.objects.published().count()
        + Service.objects.published().count()
        + Project.objects.published().count()
        + NewsItem.objects.published().count()
    )
    assert len(entries) == published
    assert ("service", existing.pk) in entries
    assert len(sets[("organization", "all")]) == Organization.objects.published().count() == 31


def test_search_and_the_listings_find_what_it_generated(taxonomy, visit):
    call_command("generate_demo", organizations=30, seed=1, verbosity=0)
    organization = Organization.objects.get(slug="synthetic-17")

    found = search.find(search.parse("Organisation synthétique 17")).ranked[:3]

    assert ("organization", organization.pk) in [(kind, pk) for kind, pk, _place in found]
    assert visit("/fr/organizations/").result_count == Organization.objects.published().count()
    assert visit("/fr/services/").result_count == Service.objects.published().count()
    audience = organization.audiences.first()
    assert (
        visit(f"/fr/organizations/?audience={audience.slug}").result_count
        == Organization.objects.published().filter(audiences=audience).count()
    )
