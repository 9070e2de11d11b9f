"""Translated content: which language a text is shown in, and which columns hold it.

django-modeltranslation stores each translated field in one column per language
(name_ar, name_fr, name_en). When the visitor's language has no text, the page shows
another language's text and marks it with its own `lang` so screen readers and
browsers read it right.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language, get_language_info, pgettext

RTL_LANGUAGES = {"ar"}


@dataclass(frozen=True)
class Passage:
    text: str
    lang: str
    is_fallback: bool

    @property
    def dir(self):
        return "rtl" if self.lang in RTL_LANGUAGES else "ltr"

    @property
    def language_name(self):
        return get_language_info(self.lang)["name_local"]

    def __str__(self):
        return self.text


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def translated_columns(*fields):
    """The per-language columns of translated fields: name_ar, name_fr, name_en, ..."""
    return [f"{field}_{code}" for field in fields for code in language_codes()]


def fallback_order(language=None):
    """The visitor's language first, then the others in the configured fallback order."""
    language = (language or get_language() or settings.LANGUAGE_CODE)[:2]
    fallbacks = settings.MODELTRANSLATION_FALLBACK_LANGUAGES["default"]
    return [language, *[code for code in fallbacks if code != language]]


def passage(obj, field, language=None):
    """`obj.field` in the visitor's language, or else in the first language that has it."""
    order = fallback_order(language)
    for code in order:
        text = getattr(obj, f"{field}_{code}", None)
        if text:
            return Passage(text=text, lang=code, is_fallback=code != order[0])
    return Passage(text="", lang=order[0], is_fallback=False)


def in_active_language(field):
    """An expression for sorting by a translated field as the visitor reads it."""
    columns = [NullIf(f"{field}_{code}", Value("")) for code in fallback_order()]
    return Coalesce(*columns, output_field=TextField())


def list_separator():
    """What goes between the items of a list in the active language: ", ", or "، " in Arabic."""
    return pgettext("between the names of a list", ", ")


def join_list(items):
    """Items as a list reads in the active language: "a, b", "أ، ب"; empty items left out."""
    return list_separator().join(str(item) for item in items if item)
