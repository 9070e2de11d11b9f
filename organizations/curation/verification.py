"""Checking that listings are still correct, apart from editing them.

A coordinator marks an organization or a service verified after a phone call or a visit;
an organization confirms its own listing through a signed link sent by email. Each check is a
Verification row (the history) and sets the record's `last_verified_on` (what the public pages
and the "needs verification" lists read). A save is not a check: editing never touches them.
"""

import datetime

from django.conf import settings
from django.contrib.admin.models import CHANGE, LogEntry
from django.core import signing
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation

from directory.common.emails import queue_email
from directory.search import versions
from organizations.models import Membership, Organization, Service, Verification

# A listing not checked for this many months shows "Needs verification" instead of its date,
# and its owners are asked by email, once a month, whether it is still correct.
VALID_FOR_MONTHS = 12
ASK_AGAIN_AFTER = datetime.timedelta(days=28)
# Not checked for this long, whatever was asked: the public is told it may be out of date,
# and coordinators see it on their desk. It is never deleted.
UNVERIFIABLE_AFTER_MONTHS = 18

# The emailed "still correct" link: what it signs and for how long it works.
CONFIRMATION_SALT = "organizations.verification.confirm"
CONFIRMATION_MAX_AGE = datetime.timedelta(days=30)

KINDS = {"organization": Organization, "service": Service}


def months_before(today, months):
    """The same day `months` earlier, or that month's last day (29 February → 28 February)."""
    count = today.year * 12 + today.month - 1 - months
    year, month = divmod(count, 12)
    for day in range(today.day, 27, -1):
        try:
            return datetime.date(year, month + 1, day)
        except ValueError:
            continue
    return datetime.date(year, month + 1, min(today.day, 28))


def due_before(today=None):
    """Listings last verified before this date need verification again."""
    return months_before(today or timezone.localdate(), VALID_FOR_MONTHS)


def needs_verification(last_verified_on, today=None):
    """Never verified, or not for VALID_FOR_MONTHS."""
    return last_verified_on is None or last_verified_on < due_before(today)


def needing_verification(queryset, today=None):
    """The organizations or services of `queryset` that need verification, oldest check first."""
    stale = Q(last_verified_on__isnull=True) | Q(last_verified_on__lt=due_before(today))
    return queryset.filter(stale).order_by("last_verified_on", "pk")


def kind_of(record):
    return "service" if isinstance(record, Service) else "organization"


def organization_of(record):
    return record.organization if isinstance(record, Service) else record


@transaction.atomic
def mark_verified(*, records, method, by=None, note="", on=None):
    """Record a check of each record (organizations or services, not mixed) and log it.

    `by` is the coordinator, or None when the organization confirmed through its link (the
    admin's activity log needs a person, so that check is only in the Verification history).
    """
    records = list(records)
    if not records:
        return []
    on = on or timezone.localdate()
    model = type(records[0])._meta.concrete_model
    field = "service" if model is Service else "organization"
    verifications = Verification.objects.bulk_create(
        Verification(**{field: record}, method=method, note=note, verified_on=on, verified_by=by)
        for record in records
    )
    # update(): a check changes neither the record's version nor its "updated on" date.
    checked = {"last_verified_on": on}
    if model is Organization:
        checked["unverifiable_since"] = None
    model.objects.filter(pk__in=[record.pk for record in records]).update(**checked)
    # The public pages show the date: without a save, their cached copies are told here.
    versions.content_changed()
    for record in records:
        record.last_verified_on = on
    if by is not None:
        label = Verification.Method(method).label
        with translation.override(settings.LANGUAGE_CODE):
            message = f"Verified ({label})" + (f": {note}" if note else "")
        LogEntry.objects.log_actions(
            by.pk, records, CHANGE, message, single_object=len(records) == 1
        )
    return verifications


# The emailed link ----------------------------------------------------------------------


def confirmation_token(record, sent_on=None):
    """A signed token naming the record and the day the email was sent."""
    sent_on = sent_on or timezone.localdate()
    return signing.dumps(
        {"kind": kind_of(record), "id": record.pk, "sent": sent_on.isoformat()},
        salt=CONFIRMATION_SALT,
        compress=True,
    )


def read_confirmation_token(token):
    """(record or None, date sent). Raises signing.SignatureExpired or signing.BadSignature."""
    data = signing.loads(
        token, salt=CONFIRMATION_SALT, max_age=CONFIRMATION_MAX_AGE.total_seconds()
    )
    try:
        model = KINDS[data["kind"]]
        sent_on = datetime.date.fromisoformat(data["sent"])
        record_id = int(data["id"])
    except (KeyError, TypeError, ValueError) as error:
        raise signing.BadSignature("Unexpected content") from error
    return model.objects.filter(pk=record_id).first(), sent_on


def confirm(*, record, sent_on):
    """The organization says its listing is still correct. Clicking again adds nothing."""
    field = kind_of(record)
    already = Verification.objects.filter(
        **{field: record},
        method=Verification.Method.CONFIRMATION,
        verified_on__gte=sent_on,
    ).exists()
    if not already:
        mark_verified(records=[record], method=Verification.Method.CONFIRMATION)
    return not already


def recipients(organization):
    """Where to ask: the organization's email, else its owners' emails."""
    if organization.email:
        return [organization.email]
    owners = Membership.objects.filter(
        organization=organization, role=Membership.Role.OWNER, user__is_active=True
    ).exclude(user__email="")
    return sorted(set(owners.values_list("user__email", flat=True)))


def ask_to_confirm(*, records, by):
    """Email each record's organization a "still correct" link and a link to update it.

    `by` is the coordinator who asked, or None for the monthly requests. Returns the records
    an email was queued for; the others have no address to write to.
    """
    sent = []
    today = timezone.localdate()
    language = settings.LANGUAGE_CODE
    for record in records:
        organization = organization_of(record)
        to = recipients(organization)
        if not to:
            continue
        with translation.override(language):
            confirm_url = reverse("verification:confirm", args=[confirmation_token(record, today)])
            update_url = reverse("manage:organization", args=[organization.slug])
        queue_email(
            to=to,
            template="verification_request",
            language=language,
            context={
                "record": record,
                "organization": organization,
                "is_service": isinstance(record, Service),
                "confirm_url": settings.SITE_URL + confirm_url,
                "update_url": settings.SITE_URL + update_url,
                "valid_days": CONFIRMATION_MAX_AGE.days,
            },
        )
        sent.append(record)
    if sent and by is not None:
        LogEntry.objects.log_actions(
            by.pk,
            sent,
            CHANGE,
            "Asked the organization to confirm its listing by email",
            single_object=len(sent) == 1,
        )
    return sent


# Freshness without anyone remembering: `manage.py request_verifications`, once a month ------


def not_verified_since(cutoff):
    """Published organizations last verified before `cutoff`, or never and older than it."""
    return Organization.objects.published().filter(
        Q(last_verified_on__lt=cutoff)
        | Q(last_verified_on__isnull=True, created_at__date__lt=cutoff)
    )


def request_confirmations(*, today=None, batch_size=500):
    """Ask the owners of each listing not verified for VALID_FOR_MONTHS whether it is still
    correct, at most once every ASK_AGAIN_AFTER. Returns how many were asked."""
    today = today or timezone.localdate()
    due = not_verified_since(due_before(today)).filter(
        Q(confirmation_requested_on__isnull=True)
        | Q(confirmation_requested_on__lte=today - ASK_AGAIN_AFTER)
    )
    asked = 0
    batch = []
    for organization in due.order_by("pk").iterator(chunk_size=batch_size):
        batch.append(organization)
        if len(batch) == batch_size:
            asked += _ask(batch, today)
            batch = []
    return asked + _ask(batch, today)


def _ask(organizations, today):
    with transaction.atomic():
        sent = ask_to_confirm(records=organizations, by=None)
        Organization.objects.filter(pk__in=[o.pk for o in sent]).update(
            confirmation_requested_on=today
        )
    return len(sent)


def mark_unverifiable(*, today=None):
    """Mark the listings no one verified for UNVERIFIABLE_AFTER_MONTHS; the public pages say
    they may be out of date and the coordinators' desk counts them. Returns how many."""
    today = today or timezone.localdate()
    cutoff = months_before(today, UNVERIFIABLE_AFTER_MONTHS)
    marked = not_verified_since(cutoff).filter(unverifiable_since__isnull=True)
    count = marked.update(unverifiable_since=today)
    if count:
        versions.content_changed()  # the public pages say so from the next request
    return count
