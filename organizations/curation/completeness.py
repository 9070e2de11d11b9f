"""What a listing lacks that residents need: a phone, opening hours, an address, a recent
check. The organization's overview (manage/organization.html) lists each gap with a link to
the form that fills it, so staff know what to do without reading the whole listing."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ..models import ContactChannel, Location, OpeningHours, Service
from .verification import needs_verification

PHONES = [ContactChannel.Kind.PHONE, ContactChannel.Kind.WHATSAPP]


@dataclass(frozen=True)
class Gap:
    message: str
    url: str
    link_text: str


def months_since(day, today):
    return (today.year - day.year) * 12 + today.month - day.month - (today.day < day.day)


def gaps(organization, today=None):
    """[Gap] of the organization's listing, in the order a resident would miss them: four
    queries, whatever the number of services and locations."""
    today = today or timezone.localdate()
    slug = organization.slug
    found = []
    locations = list(Location.objects.filter(organization=organization))
    phones = set(
        ContactChannel.objects.filter(organization=organization, kind__in=PHONES).values_list(
            "service_id", flat=True
        )
    )
    services = list(Service.objects.filter(organization=organization).exclude(status="archived"))
    with_hours = set(
        OpeningHours.objects.filter(service__in=services).values_list("service_id", flat=True)
    ) | set(
        Service.locations.through.objects.filter(
            service__in=services, location__hours__isnull=False
        ).values_list("service_id", flat=True)
    )
    if not phones and not any(location.phone for location in locations):
        found.append(
            Gap(
                _("No phone number: residents cannot call."),
                reverse("manage:edit_profile", args=[slug]),
                _("Add a phone number"),
            )
        )
    if not locations:
        found.append(
            Gap(
                _("No address: residents do not know where to go."),
                reverse("manage:new", args=[slug, "location"]),
                _("Add a location"),
            )
        )
    for service in services:
        if service.pk not in with_hours:
            found.append(
                Gap(
                    _("“%(service)s” has no opening hours.") % {"service": service},
                    reverse("manage:edit", args=[slug, "service", service.pk]),
                    _("Add its opening hours"),
                )
            )
    checked = organization.last_verified_on
    if needs_verification(checked, today):
        if checked is None:
            message = _("This listing has never been verified.")
        else:
            months = months_since(checked, today)
            message = ngettext(
                "Not verified for %(months)d month.",
                "Not verified for %(months)d months.",
                months,
            ) % {"months": months}
        found.append(
            Gap(
                message,
                reverse("manage:edit_profile", args=[slug]),
                _("Check the profile, then ask a coordinator to verify it"),
            )
        )
    return found
