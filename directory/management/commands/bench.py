"""Measure page latency at scale: `make bench` (250,000 organizations by default).

Generates synthetic organizations up to the requested number (generate_demo), then requests
each public page type in-process through Django's full middleware stack and prints the median
and 95th percentile time and the number of SQL queries, beside a minimal view as baseline.
Run it against a database of its own: the Makefile uses bench.sqlite3, or BENCH_DATABASE_URL.
"""

import math
import statistics
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from directory.search import query as search
from directory.search.models import SearchEntry
from organizations.models import Organization, Service
from projects.models import Project


def percentile_95(timings):
    """The 95th percentile of the timings, by the nearest-rank method."""
    ordered = sorted(timings)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


class Command(BaseCommand):
    help = "Time the public pages at scale."

    def add_arguments(self, parser):
        parser.add_argument("--organizations", type=int, default=250_000)
        # Listing pages take seconds each at national scale: few runs of them, more of search.
        parser.add_argument("--page-runs", type=int, default=5)
        parser.add_argument("--search-runs", type=int, default=10)

    def handle(self, *args, organizations, page_runs, search_runs, **options):
        missing = organizations - Organization.objects.count()
        if missing > 0:
            self.stdout.write(f"Generating {missing} organizations…")
            started = time.perf_counter()
            call_command("generate_demo", organizations=missing, stdout=self.stdout)
            self.stdout.write(f"  done in {time.perf_counter() - started:.0f} s")
        if SearchEntry.objects.count() < Organization.objects.published().count():
            started = time.perf_counter()
            call_command("rebuild_search_index", stdout=self.stdout)
            self.stdout.write(f"  search index built in {time.perf_counter() - started:.0f} s")
        self.bench_search(search_runs)
        organization = Organization.objects.published().order_by("pk").last()
        service = Service.objects.published().order_by("pk").last()
        project = Project.objects.published().order_by("pk").last()
        pages = {
            "baseline: minimal view": "/i18n/setlang/",
            "home": "/fr/",
            "search": "/fr/search/?q=migrants",
            "search, Arabic": "/ar/search/?q=%D9%85%D9%87%D8%A7%D8%AC%D8%B1%D9%8A%D9%86",
            "organizations": "/fr/organizations/",
            "organizations, filtered": "/fr/organizations/?theme=health&place=tanger&page=2",
            "organization": organization.get_absolute_url() if organization else None,
            "services": "/ar/services/?audience=migrants",
            "services, free text": "/fr/services/?q=aide",
            "service": service.get_absolute_url() if service else None,
            "projects": "/en/projects/",
            "project": project.get_absolute_url() if project else None,
            "news": "/fr/news/",
        }
        client = Client()
        self.stdout.write(
            f"{Organization.objects.count()} organizations on {connection.vendor}; "
            f"{page_runs} requests per page\n"
        )
        self.stdout.write(f"{'page':<28} {'median ms':>10} {'p95 ms':>8} {'queries':>8}  status")
        for name, url in pages.items():
            if url is None:
                continue
            timings = []
            for _ in range(page_runs):
                with CaptureQueriesContext(connection) as queries:
                    started = time.perf_counter()
                    response = client.get(url, HTTP_HOST="127.0.0.1")
                    timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            p95 = percentile_95(timings)
            self.stdout.write(
                f"{name:<28} {statistics.median(timings):>10.1f} {p95:>8.1f} "
                f"{len(queries):>8}  {response.status_code}"
            )

    # Queries a resident might type: common words, Arabic, a place, a typo, several words.
    SEARCHES = [
        "migrants",
        "مهاجرين",
        "mères",
        "santé",
        "Bni Makada",
        "alphabetisaton",
        "aide alimentaire femmes",
        "طنجة",
        "synthétique 12345",
        "zzzz",
    ]

    def bench_search(self, repeat):
        self.stdout.write(
            f"\nSearch on {connection.vendor}, {SearchEntry.objects.count()} entries; "
            f"{repeat} runs per query (parse, count and rank)"
        )
        self.stdout.write(f"{'query':<28} {'median ms':>10} {'p95 ms':>8} {'matches':>8}")
        medians = []
        for text in self.SEARCHES:
            timings = []
            for _ in range(repeat):
                started = time.perf_counter()
                query = search.parse(text)
                matches = search.find(query)
                timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            medians.append(statistics.median(timings))
            p95 = percentile_95(timings)
            self.stdout.write(f"{text:<28} {medians[-1]:>10.1f} {p95:>8.1f} {matches.total:>8}")
        self.stdout.write(f"{'median of the medians':<28} {statistics.median(medians):>10.1f}\n")
