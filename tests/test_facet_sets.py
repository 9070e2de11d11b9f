"""The national listings count and filter from facet sets: they agree with counting in SQL.

The SQL counting of the smaller listings (directory/search/filters.py) is the reference: for
every start of the facet tests, and again after the items change, the facet sets give the
same results and the same count for every option.
"""

import functools

import pytest
from django.http import QueryDict

from directory.search import facet_sets, index
from directory.search.filters import TaxonomyFilterSet
from directory.search.models import FacetSet
from organizations.filters import OrganizationFilter, ServiceFilter
from organizations.models import Location, Organization, Service
from projects.filters import ProjectFilter
from tests.factories import OrganizationFactory, ThemeFactory
from tests.test_listing_facets import STARTS, world  # noqa: F401 (a fixture)

pytestmark = pytest.mark.django_db

FILTERS = {
    "organizations": OrganizationFilter,
    "services": ServiceFilter,
    "projects": ProjectFilter,
}
EXTRA_STARTS = [
    "?q=association&audience=women",
    "?place=tanger&place=medina",
    "?theme=protection&theme=unknown",
    "?q=zzzz",
]


def both_ways(listing, start):
    """The filterset of `start` counting from the facet sets, and one counting in SQL."""
    data = QueryDict(start.lstrip("?"), mutable=True)
    filter_class = FILTERS[listing]
    data.setdefault("sort", "title" if filter_class is ProjectFilter else "name")
    model = filter_class._meta.model
    from_sets = filter_class(data, queryset=model.objects.for_listing())
    in_sql = filter_class(data, queryset=model.objects.for_listing())
    in_sql.option_counts = functools.partial(TaxonomyFilterSet.option_counts, in_sql)
    from_sets.is_valid(), in_sql.is_valid()
    return from_sets, in_sql


def facet_counts(filterset):
    return [
        (facet.name, [(option.value, option.count) for option in facet.options])
        for facet in filterset.facets()
    ]


def assert_agree(listing, start):
    from_sets, in_sql = both_ways(listing, start)
    assert facet_counts(from_sets) == facet_counts(in_sql), start
    assert sorted(from_sets.selection.results) == sorted(in_sql.qs.values_list("pk", flat=True))


@pytest.mark.parametrize(
    ("listing", "start"),
    [(name, start) for name in FILTERS for start in STARTS[name] + EXTRA_STARTS],
)
def test_facet_sets_agree_with_counting_in_sql(world, listing, start):  # noqa: F811
    assert_agree(listing, start)


@pytest.mark.parametrize("listing", FILTERS)
def test_facet_sets_follow_changes_to_the_items(world, listing):  # noqa: F811
    organizations = list(Organization.objects.published().order_by("pk"))
    organizations[0].status = "draft"
    organizations[0].save()
    organizations[1].themes.set([ThemeFactory(slug="housing", name_fr="Logement")])
    organizations[2].kind = Organization.Kind.INTERNATIONAL
    organizations[2].save()
    Location.objects.filter(organization=organizations[3]).delete()
    Service.objects.filter(organization=organizations[4]).update(is_free=True)
    for service in Service.objects.filter(organization=organizations[4]):
        service.save()
    OrganizationFactory(themes=[organizations[5].themes.first()])

    for start in STARTS[listing] + EXTRA_STARTS + ["?theme=housing"]:
        assert_agree(listing, start)


def test_project_facet_sets_follow_changes_to_projects_and_participations(world):  # noqa: F811
    from projects.models import Project
    from tests.factories import ParticipationFactory, ProjectFactory

    projects = list(Project.objects.published().order_by("pk"))
    projects[0].status = "draft"
    projects[0].save()
    projects[1].progress = Project.Progress.COMPLETED
    projects[1].save()
    projects[2].themes.set([ThemeFactory(slug="housing", name_fr="Logement")])
    partner = OrganizationFactory(slug="partner")
    ParticipationFactory(project=projects[3], organization=partner)
    ProjectFactory(kind=Project.Kind.PHASE)
    lead = projects[4].participations.first().organization

    for start in STARTS["projects"] + [
        "?theme=housing",
        "?organization=partner",
        f"?organization={lead.slug}&status=ongoing",
        "?status=completed",
    ]:
        assert_agree("projects", start)


def test_an_unpublished_item_leaves_every_set(world):  # noqa: F811
    organization = Organization.objects.published().first()
    organization.status = "draft"
    organization.save()

    holding = [
        row.key
        for row in FacetSet.objects.filter(kind="organization")
        if organization.pk in facet_sets.BitMap.deserialize(row.members)
    ]
    assert holding == []


def test_a_rebuild_gives_the_same_sets(world):  # noqa: F811
    def stored():
        return {
            (row.kind, row.key): set(facet_sets.BitMap.deserialize(row.members))
            for row in FacetSet.objects.all()
        }

    written = stored()

    index.rebuild()

    assert stored() == written
    assert len(written) > 20


def test_names_sort_without_regard_to_accents_or_case(visit, tangier):
    slugs = {
        name: OrganizationFactory(name_fr=name).slug for name in ["foyer", "Écoute", "Dar", "amal"]
    }

    page = visit("/fr/organizations/")

    assert page.results() == [slugs[name] for name in ["amal", "Dar", "Écoute", "foyer"]]


def test_a_renamed_organization_moves_to_its_new_place_in_the_listing(visit, tangier):
    names = ["amal", "Dar", "foyer"]
    organizations = {name: OrganizationFactory(name_fr=name) for name in names}
    assert visit("/fr/organizations/").results() == [organizations[n].slug for n in names]

    renamed = organizations["amal"]
    renamed.name_fr = "Zitouna"
    renamed.save()

    expected = [organizations["Dar"].slug, organizations["foyer"].slug, renamed.slug]
    assert visit("/fr/organizations/").results() == expected


def test_free_text_matching_too_many_lists_the_first_ones_and_says_so(visit, tangier, monkeypatch):
    monkeypatch.setattr(facet_sets, "TEXT_LIMIT", 3)
    for number in range(5):
        OrganizationFactory(name_fr=f"Association {number}")

    capped = visit("/fr/organizations/?q=association")
    narrowed = visit("/fr/organizations/?q=association+3")

    assert capped.result_count == 3
    assert "More than 3 match “association”" in capped.text
    assert narrowed.result_count == 1
    assert "More than" not in narrowed.text
