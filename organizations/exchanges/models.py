"""Needs and offers between associations; imported by organizations/models.py."""

import uuid

from django.conf import settings
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.taxonomy.models import PublicationStatus, Versioned


class ExchangeQuerySet(models.QuerySet):
    def published(self):
        return self.filter(
            status=PublicationStatus.PUBLISHED,
            organization__status=PublicationStatus.PUBLISHED,
        )

    def current(self):
        """What the listings show: published, not answered yet, and not past its end date."""
        return self.published().filter(
            fulfilled_on__isnull=True, ends_on__gte=timezone.localdate()
        )

    def needs(self):
        return self.filter(kind=Exchange.Kind.NEED)

    def offers(self):
        return self.filter(kind=Exchange.Kind.OFFER)

    def for_listing(self):
        # Themes, places and countries: fill_taxonomy(), from the catalogue.
        return self.current().select_related("organization")

    def for_detail(self):
        """Its page also shows it once answered or past its end date, saying so."""
        return self.published().select_related("organization")

    def themes_sought(self):
        """The ids of the broad themes (a narrower theme counts for its broader one) that the
        current needs are about: the coverage page links its gaps to them."""
        broad = Coalesce(F("themes__parent"), F("themes"))
        return set(
            self.current()
            .needs()
            .order_by()
            .annotate(broad_theme=broad)
            .filter(broad_theme__isnull=False)
            .values_list("broad_theme", flat=True)
            .distinct()
        )


class Exchange(Versioned):
    """What an organization seeks from other associations (a need) or offers them (an offer).

    Each concerns themes, places in Morocco (regions, provinces or communes) or countries,
    and the languages the organization can work in. It leaves the listings after `ends_on`,
    or once it is answered (`fulfilled_on`, set when a partnership recorded from it is
    approved, or by its staff).
    """

    class Kind(models.TextChoices):
        NEED = "need", _("need")
        OFFER = "offer", _("offer")

    class Category(models.TextChoices):
        PARTNER = "partner", _("a partner for a project")
        VOLUNTEERS = "volunteers", _("volunteers")
        EXPERTISE = "expertise", _("expertise or training")
        EQUIPMENT = "equipment", _("equipment")
        PREMISES = "premises", _("premises")
        COFUNDING = "cofunding", _("co-funding")
        TWINNING = "twinning", _("a twin association abroad")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=160, unique=True)
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="exchanges",
    )
    kind = models.CharField(_("need or offer"), max_length=8, choices=Kind, default=Kind.NEED)
    category = models.CharField(_("what is sought or offered"), max_length=16, choices=Category)
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    themes = models.ManyToManyField(
        "directory.Theme", verbose_name=_("themes"), related_name="exchanges", blank=True
    )
    places = models.ManyToManyField(
        "directory.Place",
        verbose_name=_("where in Morocco"),
        related_name="exchanges",
        blank=True,
        help_text=_("Regions, provinces or communes."),
    )
    countries = models.ManyToManyField(
        "directory.Country",
        verbose_name=_("countries"),
        related_name="exchanges",
        blank=True,
        help_text=_("For a partner abroad: the countries it may be in."),
    )
    languages = models.ManyToManyField(
        "directory.Language",
        verbose_name=_("languages we can work in"),
        related_name="exchanges",
        blank=True,
    )
    ends_on = models.DateField(
        _("listed until"), help_text=_("After this day it leaves the listings.")
    )
    contact_language = models.CharField(
        _("messages reach us in"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("Messages from other associations are relayed by email in this language."),
    )
    status = models.CharField(
        _("publication status"),
        max_length=16,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
    )
    fulfilled_on = models.DateField(_("answered on"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ExchangeQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("need or offer")
        verbose_name_plural = _("needs and offers")
        indexes = [
            # The listing: published, unanswered, not past their end date, newest first.
            models.Index(
                fields=["status", "ends_on", "-created_at"],
                condition=Q(fulfilled_on__isnull=True),
                name="exchange_open_by_end",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("needs:detail", kwargs={"slug": self.slug})

    def where(self):
        """Its places in Morocco, then its countries (as prefetched or filled in)."""
        return [*self.places.all(), *self.countries.all()]

    @property
    def is_open(self):
        return self.fulfilled_on is None and self.ends_on >= timezone.localdate()


class ExchangeMessage(models.Model):
    """A message relayed to an organization about one of its needs or offers.

    Only that it was sent, and when: its text and its sender's name and address go in the
    email alone (relay.py). Coordinators count them per need.
    """

    exchange = models.ForeignKey(
        Exchange,
        verbose_name=_("need or offer"),
        on_delete=models.CASCADE,
        related_name="messages",
    )
    sent_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        ordering = ["-sent_at", "-id"]
        verbose_name = _("relayed message")
        verbose_name_plural = _("relayed messages")

    def __str__(self):
        return f"{self.exchange} ({self.sent_at:%Y-%m-%d})"
