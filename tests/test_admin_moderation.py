"""Coordinators moderate in the admin too: counts on its home page, bulk decisions, the
history of every record with revert, and the activity log of every coordinator."""

import pytest
from django.contrib.admin.models import LogEntry
from django.urls import reverse

from organizations.models import ChangeRequest, Service
from tests.forms import fill, read_form


@pytest.fixture
def pending_changes(client, personas):
    client.force_login(personas.editor)
    for kind, record, changes in [
        ("service", personas.asticude.service, {"name_fr": "Service renommé"}),
        ("news", personas.asticude.news, {"title_fr": "Nouvelle renommée"}),
    ]:
        url = reverse("manage:edit", args=["asticude", kind, record.pk])
        client.post(url, fill(read_form(client.get(url).content), **changes))
    personas.coordinator.is_staff = True
    personas.coordinator.save()
    client.force_login(personas.coordinator)
    return list(ChangeRequest.objects.order_by("pk"))


def changelist():
    return reverse("admin:organizations_changerequest_changelist")


def test_the_admin_home_counts_what_waits_for_a_coordinator(client, pending_changes):
    response = client.get(reverse("admin:index"))

    assert response.status_code == 200
    queue = response.content.decode().split('id="moderation-queue"')[1].split("</table>")[0]
    assert "<td>2</td>" in queue  # two changes
    assert "<td>0</td>" in queue  # no claim


def test_bulk_approval_publishes_every_selected_change(client, personas, pending_changes):
    response = client.post(
        changelist(),
        {"action": "approve_selected", "_selected_action": [c.pk for c in pending_changes]},
    )

    assert response.status_code == 302
    assert set(ChangeRequest.objects.values_list("status", flat=True)) == {"approved"}
    assert Service.objects.get(pk=personas.asticude.service.pk).name_fr == "Service renommé"
    assert LogEntry.objects.filter(user=personas.coordinator).count() == 2


def test_bulk_refusal_asks_for_a_reason_then_refuses_with_it(client, pending_changes):
    selected = [c.pk for c in pending_changes]

    asked = client.post(changelist(), {"action": "refuse_selected", "_selected_action": selected})
    assert asked.status_code == 200
    assert ChangeRequest.objects.pending().count() == 2
    done = client.post(
        changelist(),
        {"action": "refuse_selected", "_selected_action": selected, "reason": "Doublons."},
    )

    assert done.status_code == 302
    assert set(ChangeRequest.objects.values_list("status", "reason")) == {("refused", "Doublons.")}


def test_staff_without_the_coordinator_role_cannot_decide_in_the_admin(client, personas):
    personas.editor.is_staff = True
    personas.editor.save()
    client.force_login(personas.editor)

    assert client.get(changelist()).status_code == 403
    assert client.get(reverse("admin:admin_logentry_changelist")).status_code == 403


def test_a_coordinator_reads_a_records_history_and_reverts_it(client, personas, pending_changes):
    service = personas.asticude.service
    original_name = service.name_fr
    client.post(
        changelist(),
        {"action": "approve_selected", "_selected_action": [c.pk for c in pending_changes]},
    )
    history_url = reverse("admin:organizations_service_history", args=[service.pk])
    assert f"#{pending_changes[0].pk}" in client.get(history_url).content.decode()
    first = service.history.order_by("history_date").first()

    revert_url = reverse(
        "admin:organizations_service_simple_history", args=[service.pk, first.history_id]
    )
    page = client.get(revert_url)
    assert page.status_code == 200
    response = client.post(revert_url, read_form(page.content, form_id="historicalservice_form"))

    assert response.status_code == 302
    service.refresh_from_db()
    assert service.name_fr == original_name


def test_every_decision_shows_in_the_activity_log(client, personas, pending_changes):
    client.post(reverse("manage:review", args=[pending_changes[0].pk]), {"decision": "approve"})
    client.post(
        reverse("manage:review", args=[pending_changes[1].pk]),
        {"decision": "refuse", "reason": "Trop vague."},
    )

    log = client.get(reverse("admin:admin_logentry_changelist")).content.decode()

    assert "Approved: Service renommé" in log
    assert "Refused: Nouvelle renommée: Trop vague." in log
