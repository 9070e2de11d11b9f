"""Coordinators get every permission they are meant to have after one migrate of a new
database: the group is filled after the last app's migrate, once every permission exists."""

import json
import os
import subprocess
import sys

from django.conf import settings

from organizations.apps import COORDINATOR_PERMISSIONS

SHOW_GROUP = """
import json
import django
from django.core.management import call_command

django.setup()
call_command("migrate", verbosity=0)
from django.contrib.auth.models import Group
from organizations.rules import COORDINATORS

group = Group.objects.get(name=COORDINATORS)
print(json.dumps(sorted(
    f"{app_label}.{codename}"
    for app_label, codename in group.permissions.values_list("content_type__app_label", "codename")
)))
"""


def test_one_migrate_of_a_new_database_gives_coordinators_every_permission(tmp_path):
    environment = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(settings.BASE_DIR),
        "DJANGO_SETTINGS_MODULE": "directory.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'new.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", SHOW_GROUP], env=environment, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    granted = set(json.loads(result.stdout.splitlines()[-1]))

    for app_label, models in COORDINATOR_PERMISSIONS.items():
        for model in models:
            for action in ("view", "add", "change", "delete"):
                assert f"{app_label}.{action}_{model}" in granted
