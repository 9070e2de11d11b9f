"""The settings read from the environment as .env.example writes it: an empty value is a
value left unset, and gives the development default.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter: the settings are read once, when Django starts.
SHOW_SETTINGS = """
import json, runpy, sys
import django
from django.conf import settings
from django.core.management import call_command

django.setup()
call_command("check")
gunicorn = runpy.run_path(sys.argv[1])
print(json.dumps({
    "DEBUG": settings.DEBUG,
    "MEDIA_ROOT": str(settings.MEDIA_ROOT),
    "DATABASE": settings.DATABASES["default"]["NAME"],
    "ALLOWED_HOSTS": settings.ALLOWED_HOSTS,
    "SITE_URL": settings.SITE_URL,
    "MAILER": settings.MAILERS["default"]["BACKEND"],
    "bind": gunicorn["bind"],
    "workers": gunicorn["workers"],
}))
"""


def env_example():
    """The variables of .env.example, each with its value as written there."""
    variables = {}
    for line in (BASE_DIR / ".env.example").read_text().splitlines():
        if line.strip() and not line.startswith("#"):
            name, _equals, value = line.partition("=")
            variables[name] = value
    return variables


def test_settings_start_from_env_example_exported_as_it_is(tmp_path):
    variables = env_example()
    assert variables["DATABASE_URL"] == "" and variables["MEDIA_ROOT"] == ""
    environment = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(BASE_DIR),
        "DJANGO_SETTINGS_MODULE": "directory.settings",
        **variables,
    }

    # From another directory, so that a path that stands for "here" shows.
    result = subprocess.run(
        [sys.executable, "-c", SHOW_SETTINGS, str(BASE_DIR / "gunicorn.conf.py")],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    shown = json.loads(result.stdout.splitlines()[-1])
    assert shown["DEBUG"] is True
    assert shown["MEDIA_ROOT"] == str(BASE_DIR / "media")
    assert shown["DATABASE"] == str(BASE_DIR / "dalil.sqlite3")
    assert shown["ALLOWED_HOSTS"] == ["127.0.0.1", "localhost"]
    assert shown["SITE_URL"] == "http://127.0.0.1:8000"
    assert shown["MAILER"] == "django.core.mail.backends.console.EmailBackend"
    assert shown["bind"] == "127.0.0.1:8000"
    assert shown["workers"] >= 3
