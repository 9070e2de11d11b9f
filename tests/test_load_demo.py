"""Running load_demo again (as every `make run` does) adds what is missing and leaves alone
what people changed since: approved edits, new services, removed themes stay as they are.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from directory.management.commands.load_demo import Command as LoadDemo
from organizations.models import ChangeRequest, Membership, Organization, Service
from organizations.rules import COORDINATORS
from tests.forms import fill, read_form

pytestmark = pytest.mark.django_db

EDITED_SUMMARY = "Association de Nador : distributions, écoute et orientation des migrant-e-s."


def load_demo():
    call_command("load_demo", stdout=io.StringIO(), stderr=io.StringIO())


def approve_all(client, coordinator):
    client.force_login(coordinator)
    for change in ChangeRequest.objects.pending():
        response = client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})
        assert response.status_code == 302, response.content.decode()[:2000]


@pytest.fixture
def asticude_staff():
    """The demo content, with ASTICUDE's editor and a coordinator."""
    load_demo()
    users = get_user_model().objects
    editor = users.create_user("editor-asticude", "editor@example.org", "dalil-demo")
    Membership.objects.create(
        user=editor,
        organization=Organization.objects.get(slug="asticude"),
        role=Membership.Role.EDITOR,
    )
    coordinator = users.create_user("coordinator", "coordinator@example.org", "dalil-demo")
    coordinator.groups.add(Group.objects.get(name=COORDINATORS))
    return editor, coordinator


def test_loading_the_demo_again_keeps_approved_edits_and_new_services(
    client, visit, asticude_staff
):
    editor, coordinator = asticude_staff
    asticude = Organization.objects.get(slug="asticude")
    nador = asticude.locations.get()
    client.force_login(editor)
    profile = reverse("manage:edit_profile", args=["asticude"])
    values = read_form(client.get(profile).content)
    assert "food-and-basic-goods" in [theme.slug for theme in asticude.themes.all()]
    kept_themes = [
        str(theme.pk) for theme in asticude.themes.all() if theme.slug != "food-and-basic-goods"
    ]
    client.post(profile, fill(values, summary_fr=EDITED_SUMMARY, themes=kept_themes))
    new_service = reverse("manage:new", args=["asticude", "service"])
    client.post(
        new_service,
        fill(
            read_form(client.get(new_service).content),
            name_fr="Permanence d'écoute",
            locations=[str(nador.pk)],
            **{"channels-0-kind": "phone", "channels-0-value": "0536 60 12 34"},
        ),
    )
    approve_all(client, coordinator)

    load_demo()

    asticude.refresh_from_db()
    assert asticude.summary_fr == EDITED_SUMMARY
    assert "food-and-basic-goods" not in [theme.slug for theme in asticude.themes.all()]
    service = Service.objects.get(name_fr="Permanence d'écoute")
    assert service.organization == asticude
    assert [(channel.kind, channel.value) for channel in service.channels.all()] == [
        ("phone", "0536 60 12 34")
    ]
    page = visit(asticude.get_absolute_url())
    assert EDITED_SUMMARY in page.text
    assert "Permanence d'écoute" in page.text


def test_loading_the_demo_again_adds_an_organization_that_is_missing(visit):
    load_demo()
    Organization.objects.get(slug="asticude").delete()
    visit("/fr/organizations/asticude/", status=404)

    load_demo()

    asticude = Organization.objects.get(slug="asticude")
    assert asticude.locations.get().place.code == "02.381.01.05"
    assert "/fr/organizations/asticude/" in visit("/fr/organizations/?q=ASTICUDE").hrefs()


def load_demo_users():
    LoadDemo(stdout=io.StringIO(), stderr=io.StringIO()).load_demo_users()


def test_a_demo_account_keeps_the_password_its_user_chose(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    load_demo_users()
    coordinator = get_user_model().objects.get(username="coordinator")
    coordinator.set_password("mon-propre-mot-de-passe")
    coordinator.save()

    load_demo_users()

    coordinator.refresh_from_db()
    assert coordinator.check_password("mon-propre-mot-de-passe")


def test_an_empty_demo_password_counts_as_unset(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.setenv("DEMO_PASSWORD", "")

    load_demo_users()

    assert get_user_model().objects.get(username="coordinator").check_password("dalil-demo")


def test_each_organization_with_a_demo_need_or_offer_has_a_demo_owner(settings, monkeypatch):
    settings.DEBUG = True
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)

    load_demo()

    for username, slug in [
        ("owner-youth-club", "bni-makada-youth-club"),
        ("owner-puente-joven", "puente-joven-malaga"),
    ]:
        user = get_user_model().objects.get(username=username)
        assert user.check_password("dalil-demo")
        membership = Membership.objects.get(user=user)
        assert (membership.organization.slug, membership.role) == (slug, "owner")
    posting = set(
        Organization.objects.filter(exchanges__isnull=False).values_list("slug", flat=True)
    )
    owned = set(
        Membership.objects.filter(role="owner", user__username__startswith="owner-").values_list(
            "organization__slug", flat=True
        )
    )
    assert posting <= owned
