"""Versions of what is held in memory or in a cache: the facet sets of each kind, the
taxonomy, and the public content as a whole.

A process keeps a copy of what changes rarely and is read on every listing (facet_sets.py,
catalogue.py) and compares its version with the database's before using it; the site's
cache of public pages (directory/page_cache.py) keys each page by all the versions. All the
versions are read in one small query, at most once per request: the copy a request starts
with stays the one it uses, and a write in the request moves its own version at once.
Outside requests (commands, the worker, tests calling functions) every call reads afresh.

A version moves in the transaction of the write that changes what it covers, so a reader
who sees the new token also sees the new content, on SQLite and PostgreSQL alike.
"""

import threading
import uuid

from django.core.signals import request_finished, request_started
from django.db import connections, router, transaction
from django.dispatch import receiver

from .models import FacetSetVersion

# The facet-set kinds are SearchEntry kinds; the taxonomy has a version of its own, and so
# has everything a public page shows (moved by content_changed()).
TAXONOMY = "taxonomy"
CONTENT = "content"

_request = threading.local()
_moves = threading.local()


def current(kind):
    """The version token of `kind`, or None when nothing of it was ever written."""
    tokens = getattr(_request, "tokens", None)
    if tokens is None:
        _moves.marks = {}
        return FacetSetVersion.objects.filter(kind=kind).values_list("token", flat=True).first()
    return _read(tokens).get(kind)


def fingerprint():
    """Every version in one text: what a cached page rendered from any of them depends on."""
    tokens = getattr(_request, "tokens", None)
    tokens = _read({} if tokens is None else tokens)
    return " ".join(sorted(f"{kind}={token}" for kind, token in tokens.items() if kind))


def _read(tokens):
    if not tokens:
        _moves.marks = {}
        # In SQL rather than through a queryset: on a cached page this is the request's only
        # query, and building the queryset would cost more than running it.
        connection = connections[router.db_for_read(FacetSetVersion)]
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT kind, token FROM {FacetSetVersion._meta.db_table}")  # noqa: S608
            tokens.update((kind, uuid.UUID(str(token))) for kind, token in cursor.fetchall())
        tokens[None] = None  # read, even when the table is empty
    return tokens


def move(kind):
    """A new version of `kind`: every process reads its copy again at its next request."""
    token = uuid.uuid4()
    if not FacetSetVersion.objects.filter(kind=kind).update(token=token):
        FacetSetVersion.objects.create(kind=kind, token=token)
    tokens = getattr(_request, "tokens", None)
    if tokens:
        tokens[kind] = token


def content_changed():
    """Public content changed: cached pages are rendered again.

    Called for every save of what a public page shows, so it moves the version once per
    transaction, however many rows the transaction writes: an approval or a merge costs one
    query for it, the same at any size. It moves again when the versions were read since
    (a page cached in between must not outlive the next write) or when the savepoint that
    moved it was rolled back, which drops the callback that marks the move.
    """
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        move(CONTENT)
        return
    marks = getattr(_moves, "marks", None) or {}
    mark = marks.get(connection.alias)
    if mark is not None and any(func is mark for _sids, func, _robust in connection.run_on_commit):
        return
    move(CONTENT)

    def moved():  # runs on commit and does nothing: while it waits, the move is done
        pass

    transaction.on_commit(moved)
    _moves.marks = {**marks, connection.alias: moved}


@receiver(request_started)
def _request_started(sender, **kwargs):
    _request.tokens = {}
    _moves.marks = {}  # a request's writes are its own transaction: they move the version


@receiver(request_finished)
def _request_finished(sender, **kwargs):
    _request.tokens = None
