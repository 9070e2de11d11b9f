"""Organizations and what they offer residents: locations, services, contact channels,
opening hours, partnerships and news; and what they seek from and offer each other
(exchanges/models.py, imported at the end).

Texts people read (names, summaries, descriptions, ...) are translated in ar/fr/en with
django-modeltranslation; see translation.py for the list.
"""

import hashlib
import re
import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from directory.common.text import join_list, passage
from directory.search.folding import fold
from directory.taxonomy import opening
from directory.taxonomy.models import PublicationStatus, Versioned


class OrganizationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=PublicationStatus.PUBLISHED)

    def for_listing(self):
        # Themes and audiences: fill_taxonomy(), from the catalogue.
        return self.published().prefetch_related(
            Prefetch(
                "locations",
                queryset=Location.objects.select_related(
                    "place__arrondissement", "place__commune"
                ),
            ),
        )

    def for_detail(self):
        return self.published().with_page_relations()

    def with_page_relations(self):
        """What the organization's page shows besides its own fields (for_detail(), and the
        preview of a draft of its profile, published or not)."""
        # Projects build on organizations: their participations are reached by the reverse
        # relation, without importing the projects app.
        participations = self.model._meta.get_field("participations").related_model.objects
        published = PublicationStatus.PUBLISHED
        # Themes, audiences, languages and countries: fill_taxonomy(), from the catalogue.
        return self.prefetch_related(
            Prefetch(
                "channels",
                queryset=ContactChannel.objects.filter(service=None),
                to_attr="own_channels",
            ),
            Prefetch(
                "locations",
                queryset=Location.objects.select_related(
                    "place__arrondissement", "place__commune", "place__province", "place__region"
                ).prefetch_related("hours"),
            ),
            Prefetch(
                "services",
                queryset=Service.objects.filter(status=published),
                to_attr="public_services",
            ),
            Prefetch(
                "participations",
                queryset=participations.filter(project__status=published)
                .select_related("project")
                .order_by("-project__start_date", "project__title"),
                to_attr="public_participations",
            ),
            Prefetch(
                "news",
                queryset=NewsItem.objects.filter(status=published)[:5],
                to_attr="latest_news",
            ),
            Prefetch(
                "exchanges",
                queryset=Exchange.objects.current().order_by("ends_on", "pk"),
                to_attr="open_exchanges",
            ),
        )


class Organization(Versioned):
    class Kind(models.TextChoices):
        ASSOCIATION = "association", _("association or NGO")
        INTERNATIONAL = "international", _("international organization")
        PUBLIC_BODY = "public", _("public body")
        FOUNDATION = "foundation", _("foundation")
        COOPERATIVE = "cooperative", _("cooperative or social enterprise")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=120, unique=True)
    name = models.CharField(_("name"), max_length=200)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.ASSOCIATION)
    summary = models.CharField(
        _("summary"), max_length=300, blank=True, help_text=_("One sentence: what it does.")
    )
    description = models.TextField(_("description"), blank=True)
    mission = models.TextField(_("mission"), blank=True)
    year_founded = models.PositiveSmallIntegerField(
        _("year founded"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1800), MaxValueValidator(2100)],
    )
    logo = models.ImageField(_("logo"), upload_to="logos/", blank=True)
    photo = models.ImageField(_("photo"), upload_to="photos/", blank=True)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    themes = models.ManyToManyField(
        "directory.Theme", verbose_name=_("themes"), related_name="organizations", blank=True
    )
    audiences = models.ManyToManyField(
        "directory.Audience", verbose_name=_("audiences"), related_name="organizations", blank=True
    )
    countries = models.ManyToManyField(
        "directory.Country",
        verbose_name=_("countries where it works"),
        related_name="organizations",
        blank=True,
    )
    languages = models.ManyToManyField(
        "directory.Language",
        verbose_name=_("languages its staff speak"),
        related_name="organizations",
        blank=True,
    )
    is_example = models.BooleanField(
        _("fictional example"),
        default=False,
        help_text=_("Demo content, shown to visitors as a fictional example."),
    )
    status = models.CharField(
        _("publication status"),
        max_length=16,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
    )
    last_verified_on = models.DateField(_("last verified on"), null=True, blank=True)
    # Freshness (curation/verification.py): when its owners were last asked by email whether
    # the listing is still correct, and since when no one could verify it.
    confirmation_requested_on = models.DateField(
        _("last asked to confirm on"), null=True, blank=True, editable=False
    )
    unverifiable_since = models.DateField(
        _("could not be verified since"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = OrganizationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")
        indexes = [
            # The public listing: published organizations, most recently updated first.
            models.Index(fields=["status", "-updated_at"], name="organization_status_updated"),
            # The desk's count and the monthly requests: published, last verified before ...
            models.Index(
                fields=["status", "last_verified_on"], name="organization_status_checked"
            ),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(year_founded__isnull=True)
                | models.Q(year_founded__gte=1800, year_founded__lte=2100),
                name="organization_year_founded_plausible",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("organizations:detail", kwargs={"slug": self.slug})

    @cached_property
    def partner_links(self):
        """(partnership, the other organization) both ways, published partners only: one query."""
        published = PublicationStatus.PUBLISHED
        links = Partnership.objects.filter(
            Q(organization=self, partner__status=published)
            | Q(partner=self, organization__status=published)
        ).select_related("organization", "partner")
        return [
            (link, link.partner if link.organization_id == self.pk else link.organization)
            for link in links
        ]

    @cached_property
    def contacts(self):
        """How to reach the organization: its own channels with its email and website, then
        each location's phone, each labelled with whose it is (see Contacts).

        Reads the channels and locations for_detail() prefetched; without them, a query each.
        """
        channels = getattr(self, "own_channels", None)
        if channels is None:
            channels = list(self.channels.filter(service=None))
        groups = [organization_group(self, channels), *location_groups(self.locations.all())]
        return Contacts(
            groups=[group for group in groups if group.channels], walk_in=walk_in(channels)
        )


def _names(folded_text, name):
    """Whether the folded text names the place `name`, as whole words."""
    name = fold(name)
    return bool(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded_text) is not None


class LocationQuerySet(models.QuerySet):
    def public(self):
        return self.filter(organization__status=PublicationStatus.PUBLISHED)


class Location(Versioned):
    """A place where an organization receives people.

    A sensitive location (a women's shelter) shows the public only its district and phone,
    never its address or coordinates.
    """

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="locations"
    )
    name = models.CharField(_("name"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=300, blank=True)
    place = models.ForeignKey(
        "directory.Place",
        verbose_name=_("commune or arrondissement"),
        on_delete=models.PROTECT,
        related_name="locations",
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=9,
        decimal_places=6,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    hours_note = models.CharField(
        _("note on opening hours"),
        max_length=300,
        blank=True,
        help_text=_("e.g. closed in August"),
    )
    accessibility = models.CharField(
        _("accessibility"), max_length=300, blank=True, help_text=_("e.g. step-free entrance")
    )
    is_sensitive = models.BooleanField(
        _("sensitive address"),
        default=False,
        help_text=_("Hide the address and position from the public, as for a women's shelter."),
    )

    objects = LocationQuerySet.as_manager()

    class Meta:
        ordering = ["organization", "id"]
        verbose_name = _("location")
        verbose_name_plural = _("locations")

    def __str__(self):
        return self.name or self.address or str(self.place)

    @property
    def district(self):
        """The arrondissement, or else the commune: what a sensitive location may show."""
        return self.place.arrondissement or self.place.commune or self.place

    @property
    def places(self):
        """The district, then its commune when it is another place (Bni Makada, Tanger)."""
        district = self.district
        commune = self.place.commune
        return [district] if commune is None or commune == district else [district, commune]

    def places_beyond_address(self):
        """The places the address does not already name, to write after it: "Rue 70, n° 55,
        Bni Makada" goes on with Tanger, not with Bni Makada again."""
        address = fold(passage(self, "address").text)
        return [place for place in self.places if not _names(address, str(place))]

    @property
    def public_address(self):
        """One line a resident can follow, each place once, or only the district for a
        sensitive location."""
        if self.is_sensitive:
            return str(self.district)
        return join_list([passage(self, "address").text, *self.places_beyond_address()])


class ServiceQuerySet(models.QuerySet):
    def published(self):
        return self.filter(
            status=PublicationStatus.PUBLISHED, organization__status=PublicationStatus.PUBLISHED
        )

    def for_listing(self):
        """What a card shows: the organization, audiences, district, whether it is open now
        (its hours, or its locations') and a phone number (listing_phone)."""
        return (
            self.published()
            .select_related("organization")
            .prefetch_related(
                "audiences",
                "hours",
                Prefetch(
                    "locations",
                    queryset=Location.objects.select_related(
                        "place__arrondissement", "place__commune"
                    ).prefetch_related("hours"),
                ),
                Prefetch(
                    "organization__channels",
                    queryset=ContactChannel.objects.filter(
                        kind__in=[ContactChannel.Kind.PHONE, ContactChannel.Kind.WHATSAPP]
                    ),
                    to_attr="phones",
                ),
            )
        )

    def for_detail(self):
        return (
            self.published()
            .select_related("organization")
            # Themes, audiences and languages: fill_taxonomy(), from the catalogue. Contact
            # channels, the service's and its organization's together: Service.contacts.
            .prefetch_related(
                "hours",
                Prefetch(
                    "locations",
                    queryset=Location.objects.select_related(
                        "place__arrondissement", "place__commune", "place__region"
                    ).prefetch_related("hours"),
                ),
            )
        )

    def for_shortlist(self):
        """What a resident's shortlist shows of each service: its organization, phones,
        addresses and opening hours (organizations/shortlist.py)."""
        phones = [ContactChannel.Kind.PHONE, ContactChannel.Kind.WHATSAPP]
        return (
            self.published()
            .select_related("organization")
            .prefetch_related(
                Prefetch("channels", queryset=ContactChannel.objects.filter(kind__in=phones)),
                "hours",
                Prefetch(
                    "locations",
                    queryset=Location.objects.select_related(
                        "place__arrondissement", "place__commune"
                    ).prefetch_related("hours"),
                ),
                Prefetch(
                    "organization__channels",
                    queryset=ContactChannel.objects.filter(service=None, kind__in=phones),
                    to_attr="own_phones",
                ),
            )
        )


class Service(Versioned):
    """Concrete support an organization offers residents: a legal clinic, a literacy class."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="services",
    )
    slug = models.SlugField(max_length=160, unique=True)
    name = models.CharField(_("name"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    eligibility = models.TextField(_("who can use it"), blank=True)
    how_to_access = models.TextField(_("how to access it"), blank=True)
    is_free = models.BooleanField(_("free of charge"), default=True)
    fees = models.CharField(_("fees"), max_length=300, blank=True)
    themes = models.ManyToManyField(
        "directory.Theme", verbose_name=_("themes"), related_name="services", blank=True
    )
    audiences = models.ManyToManyField(
        "directory.Audience", verbose_name=_("audiences"), related_name="services", blank=True
    )
    languages = models.ManyToManyField(
        "directory.Language",
        verbose_name=_("languages it is delivered in"),
        related_name="services",
        blank=True,
    )
    locations = models.ManyToManyField(
        Location, verbose_name=_("where"), related_name="services", blank=True
    )
    status = models.CharField(
        _("publication status"),
        max_length=16,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
    )
    last_verified_on = models.DateField(_("last verified on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        indexes = [
            # The public listing: published services, most recently updated first.
            models.Index(fields=["status", "-updated_at"], name="service_status_updated"),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("services:detail", kwargs={"slug": self.slug})

    @property
    def effective_hours(self):
        """Its own opening hours, or else those of the places it is given at (prefetched)."""
        return list(self.hours.all()) or [
            period for location in self.locations.all() for period in location.hours.all()
        ]

    @property
    def listing_phone(self):
        """The number a card shows: the service's own, its location's, or its organization's.

        Reads what for_listing() prefetched: (number, tel: link) or None.
        """
        phones = getattr(self.organization, "phones", [])
        for channel in phones:
            if channel.service_id == self.pk:
                return channel.value, channel.href
        for location in self.locations.all():
            if location.phone:
                return location.phone, f"tel:{dialable(location.phone)}"
        for channel in phones:
            if channel.service_id is None:
                return channel.value, channel.href
        return None

    @cached_property
    def contacts(self):
        """Whom a resident calls about this service, labelled with whose number it is: the
        service's own channels, else its locations' phones, else its organization's channels
        (with its email and website). See Contacts.

        One query reads the service's channels and its organization's own together; the
        locations and the organization are those for_detail() loaded.
        """
        channels = ContactChannel.objects.filter(organization_id=self.organization_id).filter(
            Q(service=None) | Q(service=self)
        )
        own = [channel for channel in channels if channel.service_id == self.pk]
        organization = [channel for channel in channels if channel.service_id is None]
        return self.contacts_from(own, organization)

    def contacts_from(self, own, organization):
        """Contacts from the service's own channels and its organization's (see contacts)."""
        groups = [ContactGroup(gettext("This service"), reachable(own))]
        if not groups[0].channels:
            groups = location_groups(self.locations.all())
        if not groups:
            groups = [organization_group(self.organization, organization)]
        return Contacts(groups=[group for group in groups if group.channels], walk_in=walk_in(own))


class OpeningHours(models.Model):
    """One opening period on one weekday, for a service or a location.

    Seasons let Ramadan or summer hours sit beside the usual ones; a period that closes at or
    before its opening time ends the next day (20:00–02:00). directory/taxonomy/opening.py
    tells from them whether it is open now.
    """

    Weekday = opening.Weekday
    Season = opening.Season

    service = models.ForeignKey(
        Service, on_delete=models.CASCADE, null=True, blank=True, related_name="hours"
    )
    location = models.ForeignKey(
        Location, on_delete=models.CASCADE, null=True, blank=True, related_name="hours"
    )
    season = models.CharField(_("season"), max_length=16, choices=Season, default=Season.REGULAR)
    weekday = models.PositiveSmallIntegerField(_("day"), choices=Weekday)
    opens = models.TimeField(_("opens"))
    closes = models.TimeField(_("closes"))

    class Meta:
        ordering = ["season", "weekday", "opens"]
        verbose_name = _("opening hours")
        verbose_name_plural = _("opening hours")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(service__isnull=False, location__isnull=True)
                | models.Q(service__isnull=True, location__isnull=False),
                name="opening_hours_for_service_or_location",
            ),
            # Closing before opening is the next day's; closing at opening says nothing.
            models.CheckConstraint(
                condition=~models.Q(closes=models.F("opens")),
                name="opening_hours_close_apart_from_opening",
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.opens:%H:%M}–{self.closes:%H:%M}"


def dialable(number):
    """A phone number as a phone dials it: digits and a leading +, nothing else.

    "+212 (0)5 39 ..." drops the "(0)" that is only dialled from inside the country.
    """
    number = number.replace("(0)", "")
    digits = "".join(ch for ch in number if ch.isdigit())
    return f"+{digits}" if number.strip().startswith("+") else digits


class ContactChannel(models.Model):
    """A typed way to reach an organization, or one of its services in particular."""

    class Kind(models.TextChoices):
        PHONE = "phone", _("phone")
        WHATSAPP = "whatsapp", _("WhatsApp")
        EMAIL = "email", _("email")
        WEBSITE = "website", _("website")
        WALK_IN = "walk_in", _("walk-in")

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="channels"
    )
    service = models.ForeignKey(
        Service, on_delete=models.CASCADE, null=True, blank=True, related_name="channels"
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind)
    value = models.CharField(
        _("number, address or link"),
        max_length=300,
        blank=True,
        help_text=_("Empty for walk-in."),
    )
    label = models.CharField(_("label"), max_length=120, blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("contact channel")
        verbose_name_plural = _("contact channels")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.value}"

    @property
    def href(self):
        """A link a phone can follow: tel:, WhatsApp, mailto: or the website."""
        digits = dialable(self.value)
        match self.kind:
            case self.Kind.PHONE:
                return f"tel:{digits}"
            case self.Kind.WHATSAPP:
                return f"https://wa.me/{digits.lstrip('+')}"
            case self.Kind.EMAIL:
                return f"mailto:{self.value}"
            case self.Kind.WEBSITE:
                # Only web addresses: never a javascript: or data: link.
                return self.value if self.value.startswith(("https://", "http://")) else ""
        return ""


@dataclass(frozen=True)
class ContactGroup:
    """Channels that belong to one party, and who that is: "This service", a location's name
    or district (`location` is then that location), or "<name> (the organization)"."""

    whose: str
    channels: list = field(default_factory=list)
    location: object = None


@dataclass(frozen=True)
class Contacts:
    """The ways to reach someone a page shows, in groups labelled with whose they are.

    `call` and `whatsapp` are the first phone and WhatsApp among them, for the buttons at the
    top of the page; `walk_in` says that people may come without an appointment. Empty
    (false) when no phone, WhatsApp, email or website is known.
    """

    groups: list = field(default_factory=list)
    walk_in: bool = False

    def __bool__(self):
        return bool(self.groups)

    def first(self, kind):
        for group in self.groups:
            for channel in group.channels:
                if channel.kind == kind:
                    return channel
        return None

    @property
    def from_locations(self):
        """Whether the numbers are the locations' phones (the page shows them once, here)."""
        return bool(self.groups) and all(group.location for group in self.groups)

    @property
    def call(self):
        return self.first(ContactChannel.Kind.PHONE)

    @property
    def whatsapp(self):
        return self.first(ContactChannel.Kind.WHATSAPP)


def reachable(channels):
    """The channels that reach someone: all but walk-in, which says where to come instead."""
    return [channel for channel in channels if channel.kind != ContactChannel.Kind.WALK_IN]


def walk_in(channels):
    return any(channel.kind == ContactChannel.Kind.WALK_IN for channel in channels)


def organization_group(organization, channels):
    """An organization's own channels, then its email and website (unsaved channels)."""
    channels = reachable(channels)
    kinds_values = {(channel.kind, channel.value) for channel in channels}
    for kind, value in [
        (ContactChannel.Kind.EMAIL, organization.email),
        (ContactChannel.Kind.WEBSITE, organization.website),
    ]:
        if value and (kind, value) not in kinds_values:
            channels.append(ContactChannel(organization=organization, kind=kind, value=value))
    whose = gettext("%(name)s (the organization)") % {"name": organization.name}
    return ContactGroup(whose, channels)


def location_groups(locations):
    """One group for each location with a phone, named by its name or else its district."""
    return [
        ContactGroup(
            location.name or str(location.district),
            [ContactChannel(kind=ContactChannel.Kind.PHONE, value=location.phone)],
            location=location,
        )
        for location in locations
        if location.phone
    ]


class PartnershipQuerySet(models.QuerySet):
    def public(self):
        """Partnerships whose two organizations are both published."""
        published = PublicationStatus.PUBLISHED
        return self.filter(organization__status=published, partner__status=published)


class Partnership(Versioned):
    """Two organizations working together. Staff record one from their organization's page
    (reviewed like the rest of its listing), often from a need or offer it answers."""

    class Kind(models.TextChoices):
        PARTNERSHIP = "partnership", _("partnership")
        MOU = "mou", _("memorandum of understanding")
        FUNDING = "funding", _("funding")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="partnerships",
    )
    partner = models.ForeignKey(
        Organization,
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="partnerships_as_partner",
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.PARTNERSHIP)
    signed_on = models.DateField(_("date"), null=True, blank=True)
    themes = models.ManyToManyField(
        "directory.Theme", verbose_name=_("themes"), related_name="partnerships", blank=True
    )
    description = models.TextField(_("description"), blank=True)
    exchange = models.ForeignKey(
        "organizations.Exchange",
        verbose_name=_("the need or offer it answers"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="partnerships",
    )

    objects = PartnershipQuerySet.as_manager()

    class Meta:
        ordering = ["-signed_on", "id"]
        verbose_name = _("partnership")
        verbose_name_plural = _("partnerships")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(organization=models.F("partner")),
                name="partnership_between_two_organizations",
            ),
        ]

    def __str__(self):
        return f"{self.organization} – {self.partner}"


class NewsItemQuerySet(models.QuerySet):
    def published(self):
        return self.filter(
            status=PublicationStatus.PUBLISHED, organization__status=PublicationStatus.PUBLISHED
        )

    def for_listing(self):
        return self.published().select_related("organization", "project")


class NewsItem(Versioned):
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="news",
    )
    project = models.ForeignKey(
        "projects.Project",
        verbose_name=_("project"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="news",
    )
    slug = models.SlugField(max_length=160, unique=True)
    published_on = models.DateField(_("date"))
    title = models.CharField(_("title"), max_length=250)
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    body = models.TextField(_("text"), blank=True)
    photo = models.ImageField(_("photo"), upload_to="photos/", blank=True)
    status = models.CharField(
        _("publication status"),
        max_length=16,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = NewsItemQuerySet.as_manager()

    class Meta:
        ordering = ["-published_on", "-id"]
        verbose_name = _("news item")
        verbose_name_plural = _("news")
        indexes = [
            # The news listing and the home page: latest published news first.
            models.Index(fields=["status", "-published_on"], name="news_status_date"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", kwargs={"slug": self.slug})


class MembershipQuerySet(models.QuerySet):
    def for_dashboard(self, user):
        return self.filter(user=user).select_related("organization").order_by("organization__name")


class Membership(models.Model):
    """A person who keeps an organization's listing up to date."""

    class Role(models.TextChoices):
        OWNER = "owner", _("owner: edits and manages the members")
        EDITOR = "editor", _("editor: edits")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=16, choices=Role, default=Role.EDITOR)
    created_at = models.DateTimeField(_("since"), auto_now_add=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["organization", "user"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organization"], name="membership_one_per_user_and_organization"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.organization} ({self.get_role_display()})"


class InvitationQuerySet(models.QuerySet):
    def usable(self):
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())


class Invitation(models.Model):
    """A link sent by email that makes its holder a member of an organization, once.

    Only a digest of the token is stored: the link itself is in the email alone.
    """

    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="invitations"
    )
    email = models.EmailField(_("email"))
    role = models.CharField(
        _("role"), max_length=16, choices=Membership.Role, default=Membership.Role.EDITOR
    )
    token_digest = models.CharField(max_length=64, unique=True, editable=False)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"))
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = InvitationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")

    def __str__(self):
        return f"{self.email} → {self.organization}"

    @staticmethod
    def digest(token):
        return hashlib.sha256(token.encode()).hexdigest()


class Claim(models.Model):
    """A visitor asks to manage an organization's listing; a coordinator decides."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting for review")
        APPROVED = "approved", _("approved")
        REFUSED = "refused", _("refused")

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="claims")
    name = models.CharField(_("your name"), max_length=200)
    email = models.EmailField(_("your email"))
    phone = models.CharField(_("your phone"), max_length=40, blank=True)
    position = models.CharField(_("your role in the organization"), max_length=200)
    message = models.TextField(_("how can we check?"), blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.PENDING)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("claim")
        verbose_name_plural = _("claims")
        indexes = [
            # The coordinators' queue: pending claims, oldest first.
            models.Index(fields=["status", "created_at"], name="claim_status_created"),
        ]

    def __str__(self):
        return f"{self.name} → {self.organization}"


class ChangeRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=ChangeRequest.OPEN)

    def pending(self):
        return self.filter(status=ChangeRequest.Status.PENDING)

    def for_queue(self):
        return self.pending().select_related("organization", "author", "content_type")


class ChangeRequest(models.Model):
    """A change staff propose to a record, or a new record, waiting for a coordinator.

    `data` holds the submitted form exactly as posted (organizations/review/drafts.py), so the
    same form shows the draft, validates it again and saves it when it is approved. The
    public keeps seeing the live record until then. A draft saved without being sent waits
    for its authors (UNSENT): coordinators neither see it in their queue nor hear of it
    until it is sent, alone or with others.
    """

    class Status(models.TextChoices):
        UNSENT = "unsent", _("not sent yet")
        PENDING = "pending", _("waiting for review")
        APPROVED = "approved", _("approved")
        REFUSED = "refused", _("refused")
        WITHDRAWN = "withdrawn", _("withdrawn")

    OPEN = [Status.UNSENT, Status.PENDING, Status.REFUSED]

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="change_requests",
        help_text=_("Empty when the change proposes a new organization."),
    )
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("content_type", "object_id")
    summary = models.CharField(_("record"), max_length=250)
    data = models.JSONField(_("proposed values"), default=dict)
    uploads = models.JSONField(_("uploaded images"), default=dict, blank=True)
    base_version = models.PositiveIntegerField(null=True, blank=True)
    revision = models.PositiveIntegerField(default=1)
    language = models.CharField(max_length=8, default="fr")
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.PENDING)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("proposed by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="change_requests",
    )
    created_at = models.DateTimeField(_("proposed"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last edited"), auto_now=True)
    sent_at = models.DateTimeField(_("sent for review"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    reason = models.TextField(_("reason"), blank=True)

    objects = ChangeRequestQuerySet.as_manager()

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("change request")
        verbose_name_plural = _("change requests")
        indexes = [
            # The coordinators' queue: pending changes, the longest waiting first.
            models.Index(fields=["status", "sent_at"], name="changerequest_status_sent"),
        ]
        constraints = [
            # One open draft per record: a second editor edits that draft, or is told to wait.
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=models.Q(
                    status__in=["unsent", "pending", "refused"], object_id__isnull=False
                ),
                name="changerequest_one_open_per_record",
            ),
        ]

    def __str__(self):
        return self.summary

    @property
    def is_new_record(self):
        return self.object_id is None

    @property
    def is_open(self):
        """Still being worked on: not sent yet, waiting for review, or refused."""
        return self.status in self.OPEN


# Coordinators' desk: checks of the listings and merged duplicates ------------------------


class Verification(models.Model):
    """A coordinator (or the organization itself) checked that a listing is still correct.

    A check is not an edit: saving a record never counts as one. The record's
    `last_verified_on` repeats the date of its latest check for the public pages and the
    "needs verification" list (organizations/curation/verification.py writes both).
    """

    class Method(models.TextChoices):
        PHONE = "phone", _("phone call")
        VISIT = "visit", _("visit")
        CONFIRMATION = "confirmation", _("confirmation by the organization")

    organization = models.ForeignKey(
        Organization,
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="verifications",
    )
    service = models.ForeignKey(
        Service,
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="verifications",
    )
    method = models.CharField(_("how"), max_length=16, choices=Method)
    note = models.TextField(_("note"), blank=True)
    verified_on = models.DateField(_("verified on"))
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("verified by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Empty for a confirmation by the emailed link."),
    )
    created_at = models.DateTimeField(_("recorded"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("verification")
        verbose_name_plural = _("verifications")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(organization__isnull=False, service__isnull=True)
                | models.Q(organization__isnull=True, service__isnull=False),
                name="verification_of_organization_or_service",
            ),
        ]

    def __str__(self):
        return f"{self.record} – {self.verified_on} ({self.get_method_display()})"

    @property
    def record(self):
        return self.organization or self.service


class OrganizationRedirect(models.Model):
    """The address of an organization merged into another: /organizations/<old_slug>/ answers
    with a permanent redirect to the kept organization (organizations/curation/merge.py merges)."""

    old_slug = models.SlugField(_("old address"), max_length=120, unique=True)
    old_name = models.CharField(_("old name"), max_length=200, blank=True)
    organization = models.ForeignKey(
        Organization,
        verbose_name=_("merged into"),
        on_delete=models.CASCADE,
        related_name="redirects",
    )
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("merged by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("merged"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("address of a merged organization")
        verbose_name_plural = _("addresses of merged organizations")

    def __str__(self):
        return f"{self.old_slug} → {self.organization.slug}"


class OrganizationToVerify(Organization):
    """Organizations as the coordinators' "needs verification" list in the admin shows them."""

    class Meta:
        proxy = True
        verbose_name = _("organization needing verification")
        verbose_name_plural = _("organizations needing verification")


class ServiceToVerify(Service):
    """Services as the coordinators' "needs verification" list in the admin shows them."""

    class Meta:
        proxy = True
        verbose_name = _("service needing verification")
        verbose_name_plural = _("services needing verification")


class LikelyDuplicateQuerySet(models.QuerySet):
    def open(self):
        """The pairs still to look at: not said to be two different organizations."""
        return self.filter(dismissed_at__isnull=True)

    def for_list(self):
        return self.open().select_related("first", "second").order_by("-score", "first", "second")


class LikelyDuplicate(models.Model):
    """Two organizations that look like one, as last found (organizations/curation/duplicates.py).

    Finding again replaces the open pairs; a pair a coordinator said is not the same stays,
    dismissed, so that it is not offered again. Merging deletes one of the two and its pairs.
    """

    first = models.ForeignKey(
        Organization, verbose_name=_("organization"), on_delete=models.CASCADE, related_name="+"
    )
    second = models.ForeignKey(
        Organization,
        verbose_name=_("other organization"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reasons = models.JSONField(_("why"), default=list)
    score = models.PositiveSmallIntegerField(_("number of reasons"), default=0)
    found_at = models.DateTimeField(_("found"))
    dismissed_at = models.DateTimeField(_("said not the same"), null=True, blank=True)
    dismissed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("said not the same by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = LikelyDuplicateQuerySet.as_manager()

    class Meta:
        ordering = ["-score", "first", "second"]
        verbose_name = _("likely duplicate")
        verbose_name_plural = _("likely duplicates")
        indexes = [
            # The coordinators' list: open pairs, the most reasons first (for_list()).
            models.Index(
                fields=["dismissed_at", "-score", "first", "second"], name="likelyduplicate_list"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["first", "second"], name="likelyduplicate_one_per_pair"
            ),
            models.CheckConstraint(
                condition=models.Q(first__lt=models.F("second")),
                name="likelyduplicate_first_below_second",
            ),
        ]

    def __str__(self):
        return f"{self.first} / {self.second}"


class DuplicateSearch(models.Model):
    """One finding of the likely duplicates: when it was asked for and when it ended."""

    requested_at = models.DateTimeField(_("asked"), default=timezone.now)
    finished_at = models.DateTimeField(_("found"), null=True, blank=True)
    pairs = models.PositiveIntegerField(_("pairs found"), null=True, blank=True)

    class Meta:
        ordering = ["-requested_at", "-id"]
        verbose_name = _("search for duplicates")
        verbose_name_plural = _("searches for duplicates")

    def __str__(self):
        return f"{self.requested_at:%Y-%m-%d %H:%M}"


# Imports from CSV or XLSX files, run by the background worker ----------------------------


class ImportJobQuerySet(models.QuerySet):
    def for_user(self, user):
        """The jobs a person may see: their own; a superuser's, every one."""
        return self if user.is_superuser else self.filter(created_by=user)


class ImportJob(models.Model):
    """A file a coordinator uploaded to import organizations, locations or services.

    The worker reads it twice (organizations/imports.py): first to check every row and
    preview the changes, writing nothing; then, once the coordinator confirms, to import it
    in chunks, each in its own transaction with the progress saved alongside, so that a
    failure leaves the rows of the earlier chunks imported and says where it stopped.
    """

    class Status(models.TextChoices):
        CHECKING = "checking", _("checking the rows")
        CHECKED = "checked", _("checked, waiting for confirmation")
        IMPORTING = "importing", _("importing")
        DONE = "done", _("imported")
        FAILED = "failed", _("failed")

    class Resource(models.TextChoices):
        ORGANIZATION = "organization", _("organizations")
        LOCATION = "location", _("locations")
        SERVICE = "service", _("services")

    class Format(models.TextChoices):
        CSV = "csv", "CSV"
        XLSX = "xlsx", "XLSX"

    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        on_delete=models.CASCADE,
        related_name="import_jobs",
    )
    created_at = models.DateTimeField(_("uploaded"), default=timezone.now)
    resource = models.CharField(_("records"), max_length=16, choices=Resource)
    file = models.FileField(_("file"), upload_to="imports/")
    file_name = models.CharField(_("file name"), max_length=255)
    format = models.CharField(_("format"), max_length=8, choices=Format)
    language = models.CharField(
        _("language of the messages"), max_length=8, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.CHECKING)
    rows_total = models.PositiveIntegerField(_("rows"), null=True, blank=True)
    rows_done = models.PositiveIntegerField(_("rows done"), default=0)
    new = models.PositiveIntegerField(_("new"), default=0)
    updated = models.PositiveIntegerField(_("updated"), default=0)
    skipped = models.PositiveIntegerField(_("unchanged"), default=0)
    invalid = models.PositiveIntegerField(_("rows with errors"), default=0)
    errors = models.JSONField(
        _("errors"),
        default=list,
        blank=True,
        help_text=_("Each wrong row: its number, the values as typed, and what is wrong."),
    )
    changes = models.JSONField(
        _("changes"), default=list, blank=True, help_text=_("The first rows that change.")
    )
    message = models.TextField(_("message"), blank=True)
    started_at = models.DateTimeField(_("started"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        indexes = [
            # The import page's list of a coordinator's last imports of one kind of record.
            models.Index(
                fields=["created_by", "resource", "-created_at"], name="importjob_recent"
            ),
        ]

    def __str__(self):
        return f"{self.file_name} ({self.created_at:%Y-%m-%d %H:%M})"

    def get_absolute_url(self):
        return reverse(f"admin:organizations_{self.resource}_import_job", args=[self.pk])

    @property
    def is_running(self):
        return self.status in (self.Status.CHECKING, self.Status.IMPORTING)

    @property
    def can_be_confirmed(self):
        return self.status == self.Status.CHECKED and not self.invalid and not self.message


# What organizations seek from and offer each other (organizations/exchanges/).
from .exchanges.models import Exchange, ExchangeMessage  # noqa: E402, F401
