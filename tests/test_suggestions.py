"""Residents suggest a service they could not find; open suggestions show on the coverage
page as unmet demand, per need and arrondissement; robots are kept out."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils.translation import gettext

from directory.coverage import tables as coverage
from directory.reports.models import Suggestion
from tests.factories import AudienceFactory, CommuneFactory, ThemeFactory
from tests.pages import Page

pytestmark = pytest.mark.django_db

SUGGEST = "/fr/suggest/"
COVERAGE = "/fr/coverage/"


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def needs(tangier):
    """Health (with Mental health under it) and Legal aid; mothers as an audience; Tetouan,
    a commune of the region, and Madrid's region outside it."""
    health = ThemeFactory(slug="health", name_fr="Santé", position=1)
    return {
        "health": health,
        "mental": ThemeFactory(slug="mental-health", name_fr="Santé mentale", parent=health),
        "legal": ThemeFactory(slug="legal-aid", name_fr="Aide juridique", position=2),
        "mothers": AudienceFactory(slug="mothers", name_fr="Mères"),
        "tetouan": CommuneFactory(
            parent=tangier.province, code="01.511.99.9", slug="tetouan", name_fr="Tétouan"
        ),
        "elsewhere": CommuneFactory(code="05.111.01.1", slug="fes", name_fr="Fès"),
    }


def suggestion_data(**data):
    return {
        "what": "Des cours de darija pour adultes, le soir",
        "audience": "",
        "theme": "",
        "place": "",
        "email": "",
        "leave_empty": "",
        **data,
    }


def demand_table(page):
    """{(need, column): requests} of the coverage page's table of open requests."""
    table = page.root.find("table", id="coverage-demand-table")
    if table is None:
        return {}
    columns = [th.text for th in table.find("thead").find_all("th")][1:]
    cells = {}
    for tr in table.find_all("tr")[1:]:
        need = tr.find("th").text
        for column, td in zip(columns, tr.find_all("td"), strict=True):
            cells[need, column] = int(td.text)
    return cells


# Suggesting ------------------------------------------------------------------------------


def test_a_suggestion_is_stored_and_counted_in_its_cell_of_the_coverage_page(
    client, visit, needs, tangier
):
    page = visit(COVERAGE)
    assert demand_table(page) == {}
    link = next(href for href in page.hrefs() if href.startswith(SUGGEST))

    response = client.post(
        link,
        suggestion_data(theme="health", audience="mothers", place="bni-makada"),
    )

    assert response.status_code == 302
    assert response["Location"] == "/fr/suggest/sent/"
    suggestion = Suggestion.objects.get()
    assert suggestion.what == "Des cours de darija pour adultes, le soir"
    assert (suggestion.theme, suggestion.audience, suggestion.place) == (
        needs["health"],
        needs["mothers"],
        tangier.bni_makada,
    )
    assert suggestion.status == Suggestion.Status.NEW
    cells = demand_table(visit(COVERAGE))
    assert cells["Santé", "Bni Makada"] == 1
    assert cells["Santé", "Médina"] == 0
    assert ("Aide juridique", "Bni Makada") not in cells  # needs without requests are left out


def test_open_requests_count_per_need_and_arrondissement_and_per_need_anywhere(
    visit, needs, tangier
):
    for theme, place in [
        (needs["health"], tangier.bni_makada),
        (needs["mental"], tangier.bni_makada),  # counts under Health
        (needs["health"], tangier.medina),
        (needs["health"], None),  # no place given
        (needs["health"], needs["tetouan"]),  # in the region, not in Tangier
        (needs["legal"], tangier.medina),
        (None, tangier.medina),  # no need given
    ]:
        Suggestion.objects.create(what="…", theme=theme, place=place)
    Suggestion.objects.create(
        what="…", theme=needs["legal"], place=tangier.medina, status=Suggestion.Status.HANDLED
    )
    Suggestion.objects.create(what="…", theme=needs["legal"], status=Suggestion.Status.DISMISSED)

    cells = demand_table(visit(COVERAGE))

    # The page is in French; its headings are the catalogue's.
    anywhere = gettext("Anywhere, place given or not")
    every_need = gettext("All requests, need given or not")
    assert cells == {
        ("Santé", "Bni Makada"): 2,
        ("Santé", "Médina"): 1,
        ("Santé", anywhere): 5,
        ("Aide juridique", "Bni Makada"): 0,
        ("Aide juridique", "Médina"): 1,
        ("Aide juridique", anywhere): 1,
        (every_need, "Bni Makada"): 2,
        (every_need, "Médina"): 3,
        (every_need, anywhere): 7,
    }


def test_the_coverage_page_for_an_audience_counts_only_its_requests(visit, needs, tangier):
    Suggestion.objects.create(what="…", theme=needs["health"], audience=needs["mothers"])
    Suggestion.objects.create(what="…", theme=needs["health"])

    assert (
        demand_table(visit(f"{COVERAGE}?audience=mothers"))[
            "Santé", gettext("Anywhere, place given or not")
        ]
        == 1
    )
    assert coverage.unmet_demand(needs["mothers"]) == {
        (needs["health"].pk, None): 1,
        (None, None): 1,
    }


def test_the_form_offers_tangiers_arrondissements_and_the_regions_communes_only(
    visit, needs, tangier
):
    page = visit(SUGGEST)

    form = page.root.find("form", cls="suggestion-form")
    places = [
        option.get("value") for option in form.find("select", name="place").find_all("option")
    ]
    assert places == ["", "tanger", "bni-makada", "medina", "tetouan"]
    themes = [
        option.get("value") for option in form.find("select", name="theme").find_all("option")
    ]
    assert themes == ["", "health", "legal-aid"]
    for name in ["what", "audience", "theme", "place", "email"]:
        field = form.find(name=name)
        assert form.find("label", for_=field.get("id")) is not None
    honeypot = form.find("input", name="leave_empty")
    assert form.find("label", for_=honeypot.get("id")) is not None
    assert "visually-hidden" in honeypot.parent.classes
    assert honeypot.parent.get("aria-hidden") == "true"


def test_a_link_fills_in_the_need_audience_place_and_words(visit, needs, tangier):
    page = visit(f"{SUGGEST}?theme=health&audience=mothers&place=medina&q=dentiste&page=2")

    form = page.root.find("form", cls="suggestion-form")
    for name, value in [("theme", "health"), ("audience", "mothers"), ("place", "medina")]:
        assert "selected" in form.find("option", value=value).attrs, name
    assert form.find("textarea", name="what").text == "dentiste"


def test_an_empty_listing_links_to_the_suggestion_form_with_its_filters(visit, needs):
    page = visit("/fr/services/?theme=health&q=dentiste")

    links = [href for href in page.hrefs() if href.startswith(SUGGEST)]
    assert len(links) == 1
    assert "theme=health" in links[0] and "q=dentiste" in links[0]


def test_a_filled_honeypot_pretends_success_and_stores_nothing(client, needs):
    response = client.post(SUGGEST, suggestion_data(leave_empty="buy now"))

    assert response.status_code == 302
    assert response["Location"] == "/fr/suggest/sent/"
    assert not Suggestion.objects.exists()


def test_the_sixth_suggestion_in_an_hour_is_refused_and_keeps_what_was_typed(client, needs):
    for n in range(5):
        assert client.post(SUGGEST, suggestion_data(what=f"Demande {n}")).status_code == 302

    response = client.post(SUGGEST, suggestion_data(what="Un dentiste gratuit", theme="health"))

    assert response.status_code == 429
    page = Page(response)
    assert page.root.find("textarea", name="what").text == "Un dentiste gratuit"
    assert "selected" in page.root.find("option", value="health").attrs
    assert page.root.find("div", cls="form-errors", role="alert") is not None
    assert Suggestion.objects.count() == 5


@pytest.mark.parametrize(
    "data, field",
    [
        ({"what": "x" * 1001}, "what"),
        ({"what": "   "}, "what"),
        ({"theme": "astrology"}, "theme"),
        ({"audience": "martians"}, "audience"),
        ({"place": "fes"}, "place"),  # outside the region
        ({"place": "x" * 5000}, "place"),
        ({"email": "@"}, "email"),
    ],
    ids=["too long", "empty", "unknown need", "unknown audience", "far place", "huge", "email"],
)
def test_bad_input_is_refused_with_a_message_and_kept(client, needs, data, field):
    response = client.post(SUGGEST, suggestion_data(**{"email": "a@example.org", **data}))

    assert response.status_code == 400
    page = Page(response)
    assert page.root.find("ul", cls="field-error", id=f"id_{field}_error").text
    if field != "what":
        assert page.root.find("textarea", name="what").text == suggestion_data()["what"]
    if field != "email":
        assert page.root.find("input", name="email").get("value") == "a@example.org"
    assert not Suggestion.objects.exists()


def test_the_coverage_page_costs_the_same_queries_whatever_the_number_of_requests(
    client, needs, tangier
):
    def queries():
        with CaptureQueriesContext(connection) as context:
            client.get(COVERAGE)
        return len(context)

    client.get(COVERAGE)  # the process reads the taxonomy and the facet sets once
    Suggestion.objects.create(what="…", theme=needs["health"], place=tangier.medina)
    one = queries()
    for place in [tangier.medina, tangier.bni_makada, None, needs["tetouan"]] * 5:
        Suggestion.objects.create(what="…", theme=needs["legal"], place=place)

    assert queries() == one


def test_the_admin_lists_suggestions_for_coordinators(client, personas):
    Suggestion.objects.create(what="Un dentiste gratuit")
    personas.coordinator.is_staff = True
    personas.coordinator.save()
    client.force_login(personas.coordinator)

    response = client.get(reverse("admin:reports_suggestion_changelist") + "?status__exact=new")

    assert response.status_code == 200
    assert "Un dentiste gratuit" in response.content.decode()
