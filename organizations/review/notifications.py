"""The emails of the review: to coordinators when drafts are sent, to their author once
decided."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from directory.common.emails import queue_email

from ..rules import COORDINATORS


def notify_coordinators(change_requests, *, sender):
    """One email to the coordinators for the drafts `sender` sent for review together: the
    draft and its link, or the list of them (all of one organization)."""
    addresses = list(
        get_user_model()
        .objects.filter(groups__name=COORDINATORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    first = change_requests[0]
    if len(change_requests) == 1:
        context = {
            "change": first,
            "url": reverse("manage:review", kwargs={"pk": first.pk}),
        }
    else:
        context = {
            "changes": [
                (change, reverse("manage:review", kwargs={"pk": change.pk}))
                for change in change_requests
            ],
            "sender": sender,
            "url": reverse("manage:review_queue"),
        }
    queue_email(
        to=addresses,
        template="change_pending",
        context={"organization": first.organization, **context},
    )


def notify_author(change_request):
    author = change_request.author
    if author is None or not author.email:
        return
    queue_email(
        to=[author.email],
        template="change_decided",
        context={
            "change": change_request,
            "organization": change_request.organization,
            "url": reverse("manage:dashboard"),
        },
        language=change_request.language,
    )
