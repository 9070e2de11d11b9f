"""An editor of ASTICUDE can never read or change another organization's data through the
manage pages: every address and every hidden id of another's record is a 404 or a form
error, and nothing changes in the database.
"""

import pytest
from django.forms.models import model_to_dict
from django.urls import reverse

from organizations.models import ChangeRequest, Location, NewsItem, OpeningHours, Service
from projects.models import Participation, Project
from tests.factories import ExchangeFactory, PartnershipFactory, ProjectFactory
from tests.forms import fill, read_form

KINDS = ["location", "service", "project", "news", "exchange", "partnership"]


@pytest.fixture
def projects(personas):
    for side in (personas.asticude, personas.other):
        side.project = ProjectFactory()
        Participation.objects.create(
            project=side.project, organization=side.organization, role=Participation.Role.LEAD
        )
        side.exchange = ExchangeFactory(organization=side.organization)
        side.partnership = PartnershipFactory(organization=side.organization)
    return personas


def snapshot(side):
    """Everything about an organization's records that an edit could change."""
    records = [side.organization, side.location, side.service, side.news]
    for name in ("project", "exchange", "partnership"):
        if hasattr(side, name):
            records.append(getattr(side, name))
    state = []
    for record in records:
        record = type(record).objects.get(pk=record.pk)
        state.append(model_to_dict(record, exclude=["logo", "photo"]))
    state.append(list(OpeningHours.objects.filter(service=side.service).values()))
    return state


@pytest.fixture
def editor(client, projects):
    client.force_login(projects.editor)
    return client


def other_record(personas, kind):
    return getattr(personas.other, kind)


def attempts(personas):
    """(method, url) of every manage address pointed at the other organization's data."""
    other, own = personas.other, personas.asticude
    urls = [
        reverse("manage:organization", args=[other.organization.slug]),
        reverse("manage:edit_profile", args=[other.organization.slug]),
    ]
    for kind in KINDS:
        record = other_record(personas, kind)
        urls += [
            reverse("manage:new", args=[other.organization.slug, kind]),
            reverse("manage:edit", args=[other.organization.slug, kind, record.pk]),
            # Their record's id under our own organization's address.
            reverse("manage:edit", args=[own.organization.slug, kind, record.pk]),
        ]
    return urls


def test_every_address_of_another_organization_is_a_404_and_changes_nothing(editor, projects):
    before = snapshot(projects.other), ChangeRequest.objects.count()
    urls = attempts(projects)

    for url in urls:
        assert editor.get(url).status_code == 404, url
        assert editor.post(url, {"name_fr": "Piraté", "title_fr": "Piraté"}).status_code == 404, (
            url
        )

    assert (snapshot(projects.other), ChangeRequest.objects.count()) == before
    assert len(urls) == 20


def test_another_organizations_drafts_cannot_be_opened_or_withdrawn(client, projects):
    client.force_login(projects.other_editor)
    other = projects.other
    page = client.get(reverse("manage:new", args=[other.organization.slug, "news"]))
    client.post(
        reverse("manage:new", args=[other.organization.slug, "news"]),
        fill(read_form(page.content), title_fr="Leur brouillon", published_on="2026-11-01"),
    )
    draft = ChangeRequest.objects.get()
    client.force_login(projects.editor)

    assert client.get(reverse("manage:edit_draft", args=["asticude", draft.pk])).status_code == 404
    assert client.post(reverse("manage:withdraw", args=["asticude", draft.pk])).status_code == 404
    assert (
        client.post(
            reverse("manage:withdraw", args=[other.organization.slug, draft.pk])
        ).status_code
        == 404
    )
    draft.refresh_from_db()
    assert draft.status == ChangeRequest.Status.PENDING


def test_a_service_cannot_be_placed_at_another_organizations_location(editor, projects):
    url = reverse("manage:edit", args=["asticude", "service", projects.asticude.service.pk])
    values = read_form(editor.get(url).content)

    response = editor.post(
        url, fill(values, locations=[str(projects.other.location.pk)], name_fr="Ailleurs")
    )

    assert response.status_code == 200
    assert ChangeRequest.objects.count() == 0
    assert list(projects.asticude.service.locations.all()) == [projects.asticude.location]


def test_a_hidden_opening_hours_id_of_another_service_changes_nothing_of_theirs(client, projects):
    client.force_login(projects.editor)
    url = reverse("manage:edit", args=["asticude", "service", projects.asticude.service.pk])
    values = read_form(client.get(url).content)
    theirs = OpeningHours.objects.get(service=projects.other.service)
    before = snapshot(projects.other)

    client.post(url, fill(values, **{"hours-0-id": str(theirs.pk), "hours-0-opens": "06:00"}))
    # Even a coordinator approving the change does not reach the other service's row.
    client.force_login(projects.coordinator)
    for change in ChangeRequest.objects.pending():
        client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})

    assert snapshot(projects.other) == before
    theirs.refresh_from_db()
    assert theirs.service == projects.other.service


def test_a_news_item_cannot_be_attached_to_another_organizations_project(editor, projects):
    url = reverse("manage:edit", args=["asticude", "news", projects.asticude.news.pk])
    values = read_form(editor.get(url).content)

    response = editor.post(url, fill(values, project=str(projects.other.project.pk)))

    assert response.status_code == 200
    assert ChangeRequest.objects.count() == 0


def test_an_unknown_kind_of_record_is_a_404(editor, projects):
    for kind in ("membership", "organization", "changerequest"):
        url = reverse("manage:new", args=["asticude", kind])
        assert editor.get(url).status_code == 404


def test_staff_cannot_review_changes(client, projects):
    client.force_login(projects.other_editor)
    page = client.get(reverse("manage:new", args=["other-association", "news"]))
    client.post(
        reverse("manage:new", args=["other-association", "news"]),
        fill(read_form(page.content), title_fr="À publier", published_on="2026-11-01"),
    )
    change = ChangeRequest.objects.get()

    for user in (projects.editor, projects.other_editor, projects.owner):
        client.force_login(user)
        assert client.get(reverse("manage:review_queue")).status_code == 404
        assert client.get(reverse("manage:review", args=[change.pk])).status_code == 404
        response = client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})
        assert response.status_code == 404

    change.refresh_from_db()
    assert change.status == ChangeRequest.Status.PENDING
    assert not NewsItem.objects.filter(title_fr="À publier").exists()


def test_a_proposed_organization_is_only_open_to_the_person_who_proposed_it(client, projects):
    client.force_login(projects.other_editor)
    url = reverse("manage:propose_organization")
    client.post(url, fill(read_form(client.get(url).content), name_fr="Nouvelle association"))
    proposal = ChangeRequest.objects.get()
    client.force_login(projects.editor)

    assert client.get(reverse("manage:edit_proposal", args=[proposal.pk])).status_code == 404


def test_a_coordinator_can_open_any_organization(client, projects):
    client.force_login(projects.coordinator)

    for kind in KINDS:
        record = other_record(projects, kind)
        url = reverse("manage:edit", args=["other-association", kind, record.pk])
        assert client.get(url).status_code == 200, url
    assert Location.objects.count() == 2 and Service.objects.count() == 2
    assert Project.objects.count() == 2


def test_a_person_with_two_factor_must_pass_the_second_step_before_editing(client, projects):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    TOTPDevice.objects.create(user=projects.editor, name="phone", confirmed=True)
    client.force_login(projects.editor)  # the password step only

    response = client.get(reverse("manage:organization", args=["asticude"]))

    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]


def test_a_need_cannot_be_posted_for_another_organization_through_a_hidden_field(client, projects):
    from organizations.models import Exchange

    client.force_login(projects.editor)
    url = reverse("manage:new", args=["asticude", "exchange"])
    values = fill(
        read_form(client.get(url).content),
        category="volunteers",
        title_fr="Des bénévoles",
        organization=str(projects.other.organization.pk),
    )
    client.post(url, values)
    client.force_login(projects.coordinator)
    for change in ChangeRequest.objects.pending():
        client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})

    need = Exchange.objects.get(title_fr="Des bénévoles")
    assert need.organization == projects.asticude.organization


def test_a_partnership_cannot_answer_a_need_of_a_third_organization(client, projects):
    third = ExchangeFactory()
    client.force_login(projects.editor)
    url = reverse("manage:new", args=["asticude", "partnership"])

    response = client.post(
        url,
        fill(
            read_form(client.get(url).content),
            partner="Autre association",
            exchange=str(third.pk),
        ),
    )

    assert response.status_code == 200
    assert ChangeRequest.objects.count() == 0
    third.refresh_from_db()
    assert third.fulfilled_on is None


def test_recording_a_partnership_from_another_organizations_need_opens_ones_own_pages(
    client, projects
):
    client.force_login(projects.editor)
    need = projects.other.exchange

    response = client.get(reverse("needs:partnership", args=[need.slug]))

    assert response["Location"].startswith("/fr/manage/asticude/partnership/new/")
