"""An editor of ASTICUDE updates a service and a news item; a coordinator approves one and
refuses the other; the public sees exactly the approved state, and the history shows both.
"""

import datetime
import html

import pytest
from django.core import mail
from django.urls import reverse

from organizations.models import ChangeRequest, Membership, NewsItem, Service
from tests.factories import OpeningHoursFactory, OrganizationFactory
from tests.forms import fill, read_form
from tests.pages import Page


def html_of(response):
    return html.unescape(response.content.decode())


def edit_url(organization, kind, record):
    return reverse("manage:edit", args=[organization.slug, kind, record.pk])


def submit_edit(client, url, **changes):
    page = client.get(url)
    assert page.status_code == 200
    return client.post(url, fill(read_form(page.content), **changes))


@pytest.fixture
def editor_client(client, personas):
    client.force_login(personas.editor)
    return client


def test_editor_sends_a_service_change_for_review_and_the_public_keeps_the_old_one(
    editor_client, personas, visit, run_tasks
):
    service = personas.asticude.service
    old_name = service.name_fr

    response = submit_edit(
        editor_client,
        edit_url(personas.asticude.organization, "service", service),
        name_fr="Permanence juridique pour les femmes",
    )

    assert response.status_code == 302
    change = ChangeRequest.objects.get()
    assert change.status == ChangeRequest.Status.PENDING
    assert change.author == personas.editor
    assert change.target == service
    service.refresh_from_db()
    assert service.name_fr == old_name
    public = visit(service.get_absolute_url())
    assert old_name in public.text
    assert "Permanence juridique pour les femmes" not in public.text
    overview = html_of(editor_client.get(reverse("manage:organization", args=["asticude"])))
    assert "badge-pending" in overview  # the service is marked "waiting for review"
    run_tasks()
    assert [message.to for message in mail.outbox] == [["coordinator@example.org"]]
    assert "Permanence juridique pour les femmes" in mail.outbox[0].subject


def test_the_diff_shows_a_changed_day_of_opening_hours_before_and_after(client, personas):
    service = personas.asticude.service
    unchanged = OpeningHoursFactory(
        service=service,
        location=None,
        weekday=4,
        opens=datetime.time(14),
        closes=datetime.time(16),
    )
    client.force_login(personas.editor)
    submit_edit(
        client,
        edit_url(personas.asticude.organization, "service", service),
        **{"hours-regular-1-0-opens": "08:30"},
    )
    client.force_login(personas.coordinator)

    review = Page(client.get(reverse("manage:review", args=[ChangeRequest.objects.get().pk])))

    rows = review.root.find("table", cls="diff").find("tbody").find_all("tr")
    assert len(rows) == 1
    before, after = (
        cell.text.replace("\u2066", "").replace("\u2069", "") for cell in rows[0].find_all("td")
    )
    assert before == "Lundi 09:00–17:00"
    assert after == "Lundi 08:30–17:00"
    assert "14:00" not in before + after  # an unchanged day is no difference
    assert service.hours.exclude(pk=unchanged.pk).get().opens.strftime("%H:%M") == "09:00"


def test_the_edit_form_shows_the_pending_draft_not_the_live_record(editor_client, personas):
    url = edit_url(personas.asticude.organization, "service", personas.asticude.service)
    submit_edit(editor_client, url, name_fr="Brouillon en attente")

    values = read_form(editor_client.get(url).content)

    assert values["name_fr"] == ["Brouillon en attente"]


def test_coordinator_approves_one_change_and_refuses_the_other(client, personas, visit, run_tasks):
    service, news = personas.asticude.service, personas.asticude.news
    old_title = news.title_fr
    client.force_login(personas.editor)
    submit_edit(
        client,
        edit_url(personas.asticude.organization, "service", service),
        name_fr="Écoute et orientation",
        **{"hours-regular-2-0-opens": "10:00", "hours-regular-2-0-closes": "12:30"},
    )
    submit_edit(
        client,
        edit_url(personas.asticude.organization, "news", news),
        title_fr="Un titre trop vague",
    )
    service_change = ChangeRequest.objects.get(object_id=service.pk, content_type__model="service")
    news_change = ChangeRequest.objects.get(object_id=news.pk, content_type__model="newsitem")
    run_tasks()
    mail.outbox.clear()

    client.force_login(personas.coordinator)
    queue = html_of(client.get(reverse("manage:review_queue")))
    assert "Écoute et orientation" in queue and "Un titre trop vague" in queue
    review = html_of(client.get(reverse("manage:review", args=[service_change.pk])))
    assert service.name_fr in review and "Écoute et orientation" in review
    assert "10:00" in review  # the new opening hours row, in the diff
    approved = client.post(
        reverse("manage:review", args=[service_change.pk]), {"decision": "approve"}
    )
    refused = client.post(
        reverse("manage:review", args=[news_change.pk]),
        {"decision": "refuse", "reason": "Précisez la date de l'atelier."},
    )

    assert approved.status_code == 302 and refused.status_code == 302
    service.refresh_from_db()
    news.refresh_from_db()
    assert service.name_fr == "Écoute et orientation"
    assert service.hours.count() == 2
    assert news.title_fr == old_title
    assert "Écoute et orientation" in visit(service.get_absolute_url()).text
    news_page = visit(news.get_absolute_url()).text
    assert old_title in news_page and "Un titre trop vague" not in news_page

    # The history: the approved change is a record version naming its author...
    latest = service.history.first()
    assert latest.name_fr == "Écoute et orientation"
    assert latest.history_user == personas.editor
    assert latest.history_change_reason == f"#{service_change.pk}"
    assert service.history.count() == 2
    # ...and both decisions are in the organization's list of decisions.
    client.force_login(personas.editor)
    overview = html_of(client.get(reverse("manage:organization", args=["asticude"])))
    assert "Écoute et orientation" in overview
    # The refused draft stays, with its reason, for the editor to fix.
    form_page = client.get(edit_url(personas.asticude.organization, "news", news))
    assert "Précisez la date de l'atelier." in html_of(form_page)
    assert read_form(form_page.content)["title_fr"] == ["Un titre trop vague"]
    run_tasks()
    assert sorted(message.to[0] for message in mail.outbox) == [
        "editor@example.org",
        "editor@example.org",
    ]
    assert any("Précisez la date" in message.body for message in mail.outbox)


def test_a_refused_draft_fixed_and_sent_again_waits_for_review_again(client, personas):
    news = personas.asticude.news
    url = edit_url(personas.asticude.organization, "news", news)
    client.force_login(personas.editor)
    submit_edit(client, url, title_fr="Premier essai")
    change = ChangeRequest.objects.get()
    client.force_login(personas.coordinator)
    client.post(
        reverse("manage:review", args=[change.pk]), {"decision": "refuse", "reason": "Non."}
    )

    client.force_login(personas.editor)
    submit_edit(client, url, title_fr="Second essai")

    change.refresh_from_db()
    assert change.status == ChangeRequest.Status.PENDING
    assert change.data["title_fr"] == ["Second essai"]
    assert ChangeRequest.objects.count() == 1


def test_refusing_without_a_reason_is_refused_with_a_message(client, personas):
    client.force_login(personas.editor)
    submit_edit(
        client,
        edit_url(personas.asticude.organization, "news", personas.asticude.news),
        title_fr="Sans raison",
    )
    change = ChangeRequest.objects.get()
    client.force_login(personas.coordinator)

    response = client.post(reverse("manage:review", args=[change.pk]), {"decision": "refuse"})

    assert response.status_code == 400
    assert "Say why" in html_of(response) or "Dites pourquoi" in html_of(response)
    change.refresh_from_db()
    assert change.status == ChangeRequest.Status.PENDING


def test_new_service_is_published_only_once_approved(client, personas, visit):
    organization = personas.asticude.organization
    client.force_login(personas.editor)
    url = reverse("manage:new", args=[organization.slug, "service"])

    response = submit_edit(
        client,
        url,
        name_fr="Cours d'alphabétisation",
        locations=[str(personas.asticude.location.pk)],
    )

    assert response.status_code == 302
    assert not Service.objects.filter(name_fr="Cours d'alphabétisation").exists()
    change = ChangeRequest.objects.get()
    assert change.is_new_record
    client.force_login(personas.coordinator)
    client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})
    service = Service.objects.get(name_fr="Cours d'alphabétisation")
    assert service.organization == organization
    assert service.status == "published"
    assert list(service.locations.all()) == [personas.asticude.location]
    assert "Cours d'alphabétisation" in visit(service.get_absolute_url()).text


def test_new_news_item_is_created_with_its_organization(client, personas):
    client.force_login(personas.editor)
    submit_edit(
        client,
        reverse("manage:new", args=["asticude", "news"]),
        title_ar="ورشة جديدة",
        published_on="2026-11-20",
    )
    client.force_login(personas.coordinator)
    client.post(
        reverse("manage:review", args=[ChangeRequest.objects.get().pk]), {"decision": "approve"}
    )

    news = NewsItem.objects.get(title_ar="ورشة جديدة")
    assert news.organization == personas.asticude.organization
    assert news.slug


def test_approval_is_refused_when_the_live_record_changed_since_the_draft(client, personas):
    service = personas.asticude.service
    client.force_login(personas.editor)
    submit_edit(
        client, edit_url(personas.asticude.organization, "service", service), name_fr="Brouillon"
    )
    service.name_fr = "Changé dans l'admin"
    service.save()
    change = ChangeRequest.objects.get()

    client.force_login(personas.coordinator)
    response = client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})

    assert response.status_code == 400
    service.refresh_from_db()
    assert service.name_fr == "Changé dans l'admin"
    change.refresh_from_db()
    assert change.status == ChangeRequest.Status.PENDING


def test_a_visitor_is_sent_to_the_login_page(client, personas):
    response = client.get(reverse("manage:dashboard"))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_new_organization_never_takes_a_manage_address(client, personas):
    from organizations.models import Organization

    client.force_login(personas.other_editor)
    url = reverse("manage:propose_organization")
    for name in ["Review", "Claims"]:
        client.post(url, fill(read_form(client.get(url).content), name_fr=name))
    client.force_login(personas.coordinator)
    for change in ChangeRequest.objects.pending():
        client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})

    assert Organization.objects.get(name_fr="Review").slug == "review-2"
    assert Organization.objects.get(name_fr="Claims").slug == "claims-2"


def test_a_new_service_waiting_for_review_is_listed_under_services(client, personas):
    organization = OrganizationFactory(slug="no-services-yet")
    Membership.objects.create(user=personas.editor, organization=organization, role="editor")
    client.force_login(personas.editor)
    submit_edit(
        client, reverse("manage:new", args=[organization.slug, "service"]), name_fr="Cours du soir"
    )

    page = Page(client.get(reverse("manage:organization", args=[organization.slug])))

    services = page.root.find("section", aria_labelledby="service-heading")
    assert "Cours du soir" in services.text
    assert "Aucun élément pour l'instant" not in services.text


def test_a_long_text_shows_only_the_words_that_change(client, personas):
    service = personas.asticude.service
    service.description_fr = "Nous recevons les femmes le mardi matin, sans rendez-vous, au local."
    service.save()
    client.force_login(personas.editor)
    submit_edit(
        client,
        edit_url(personas.asticude.organization, "service", service),
        description_fr="Nous recevons les femmes le jeudi matin, sans rendez-vous, au local.",
    )
    client.force_login(personas.coordinator)

    review = Page(client.get(reverse("manage:review", args=[ChangeRequest.objects.get().pk])))

    row = review.root.find("table", cls="diff").find("tbody").find("tr")
    assert [d.text for d in row.find_all("del")] == ["mardi"]
    assert [i.text for i in row.find_all("ins")] == ["jeudi"]
    assert "sans rendez-vous" in row.text


def test_a_channels_position_is_no_difference_a_reviewer_reads(client, personas):
    from organizations.models import ContactChannel

    service = personas.asticude.service
    client.force_login(personas.editor)
    url = edit_url(personas.asticude.organization, "service", service)
    submit_edit(
        client, url, **{"channels-0-kind": "phone", "channels-0-value": "+212 5 36 60 00 00"}
    )
    client.force_login(personas.coordinator)

    review = Page(client.get(reverse("manage:review", args=[ChangeRequest.objects.get().pk])))

    proposed = review.root.find("table", cls="diff").find_all("ins")[-1].text
    assert proposed.endswith("+212 5 36 60 00 00")
    assert ContactChannel.objects.filter(service=service).count() == 0  # not before approval
