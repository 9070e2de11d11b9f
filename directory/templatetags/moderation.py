"""What waits for the coordinators, counted for the admin's home page."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from directory.reports.models import Report, Suggestion
from organizations.models import ChangeRequest, Claim

register = template.Library()


@register.simple_tag
def moderation_queue():
    """[(label, count, url)] of what waits for a decision."""
    return [
        (
            _("Changes waiting for review"),
            ChangeRequest.objects.pending().count(),
            reverse("admin:organizations_changerequest_changelist") + "?status__exact=pending",
        ),
        (
            _("Claims waiting for review"),
            Claim.objects.filter(status=Claim.Status.PENDING).count(),
            reverse("admin:organizations_claim_changelist") + "?status__exact=pending",
        ),
        (
            _("Reports of a wrong listing"),
            Report.objects.open().count(),
            reverse("admin:reports_report_changelist") + "?status__exact=new",
        ),
        (
            _("Suggestions of a missing service"),
            Suggestion.objects.open().count(),
            reverse("admin:reports_suggestion_changelist") + "?status__exact=new",
        ),
    ]
