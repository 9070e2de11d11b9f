"""The taxonomy shared by organizations, services and projects: themes, audiences,
places, countries and languages; and Morocco's emergency numbers and national hotlines.

Names and synonyms are translated with django-modeltranslation (see translation.py):
each translated field has one column per language, e.g. name_ar, name_fr, name_en.
"""

import uuid

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from .opening import Season

# The HCP code of the commune of Tangier, whose arrondissements the home and coverage pages show.
TANGIER_COMMUNE_CODE = "01.511.01.0"


class Theme(models.Model):
    """A need people seek help for. Two levels: Migration > Protection."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    synonyms = models.TextField(
        _("synonyms"), blank=True, help_text=_("Other words people use for it, comma-separated.")
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("broader theme"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="children",
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("theme")
        verbose_name_plural = _("themes")
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("id")), name="theme_not_its_own_parent"
            ),
        ]

    def __str__(self):
        return self.name


class Audience(models.Model):
    """Who a service or project is for: mothers, migrants, unaccompanied minors, ..."""

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=120)
    synonyms = models.TextField(
        _("synonyms"), blank=True, help_text=_("Other words people use for it, comma-separated.")
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "slug"]
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")

    def __str__(self):
        return self.name


class Place(models.Model):
    """A Moroccan administrative division with its official HCP code.

    Each place points at its ancestors, itself included (a region's `region` is itself),
    so that "everything in Tanger-Tétouan-Al Hoceïma" is one indexed filter whatever the
    level a location was recorded at: `place__region=region`.
    """

    class Kind(models.TextChoices):
        REGION = "region", _("region")
        PROVINCE = "province", _("province or prefecture")
        COMMUNE = "commune", _("commune")
        ARRONDISSEMENT = "arrondissement", _("arrondissement")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    code = models.CharField(_("HCP code"), max_length=16, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind)
    name = models.CharField(_("name"), max_length=120)
    parent = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="children"
    )
    region = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    province = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    commune = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    arrondissement = models.ForeignKey(
        "self", on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    population_2024 = models.PositiveIntegerField(null=True, blank=True)
    # The centre of its outline (manage.py import_boundaries): "nearest first" measures from it
    # when a resident picks this place instead of giving their position.
    latitude = models.DecimalField(
        _("latitude of its centre"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude of its centre"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    aliases = models.CharField(
        _("other spellings"),
        max_length=300,
        blank=True,
        help_text=_("Spellings people use besides the official ones, comma-separated."),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("place")
        verbose_name_plural = _("places")
        indexes = [
            # The place filter's drill-down lists the children of the selected place.
            models.Index(fields=["kind", "code"], name="place_kind_code"),
        ]

    def __str__(self):
        return self.name

    def ancestors(self):
        """The enclosing places from the region down, without this one."""
        chain = [self.region, self.province, self.commune, self.arrondissement]
        return [place for place in chain if place is not None and place.pk != self.pk]


class Country(models.Model):
    """A country (ISO 3166-1) where an organization or project works."""

    code = models.CharField(_("ISO code"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self):
        return self.name


class Language(models.Model):
    """A language staff speak or a service is delivered in, Darija and Tamazight included."""

    code = models.CharField(_("code"), max_length=8, unique=True, help_text=_("ISO 639 code"))
    name = models.CharField(_("name"), max_length=80)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "code"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self):
        return self.name


class Hotline(models.Model):
    """A national emergency number or hotline (police 19, SAMU 141, ...), kept by coordinators
    with the source that gives it. Every page's footer and the home page list them, from the
    catalogue each process holds (directory/search/catalogue.py)."""

    name = models.CharField(_("name"), max_length=120, help_text=_("Who answers, e.g. Police."))
    number = models.CharField(
        _("number"),
        max_length=20,
        validators=[
            RegexValidator(r"^\+?[0-9][0-9 .-]*$", _("Digits only, with spaces if you like."))
        ],
        help_text=_("As it is dialled, e.g. 19 or 0800 00 00 00."),
    )
    source = models.CharField(
        _("source"),
        max_length=300,
        help_text=_("Who gives this number: an official page, a press release, an article."),
    )
    source_url = models.URLField(_("link to the source"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("emergency number or hotline")
        verbose_name_plural = _("emergency numbers and hotlines")
        constraints = [
            models.CheckConstraint(condition=~models.Q(number=""), name="hotline_has_a_number"),
            models.CheckConstraint(condition=~models.Q(source=""), name="hotline_has_a_source"),
        ]

    def __str__(self):
        return f"{self.name}: {self.number}"


class PublicationStatus(models.TextChoices):
    """Shared by everything the public can see: only PUBLISHED is ever shown."""

    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")
    ARCHIVED = "archived", _("archived")


class Versioned(models.Model):
    """A record staff edit through change requests.

    `version` counts the record's edited states. A change based on an older state is refused
    rather than written over a newer one (organizations/review/drafts.py). A full save is an
    edit; a save of named fields (`update_fields`, e.g. the date of a verification) is
    bookkeeping and leaves the version alone.
    """

    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding and kwargs.get("update_fields") is None:
            self.version += 1
        super().save(*args, **kwargs)


class Boundary(models.Model):
    """A place's outline for the coverage maps, from OpenStreetMap (manage.py import_boundaries).

    `geometry` is a GeoJSON-like {"type": "Polygon" | "MultiPolygon", "coordinates": [...]}
    in longitude/latitude degrees, simplified at import so a map of a region stays light.
    """

    place = models.OneToOneField(Place, on_delete=models.CASCADE, related_name="boundary")
    geometry = models.JSONField()
    attribution = models.CharField(
        _("source and licence"),
        max_length=300,
        help_text=_("Who the outline comes from and under which licence."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["place__code"]
        verbose_name = _("boundary")
        verbose_name_plural = _("boundaries")

    def __str__(self):
        return str(self.place)


class SeasonDates(models.Model):
    """When a season's opening hours apply: a Ramadan as officially announced, a summer.

    Without dates for a year's Ramadan, the Umm al-Qura calendar gives them (opening.py);
    coordinators correct them here to the announcement, which can differ by a day.
    """

    season = models.CharField(
        _("season"),
        max_length=16,
        choices=[(s.value, s.label) for s in Season if s != Season.REGULAR],
    )
    first_day = models.DateField(_("first day"))
    last_day = models.DateField(_("last day"))
    source = models.CharField(
        _("source"), max_length=300, blank=True, help_text=_("e.g. the ministry's announcement")
    )

    class Meta:
        ordering = ["-first_day"]
        verbose_name = _("season dates")
        verbose_name_plural = _("season dates")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(last_day__gte=models.F("first_day")),
                name="season_dates_in_order",
            ),
            models.UniqueConstraint(fields=["season", "first_day"], name="season_dates_unique"),
        ]

    def __str__(self):
        return f"{self.get_season_display()} {self.first_day:%Y-%m-%d} – {self.last_day:%Y-%m-%d}"


class PublicHoliday(models.Model):
    """A day on which services close, whatever their usual hours say."""

    date = models.DateField(_("date"), unique=True)
    name = models.CharField(_("name"), max_length=120)

    class Meta:
        ordering = ["date"]
        verbose_name = _("public holiday")
        verbose_name_plural = _("public holidays")

    def __str__(self):
        return f"{self.name} ({self.date:%Y-%m-%d})"
