"""A project's page: aims, progress, who leads, partners and funds it, phases and news."""

import datetime

import pytest

from projects.models import Participation
from tests.factories import (
    AudienceFactory,
    BeneficiariesFactory,
    NewsItemFactory,
    ObjectiveFactory,
    OrganizationFactory,
    ParticipationFactory,
    ProjectFactory,
)

pytestmark = pytest.mark.django_db


def test_project_page_lists_its_objectives_in_order(visit):
    project = ProjectFactory()
    for position, text in [(3, "Troisième"), (1, "Premier"), (2, "Deuxième"), (4, "Quatrième")]:
        ObjectiveFactory(project=project, position=position, text_fr=f"Objectif {text}")

    page = visit(project.get_absolute_url())

    objectives = page.root.find("ol", cls="objectives").find_all("li")
    assert [li.text for li in objectives] == [
        "Objectif Premier",
        "Objectif Deuxième",
        "Objectif Troisième",
        "Objectif Quatrième",
    ]


@pytest.mark.parametrize("language", ["fr", "ar", "en"])
def test_project_page_shows_its_achievement_as_a_progress_bar(visit, language):
    project = ProjectFactory(achievement=96, achievement_on=datetime.date(2024, 12, 31))

    page = visit(project.get_absolute_url().replace("/fr/", f"/{language}/"))

    progress = page.root.find("progress")
    assert (progress.get("value"), progress.get("max")) == ("96", "100")
    assert "96%" in progress.text or "96 %" in progress.text
    assert "96" in page.root.find("span", cls="progress-label").text


def test_project_without_a_measured_achievement_has_no_progress_bar(visit):
    page = visit(ProjectFactory(achievement=None).get_absolute_url())

    assert page.root.find("progress") is None


def test_project_page_links_its_lead_partners_and_funders(visit):
    project = ProjectFactory()
    roles = {
        Participation.Role.LEAD: OrganizationFactory(name_fr="Oum Action"),
        Participation.Role.PARTNER: OrganizationFactory(name_fr="Partenaire"),
        Participation.Role.IMPLEMENTER: OrganizationFactory(name_fr="Opérateur"),
        Participation.Role.FUNDER: OrganizationFactory(name_fr="Bailleur"),
    }
    for role, organization in roles.items():
        ParticipationFactory(project=project, organization=organization, role=role)

    page = visit(project.get_absolute_url())

    facts = page.root.find("dl", cls="facts")
    links = [(a.get("href"), a.text) for a in facts.find_all("a")]
    assert links == [
        (roles["lead"].get_absolute_url(), "Oum Action"),
        (roles["partner"].get_absolute_url(), "Partenaire"),
        (roles["implementer"].get_absolute_url(), "Opérateur"),
        (roles["funder"].get_absolute_url(), "Bailleur"),
    ]


def test_programme_page_lists_its_phases_in_order(visit):
    programme = ProjectFactory(kind="programme", title_fr="Programme de renforcement")
    phases = [
        ProjectFactory(
            kind="phase",
            parent=programme,
            title_fr=f"Phase {n}",
            start_date=datetime.date(2015 + n, 1, 1),
        )
        for n in (3, 1, 2)
    ]

    page = visit(programme.get_absolute_url())
    phase_page = visit(phases[0].get_absolute_url())

    section = page.root.find("section", aria_labelledby="phases")
    assert [h3.text for h3 in section.find_all("h3")] == ["Phase 1", "Phase 2", "Phase 3"]
    assert programme.get_absolute_url() in phase_page.hrefs()


def test_project_page_lists_its_beneficiaries(visit):
    project = ProjectFactory()
    BeneficiariesFactory(project=project, count=40, women=37, audience=AudienceFactory())

    section = visit(project.get_absolute_url()).root.find(
        "section", aria_labelledby="beneficiaries"
    )

    assert "40" in section.text
    assert "37" in section.text


def test_project_page_lists_its_news_newest_first(visit):
    project = ProjectFactory()
    older = NewsItemFactory(project=project, published_on=datetime.date(2023, 5, 1))
    newer = NewsItemFactory(project=project, published_on=datetime.date(2024, 5, 1))
    NewsItemFactory(published_on=datetime.date(2024, 6, 1))

    section = visit(project.get_absolute_url()).root.find("section", aria_labelledby="news")

    assert [a.get("href") for a in section.find_all("a")] == [
        newer.get_absolute_url(),
        older.get_absolute_url(),
    ]


def test_project_page_suggests_more_projects_of_the_same_lead(visit):
    lead = OrganizationFactory()
    project = ParticipationFactory(organization=lead).project
    sibling = ParticipationFactory(organization=lead).project
    phase = ProjectFactory(kind="phase", parent=project)
    ParticipationFactory(organization=lead, project=phase)
    as_partner = ParticipationFactory(organization=lead, role=Participation.Role.PARTNER).project
    unrelated = ParticipationFactory().project

    section = visit(project.get_absolute_url()).root.find("section", aria_labelledby="more")

    hrefs = [a.get("href") for a in section.find_all("a")]
    assert hrefs == [sibling.get_absolute_url()]
    for other in (project, phase, as_partner, unrelated):
        assert other.get_absolute_url() not in hrefs
