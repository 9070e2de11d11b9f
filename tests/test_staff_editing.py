"""Staff edit their organization's profile, locations, projects and images from the manage
pages, in three languages side by side; everything waits for a coordinator's approval.
"""

import io

import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from organizations.models import ChangeRequest, Membership, Organization
from projects.models import Participation
from tests.factories import ObjectiveFactory, OrganizationFactory, ProjectFactory
from tests.forms import fill, read_form
from tests.pages import Page

# A logged-in request reads its session from the database, or from Redis when it is there.
SESSION_READ = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1
# The coordinator's dashboard: the user, memberships, proposals, the 8 lines of the desk
# and the versions (the footer's emergency numbers).
DESK_QUERIES = 14


def approve_all(client, personas):
    client.force_login(personas.coordinator)
    for change in ChangeRequest.objects.pending():
        response = client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})
        assert response.status_code == 302, response.content.decode()[:2000]


def test_the_profile_form_shows_each_text_in_three_languages_marked_with_their_language(
    client, personas
):
    client.force_login(personas.editor)

    page = Page(client.get(reverse("manage:edit_profile", args=["asticude"])))

    arabic = page.root.find("textarea", name="description_ar")
    french = page.root.find("textarea", name="description_fr")
    assert arabic.get("lang") == "ar" and arabic.get("dir") == "rtl"
    assert french.get("lang") == "fr" and french.get("dir") == "ltr"
    legends = [legend.text for legend in page.root.find_all("legend")]
    assert "Description" in legends


def test_the_profile_needs_a_name_in_at_least_one_language(client, personas):
    client.force_login(personas.editor)
    url = reverse("manage:edit_profile", args=["asticude"])
    values = read_form(client.get(url).content)

    response = client.post(url, fill(values, name_ar="", name_fr="", name_en=""))

    assert response.status_code == 200
    assert ChangeRequest.objects.count() == 0
    assert read_form(response.content)["summary_fr"] == values["summary_fr"]


def test_an_approved_profile_change_reaches_the_public_page(client, personas, visit):
    client.force_login(personas.editor)
    url = reverse("manage:edit_profile", args=["asticude"])
    client.post(
        url,
        fill(
            read_form(client.get(url).content),
            summary_fr="Accompagne les femmes de Nador depuis 2003.",
            year_founded="2003",
        ),
    )

    approve_all(client, personas)

    personas.asticude.organization.refresh_from_db()
    assert personas.asticude.organization.year_founded == 2003
    page = visit(personas.asticude.organization.get_absolute_url())
    assert "Accompagne les femmes de Nador depuis 2003." in page.text


def test_a_location_made_sensitive_hides_its_address_once_approved(client, personas, visit):
    location = personas.asticude.location
    client.force_login(personas.editor)
    url = reverse("manage:edit", args=["asticude", "location", location.pk])
    client.post(url, fill(read_form(client.get(url).content), is_sensitive="on"))
    service_page = personas.asticude.service.get_absolute_url()
    assert location.address_fr in visit(service_page).text

    approve_all(client, personas)

    location.refresh_from_db()
    assert location.is_sensitive
    assert location.address_fr not in visit(service_page).text


def test_a_project_with_objectives_partners_and_achievement(client, personas, visit):
    project = ProjectFactory(achievement=40)
    ObjectiveFactory(project=project, position=1, text_fr="Former 20 médiatrices")
    Participation.objects.create(
        project=project,
        organization=personas.asticude.organization,
        role=Participation.Role.LEAD,
    )
    client.force_login(personas.editor)
    url = reverse("manage:edit", args=["asticude", "project", project.pk])
    values = read_form(client.get(url).content)
    assert values["objectives-0-text_fr"] == ["Former 20 médiatrices"]

    client.post(
        url,
        fill(
            values,
            achievement="75",
            achievement_on="2026-10-31",
            partners="Autre association\n",
            **{"objectives-1-text_fr": "Ouvrir une permanence", "objectives-1-position": "2"},
        ),
    )
    approve_all(client, personas)

    project.refresh_from_db()
    assert project.achievement == 75
    assert [objective.text_fr for objective in project.objectives.all()] == [
        "Former 20 médiatrices",
        "Ouvrir une permanence",
    ]
    partners = project.participations.filter(role=Participation.Role.PARTNER)
    assert [link.organization for link in partners] == [personas.other.organization]
    assert "75" in visit(project.get_absolute_url()).text


def test_an_unknown_partner_is_named_in_the_error_and_the_text_is_kept(client, personas):
    project = ProjectFactory()
    Participation.objects.create(
        project=project,
        organization=personas.asticude.organization,
        role=Participation.Role.LEAD,
    )
    client.force_login(personas.editor)
    url = reverse("manage:edit", args=["asticude", "project", project.pk])

    response = client.post(
        url, fill(read_form(client.get(url).content), partners="Association inconnue")
    )

    assert response.status_code == 200
    assert "Association inconnue" in response.content.decode()
    assert read_form(response.content)["partners"] == ["Association inconnue"]
    assert ChangeRequest.objects.count() == 0


def test_a_projects_participant_that_is_not_its_lead_cannot_edit_it(client, personas):
    project = ProjectFactory()
    Participation.objects.create(
        project=project,
        organization=personas.asticude.organization,
        role=Participation.Role.PARTNER,
    )
    client.force_login(personas.editor)

    response = client.get(reverse("manage:edit", args=["asticude", "project", project.pk]))

    assert response.status_code == 404


def jpeg_with_gps():
    exif = Image.Exif()
    exif.get_ifd(0x8825)[2] = (35.0, 46.0, 12.0)
    output = io.BytesIO()
    Image.new("RGB", (900, 600), "teal").save(output, format="JPEG", exif=exif.tobytes())
    return output.getvalue()


def test_an_uploaded_logo_is_stored_without_metadata_and_used_only_once_approved(
    client, personas, settings, tmp_path
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(personas.editor)
    url = reverse("manage:edit_profile", args=["asticude"])
    values = read_form(client.get(url).content)

    client.post(url, {**values, "logo": SimpleUploadedFile("logo.jpg", jpeg_with_gps())})

    change = ChangeRequest.objects.get()
    stored = change.uploads["logo"]
    with default_storage.open(stored) as file, Image.open(file) as image:
        assert image.format == "WEBP" and not image.getexif()
    personas.asticude.organization.refresh_from_db()
    assert not personas.asticude.organization.logo
    approve_all(client, personas)
    personas.asticude.organization.refresh_from_db()
    assert personas.asticude.organization.logo.name == stored


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("logo.png", b"GIF89a<html><script>alert(1)</script></html>"),
        ("logo.jpg", jpeg_with_gps()[:400]),
        ("logo.png", b""),
    ],
    ids=["svg", "polyglot", "truncated", "empty"],
)
def test_a_bad_upload_is_refused_with_a_message_and_the_typed_text_is_kept(
    client, personas, settings, tmp_path, name, data
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(personas.editor)
    url = reverse("manage:edit_profile", args=["asticude"])
    values = fill(read_form(client.get(url).content), summary_fr="Texte tapé à garder")

    response = client.post(url, {**values, "logo": SimpleUploadedFile(name, data)})

    assert response.status_code == 200
    page = Page(response)
    assert page.root.find(cls="field-error") is not None
    assert read_form(response.content)["summary_fr"] == ["Texte tapé à garder"]
    assert ChangeRequest.objects.count() == 0
    assert not list(tmp_path.rglob("*.*"))


def test_a_proposed_organization_is_created_with_its_proposer_as_owner(client, personas, visit):
    client.force_login(personas.other_editor)
    url = reverse("manage:propose_organization")
    client.post(
        url,
        fill(
            read_form(client.get(url).content),
            name_fr="Jeunes de Bni Makada",
            name_ar="شباب بني مكادة",
        ),
    )
    assert not Organization.objects.filter(name_fr="Jeunes de Bni Makada").exists()

    approve_all(client, personas)

    organization = Organization.objects.get(name_fr="Jeunes de Bni Makada")
    assert organization.slug == "jeunes-de-bni-makada"
    assert organization.status == "published"
    membership = Membership.objects.get(organization=organization)
    assert (membership.user, membership.role) == (personas.other_editor, Membership.Role.OWNER)
    visit(organization.get_absolute_url())


def test_the_dashboard_lists_each_organization_with_its_waiting_and_refused_changes(
    client, personas
):
    second = OrganizationFactory(slug="second", name_fr="Deuxième association")
    Membership.objects.create(user=personas.editor, organization=second)
    client.force_login(personas.editor)
    url = reverse("manage:edit", args=["asticude", "news", personas.asticude.news.pk])
    client.post(url, fill(read_form(client.get(url).content), title_fr="En attente"))

    page = Page(client.get(reverse("manage:dashboard")))

    cards = page.root.find_all("li", cls="card")
    assert [card.find("h2").text for card in cards] == ["ASTICUDE", "Deuxième association"]
    assert "1" in cards[0].text and "0" in cards[1].text


@pytest.mark.parametrize("records", [1, 6])
def test_manage_pages_run_a_constant_number_of_queries(
    client, personas, django_assert_num_queries, records
):
    from tests.factories import NewsItemFactory, ServiceFactory

    for _number in range(records - 1):
        ServiceFactory(organization=personas.asticude.organization)
        NewsItemFactory(organization=personas.asticude.organization)
    client.force_login(personas.editor)
    client.get(reverse("manage:dashboard"))  # the session is read once, outside the count

    # These pages read no taxonomy: the footer's emergency numbers read its version once.
    with django_assert_num_queries(9 + SESSION_READ):
        client.get(reverse("manage:dashboard"))
    # The overview, and what residents will miss: locations, phones, services, their hours
    # and their locations' hours (curation/completeness.py); the versions, for the footer; a
    # query for each section of records (locations, services, news, needs and offers,
    # partnerships, projects).
    with django_assert_num_queries(18 + SESSION_READ):
        client.get(reverse("manage:organization", args=["asticude"]))
    client.force_login(personas.coordinator)
    client.get(reverse("manage:dashboard"))
    # The desk: a count for each line (templatetags/moderation.py).
    with django_assert_num_queries(DESK_QUERIES + SESSION_READ):
        client.get(reverse("manage:dashboard"))


def test_contact_channels_are_edited_with_the_profile_and_with_a_service(client, personas, visit):
    client.force_login(personas.editor)
    profile = reverse("manage:edit_profile", args=["asticude"])
    client.post(
        profile,
        fill(
            read_form(client.get(profile).content),
            **{"channels-0-kind": "whatsapp", "channels-0-value": "+212 661 23 45 67"},
        ),
    )
    service = personas.asticude.service
    service_url = reverse("manage:edit", args=["asticude", "service", service.pk])
    client.post(
        service_url,
        fill(
            read_form(client.get(service_url).content),
            **{"channels-0-kind": "phone", "channels-0-value": "0539 94 12 12"},
        ),
    )

    approve_all(client, personas)

    organization = personas.asticude.organization
    assert {(c.kind, c.service) for c in organization.channels.all()} == {
        ("whatsapp", None),
        ("phone", service),
    }
    assert 'href="tel:0539941212"' in visit(service.get_absolute_url()).html


@pytest.mark.parametrize(
    ("kind", "value"),
    [("website", "javascript:alert(1)"), ("phone", "12"), ("email", "not-an-address")],
)
def test_a_contact_channel_must_be_usable_as_a_link_of_its_kind(client, personas, kind, value):
    client.force_login(personas.editor)
    profile = reverse("manage:edit_profile", args=["asticude"])
    values = fill(
        read_form(client.get(profile).content),
        **{"channels-0-kind": kind, "channels-0-value": value},
    )

    response = client.post(profile, values)

    assert response.status_code == 200
    assert read_form(response.content)["channels-0-value"] == [value]
    assert ChangeRequest.objects.count() == 0


def test_the_place_list_offers_the_organizations_regions_and_tangiers(client, personas, tangier):
    from tests.factories import CommuneFactory, ProvinceFactory, RegionFactory

    oriental = RegionFactory(code="02", slug="oriental")
    nador = CommuneFactory(
        parent=ProvinceFactory(parent=oriental, code="02.381", slug="nador"),
        code="02.381.01.0",
        slug="nador-commune",
    )
    far_away = CommuneFactory(
        parent=ProvinceFactory(
            parent=RegionFactory(code="09", slug="souss-massa"), code="09.001", slug="agadir"
        ),
        code="09.001.01.0",
        slug="agadir-commune",
    )
    location = personas.asticude.location
    location.place = nador
    location.save()
    client.force_login(personas.editor)

    page = Page(client.get(reverse("manage:new", args=["asticude", "location"])))

    offered = {option.get("value") for option in page.root.find("select").find_all("option")}
    assert {str(nador.pk), str(tangier.bni_makada.pk), str(tangier.medina.pk)} <= offered
    assert str(far_away.pk) not in offered


def stored_files(root):
    return sorted(path.relative_to(root).as_posix() for path in root.rglob("*.*"))


def post_with_image(client, url, field, name="image.jpg"):
    values = read_form(client.get(url).content)
    return client.post(url, {**values, field: SimpleUploadedFile(name, jpeg_with_gps())})


def test_the_images_of_a_refused_or_withdrawn_draft_are_deleted(
    client, personas, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(personas.editor)
    post_with_image(client, reverse("manage:edit_profile", args=["asticude"]), "logo")
    news = personas.asticude.news
    post_with_image(client, reverse("manage:edit", args=["asticude", "news", news.pk]), "photo")
    profile_draft = ChangeRequest.objects.get(content_type__model="organization")
    news_draft = ChangeRequest.objects.get(content_type__model="newsitem")
    assert len(stored_files(tmp_path)) == 6  # each image with its 160 and 800 px copies

    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("manage:withdraw", args=["asticude", news_draft.pk]))
    client.force_login(personas.coordinator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("manage:review", args=[profile_draft.pk]),
            {"decision": "refuse", "reason": "Le logo est flou."},
        )

    assert stored_files(tmp_path) == []
    profile_draft.refresh_from_db()
    news_draft.refresh_from_db()
    assert (profile_draft.status, profile_draft.uploads) == (ChangeRequest.Status.REFUSED, {})
    assert (news_draft.status, news_draft.uploads) == (ChangeRequest.Status.WITHDRAWN, {})


def test_a_new_upload_to_a_draft_deletes_the_one_it_replaces(
    client, personas, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    client.force_login(personas.editor)
    url = reverse("manage:edit_profile", args=["asticude"])
    post_with_image(client, url, "logo")
    first = ChangeRequest.objects.get().uploads["logo"]

    with django_capture_on_commit_callbacks(execute=True):
        post_with_image(client, url, "logo")

    second = ChangeRequest.objects.get().uploads["logo"]
    assert second != first
    assert stored_files(tmp_path) == sorted(
        [second, second.replace(".webp", ".160.webp"), second.replace(".webp", ".800.webp")]
    )


def test_an_approved_logo_deletes_the_one_it_replaces_with_its_copies(
    client, personas, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.MEDIA_ROOT = tmp_path
    organization = personas.asticude.organization
    url = reverse("manage:edit_profile", args=["asticude"])

    def upload_and_approve():
        client.force_login(personas.editor)
        post_with_image(client, url, "logo")
        with django_capture_on_commit_callbacks(execute=True):
            approve_all(client, personas)
        organization.refresh_from_db()
        return organization.logo.name

    old = upload_and_approve()
    assert len(stored_files(tmp_path)) == 3
    new = upload_and_approve()

    assert new != old
    assert stored_files(tmp_path) == sorted(
        [new, new.replace(".webp", ".160.webp"), new.replace(".webp", ".800.webp")]
    )
