"""Each process holds the taxonomy in memory and reads it again only after it changes."""

import pytest

from directory.search import versions
from directory.search.catalogue import catalogue
from tests.factories import AudienceFactory, ServiceFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_a_theme_created_after_a_listing_was_served_is_offered_and_filters_at_once(client):
    health = ThemeFactory(slug="health", name_fr="Santé")
    ServiceFactory(name_fr="Consultation", themes=[health])
    assert client.get("/fr/services/?theme=health").status_code == 200

    housing = ThemeFactory(slug="housing", name_fr="Logement")
    ServiceFactory(name_fr="Hébergement", themes=[housing])
    response = client.get("/fr/services/?theme=housing")

    assert response.status_code == 200
    assert [service.name_fr for service in response.context["page_obj"]] == ["Hébergement"]
    assert "Logement" in response.content.decode()


def test_a_renamed_audience_shows_its_new_name_at_once(client):
    women = AudienceFactory(slug="women", name_fr="Femmes")
    ServiceFactory(audiences=[women])
    assert "Femmes" in client.get("/fr/services/").content.decode()

    women.name_fr = "Femmes et filles"
    women.save()

    assert "Femmes et filles" in client.get("/fr/services/").content.decode()


def test_a_deleted_theme_is_no_longer_a_choice(client):
    gone = ThemeFactory(slug="gone")
    assert client.get("/fr/services/?theme=gone").status_code == 200

    gone.delete()
    response = client.get("/fr/services/?theme=gone")

    assert "gone" not in catalogue().theme_by_slug
    assert response.context["filter"].errors


def test_the_catalogue_is_read_again_only_when_its_version_moves(django_assert_num_queries):
    ThemeFactory()
    first = catalogue()
    with django_assert_num_queries(1):  # the version alone
        assert catalogue() is first

    versions.move(versions.TAXONOMY)
    # The version, then themes, audiences, languages, countries, places and hotlines, and
    # the calendar of opening hours: season dates and public holidays.
    with django_assert_num_queries(9):
        assert catalogue() is not first


def test_fill_taxonomy_gives_each_relation_in_order_with_parents_in_one_query(
    django_assert_num_queries,
):
    from directory.search.catalogue import fill_taxonomy
    from tests.factories import LanguageFactory, OrganizationFactory

    migration = ThemeFactory(slug="migration", position=2)
    protection = ThemeFactory(slug="protection", parent=migration, position=1)
    women = AudienceFactory(slug="women")
    arabic = LanguageFactory(code="ar")
    first = OrganizationFactory(themes=[migration, protection], audiences=[women])
    second = OrganizationFactory(languages=[arabic])
    service = ServiceFactory(audiences=[women])
    catalogue()

    with django_assert_num_queries(2):  # the version, then every link at once
        fill_taxonomy(
            ([first, second], ["themes", "audiences", "languages"]), ([service], ["audiences"])
        )

    with django_assert_num_queries(0):
        assert list(first.themes.all()) == [protection, migration]
        assert first.themes.all()[0].parent == migration
        assert list(first.audiences.all()) == [women]
        assert list(first.languages.all()) == []
        assert list(second.languages.all()) == [arabic]
        assert list(service.audiences.all()) == [women]
