"""Only published content reaches the public: drafts and archives are never listed or shown."""

import pytest

from directory.taxonomy.models import PublicationStatus
from projects.models import Participation
from tests.factories import (
    NewsItemFactory,
    OrganizationFactory,
    ParticipationFactory,
    PartnershipFactory,
    ProjectFactory,
    ServiceFactory,
)
from tests.listings import LISTINGS

pytestmark = pytest.mark.django_db

HIDDEN = [PublicationStatus.DRAFT, PublicationStatus.ARCHIVED]


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
@pytest.mark.parametrize("status", HIDDEN)
def test_listing_shows_only_published_items(visit, listing, status):
    published = listing.make()
    hidden = listing.make(status=status)

    page = visit(listing.url)

    assert page.results() == [published.slug]
    assert hidden.get_absolute_url() not in page.hrefs()


@pytest.mark.parametrize("listing", LISTINGS, ids=str)
@pytest.mark.parametrize("status", HIDDEN)
def test_detail_page_of_an_unpublished_item_is_not_found(visit, listing, status):
    hidden = listing.make(status=status)

    visit(hidden.get_absolute_url(), status=404)


@pytest.mark.parametrize("status", HIDDEN)
def test_services_of_an_unpublished_organization_are_neither_listed_nor_shown(visit, status):
    visible = ServiceFactory()
    hidden = ServiceFactory(organization=OrganizationFactory(status=status))

    assert visit("/fr/services/").results() == [visible.slug]
    visit(hidden.get_absolute_url(), status=404)


@pytest.mark.parametrize("status", HIDDEN)
def test_unpublished_news_is_neither_listed_nor_shown(visit, status):
    visible = NewsItemFactory()
    hidden = NewsItemFactory(status=status)

    assert visit("/fr/news/").results() == [visible.slug]
    visit(hidden.get_absolute_url(), status=404)


@pytest.mark.parametrize("status", HIDDEN)
def test_news_of_an_unpublished_organization_is_neither_listed_nor_shown(visit, status):
    visible = NewsItemFactory()
    hidden = NewsItemFactory(organization=OrganizationFactory(status=status))

    assert visit("/fr/news/").results() == [visible.slug]
    visit(hidden.get_absolute_url(), status=404)
    assert hidden.get_absolute_url() not in visit("/fr/").hrefs()


@pytest.mark.parametrize("status", HIDDEN)
def test_organization_page_leaves_out_unpublished_related_content(visit, status):
    organization = OrganizationFactory()
    hidden_service = ServiceFactory(organization=organization, status=status)
    hidden_news = NewsItemFactory(organization=organization, status=status)
    hidden_project = ParticipationFactory(
        organization=organization, project=ProjectFactory(status=status)
    ).project
    hidden_partner = PartnershipFactory(
        organization=organization, partner=OrganizationFactory(status=status)
    ).partner
    hidden_other_side = PartnershipFactory(
        organization=OrganizationFactory(status=status), partner=organization
    ).organization

    hrefs = visit(organization.get_absolute_url()).hrefs()

    for hidden in [hidden_service, hidden_news, hidden_project, hidden_partner, hidden_other_side]:
        assert hidden.get_absolute_url() not in hrefs


@pytest.mark.parametrize("status", HIDDEN)
def test_project_pages_leave_out_unpublished_organizations_and_phases(visit, status):
    programme = ProjectFactory(kind="programme")
    ParticipationFactory(project=programme, role=Participation.Role.LEAD)
    hidden_lead = ParticipationFactory(
        project=programme, organization=OrganizationFactory(status=status)
    ).organization
    hidden_funder = ParticipationFactory(
        project=programme,
        organization=OrganizationFactory(status=status),
        role=Participation.Role.FUNDER,
    ).organization
    hidden_phase = ProjectFactory(kind="phase", parent=programme, status=status)
    hidden_news = NewsItemFactory(project=programme, status=status)

    detail = visit(programme.get_absolute_url())
    listing = visit("/fr/projects/")

    for hidden in [hidden_lead, hidden_funder, hidden_phase, hidden_news]:
        assert hidden.get_absolute_url() not in detail.hrefs()
    for page in (detail, listing):
        assert hidden_lead.name_fr not in page.html
        assert hidden_funder.name_fr not in page.html


@pytest.mark.parametrize("status", HIDDEN)
def test_phase_page_does_not_name_an_unpublished_programme(visit, status):
    programme = ProjectFactory(kind="programme", status=status, title_fr="Programme caché")
    phase = ProjectFactory(kind="phase", parent=programme)

    page = visit(phase.get_absolute_url())

    assert programme.get_absolute_url() not in page.hrefs()
    assert "Programme caché" not in page.html


@pytest.mark.parametrize("status", HIDDEN)
def test_news_page_does_not_link_an_unpublished_project(visit, status):
    project = ProjectFactory(status=status, title_fr="Projet caché")
    item = NewsItemFactory(project=project)

    page = visit(item.get_absolute_url())

    assert project.get_absolute_url() not in page.hrefs()
    assert "Projet caché" not in page.html
