"""Build the bench's database once: the demo data, then synthetic organizations up to N.

Each step is skipped when its work is already there, so a second `make bench` starts
measuring at once: generate_demo runs only while the database holds fewer organizations
than asked for; the search index is rebuilt only when it has fewer organization entries than
there are published organizations; ANALYZE runs only when the planner's statistics are
missing or count less than half the organizations. The last two make up for what
generate_demo does not do itself yet, and stop running on their own once it does.
"""

import os

from django.core.management import call_command
from django.db import connection

from directory import create_database
from directory.search.models import SearchEntry
from organizations.models import Organization

# The same synthetic organizations on every database and every machine.
SEED = 1


def prepare(*, organizations, stdout):
    """Bring DATABASE_URL's database to `organizations` organizations, indexed, analyzed."""
    if os.environ.get("DATABASE_URL"):
        create_database.main()  # PostgreSQL only; SQLite creates its file by itself
    # Cheap when there is nothing to do, and needed after pulling new migrations.
    call_command("migrate", interactive=False, verbosity=0)
    call_command("createcachetable", verbosity=0)
    held = Organization.objects.count()
    if held < organizations:
        call_command("load_demo", verbosity=0)
        missing = organizations - Organization.objects.count()
        if missing > 0:
            stdout.write(f"Generating {missing} organizations (generate_demo)…")
            call_command("generate_demo", organizations=missing, seed=SEED, stdout=stdout)
    if index_is_short():
        stdout.write("Rebuilding the search index (rebuild_search_index)…")
        call_command("rebuild_search_index", stdout=stdout)
    if statistics_are_stale():
        stdout.write("Analyzing the tables (ANALYZE)…")
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def index_is_short():
    indexed = SearchEntry.objects.filter(kind=SearchEntry.Kind.ORGANIZATION).count()
    return indexed < Organization.objects.published().count()


def statistics_are_stale():
    """Whether the planner's row estimate for organizations is missing or under half the rows."""
    estimate = planner_row_estimate(Organization._meta.db_table)
    return estimate is None or estimate < Organization.objects.count() / 2


def planner_row_estimate(table):
    """The number of rows of `table` as the last ANALYZE counted them, or None if never."""
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
            row = cursor.fetchone()
            # -1 until the table is first analyzed or vacuumed
            return row[0] if row and row[0] >= 0 else None
        cursor.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat1'")
        if cursor.fetchone() is None:
            return None
        # The first number of each of the table's rows is its row count.
        cursor.execute("SELECT stat FROM sqlite_stat1 WHERE tbl = %s LIMIT 1", [table])
        row = cursor.fetchone()
        return int(row[0].split()[0]) if row else None
