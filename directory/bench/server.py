"""Serve the site with gunicorn and the production settings for the length of a bench.

The environment is production's: DEBUG off, a throwaway SECRET_KEY, whitenoise serving
static files collected into a temporary directory, gunicorn.conf.py. Only the bench's
settings module (settings.py) adds the bare view, and HTTPS redirects are off, as wrk
speaks plain HTTP on 127.0.0.1.
"""

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings

from .urls import BARE_PATH

PORTS = range(8200, 8300)


def free_port():
    """The first port of 8200-8299 nothing listens on at 127.0.0.1."""
    for port in PORTS:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            try:
                probe.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("Every port from 8200 to 8299 is taken on 127.0.0.1.")


def production_environment(*, static_root, port, workers):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "directory.bench.settings",
        "DEBUG": "false",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "BENCH_STATIC_ROOT": str(static_root),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_WORKERS": str(workers),
    }


@contextlib.contextmanager
def gunicorn(*, workers, log_path, stdout):
    """Serve the site on a free port; yields its base URL and stops it whatever happens."""
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="dalil-bench-static-") as static_root:
        environment = production_environment(static_root=static_root, port=port, workers=workers)
        stdout.write("Collecting static files (collectstatic)…")
        subprocess.run(
            [sys.executable, "manage.py", "collectstatic", "--no-input", "--verbosity=0"],
            cwd=settings.BASE_DIR,
            env=environment,
            check=True,
        )
        with open(log_path, "w") as log:
            process = subprocess.Popen(
                # No control socket: its one default path would be shared with any other
                # gunicorn running on the machine.
                [
                    sys.executable,
                    "-m",
                    "gunicorn",
                    "--config=gunicorn.conf.py",
                    "--no-control-socket",
                ],
                cwd=settings.BASE_DIR,
                env=environment,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
            try:
                base_url = f"http://127.0.0.1:{port}"
                wait_until_serving(process, base_url + BARE_PATH, log_path)
                stdout.write(f"gunicorn serves {base_url} with {workers} workers.")
                yield base_url
            finally:
                process.terminate()  # gunicorn's graceful stop
                try:
                    process.wait(timeout=40)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()


def wait_until_serving(process, url, log_path, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped at start; see {log_path}")
        try:
            with urllib.request.urlopen(url, timeout=30) as response:
                if response.status == 200:
                    return
        except OSError:  # not listening yet, or still starting its workers
            pass
        time.sleep(0.5)
    raise RuntimeError(f"gunicorn did not answer {url} within {timeout} s; see {log_path}")


def wait_until_idle(base_url, *, connections):
    """Return once the requests a measurement left queued are answered.

    wrk stops counting at the end of its run, but gunicorn still answers the requests it
    had accepted; left alone, they would slow the next measurement down. As many bare
    requests as wrk had connections, sent at once, are answered only after them.
    """

    def bare(_):
        with urllib.request.urlopen(base_url + BARE_PATH, timeout=120) as response:
            response.read()

    with ThreadPoolExecutor(max_workers=connections) as pool:
        list(pool.map(bare, range(connections)))
