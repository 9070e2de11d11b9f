from modeltranslation.translator import TranslationOptions, register

from .models import ContactChannel, Location, NewsItem, Organization, Partnership, Service


@register(Organization)
class OrganizationTranslation(TranslationOptions):
    fields = ["name", "summary", "description", "mission"]


@register(Location)
class LocationTranslation(TranslationOptions):
    fields = ["name", "address", "hours_note", "accessibility"]


@register(Service)
class ServiceTranslation(TranslationOptions):
    fields = ["name", "summary", "description", "eligibility", "how_to_access", "fees"]


@register(ContactChannel)
class ContactChannelTranslation(TranslationOptions):
    fields = ["label"]


@register(Partnership)
class PartnershipTranslation(TranslationOptions):
    fields = ["description"]


@register(NewsItem)
class NewsItemTranslation(TranslationOptions):
    fields = ["title", "summary", "body"]
