"""The production settings, with the bare view the bench compares every page with.

Only two things differ from directory/settings.py: the URLs add `/bench/bare/` (urls.py),
and static files are collected into BENCH_STATIC_ROOT, so the bench leaves the checkout's
staticfiles/ alone. DEBUG, SECRET_KEY and the database come from the environment as in
production (server.py sets them).
"""

from directory.settings import *  # noqa: F403
from directory.settings import BASE_DIR, env

ROOT_URLCONF = "directory.bench.urls"
STATIC_ROOT = env("BENCH_STATIC_ROOT", str(BASE_DIR / "staticfiles"))
