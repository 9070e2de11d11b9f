"""Imports of organizations, locations and services from CSV or XLSX files, run by the
background worker so that a file of 50,000 rows holds no web request.

A coordinator uploads a file (the admin's Import page); the request only stores it, checks
that it can be read and has every column, and queues `run_import_job`. The worker then
checks every row and previews the changes, writing nothing. Once the coordinator confirms,
the worker imports the file in chunks of CHUNK_SIZE rows. Each chunk is one transaction with
its records, their history, their search entries and the job's progress: a failure leaves
the earlier chunks imported, the job marked failed with where it stopped, and nothing half
written.

A chunk costs the same queries whatever its number of rows: the records it names are read
at once (resources.py `prepare_chunk()`, the instance loader), uniqueness is checked with one
query per unique column, records and their history are written in bulk, and each changed
many-to-many list in one delete and one insert per column. Only the search entries of what
depends on a changed record (an organization's services, news, projects) are read record by
record, as a save reads them.
"""

import codecs
import copy
import logging

import tablib
from django.contrib.admin.models import ADDITION, CHANGE, LogEntry
from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.db import transaction
from django.tasks import task
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from import_export.formats import base_formats
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from directory.search import index as search_index

from .models import ImportJob
from .resources import Diff, LocationResource, OrganizationResource, ServiceResource

logger = logging.getLogger(__name__)

# The start of an upload the request reads to refuse it at once when it can't be imported.
HEAD_BYTES = 64 * 1024
# Rows read, checked and written per transaction.
CHUNK_SIZE = 500
# Wrong rows kept with their values for the page; the others are only counted.
ERRORS_KEPT = 1000
# Changed rows kept for the preview.
CHANGES_KEPT = 100

RESOURCES = {
    ImportJob.Resource.ORGANIZATION: OrganizationResource,
    ImportJob.Resource.LOCATION: LocationResource,
    ImportJob.Resource.SERVICE: ServiceResource,
}
FORMATS = {ImportJob.Format.CSV: base_formats.CSV, ImportJob.Format.XLSX: base_formats.XLSX}


class FileError(Exception):
    """The file cannot be imported at all: unreadable, or columns missing."""


class ChunkChanged(Exception):
    """Rows that were right at the preview are wrong at the import: the chunk is not written."""


# In the request: store, check the columns, queue ---------------------------------------------


def read_dataset(content, file_format):
    """The rows of a file's bytes, as a tablib Dataset; FileError when it cannot be read."""
    input_format = FORMATS[file_format]()
    if not input_format.is_binary():
        try:
            content = content.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise FileError(
                _(
                    "This file is not UTF-8 text. Save it from your spreadsheet as "
                    "“CSV UTF-8”, or import it as XLSX."
                )
            ) from None
    try:
        return input_format.create_dataset(content)
    except Exception as error:
        raise FileError(
            _("This file cannot be read as %(format)s (%(error)s).")
            % {"format": file_format.upper(), "error": type(error).__name__}
        ) from None


def check_upload(upload, file_format, resource):
    """Raise FileError unless the file looks importable, reading only its first HEAD_BYTES:
    a CSV file must be UTF-8 text whose first line has every column, a spreadsheet must be
    a zip archive. The worker reads the rest (and a spreadsheet's columns)."""
    head = upload.read(HEAD_BYTES)
    upload.seek(0)
    if file_format == ImportJob.Format.XLSX:
        if not head.startswith(b"PK"):
            raise FileError(
                _("This file cannot be read as %(format)s (%(error)s).")
                % {"format": "XLSX", "error": "BadZipFile"}
            )
        return
    try:
        # A character cut at the end of the head is no error.
        codecs.getincrementaldecoder("utf-8-sig")().decode(head)
    except UnicodeDecodeError:
        read_dataset(head, file_format)  # says what to do about it
    dataset = read_dataset(head.split(b"\n", 1)[0] + b"\n", file_format)
    if not dataset.headers:
        raise FileError(_("The file is empty."))
    try:
        RESOURCES[resource]().before_import(dataset)
    except ValueError as error:
        raise FileError(str(error)) from None


def start_import(*, user, resource, upload, file_format, language):
    """Store an uploaded file and queue its check. FileError when it is not worth queuing."""
    check_upload(upload, file_format, resource)
    job = ImportJob.objects.create(
        created_by=user,
        resource=resource,
        file=upload,
        file_name=upload.name[:255],
        format=file_format,
        language=language,
    )
    # The task row is written in this transaction (django-tasks-db): the worker sees both.
    run_import_job.enqueue(job.pk)
    return job


def confirm_import(*, job):
    """The coordinator confirms a checked file: queue its import. False when it can't be."""
    if not job.can_be_confirmed:
        return False
    # Two clicks on Confirm queue one import.
    confirmed = ImportJob.objects.filter(
        pk=job.pk, status=ImportJob.Status.CHECKED, invalid=0, message=""
    ).update(status=ImportJob.Status.IMPORTING)
    if not confirmed:
        return False
    run_import_job.enqueue(job.pk)
    return True


# In the worker ------------------------------------------------------------------------------


@task
def run_import_job(job_id):
    job = ImportJob.objects.filter(pk=job_id).first()
    if job is None or not job.is_running:
        return
    with translation.override(job.language):
        try:
            with job.file.open("rb") as stored:
                dataset = read_dataset(stored.read(), job.format)
            resource = RESOURCES[job.resource]()
            resource.before_import(dataset)
        except (FileError, ValueError, OSError) as error:
            fail(job, str(error))
            return
        if job.status == ImportJob.Status.CHECKING:
            check(job, resource, dataset)
        else:
            apply(job, resource, dataset)


def chunks(dataset, size):
    """(number of the first row, rows as dicts) for each chunk of the file."""
    headers = dataset.headers
    for start in range(0, len(dataset), size):
        rows = [
            dict(zip(headers, values, strict=False)) for values in dataset[start : start + size]
        ]
        yield start + 1, rows


def begin(job, dataset):
    job.rows_total = len(dataset)
    job.rows_done = job.new = job.updated = job.skipped = job.invalid = 0
    job.errors, job.changes, job.message = [], [], ""
    job.started_at, job.finished_at = timezone.now(), None
    job.save()


def record(job, chunk):
    job.rows_done += chunk.rows
    job.new += len(chunk.created)
    job.updated += len(chunk.changed)
    job.skipped += chunk.skipped
    job.invalid += len(chunk.errors)
    job.errors += chunk.errors[: max(ERRORS_KEPT - len(job.errors), 0)]
    job.changes += chunk.changes[: max(CHANGES_KEPT - len(job.changes), 0)]
    job.save(
        update_fields=[
            "rows_done",
            "new",
            "updated",
            "skipped",
            "invalid",
            "errors",
            "changes",
        ]
    )


def fail(job, message):
    job.status = ImportJob.Status.FAILED
    job.message = message
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "message", "finished_at"])


def check(job, resource, dataset):
    """Read every row as the import would, and keep what it would change: writes nothing."""
    begin(job, dataset)
    seen = {}
    for first, rows in chunks(dataset, CHUNK_SIZE):
        record(job, read_chunk(resource, rows, first=first, seen=seen))
    job.status = ImportJob.Status.CHECKED
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "finished_at"])


def apply(job, resource, dataset):
    """Import the checked file, chunk by chunk, each chunk in its own transaction."""
    begin(job, dataset)
    seen = {}
    for first, rows in chunks(dataset, CHUNK_SIZE):
        try:
            with transaction.atomic():
                import_chunk(job, resource, rows, first=first, seen=seen)
        except ChunkChanged as changed:
            errors = changed.args[0]
            job.invalid = len(errors)
            job.errors = errors[:ERRORS_KEPT]
            job.save(update_fields=["invalid", "errors"])
            fail(job, stopped_message(job, first, rows))
            return
        except Exception as error:
            logger.exception("Import %s failed at row %s", job.pk, first)
            fail(job, f"{stopped_message(job, first, rows)} ({type(error).__name__}: {error})")
            return
    job.status = ImportJob.Status.DONE
    job.finished_at = timezone.now()
    job.save(update_fields=["status", "finished_at"])


def stopped_message(job, first, rows):
    return _(
        "The import stopped at rows %(first)d–%(last)d, which were not imported. Rows 1–"
        "%(done)d were imported; import the rest from a file of the rows from %(first)d on."
    ) % {"first": first, "last": first + len(rows) - 1, "done": first - 1}


def import_chunk(job, resource, rows, *, first, seen):
    with search_index.deferred():
        chunk = read_chunk(resource, rows, first=first, seen=seen)
        if chunk.errors:
            raise ChunkChanged(chunk.errors)
        write_chunk(chunk, resource, user=job.created_by, file_name=job.file_name)
    record(job, chunk)


# One chunk -----------------------------------------------------------------------------------


class Chunk:
    """What a chunk's rows would change: records to create and to change, with their lists."""

    def __init__(self, rows):
        self.rows = rows
        self.created = []
        self.changed = []
        self.many = []  # (record, field, related records, new) for each list that changes
        self.skipped = 0
        self.errors = []
        self.changes = []


def read_chunk(resource, rows, *, first, seen):
    """Check and read the rows of a chunk into records, writing nothing.

    `seen` holds the unique values of the earlier chunks' rows, so that two rows of the file
    taking one slug are found even when they are in different chunks.
    """
    chunk = Chunk(len(rows))
    resource.prepare_chunk(rows)
    dataset = tablib.Dataset(headers=list(rows[0]) if rows else [])
    for row in rows:
        dataset.append(list(row.values()))
    loader = resource._meta.instance_loader_class(resource, dataset)
    headers = resource.get_export_headers()
    pending = []  # (number, row, record, errors) of the rows to write
    for number, row in enumerate(rows, start=first):
        instance = loader.get_instance(row)
        new = instance is None
        if new:
            instance = resource.init_instance(row)
            resource.after_init_instance(instance, True, row)
        original = copy.deepcopy(instance)
        errors = {}
        try:
            resource.import_instance(instance, row)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if not errors and resource.skip_row(instance, original, row):
            chunk.skipped += 1
            continue
        try:
            instance.full_clean(
                exclude=[*errors, *resolved_relations(instance)],
                validate_unique=False,
                validate_constraints=False,
            )
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        many = [
            (field, resource.many_after(instance, field))
            for field in resource.many_fields
            if resource.many_changed(instance, field)
        ]
        pending.append((number, row, instance, original, new, many, errors))
    unique_errors = check_unique(resource._meta.model, pending, seen)
    for number, row, instance, original, new, many, errors in pending:
        errors = {**errors, **unique_errors.get(number, {})}
        if errors:
            chunk.errors.append(row_errors(number, row, errors))
            continue
        (chunk.created if new else chunk.changed).append(instance)
        chunk.many += [(instance, field, related, new) for field, related in many]
        if len(chunk.changes) < CHANGES_KEPT:
            chunk.changes.append(row_changes(resource, headers, number, original, instance, new))
    resource.forget_chunk()
    return chunk


def resolved_relations(instance):
    """Foreign keys the widgets found (in one query for the chunk): checking them again would
    query once per row."""
    return [
        field.name
        for field in instance._meta.concrete_fields
        if field.many_to_one and getattr(instance, field.attname) is not None
    ]


def check_unique(model, pending, seen):
    """{row number: {field: [errors]}} for unique values taken by another record, or by an
    earlier row of the file; one query per unique column."""
    errors = {}
    fields = [f for f in model._meta.concrete_fields if f.unique and not f.primary_key]
    for field in fields:
        values = {
            getattr(instance, field.attname): number
            for number, _row, instance, *_rest in pending
            if getattr(instance, field.attname) not in (None, "")
        }
        taken = dict(
            model.objects.filter(**{f"{field.attname}__in": list(values)}).values_list(
                field.attname, "pk"
            )
        )
        earlier = seen.setdefault(field.attname, {})
        for number, _row, instance, *_rest in pending:
            value = getattr(instance, field.attname)
            if value in (None, ""):
                continue
            owner = taken.get(value)
            if (owner is not None and owner != instance.pk) or earlier.get(
                value, number
            ) != number:
                message = instance.unique_error_message(model, (field.name,))
                errors.setdefault(number, {})[field.name] = [message]
            earlier.setdefault(value, number)
    return errors


def row_errors(number, row, errors):
    """A wrong row for the page: its number, the values as typed, and each field's reasons."""
    return {
        "row": number,
        "values": {column: "" if value is None else str(value) for column, value in row.items()},
        "errors": [
            {
                "field": "" if field == NON_FIELD_ERRORS else field,
                "messages": ValidationError(field_errors).messages,
            }
            for field, field_errors in errors.items()
        ],
    }


def row_changes(resource, headers, number, original, instance, new):
    diff = Diff(resource, original, new)
    diff.compare_with(resource, instance)
    fields = [
        [column, "" if new else str(before), str(after)]
        for column, before, after in zip(headers, diff.left, diff.right, strict=True)
        if (after != before or new) and after not in (None, "")
    ]
    return {"row": number, "new": new, "name": str(instance), "fields": fields}


def write_chunk(chunk, resource, *, user, file_name):
    """Write a checked chunk in bulk: records, their history, their lists, the activity log
    and the search index."""
    model = resource._meta.model
    now = timezone.now()
    reason = _("Imported from %(file)s") % {"file": file_name}
    if chunk.created:
        bulk_create_with_history(
            chunk.created, model, default_user=user, default_change_reason=reason
        )
    if chunk.changed:
        for record in chunk.changed:
            record.version += 1  # as a save does: older drafts now conflict
            record.updated_at = now
        columns = [
            field.attname
            for field in model._meta.concrete_fields
            if not field.primary_key and field.name not in ("uuid", "created_at")
        ]
        bulk_update_with_history(
            chunk.changed, model, columns, default_user=user, default_change_reason=reason
        )
    write_many(chunk.many)
    for records, flag in ((chunk.created, ADDITION), (chunk.changed, CHANGE)):
        if records:
            LogEntry.objects.log_actions(user.pk, records, flag, change_message=reason)
    search_index.index_written(model, created=chunk.created, changed=chunk.changed)


def write_many(many):
    """Replace the changed many-to-many lists: one delete and one insert per column."""
    by_field = {}
    for record, field, related, new in many:
        by_field.setdefault(field.attribute, []).append((record, related, new))
    for attribute, lists in by_field.items():
        model_field = lists[0][0]._meta.get_field(attribute)
        through = model_field.remote_field.through
        source = model_field.m2m_field_name() + "_id"
        target = model_field.m2m_reverse_field_name() + "_id"
        changed = [record.pk for record, _related, new in lists if not new]
        if changed:
            through.objects.filter(**{f"{source}__in": changed}).delete()
        through.objects.bulk_create(
            through(**{source: record.pk, target: other.pk})
            for record, related, _new in lists
            for other in related
        )
