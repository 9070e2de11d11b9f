"""The emails of the review: to coordinators when a draft waits, to its author once decided."""

from django.contrib.auth import get_user_model
from django.urls import reverse

from directory.common.emails import queue_email

from ..rules import COORDINATORS


def notify_coordinators(change_request):
    addresses = (
        get_user_model()
        .objects.filter(groups__name=COORDINATORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
    )
    queue_email(
        to=list(addresses),
        template="change_pending",
        context={
            "change": change_request,
            "organization": change_request.organization,
            "url": reverse("manage:review", kwargs={"pk": change_request.pk}),
        },
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
