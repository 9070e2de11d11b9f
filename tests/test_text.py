"""Which language a translated text is shown in (directory/common/text.py)."""

import pytest
from django.utils import translation

from directory.common.text import fallback_order, passage
from tests.factories import OrganizationFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_passage_is_in_the_visitors_language_when_it_has_text():
    theme = ThemeFactory.build(name_ar="صحة", name_fr="Santé", name_en="Health")

    text = passage(theme, "name", "ar")

    assert (text.text, text.lang, text.is_fallback, text.dir) == ("صحة", "ar", False, "rtl")


def test_passage_falls_back_to_french_when_arabic_is_empty():
    theme = ThemeFactory.build(name_ar="", name_fr="Santé", name_en="Health")

    text = passage(theme, "name", "ar")

    assert (text.text, text.lang, text.is_fallback, text.dir) == ("Santé", "fr", True, "ltr")


def test_passage_falls_back_to_english_when_arabic_and_french_are_empty():
    theme = ThemeFactory.build(name_ar=None, name_fr="", name_en="Health")

    text = passage(theme, "name", "ar")

    assert (text.text, text.lang, text.is_fallback) == ("Health", "en", True)


def test_passage_in_english_falls_back_to_french_before_arabic():
    theme = ThemeFactory.build(name_ar="صحة", name_fr="Santé", name_en="")

    assert passage(theme, "name", "en").lang == "fr"


def test_passage_falls_back_to_arabic_when_it_is_the_only_text():
    theme = ThemeFactory.build(name_ar="صحة", name_fr="", name_en="")

    text = passage(theme, "name", "fr")

    assert (text.text, text.lang, text.is_fallback, text.dir) == ("صحة", "ar", True, "rtl")


def test_passage_without_any_text_is_empty_and_not_a_fallback():
    theme = ThemeFactory.build(name_ar="", name_fr="", name_en=None)

    text = passage(theme, "name", "ar")

    assert (text.text, text.is_fallback) == ("", False)


def test_passage_follows_the_active_language_when_none_is_given():
    organization = OrganizationFactory.build(name_ar="جمعية", name_fr="Association", name_en="")

    with translation.override("ar"):
        assert passage(organization, "name").text == "جمعية"
    with translation.override("en"):
        assert passage(organization, "name").lang == "fr"


def test_fallback_order_puts_the_visitors_language_first():
    assert fallback_order("ar") == ["ar", "fr", "en"]
    assert fallback_order("en") == ["en", "fr", "ar"]
    assert fallback_order("fr-ca") == ["fr", "en", "ar"]
