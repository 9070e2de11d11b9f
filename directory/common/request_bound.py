"""A bound on the time one SQL statement may run while a web request waits for it.

A page whose query runs away (a combination of filters and text that no index serves) must
not hold a worker for minutes: after DATABASE_REQUEST_TIMEOUT milliseconds the database
stops the statement, and the visitor reads the 503 page ("this page took too long; try
again or narrow the search") instead of waiting for gunicorn's own timeout to kill the
worker. Commands, the background worker and the shell run outside requests and are not
bounded: a migration, an import or a rebuild of the search index takes as long as it needs.

- PostgreSQL: settings.py starts every connection with `statement_timeout` (a startup
  option, so a request pays no query for it). A connection opened outside a request lifts
  it at once; one that a request finds with another value (opened before the request, or
  under another setting) is set for the request and given back its value after.
- SQLite: SQLite calls a progress handler every few thousand steps of a statement; it stops
  the statement once the statement has run longer than the bound. Each statement's clock
  starts when Django executes it (an execute wrapper), so a request that runs many quick
  queries is never stopped, as on PostgreSQL. SQLite looks between steps of its virtual
  machine, and one step that reads the full-text index runs to its end first: a text
  match that took 1.8 s (26 one-letter wildcards, which the listings never ask for) was
  stopped after 1 s with a 50 ms bound; the listings' own matches take a quarter of a
  second at most at 20,000 organizations.

Either way the stopped statement raises OperationalError, which BoundedRequestMiddleware
answers with the 503 page. The bound is per statement, not per request: gunicorn's timeout
stays the last resort for a request that runs many slow statements.
"""

import logging
import re
import sqlite3
import threading
import time

from django.conf import settings
from django.core.signals import request_finished, request_started
from django.db import OperationalError, connections
from django.db.backends.signals import connection_created
from django.shortcuts import render
from django.utils.log import log_response

logger = logging.getLogger(__name__)

# SQLite steps between two looks at the clock: about a tenth of a millisecond of work,
# rare enough that the look costs nothing measurable.
PROGRESS_STEPS = 10_000
# How long the 503 page asks a client to wait before it tries again, in seconds.
RETRY_AFTER = 10
# PostgreSQL's code for a statement cancelled by statement_timeout (or by an operator).
QUERY_CANCELED = "57014"


class _Request(threading.local):
    """What the request this thread serves allows its statements."""

    bound = None  # milliseconds a statement may run; None outside a request
    deadline = None  # SQLite: when the statement now running must stop (time.monotonic())


_request = _Request()


def statement_was_stopped(exception):
    """Whether `exception` is a statement the bound (or an operator) stopped."""
    if not isinstance(exception, OperationalError):
        return False
    cause = exception.__cause__
    if isinstance(cause, sqlite3.OperationalError):
        return getattr(cause, "sqlite_errorcode", None) == sqlite3.SQLITE_INTERRUPT
    return getattr(cause, "sqlstate", None) == QUERY_CANCELED


class BoundedRequestMiddleware:
    """Answers a statement stopped by the bound with the 503 page, in the page's language.

    Atomic blocks the view opened have rolled back by the time the exception gets here;
    outside them each statement commits on its own, so nothing is left half written.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not statement_was_stopped(exception):
            return None
        response = render(request, "503.html", status=503)
        response["Retry-After"] = str(RETRY_AFTER)
        # Once, as a warning, with the path only: the query string may hold what a
        # resident searched for.
        log_response(
            "A statement ran longer than DATABASE_REQUEST_TIMEOUT and was stopped: %s",
            request.path,
            response=response,
            request=request,
            logger=logger,
            level="warning",
        )
        return response


# PostgreSQL ----------------------------------------------------------------------------------


def _startup_timeout(connection):
    """The statement_timeout the connection's settings start it with, in milliseconds."""
    options = connection.settings_dict.get("OPTIONS", {}).get("options", "")
    found = re.search(r"statement_timeout=(\d+)", options)
    return int(found.group(1)) if found else 0


def _set_statement_timeout(connection, milliseconds):
    if getattr(connection, "statement_timeout", None) == milliseconds:
        return
    try:
        # On the driver's own connection: a setting of the session, not a query of the page.
        with connection.connection.cursor() as cursor:
            cursor.execute(f"SET statement_timeout = {int(milliseconds)}")
    except connection.Database.Error:
        # A transaction that failed refuses it until it is rolled back; then the session
        # holds its earlier value, unknown here, so the next request sets it again.
        connection.statement_timeout = None
    else:
        connection.statement_timeout = milliseconds


def _open_postgresql_connections():
    for connection in connections.all(initialized_only=True):
        if connection.vendor == "postgresql" and connection.connection is not None:
            yield connection


# SQLite --------------------------------------------------------------------------------------


def _start_statement_clock(execute, sql, params, many, context):
    """An execute wrapper: in a request, the statement may run until now + the bound."""
    bound = _request.bound
    _request.deadline = time.monotonic() + bound / 1000 if bound else None
    return execute(sql, params, many, context)


def _past_deadline():
    """SQLite's progress handler: a true value stops the statement running."""
    deadline = _request.deadline
    return deadline is not None and time.monotonic() > deadline


# Signals -------------------------------------------------------------------------------------


def _connection_opened(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.set_progress_handler(_past_deadline, PROGRESS_STEPS)
        if _start_statement_clock not in connection.execute_wrappers:
            # First, so that a test's own `execute_wrapper()` pops its wrapper, not this one.
            connection.execute_wrappers.insert(0, _start_statement_clock)
    elif connection.vendor == "postgresql":
        connection.statement_timeout = _startup_timeout(connection)
        connection.opened_in_request = _request.bound is not None
        _set_statement_timeout(connection, _request.bound or 0)


def _request_began(**kwargs):
    _request.bound = settings.DATABASE_REQUEST_TIMEOUT or None
    _request.deadline = None
    for connection in _open_postgresql_connections():
        _set_statement_timeout(connection, _request.bound or 0)


def _request_ended(**kwargs):
    _request.bound = _request.deadline = None
    for connection in _open_postgresql_connections():
        # A web worker's connections serve requests only and keep their bound; one opened
        # before the request (a test's, a shell's) gets its unbounded session back.
        if not getattr(connection, "opened_in_request", False):
            _set_statement_timeout(connection, 0)


def connect_signals():
    """Called once by the site's AppConfig.ready(), in every process: the web server's,
    the worker's, each command's, so that a connection opened outside a request is never
    left bounded."""
    connection_created.connect(_connection_opened, dispatch_uid="request_bound")
    request_started.connect(_request_began, dispatch_uid="request_bound")
    request_finished.connect(_request_ended, dispatch_uid="request_bound")
