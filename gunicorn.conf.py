"""Gunicorn settings for production: `gunicorn -c gunicorn.conf.py`.

Static files are served by whitenoise from STATIC_ROOT (run `manage.py collectstatic`);
media files by the reverse proxy in front.
"""

import multiprocessing
import os


def env(name, default):
    """The variable's value; an empty one counts as unset (as in directory/settings.py)."""
    return os.environ.get(name) or default


wsgi_app = "directory.wsgi:application"
bind = env("GUNICORN_BIND", "127.0.0.1:8000")
workers = int(env("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = 30
graceful_timeout = 30
max_requests = 2000
max_requests_jitter = 200
forwarded_allow_ips = env("FORWARDED_ALLOW_IPS", "127.0.0.1")
# Access logs carry no query strings, which may hold what a resident searched for.
accesslog = "-"
access_log_format = '%(t)s "%(m)s %(U)s" %(s)s %(b)s %(L)ss'
errorlog = "-"
