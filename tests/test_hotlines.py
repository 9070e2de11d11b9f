"""Morocco's emergency numbers and national hotlines: kept by coordinators in the admin, each
with its source, listed in every page's footer and, with their sources, on the home page,
from the catalogue each process holds (no query of their own)."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.urls import reverse

from directory.taxonomy.models import Hotline
from organizations.rules import COORDINATORS
from tests.factories import ServiceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def police():
    return Hotline.objects.create(
        name_fr="Police",
        name_ar="الشرطة",
        name_en="Police",
        number="19",
        source="Challenge.ma, août 2022",
        source_url="https://www.challenge.ma/numeros-urgence/",
        position=1,
    )


@pytest.fixture
def samu():
    return Hotline.objects.create(
        name_fr="Aide médicale urgente (SAMU)",
        name_ar="المساعدة الطبية الاستعجالية",
        name_en="Emergency medical help",
        number="141",
        source="Ministère de la Santé, communiqué du 7 avril 2020",
        position=2,
    )


def footer_numbers(page):
    """(name, tel: href) of each emergency number in the page's footer."""
    footer = page.root.find("footer", cls="site-footer")
    return [
        (link.find("span", cls="hotline-name").text, link.get("href"))
        for link in footer.find_all("a", cls="hotline")
    ]


def test_every_page_footer_lists_the_emergency_numbers_as_call_links(visit, police, samu):
    service = ServiceFactory()

    for url in ["/fr/", service.get_absolute_url(), "/fr/news/", "/fr/about/", "/fr/nowhere/"]:
        page = visit(url, status=404 if url == "/fr/nowhere/" else 200)
        assert footer_numbers(page) == [
            ("Police", "tel:19"),
            ("Aide médicale urgente (SAMU)", "tel:141"),
        ], url


def test_the_footer_speaks_the_pages_language(visit, police):
    page = visit("/ar/")

    assert footer_numbers(page) == [("الشرطة", "tel:19")]


def test_the_home_page_gives_each_number_with_its_source(visit, police, samu):
    page = visit("/fr/")

    section = page.root.find("section", id="hotlines")
    items = section.find("ul", cls="hotline-list").find_all("li")
    assert [item.find("a", cls="hotline").get("href") for item in items] == ["tel:19", "tel:141"]
    police_source = items[0].find("small", cls="hotline-source")
    assert police_source.text == "Challenge.ma, août 2022"
    assert police_source.find("a").get("href") == "https://www.challenge.ma/numeros-urgence/"
    assert items[1].find("small", cls="hotline-source").text == (
        "Ministère de la Santé, communiqué du 7 avril 2020"
    )
    footer = page.root.find("footer", cls="site-footer")
    assert "/fr/#hotlines" in [a.get("href") for a in footer.find_all("a")]


def test_the_footer_costs_no_query_on_a_page_that_reads_the_taxonomy(
    client, django_assert_num_queries, settings, tangier
):
    settings.PAGE_CACHE_SECONDS = 0
    url = ServiceFactory().get_absolute_url()
    client.get(url)
    without_numbers = []
    with connection.execute_wrapper(
        lambda execute, *args: without_numbers.append(1) or execute(*args)
    ):
        client.get(url)
    Hotline.objects.create(name_fr="Police", number="19", source="Challenge.ma")
    client.get(url)  # the process reads its catalogue again, once

    with django_assert_num_queries(len(without_numbers)):
        response = client.get(url)

    assert 'href="tel:19"' in response.content.decode()


def test_a_fresh_database_gives_coordinators_the_hotlines_after_one_migrate(db):
    """The test database was made by one `migrate`: the group must already hold the
    permissions of the apps migrated after organizations (the taxonomy, projects)."""
    granted = set(
        Group.objects.get(name=COORDINATORS).permissions.values_list(
            "content_type__app_label", "codename"
        )
    )

    for codename in ["add_hotline", "change_hotline", "delete_hotline", "view_hotline"]:
        assert ("directory", codename) in granted
    assert ("directory", "change_theme") in granted
    assert ("projects", "change_project") in granted


def test_a_coordinator_adds_a_number_in_the_admin_and_pages_show_it_at_once(
    client, visit, personas, police
):
    assert footer_numbers(visit("/fr/")) == [("Police", "tel:19")]  # now in the page cache
    client.force_login(personas.coordinator)

    response = client.post(
        reverse("admin:directory_hotline_add"),
        {
            "name_fr": "Gendarmerie royale",
            "name_ar": "الدرك الملكي",
            "name_en": "Royal Gendarmerie",
            "number": "177",
            "source": "Challenge.ma, août 2022",
            "source_url": "",
            "position": "3",
        },
    )

    assert response.status_code == 302
    assert Hotline.objects.get(number="177").name_fr == "Gendarmerie royale"
    client.logout()
    assert footer_numbers(visit("/fr/")) == [
        ("Police", "tel:19"),
        ("Gendarmerie royale", "tel:177"),
    ]


@pytest.mark.parametrize(
    ("number", "source"),
    [("", "Challenge.ma"), ("19; DROP", "Challenge.ma"), ("15", "")],
    ids=["no number", "not a number", "no source"],
)
def test_a_number_needs_digits_and_a_source(client, personas, number, source):
    client.force_login(personas.coordinator)

    response = client.post(
        reverse("admin:directory_hotline_add"),
        {"name_fr": "Pompiers", "number": number, "source": source, "position": "0"},
    )

    assert response.status_code == 200  # the form again, with its errors
    assert not Hotline.objects.exists()


def test_staff_who_are_not_coordinators_cannot_change_the_numbers(client, personas, police):
    personas.editor.is_staff = True
    personas.editor.save()
    client.force_login(personas.editor)

    response = client.get(reverse("admin:directory_hotline_change", args=[police.pk]))

    assert response.status_code == 403
