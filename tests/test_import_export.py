"""Coordinators import and export organizations, locations and services as CSV and XLSX in
the admin: the background worker checks the file first, row errors are shown and nothing is
applied before the coordinator confirms, rows are matched by uuid."""

import csv
import io
import re

import openpyxl
import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils.translation import gettext

from directory.search import query as search
from directory.taxonomy.models import PublicationStatus
from organizations.models import ImportJob, Location, Organization, Service
from tests.factories import (
    AudienceFactory,
    CountryFactory,
    LanguageFactory,
    OrganizationFactory,
    ThemeFactory,
    UserFactory,
)
from tests.pages import parse

CSV, XLSX = "0", "1"  # the format choices of django-import-export's forms, in our order
MODELS = [Organization, Location, Service]


def url(model, view):
    return reverse(f"admin:organizations_{model._meta.model_name}_{view}")


@pytest.fixture
def coordinator(personas, client):
    """The coordinator, logged in to the admin."""
    personas.coordinator.is_staff = True
    personas.coordinator.save()
    client.force_login(personas.coordinator)
    return personas.coordinator


@pytest.fixture
def tagged(personas):
    """ASTICUDE and its service with themes, audiences, languages and countries."""
    themes = [ThemeFactory(slug="legal-aid"), ThemeFactory(slug="health")]
    audiences = [AudienceFactory(slug="migrants"), AudienceFactory(slug="women")]
    languages = [LanguageFactory(code="ary"), LanguageFactory(code="fr")]
    organization = personas.asticude.organization
    organization.themes.set(themes)
    organization.audiences.set(audiences[:1])
    organization.languages.set(languages)
    organization.countries.set([CountryFactory(code="MA")])
    organization.year_founded = 1998
    organization.website = "https://asticude.example.org"
    organization.email = "contact@asticude.example.org"
    organization.save()
    location = personas.asticude.location
    location.latitude, location.longitude = "35.759465", "-5.833954"
    location.save()
    service = personas.asticude.service
    service.themes.set(themes[:1])
    service.audiences.set(audiences)
    service.languages.set(languages[:1])
    return personas


def header(model):
    from organizations.admin import admin

    resource = admin.site._registry[model].resource_classes[0]()
    return resource.get_export_headers()


def csv_file(model, rows, name="records.csv"):
    """A CSV file with the model's columns, from dicts of the cells that are not empty."""
    columns = header(model)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    for row in rows:
        writer.writerow({column: row.get(column, "") for column in columns})
    return SimpleUploadedFile(name, out.getvalue().encode(), content_type="text/csv")


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    """Uploaded files are stored (ImportJob.file) in a folder of the test's own."""
    settings.MEDIA_ROOT = tmp_path


@pytest.fixture
def importer(client, run_tasks):
    """Upload, let the worker check, confirm, let the worker import: as a coordinator does."""

    class Importer:
        def upload(self, model, upload, file_format=CSV):
            """Upload a file to the import page: the job it made, queued, nothing read yet."""
            response = client.post(
                url(model, "import"), {"format": file_format, "import_file": upload}
            )
            assert response.status_code == 302, response.content.decode()[:2000]
            job = ImportJob.objects.get(pk=int(response["Location"].rstrip("/").split("/")[-1]))
            assert response["Location"] == job.get_absolute_url()
            return job

        def preview(self, model, upload, file_format=CSV):
            """Upload and let the worker check: the job, and its page."""
            job = self.upload(model, upload, file_format)
            run_tasks()
            job.refresh_from_db()
            return job, client.get(job.get_absolute_url())

        def confirm(self, job):
            response = client.post(job.get_absolute_url(), {"confirm": "1"})
            assert response.status_code == 302
            run_tasks()
            job.refresh_from_db()
            return job

        def import_file(self, model, upload, file_format=CSV):
            job, page = self.preview(model, upload, file_format)
            assert job.status == ImportJob.Status.CHECKED, (job.message, job.errors)
            job = self.confirm(job)
            assert job.status == ImportJob.Status.DONE, (job.message, job.errors)
            return job

    return Importer()


def refused(client, model, upload, file_format=CSV):
    """Upload a file the import page refuses at once: its answer, with the form's errors."""
    response = client.post(url(model, "import"), {"format": file_format, "import_file": upload})
    assert response.status_code == 200
    assert response.context["form"].errors
    assert not ImportJob.objects.exists()
    return response


def field_errors(job):
    """{row number: {field: [messages]}} of a job's wrong rows."""
    return {
        error["row"]: {field["field"]: field["messages"] for field in error["errors"]}
        for error in job.errors
    }


def export(client, model, file_format=CSV, query=""):
    response = client.post(url(model, "export") + query, {"format": file_format})
    assert response.status_code == 200
    return response.content


def read(content, file_format=CSV):
    """The rows of an exported file, as dicts of strings."""
    if file_format == CSV:
        return list(csv.DictReader(io.StringIO(content.decode("utf-8-sig"))))
    sheet = openpyxl.load_workbook(io.BytesIO(content)).active
    rows = list(sheet.iter_rows(values_only=True))
    return [
        {
            column: "" if value is None else str(value)
            for column, value in zip(rows[0], row, strict=True)
        }
        for row in rows[1:]
    ]


def snapshot():
    """Every field of every organization, location and service, many-to-many included."""
    state = {}
    for model in MODELS:
        for record in model.objects.order_by("pk"):
            values = {
                field.attname: getattr(record, field.attname)
                for field in model._meta.concrete_fields
            }
            for field in model._meta.many_to_many:
                related = getattr(record, field.name).values_list("pk", flat=True)
                values[field.name] = sorted(related)
            state[(model.__name__, record.pk)] = values
    return state


def page_text(response):
    return parse(response.content.decode()).text


# Import ------------------------------------------------------------------------------------


def test_coordinator_imports_organizations_after_a_preview(client, coordinator, tagged, importer):
    page = client.get(url(Organization, "import"))
    assert page.status_code == 200
    assert "uuid, slug, name_ar, name_fr, name_en" in page.content.decode()

    rows = [
        {
            "slug": "darna",
            "name_fr": "Association Darna",
            "name_ar": "جمعية دارنا",
            "kind": "association",
            "status": "published",
            "email": "contact@darna.example.org",
            "themes": "legal-aid, health",
            "audiences": "women",
            "languages": "ary",
            "year_founded": "2001",
            "last_verified_on": "2025-01-31",
        }
    ]
    job = importer.upload(Organization, csv_file(Organization, rows))
    assert job.status == ImportJob.Status.CHECKING  # queued: nothing read yet
    assert client.get(job.get_absolute_url()).status_code == 200

    job, response = importer.preview(Organization, csv_file(Organization, rows))
    assert job.status == ImportJob.Status.CHECKED
    assert (job.rows_total, job.rows_done, job.new, job.invalid) == (1, 1, 1, 0)
    assert "Association Darna" in page_text(response)
    assert "contact@darna.example.org" in page_text(response)
    assert not Organization.objects.filter(slug="darna").exists()  # a preview saves nothing

    job = importer.confirm(job)
    assert job.status == ImportJob.Status.DONE
    assert (job.rows_done, job.new, job.updated) == (1, 1, 0)

    darna = Organization.objects.get(slug="darna")
    assert darna.name_ar == "جمعية دارنا"
    assert darna.uuid is not None
    assert darna.year_founded == 2001
    assert str(darna.last_verified_on) == "2025-01-31"
    assert sorted(darna.themes.values_list("slug", flat=True)) == ["health", "legal-aid"]
    assert list(darna.audiences.values_list("slug", flat=True)) == ["women"]
    assert darna.history.first().history_user == coordinator


def test_reimporting_a_row_updates_its_record_by_uuid(client, coordinator, tagged, importer):
    asticude = tagged.asticude.organization
    rows = read(export(client, Organization))
    row = next(row for row in rows if row["uuid"] == str(asticude.uuid))
    row["name_en"] = "ASTICUDE, renamed"
    row["slug"] = "asticude-tanger"
    row["themes"] = "health"

    version = asticude.version
    job = importer.import_file(Organization, csv_file(Organization, [row]))

    assert (job.new, job.updated) == (0, 1)
    asticude.refresh_from_db()
    assert asticude.version == version + 1  # older drafts now conflict
    assert asticude.history.first().history_type == "~"
    assert asticude.history.first().history_user == coordinator
    assert Organization.objects.count() == 2
    assert asticude.name_en == "ASTICUDE, renamed"
    assert asticude.slug == "asticude-tanger"
    assert list(asticude.themes.values_list("slug", flat=True)) == ["health"]


def test_imported_records_are_found_by_search_at_once(client, coordinator, tagged, importer):
    row = {"slug": "bayt-al-amal", "name_fr": "Bayt Al Amal Zorglub", "status": "published"}
    importer.import_file(Organization, csv_file(Organization, [row]))
    bayt = Organization.objects.get(slug="bayt-al-amal")

    found = search.find(search.parse("zorglub")).ranked
    assert ("organization", bayt.pk) in [(kind, pk) for kind, pk, _place in found]

    # An update too: the old name is gone, the new one found.
    rows = read(export(client, Organization, query="?q=bayt-al-amal"))
    rows[0]["name_fr"] = "Bayt Al Amal Quetzal"
    importer.import_file(Organization, csv_file(Organization, rows))
    assert not search.find(search.parse("zorglub")).ranked
    assert search.find(search.parse("quetzal")).ranked[0][:2] == ("organization", bayt.pk)


def test_coordinator_imports_locations_with_a_place_by_code_or_slug(
    client, coordinator, tangier, importer
):
    upload = csv_file(
        Location,
        [
            {"organization": "asticude", "place": "01.511.01.07", "address_fr": "1 rue A"},
            {"organization": "asticude", "place": "bni-makada", "address_fr": "2 rue B"},
        ],
    )
    importer.import_file(Location, upload)

    assert Location.objects.get(address_fr="1 rue A").place == tangier.medina
    assert Location.objects.get(address_fr="2 rue B").place == tangier.bni_makada


def test_coordinator_imports_a_service_at_its_organizations_locations(
    client, coordinator, tagged, importer
):
    location = tagged.asticude.location
    upload = csv_file(
        Service,
        [
            {
                "slug": "permanence-juridique",
                "organization": "asticude",
                "name_fr": "Permanence juridique",
                "is_free": "1",
                "locations": str(location.uuid),
                "themes": "legal-aid",
                "status": "published",
            }
        ],
    )
    importer.import_file(Service, upload)

    service = Service.objects.get(slug="permanence-juridique")
    assert service.organization == tagged.asticude.organization
    assert list(service.locations.all()) == [location]


def test_a_file_with_one_bad_row_changes_nothing(client, coordinator, tagged, importer):
    before = snapshot()
    good = {"slug": "good-one", "name_fr": "Bonne association"}
    rows = [
        good,
        {"slug": "unknown-theme", "name_fr": "Inconnue", "themes": "legal-aid,astrology"},
        {"slug": "bad-email", "name_fr": "Courriel", "email": "not an address"},
        {"slug": "asticude", "name_fr": "Doublon"},
        {"slug": "no-name"},
        {"slug": "bad-kind", "name_fr": "Genre", "kind": "club"},
    ]

    job, response = importer.preview(Organization, csv_file(Organization, rows))

    assert job.status == ImportJob.Status.CHECKED and not job.can_be_confirmed
    assert (job.new, job.invalid) == (1, 5)
    assert not parse(response.content.decode()).find("input", name="confirm")
    errors = field_errors(job)
    assert set(errors) == {2, 3, 4, 5, 6}
    assert "astrology" in str(errors[2]["themes"])
    assert set(errors[3]) == {"email"}
    assert set(errors[4]) == {"slug"}
    assert set(errors[5]) == {"name"}
    assert set(errors[6]) == {"kind"}
    text = page_text(response)
    assert gettext("Nothing was imported") in text
    assert "“astrology”" in text
    assert "not an address" in text  # the values as typed
    # Confirming anyway imports nothing.
    assert importer.confirm(job).status == ImportJob.Status.CHECKED
    assert snapshot() == before
    assert not Organization.objects.filter(slug="good-one").exists()


def test_a_row_that_became_wrong_after_the_preview_saves_nothing(
    client, coordinator, tagged, importer
):
    rows = [{"slug": "first", "name_fr": "Première"}, {"slug": "second", "name_fr": "Seconde"}]
    job, _page = importer.preview(Organization, csv_file(Organization, rows))
    OrganizationFactory(slug="second")  # another coordinator was quicker
    before = snapshot()

    job = importer.confirm(job)

    assert job.status == ImportJob.Status.FAILED
    assert set(field_errors(job)[2]) == {"slug"}
    assert snapshot() == before
    assert not Organization.objects.filter(slug="first").exists()


def test_unknown_organization_place_or_location_are_row_errors(
    client, coordinator, tagged, importer
):
    other_location = tagged.other.location
    job, _page = importer.preview(
        Location, csv_file(Location, [{"organization": "nobody", "place": "99.9999"}])
    )
    errors = field_errors(job)[1]
    assert set(errors) == {"organization", "place"}
    assert "nobody" in str(errors["organization"])

    service_row = {
        "slug": "somewhere-else",
        "organization": "asticude",
        "name_fr": "Ailleurs",
        "locations": f"{other_location.uuid},not-a-uuid",
    }
    job, _page = importer.preview(Service, csv_file(Service, [service_row]))
    errors = field_errors(job)[1]
    assert "not-a-uuid" in str(errors["locations"])

    service_row["locations"] = str(other_location.uuid)
    job, _page = importer.preview(Service, csv_file(Service, [service_row]))
    errors = field_errors(job)[1]
    assert str(other_location.uuid) in str(errors["locations"])
    assert not Service.objects.filter(slug="somewhere-else").exists()


def test_a_file_in_another_encoding_is_refused_with_a_reason(client, coordinator, tagged):
    content = "uuid,slug,name_fr\n,ecole,École Ibn Battouta\n".encode("cp1252")
    response = refused(
        client, Organization, SimpleUploadedFile("windows.csv", content, "text/csv")
    )
    assert "UTF-8" in str(response.context["form"].errors["import_file"])
    assert not Organization.objects.filter(slug="ecole").exists()


def test_a_file_without_every_column_is_refused_naming_the_missing_ones(
    client, coordinator, tagged
):
    content = "uuid,slug,name_fr\n,ecole,École\n".encode()
    response = refused(client, Organization, SimpleUploadedFile("short.csv", content, "text/csv"))

    text = page_text(response)
    assert "“name_ar”" in text and "“themes”" in text
    assert "Traceback" not in response.content.decode()
    assert not Organization.objects.filter(slug="ecole").exists()


def test_a_spreadsheet_chosen_as_csv_is_refused_not_an_error_page(client, coordinator, tagged):
    content = export(client, Organization, XLSX)
    response = refused(
        client, Organization, SimpleUploadedFile("sheet.xlsx", content), file_format=CSV
    )
    assert response.context["form"].errors["import_file"]


# Export ------------------------------------------------------------------------------------


@pytest.mark.parametrize("file_format", [CSV, XLSX])
def test_export_has_every_column_readably(client, coordinator, tagged, file_format):
    rows = read(export(client, Organization, file_format), file_format)

    asticude = next(row for row in rows if row["slug"] == "asticude")
    assert list(asticude) == header(Organization)
    assert asticude["uuid"] == str(tagged.asticude.organization.uuid)
    assert asticude["name_ar"] == "ASTICUDE"
    assert asticude["themes"] == "legal-aid,health" or asticude["themes"] == "health,legal-aid"
    assert asticude["countries"] == "MA"
    assert asticude["year_founded"] == "1998"
    assert asticude["last_verified_on"] == "2025-03-14"
    other = next(row for row in rows if row["slug"] == "other-association")
    assert other["year_founded"] == "" and other["themes"] == ""

    locations = read(export(client, Location, file_format), file_format)
    location = next(row for row in locations if row["uuid"] == str(tagged.asticude.location.uuid))
    assert location["organization"] == "asticude"
    assert location["place"] == "01.511.01.03"
    assert location["latitude"] == "35.759465"

    services = read(export(client, Service, file_format), file_format)
    service = next(row for row in services if row["uuid"] == str(tagged.asticude.service.uuid))
    assert service["organization"] == "asticude"
    assert service["locations"] == str(tagged.asticude.location.uuid)


def test_export_follows_the_changelist_filters(client, coordinator, tagged):
    OrganizationFactory(slug="a-draft", status=PublicationStatus.DRAFT)
    changelist = client.get(url(Organization, "changelist") + "?status__exact=published")
    export_link = parse(changelist.content.decode()).find("a", cls="export_link")
    assert export_link.get("href").endswith("?status__exact=published")

    rows = read(export(client, Organization, query="?status__exact=published"))

    assert {row["slug"] for row in rows} == {"asticude", "other-association"}
    assert {row["status"] for row in rows} == {"published"}
    assert len(read(export(client, Organization))) == 3


def test_export_escapes_formulae(client, coordinator, tagged):
    OrganizationFactory(slug="formula", name_fr='=HYPERLINK("http://evil.example","x")')

    for file_format in (CSV, XLSX):
        rows = read(export(client, Organization, file_format), file_format)
        name = next(row["name_fr"] for row in rows if row["slug"] == "formula")
        assert not name.startswith("=")
        assert name.startswith("HYPERLINK(")


@pytest.mark.parametrize("file_format", [CSV, XLSX])
def test_exporting_then_importing_changes_nothing(
    client, coordinator, tagged, importer, file_format
):
    tagged.other.location.latitude = None  # an empty number, and empty texts, stay empty
    tagged.other.location.save()
    before = snapshot()

    for model in MODELS:
        content = export(client, model, file_format)
        extension = "csv" if file_format == CSV else "xlsx"
        upload = SimpleUploadedFile(f"export.{extension}", content)
        job = importer.import_file(model, upload, file_format)
        assert (job.skipped, job.new, job.updated) == (model.objects.count(), 0, 0)

    assert snapshot() == before


# Who may ------------------------------------------------------------------------------------


@pytest.mark.parametrize("model", MODELS)
def test_staff_without_the_permission_may_not_import_or_export(client, personas, model):
    client.force_login(UserFactory(is_staff=True))

    assert client.get(url(model, "import")).status_code == 403
    assert client.post(url(model, "process_import"), {}).status_code == 403
    assert client.get(url(model, "export")).status_code == 403
    assert client.post(url(model, "export"), {"format": CSV}).status_code == 403


def test_viewing_alone_is_not_enough_to_export(client, personas):
    user = UserFactory(is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="view_organization"))
    client.force_login(user)

    assert client.get(url(Organization, "changelist")).status_code == 200
    assert client.post(url(Organization, "export"), {"format": CSV}).status_code == 403


def test_superuser_may_import_and_export(client, personas):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))

    assert client.get(url(Organization, "import")).status_code == 200
    assert len(read(export(client, Organization))) == 2


# The strict content security policy ---------------------------------------------------------

INLINE_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.IGNORECASE)


def assert_runs_under_the_csp(response):
    """No script the policy would block: inline ones carry the nonce, no on*= attributes."""
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
    root = parse(response.content.decode())
    for script in root.find_all("script"):
        if script.get("src") or script.get("type") == "application/json":
            continue
        assert script.get("nonce") == nonce, f"inline script without the nonce: {script.text}"
    assert not INLINE_HANDLER.search(response.content.decode())


def test_import_and_export_pages_run_under_the_csp(client, coordinator, tagged, importer):
    for model in MODELS:
        assert_runs_under_the_csp(client.get(url(model, "changelist")))
        assert_runs_under_the_csp(client.get(url(model, "import")))
        assert_runs_under_the_csp(client.get(url(model, "export")))
    rows = [{"slug": "darna", "name_fr": "Darna"}, {"slug": "asticude", "name_fr": "Doublon"}]
    for upload in (rows[:1], rows):
        _job, page = importer.preview(Organization, csv_file(Organization, upload))
        assert_runs_under_the_csp(page)
