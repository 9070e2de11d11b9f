"""generate_demo: synthetic organizations for scale work, linked like real ones."""

import pytest
from django.core.management import call_command

from organizations.models import Location, NewsItem, Organization, Service
from projects.models import Project
from tests.factories import AudienceFactory, CountryFactory, LanguageFactory, ThemeFactory

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
