"""Factories for the suite's data: every translated field is set per language (name_fr,
name_ar, name_en), so a test says which language a text exists in.
"""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from directory.taxonomy.models import Audience, Country, Language, Place, PublicationStatus, Theme
from organizations.models import (
    ContactChannel,
    Exchange,
    Location,
    NewsItem,
    OpeningHours,
    Organization,
    Partnership,
    Service,
)
from projects.models import Beneficiaries, Objective, Participation, Project

PUBLISHED = PublicationStatus.PUBLISHED


class ThemeFactory(DjangoModelFactory):
    class Meta:
        model = Theme

    slug = factory.Sequence(lambda n: f"theme-{n}")
    name_fr = factory.Sequence(lambda n: f"Thème {n}")
    name_ar = factory.Sequence(lambda n: f"موضوع {n}")
    name_en = factory.Sequence(lambda n: f"Theme {n}")
    parent = None
    position = factory.Sequence(lambda n: n % 1000)


class AudienceFactory(DjangoModelFactory):
    class Meta:
        model = Audience

    slug = factory.Sequence(lambda n: f"audience-{n}")
    name_fr = factory.Sequence(lambda n: f"Public {n}")
    name_ar = factory.Sequence(lambda n: f"فئة {n}")
    name_en = factory.Sequence(lambda n: f"Audience {n}")
    position = factory.Sequence(lambda n: n % 1000)


class LanguageFactory(DjangoModelFactory):
    class Meta:
        model = Language

    code = factory.Sequence(lambda n: f"l{n}")
    name_fr = factory.Sequence(lambda n: f"Langue {n}")
    name_ar = factory.Sequence(lambda n: f"لغة {n}")
    name_en = factory.Sequence(lambda n: f"Language {n}")
    position = factory.Sequence(lambda n: n % 1000)


class CountryFactory(DjangoModelFactory):
    class Meta:
        model = Country

    code = factory.Sequence(lambda n: f"{chr(65 + n // 26 % 26)}{chr(65 + n % 26)}")
    name_fr = factory.Sequence(lambda n: f"Pays {n}")
    name_ar = factory.Sequence(lambda n: f"بلد {n}")
    name_en = factory.Sequence(lambda n: f"Country {n}")


class PlaceFactory(DjangoModelFactory):
    """A place whose ancestor links (region ... arrondissement) follow its parent's, itself
    included at its own level, as Place's docstring explains."""

    class Meta:
        model = Place

    kind = Place.Kind.COMMUNE
    code = factory.Sequence(lambda n: f"99.{n:04}")
    slug = factory.Sequence(lambda n: f"place-{n}")
    name_fr = factory.Sequence(lambda n: f"Lieu {n}")
    name_ar = factory.Sequence(lambda n: f"مكان {n}")
    name_en = factory.Sequence(lambda n: f"Place {n}")
    parent = None

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        parent = kwargs.get("parent")
        for level in Place.Kind.values:
            kwargs.setdefault(level, getattr(parent, level) if parent else None)
        place = super()._create(model_class, *args, **kwargs)
        setattr(place, place.kind, place)
        place.save(update_fields=[place.kind])
        return place


class RegionFactory(PlaceFactory):
    kind = Place.Kind.REGION


class ProvinceFactory(PlaceFactory):
    kind = Place.Kind.PROVINCE
    parent = factory.SubFactory(RegionFactory)


class CommuneFactory(PlaceFactory):
    kind = Place.Kind.COMMUNE
    parent = factory.SubFactory(ProvinceFactory)


class ArrondissementFactory(PlaceFactory):
    kind = Place.Kind.ARRONDISSEMENT
    parent = factory.SubFactory(CommuneFactory)


class OrganizationFactory(DjangoModelFactory):
    class Meta:
        model = Organization
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"organization-{n}")
    name_fr = factory.Sequence(lambda n: f"Association {n}")
    name_ar = factory.Sequence(lambda n: f"جمعية {n}")
    name_en = factory.Sequence(lambda n: f"Association {n} (en)")
    summary_fr = factory.Sequence(lambda n: f"Résumé de l'association {n}")
    summary_ar = factory.Sequence(lambda n: f"ملخص الجمعية {n}")
    summary_en = factory.Sequence(lambda n: f"Summary of association {n}")
    kind = Organization.Kind.ASSOCIATION
    status = PUBLISHED
    last_verified_on = datetime.date(2025, 3, 14)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            self.languages.set(extracted)

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            self.countries.set(extracted)


class LocationFactory(DjangoModelFactory):
    class Meta:
        model = Location

    organization = factory.SubFactory(OrganizationFactory)
    name_fr = factory.Sequence(lambda n: f"Local {n}")
    name_ar = factory.Sequence(lambda n: f"مقر {n}")
    name_en = factory.Sequence(lambda n: f"Office {n}")
    address_fr = factory.Sequence(lambda n: f"{n} rue de la Liberté")
    address_ar = factory.Sequence(lambda n: f"{n} شارع الحرية")
    address_en = factory.Sequence(lambda n: f"{n} Liberty street")
    place = factory.SubFactory(ArrondissementFactory)
    phone = "+212 539 00 00 00"
    is_sensitive = False


class ServiceFactory(DjangoModelFactory):
    class Meta:
        model = Service
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    slug = factory.Sequence(lambda n: f"service-{n}")
    name_fr = factory.Sequence(lambda n: f"Permanence {n}")
    name_ar = factory.Sequence(lambda n: f"خدمة {n}")
    name_en = factory.Sequence(lambda n: f"Help desk {n}")
    summary_fr = factory.Sequence(lambda n: f"Résumé du service {n}")
    summary_ar = factory.Sequence(lambda n: f"ملخص الخدمة {n}")
    summary_en = factory.Sequence(lambda n: f"Summary of service {n}")
    is_free = True
    status = PUBLISHED
    last_verified_on = datetime.date(2025, 3, 14)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            self.languages.set(extracted)

    @factory.post_generation
    def locations(self, create, extracted, **kwargs):
        if create and extracted:
            self.locations.set(extracted)


class OpeningHoursFactory(DjangoModelFactory):
    class Meta:
        model = OpeningHours

    location = factory.SubFactory(LocationFactory)
    service = None
    weekday = OpeningHours.Weekday.MONDAY
    opens = datetime.time(9, 0)
    closes = datetime.time(17, 0)


class ContactChannelFactory(DjangoModelFactory):
    class Meta:
        model = ContactChannel

    organization = factory.SubFactory(OrganizationFactory)
    service = None
    kind = ContactChannel.Kind.PHONE
    value = factory.Sequence(lambda n: f"+212 539 {n % 100:02} 00 00")
    label_fr = ""
    label_ar = ""
    label_en = ""
    position = factory.Sequence(lambda n: n % 1000)


class PartnershipFactory(DjangoModelFactory):
    class Meta:
        model = Partnership

    organization = factory.SubFactory(OrganizationFactory)
    partner = factory.SubFactory(OrganizationFactory)
    kind = Partnership.Kind.PARTNERSHIP
    signed_on = datetime.date(2020, 1, 15)


class ProjectFactory(DjangoModelFactory):
    class Meta:
        model = Project
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"project-{n}")
    title_fr = factory.Sequence(lambda n: f"Projet {n}")
    title_ar = factory.Sequence(lambda n: f"مشروع {n}")
    title_en = factory.Sequence(lambda n: f"Project {n}")
    summary_fr = factory.Sequence(lambda n: f"Résumé du projet {n}")
    summary_ar = factory.Sequence(lambda n: f"ملخص المشروع {n}")
    summary_en = factory.Sequence(lambda n: f"Summary of project {n}")
    kind = Project.Kind.PROJECT
    progress = Project.Progress.ONGOING
    start_date = factory.Sequence(lambda n: datetime.date(2015, 1, 1) + datetime.timedelta(n))
    status = PUBLISHED

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def audiences(self, create, extracted, **kwargs):
        if create and extracted:
            self.audiences.set(extracted)

    @factory.post_generation
    def regions(self, create, extracted, **kwargs):
        if create and extracted:
            self.regions.set(extracted)

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            self.countries.set(extracted)


class ParticipationFactory(DjangoModelFactory):
    class Meta:
        model = Participation

    project = factory.SubFactory(ProjectFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = Participation.Role.LEAD


class ObjectiveFactory(DjangoModelFactory):
    class Meta:
        model = Objective

    project = factory.SubFactory(ProjectFactory)
    position = factory.Sequence(lambda n: n % 1000)
    text_fr = factory.Sequence(lambda n: f"Objectif {n}")
    text_ar = factory.Sequence(lambda n: f"هدف {n}")
    text_en = factory.Sequence(lambda n: f"Objective {n}")


class BeneficiariesFactory(DjangoModelFactory):
    class Meta:
        model = Beneficiaries

    project = factory.SubFactory(ProjectFactory)
    count = 40
    audience = factory.SubFactory(AudienceFactory)
    women = 37


class NewsItemFactory(DjangoModelFactory):
    class Meta:
        model = NewsItem

    organization = factory.SubFactory(OrganizationFactory)
    project = None
    slug = factory.Sequence(lambda n: f"news-{n}")
    published_on = factory.Sequence(
        lambda n: datetime.date(2024, 1, 1) + datetime.timedelta(days=n % 700)
    )
    title_fr = factory.Sequence(lambda n: f"Nouvelle {n}")
    title_ar = factory.Sequence(lambda n: f"خبر {n}")
    title_en = factory.Sequence(lambda n: f"News {n}")
    summary_fr = factory.Sequence(lambda n: f"Résumé de la nouvelle {n}")
    summary_ar = ""
    summary_en = ""
    body_fr = factory.Sequence(lambda n: f"Texte de la nouvelle {n}")
    body_ar = ""
    body_en = ""
    status = PUBLISHED


class ExchangeFactory(DjangoModelFactory):
    """A published need, listed for a month from today, unless told otherwise."""

    class Meta:
        model = Exchange
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory)
    slug = factory.Sequence(lambda n: f"need-{n}")
    kind = Exchange.Kind.NEED
    category = Exchange.Category.PARTNER
    title_fr = factory.Sequence(lambda n: f"Besoin {n}")
    title_ar = factory.Sequence(lambda n: f"حاجة {n}")
    title_en = factory.Sequence(lambda n: f"Need {n}")
    description_fr = factory.Sequence(lambda n: f"Description du besoin {n}")
    description_ar = ""
    description_en = ""
    ends_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))
    contact_language = "fr"
    status = PUBLISHED

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)

    @factory.post_generation
    def places(self, create, extracted, **kwargs):
        if create and extracted:
            self.places.set(extracted)

    @factory.post_generation
    def countries(self, create, extracted, **kwargs):
        if create and extracted:
            self.countries.set(extracted)

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if create and extracted:
            self.languages.set(extracted)


# --- Accounts ------------------------------------------------------------------------------


class UserFactory(DjangoModelFactory):
    """A person with an account; their password is "dalil-demo" unless given."""

    class Meta:
        model = "auth.User"
        django_get_or_create = ("username",)
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("dalil-demo")


class MembershipFactory(DjangoModelFactory):
    class Meta:
        model = "organizations.Membership"

    user = factory.SubFactory(UserFactory)
    organization = factory.SubFactory(OrganizationFactory)
    role = "editor"


def _digest(token):
    from organizations.models import Invitation

    return Invitation.digest(token)


class InvitationFactory(DjangoModelFactory):
    """An invitation whose link holds `token` (a parameter: only its digest is stored)."""

    class Meta:
        model = "organizations.Invitation"

    class Params:
        token = factory.Sequence(lambda n: f"invitation-token-{n}")

    organization = factory.SubFactory(OrganizationFactory)
    email = factory.Sequence(lambda n: f"invited-{n}@example.org")
    role = "editor"
    token_digest = factory.LazyAttribute(lambda invitation: _digest(invitation.token))
    expires_at = factory.LazyFunction(
        lambda: datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=14)
    )


class ClaimFactory(DjangoModelFactory):
    class Meta:
        model = "organizations.Claim"

    organization = factory.SubFactory(OrganizationFactory)
    name = factory.Sequence(lambda n: f"Person {n}")
    email = factory.Sequence(lambda n: f"claimant-{n}@example.org")
    position = "Présidente"
    message = "Appelez le bureau au +212 539 00 00 00."
