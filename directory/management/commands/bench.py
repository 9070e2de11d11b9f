"""`make bench`: each public page type under gunicorn and wrk, as a share of a bare view.

    DATABASE_URL=sqlite:///bench.sqlite3 python manage.py bench --organizations 250000

On the database of DATABASE_URL (a database of its own: the bench fills it), it

1. builds the synthetic directory once (directory/bench/database.py);
2. lists the addresses of each page type (directory/bench/addresses.py): cold rotates over many
   different ones, warm repeats one;
3. counts each page type's SQL queries in this process, after a warm-up request;
4. serves the site with gunicorn and the production settings (directory/bench/server.py) and drives
   it with wrk on 127.0.0.1 (directory/bench/wrk.py), measuring the bare view (no database, no
   template) before and after every page measurement, so each page's throughput is a share
   of the bare view's measured moments apart;
5. writes bench-results/<vendor>-<time>.json and prints a short table.

docs/performance.md explains the method and keeps the latest figures.
"""

import datetime
import json
import tempfile
import time
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from directory.bench import addresses, database, machine, server, wrk
from directory.bench.urls import BARE_PATH
from organizations.models import Organization, Service


class Command(BaseCommand):
    help = "Measure the public pages under gunicorn and wrk, as a share of a bare Django view."

    def add_arguments(self, parser):
        parser.add_argument("--organizations", type=int, default=250_000)
        parser.add_argument("--seconds", type=int, default=10, help="Per measurement.")
        parser.add_argument("--connections", type=int, default=8)
        parser.add_argument("--workers", type=int, default=4, help="gunicorn workers.")
        parser.add_argument("--output", default="bench-results", help="Folder for the JSON.")

    def handle(self, *args, organizations, seconds, connections, workers, output, **options):
        executable = wrk.find()
        if executable is None:
            raise CommandError(wrk.INSTALL_HINT)
        started = time.monotonic()
        database.prepare(organizations=organizations, stdout=self.stdout)
        self.stdout.write(f"Database ready in {time.monotonic() - started:.0f} s.")
        pages = addresses.build()
        queries = count_queries(pages)
        load_before = machine.load_average()
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        name = f"{connection.vendor}-{stamp}"
        with (
            tempfile.TemporaryDirectory(prefix="dalil-bench-") as scratch,
            server.gunicorn(
                workers=workers, log_path=folder / f"{name}-gunicorn.log", stdout=self.stdout
            ) as base_url,
        ):

            def run_wrk(path, duration):
                measurement = wrk.run(
                    executable=executable,
                    base_url=base_url,
                    addresses_file=path,
                    seconds=duration,
                    connections=connections,
                )
                server.wait_until_idle(base_url, connections=connections)
                return measurement

            self.wrk = run_wrk
            files = write_address_files(Path(scratch), pages)
            self.warm_up(files, seconds)
            measured = self.measure(files, seconds)
        results = {
            "vendor": connection.vendor,
            "measured_at": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
            "organizations": Organization.objects.count(),
            "services": Service.objects.count(),
            "machine": {**machine.describe(), "load_average_at_start": load_before},
            "seconds_per_measurement": seconds,
            "connections": connections,
            "gunicorn_workers": workers,
            "bare": [measurement.as_dict() for measurement in measured["bare"]],
            "pages": {
                page_type: {
                    "addresses": len(pages[page_type]),
                    "warm_address": pages[page_type][0],
                    "queries": queries[page_type],
                    **measured["pages"][page_type],
                }
                for page_type in addresses.PAGE_TYPES
            },
            "bare_queries": queries["bare"],
        }
        results_path = folder / f"{name}.json"
        results_path.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n")
        self.stdout.write("\n" + table(results))
        self.stdout.write(f"\nResults: {results_path}; took {time.monotonic() - started:.0f} s.")
        failed = error_count(results)
        if failed:
            raise CommandError(
                f"{failed} requests FAILED (not 2xx or 3xx, no answer, or none finished in a "
                f"measurement): the figures above "
                f"do not measure the pages. See {folder / name}-gunicorn.log."
            )

    def warm_up(self, files, seconds):
        """Every worker reads the catalogue, the facet sets and the orders once, untimed."""
        self.stdout.write("Warming up…")
        self.wrk(files["warm-up"], max(2, seconds // 2))

    def measure(self, files, seconds):
        """Bare, then for each page type: cold, bare, warm, bare."""
        bare = [self.wrk(files["bare"], seconds)]
        pages = {}
        for page_type in addresses.PAGE_TYPES:
            pages[page_type] = {}
            for temperature in ("cold", "warm"):
                page = self.wrk(files[f"{page_type}-{temperature}"], seconds)
                bare.append(self.wrk(files["bare"], seconds))
                pages[page_type][temperature] = {
                    **page.as_dict(),
                    "share": round(wrk.share(page, bare[-2], bare[-1]), 3),
                }
                self.stdout.write(
                    f"{page_type:<14} {temperature}: {page.requests_per_second:7.1f} req/s, "
                    f"bare {bare[-1].requests_per_second:7.1f} req/s, "
                    f"p99 {page.p99_ms:.0f} ms, {page.errors} errors"
                )
        return {"bare": bare, "pages": pages}


def write_address_files(folder, pages):
    """One file per page type and temperature, plus the bare view's and the warm-up's."""
    contents = {"bare": [BARE_PATH]}
    for page_type, listed in pages.items():
        contents[f"{page_type}-cold"] = listed
        contents[f"{page_type}-warm"] = listed[:1]
    # The first addresses of every type: the warm-up visits them all.
    contents["warm-up"] = [address for listed in pages.values() for address in listed[:20]]
    files = {}
    for name, lines in contents.items():
        files[name] = folder / f"{name}.txt"
        files[name].write_text("\n".join(lines) + "\n")
    return files


def count_queries(pages):
    """{page type: {"warm": n, "cold": n, "status": [codes]}} measured in this process.

    Warm is the warm address requested again; cold is another address of the same type,
    once the process holds what every page reads (taxonomy, facet sets).
    """
    client = Client(headers={"host": "127.0.0.1"})
    counts = {}
    for page_type, listed in pages.items():
        warm, cold = listed[0], listed[1 % len(listed)]
        first = client.get(warm, secure=True)
        with CaptureQueriesContext(connection) as warm_queries:
            again = client.get(warm, secure=True)
        with CaptureQueriesContext(connection) as cold_queries:
            other = client.get(cold, secure=True)
        counts[page_type] = {
            "warm": len(warm_queries),
            "cold": len(cold_queries),
            "status": sorted({first.status_code, again.status_code, other.status_code}),
        }
    with override_settings(ROOT_URLCONF="directory.bench.urls"):
        with CaptureQueriesContext(connection) as bare_queries:
            client.get(BARE_PATH, secure=True)
    counts["bare"] = len(bare_queries)
    return counts


def error_count(results):
    """Failed requests, and one for each measurement in which no request finished at all."""
    measurements = [*results["bare"]]
    failed = 0
    for figures in results["pages"].values():
        measurements += [figures["cold"], figures["warm"]]
        failed += sum(1 for status in figures["queries"]["status"] if status >= 400)
    for measurement in measurements:
        failed += measurement["errors"] or (measurement["requests"] == 0)
    return failed


def table(results):
    """The figures as a short table: shares of the bare view, latencies, queries, errors."""
    bare = [measurement["requests_per_second"] for measurement in results["bare"]]
    lines = [
        f"{results['vendor']}, {results['organizations']:,} organizations, "
        f"{results['gunicorn_workers']} gunicorn workers, {results['connections']} connections, "
        f"{results['seconds_per_measurement']} s per measurement; bare view "
        f"{min(bare):.0f}-{max(bare):.0f} req/s, {results['bare_queries']} queries",
        "",
        f"{'':<14}{'share of bare':>15}{'p50 ms':>13}{'p99 ms':>13}{'queries':>11}{'errors':>8}",
        f"{'page':<14}{'cold   warm':>15}{'cold  warm':>13}{'cold  warm':>13}"
        f"{'cold warm':>11}{'':>8}",
    ]
    for page_type, figures in results["pages"].items():
        cold, warm, queries = figures["cold"], figures["warm"], figures["queries"]
        errors = cold["errors"] + warm["errors"]
        bad_status = [status for status in queries["status"] if status >= 400]
        lines.append(
            f"{page_type:<14}"
            f"{cold['share']:>9.3f}{warm['share']:>6.3f}"
            f"{cold['p50_ms']:>8.0f}{warm['p50_ms']:>5.0f}"
            f"{cold['p99_ms']:>8.0f}{warm['p99_ms']:>5.0f}"
            f"{queries['cold']:>7}{queries['warm']:>4}"
            f"{errors:>8}" + (f"  status {bad_status}" if bad_status else "")
        )
    return "\n".join(lines)
