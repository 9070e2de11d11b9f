"""Associations abroad: listed with their country and no location in Morocco, they are found,
claimed and run like any other, and post offers to Moroccan associations."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from organizations.models import ChangeRequest, Exchange, Membership
from tests.factories import (
    CountryFactory,
    ExchangeFactory,
    LanguageFactory,
    OrganizationFactory,
    ThemeFactory,
)
from tests.forms import fill, read_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def malaga(personas):
    """A Spanish association with its country and nothing in Morocco."""
    spain = CountryFactory(code="ES", name_fr="Espagne")
    employment = ThemeFactory(slug="employment", name_fr="Emploi")
    return OrganizationFactory(
        slug="puente-joven",
        name_fr="Puente Joven",
        countries=[spain],
        themes=[employment],
        languages=[LanguageFactory(code="es")],
    )


def test_an_association_abroad_is_listed_and_has_its_page(visit, malaga):
    page = visit("/fr/organizations/?q=puente")
    assert page.results() == ["puente-joven"]
    assert "Espagne" in visit("/fr/organizations/puente-joven/").text
    visit("/ar/organizations/puente-joven/")
    assert "puente-joven" in visit("/fr/organizations/?theme=employment").results()


def test_an_association_abroad_is_claimed_then_posts_an_offer_once_approved(
    client, visit, malaga, personas, run_tasks
):
    response = client.post(
        reverse("claim", args=["puente-joven"]),
        {
            "name": "Lucía Gómez",
            "email": "lucia@puente.example",
            "position": "Presidenta",
            "message": "",
            "leave_empty": "",
        },
    )
    assert response.status_code == 302
    client.force_login(personas.coordinator)
    claim = malaga.claims.get()
    client.post(reverse("manage:claim_approve", args=[claim.pk]))
    run_tasks()
    link = re.search(
        r"http://127\.0\.0\.1:8000(/fr/accounts/invitation/[\w-]+/)", mail.outbox[-1].body
    )
    client.logout()
    client.post(
        link.group(1),
        {
            "username": "lucia",
            "email": "lucia@puente.example",
            "password1": "Malaga-2026-mar",
            "password2": "Malaga-2026-mar",
        },
    )
    lucia = get_user_model().objects.get(username="lucia")
    assert Membership.objects.get(user=lucia).role == "owner"

    url = reverse("manage:new", args=["puente-joven", "exchange"])
    form = read_form(client.get(f"{url}?kind=offer").content)
    response = client.post(
        url,
        fill(
            form,
            category="expertise",
            title_fr="Des stages en Andalousie",
            countries=[str(malaga.countries.get().pk)],
        ),
    )
    assert response.status_code == 302
    client.force_login(personas.coordinator)
    change = ChangeRequest.objects.get(organization=malaga)
    client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})

    offer = Exchange.objects.get(organization=malaga)
    assert offer.kind == "offer"
    assert visit("/fr/needs/?country=ES&kind=offer").results() == [offer.slug]
    assert offer.get_absolute_url() in visit("/fr/organizations/puente-joven/").hrefs()


def test_its_offer_is_suggested_to_a_tangier_need_for_a_partner_in_spain(visit, malaga, tangier):
    employment = malaga.themes.get()
    spain = malaga.countries.get()
    ExchangeFactory(
        slug="internships",
        kind="offer",
        organization=malaga,
        themes=[employment],
        countries=[spain],
    )
    ExchangeFactory(slug="need", themes=[employment], places=[tangier.commune], countries=[spain])

    page = visit("/fr/needs/need/")

    offers = page.root.find("section", aria_labelledby="offers-that-fit")
    organizations = page.root.find("section", aria_labelledby="organizations-that-fit")
    assert "/fr/needs/internships/" in [a.get("href") for a in offers.find_all("a")]
    assert "/fr/organizations/puente-joven/" in [
        a.get("href") for a in organizations.find_all("a")
    ]
