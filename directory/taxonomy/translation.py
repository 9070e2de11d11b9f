from modeltranslation.translator import TranslationOptions, register

from .models import Audience, Country, Hotline, Language, Place, PublicHoliday, Theme


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ["name", "synonyms"]


@register(Audience)
class AudienceTranslation(TranslationOptions):
    fields = ["name", "synonyms"]


@register(Place)
class PlaceTranslation(TranslationOptions):
    fields = ["name"]


@register(Country)
class CountryTranslation(TranslationOptions):
    fields = ["name"]


@register(Language)
class LanguageTranslation(TranslationOptions):
    fields = ["name"]


@register(PublicHoliday)
class PublicHolidayTranslation(TranslationOptions):
    fields = ["name"]


@register(Hotline)
class HotlineTranslation(TranslationOptions):
    fields = ["name"]
