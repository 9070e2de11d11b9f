"""The settings of a deployment on several machines, chosen from the environment: read
replicas of the primary database and uploaded media on S3-compatible object storage
(docs/deploy.md). Without those variables nothing changes.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# Run in a fresh interpreter: the settings are read once, when Django starts. Building the
# storage connects to nothing.
SHOW_SETTINGS = """
import json
import django
from django.conf import settings
from django.core.files.storage import default_storage, storages
from django.core.management import call_command

django.setup()
call_command("check")
databases = {
    alias: {key: value for key, value in database.items() if key != "PASSWORD"}
    for alias, database in settings.DATABASES.items()
}
print(json.dumps({
    "DATABASES": databases,
    "DATABASE_REPLICAS": settings.DATABASE_REPLICAS,
    "DATABASE_ROUTERS": settings.DATABASE_ROUTERS,
    "MIDDLEWARE": settings.MIDDLEWARE[0],
    "storage": type(storages["default"]).__name__,
    "logo_url": default_storage.url("logos/nour.160.webp"),
    "STORAGE_OPTIONS": settings.STORAGES["default"].get("OPTIONS", {}),
    "img-src": [str(source) for source in settings.SECURE_CSP["img-src"]],
}, default=str))
"""


def show_settings(tmp_path, **variables):
    environment = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(BASE_DIR),
        "DJANGO_SETTINGS_MODULE": "directory.settings",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'primary.sqlite3'}",
        **variables,
    }
    result = subprocess.run(
        [sys.executable, "-c", SHOW_SETTINGS],
        env=environment,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_without_replicas_or_a_bucket_one_database_and_files_on_disk(tmp_path):
    shown = show_settings(tmp_path, DATABASE_REPLICA_URLS="", S3_BUCKET="")

    assert list(shown["DATABASES"]) == ["default"]
    assert shown["DATABASES"]["default"]["DISABLE_SERVER_SIDE_CURSORS"] is False
    assert shown["DATABASE_REPLICAS"] == []
    assert shown["DATABASE_ROUTERS"] == []
    assert shown["MIDDLEWARE"] != "directory.db_router.ReadYourWritesMiddleware"
    assert shown["storage"] == "FileSystemStorage"
    assert shown["logo_url"] == "/media/logos/nour.160.webp"
    assert shown["img-src"] == ["'self'", "data:"]


def test_each_replica_url_becomes_an_alias_with_the_primarys_options(tmp_path):
    shown = show_settings(
        tmp_path,
        DATABASE_URL="postgres://dalil:secret@primary.internal:5432/dalil?sslmode=require",
        DATABASE_CONN_MAX_AGE="60",
        DATABASE_DISABLE_SERVER_SIDE_CURSORS="true",
        DATABASE_REPLICA_URLS=(
            "postgres://reader:secret@replica-a.internal:5432/dalil,"
            " postgres://reader:secret@replica-b.internal:6432/dalil?connect_timeout=3"
        ),
    )

    databases = shown["DATABASES"]
    assert list(databases) == ["default", "replica_1", "replica_2"]
    assert shown["DATABASE_REPLICAS"] == ["replica_1", "replica_2"]
    primary, first, second = databases["default"], databases["replica_1"], databases["replica_2"]
    assert (first["HOST"], first["PORT"], first["USER"]) == ("replica-a.internal", 5432, "reader")
    assert (second["HOST"], second["PORT"]) == ("replica-b.internal", 6432)
    for replica in (first, second):
        assert replica["ENGINE"] == primary["ENGINE"] == "django.db.backends.postgresql"
        assert replica["CONN_MAX_AGE"] == primary["CONN_MAX_AGE"] == 60
        assert replica["DISABLE_SERVER_SIDE_CURSORS"] is primary["DISABLE_SERVER_SIDE_CURSORS"]
        assert primary["DISABLE_SERVER_SIDE_CURSORS"] is True
        assert replica["OPTIONS"]["sslmode"] == "require"
        # Tests read the primary's test database through every replica alias.
        assert replica["TEST"]["MIRROR"] == "default"
    assert second["OPTIONS"]["connect_timeout"] == 3
    assert shown["DATABASE_ROUTERS"] == ["directory.db_router.ReplicaRouter"]
    assert shown["MIDDLEWARE"] == "directory.db_router.ReadYourWritesMiddleware"


def test_a_replica_of_another_kind_of_database_is_refused(tmp_path):
    environment = {
        "PATH": os.environ["PATH"],
        "PYTHONPATH": str(BASE_DIR),
        "DJANGO_SETTINGS_MODULE": "directory.settings",
        "DATABASE_URL": "postgres://dalil@primary.internal/dalil",
        "DATABASE_REPLICA_URLS": f"sqlite:///{tmp_path / 'replica.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", "import django; django.setup()"],
        env=environment,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "DATABASE_REPLICA_URLS must name the primary's database kind" in result.stderr


S3 = {
    "S3_BUCKET": "dalil-media",
    "S3_ACCESS_KEY_ID": "key-id",
    "S3_SECRET_ACCESS_KEY": "secret",
    "S3_REGION": "fr-par",
}


def test_a_bucket_on_an_s3_compatible_store_keeps_the_uploads(tmp_path):
    shown = show_settings(tmp_path, **S3, S3_ENDPOINT_URL="https://s3.fr-par.example.net")

    assert shown["storage"] == "S3Storage"
    options = shown["STORAGE_OPTIONS"]
    assert options["bucket_name"] == "dalil-media"
    assert options["endpoint_url"] == "https://s3.fr-par.example.net"
    assert (options["access_key"], options["region_name"]) == ("key-id", "fr-par")
    # No custom domain: links are signed, so a private bucket serves them too.
    assert options["querystring_auth"] is True
    assert options["file_overwrite"] is False
    url = shown["logo_url"]
    assert url.startswith("https://s3.fr-par.example.net/dalil-media/logos/nour.160.webp?")
    assert "X-Amz-Signature=" in url
    assert shown["img-src"] == ["'self'", "data:", "https://s3.fr-par.example.net"]


def test_a_custom_domain_serves_the_uploads_with_plain_links(tmp_path):
    shown = show_settings(tmp_path, **S3, S3_CUSTOM_DOMAIN="media.dalil.example")

    assert shown["storage"] == "S3Storage"
    assert shown["STORAGE_OPTIONS"]["querystring_auth"] is False
    assert shown["logo_url"] == "https://media.dalil.example/logos/nour.160.webp"
    assert shown["img-src"] == ["'self'", "data:", "https://media.dalil.example"]
