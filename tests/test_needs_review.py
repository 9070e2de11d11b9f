"""Staff post their organization's needs and offers, and record the partnerships that come
of them, through the same review as the rest of its listing: nothing is public before a
coordinator approves it. Coordinators then see the collaborations that formed."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from organizations.models import ChangeRequest, Exchange, Partnership
from tests.factories import (
    CountryFactory,
    ExchangeFactory,
    LanguageFactory,
    OrganizationFactory,
    ThemeFactory,
)
from tests.forms import fill, read_form
from tests.pages import Page

TODAY = timezone.localdate()


def later(days):
    return (TODAY + datetime.timedelta(days=days)).isoformat()


def approve_all(client, coordinator):
    client.force_login(coordinator)
    for change in ChangeRequest.objects.pending():
        response = client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})
        assert response.status_code == 302, response.content.decode()


@pytest.fixture
def employment(db):
    return ThemeFactory(slug="employment", name_fr="Emploi")


@pytest.fixture
def spain(db):
    return CountryFactory(code="ES", name_fr="Espagne")


def post_need(client, slug="asticude", **changes):
    url = reverse("manage:new", args=[slug, "exchange"])
    page = client.get(url)
    assert page.status_code == 200
    return client.post(url, fill(read_form(page.content), **changes))


def test_staff_post_a_need_that_is_public_once_approved(
    client, personas, visit, employment, spain, tangier
):
    french = LanguageFactory(code="fr")
    client.force_login(personas.editor)

    response = post_need(
        client,
        category="partner",
        title_fr="Un partenaire en Espagne pour l'emploi des jeunes",
        themes=[str(employment.pk)],
        places=[str(tangier.region.pk)],
        countries=[str(spain.pk)],
        languages=[str(french.pk)],
        ends_on=later(60),
        contact_language="ar",
    )

    assert response.status_code == 302
    change = ChangeRequest.objects.get()
    assert change.is_new_record and change.organization == personas.asticude.organization
    assert not Exchange.objects.exists()
    assert visit("/fr/needs/").result_count == 0

    approve_all(client, personas.coordinator)

    need = Exchange.objects.get()
    assert need.slug == "un-partenaire-en-espagne-pour-lemploi-des-jeunes"
    assert need.organization == personas.asticude.organization
    assert (need.kind, need.category, need.contact_language) == ("need", "partner", "ar")
    assert list(need.themes.all()) == [employment]
    assert list(need.places.all()) == [tangier.region]
    assert list(need.countries.all()) == [spain]
    assert need.ends_on == TODAY + datetime.timedelta(days=60)
    assert need.history.count() == 1
    assert visit("/fr/needs/?country=ES").results() == [need.slug]
    overview = Page(client.get(reverse("manage:organization", args=["asticude"])))
    assert reverse("manage:edit", args=["asticude", "exchange", need.pk]) in overview.hrefs()


def test_a_link_opens_the_form_for_an_offer(client, personas):
    client.force_login(personas.editor)
    url = reverse("manage:new", args=["asticude", "exchange"])

    assert read_form(client.get(f"{url}?kind=offer").content)["kind"] == ["offer"]
    assert read_form(client.get(f"{url}?kind=nonsense").content)["kind"] == ["need"]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"ends_on": later(-1)}, "ends_on", "Choisissez un jour à partir d'aujourd'hui."),
        ({"ends_on": later(400)}, "ends_on", "Choisissez un jour dans l'année"),
        ({"title_fr": ""}, "title_fr", "Remplissez ce champ dans au moins une langue."),
        ({"category": "gold"}, "category", "Sélectionnez un choix valide."),
    ],
)
def test_a_need_with_wrong_values_is_refused_with_the_reason_in_french(
    client, personas, changes, field, message
):
    client.force_login(personas.editor)
    values = {"category": "volunteers", "title_fr": "Des bénévoles", "ends_on": later(30)}

    response = post_need(client, **{**values, **changes})

    assert response.status_code == 200
    assert message in " ".join(response.context["form"].errors[field])
    assert not ChangeRequest.objects.exists()


def test_a_draft_whose_end_date_passed_before_review_cannot_be_approved(client, personas):
    client.force_login(personas.editor)
    post_need(client, category="volunteers", title_fr="Des bénévoles", ends_on=later(0))
    change = ChangeRequest.objects.get()
    change.data["ends_on"] = [later(-1)]  # as if reviewed the day after
    change.save()
    client.force_login(personas.coordinator)

    response = client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})

    assert response.status_code == 400
    assert "Listé jusqu'au" in Page(response).text
    assert not Exchange.objects.exists()


def test_staff_mark_a_need_answered_and_it_leaves_the_listing(client, personas, visit):
    need = ExchangeFactory(organization=personas.asticude.organization)
    client.force_login(personas.editor)
    url = reverse("manage:edit", args=["asticude", "exchange", need.pk])

    client.post(url, fill(read_form(client.get(url).content), fulfilled="on"))
    approve_all(client, personas.coordinator)

    need.refresh_from_db()
    assert need.fulfilled_on == TODAY
    assert visit("/fr/needs/").result_count == 0
    assert "Répondu le" in visit(need.get_absolute_url()).text


def test_the_owner_records_the_partnership_a_need_led_to_and_it_is_answered(
    client, personas, visit, employment
):
    need = ExchangeFactory(organization=personas.asticude.organization, themes=[employment])
    client.force_login(personas.owner)

    response = client.get(reverse("needs:partnership", args=[need.slug]))

    new = reverse("manage:new", args=["asticude", "partnership"])
    assert response["Location"] == f"{new}?exchange={need.pk}"
    values = read_form(client.get(response["Location"]).content)
    assert values["exchange"] == [str(need.pk)]
    assert values["themes"] == [str(employment.pk)]
    client.post(new, fill(values, partner="Autre association", kind="mou"))
    assert Partnership.objects.count() == 0  # waiting for review
    approve_all(client, personas.coordinator)

    partnership = Partnership.objects.get()
    assert partnership.organization == personas.asticude.organization
    assert partnership.partner == personas.other.organization
    assert (partnership.kind, partnership.exchange) == ("mou", need)
    assert list(partnership.themes.all()) == [employment]
    need.refresh_from_db()
    assert need.fulfilled_on == TODAY
    assert need.version == 2  # a draft of the need written before now conflicts
    assert need.history.first().history_user == personas.owner
    assert visit("/fr/needs/").result_count == 0
    page = visit(need.get_absolute_url())
    assert personas.other.organization.get_absolute_url() in page.hrefs()


def test_the_other_side_records_it_from_their_own_organization(client, personas):
    need = ExchangeFactory(organization=personas.asticude.organization)
    client.force_login(personas.other_editor)

    response = client.get(reverse("needs:partnership", args=[need.slug]))

    new = reverse("manage:new", args=["other-association", "partnership"])
    assert response["Location"] == f"{new}?exchange={need.pk}"
    values = read_form(client.get(response["Location"]).content)
    assert values["partner"] == ["ASTICUDE"]
    client.post(new, values)
    approve_all(client, personas.coordinator)

    partnership = Partnership.objects.get()
    assert partnership.organization == personas.other.organization
    assert partnership.partner == personas.asticude.organization
    need.refresh_from_db()
    assert need.fulfilled_on == TODAY


def test_a_partnership_cannot_answer_the_need_of_an_organization_not_in_it(client, personas):
    theirs = ExchangeFactory(organization=OrganizationFactory())
    client.force_login(personas.editor)
    new = reverse("manage:new", args=["asticude", "partnership"])
    values = read_form(client.get(new).content)

    response = client.post(new, fill(values, partner="Autre association", exchange=str(theirs.pk)))

    assert response.status_code == 200
    assert "exchange" in response.context["form"].errors
    assert not ChangeRequest.objects.exists()


def test_a_partner_must_be_an_organization_of_dalil(client, personas):
    client.force_login(personas.editor)
    new = reverse("manage:new", args=["asticude", "partnership"])

    for partner in ["Nobody", "ASTICUDE"]:  # ... and not the organization itself
        response = client.post(new, fill(read_form(client.get(new).content), partner=partner))
        assert "Aucune organisation" in " ".join(response.context["form"].errors["partner"])
    assert not ChangeRequest.objects.exists()


def test_only_staff_record_a_partnership(client, personas):
    need = ExchangeFactory(organization=personas.asticude.organization)
    url = reverse("needs:partnership", args=[need.slug])

    assert "/accounts/login/" in client.get(url)["Location"]
    client.force_login(personas.coordinator)  # a member of no organization
    response = client.get(url)
    assert response.status_code == 403
    assert "Seule l'équipe" in response.content.decode()


def test_staff_of_several_organizations_choose_which_one(client, personas):
    need = ExchangeFactory(organization=OrganizationFactory())
    from organizations.models import Membership

    Membership.objects.create(user=personas.editor, organization=personas.other.organization)
    client.force_login(personas.editor)

    page = Page(client.get(reverse("needs:partnership", args=[need.slug])))

    assert [href for href in page.hrefs() if "/partnership/new/" in href] == [
        f"/fr/manage/asticude/partnership/new/?exchange={need.pk}",
        f"/fr/manage/other-association/partnership/new/?exchange={need.pk}",
    ]


def test_coordinators_see_the_collaborations_formed_and_the_needs_left_unanswered(
    client, personas, employment, spain, tangier
):
    health = ThemeFactory(name_fr="Santé")
    answered = ExchangeFactory(
        title_fr="Un partenaire espagnol",
        organization=personas.asticude.organization,
        themes=[ThemeFactory(parent=employment)],
        places=[tangier.commune],
        countries=[spain],
        fulfilled_on=TODAY,
    )
    Partnership.objects.create(
        organization=personas.asticude.organization,
        partner=personas.other.organization,
        exchange=answered,
    )
    ended = ExchangeFactory(title_fr="Des fauteuils", themes=[health], ends_on=later(-3))
    ended.messages.create()
    listed = ExchangeFactory(title_fr="Une salle")
    listed.messages.create()
    listed.messages.create()
    ExchangeFactory(title_fr="Une offre", kind="offer", ends_on=later(-3))
    client.force_login(personas.coordinator)

    page = Page(client.get(reverse("manage:collaborations")))

    def rows(section):
        table = page.root.find("section", aria_labelledby=section)
        return [[cell.text for cell in row.find_all("td")] for row in table.find_all("tr")[1:]]

    assert rows("by-theme") == [["Emploi", "1"]]
    assert rows("by-region") == [["Tanger-Tétouan-Al Hoceima", "1"]]
    assert rows("by-country") == [["Espagne", "1"]]
    assert [row[0] for row in rows("open-needs")] == ["Une salle"]
    assert rows("open-needs")[0][3] == "2"
    assert [(row[0], row[3]) for row in rows("unanswered")] == [("Des fauteuils", "1")]
    assert "Un partenaire espagnol" in page.root.find("section", aria_labelledby="latest").text


def test_staff_cannot_see_the_coordinators_page(client, personas):
    for user in (personas.editor, personas.owner):
        client.force_login(user)
        assert client.get(reverse("manage:collaborations")).status_code == 404


def test_coordinators_list_needs_in_the_admin_with_their_message_counts(client, personas):
    need = ExchangeFactory(title_fr="Une salle")
    need.messages.create()
    client.force_login(personas.coordinator)

    page = Page(client.get("/fr/admin/organizations/exchange/"))

    [row] = page.root.find("table", id="result_list").find("tbody").find_all("tr")
    assert "Une salle" in row.text
    assert row.find("td", cls="field-messages_received").text == "1"
    assert client.get(f"/fr/admin/organizations/exchange/{need.pk}/change/").status_code == 200
