"""The taxonomy shared by organizations, services and projects: themes, audiences,
places, countries and languages.

Names and synonyms are translated with django-modeltranslation (see translation.py):
each translated field has one column per language, e.g. name_ar, name_fr, name_en.
"""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


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


class PublicationStatus(models.TextChoices):
    """Shared by everything the public can see: only PUBLISHED is ever shown."""

    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")
    ARCHIVED = "archived", _("archived")


class Versioned(models.Model):
    """A record staff edit through change requests.

    `version` counts the record's saved states. A change based on an older state is refused
    rather than written over a newer one (organizations/review.py).
    """

    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding:
            self.version += 1
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "version"}
        super().save(*args, **kwargs)


class SearchEntry(models.Model):
    """One published service, organization, project or news item as the search sees it.

    `terms` holds the folded, stemmed words of everything that describes the item in the three
    languages (its texts, its organization's name, the names and synonyms of its themes and
    audiences, its places), so a word in one language finds what is tagged in another.
    directory/search.py writes these rows and queries them: SQLite through an FTS5 table,
    PostgreSQL through a GIN-indexed tsvector. Only published items have an entry.
    """

    class Kind(models.TextChoices):
        SERVICE = "service", _("service")
        ORGANIZATION = "organization", _("organization")
        PROJECT = "project", _("project")
        NEWS = "news", _("news")

    kind = models.CharField(max_length=16, choices=Kind)
    object_id = models.BigIntegerField()
    title_terms = models.TextField()
    terms = models.TextField()
    place = models.ForeignKey(
        Place, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique"),
        ]

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class SearchTermVariant(models.Model):
    """A word of the index with one letter deleted, pointing at the word: the typo dictionary.

    A query word of five letters or more that the index lacks is looked up by its own
    one-letter deletions, which finds every indexed word one typo away from it (a letter
    missing, added, changed or two swapped) with indexed lookups only.
    """

    variant = models.CharField(max_length=64)
    term = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["variant", "term"], name="search_variant_unique"),
        ]
        # The unique constraint's index serves the typo lookup: variant IN (...).

    def __str__(self):
        return f"{self.variant} → {self.term}"


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
