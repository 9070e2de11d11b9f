"""Rebuild the search index from scratch: `python manage.py rebuild_search_index`.

Saves keep the index current on their own; this is for bulk loads that skip saves
(generate_demo) and for changes to how documents are built.
"""

import time

from django.core.management.base import BaseCommand

from directory.search import index as search_index


class Command(BaseCommand):
    help = "Index every published service, organization, project and news item again."

    def handle(self, *args, **options):
        started = time.perf_counter()

        def progress(kind, count):
            self.stdout.write(f"{count} {kind} entries indexed")

        search_index.rebuild(progress=progress)
        self.stdout.write(f"Search index rebuilt in {time.perf_counter() - started:.1f} s.")
