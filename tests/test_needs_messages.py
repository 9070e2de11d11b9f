"""Anyone writes to an organization about its need or offer; Dalil relays the message by email
through the background worker, in the language the organization asked for, without showing
anyone's address on the site. Robots and floods are kept out as on the other public forms;
coordinators count the messages, never read them."""

import pytest
from django.core import mail
from django.core.cache import caches
from django.urls import reverse

from organizations.models import ExchangeMessage
from tests.factories import ExchangeFactory, MembershipFactory, OrganizationFactory, UserFactory
from tests.pages import Page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    caches["shared"].clear()
    yield
    caches["shared"].clear()


@pytest.fixture
def need(personas):
    return ExchangeFactory(
        slug="partner-in-spain",
        organization=personas.asticude.organization,
        title_fr="Un partenaire en Espagne",
        title_ar="شريك في إسبانيا",
        contact_language="ar",
    )


def message(**data):
    return {
        "name": "Lucía Gómez",
        "organization": "Puente Joven",
        "email": "lucia@puente.example",
        "text": "Nous accueillons des stagiaires à Málaga chaque printemps.",
        "leave_empty": "",
        **data,
    }


WRITE = "/fr/needs/partner-in-spain/write/"


def test_a_message_reaches_the_owners_in_their_language_through_the_worker(
    client, visit, need, personas, run_tasks
):
    page = visit(need.get_absolute_url())
    assert WRITE in page.hrefs()
    form = visit(WRITE).root.find("form", cls="report-form")
    assert form is not None and "owner@example.org" not in visit(WRITE).html

    response = client.post(WRITE, message())

    assert response["Location"] == "/fr/needs/partner-in-spain/write/sent/"
    assert client.get(response["Location"]).status_code == 200
    assert mail.outbox == []  # queued, not sent by the request
    run_tasks()
    [email] = mail.outbox
    assert email.to == ["owner@example.org"]  # the owner, not the editor
    assert email.reply_to == ["lucia@puente.example"]
    assert "شريك في إسبانيا" in email.subject
    assert "Lucía Gómez (Puente Joven)" in email.body
    assert "Nous accueillons des stagiaires à Málaga chaque printemps." in email.body
    assert "lucia@puente.example" in email.body
    assert "/ar/needs/partner-in-spain/" in email.body
    assert "عبر دليل" in email.body and "Lucía" not in email.subject
    assert ExchangeMessage.objects.filter(exchange=need).count() == 1


def test_without_an_owner_the_members_receive_it(client, personas, run_tasks):
    organization = OrganizationFactory()
    MembershipFactory(organization=organization, user=UserFactory(username="editor-x"))
    need = ExchangeFactory(organization=organization)

    client.post(reverse("needs:write", args=[need.slug]), message())
    run_tasks()

    assert [email.to for email in mail.outbox] == [["editor-x@example.org"]]


def test_an_organization_no_one_runs_on_dalil_cannot_be_written_to(client, visit, run_tasks):
    need = ExchangeFactory()
    url = reverse("needs:write", args=[need.slug])

    page = visit(url)
    assert page.root.find("form", cls="report-form") is None
    response = client.post(url, message())

    assert response.status_code == 409
    run_tasks()
    assert mail.outbox == [] and not ExchangeMessage.objects.exists()


@pytest.mark.parametrize(
    ("data", "field", "error"),
    [
        ({"email": "not an address"}, "email", "Saisissez une adresse e-mail valide."),
        ({"text": "Bonjour"}, "text", "au moins 20 caractères"),
        ({"text": "x" * 3001}, "text", "au plus 3000 caractères"),
        ({"name": "   "}, "name", "Ce champ est obligatoire."),
    ],
)
def test_bad_input_is_refused_in_french_and_keeps_what_was_typed(
    client, need, run_tasks, data, field, error
):
    response = client.post(WRITE, message(**data))

    assert response.status_code == 400
    assert error in " ".join(response.context["form"].errors[field])
    assert Page(response).root.find("input", name="organization").get("value") == "Puente Joven"
    run_tasks()
    assert mail.outbox == [] and not ExchangeMessage.objects.exists()


def test_the_form_is_in_arabic_for_an_arabic_reader(client, need):
    response = client.post("/ar/needs/partner-in-spain/write/", message(email="x"))

    assert response.status_code == 400
    assert Page(response).root.find("html").get("lang") == "ar"
    assert "أدخل عنوان بريد إلكتروني صحيحًا" in " ".join(response.context["form"].errors["email"])


def test_a_filled_honeypot_pretends_success_and_sends_nothing(client, need, run_tasks):
    response = client.post(WRITE, message(leave_empty="http://spam.example"))

    assert response.status_code == 302
    run_tasks()
    assert mail.outbox == [] and not ExchangeMessage.objects.exists()


def test_the_sixth_message_in_an_hour_is_refused_and_keeps_what_was_typed(client, need, run_tasks):
    for n in range(5):
        assert client.post(WRITE, message(name=f"Personne {n}")).status_code == 302

    response = client.post(WRITE, message(text="Le sixième message, qui reste là."))

    assert response.status_code == 429
    page = Page(response)
    assert page.root.find("textarea", name="text").text == "Le sixième message, qui reste là."
    assert "dans une heure" in page.root.find("div", cls="form-errors").text
    run_tasks()
    assert len(mail.outbox) == 5 == ExchangeMessage.objects.count()


def test_an_answered_or_ended_need_cannot_be_written_to(client, need):
    need.fulfilled_on = need.ends_on
    need.save()

    assert client.get(WRITE).status_code == 404
    assert client.post(WRITE, message()).status_code == 404


def test_coordinators_count_the_messages_but_never_see_their_text_or_sender(
    client, need, personas, run_tasks
):
    client.post(WRITE, message())
    run_tasks()
    client.force_login(personas.coordinator)

    page = Page(client.get(reverse("manage:collaborations")))

    [row] = page.root.find("section", aria_labelledby="open-needs").find_all("tr")[1:]
    assert [cell.text for cell in row.find_all("td")][::3] == ["Un partenaire en Espagne", "1"]
    assert "lucia@puente.example" not in page.html and "Málaga" not in page.html
    stored = [field.name for field in ExchangeMessage._meta.concrete_fields]
    assert stored == ["id", "exchange", "sent_at"]
