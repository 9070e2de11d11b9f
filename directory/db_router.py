"""Reads from the read replicas, writes to the primary, and people read what they just wrote.

With DATABASE_REPLICA_URLS set, settings.py adds the aliases "replica_1", "replica_2", ...
(DATABASE_REPLICAS), installs the router and puts the middleware first. A replica replays
the primary's changes a moment later, so:

- Only web requests read from a replica. Commands, the background worker, the shell and
  migrations read and write the primary, as they do without replicas; migrations run on the
  primary alone.
- A process reads from one replica, chosen when it first needs one: its reads never go back
  in time from one query to the next. The copies a process keeps in memory (the facet sets
  and the taxonomy, directory/search/versions.py) read their version first and their rows
  after it, through this router in the same request, so the rows they keep are never older
  than the version they are kept under.
- A request that is not a GET (or HEAD, OPTIONS, TRACE) reads from the primary from its
  start: its forms check what they change against the current rows (a draft's version).
- Any other request reads from the primary from the moment it asks where to write (to
  save, or to check a form against the constraints a save must keep).
- A request that changed rows (an INSERT, UPDATE or DELETE sent to the primary) makes its
  person's next requests read from the primary for DATABASE_READ_YOUR_WRITES_SECONDS,
  longer than a replica lags, through a signed cookie: whoever saved something sees it at
  once. A form refused with nothing saved changes nothing.
- Sessions and the database cache are always read from the primary: a sign-in, a
  two-factor check or a rate limit counts at once. Their writes are not the person's
  writes, so a visitor whose page only touched the cache keeps reading replicas.
"""

import random
from contextvars import ContextVar
from dataclasses import dataclass

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

PRIMARY = DEFAULT_DB_ALIAS
# Read from the primary whoever reads them; "django_cache" is the database cache's table.
ALWAYS_PRIMARY = {"sessions", "django_cache"}
COOKIE = "dalil_wrote"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS", "TRACE"}


@dataclass
class Reading:
    """Where the request being served reads from."""

    primary: bool
    wrote: bool = False


# None outside a request: read the primary.
_reading = ContextVar("reading", default=None)
_replica = None


def process_replica():
    """The replica this process reads from: the same one for as long as it runs."""
    global _replica
    if _replica not in settings.DATABASE_REPLICAS:
        _replica = (
            random.choice(settings.DATABASE_REPLICAS) if settings.DATABASE_REPLICAS else None
        )
    return _replica or PRIMARY


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        reading = _reading.get()
        if reading is None or reading.primary or model._meta.app_label in ALWAYS_PRIMARY:
            return PRIMARY
        return process_replica()

    def db_for_write(self, model, **hints):
        reading = _reading.get()
        if reading is not None and model._meta.app_label not in ALWAYS_PRIMARY:
            # About to write, or checking what a write would break: the rest of the
            # request reads what the primary holds.
            reading.primary = True
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        # The replicas hold the primary's rows: an object read from one may point to
        # another read from the primary.
        aliases = {PRIMARY, *settings.DATABASE_REPLICAS}
        if obj1._state.db in aliases and obj2._state.db in aliases:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == PRIMARY


class ReadYourWritesMiddleware:
    """Opens each request's reading for the router, and remembers who wrote (see above)."""

    def __init__(self, get_response):
        self.get_response = get_response
        # Rows of these tables are read from the primary anyway (ALWAYS_PRIMARY).
        self.own_tables = {"django_session"} | {
            cache["LOCATION"]
            for cache in settings.CACHES.values()
            if cache["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
        }

    def __call__(self, request):
        reading = Reading(primary=request.method not in SAFE_METHODS or wrote_recently(request))

        def watch(execute, sql, params, many, context):
            if not reading.wrote and changes_rows(sql, self.own_tables):
                reading.wrote = True
            return execute(sql, params, many, context)

        token = _reading.set(reading)
        try:
            with connections[PRIMARY].execute_wrapper(watch):
                response = self.get_response(request)
        finally:
            # A streamed body read after this point reads the primary.
            _reading.reset(token)
        if reading.wrote:
            response.set_signed_cookie(
                COOKIE,
                "1",
                salt=__name__,
                max_age=settings.DATABASE_READ_YOUR_WRITES_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response


def changes_rows(sql, own_tables):
    """Whether `sql` inserts, updates or deletes rows other than sessions' and the cache's."""
    verb = sql.lstrip()[:6].upper()
    return verb in {"INSERT", "UPDATE", "DELETE"} and not any(table in sql for table in own_tables)


def wrote_recently(request):
    """Whether the person wrote less than DATABASE_READ_YOUR_WRITES_SECONDS ago."""
    value = request.get_signed_cookie(
        COOKIE, default=None, salt=__name__, max_age=settings.DATABASE_READ_YOUR_WRITES_SECONDS
    )
    return value is not None
