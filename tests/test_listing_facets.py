"""Facets on the listings: each option's count is what following its link shows."""

import itertools

import pytest

from directory.search import index as search_index
from organizations.models import Organization
from projects.models import Participation, Project
from tests.factories import (
    AudienceFactory,
    CommuneFactory,
    LanguageFactory,
    LocationFactory,
    OrganizationFactory,
    ParticipationFactory,
    ProjectFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(tangier):
    """Organizations, services and projects spread over themes, audiences, places, kinds."""
    with search_index.deferred():
        migration = ThemeFactory(slug="migration", name_fr="Migration")
        themes = [
            migration,
            ThemeFactory(slug="protection", name_fr="Protection", parent=migration),
            ThemeFactory(slug="integration", name_fr="Intégration", parent=migration),
            ThemeFactory(slug="health", name_fr="Santé"),
        ]
        ThemeFactory(slug="unused", name_fr="Thème sans résultat")
        audiences = [
            AudienceFactory(slug="women", name_fr="Femmes"),
            AudienceFactory(slug="minors", name_fr="Mineurs"),
            AudienceFactory(slug="migrants", name_fr="Personnes migrantes"),
        ]
        AudienceFactory(slug="nobody", name_fr="Public sans résultat")
        languages = [LanguageFactory(code="ary"), LanguageFactory(code="fr"), LanguageFactory()]
        assilah = CommuneFactory(parent=tangier.province, slug="assilah", name_fr="Assilah")
        rabat = CommuneFactory(slug="rabat", name_fr="Rabat")
        places = [tangier.bni_makada, tangier.medina, tangier.commune, assilah, rabat]
        kinds = Organization.Kind.values
        for i in range(14):
            organization = OrganizationFactory(
                themes=[themes[i % 4], themes[(i * 3) % 4]][: 1 + i % 2],
                audiences=audiences[: i % 4],
                languages=[languages[i % 3]],
                kind=kinds[i % 3],
                status="draft" if i == 13 else "published",
            )
            locations = [
                LocationFactory(organization=organization, place=places[(i + n) % 5])
                for n in range(1 + i % 3)
            ]
            ServiceFactory(
                organization=organization,
                themes=[themes[(i + 1) % 4]],
                audiences=audiences[i % 3 : i % 3 + 1],
                languages=languages[: 1 + i % 2],
                locations=locations[:1],
                is_free=i % 2 == 0,
            )
            project = ProjectFactory(
                themes=[themes[(i + 2) % 4]],
                audiences=audiences[: 1 + i % 3],
                regions=[places[i % 5].region],
                kind=Project.Kind.values[i % 3],
                progress=Project.Progress.values[i % 3],
            )
            ParticipationFactory(project=project, organization=organization)
    return tangier


STARTS = {
    "organizations": [
        "",
        "?theme=migration",
        "?theme=protection&kind=association",
        "?audience=women&place=tanger",
        "?place=tanger-tetouan-al-hoceima&language=ary",
        "?place=bni-makada&q=association",
        "?place=tanger-assilah&theme=health&sort=updated",
    ],
    "services": [
        "",
        "?theme=migration&free=true",
        "?audience=minors",
        "?place=tanger&language=fr",
        "?place=medina",
    ],
    "projects": [
        "",
        "?theme=migration",
        "?status=ongoing&kind=project",
        "?audience=women&place=tanger-tetouan-al-hoceima",
    ],
}


@pytest.mark.parametrize(
    ("listing", "start"),
    [(listing, start) for listing, starts in STARTS.items() for start in starts],
)
def test_each_facet_count_is_the_number_of_results_its_link_shows(visit, world, listing, start):
    page = visit(f"/fr/{listing}/{start}")
    options = list(itertools.chain(*(page.facet(name).items() for name in page.facet_names())))

    assert options, "the page offers no facet to follow"
    for label, (href, count) in options:
        followed = visit(href)
        assert followed.result_count == count, f"{label!r}: {href}"
        assert count > 0, f"{label!r} is shown without any result"
        assert followed.notice() == "", f"{href} was not understood"


@pytest.mark.parametrize("listing", STARTS)
def test_facet_links_keep_the_other_filters(visit, world, listing):
    page = visit(f"/fr/{listing}/?audience=women&q=a")

    for name in page.facet_names():
        for href, _count in page.facet(name).values():
            assert "audience=women" in href or name == "audience"
            assert "q=a" in href
            assert "page=" not in href


@pytest.mark.parametrize("listing", STARTS)
def test_options_without_results_are_hidden(visit, world, listing):
    page = visit(f"/fr/{listing}/")

    assert "Migration" in page.facet("theme")
    assert "Thème sans résultat" not in page.html
    assert "Public sans résultat" not in page.html


def test_options_that_other_filters_rule_out_are_hidden(visit, tangier):
    women, minors = AudienceFactory(name_fr="Femmes"), AudienceFactory(name_fr="Mineurs")
    health, legal = ThemeFactory(name_fr="Santé"), ThemeFactory(name_fr="Juridique")
    OrganizationFactory(audiences=[women], themes=[health])
    OrganizationFactory(audiences=[minors], themes=[legal])

    page = visit(f"/fr/organizations/?audience={women.slug}")

    assert list(page.facet("theme")) == ["Santé"]
    assert page.facet("audience") == {"Mineurs": (f"/fr/organizations/?audience={minors.slug}", 1)}


@pytest.mark.parametrize(
    ("listing", "query", "facet", "label"),
    [
        ("organizations", "?theme=migration&audience=women", "theme", "Migration"),
        ("organizations", "?kind=association&audience=women", "kind", None),
        ("services", "?audience=women&theme=health", "audience", "Femmes"),
        ("services", "?language=ary", "language", None),
        ("projects", "?status=planned&theme=migration", "status", None),
        ("projects", "?kind=programme", "kind", None),
    ],
)
def test_selected_option_is_marked_and_has_a_remove_link(
    visit, world, listing, query, facet, label
):
    page = visit(f"/fr/{listing}/{query}")

    selected = page.selected_option(facet)
    assert selected is not None, f"no selected option in the {facet} facet"
    selected_label, remove_href = selected
    if label:
        assert selected_label == label
    removed = visit(remove_href)
    assert page.selected_option(facet) is not None
    assert removed.selected_option(facet) is None
    assert removed.result_count >= page.result_count
    other_filters = [p for p in query.lstrip("?").split("&") if not p.startswith(f"{facet}=")]
    for parameter in other_filters:
        assert parameter in remove_href


def test_place_facet_drills_down_from_regions_to_arrondissements(visit, world):
    regions = visit("/fr/organizations/").facet("place")
    provinces = visit(regions["Tanger-Tétouan-Al Hoceima"][0]).facet("place")
    communes = visit(provinces["Tanger-Assilah"][0]).facet("place")
    arrondissements = visit(communes["Tanger"][0])

    assert "Tanger-Tétouan-Al Hoceima" in regions
    assert set(communes) == {"Tanger", "Assilah"}
    assert set(arrondissements.facet("place")) == {"Bni Makada", "Médina"}
    assert arrondissements.selected_option("place")[0] == "Tanger"


def test_place_facet_shows_the_broader_places_as_a_trail(visit, world):
    page = visit("/fr/organizations/?place=medina&theme=migration")

    trail = page.root.find_all("li", cls="facet-trail")
    assert [li.text for li in trail] == ["Tanger-Tétouan-Al Hoceima", "Tanger-Assilah", "Tanger"]
    tangier = visit(page.absolute(trail[-1].find("a").get("href")))
    assert tangier.selected_option("place")[0] == "Tanger"
    assert "theme=migration" in tangier.url


def test_theme_facet_lists_narrower_themes_under_their_parent(visit):
    migration = ThemeFactory(name_fr="Migration")
    protection = ThemeFactory(name_fr="Protection", parent=migration)
    OrganizationFactory(themes=[protection])

    page = visit("/fr/organizations/")

    section = page.root.find("section", aria_labelledby="facet-theme")
    depths = [(li.find("bdi").text, li.get("class")) for li in section.find_all("li")]
    assert depths == [("Migration", "depth-0"), ("Protection", "depth-1")]
    assert page.facet("theme")["Migration"][1] == 1


def test_projects_lead_organization_appears_on_its_card(visit):
    lead = OrganizationFactory(name_fr="Oum Action")
    ParticipationFactory(organization=lead, role=Participation.Role.LEAD)
    ParticipationFactory(
        organization=OrganizationFactory(name_fr="Simple partenaire"),
        role=Participation.Role.PARTNER,
    )

    page = visit("/fr/projects/")

    assert "Oum Action" in page.html
    assert "Simple partenaire" not in page.html
