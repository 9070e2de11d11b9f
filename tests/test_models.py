"""Small model behaviours: contact links, places and their ancestors, districts."""

import datetime

import pytest

from tests.factories import ContactChannelFactory, LocationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("kind", "value", "href"),
    [
        ("phone", "+212 539-12.34.56", "tel:+212539123456"),
        ("phone", "0539 12 34 56", "tel:0539123456"),
        ("whatsapp", "+212 6 12 34 56 78", "https://wa.me/212612345678"),
        ("whatsapp", "06-12-34-56-78", "https://wa.me/0612345678"),
        ("email", "contact@example.org", "mailto:contact@example.org"),
        ("website", "https://example.org/fr/", "https://example.org/fr/"),
        ("walk_in", "", ""),
    ],
)
def test_contact_channel_href_is_a_link_a_phone_can_follow(kind, value, href):
    channel = ContactChannelFactory.build(kind=kind, value=value)

    assert channel.href == href


def test_each_place_points_at_its_ancestors_and_itself(tangier):
    medina = tangier.medina

    assert (medina.region, medina.province, medina.commune, medina.arrondissement) == (
        tangier.region,
        tangier.province,
        tangier.commune,
        medina,
    )
    assert tangier.commune.commune == tangier.commune
    assert tangier.commune.arrondissement is None
    assert tangier.region.region == tangier.region
    assert tangier.region.province is None


def test_place_ancestors_run_from_the_region_down_without_the_place(tangier):
    assert tangier.medina.ancestors() == [tangier.region, tangier.province, tangier.commune]
    assert tangier.region.ancestors() == []


def test_location_district_is_the_arrondissement_else_the_commune(tangier):
    in_medina = LocationFactory(place=tangier.medina)
    in_commune = LocationFactory(place=tangier.commune)

    assert in_medina.district == tangier.medina
    assert in_commune.district == tangier.commune


def test_an_edit_counts_a_new_version_and_bookkeeping_does_not(db):
    from tests.factories import ServiceFactory

    service = ServiceFactory()
    assert service.version == 1

    service.name_fr = "Nouveau nom"
    service.save()
    service.last_verified_on = datetime.date(2026, 11, 1)
    service.save(update_fields=["last_verified_on"])

    service.refresh_from_db()
    assert service.version == 2
