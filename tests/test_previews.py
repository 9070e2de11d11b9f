"""Staff see the public page as it will look before sending: a draft of a service or of the
profile applied in memory, marked "not public", shown only to those who may edit it."""

import pytest
from django.conf import settings
from django.urls import reverse

from organizations.models import ChangeRequest, ContactChannel, OpeningHours, Service
from tests.factories import (
    ContactChannelFactory,
    LocationFactory,
    OpeningHoursFactory,
    ThemeFactory,
)
from tests.forms import fill, read_form
from tests.pages import Page

SESSION_READ = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1


def save_draft(client, url, **changes):
    values = read_form(client.get(url).content)
    response = client.post(url, {**fill(values, **changes), "action": "draft"})
    assert response.status_code == 302, response.content.decode()[:3000]
    return ChangeRequest.objects.latest("pk")


def preview_url(draft):
    return reverse("manage:preview", args=["asticude", draft.pk])


@pytest.fixture
def editor(client, personas):
    client.force_login(personas.editor)
    return client


def service_url(personas):
    return reverse("manage:edit", args=["asticude", "service", personas.asticude.service.pk])


def test_a_service_draft_is_previewed_as_its_public_page_marked_not_public(
    editor, personas, visit
):
    service = personas.asticude.service
    old_name = service.name_fr
    draft = save_draft(
        editor,
        service_url(personas),
        name_fr="Permanence du mardi",
        summary_fr="Écoute sans rendez-vous.",
        **{
            "hours-regular-2-0-opens": "10:00",
            "hours-regular-2-0-closes": "12:00",
            "hours-week-3-same": "on",
            "channels-0-kind": "phone",
            "channels-0-value": "0539 94 12 12",
        },
    )

    page = Page(editor.get(preview_url(draft)))

    banner = page.root.find("div", cls="preview-banner")
    assert banner.find("p", cls="preview-title").text == "Aperçu — non public"
    assert page.root.find("title").text.startswith("Aperçu — non public")
    article = page.root.find("div", cls="preview")
    assert article.find("h1").text == "Permanence du mardi"
    assert "Écoute sans rendez-vous." in article.text
    hours = [row.text for row in article.find("table", cls="hours").find_all("tr")]
    assert hours == ["Lundi09:00–17:00", "Mardi – Mercredi10:00–12:00"]
    assert 'href="tel:0539941212"' in page.html
    # The public still sees the live service, and nothing of the draft was saved.
    public = visit(service.get_absolute_url())
    assert public.root.find("h1").text == old_name
    assert "Aperçu" not in public.text
    assert OpeningHours.objects.filter(service=service).count() == 1
    assert not ContactChannel.objects.filter(service=service).exists()
    service.refresh_from_db()
    assert service.name_fr == old_name


def test_a_proposed_new_service_is_previewed_before_it_exists(editor, personas):
    draft = save_draft(
        editor,
        reverse("manage:new", args=["asticude", "service"]),
        name_fr="Cours du soir",
        locations=[str(personas.asticude.location.pk)],
        **{"hours-regular-4-0-opens": "18:00", "hours-regular-4-0-closes": "20:00"},
    )

    page = Page(editor.get(preview_url(draft)))

    assert page.root.find("div", cls="preview").find("h1").text == "Cours du soir"
    assert personas.asticude.location.address_fr in page.text
    assert "18:00–20:00" in page.text
    assert not Service.objects.filter(name_fr="Cours du soir").exists()


def test_the_profile_draft_is_previewed_as_the_organizations_page(editor, personas, visit):
    theme = ThemeFactory(name_fr="Santé des mères")
    draft = save_draft(
        editor,
        reverse("manage:edit_profile", args=["asticude"]),
        summary_fr="Accompagne les mères de Bni Makada.",
        themes=[str(theme.pk)],
    )

    page = Page(editor.get(preview_url(draft)))

    article = page.root.find("div", cls="preview")
    assert "Accompagne les mères de Bni Makada." in article.text
    assert "Santé des mères" in article.text
    assert "Accompagne les mères" not in visit("/fr/organizations/asticude/").text


def test_a_waiting_draft_can_be_previewed_and_says_it_waits(editor, personas):
    values = read_form(editor.get(service_url(personas)).content)
    editor.post(service_url(personas), fill(values, name_fr="En attente"))

    page = Page(editor.get(preview_url(ChangeRequest.objects.get())))

    banner = page.root.find("div", cls="preview-banner")
    assert "attend la validation" in banner.text
    assert banner.find("form") is None  # no "Send" for what is already sent


def test_the_preview_of_an_unsent_draft_offers_to_send_it(editor, personas):
    draft = save_draft(editor, service_url(personas), name_fr="Prêt")
    form = Page(editor.get(preview_url(draft))).root.find("div", cls="preview-banner").find("form")

    editor.post(form.get("action"), {"drafts": [form.find("input", name="drafts").get("value")]})

    draft.refresh_from_db()
    assert draft.status == ChangeRequest.Status.PENDING


def test_no_one_else_sees_a_preview(client, personas):
    client.force_login(personas.editor)
    draft = save_draft(client, service_url(personas), name_fr="Secret")
    client.logout()

    assert client.get(preview_url(draft)).status_code == 302  # to the login page
    client.force_login(personas.other_editor)
    assert client.get(preview_url(draft)).status_code == 404
    # Through their own organization's address: still not theirs.
    other = reverse("manage:preview", args=["other-association", draft.pk])
    assert client.get(other).status_code == 404


def test_only_open_drafts_of_services_and_profiles_have_a_preview(editor, personas):
    news = personas.asticude.news
    news_draft = save_draft(
        editor, reverse("manage:edit", args=["asticude", "news", news.pk]), title_fr="Titre"
    )
    service_draft = save_draft(editor, service_url(personas), name_fr="Retiré")
    editor.post(reverse("manage:withdraw", args=["asticude", service_draft.pk]))

    assert editor.get(preview_url(news_draft)).status_code == 404
    assert editor.get(preview_url(service_draft)).status_code == 404


def test_a_draft_no_longer_valid_leads_back_to_its_form_with_a_message(editor, personas):
    gone = LocationFactory(organization=personas.asticude.organization)
    draft = save_draft(
        editor,
        service_url(personas),
        locations=[str(personas.asticude.location.pk), str(gone.pk)],
    )
    gone.delete()

    response = editor.get(preview_url(draft))

    assert response.status_code == 302
    assert response["Location"] == service_url(personas)
    page = Page(editor.get(response["Location"]))
    assert "ne peut plus être affiché" in page.root.find("li", cls="message-error").text


@pytest.mark.parametrize("size", [1, 8])
def test_a_preview_costs_the_same_whatever_the_services_size(
    editor, personas, django_assert_num_queries, size
):
    service = personas.asticude.service
    for number in range(size):
        location = LocationFactory(organization=personas.asticude.organization)
        OpeningHoursFactory(location=location)
        service.locations.add(location)
        ContactChannelFactory(organization=service.organization, service=service)
        ContactChannelFactory(organization=service.organization, service=None)
        OpeningHoursFactory(service=service, location=None, weekday=2 + number % 6)
        ThemeFactory()
    service_draft = save_draft(editor, service_url(personas), name_fr="Mesuré")
    profile_draft = save_draft(
        editor, reverse("manage:edit_profile", args=["asticude"]), summary_fr="Mesuré"
    )
    editor.get(preview_url(service_draft))

    # The user, two-factor, the organization and membership, the draft; the form bound to it
    # (the service, its themes, audiences, languages and locations as they are, the
    # locations it may choose, its hours, its channels); the locations shown with their
    # hours, the organization's channels; the versions, for the footer.
    with django_assert_num_queries(17 + SESSION_READ):
        response = editor.get(preview_url(service_draft))
    assert len(response.context["service"].locations.all()) == size + 1
    editor.get(preview_url(profile_draft))
    # The same five; the organization's page (the organization, its channels, locations with
    # their hours, services, projects, news); the form bound to it (its themes, audiences
    # and languages as they are, the versions, its constraints checked, its channels); the
    # countries and the services' audiences, the partners; its open needs and offers.
    with django_assert_num_queries(24 + SESSION_READ):
        response = editor.get(preview_url(profile_draft))
    assert len(response.context["organization"].contacts.groups[0].channels) == size
