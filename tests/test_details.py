"""Details a resident meets on the way: Arabic lists and addresses use the Arabic comma, an
address names each place once, the WhatsApp message gives the name, the address and the
phone, French puts a non-breaking space before its colons, each language quotes the same
way everywhere, and the words for pregnancy find what is meant for pregnant women."""

import importlib
import re
from urllib.parse import parse_qs, urlsplit

import polib
import pytest
from django.apps import apps
from django.conf import settings

from directory.search import query as search
from directory.search.models import SearchEntry
from tests.factories import (
    AudienceFactory,
    ContactChannelFactory,
    LanguageFactory,
    LocationFactory,
    OrganizationFactory,
    ServiceFactory,
)

pytestmark = pytest.mark.django_db

ARABIC_COMMA = "،"


def whatsapp_message(page):
    link = next(href for href in page.hrefs() if href.startswith("https://wa.me/?text="))
    return parse_qs(urlsplit(link).query)["text"][0]


@pytest.fixture
def rue_70(tangier):
    """An office whose address already names its arrondissement, as residents write it."""
    organization = OrganizationFactory(name_fr="Association Amal", name_ar="جمعية أمل")
    ContactChannelFactory(organization=organization, kind="phone", value="+212 5 39 00 01 02")
    location = LocationFactory(
        organization=organization,
        place=tangier.bni_makada,
        address_fr="Rue 70, n° 55, Bni Makada",
        address_ar="زنقة 70، رقم 55، بني مكادة",
    )
    return location


def test_an_address_names_its_district_once_and_then_its_city(visit, rue_70):
    page = visit(rue_70.organization.get_absolute_url())

    address = page.root.find("address").text
    assert address.count("Bni Makada") == 1
    assert address.endswith("Tanger")


def test_the_whatsapp_message_gives_name_address_once_and_phone(visit, rue_70):
    message = whatsapp_message(visit(rue_70.organization.get_absolute_url()))

    assert message.splitlines()[:3] == [
        "Association Amal",
        "Rue 70, n° 55, Bni Makada, Tanger",
        "Téléphone\u00a0: +212 5 39 00 01 02",
    ]


def test_arabic_addresses_and_whatsapp_text_use_the_arabic_comma(visit, rue_70):
    page = visit(f"/ar/organizations/{rue_70.organization.slug}/")

    message = whatsapp_message(page)
    assert "زنقة 70، رقم 55، بني مكادة، طنجة" in message
    assert "," not in message.split("\n")[1]


def test_arabic_lists_use_the_arabic_comma(visit):
    service = ServiceFactory(
        languages=[
            LanguageFactory(name_ar="العربية", name_fr="Arabe", position=1),
            LanguageFactory(name_ar="الفرنسية", name_fr="Français", position=2),
        ]
    )

    arabic = visit(f"/ar/services/{service.slug}/").text
    french = visit(service.get_absolute_url()).text

    assert "العربية، الفرنسية" in arabic
    assert "Arabe, Français" in french


def test_walking_in_is_said_once_in_every_language(visit):
    service = ServiceFactory()
    ContactChannelFactory(
        organization=service.organization, service=service, kind="walk_in", value=""
    )

    for language, words in [("fr", "sans rendez-vous"), ("ar", "دون موعد"), ("en", "appointment")]:
        page = visit(f"/{language}/services/{service.slug}/")
        assert page.text.count(words) == 1, language


def test_a_search_that_finds_nothing_says_so_once_in_arabic(visit):
    page = visit("/ar/search/?q=زرقلوب")

    assert page.root.find("p", cls="result-count") is None
    assert page.text.count("زرقلوب") == 2  # the search box and the one notice


def catalogue(language):
    return polib.pofile(settings.BASE_DIR / "locale" / language / "LC_MESSAGES" / "django.po")


def translations(entry):
    return [entry.msgstr, *entry.msgstr_plural.values()]


def test_french_puts_a_non_breaking_space_before_colons_and_inside_quotes():
    wrong = [
        text
        for entry in catalogue("fr")
        for text in translations(entry)
        if re.search(r"(?<!\u00a0)[:;?!»]", re.sub(r"https?://", "", text)) or "« " in text
    ]

    assert wrong == []


def test_each_language_quotes_alike_everywhere():
    for language, opening, closing in [("fr", "«\u00a0", "\u00a0»"), ("ar", "«", "»")]:
        quoted = [
            text
            for entry in catalogue(language)
            if "“" in entry.msgid
            for text in translations(entry)
            if text
        ]
        assert quoted, language
        for text in quoted:
            assert opening in text and closing in text and "”" not in text, (language, text)


def test_composed_labels_take_the_languages_colon(client, personas):
    client.force_login(personas.editor)

    page = client.get("/fr/manage/asticude/service/new/").content.decode()

    assert "Création\u00a0: " in page
    assert "Création: " not in page


def test_pregnancy_in_any_language_finds_the_services_for_mothers(tangier):
    mothers = AudienceFactory(
        slug="mothers",
        name_fr="Mères",
        synonyms_ar="حامل, حوامل",
        synonyms_fr="enceinte, femmes enceintes",
        synonyms_en="pregnant",
    )
    check_up = ServiceFactory(name_fr="Suivi de la mère et de l'enfant", audiences=[mothers])
    ServiceFactory(name_fr="Cours de couture")

    for words in ["حامل", "enceinte", "pregnant", "حوامل"]:
        found = {object_id for _kind, object_id, _place in search.find(search.parse(words)).ranked}
        assert found == {check_up.pk}, words


def test_an_earlier_database_gains_the_synonyms_and_its_index_follows(tangier):
    """The data migration adds the words to the demo's rows that are there, and indexes again
    what is tagged with them."""
    migration = importlib.import_module(
        "directory.search.migrations.0005_pregnancy_and_homelessness_synonyms"
    )
    mothers = AudienceFactory(slug="mothers", synonyms_ar="أم, أمهات", synonyms_fr="mère")
    check_up = ServiceFactory(audiences=[mothers])
    assert not search.find(search.parse("حامل")).ranked

    migration.add_synonyms(apps, None)

    mothers.refresh_from_db()
    assert mothers.synonyms_ar.startswith("أم, أمهات, حامل, حوامل")
    assert "enceinte" in mothers.synonyms_fr
    entry = SearchEntry.objects.get(kind="service", object_id=check_up.pk)
    assert "حامل" in entry.terms.split()
    migration.add_synonyms(apps, None)  # twice: no word is added again
    mothers.refresh_from_db()
    assert mothers.synonyms_ar.count("حامل") == 1
