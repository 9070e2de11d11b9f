"""Keeping robots out of the public forms that need no account: a honeypot and a rate limit.

The honeypot is a field people do not see (it sits in a `visually-hidden` box, labelled
"leave empty") and robots fill in. The rate limit counts a client's submissions for an hour
in Django's "shared" cache (the database's cache table, or Redis: every web worker and app
server counts in the same place, settings.CACHES), under a keyed hash of its IP address:
neither the cache nor the database ever holds the address itself.

Used by reports and suggestions (directory/reports/views.py), and by claims and password
reset requests (organizations/accounts/views.py).
"""

import hashlib
import hmac

from axes.helpers import get_client_ip_address
from django import forms
from django.conf import settings
from django.core.cache import caches
from django.utils.translation import gettext_lazy as _

HOUR = 3600


class HoneypotForm(forms.Form):
    """A form mixin: `leave_empty`, which people never see and robots fill in."""

    leave_empty = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    @property
    def is_spam(self):
        return bool(self.data.get(self.add_prefix("leave_empty"), "").strip())


def client_key(request):
    """A keyed hash of the client's IP address (SECRET_KEY), to count without storing it."""
    address = get_client_ip_address(request) or "unknown"
    return hmac.new(settings.SECRET_KEY.encode(), address.encode(), hashlib.sha256).hexdigest()[
        :32
    ]


class RateLimit:
    """At most `limit` submissions of one form per client in `seconds`."""

    def __init__(self, scope, limit, seconds=HOUR):
        self.scope = scope
        self.limit = limit
        self.seconds = seconds

    def _counter(self, request):
        return f"ratelimit:{self.scope}:{client_key(request)}"

    def exceeded(self, request):
        return caches["shared"].get(self._counter(request), 0) >= self.limit

    def count(self, request):
        cache = caches["shared"]
        counter = self._counter(request)
        cache.add(counter, 0, timeout=self.seconds)
        try:
            cache.incr(counter)
        except ValueError:  # expired between the two calls
            cache.add(counter, 1, timeout=self.seconds)
