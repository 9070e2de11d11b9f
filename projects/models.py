"""Programmes, projects and their phases: who takes part, what they aim at, how far they got."""

import uuid

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from directory.taxonomy.models import PublicationStatus, Versioned


class ProjectQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=PublicationStatus.PUBLISHED)

    def for_listing(self):
        # A listing's themes: fill_taxonomy(), from the catalogue.
        return self.published().prefetch_related(
            Prefetch(
                "participations",
                queryset=Participation.objects.filter(
                    role=Participation.Role.LEAD, organization__status=PublicationStatus.PUBLISHED
                ).select_related("organization"),
                to_attr="lead_participations",
            ),
        )

    def for_detail(self):
        from organizations.models import NewsItem

        return (
            self.published()
            .select_related("parent")
            .prefetch_related(
                "objectives",
                # Themes, audiences, regions and countries: fill_taxonomy(), from the catalogue.
                Prefetch(
                    "beneficiaries", queryset=Beneficiaries.objects.select_related("audience")
                ),
                Prefetch(
                    "participations",
                    queryset=Participation.objects.filter(
                        organization__status=PublicationStatus.PUBLISHED
                    ).select_related("organization"),
                ),
                Prefetch(
                    "news",
                    queryset=NewsItem.objects.published().order_by("-published_on"),
                    to_attr="public_news",
                ),
                Prefetch(
                    "phases",
                    queryset=Project.objects.published().order_by("start_date", "title"),
                ),
            )
        )


class Project(Versioned):
    class Kind(models.TextChoices):
        PROGRAMME = "programme", _("programme")
        PROJECT = "project", _("project")
        PHASE = "phase", _("phase")

    class Progress(models.TextChoices):
        PLANNED = "planned", _("planned")
        ONGOING = "ongoing", _("ongoing")
        COMPLETED = "completed", _("completed")

    class AchievementSource(models.TextChoices):
        REPORTED = "reported", _("reported by the organization")
        VERIFIED = "verified", _("verified by a coordinator")

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    slug = models.SlugField(max_length=160, unique=True)
    title = models.CharField(_("title"), max_length=250)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind, default=Kind.PROJECT)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("programme"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="phases",
    )
    summary = models.CharField(_("summary"), max_length=400, blank=True)
    description = models.TextField(_("description"), blank=True)
    organizations = models.ManyToManyField(
        "organizations.Organization",
        through="Participation",
        related_name="projects",
        verbose_name=_("organizations"),
    )
    themes = models.ManyToManyField(
        "directory.Theme", verbose_name=_("themes"), related_name="projects", blank=True
    )
    audiences = models.ManyToManyField(
        "directory.Audience", verbose_name=_("audiences"), related_name="projects", blank=True
    )
    regions = models.ManyToManyField(
        "directory.Place",
        verbose_name=_("regions"),
        related_name="projects",
        blank=True,
        limit_choices_to={"kind": "region"},
    )
    countries = models.ManyToManyField(
        "directory.Country", verbose_name=_("countries"), related_name="projects", blank=True
    )
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    progress = models.CharField(
        _("status"), max_length=16, choices=Progress, default=Progress.ONGOING
    )
    achievement = models.PositiveSmallIntegerField(
        _("achievement (%)"),
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
    )
    achievement_on = models.DateField(_("achievement measured on"), null=True, blank=True)
    achievement_source = models.CharField(
        _("achievement source"),
        max_length=16,
        choices=AchievementSource,
        default=AchievementSource.REPORTED,
    )
    status = models.CharField(
        _("publication status"),
        max_length=16,
        choices=PublicationStatus,
        default=PublicationStatus.DRAFT,
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    objects = ProjectQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        indexes = [
            # The public listing, newest first.
            models.Index(fields=["status", "-start_date"], name="project_status_start"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(achievement__isnull=True) | models.Q(achievement__lte=100),
                name="project_achievement_is_a_percentage",
            ),
            models.CheckConstraint(
                condition=models.Q(end_date__isnull=True)
                | models.Q(start_date__isnull=True)
                | models.Q(end_date__gte=models.F("start_date")),
                name="project_ends_after_it_starts",
            ),
            models.CheckConstraint(
                condition=~models.Q(parent=models.F("id")), name="project_not_its_own_parent"
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("projects:detail", kwargs={"slug": self.slug})

    def participants(self, role):
        """Organizations in the given role; reads for_detail()'s prefetched participations."""
        return [p.organization for p in self.participations.all() if p.role == role]

    def leads(self):
        return self.participants(Participation.Role.LEAD)

    def partners(self):
        return self.participants(Participation.Role.PARTNER) + self.participants(
            Participation.Role.IMPLEMENTER
        )

    def funders(self):
        return self.participants(Participation.Role.FUNDER)

    def more_from_same_organizations(self, limit=5):
        """Other published projects led by this project's lead organizations."""
        leads = [organization.pk for organization in self.leads()]
        return (
            Project.objects.published()
            .filter(
                pk__in=Participation.objects.filter(
                    organization__in=leads, role=Participation.Role.LEAD
                ).values("project")
            )
            .exclude(pk=self.pk)
            .exclude(parent=self)
            .order_by("-start_date")[:limit]
        )


class Participation(models.Model):
    """An organization's part in a project: lead, partner, funder or implementer."""

    class Role(models.TextChoices):
        LEAD = "lead", _("lead")
        PARTNER = "partner", _("partner")
        FUNDER = "funder", _("funder")
        IMPLEMENTER = "implementer", _("implementer")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="participations")
    organization = models.ForeignKey(
        "organizations.Organization",
        verbose_name=_("organization"),
        on_delete=models.CASCADE,
        related_name="participations",
    )
    role = models.CharField(_("role"), max_length=16, choices=Role, default=Role.PARTNER)

    class Meta:
        ordering = ["role", "id"]
        verbose_name = _("participation")
        verbose_name_plural = _("participations")
        constraints = [
            models.UniqueConstraint(
                fields=["project", "organization", "role"], name="participation_unique_role"
            ),
        ]

    def __str__(self):
        return f"{self.organization} ({self.get_role_display()})"


class Objective(models.Model):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="objectives")
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    text = models.TextField(_("objective"))

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")

    def __str__(self):
        return self.text[:80]


class Beneficiaries(models.Model):
    """A beneficiary figure: "40 migrants, of whom 37 women"."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="beneficiaries")
    count = models.PositiveIntegerField(_("number"))
    audience = models.ForeignKey(
        "directory.Audience",
        verbose_name=_("who"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    women = models.PositiveIntegerField(_("of whom women"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=250, blank=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("beneficiary figure")
        verbose_name_plural = _("beneficiary figures")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(women__isnull=True) | models.Q(women__lte=models.F("count")),
                name="beneficiaries_women_within_count",
            ),
        ]

    def __str__(self):
        return f"{self.count} {self.audience or ''}".strip()
