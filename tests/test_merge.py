"""Merging an organization listed twice: everything moves to the one kept, nothing is lost,
its old address leads there."""

import html
from types import SimpleNamespace

import pytest
from django.contrib.admin.models import DELETION, LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import translation

from directory.search import query as search
from directory.search.models import SearchEntry
from organizations.curation.merge import merge_organizations
from organizations.models import (
    ChangeRequest,
    Claim,
    ContactChannel,
    Invitation,
    Location,
    Membership,
    NewsItem,
    Organization,
    OrganizationRedirect,
    Partnership,
    Service,
    Verification,
)
from projects.models import Participation
from tests.factories import (
    AudienceFactory,
    ClaimFactory,
    ContactChannelFactory,
    InvitationFactory,
    LocationFactory,
    MembershipFactory,
    NewsItemFactory,
    OrganizationFactory,
    ParticipationFactory,
    PartnershipFactory,
    ProjectFactory,
    ServiceFactory,
    ThemeFactory,
    UserFactory,
)
from tests.forms import fill, read_form

pytestmark = pytest.mark.django_db

RELATED = [
    Service,
    Location,
    ContactChannel,
    NewsItem,
    Participation,
    Partnership,
    Membership,
    Invitation,
    Claim,
    ChangeRequest,
    Verification,
]


@pytest.fixture
def pair(tangier, personas):
    """Horizon (kept) and its double Horizon Tanger (removed), with one of everything, and
    the rows a merge must not repeat: a shared project role, a partnership between the two,
    a partner both have, a person member of both, a phone both list."""
    keep = OrganizationFactory(
        slug="horizon", name_fr="Horizon", email="", themes=[ThemeFactory()]
    )
    remove = OrganizationFactory(
        slug="horizon-tanger",
        name_fr="Horizon Zorbatal",
        email="contact@horizon.ma",
        themes=[ThemeFactory()],
        audiences=[AudienceFactory()],
    )
    office = LocationFactory(organization=remove, place=tangier.medina)
    service = ServiceFactory(organization=remove, name_fr="Écoute zelligienne", locations=[office])
    ContactChannelFactory(organization=remove, kind="phone", value="0539 11 22 33")
    ContactChannelFactory(organization=keep, kind="phone", value="0539 11 22 33")
    ContactChannelFactory(organization=remove, kind="email", value="aide@horizon.ma")
    ContactChannelFactory(organization=remove, service=service, kind="phone", value="0600")
    NewsItemFactory(organization=remove)
    shared_project = ProjectFactory()
    ParticipationFactory(project=shared_project, organization=keep, role="lead")
    ParticipationFactory(project=shared_project, organization=remove, role="lead")
    ParticipationFactory(project=shared_project, organization=remove, role="funder")
    ParticipationFactory(organization=remove, role="partner")
    PartnershipFactory(organization=keep, partner=remove)  # would link Horizon to itself
    other = personas.other.organization
    PartnershipFactory(organization=keep, partner=other, kind="mou")
    PartnershipFactory(organization=remove, partner=other, kind="mou")  # already there
    PartnershipFactory(organization=other, partner=remove, kind="funding")  # moves
    both = UserFactory(username="both")
    MembershipFactory(user=both, organization=keep, role=Membership.Role.EDITOR)
    MembershipFactory(user=both, organization=remove, role=Membership.Role.OWNER)
    MembershipFactory(organization=remove, role=Membership.Role.EDITOR)
    InvitationFactory(organization=remove)
    ClaimFactory(organization=remove)
    ChangeRequest.objects.create(
        organization=remove,
        content_type=ContentType.objects.get_for_model(Service),
        object_id=service.pk,
        summary="Écoute",
    )
    Verification.objects.create(organization=remove, method="phone", verified_on="2026-01-02")
    return SimpleNamespace(keep=keep, remove=remove, service=service, both=both, other=other)


def counts():
    return {model.__name__: model.objects.count() for model in RELATED}


def test_everything_moves_and_only_repeats_are_dropped(pair, personas):
    before = counts()
    keep_themes = set(pair.keep.themes.all()) | set(pair.remove.themes.all())

    merge_organizations(keep=pair.keep, remove=pair.remove, by=personas.coordinator)

    after = counts()
    dropped = {
        "ContactChannel": 1,  # the phone both listed
        "Participation": 1,  # lead of the shared project twice
        "Partnership": 2,  # Horizon with itself, and the second MOU with the same partner
        "Membership": 1,  # the person member of both
    }
    assert after == {name: count - dropped.get(name, 0) for name, count in before.items()}
    assert not Organization.objects.filter(pk=pair.remove.pk).exists()
    for model in RELATED:
        if model is Partnership:
            continue
        assert not model.objects.filter(organization_id=pair.remove.pk).exists()
    assert not Partnership.objects.filter(partner_id=pair.remove.pk).exists()
    pair.keep.refresh_from_db()
    assert set(pair.keep.themes.all()) == keep_themes
    assert pair.keep.audiences.count() == 1
    assert pair.keep.email == "contact@horizon.ma"  # the kept one had none
    assert Service.objects.get(pk=pair.service.pk).organization == pair.keep


def test_a_person_member_of_both_keeps_the_higher_role(pair, personas):
    merge_organizations(keep=pair.keep, remove=pair.remove, by=personas.coordinator)

    membership = Membership.objects.get(user=pair.both)
    assert membership.organization == pair.keep
    assert membership.role == Membership.Role.OWNER


def test_participations_keep_one_role_per_project(pair, personas):
    merge_organizations(keep=pair.keep, remove=pair.remove, by=personas.coordinator)

    roles = sorted(
        Participation.objects.filter(organization=pair.keep).values_list("role", flat=True)
    )
    assert roles == ["funder", "lead", "partner"]


def test_partnerships_never_link_the_organization_to_itself(pair, personas):
    merge_organizations(keep=pair.keep, remove=pair.remove, by=personas.coordinator)

    links = Partnership.objects.filter(organization=pair.keep) | Partnership.objects.filter(
        partner=pair.keep
    )
    assert sorted((link.organization_id, link.partner_id, link.kind) for link in links) == sorted(
        [(pair.keep.pk, pair.other.pk, "mou"), (pair.other.pk, pair.keep.pk, "funding")]
    )


def test_the_old_address_leads_to_the_kept_organization_in_every_language(client, pair, personas):
    merge_organizations(keep=pair.keep, remove=pair.remove, by=personas.coordinator)

    for language in ("fr", "ar", "en"):
        response = client.get(f"/{language}/organizations/horizon-tanger/")
        assert response.status_code == 301
        assert response["Location"] == f"/{language}/organizations/horizon/"
    assert client.get("/fr/organizations/never-existed/").status_code == 404


def test_an_address_merged_twice_leads_to_the_last_one_kept(client, pair, personas):
    last = OrganizationFactory(slug="horizon-maroc")
    merge_organizations(keep=pair.keep, remove=pair.remove, by=personas.coordinator)
    merge_organizations(keep=last, remove=pair.keep, by=personas.coordinator)

    for old in ("horizon", "horizon-tanger"):
        response = client.get(f"/fr/organizations/{old}/")
        assert response["Location"] == "/fr/organizations/horizon-maroc/"


def test_the_kept_organizations_page_shows_the_moved_services(visit, pair, personas):
    merge_organizations(keep=pair.keep, remove=pair.remove, by=personas.coordinator)

    assert pair.service.get_absolute_url() in visit(pair.keep.get_absolute_url()).hrefs()


def test_search_finds_the_moved_services_under_the_kept_organization(pair, personas):
    merge_organizations(keep=pair.keep, remove=pair.remove, by=personas.coordinator)

    found = [(kind, pk) for kind, pk, _place in search.find(search.parse("zelligienne")).ranked]
    assert found == [(SearchEntry.Kind.SERVICE, pair.service.pk)]
    entry = SearchEntry.objects.get(kind=SearchEntry.Kind.SERVICE, object_id=pair.service.pk)
    assert "horizon" in entry.terms and "zorbatal" not in entry.terms
    assert not SearchEntry.objects.filter(
        kind=SearchEntry.Kind.ORGANIZATION, object_id=pair.remove.pk
    ).exists()


def test_the_merge_is_in_the_activity_log(pair, personas):
    merge_organizations(keep=pair.keep, remove=pair.remove, by=personas.coordinator)

    entries = LogEntry.objects.filter(user=personas.coordinator)
    assert entries.get(object_id=str(pair.keep.pk)).change_message.startswith(
        "Merged Horizon Zorbatal (horizon-tanger)"
    )
    assert entries.get(object_id=str(pair.remove.pk)).action_flag == DELETION


def test_relations_the_merge_does_not_know_move_as_they_are(pair, personas):
    """A model added later with a foreign key to Organization keeps its rows after a merge."""
    from organizations.curation.merge import HANDLED_RELATIONS

    def label(relation):
        return f"{relation.related_model._meta.label}.{relation.field.name}"

    relations = [
        relation
        for relation in Organization._meta.related_objects
        if not relation.many_to_many
        and not relation.related_model.__name__.startswith("Historical")
    ]
    # Participations are moved by projects/merge.py, through organization_merging.
    handled = HANDLED_RELATIONS | {"projects.Participation.organization"}
    assert handled <= {label(relation) for relation in relations}
    others = [relation for relation in relations if label(relation) not in handled]
    before = {relation: relation.related_model.objects.count() for relation in others}

    merge_organizations(keep=pair.keep, remove=pair.remove, by=personas.coordinator)

    for relation, count in before.items():
        assert relation.related_model.objects.count() == count


# In the admin ---------------------------------------------------------------------------


def merge_url(keep, remove):
    return reverse(
        "admin:organizations_likelyduplicate_merge", kwargs={"keep": keep.pk, "remove": remove.pk}
    )


def test_a_coordinator_sees_what_will_move_then_merges(client, pair, personas):
    personas.coordinator.is_staff = True
    personas.coordinator.save()
    client.force_login(personas.coordinator)

    page = client.get(merge_url(pair.keep, pair.remove))
    assert page.status_code == 200
    text = page.content.decode()
    with translation.override("fr"):
        assert translation.gettext("services").capitalize() in text
    assert "<td>3</td>" in text  # participations in projects
    assert Organization.objects.filter(pk=pair.remove.pk).exists()  # nothing yet

    response = client.post(merge_url(pair.keep, pair.remove))

    assert response.status_code == 302
    assert not Organization.objects.filter(pk=pair.remove.pk).exists()
    assert OrganizationRedirect.objects.get(old_slug="horizon-tanger").organization == pair.keep


def test_a_draft_written_before_a_merge_cannot_erase_what_the_merge_brought(client, personas):
    asticude = personas.asticude.organization
    double = OrganizationFactory(
        slug="asticude-tanger", name_fr="ASTICUDE Tanger", mission_ar="دعم الشباب في طنجة"
    )
    assert not asticude.mission_ar
    client.force_login(personas.editor)
    url = reverse("manage:edit_profile", args=["asticude"])
    client.post(url, fill(read_form(client.get(url).content), summary_fr="Un nouveau résumé."))
    draft = ChangeRequest.objects.get()
    client.force_login(personas.coordinator)

    client.post(merge_url(asticude, double))
    approval = client.post(reverse("manage:review", args=[draft.pk]), {"decision": "approve"})

    assert approval.status_code == 400
    conflict = translation.gettext(
        "The live record changed after this draft was written. Refuse it and ask its author "
        "to make the change again."
    )
    assert conflict in html.unescape(approval.content.decode())
    draft.refresh_from_db()
    assert draft.status == ChangeRequest.Status.PENDING
    asticude.refresh_from_db()
    assert asticude.mission_ar == "دعم الشباب في طنجة"


def test_what_the_merge_moves_is_in_the_history(client, pair, personas):
    client.force_login(personas.coordinator)

    client.post(merge_url(pair.keep, pair.remove))

    moved = pair.service.history.order_by("history_date", "history_id").last()
    assert moved.organization_id == pair.keep.pk
    assert moved.history_type == "~" and moved.history_user == personas.coordinator
    location = Location.objects.get(organization=pair.keep)
    assert location.history.latest("history_date").organization_id == pair.keep.pk
    filled = pair.keep.history.order_by("history_date", "history_id").last()
    assert filled.email == "contact@horizon.ma"


def test_merge_into_from_the_organizations_list_asks_for_two(client, pair):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    url = reverse("admin:organizations_organization_changelist")

    response = client.post(
        url, {"action": "merge_into", "_selected_action": [pair.keep.pk, pair.remove.pk]}
    )

    assert response.status_code == 302
    assert response["Location"] == merge_url(pair.keep, pair.remove)


def test_others_cannot_merge_and_nothing_changes(client, pair, personas):
    url = merge_url(pair.keep, pair.remove)
    before = counts()
    assert client.post(url).status_code == 302  # to log in
    personas.editor.is_staff = True
    personas.editor.save()
    client.force_login(personas.editor)
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    response = client.post(
        reverse("admin:organizations_organization_changelist"),
        {"action": "merge_into", "_selected_action": [pair.keep.pk, pair.remove.pk]},
    )
    assert response.status_code == 403

    assert Organization.objects.filter(pk=pair.remove.pk).exists()
    assert counts() == before
    assert not OrganizationRedirect.objects.exists()
