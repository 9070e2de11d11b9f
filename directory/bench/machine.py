"""What the figures were measured on: the processor, the memory, the database's version."""

import os
import platform
from pathlib import Path

import django
from django.db import connection


def describe():
    return {
        "cpu": cpu_model(),
        "cores": os.cpu_count(),
        "memory_gb": memory_gb(),
        "system": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "database": f"{connection.display_name} {database_version()}",
        # Other programs' load makes every figure slower; the shares compensate only in part.
        "load_average": load_average(),
    }


def load_average():
    """The machine's load over the last 1, 5 and 15 minutes (runnable processes)."""
    try:
        return [round(load, 2) for load in os.getloadavg()]
    except OSError:
        return None


def cpu_model():
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def memory_gb():
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024**2, 1)
    except OSError:
        pass
    return None


def database_version():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return cursor.fetchone()[0]
    if connection.vendor == "sqlite":
        return connection.Database.sqlite_version
    return "unknown"
