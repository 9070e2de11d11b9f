"""What residents tell the coordinators: a listing is wrong, or a service is missing."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from directory.taxonomy.models import Audience, Place, Theme


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
        MISSING_CONTACT = "missing_contact", _("No contact is given: I know a phone or an email")
        WRONG_ADDRESS = "wrong_address", _("The address is wrong")
        WRONG_HOURS = "wrong_hours", _("The opening hours are wrong")
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
        db_table = "directory_report"  # created before reports had an app of their own
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
        db_table = "directory_suggestion"
        verbose_name = _("suggestion of a missing service")
        verbose_name_plural = _("suggestions of missing services")
        indexes = [
            # The coordinators' queue and the coverage page's count of open suggestions.
            models.Index(fields=["status", "-created_at"], name="suggestion_status_created"),
        ]

    def __str__(self):
        return self.what[:60]
