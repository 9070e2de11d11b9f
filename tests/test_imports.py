"""Large imports run in the background worker: the upload answers at once with the job's
page, the worker checks and then imports the file in chunks, each chunk in its own
transaction, and the page follows the progress to the result."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from organizations import imports
from organizations.models import ImportJob, Organization
from organizations.resources import OrganizationResource
from tests.factories import OrganizationFactory, ThemeFactory, UserFactory
from tests.pages import parse
from tests.test_import_export import csv_file, url


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def coordinator(personas, client):
    client.force_login(personas.coordinator)
    return personas.coordinator


def organization_rows(count, start=1):
    return [
        {
            "slug": f"association-{number}",
            "name_fr": f"Association numéro {number}",
            "name_ar": f"جمعية رقم {number}",
            "kind": "association",
            "status": "published",
            "email": f"contact@association-{number}.example.org",
            "themes": "legal-aid, health",
            "year_founded": "2001",
        }
        for number in range(start, start + count)
    ]


@pytest.fixture
def themes(db):
    return [ThemeFactory(slug="legal-aid"), ThemeFactory(slug="health")]


def upload(client, rows):
    response = client.post(
        url(Organization, "import"),
        {"format": "0", "import_file": csv_file(Organization, rows, name="big.csv")},
    )
    assert response.status_code == 302
    return ImportJob.objects.get()


def text(response):
    return parse(response.content.decode()).text


def test_an_upload_is_queued_then_checked_then_imported_by_the_worker(
    client, coordinator, themes, run_tasks
):
    job = upload(client, organization_rows(12))

    assert job.status == ImportJob.Status.CHECKING
    assert job.created_by == coordinator and job.file_name == "big.csv"
    page = client.get(job.get_absolute_url())
    root = parse(page.content.decode())
    assert root.find("progress") is not None
    assert 'http-equiv="refresh"' in page.content.decode()
    assert not Organization.objects.filter(slug__startswith="association-").exists()

    run_tasks()

    job.refresh_from_db()
    assert job.status == ImportJob.Status.CHECKED
    assert (job.rows_total, job.rows_done, job.new, job.invalid) == (12, 12, 12, 0)
    page = client.get(job.get_absolute_url())
    assert "Association numéro 7" in text(page)
    assert 'http-equiv="refresh"' not in page.content.decode()
    assert not Organization.objects.filter(slug__startswith="association-").exists()

    client.post(job.get_absolute_url(), {"confirm": "1"})
    job.refresh_from_db()
    assert job.status == ImportJob.Status.IMPORTING
    assert not Organization.objects.filter(slug__startswith="association-").exists()
    run_tasks()

    job.refresh_from_db()
    assert job.status == ImportJob.Status.DONE
    assert (job.rows_done, job.new, job.updated, job.skipped) == (12, 12, 0, 0)
    assert job.started_at <= job.finished_at
    imported = Organization.objects.filter(slug__startswith="association-")
    assert imported.count() == 12
    record = imported.get(slug="association-7")
    assert sorted(record.themes.values_list("slug", flat=True)) == ["health", "legal-aid"]
    assert record.history.get().history_user == coordinator
    page = client.get(job.get_absolute_url())
    counts = parse(page.content.decode()).find(id="import-counts")
    assert [cell.text for cell in counts.find_all("td")] == ["12", "0", "0", "0"]
    assert job.file_name in text(client.get(url(Organization, "import")))


def test_wrong_rows_are_reported_with_the_values_typed(client, coordinator, themes, run_tasks):
    rows = organization_rows(4)
    rows[1]["email"] = "pas une adresse"
    rows[3]["themes"] = "legal-aid, astrologie"

    job = upload(client, rows)
    run_tasks()

    job.refresh_from_db()
    assert (job.status, job.new, job.invalid) == (ImportJob.Status.CHECKED, 2, 2)
    assert [error["row"] for error in job.errors] == [2, 4]
    assert job.errors[0]["values"]["email"] == "pas une adresse"
    assert job.errors[0]["values"]["name_ar"] == "جمعية رقم 2"
    page = text(client.get(job.get_absolute_url()))
    assert "pas une adresse" in page and "“astrologie”" in page
    assert "Saisissez une adresse" in page  # the reasons in the coordinator's language


def test_a_failing_chunk_leaves_the_earlier_chunks_imported(
    client, coordinator, themes, run_tasks, monkeypatch
):
    monkeypatch.setattr(imports, "CHUNK_SIZE", 2)
    job = upload(client, organization_rows(5))
    run_tasks()
    OrganizationFactory(slug="association-3")  # taken between the preview and the import

    client.post(job.get_absolute_url(), {"confirm": "1"})
    run_tasks()

    job.refresh_from_db()
    assert job.status == ImportJob.Status.FAILED
    assert (job.rows_done, job.new) == (2, 2)
    assert set(
        Organization.objects.filter(slug__startswith="association-").values_list("slug", flat=True)
    ) == {"association-1", "association-2", "association-3"}
    assert "3–4" in job.message and "1–2" in job.message
    assert [error["row"] for error in job.errors] == [3]
    page = text(client.get(job.get_absolute_url()))
    assert " ".join(job.message.split()) in page  # the page's text reads a no-break space as one


def test_two_rows_of_the_file_taking_one_slug_are_found_across_chunks(
    client, coordinator, themes, run_tasks, monkeypatch
):
    monkeypatch.setattr(imports, "CHUNK_SIZE", 2)
    rows = organization_rows(3)
    rows[2]["slug"] = "association-1"

    job = upload(client, rows)
    run_tasks()

    job.refresh_from_db()
    assert [error["row"] for error in job.errors] == [3]
    assert not job.can_be_confirmed


def test_only_the_coordinator_who_uploaded_sees_the_job(client, coordinator, themes, personas):
    job = upload(client, organization_rows(1))

    other_coordinator = UserFactory(is_staff=True)
    other_coordinator.groups.set(coordinator.groups.all())
    client.force_login(other_coordinator)
    assert client.get(job.get_absolute_url()).status_code == 404
    assert client.post(job.get_absolute_url(), {"confirm": "1"}).status_code == 404

    client.force_login(UserFactory(is_staff=True))  # staff without the permission
    assert client.get(job.get_absolute_url()).status_code == 403
    assert client.get(url(Organization, "import")).status_code == 403

    client.force_login(personas.editor)  # not staff: the admin's login page
    assert client.get(job.get_absolute_url()).status_code == 302

    # The address of another kind of record does not show it either.
    client.force_login(coordinator)
    other_kind = job.get_absolute_url().replace("/organization/", "/service/")
    assert client.get(other_kind).status_code == 404
    job.refresh_from_db()
    assert job.status == ImportJob.Status.CHECKING


def test_the_upload_answers_without_reading_the_rows(client, coordinator, themes):
    rows = organization_rows(300)
    with CaptureQueriesContext(connection) as queries:
        upload(client, rows)
    # The session, the user, the job and the queued task: nothing per row.
    assert len(queries) < 15


# Queries per chunk: the same at any number of rows ----------------------------------------


def chunk_queries(job, rows, django_assert_num_queries, count, *, write):
    resource = OrganizationResource()
    ContentType.objects.clear_cache()  # the activity log's, read once per process
    with django_assert_num_queries(count):
        if write:
            imports.import_chunk(job, resource, rows, first=1, seen={})
        else:
            imports.read_chunk(resource, rows, first=1, seen={})


@pytest.mark.parametrize("size", [3, 9])
def test_checking_a_chunk_costs_the_same_queries_at_any_size(
    coordinator, themes, size, django_assert_num_queries
):
    job = ImportJob.objects.create(
        created_by=coordinator, resource="organization", file=SimpleUploadedFile("a.csv", b"")
    )
    rows = [{**row, "uuid": ""} for row in csv_rows(organization_rows(size))]
    # The themes (once per import), the uniqueness of the rows' uuids and slugs.
    chunk_queries(job, rows, django_assert_num_queries, 3, write=False)


@pytest.mark.parametrize("size", [3, 9])
def test_importing_a_chunk_of_new_rows_costs_the_same_queries_at_any_size(
    coordinator, themes, size, django_assert_num_queries
):
    job = ImportJob.objects.create(
        created_by=coordinator, resource="organization", file=SimpleUploadedFile("a.csv", b"")
    )
    rows = csv_rows(organization_rows(size))
    # The themes (once per import), uniqueness, records, history, their themes, the activity
    # log, their search entries and facet sets, and the job's progress.
    chunk_queries(job, rows, django_assert_num_queries, 30, write=True)
    assert Organization.objects.filter(slug__startswith="association-").count() == size
    job.refresh_from_db()
    assert (job.rows_done, job.new) == (size, size)


def csv_rows(rows):
    """The rows as the worker reads them from the file: every column, empty cells as ""."""
    from tests.test_import_export import header

    return [{column: row.get(column, "") for column in header(Organization)} for row in rows]
