"""Staff save a draft without sending it, and send several records' changes for review
together: coordinators see and hear of a change only once it is sent, in one email."""

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from organizations.models import ChangeRequest
from tests.factories import NewsItemFactory, ServiceFactory
from tests.forms import fill, read_form
from tests.pages import Page

# A logged-in request reads its session from the database, or from Redis when it is there.
SESSION_READ = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1


def edit_url(record, kind):
    return reverse("manage:edit", args=[record.organization.slug, kind, record.pk])


def save(client, url, action="draft", **changes):
    values = read_form(client.get(url).content)
    return client.post(url, {**fill(values, **changes), "action": action})


@pytest.fixture
def editor(client, personas):
    client.force_login(personas.editor)
    return client


def overview(client):
    return Page(client.get(reverse("manage:organization", args=["asticude"])))


def test_a_saved_draft_is_not_sent_and_no_coordinator_hears_of_it(
    editor, personas, visit, run_tasks
):
    service = personas.asticude.service

    response = save(editor, edit_url(service, "service"), name_fr="Brouillon du lundi")

    assert response.status_code == 302
    draft = ChangeRequest.objects.get()
    assert (draft.status, draft.sent_at) == (ChangeRequest.Status.UNSENT, None)
    page = Page(editor.get(response["Location"]))
    assert "non envoyé" in page.root.find("ul", cls="messages").text
    # The form shows the draft, and says it is not sent.
    form_page = Page(editor.get(edit_url(service, "service")))
    assert read_form(form_page.html)["name_fr"] == ["Brouillon du lundi"]
    assert "pas encore envoyé" in form_page.root.find("p", cls="notice").text
    buttons = [(b.get("value"), b.text) for b in form_page.root.find_all("button", name="action")]
    assert buttons == [("draft", "Enregistrer le brouillon"), ("send", "Envoyer pour validation")]
    run_tasks()
    assert mail.outbox == []
    assert "Brouillon du lundi" not in visit(service.get_absolute_url()).text
    editor.force_login(personas.coordinator)
    queue = Page(editor.get(reverse("manage:review_queue")))
    assert "Brouillon du lundi" not in queue.text
    desk = Page(editor.get(reverse("manage:dashboard")))
    assert desk.root.find("li", cls="desk-line").find(cls="desk-count").text == "0"
    assert editor.get(reverse("manage:review", args=[draft.pk])).status_code == 404


def test_the_overview_lists_drafts_not_sent_yet_each_with_a_box(editor, personas):
    save(editor, edit_url(personas.asticude.service, "service"), name_fr="Service revu")
    save(editor, edit_url(personas.asticude.news, "news"), title_fr="Actualité revue")
    save(editor, reverse("manage:new", args=["asticude", "service"]), name_fr="Nouveau cours")

    section = overview(editor).root.find("section", cls="unsent-drafts")

    items = section.find_all("li")
    assert len(items) == 3
    assert all(item.find("input", type="checkbox", name="drafts") for item in items)
    texts = " ".join(item.text for item in items)
    assert "Service revu" in texts and "Actualité revue" in texts and "Nouveau cours" in texts
    # The service and the new service can be previewed; a news item has no preview.
    previews = [a.get("href") for a in section.find_all("a") if "/preview/" in a.get("href")]
    assert len(previews) == 2


def test_several_drafts_are_sent_together_in_one_email_listing_them(editor, personas, run_tasks):
    service, news = personas.asticude.service, personas.asticude.news
    save(editor, edit_url(service, "service"), name_fr="Écoute et orientation")
    save(editor, edit_url(news, "news"), title_fr="Atelier de mars")
    kept = NewsItemFactory(organization=personas.asticude.organization)
    save(editor, edit_url(kept, "news"), title_fr="Pas encore prêt")
    chosen = ChangeRequest.objects.exclude(summary="Pas encore prêt")

    response = editor.post(
        reverse("manage:send", args=["asticude"]),
        {"drafts": [str(draft.pk) for draft in chosen]},
    )

    assert response.status_code == 302
    assert {draft.status for draft in chosen.all()} == {ChangeRequest.Status.PENDING}
    assert all(draft.sent_at for draft in chosen.all())
    assert ChangeRequest.objects.get(summary="Pas encore prêt").status == "unsent"
    run_tasks()
    assert len(mail.outbox) == 1
    email = mail.outbox[0]
    assert email.to == ["coordinator@example.org"]
    assert email.subject == "2 modifications en attente de validation : ASTICUDE"
    assert "Écoute et orientation" in email.body and "Atelier de mars" in email.body
    assert "Pas encore prêt" not in email.body
    for draft in chosen:
        assert reverse("manage:review", args=[draft.pk]) in email.body
    editor.force_login(personas.coordinator)
    queue = Page(editor.get(reverse("manage:review_queue"))).text
    assert "Écoute et orientation" in queue and "Pas encore prêt" not in queue


def test_send_for_review_on_the_form_sends_the_draft(editor, personas, run_tasks):
    url = edit_url(personas.asticude.service, "service")
    save(editor, url, name_fr="D'abord un brouillon")

    response = save(editor, url, action="send", name_fr="Puis envoyé")

    assert response.status_code == 302
    draft = ChangeRequest.objects.get()
    assert (draft.status, draft.data["name_fr"]) == ("pending", ["Puis envoyé"])
    run_tasks()
    assert [email.subject for email in mail.outbox] == [
        "Modification en attente de validation : Puis envoyé"
    ]


def test_saving_a_waiting_draft_as_a_draft_takes_it_back_from_the_queue(editor, personas):
    url = edit_url(personas.asticude.service, "service")
    save(editor, url, action="send", name_fr="Envoyé trop tôt")

    save(editor, url, action="draft", name_fr="Repris")

    draft = ChangeRequest.objects.get()
    assert draft.status == ChangeRequest.Status.UNSENT
    assert ChangeRequest.objects.pending().count() == 0


def test_a_waiting_draft_saved_again_keeps_its_place_in_the_queue(editor, personas):
    url = edit_url(personas.asticude.service, "service")
    save(editor, url, action="send", name_fr="Premier envoi")
    first = ChangeRequest.objects.get().sent_at

    save(editor, url, action="send", name_fr="Faute corrigée")

    assert ChangeRequest.objects.get().sent_at == first


def test_sending_nothing_says_so_and_changes_nothing(editor, personas):
    save(editor, edit_url(personas.asticude.service, "service"), name_fr="Reste un brouillon")

    response = editor.post(reverse("manage:send", args=["asticude"]), {"drafts": ["", "x"]})

    assert response.status_code == 302
    page = Page(editor.get(response["Location"]))
    assert "Cochez au moins un brouillon" in page.root.find("li", cls="message-error").text
    assert ChangeRequest.objects.get().status == ChangeRequest.Status.UNSENT


def test_another_organizations_editor_cannot_send_its_drafts(client, personas):
    client.force_login(personas.editor)
    save(client, edit_url(personas.asticude.service, "service"), name_fr="Le nôtre")
    draft = ChangeRequest.objects.get()
    client.force_login(personas.other_editor)

    refused = client.post(reverse("manage:send", args=["asticude"]), {"drafts": [draft.pk]})
    # Their own organization's address, with our draft's id: nothing of ours is sent.
    client.post(reverse("manage:send", args=["other-association"]), {"drafts": [draft.pk]})

    assert refused.status_code == 404
    draft.refresh_from_db()
    assert draft.status == ChangeRequest.Status.UNSENT


def test_a_form_opened_before_its_draft_was_sent_cannot_take_it_back_unnoticed(editor, personas):
    url = edit_url(personas.asticude.service, "service")
    save(editor, url, name_fr="Brouillon")
    stale = read_form(editor.get(url).content)
    editor.post(
        reverse("manage:send", args=["asticude"]), {"drafts": [ChangeRequest.objects.get().pk]}
    )

    response = editor.post(url, {**fill(stale, name_fr="Autre chose"), "action": "draft"})

    assert response.status_code == 409
    draft = ChangeRequest.objects.get()
    assert (draft.status, draft.data["name_fr"]) == ("pending", ["Brouillon"])


def test_the_dashboard_counts_drafts_not_sent_yet(editor, personas):
    save(editor, edit_url(personas.asticude.service, "service"), name_fr="Pas envoyé")

    card = Page(editor.get(reverse("manage:dashboard"))).root.find("li", cls="card")

    assert "1 brouillon pas encore envoyé" in card.text


@pytest.mark.parametrize("drafts", [1, 6])
def test_the_overview_and_sending_cost_the_same_whatever_the_number_of_drafts(
    editor, personas, django_assert_num_queries, drafts, run_tasks
):
    for _number in range(drafts):
        service = ServiceFactory(organization=personas.asticude.organization)
        save(editor, edit_url(service, "service"), name_fr=f"Brouillon {service.pk}")
    ids = [str(pk) for pk in ChangeRequest.objects.values_list("pk", flat=True)]
    url = reverse("manage:organization", args=["asticude"])
    editor.get(url)

    # As tests/test_staff_editing.py counts the overview: the drafts come with its records;
    # its needs and offers and its partnerships (two sections).
    with django_assert_num_queries(18 + SESSION_READ):
        page = Page(editor.get(url))
    assert len(page.root.find("section", cls="unsent-drafts").find_all("li")) == drafts
    # The user, two-factor, the organization and membership; the drafts locked and sent at
    # once (in a savepoint); the coordinators' addresses and the email queued.
    with django_assert_num_queries(10 + SESSION_READ):
        editor.post(reverse("manage:send", args=["asticude"]), {"drafts": ids})
    assert ChangeRequest.objects.pending().count() == drafts
