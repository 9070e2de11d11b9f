"""Two people editing the same record: the second save is refused with a clear message and
their text stays in the form. No lost update, no silent overwrite.
"""

import html

import pytest
from django.test import Client
from django.urls import reverse

from organizations.models import ChangeRequest
from tests.forms import fill, read_form


@pytest.fixture
def two_editors(personas):
    first, second = Client(), Client()
    first.force_login(personas.editor)
    second.force_login(personas.owner)
    return first, second


def service_url(personas):
    return reverse("manage:edit", args=["asticude", "service", personas.asticude.service.pk])


def test_the_second_of_two_simultaneous_edits_is_refused_and_keeps_its_text(two_editors, personas):
    first, second = two_editors
    url = service_url(personas)
    first_form = read_form(first.get(url).content)
    second_form = read_form(second.get(url).content)

    saved = first.post(url, fill(first_form, name_fr="Version de la première"))
    refused = second.post(url, fill(second_form, name_fr="Version du second"))

    assert saved.status_code == 302
    assert refused.status_code == 409
    page = html.unescape(refused.content.decode())
    assert "Someone else saved a change" in page or "Quelqu'un d'autre" in page
    assert read_form(refused.content)["name_fr"] == ["Version du second"]
    draft = ChangeRequest.objects.get()
    assert draft.data["name_fr"] == ["Version de la première"]
    assert draft.author == personas.editor


def test_saving_again_after_the_warning_is_a_deliberate_choice_that_works(two_editors, personas):
    first, second = two_editors
    url = service_url(personas)
    first_form = read_form(first.get(url).content)
    second_form = read_form(second.get(url).content)
    first.post(url, fill(first_form, name_fr="Version de la première"))
    refused = second.post(url, fill(second_form, name_fr="Version du second"))

    again = second.post(url, read_form(refused.content))

    assert again.status_code == 302
    draft = ChangeRequest.objects.get()
    assert draft.data["name_fr"] == ["Version du second"]
    assert draft.revision == 2


def test_an_edit_started_before_an_approval_cannot_undo_it(two_editors, personas, client):
    first, second = two_editors
    url = service_url(personas)
    stale_form = read_form(second.get(url).content)
    first.post(url, fill(read_form(first.get(url).content), name_fr="Approuvée"))
    client.force_login(personas.coordinator)
    client.post(
        reverse("manage:review", args=[ChangeRequest.objects.get().pk]), {"decision": "approve"}
    )

    refused = second.post(url, fill(stale_form, summary_fr="Autre chose"))

    assert refused.status_code == 409
    personas.asticude.service.refresh_from_db()
    assert personas.asticude.service.name_fr == "Approuvée"
    assert ChangeRequest.objects.open().count() == 0


def test_a_forged_or_missing_edit_token_is_a_conflict_not_an_error(two_editors, personas):
    first, _second = two_editors
    url = service_url(personas)
    values = read_form(first.get(url).content)

    for token in ("", "garbage", "999-0-0"):
        response = first.post(url, fill(values, edit_token=token, name_fr="Essai"))
        assert response.status_code == 409

    assert ChangeRequest.objects.count() == 0
