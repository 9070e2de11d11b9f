"""An organization's page: how to reach it first, then what it does, with whom, lately."""

import datetime
import re

import pytest
from django.utils import formats, translation

from organizations.models import ContactChannel, OpeningHours, Partnership
from projects.models import Participation
from tests.factories import (
    AudienceFactory,
    ContactChannelFactory,
    LocationFactory,
    NewsItemFactory,
    OpeningHoursFactory,
    OrganizationFactory,
    ParticipationFactory,
    PartnershipFactory,
    ServiceFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db


def french_date(date):
    with translation.override("fr"):
        return formats.date_format(date, "DATE_FORMAT")


@pytest.fixture
def asticude(tangier):
    organization = OrganizationFactory(
        slug="asticude",
        name_fr="ASTICUDE",
        email="contact@asticude.example",
        last_verified_on=datetime.date(2025, 3, 14),
        themes=[ThemeFactory(name_fr="Protection")],
        audiences=[AudienceFactory(name_fr="Mineurs")],
    )
    ContactChannelFactory(organization=organization, kind="phone", value="+212 539-94.12 34")
    ContactChannelFactory(organization=organization, kind="whatsapp", value="+212 6 61 23 45 67")
    ContactChannelFactory(organization=organization, kind="email", value="aide@asticude.example")
    office = LocationFactory(
        organization=organization,
        place=tangier.bni_makada,
        address_fr="12 rue de Fès",
        phone="0539-12 34 56",
    )
    OpeningHoursFactory(location=office, weekday=OpeningHours.Weekday.TUESDAY)
    ServiceFactory(organization=organization, name_fr="Écoute juridique")
    ParticipationFactory(organization=organization, project__title_fr="Projet Ensemble")
    PartnershipFactory(organization=organization, partner__name_fr="Partenaire Aval")
    PartnershipFactory(organization__name_fr="Partenaire Amont", partner=organization)
    NewsItemFactory(organization=organization, title_fr="Rentrée des ateliers")
    return organization


def test_organization_page_starts_with_the_ways_to_reach_it(visit, asticude):
    page = visit("/fr/organizations/asticude/")

    order = [
        page.position('href="tel:+212539941234"'),
        page.position('href="https://wa.me/212661234567"'),
        page.position('href="mailto:aide@asticude.example"'),
        page.position('href="mailto:contact@asticude.example"'),
        page.position("12 rue de Fès"),
        page.position('<table class="hours">'),
        page.position("Écoute juridique"),
        page.position("Projet Ensemble"),
        page.position("Partenaire Aval"),
        page.position("Rentrée des ateliers"),
        page.position(french_date(datetime.date(2025, 3, 14))),
    ]
    assert order == sorted(order)


def test_phone_links_carry_digits_only(visit, asticude):
    page = visit("/fr/organizations/asticude/")

    phone_links = [href for href in page.hrefs() if href.startswith("tel:")]
    assert "tel:+212539941234" in phone_links
    assert "tel:0539123456" in phone_links
    assert all(re.fullmatch(r"tel:\+?\d+", href) for href in phone_links), phone_links


def test_whatsapp_and_email_channels_are_links(visit, asticude):
    hrefs = visit("/fr/organizations/asticude/").hrefs()

    assert "https://wa.me/212661234567" in hrefs
    assert "mailto:aide@asticude.example" in hrefs
    assert "mailto:contact@asticude.example" in hrefs


def test_walk_in_channel_has_no_link(visit):
    organization = OrganizationFactory()
    ContactChannelFactory(organization=organization, kind=ContactChannel.Kind.WALK_IN, value="")

    page = visit(organization.get_absolute_url())

    channel = page.root.find("li", cls="channel-walk_in")
    assert channel is not None
    assert channel.find("a") is None


def test_channels_of_a_service_are_shown_on_the_service_not_the_organization(visit):
    organization = OrganizationFactory()
    service = ServiceFactory(organization=organization)
    ContactChannelFactory(organization=organization, service=service, value="+212 600 000 001")

    assert "tel:+212600000001" not in visit(organization.get_absolute_url()).hrefs()
    assert "tel:+212600000001" in visit(service.get_absolute_url()).hrefs()


def test_location_shows_its_opening_hours(visit, tangier):
    organization = OrganizationFactory()
    office = LocationFactory(organization=organization, place=tangier.medina)
    OpeningHoursFactory(
        location=office,
        weekday=OpeningHours.Weekday.WEDNESDAY,
        opens=datetime.time(8, 30),
        closes=datetime.time(12, 15),
    )
    OpeningHoursFactory(
        location=office,
        season=OpeningHours.Season.RAMADAN,
        weekday=OpeningHours.Weekday.WEDNESDAY,
        opens=datetime.time(10, 0),
        closes=datetime.time(14, 0),
    )

    page = visit(organization.get_absolute_url())

    tables = page.root.find_all("table", cls="hours")
    assert len(tables) == 2
    assert "08:30–12:15" in tables[0].text
    assert "10:00–14:00" in tables[1].text
    with translation.override("fr"):
        assert str(OpeningHours.Weekday.WEDNESDAY.label) in tables[0].text


def test_partners_are_linked_both_ways(visit):
    iom = OrganizationFactory(slug="iom", name_fr="OIM")
    caritas = OrganizationFactory(slug="caritas", name_fr="Caritas")
    PartnershipFactory(
        organization=iom,
        partner=caritas,
        kind=Partnership.Kind.MOU,
        signed_on=datetime.date(2017, 6, 2),
    )

    from_iom = visit("/fr/organizations/iom/")
    from_caritas = visit("/fr/organizations/caritas/")

    assert "/fr/organizations/caritas/" in from_iom.hrefs()
    assert "/fr/organizations/iom/" in from_caritas.hrefs()
    for page in (from_iom, from_caritas):
        assert french_date(datetime.date(2017, 6, 2)) in page.html


def test_organization_page_lists_its_projects_with_its_role(visit):
    organization = OrganizationFactory()
    funded = ParticipationFactory(organization=organization, role=Participation.Role.FUNDER)

    page = visit(organization.get_absolute_url())

    assert funded.project.get_absolute_url() in page.hrefs()
    with translation.override("fr"):
        assert f"({Participation.Role.FUNDER.label})" in page.html


def test_organization_page_shows_its_five_latest_news(visit):
    organization = OrganizationFactory()
    items = [
        NewsItemFactory(organization=organization, published_on=datetime.date(2025, 1, day))
        for day in range(1, 8)
    ]

    hrefs = visit(organization.get_absolute_url()).hrefs()

    shown = [item for item in items if item.get_absolute_url() in hrefs]
    assert shown == items[2:]


def test_unverified_organization_says_so_instead_of_a_date(visit):
    verified = OrganizationFactory(last_verified_on=datetime.date(2025, 3, 14))
    unverified = OrganizationFactory(last_verified_on=None)
    with translation.override("fr"):
        not_verified = translation.gettext("This information has not been verified yet.")

    verified_footer = visit(verified.get_absolute_url()).root.find("footer", cls="detail-footer")
    unverified_footer = visit(unverified.get_absolute_url()).root.find(
        "footer", cls="detail-footer"
    )

    assert french_date(datetime.date(2025, 3, 14)) in verified_footer.text
    assert not_verified not in verified_footer.text
    assert not_verified in unverified_footer.text


def test_a_sensitive_location_shows_only_its_district(visit, tangier):
    organization = OrganizationFactory()
    shelter = LocationFactory(
        organization=organization,
        place=tangier.bni_makada,
        name_fr="Foyer",
        address_fr="7 impasse des Orangers",
        address_ar="7 زنقة البرتقال",
        address_en="7 Orange Tree lane",
        latitude="35.765432",
        longitude="-5.812345",
        is_sensitive=True,
    )
    service = ServiceFactory(organization=organization, locations=[shelter])

    for url in [organization.get_absolute_url(), service.get_absolute_url()]:
        for language in ("fr", "ar", "en"):
            page = visit(url.replace("/fr/", f"/{language}/"))
            for secret in (
                "Orangers",
                "البرتقال",
                "Orange Tree",
                "35.76",
                "35,76",
                "5.81",
                "5,81",
            ):
                assert secret not in page.html, f"{secret} on {page.url}"
            assert tangier.bni_makada.name_fr in page.html or "بني مكادة" in page.html
            assert page.root.find("p", cls="sensitive-note") is not None


def test_an_ordinary_location_shows_its_address_and_district(visit, tangier):
    organization = OrganizationFactory()
    LocationFactory(
        organization=organization, place=tangier.medina, address_fr="3 place du Grand Socco"
    )

    page = visit(organization.get_absolute_url())

    address = page.root.find("address").text
    assert "3 place du Grand Socco" in address
    assert "Médina" in address
    assert "Tanger" in address


def test_fictional_example_organizations_say_so(visit):
    example = OrganizationFactory(is_example=True)
    real = OrganizationFactory(is_example=False)
    example_service = ServiceFactory(organization=example)

    assert visit(example.get_absolute_url()).root.find(cls="example-warning") is not None
    assert visit(example_service.get_absolute_url()).root.find(cls="example-warning") is not None
    assert visit(real.get_absolute_url()).root.find(cls="example-warning") is None
    listing = visit("/fr/organizations/")
    cards = {card.find("a").get("href"): card for card in listing.root.find_all("li", cls="card")}
    assert cards[example.get_absolute_url()].find("span", cls="badge") is not None
    assert cards[real.get_absolute_url()].find("span", cls="badge") is None


def test_themes_and_audiences_link_to_the_filtered_listing(visit):
    theme = ThemeFactory(slug="protection")
    audience = AudienceFactory(slug="minors")
    organization = OrganizationFactory(themes=[theme], audiences=[audience])

    hrefs = visit(organization.get_absolute_url()).hrefs()
    listed = visit("/fr/organizations/?theme=protection&audience=minors").results()

    assert "/fr/organizations/?theme=protection" in hrefs
    assert "/fr/organizations/?audience=minors" in hrefs
    assert listed == [organization.slug]
