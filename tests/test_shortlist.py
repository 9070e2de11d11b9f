"""A resident saves services to a shortlist without an account, then prints it or passes it
on as one link or one WhatsApp message. The browser keeps the list (static/shortlist.js);
the page lists what its address names: /<lang>/services/shortlist/?s=<slug>,<slug>."""

import datetime
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from organizations.models import ContactChannel
from tests.factories import (
    ContactChannelFactory,
    LocationFactory,
    OpeningHoursFactory,
    OrganizationFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db

URL = "/fr/services/shortlist/"


@pytest.fixture
def saved(tangier):
    """Two services of one association, at its office in Bni Makada."""
    organization = OrganizationFactory(
        slug="amal", name_fr="Association Amal", name_ar="جمعية أمل", name_en="Amal"
    )
    office = LocationFactory(
        organization=organization,
        place=tangier.bni_makada,
        address_fr="Rue 70",
        address_ar="زنقة 70",
        phone="+212 539 11 11 11",
    )
    OpeningHoursFactory(
        location=office, weekday=2, opens=datetime.time(9), closes=datetime.time(12)
    )
    clinic = ServiceFactory(
        slug="clinic",
        organization=organization,
        locations=[office],
        name_fr="Consultation juridique",
        name_ar="استشارة قانونية",
    )
    ContactChannelFactory(organization=organization, service=clinic, value="+212 600 22 22 22")
    OpeningHoursFactory(
        service=clinic, location=None, weekday=4, opens=datetime.time(14), closes=datetime.time(17)
    )
    listening = ServiceFactory(
        slug="listening",
        organization=organization,
        locations=[office],
        name_fr="Écoute",
        name_ar="الاستماع",
    )
    return clinic, listening


def items(page):
    return [item.get("data-slug") for item in page.root.find_all("li", cls="shortlist-item")]


def whatsapp_text(page):
    (href,) = [href for href, _text in page.links() if href.startswith("https://wa.me/")]
    return parse_qs(urlsplit(href).query)["text"][0]


def test_it_lists_each_saved_service_with_its_organization_phone_address_and_hours(visit, saved):
    page = visit(f"{URL}?s=listening,clinic")

    assert items(page) == ["listening", "clinic"]
    clinic = page.root.find("li", cls="shortlist-item", data_slug="clinic")
    assert "Consultation juridique" in clinic.text
    assert "Association Amal" in clinic.text
    assert clinic.find("a", href="tel:+212600222222").text == "+212 600 22 22 22"
    assert "Rue 70, Bni Makada" in clinic.text
    assert "Jeudi" in clinic.text and "14:00–17:00" in clinic.text  # its own hours
    listening = page.root.find("li", cls="shortlist-item", data_slug="listening")
    assert "+212 539 11 11 11" in listening.text  # the office's number
    assert "Mardi" in listening.text and "09:00–12:00" in listening.text  # the office's hours


def test_a_service_without_a_number_of_its_own_shows_its_organizations(visit, tangier):
    organization = OrganizationFactory()
    ContactChannelFactory(
        organization=organization, kind=ContactChannel.Kind.WHATSAPP, value="+212 611"
    )
    ContactChannelFactory(organization=organization, value="+212 539 33 33 33")
    ServiceFactory(
        slug="desk",
        organization=organization,
        locations=[LocationFactory(organization=organization, place=tangier.medina, phone="")],
    )

    page = visit(f"{URL}?s=desk")

    assert page.root.find("a", href="tel:+212539333333") is not None


def test_unknown_repeated_and_unpublished_services_are_left_out(visit, saved):
    ServiceFactory(slug="draft", status="draft")

    page = visit(f"{URL}?s=clinic,no-such-service,clinic,draft,<b>,listening,,")

    assert items(page) == ["clinic", "listening"]
    assert page.root.find("input", id="share-url").get("value") == (
        "http://testserver/fr/services/shortlist/?s=clinic,listening"
    )


def test_it_lists_at_most_thirty_services(visit, tangier):
    for number in range(35):
        ServiceFactory(slug=f"service-{number:02}")

    page = visit(f"{URL}?s=" + ",".join(f"service-{number:02}" for number in range(35)))

    assert items(page) == [f"service-{number:02}" for number in range(30)]


@pytest.mark.parametrize("s", ["x" * 100_000, ",,,", "é,ü", "%00", "a" * 161])
def test_odd_addresses_give_an_empty_list(visit, saved, s):
    page = visit(f"{URL}?s={s}")

    assert items(page) == []


def test_an_empty_shortlist_says_how_to_fill_it(visit, saved):
    page = visit(URL)

    assert "Aucun service enregistré" in page.text
    assert page.root.find("section", cls="share") is None


def test_removing_a_service_leads_to_the_list_without_it(visit, saved):
    page = visit(f"{URL}?s=clinic,listening")
    remove = page.root.find("a", data_remove="clinic")

    after = visit(page.absolute(remove.get("href")))

    assert items(after) == ["listening"]
    last = after.root.find("a", data_remove="listening")
    assert items(visit(after.absolute(last.get("href")))) == []


def test_the_whatsapp_message_has_one_line_per_service_and_the_link(visit, saved):
    page = visit(f"{URL}?s=clinic,listening")

    assert whatsapp_text(page).splitlines() == [
        "Ma sélection de services, trouvée sur Dalil :",
        "1. Consultation juridique, +212 600 22 22 22, Rue 70, Bni Makada",
        "2. Écoute, +212 539 11 11 11, Rue 70, Bni Makada",
        "http://testserver/fr/services/shortlist/?s=clinic,listening",
    ]


def test_in_arabic_the_message_uses_the_arabic_comma(visit, saved):
    page = visit("/ar/services/shortlist/?s=clinic")

    line = whatsapp_text(page).splitlines()[1]
    assert line.startswith("1. استشارة قانونية، \u200e+212 600 22 22 22\u200e، زنقة 70")
    assert ", " not in line.split("زنقة 70")[0]


def test_the_printed_list_says_where_and_when_it_comes_from(visit, saved):
    page = visit(f"{URL}?s=clinic")

    printed = page.root.find("p", cls="print-only").text
    assert "Dalil" in printed
    assert str(datetime.date.today().year) in printed


def test_the_link_copied_and_its_qr_code_name_the_list(visit, saved):
    page = visit(f"{URL}?s=clinic")

    assert page.root.find("input", id="share-url").get("value").endswith("?s=clinic")
    assert page.root.find("figure", cls="qr").find("svg") is not None


class TestSaveButtons:
    """Without JavaScript nothing of the shortlist shows but its page."""

    def test_each_service_card_has_a_hidden_save_button(self, visit, saved):
        page = visit("/fr/services/")

        buttons = page.root.find_all("button", cls="save-button")
        assert sorted(button.get("data-save") for button in buttons) == ["clinic", "listening"]
        assert all("hidden" in button.attrs for button in buttons)
        assert page.results() == ["clinic", "listening"]

    def test_the_service_page_has_one_with_the_shortlist_link(self, visit, saved):
        page = visit("/ar/services/clinic/")

        button = page.root.find("button", cls="save-button")
        assert button.get("data-save") == "clinic"
        assert "hidden" in button.attrs
        link = page.root.find("a", cls="shortlist-link")
        assert link.get("href") == "/ar/services/shortlist/"
        assert "hidden" in link.attrs
        assert "%(count)s" in link.get("data-label")

    def test_the_scripts_are_served_from_dalil(self, visit, saved):
        page = visit("/fr/services/clinic/")

        sources = [script.get("src") for script in page.root.find_all("script")]
        assert "/static/shortlist.js" in sources
        assert all(unquote(source).startswith("/static/") for source in sources)
