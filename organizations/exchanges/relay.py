"""Writing to an organization about its need or offer without anyone's address being shown.

The message goes by email (through the background worker, directory/common/emails.py) to the
organization's owners, or to its members when it has no owner, in the language the need or
offer names for its messages. The sender's name, organization and address are in that email
alone (and its Reply-To), so the answer comes straight back to them; the recipients' addresses
are never shown to the sender. Dalil keeps only that a message was sent (ExchangeMessage),
which coordinators count; not its text, nor who sent it.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import translation

from directory.common.emails import queue_email
from directory.common.text import passage

from ..models import Membership
from .models import ExchangeMessage


def recipients(exchange):
    """The addresses of the organization's owners, or of its members if it has no owner."""
    members = (
        Membership.objects.filter(organization=exchange.organization_id, user__is_active=True)
        .exclude(user__email="")
        .order_by("user__email")
        .values_list("role", "user__email")
    )
    owners = [email for role, email in members if role == Membership.Role.OWNER]
    return owners or [email for _role, email in members]


@transaction.atomic
def relay(*, exchange, to, name, organization, email, text):
    """Queue the message for `to` and count it. Returns the ExchangeMessage."""
    language = exchange.contact_language
    with translation.override(language):
        url = reverse("needs:detail", kwargs={"slug": exchange.slug})
    sent = ExchangeMessage.objects.create(exchange=exchange)
    queue_email(
        to=to,
        template="exchange_message",
        context={
            "exchange": exchange,
            "title": passage(exchange, "title", language).text,
            "name": name,
            "sender_organization": organization,
            "email": email,
            "text": text,
            "url": url,
        },
        language=language,
        reply_to=[email],
    )
    return sent
