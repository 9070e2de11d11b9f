"""The demo content (manage.py load_demo), read through the pages a visitor meets."""

import datetime
import io

import pytest
from django.apps import apps
from django.core.management import call_command
from django.utils import formats, translation

from organizations.models import Organization, Partnership

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo content, loaded once for this module's tests and removed after them."""
    with django_db_blocker.unblock():
        call_command("load_demo", stdout=io.StringIO())
    yield
    with django_db_blocker.unblock():
        call_command("flush", interactive=False, stdout=io.StringIO())


def all_cards(visit, url):
    """The result cards of every page of a listing, following its "next" links."""
    cards = []
    while url:
        page = visit(url)
        cards += page.root.find("div", cls="results").find_all("li", cls="card")
        url = page.next_page_href()
    return cards


def clicks_from_home(visit, targets, limit=3):
    """{target: fewest clicks from /fr/} following the links found in each page's HTML."""
    found = {}
    frontier, seen = ["/fr/"], {"/fr/"}
    for clicks in range(1, limit + 1):
        next_frontier = []
        for url in frontier:
            for href in visit(url).hrefs():
                href = href.split("#")[0]
                if not href.startswith("/fr/") or "/admin/" in href or href in seen:
                    continue
                seen.add(href)
                next_frontier.append(href)
                if href in targets:
                    found[href] = clicks
            if set(found) == set(targets):
                return found
        frontier = next_frontier
    return found


def french_date(date):
    with translation.override("fr"):
        return formats.date_format(date, "DATE_FORMAT")


def test_oum_action_page_shows_96_percent_and_its_four_objectives(visit, demo):
    page = visit("/fr/projects/oum-action/")

    progress = page.root.find("progress")
    assert progress.get("value") == "96"
    assert "96" in progress.text
    objectives = page.root.find("ol", cls="objectives").find_all("li")
    assert len(objectives) == 4
    assert objectives[0].text.startswith("Renforcer la capacité des autorités marocaines")
    assert "/fr/organizations/nordic-center/" in page.hrefs()


def test_iom_page_links_to_caritas_through_the_mou_of_2_june_2017(visit, demo):
    iom = visit("/fr/organizations/iom-morocco/")
    caritas = visit("/fr/organizations/caritas-morocco/")

    for page, other in [(iom, "caritas-morocco"), (caritas, "iom-morocco")]:
        partners = page.root.find("section", aria_labelledby="partners")
        link = partners.find("a", href=f"/fr/organizations/{other}/")
        assert link is not None, f"{page.url} does not link to {other}"
        entry = link.parent.text
        assert french_date(datetime.date(2017, 6, 2)) in entry
        with translation.override("fr"):
            assert str(Partnership.Kind.MOU.label) in entry
    assert "/fr/news/iom-caritas-mou/" in iom.hrefs()


def test_capacity_programme_lists_three_phases_for_29_30_and_34_associations(visit, demo):
    page = visit("/fr/projects/capacity-enhancement-programme/")

    phases = page.root.find("section", aria_labelledby="phases").find_all("li", cls="card")
    assert len(phases) == 3
    counts = []
    for card in phases:
        phase = visit(page.absolute(card.find("a").get("href")))
        figures = phase.root.find("section", aria_labelledby="beneficiaries").text
        counts.append(next(n for n in (29, 30, 34) if str(n) in figures))
    assert sorted(counts) == [29, 30, 34]
    assert sorted(n for n in (29, 30, 34) if f"{n} associations" in page.text) == [29, 30, 34]


def test_at_least_30_fictional_organizations_across_tangiers_four_arrondissements(visit, demo):
    home = visit("/fr/")
    districts = [href.split("place=")[1] for href in home.hrefs() if "?place=" in href]

    fictional = {}
    for district in districts:
        cards = all_cards(visit, f"/fr/organizations/?place={district}")
        fictional[district] = {
            card.find("a").get("href") for card in cards if card.find("span", cls="badge")
        }

    assert len(districts) == 4
    assert all(fictional.values()), fictional
    assert len(set().union(*fictional.values())) >= 30


def test_loading_the_demo_twice_creates_no_duplicates(visit, demo, django_assert_max_num_queries):
    models = [
        model
        for app in ("directory", "organizations", "projects")
        for model in apps.get_app_config(app).get_models()
        # History grows with every save, by design; the records themselves must not.
        if not model.__name__.startswith("Historical")
    ]
    before = {model.__name__: model.objects.count() for model in models}
    listed_before = [visit(url).result_count for url in ("/fr/organizations/", "/fr/projects/")]

    # The second run reads what is there, a query for each kind of row, and writes nothing.
    with django_assert_max_num_queries(20) as queries:
        call_command("load_demo", stdout=io.StringIO())

    writes = [
        query["sql"]
        for query in queries.captured_queries
        if query["sql"].startswith(("INSERT", "UPDATE", "DELETE"))
    ]
    assert writes == []
    after = {model.__name__: model.objects.count() for model in models}
    listed_after = [visit(url).result_count for url in ("/fr/organizations/", "/fr/projects/")]
    assert after == before
    assert listed_after == listed_before
    assert before["Organization"] >= 30


def test_oum_action_and_the_iom_mou_are_within_three_clicks_of_home(visit, demo):
    targets = ["/fr/projects/oum-action/", "/fr/organizations/iom-morocco/"]

    found = clicks_from_home(visit, targets)

    assert set(found) == set(targets), f"not reached in three clicks: {found}"
    iom = visit("/fr/organizations/iom-morocco/")
    assert "/fr/organizations/caritas-morocco/" in iom.hrefs()
    assert french_date(datetime.date(2017, 6, 2)) in iom.text


def test_the_first_service_found_for_migrants_in_arabic_gives_its_organizations_phone(visit, demo):
    with translation.override("ar"):
        results = visit("/ar/search/?q=مهاجرين")
        first = next(
            href
            for href in results.hrefs()
            if href.startswith("/ar/services/") and href != "/ar/services/"
        )
        page = visit(first)

    contacts = page.root.find("dl", cls="contacts")
    whose = contacts.find("dt").text
    phones = [
        a.get("href")
        for a in contacts.find("dd").find_all("a")
        if a.get("href").startswith("tel:")
    ]
    organization = page.root.find("header", cls="detail-header").find("p", cls="meta").text
    assert phones, f"{first} shows no phone"
    assert organization in whose and "(المنظمة)" in whose
    assert page.root.find("p", cls="contact-buttons").find("a").get("href") == phones[0]


def test_every_real_organization_gives_a_contact_or_says_none_is_known_yet(visit, demo):
    real = Organization.objects.filter(is_example=False)

    for organization in real:
        page = visit(organization.get_absolute_url())
        reach = page.root.find("section", aria_labelledby="reach")
        has_contact = reach.find("a") is not None and reach.find("p", cls="no-contact") is None
        note = reach.find("p", cls="no-contact")
        assert has_contact or "?problem=missing_contact" in note.find("a").get("href"), page.url


def test_the_home_page_gives_moroccos_emergency_numbers_each_with_its_source(visit, demo):
    page = visit("/fr/")

    items = page.root.find("section", id="hotlines").find_all("li")
    numbers = [item.find("bdi", cls="hotline-number").text for item in items]
    assert sorted(numbers) == ["112", "141", "15", "177", "19"]
    for item in items:
        source = item.find("small", cls="hotline-source")
        assert source.text and source.find("a").get("href").startswith(("https://", "http://"))


def test_a_tangier_youth_clubs_need_for_a_partner_in_spain_is_found_and_a_spanish_offer_fits(
    visit, demo
):
    found = visit("/fr/needs/?kind=need&country=ES&theme=youth-employment")
    assert "partner-in-spain-youth-employment" in found.results()

    need = visit("/fr/needs/partner-in-spain-youth-employment/")

    assert need.root.find("p", cls="example-warning") is not None
    assert "/fr/organizations/bni-makada-youth-club/" in need.hrefs()
    offers = need.root.find("section", aria_labelledby="offers-that-fit").find_all("li")
    assert offers[0].find("a").get("href") == "/fr/needs/internships-in-andalusia/"
    assert "Espagne" in offers[0].find("p", cls="reasons").text
    spanish = visit("/fr/organizations/puente-joven-malaga/")
    assert spanish.root.find("p", cls="example-warning") is not None
    assert "/fr/needs/internships-in-andalusia/" in spanish.hrefs()


@pytest.mark.parametrize("country", ["ES", "FR", "BE", "NL", "DK"])
def test_fictional_associations_abroad_seek_or_offer_something_in_each_country(
    visit, demo, country
):
    page = visit(f"/fr/needs/?country={country}")

    assert page.result_count >= 1
    for card in page.root.find("div", cls="results").find_all("li", cls="card"):
        assert card.find("span", cls="badge") is not None  # "Fictional example"


def test_the_demo_shows_a_need_answered_by_a_partnership_and_one_left_unanswered(visit, demo):
    answered = visit("/fr/needs/volunteers-heritage-workshops/")
    ended = visit("/fr/needs/wheelchairs-day-centre/")

    assert "/fr/organizations/rives-solidaires-lyon/" in answered.hrefs()
    assert "n'est plus listé" in ended.root.find("p", cls="notice").text
    listed = visit("/fr/needs/?q=fauteuils").results()
    assert "wheelchairs-day-centre" not in listed
