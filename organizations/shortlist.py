"""A resident's shortlist of services, kept in their browser without an account.

The browser keeps the slugs (static/shortlist.js); the page lists them from its address,
/<lang>/services/shortlist/?s=<slug>,<slug>, so that it prints, and passes on as one link
or one WhatsApp message, to anyone.
"""

import re
from dataclasses import dataclass

from django.utils.translation import get_language
from django.utils.translation import gettext as _

from directory.common.text import passage

from .models import ContactChannel, Service

MAX_SERVICES = 30
_SLUG = re.compile(r"[-\w]{1,160}", re.ASCII)
# Longest useful address parameter: 30 slugs of 160 characters and their commas.
_MAX_TEXT = MAX_SERVICES * 161


def slugs_of(text):
    """The slugs of "a,b,c": each once, in order, at most 30; anything not a slug left out."""
    slugs = []
    for part in (text or "")[:_MAX_TEXT].split(","):
        part = part.strip()
        if _SLUG.fullmatch(part) and part not in slugs:
            slugs.append(part)
    return slugs[:MAX_SERVICES]


@dataclass
class Entry:
    """A saved service as the shortlist shows it."""

    service: Service
    phone: str  # the number to call, as written
    addresses: list  # public addresses: a sensitive location's district alone
    hours: list  # the service's opening hours, else its first location's
    others: str = ""  # the shortlist without this service, as the address writes it

    @property
    def slug(self):
        return self.service.slug


def entries(slugs):
    """The Entry of each published service among `slugs`, in their order: a fixed number of
    queries, whatever their number."""
    if not slugs:
        return []
    shortlisted = Service.objects.for_shortlist().filter(slug__in=slugs)
    found = {service.slug: service for service in shortlisted}
    listed = [_entry(found[slug]) for slug in slugs if slug in found]
    for entry in listed:
        entry.others = ",".join(other.slug for other in listed if other is not entry)
    return listed


def _entry(service):
    locations = list(service.locations.all())
    hours = list(service.hours.all())
    if not hours:
        hours = next(
            (list(location.hours.all()) for location in locations if location.hours.all()), []
        )
    return Entry(
        service=service,
        phone=_phone(service, locations),
        addresses=[location.public_address for location in locations],
        hours=hours,
    )


def _phone(service, locations):
    """The service's own number, else its location's, else its organization's."""
    own = _first_phone(service.channels.all())
    located = next((location.phone for location in locations if location.phone), "")
    return own or located or _first_phone(service.organization.own_phones)


def _first_phone(channels):
    """The first phone number among `channels`, else the first WhatsApp number."""
    numbers = [channel for channel in channels if channel.value]
    phones = [channel for channel in numbers if channel.kind == ContactChannel.Kind.PHONE]
    first = (phones or numbers or [None])[0]
    return first.value if first else ""


def separator():
    """Between the parts of one line: the Arabic comma in Arabic."""
    return "، " if (get_language() or "").startswith("ar") else ", "


def message(found, url):
    """The WhatsApp message: a heading, one line per service (name, phone, address), the link."""
    comma = separator()
    # In Arabic, marks keep a number's digits left to right inside the line.
    number_mark = "\u200e" if comma == "، " else ""
    lines = [_("My shortlist of services, from Dalil:")]
    for number, entry in enumerate(found, start=1):
        parts = [
            passage(entry.service, "name").text,
            f"{number_mark}{entry.phone}{number_mark}" if entry.phone else "",
            entry.addresses[0] if entry.addresses else "",
        ]
        lines.append(f"{number}. " + comma.join(part for part in parts if part))
    lines.append(url)
    return "\n".join(lines)
