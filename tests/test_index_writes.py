"""A save writes the search index in a fixed number of queries, however much depends on it.

Before, each save built the words of every place and theme of Morocco again and indexed each
dependent kind on its own: 53 queries for one organization. Now a save notes what it changes
and writes it once, reading only the places of the items it writes.
"""

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from directory.search import index as search_index
from directory.search import query as search
from directory.search.models import SearchEntry
from organizations.models import ChangeRequest
from tests.factories import (
    ArrondissementFactory,
    LocationFactory,
    NewsItemFactory,
    OrganizationFactory,
    ParticipationFactory,
    ProjectFactory,
    ServiceFactory,
    ThemeFactory,
)
from tests.forms import fill, read_form

pytestmark = pytest.mark.django_db

# A logged-in request reads its session from the database, or from Redis when it is there.
SESSION_READ = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1

SIZES = [1, 6]


def organization_with(size, tangier):
    with search_index.deferred():
        organization = OrganizationFactory(slug="subject", name_fr="Maison des lucioles")
        for _ in range(size):
            place = ArrondissementFactory(parent=tangier.commune)
            location = LocationFactory(organization=organization, place=place)
            ServiceFactory(
                organization=organization, locations=[location], themes=[ThemeFactory()]
            )
            NewsItemFactory(organization=organization)
            ParticipationFactory(project=ProjectFactory(), organization=organization)
    return organization


def found(text):
    return {(kind, pk) for kind, pk, _place in search.find(search.parse(text)).ranked}


@pytest.mark.parametrize("size", SIZES)
def test_saving_an_organization_costs_the_same_queries_whatever_depends_on_it(
    django_assert_num_queries, tangier, size
):
    organization = organization_with(size, tangier)
    organization.name_fr = "Maison des salamandres"

    # The save and its history, then one batch: the entries of the organization and of its
    # services, news and projects (each kind its rows, its tags and 4 writes), the facet
    # sets it changes, the taxonomy once, and the places of those items only; each listed
    # kind written again moves its version, so the listings read their order again; the
    # services' opening hours and their locations' (the "open now" keys).
    with django_assert_num_queries(53):
        organization.save()

    kinds = {kind for kind, _pk in found("salamandres")}
    assert kinds == {"organization", "service", "news", "project"}
    assert not found("lucioles")


@pytest.mark.parametrize("size", SIZES)
def test_saving_a_service_costs_the_same_queries_whatever_its_locations(
    django_assert_num_queries, tangier, size
):
    organization = organization_with(size, tangier)
    service = organization.services.first()
    service.locations.set(organization.locations.all())
    service.name_fr = "Atelier des hérissons"

    # The service's new name moves its kind's version; its hours and its locations' hours.
    with django_assert_num_queries(22):
        service.save()

    assert ("service", service.pk) in found("hérissons")


def test_a_deferred_block_writes_each_item_once(tangier):
    organization = organization_with(3, tangier)
    services = list(organization.services.all())

    with search_index.deferred():
        for service in services:
            service.name_fr = f"Atelier {service.pk} des castors"
            service.save()
        organization.save()

    for service in services:
        assert ("service", service.pk) in found(f"castors {service.pk}")
    assert SearchEntry.objects.filter(kind="service").count() == 3


def test_a_deleted_organization_leaves_the_index_with_what_it_had(tangier):
    organization = organization_with(2, tangier)
    assert found("lucioles")

    organization.delete()

    assert not SearchEntry.objects.filter(kind__in=["organization", "service", "news"]).exists()


@pytest.mark.parametrize("size", SIZES)
def test_approving_a_profile_change_indexes_once_whatever_depends_on_it(
    client, django_assert_num_queries, personas, size
):
    organization = personas.asticude.organization
    for _ in range(size):
        location = LocationFactory(organization=organization, place=ArrondissementFactory())
        ServiceFactory(organization=organization, locations=[location], themes=[ThemeFactory()])
        NewsItemFactory(organization=organization)
        ParticipationFactory(project=ProjectFactory(), organization=organization)
    theme = ThemeFactory()
    client.force_login(personas.editor)
    url = reverse("manage:edit_profile", args=["asticude"])
    client.post(
        url,
        fill(
            read_form(client.get(url).content),
            name_fr="Maison des salamandres",
            themes=[str(theme.pk)],
            **{"channels-0-kind": "phone", "channels-0-value": "0539 94 12 12"},
        ),
    )
    change = ChangeRequest.objects.get()
    client.force_login(personas.coordinator)
    review = reverse("manage:review", args=[change.pk])
    client.get(review)  # the session is read once, outside the count
    ContentType.objects.get_for_model(ChangeRequest)  # cached by earlier tests, or not

    # The record, its themes and channel with their history, the decision and its log, and
    # one batch for the index: the organization with its services, news and projects, the
    # content version the page cache keys by, the versions of the listed kinds written
    # again, and the session unless Redis holds it. Each save indexing on its own wrote the
    # organization twice (its row, then its themes): 87. The services' hours: 2 more. The
    # versions, once, for the form's themes grouped from the catalogue: 1 more.
    with django_assert_num_queries(87 + SESSION_READ) as captured:
        response = client.post(review, {"decision": "approve"})

    assert response.status_code == 302
    index_writes = [
        query["sql"]
        for query in captured.captured_queries
        if query["sql"].startswith('DELETE FROM "directory_searchentry"')
    ]
    assert len(index_writes) == 4  # each kind once
    assert {kind for kind, _pk in found("salamandres")} == {
        "organization",
        "service",
        "news",
        "project",
    }
