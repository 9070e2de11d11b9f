"""Rebuild the search index from scratch: `python manage.py rebuild_search_index`.

Saves keep the index current on their own, and generate_demo indexes what it writes; this
is for other loads that skip saves and for changes to how documents are built.
"""

import time

from django.core.management.base import BaseCommand
from django.db import reset_queries

from directory.search import index as search_index


class Command(BaseCommand):
    help = "Index every published service, organization, project and news item again."

    def handle(self, *args, **options):
        started = time.perf_counter()

        def progress(kind, done, total):
            # With DEBUG on, Django keeps every query's SQL, here the whole index's text.
            reset_queries()
            if done == total:
                self.stdout.write(
                    f"{total} {kind} entries indexed ({time.perf_counter() - started:.0f} s)"
                )

        search_index.rebuild(progress=progress)
        self.stdout.write(f"Search index rebuilt in {time.perf_counter() - started:.1f} s.")
