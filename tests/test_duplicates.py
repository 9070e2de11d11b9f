"""Organizations listed twice are found by name, phone, email or website, without comparing
every pair."""

import pytest
from django.contrib.admin.models import LogEntry
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from organizations.curation import duplicates
from organizations.curation.duplicates import Reason
from organizations.models import LikelyDuplicate
from tests.factories import (
    ContactChannelFactory,
    LocationFactory,
    OrganizationFactory,
    UserFactory,
)
from tests.pages import Page

pytestmark = pytest.mark.django_db

DUPLICATES = "admin:organizations_likelyduplicate_changelist"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Association Al Amal", "association al-amal"),
        ("Association Al Amal", "ASSOCIATION  AL AMAL!"),
        ("Fondation Orient-Occident", "fondation orient occident"),
        ("جمعية الأمل", "جمعيه الامل"),
        ("جمعيّة الأمل", "جمعية الامل"),
        ("Association Éducation pour tous", "association education pour tous"),
    ],
)
def test_names_fold_to_the_same_key_across_accents_case_and_arabic_forms(first, second):
    assert duplicates.name_key(first) == duplicates.name_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Association Al Amal", "Amal"),
        ("جمعية الأمل", "الأمل"),
        ("Association des femmes de Tanger", "Femmes Tanger"),
    ],
)
def test_common_words_and_the_arabic_article_are_left_out_of_the_core(first, second):
    assert duplicates.core_key(first) == duplicates.core_key(second)


@pytest.mark.parametrize(
    "number",
    ["+212 6 61 23 45 67", "0661234567", "06 61-23.45.67", "00212661234567", "+212 (0)661234567"],
)
def test_phone_numbers_are_compared_in_national_form(number):
    assert duplicates.phone_key(number) == "0661234567"


def test_websites_compare_by_host_and_facebook_pages_by_page():
    key = duplicates.website_key
    assert key("https://www.amal.ma/contact") == key("http://amal.ma") == "amal.ma"
    assert key("amal.ma") == "amal.ma"
    assert key("https://facebook.com/amal.tanger") != key("https://www.facebook.com/other")
    assert key("https://www.facebook.com/amal.tanger/") == key(
        "https://m.facebook.com/amal.tanger"
    )


def reasons_between(first, second):
    for pair in duplicates.likely_duplicates():
        if {pair.first_id, pair.second_id} == {first.pk, second.pk}:
            return pair.reasons
    return []


def organization(name, **fields):
    return OrganizationFactory(name_fr=name, name_ar="", name_en="", **fields)


def test_the_same_name_in_other_spellings_is_a_likely_duplicate():
    latin = organization("Association Al Amal")
    lower = organization("association al-amal")
    arabic = OrganizationFactory(name_fr="Al Amal Tanger", name_ar="جمعية الأمل", name_en="")
    arabic_again = OrganizationFactory(name_fr="Amal", name_ar="جمعيه الامل", name_en="")
    unrelated = organization("Nour")

    assert reasons_between(latin, lower) == [Reason.SAME_NAME]
    assert reasons_between(arabic, arabic_again) == [Reason.SAME_NAME]
    assert reasons_between(latin, unrelated) == []


def test_a_name_without_the_common_words_or_with_a_letter_off_is_a_similar_name():
    full = organization("Association Dar Al Amal")
    short = organization("Dar Amal")
    typo = organization("Association Darr Al Amal")
    other = organization("Association Al Karama")

    assert reasons_between(full, short) == [Reason.SIMILAR_NAME]
    assert reasons_between(full, typo) == [Reason.SIMILAR_NAME]
    assert reasons_between(full, other) == []


def test_the_same_phone_written_differently_is_a_likely_duplicate(tangier):
    first = organization("Horizon")
    second = organization("Espoir")
    ContactChannelFactory(organization=first, kind="phone", value="+212 6 61 23 45 67")
    LocationFactory(organization=second, place=tangier.medina, phone="06 61-23 45 67")

    assert reasons_between(first, second) == [Reason.SAME_PHONE]


def test_the_same_email_or_website_is_a_likely_duplicate():
    first = organization("Horizon", email="Contact@Horizon.ma", website="https://www.horizon.ma/")
    second = organization("Espoir", email="contact@horizon.ma", website="http://horizon.ma/fr")
    third = organization("Lumière")
    ContactChannelFactory(organization=third, kind="email", value="contact@horizon.ma ")

    assert reasons_between(first, second) == [Reason.SAME_EMAIL, Reason.SAME_WEBSITE]
    assert reasons_between(first, third) == [Reason.SAME_EMAIL]


def test_pairs_with_more_reasons_come_first():
    a = organization("Association Al Amal", email="amal@example.org")
    b = organization("association al-amal", email="amal@example.org")
    c = organization("Horizon", email="h@example.org")
    d = organization("Espoir", email="h@example.org")

    pairs = duplicates.likely_duplicates()

    assert [(p.first_id, p.second_id) for p in pairs[:2]] == [(a.pk, b.pk), (c.pk, d.pk)]


def test_a_key_shared_by_many_organizations_makes_no_pairs():
    many = [organization(f"Membre {n}") for n in range(duplicates.MAX_GROUP + 1)]
    for member in many:
        ContactChannelFactory(organization=member, kind="phone", value="0539 00 00 00")

    assert reasons_between(many[0], many[1]) == []


def test_detection_reads_a_fixed_number_of_queries(django_assert_max_num_queries):
    for n in range(30):
        OrganizationFactory(email=f"same-{n % 10}@example.org")

    with django_assert_max_num_queries(3):
        pairs = duplicates.likely_duplicates()

    assert len(pairs) == 10 * 3  # each address shared by three: three pairs


def test_coordinators_see_each_pair_with_its_reasons(client, personas):
    personas.coordinator.is_staff = True
    personas.coordinator.save()
    first = organization("Association Al Amal", email="amal@example.org")
    second = organization("association al-amal", email="amal@example.org")
    client.force_login(personas.coordinator)

    page = client.get(reverse(DUPLICATES)).content.decode()

    assert first.name in page and second.name in page
    reasons = ", ".join(translation.gettext(reason) for reason in ("same name", "same email"))
    assert reasons in page
    assert (
        reverse(
            "admin:organizations_likelyduplicate_merge",
            kwargs={"keep": first.pk, "remove": second.pk},
        )
        in page
    )


def test_others_cannot_see_the_duplicates(client, personas):
    url = reverse(DUPLICATES)
    assert client.get(url).status_code == 302  # to log in
    client.force_login(UserFactory(is_staff=True))
    assert client.get(url).status_code == 403


def test_a_large_directory_finds_its_duplicates_in_the_background(
    client, personas, monkeypatch, run_tasks
):
    OrganizationFactory(name_fr="Association Al Amal")
    OrganizationFactory(name_fr="association al-amal")
    monkeypatch.setattr(duplicates, "SYNC_LIMIT", 0)
    client.force_login(personas.coordinator)

    waiting = client.get(reverse(DUPLICATES)).content.decode()
    run_tasks()
    found = client.get(reverse(DUPLICATES)).content.decode()

    assert "Association Al Amal" not in waiting
    assert "Association Al Amal" in found and "association al-amal" in found


def test_the_stored_list_is_kept_until_found_again(client, personas):
    first = OrganizationFactory(name_fr="Jeunesse Tanger")
    OrganizationFactory(name_fr="jeunesse tanger")
    client.force_login(personas.coordinator)
    client.get(reverse(DUPLICATES))
    OrganizationFactory(name_fr="Femmes du Nord")
    OrganizationFactory(name_fr="femmes du nord")

    kept = client.get(reverse(DUPLICATES)).content.decode()
    client.post(reverse(DUPLICATES), {"refresh": "1"})
    refreshed = client.get(reverse(DUPLICATES)).content.decode()

    assert "Jeunesse Tanger" in kept and "Femmes du Nord" not in kept
    assert "Femmes du Nord" in refreshed
    assert first.name_fr in refreshed


def test_a_merged_organization_leaves_the_stored_list(client, personas):
    keep = OrganizationFactory(name_fr="Espoir Tanger")
    remove = OrganizationFactory(name_fr="espoir tanger")
    client.force_login(personas.coordinator)
    assert remove.name_fr in client.get(reverse(DUPLICATES)).content.decode()

    client.post(
        reverse(
            "admin:organizations_likelyduplicate_merge",
            kwargs={"keep": keep.pk, "remove": remove.pk},
        )
    )

    assert remove.name_fr not in client.get(reverse(DUPLICATES)).content.decode()
    assert not LikelyDuplicate.objects.filter(second=remove.pk).exists()


def test_the_list_outlasts_a_full_cache(client, personas, monkeypatch):
    """The database cache culls at MAX_ENTRIES whatever the timeout: rate limits alone fill it."""
    OrganizationFactory(name_fr="Jeunesse Tanger")
    OrganizationFactory(name_fr="jeunesse tanger")
    client.force_login(personas.coordinator)
    client.get(reverse(DUPLICATES))
    monkeypatch.setattr(duplicates, "SYNC_LIMIT", 0)  # a large directory: no quick rebuild

    for n in range(400):
        cache.set(f"ratelimit:report:{n:032x}", 1, timeout=3600)

    page = client.get(reverse(DUPLICATES)).content.decode()
    assert "Jeunesse Tanger" in page and "jeunesse tanger" in page


def test_a_pair_said_not_the_same_does_not_come_back(client, personas):
    first = OrganizationFactory(name_fr="Jeunesse Tanger")
    second = OrganizationFactory(name_fr="jeunesse tanger")
    OrganizationFactory(name_fr="Femmes du Nord")
    OrganizationFactory(name_fr="femmes du nord")
    client.force_login(personas.coordinator)
    page = Page(client.get(reverse(DUPLICATES)))
    pair = LikelyDuplicate.objects.get(first=first, second=second)
    button = page.root.find("button", name="dismiss", value=str(pair.pk))
    assert button is not None
    merge = reverse(
        "admin:organizations_likelyduplicate_merge", kwargs={"keep": first.pk, "remove": second.pk}
    )
    assert merge in page.html

    client.post(reverse(DUPLICATES), {"dismiss": str(pair.pk)})
    client.post(reverse(DUPLICATES), {"refresh": "1"})
    refreshed = client.get(reverse(DUPLICATES)).content.decode()

    assert merge not in refreshed and "dismiss" in refreshed
    assert "Femmes du Nord" in refreshed
    pair.refresh_from_db()
    assert pair.dismissed_by == personas.coordinator
    assert LogEntry.objects.filter(user=personas.coordinator, object_id=str(first.pk)).exists()


def test_the_list_page_reads_a_fixed_number_of_queries(client, personas):
    client.force_login(personas.coordinator)

    def queries_for(pairs):
        for n in range(pairs):
            OrganizationFactory(name_fr=f"Jumelles {n}")
            OrganizationFactory(name_fr=f"jumelles {n}")
        client.post(reverse(DUPLICATES), {"refresh": "1"})
        with CaptureQueriesContext(connection) as queries:
            page = client.get(reverse(DUPLICATES)).content.decode()
        assert page.count("Jumelles ") >= pairs
        return len(queries)

    assert queries_for(1) == queries_for(4)
