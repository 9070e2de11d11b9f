"""What waits for the coordinators, counted: their desk (/<lang>/manage/) and the admin's
home page show the same lines, each with a link to where it is dealt with."""

from django import template
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from directory.reports.models import Report, Suggestion
from organizations.curation.verification import needing_verification
from organizations.models import ChangeRequest, Claim, LikelyDuplicate, Organization, Service

register = template.Library()


@register.simple_tag
def moderation_queue():
    """[(label, count, url)] of what waits for a coordinator: one counting query each."""
    return [
        (
            _("Changes waiting for review"),
            ChangeRequest.objects.pending().count(),
            reverse("manage:review_queue"),
        ),
        (
            _("Claims waiting for review"),
            Claim.objects.filter(status=Claim.Status.PENDING).count(),
            reverse("manage:claims"),
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
        (
            _("Organizations needing verification"),
            needing_verification(Organization.objects.published()).count(),
            reverse("admin:organizations_organizationtoverify_changelist"),
        ),
        (
            _("Services needing verification"),
            needing_verification(Service.objects.published()).count(),
            reverse("admin:organizations_servicetoverify_changelist"),
        ),
        (
            _("Organizations no one could verify for 18 months"),
            Organization.objects.published().filter(unverifiable_since__isnull=False).count(),
            reverse("admin:organizations_organizationtoverify_changelist")
            + "?unverifiable_since__isempty=0",
        ),
        (
            _("Likely duplicates"),
            LikelyDuplicate.objects.open().count(),
            reverse("admin:organizations_likelyduplicate_changelist"),
        ),
    ]
