from modeltranslation.translator import TranslationOptions, register
from simple_history import register as simple_history_register

from .models import (
    ContactChannel,
    Exchange,
    Location,
    NewsItem,
    Organization,
    Partnership,
    Service,
)


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


@register(Exchange)
class ExchangeTranslation(TranslationOptions):
    fields = ["title", "description"]


@register(NewsItem)
class NewsItemTranslation(TranslationOptions):
    fields = ["title", "summary", "body"]


# History of every saved state, registered here rather than in models.py: the historical
# models must be built after modeltranslation has added the _ar/_fr/_en columns.
for model in (Organization, Location, Service, NewsItem, Exchange):
    simple_history_register(model, app="organizations", excluded_fields=["version"])
