"""Versions of what each process holds in memory: the facet sets of each kind, the taxonomy.

A process keeps a copy of what changes rarely and is read on every listing (facet_sets.py,
catalogue.py) and compares its version with the database's before using it. All the
versions are read in one small query, at most once per request: the copy a request starts
with stays the one it uses, and a write in the request moves its own version at once.
Outside requests (commands, the worker, tests calling functions) every call reads afresh.
"""

import threading
import uuid

from django.core.signals import request_finished, request_started
from django.dispatch import receiver

from .models import FacetSetVersion

# The facet-set kinds are SearchEntry kinds; the taxonomy has a version of its own.
TAXONOMY = "taxonomy"

_request = threading.local()


def current(kind):
    """The version token of `kind`, or None when nothing of it was ever written."""
    tokens = getattr(_request, "tokens", None)
    if tokens is None:
        return FacetSetVersion.objects.filter(kind=kind).values_list("token", flat=True).first()
    if not tokens:
        tokens.update(FacetSetVersion.objects.values_list("kind", "token"))
        tokens[None] = None  # read, even when the table is empty
    return tokens.get(kind)


def move(kind):
    """A new version of `kind`: every process reads its copy again at its next request."""
    token = uuid.uuid4()
    if not FacetSetVersion.objects.filter(kind=kind).update(token=token):
        FacetSetVersion.objects.create(kind=kind, token=token)
    tokens = getattr(_request, "tokens", None)
    if tokens:
        tokens[kind] = token


@receiver(request_started)
def _request_started(sender, **kwargs):
    _request.tokens = {}


@receiver(request_finished)
def _request_finished(sender, **kwargs):
    _request.tokens = None
