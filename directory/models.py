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

    `version` counts the record's edited states. A change based on an older state is refused
    rather than written over a newer one (organizations/review.py). A full save is an edit; a
    save of named fields (`update_fields`, e.g. the date of a verification) is bookkeeping and
    leaves the version alone.
    """

    version = models.PositiveIntegerField(_("version"), default=1, editable=False)

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        if not self._state.adding and kwargs.get("update_fields") is None:
            self.version += 1
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


class ReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Report.Status.NEW)


class Report(models.Model):
    """A visitor's note that a published listing is wrong: a coordinator checks it.

    No account is needed and nothing identifies the sender unless they leave an email.
    `organization` is always set (a service's organization for a service report), so the
    coordinators see every report about an organization together.
    """

    class Problem(models.TextChoices):
        WRONG_PHONE = "wrong_phone", _("The phone number is wrong")
        WRONG_ADDRESS = "wrong_address", _("The address is wrong")
        CLOSED = "closed", _("It is closed or no longer exists")
        OTHER = "other", _("Something else")

    class Status(models.TextChoices):
        NEW = "new", _("new")
        HANDLED = "handled", _("handled")
        DISMISSED = "dismissed", _("dismissed")

    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="reports",
    )
    service = models.ForeignKey(
        "organizations.Service",
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
    )
    problem = models.CharField(_("what is wrong"), max_length=16, choices=Problem)
    detail = models.TextField(
        _("details"),
        max_length=2000,
        blank=True,
        help_text=_("For example the right phone number or address."),
    )
    email = models.EmailField(
        _("your email"),
        blank=True,
        help_text=_("Only if you agree to be asked about it. It is not published."),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.NEW)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        indexes = [
            # The coordinators' queue: new reports, newest first, and their count.
            models.Index(fields=["status", "-created_at"], name="report_status_created"),
        ]

    def __str__(self):
        return f"{self.listing}: {self.get_problem_display()}"

    @property
    def listing(self):
        return self.service if self.service_id else self.organization


class SuggestionQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status=Suggestion.Status.NEW)


class Suggestion(models.Model):
    """A resident's request for a service they could not find: unmet demand.

    Open suggestions are counted on the coverage page, per need and arrondissement.
    """

    class Status(models.TextChoices):
        NEW = "new", _("new")
        HANDLED = "handled", _("handled")
        DISMISSED = "dismissed", _("dismissed")

    what = models.TextField(
        _("what you are looking for"),
        max_length=1000,
        help_text=_("For example: free Spanish lessons for adults in the evening."),
    )
    audience = models.ForeignKey(
        Audience,
        verbose_name=_("for whom"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    theme = models.ForeignKey(
        Theme,
        verbose_name=_("need"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    place = models.ForeignKey(
        Place,
        verbose_name=_("where"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    email = models.EmailField(
        _("your email"),
        blank=True,
        help_text=_("Only if you want to hear back. It is not published."),
    )
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.NEW)
    created_at = models.DateTimeField(_("received"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)

    objects = SuggestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("suggestion of a missing service")
        verbose_name_plural = _("suggestions of missing services")
        indexes = [
            # The coordinators' queue and the coverage page's count of open suggestions.
            models.Index(fields=["status", "-created_at"], name="suggestion_status_created"),
        ]

    def __str__(self):
        return self.what[:60]
