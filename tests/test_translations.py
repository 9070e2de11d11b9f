"""Every interface string is translated, and the committed .mo files match the .po files.

A fresh machine runs the site without GNU gettext, from the compiled catalogues in locale/.
"""

from pathlib import Path

import polib
import pytest
from django.conf import settings

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def catalogue(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language):
    po = catalogue(language)
    assert len(po) > 100, "the catalogue looks empty: run makemessages"
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert untranslated == [], f"{language}: untranslated messages"
    assert fuzzy == [], f"{language}: fuzzy messages"


@pytest.mark.parametrize("language", LANGUAGES)
def test_compiled_catalogue_matches_its_source(language):
    po = catalogue(language)
    mo = polib.mofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.mo"))
    compiled = {(entry.msgctxt, entry.msgid): entry for entry in mo}
    for entry in po.translated_entries():
        key = (entry.msgctxt, entry.msgid)
        assert key in compiled, f"{language}: {entry.msgid!r} missing from django.mo"
        if entry.msgid_plural:
            assert compiled[key].msgstr_plural == entry.msgstr_plural, entry.msgid
        else:
            assert compiled[key].msgstr == entry.msgstr, entry.msgid
    assert len(compiled) == len(po.translated_entries())  # polib keeps the header apart


def test_arabic_catalogue_has_its_six_plural_forms():
    po = catalogue("ar")
    assert "nplurals=6" in po.metadata["Plural-Forms"]
    for entry in po.translated_entries():
        if entry.msgid_plural:
            assert len(entry.msgstr_plural) == 6, entry.msgid
