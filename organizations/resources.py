"""Import and export of organizations, locations and services as CSV or XLSX, through the
admin (django-import-export).

The columns are readable and stable. A record's `uuid` matches a row to it, so importing a
file again updates records rather than duplicating them; a row without one makes a new record.
Translated texts have a column per language (name_ar, name_fr, name_en); themes, audiences,
languages and countries are slugs or codes separated by commas; an organization is named by
its slug, a place by its HCP code (or its slug), a location by its uuid. Numbers and dates
are written the same whatever the coordinator's language.

The background worker (imports.py) reads a file in chunks with these resources: before each
chunk, `prepare_chunk()` reads every organization, place and location the chunk names in one
query each, so that checking a row queries nothing more.
"""

import datetime
import uuid

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.db.models.fields import NOT_PROVIDED
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from import_export import fields, instance_loaders, resources, widgets

from directory.common.text import language_codes
from directory.taxonomy.models import Audience, Country, Language, Place, Theme

from .models import Location, Organization, Service

BLANK = (None, "")


def translated(*names):
    """The per-language columns of translated fields: name_ar, name_fr, name_en, ..."""
    return [f"{name}_{code}" for name in names for code in language_codes()]


def quoted(values):
    return ", ".join(f"“{value}”" for value in values)


# Widgets: one value of a cell, read and written --------------------------------------------


class UUIDWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        if value in BLANK:
            return None
        try:
            return uuid.UUID(str(value).strip())
        except ValueError:
            raise ValueError(_("“%(value)s” is not a uuid.") % {"value": value}) from None

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class DecimalWidget(widgets.DecimalWidget):
    """Numbers as "35.78", never "35,78": the same file whatever the language of the admin."""

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class IntegerWidget(widgets.IntegerWidget):
    def render(self, value, obj=None, **kwargs):
        return "" if value is None else str(value)


class DateWidget(widgets.DateWidget):
    """ISO dates; a spreadsheet's date cell (a datetime) becomes a date."""

    def __init__(self):
        super().__init__(format="%Y-%m-%d")

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, datetime.datetime):
            return value.date()
        if isinstance(value, str):
            value = value.strip()
        return super().clean(value, row, **kwargs)


class RelatedWidget(widgets.ForeignKeyWidget):
    """A related record named by its slug or code: one that does not exist is the row's error.

    Between `remember(values)` and `forget()`, records are looked up among those read at once.
    """

    known = None

    def remember(self, values):
        keys = {str(value).strip() for value in values if value not in BLANK}
        records = self.model.objects.filter(**{f"{self.field}__in": keys})
        self.known = {str(getattr(record, self.field)): record for record in records}

    def forget(self):
        self.known = None

    def get_instance_by_lookup_fields(self, value, row, **kwargs):
        if self.known is None:
            return super().get_instance_by_lookup_fields(value, row, **kwargs)
        try:
            return self.known[str(value)]
        except KeyError:
            raise self.model.DoesNotExist from None

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, str):
            value = value.strip()
        try:
            return super().clean(value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(
                _("No %(model)s has the %(field)s “%(value)s”.")
                % {"model": self.model._meta.verbose_name, "field": self.field, "value": value}
            ) from None


class PlaceWidget(RelatedWidget):
    """A place by its HCP code ("01.511.01.03") or its slug ("bni-makada"); written as the code."""

    def __init__(self):
        super().__init__(Place, field="code")

    def remember(self, values):
        keys = {str(value).strip() for value in values if value not in BLANK}
        places = Place.objects.filter(Q(code__in=keys) | Q(slug__in=keys))
        # A code wins over a slug, as in the lookup of one value below.
        self.known = {place.slug: place for place in places}
        self.known.update({place.code: place for place in places})

    def get_instance_by_lookup_fields(self, value, row, **kwargs):
        if self.known is not None:
            return super().get_instance_by_lookup_fields(value, row, **kwargs)
        places = Place.objects.all()
        place = places.filter(code=value).first() or places.filter(slug=value).first()
        if place is None:
            raise Place.DoesNotExist
        return place

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except ValueError:
            raise ValueError(
                _("No place has the HCP code or slug “%(value)s”.") % {"value": value}
            ) from None


class ManyWidget(widgets.ManyToManyWidget):
    """Slugs, codes or uuids separated by commas. One that names nothing is the row's error,
    where django-import-export would drop it without a word.

    A small vocabulary (themes, audiences, languages, countries) is read once per import.
    """

    def __init__(self, model, field, vocabulary=False):
        super().__init__(model, field=field)
        self.vocabulary = vocabulary
        self.known = None
        self.chunk = None  # records of the chunk being read, between remember() and forget()

    def remember(self, values):
        if self.vocabulary:
            return
        keys = {key for value in values if value not in BLANK for key in self.keys(value)}
        self.chunk = None
        self.chunk = self.lookup(sorted(keys)) if keys else {}

    def forget(self):
        self.chunk = None

    def keys(self, value):
        keys = [key.strip() for key in str(value).split(self.separator)]
        keys = list(dict.fromkeys(key for key in keys if key))
        if self.field == "uuid":
            keys = [canonical_uuid(key) or key for key in keys]
        return keys

    def lookup(self, keys):
        """{key: record} for the keys that name a record."""
        if self.vocabulary:
            if self.known is None:
                records = self.model.objects.all()
                self.known = {str(getattr(record, self.field)): record for record in records}
            return {key: self.known[key] for key in keys if key in self.known}
        if self.chunk is not None:
            return {key: self.chunk[key] for key in keys if key in self.chunk}
        if self.field == "uuid":
            keys = [key for key in keys if canonical_uuid(key)]
        records = self.model.objects.filter(**{f"{self.field}__in": keys})
        return {str(getattr(record, self.field)): record for record in records}

    def render_list(self, records):
        return self.separator.join(str(getattr(record, self.field)) for record in records)

    def clean(self, value, row=None, **kwargs):
        if value in BLANK:
            return []
        keys = self.keys(value)
        found = self.lookup(keys)
        unknown = [key for key in keys if key not in found]
        if unknown:
            raise ValueError(
                _("No %(model)s has the %(field)s %(values)s.")
                % {
                    "model": self.model._meta.verbose_name,
                    "field": self.field,
                    "values": quoted(unknown),
                }
            )
        return list(found.values())


def canonical_uuid(key):
    try:
        return str(uuid.UUID(key))
    except ValueError:
        return None


def many(model, field):
    return ManyWidget(model, field=field, vocabulary=model is not Location)


class UUIDInstanceLoader(instance_loaders.BaseInstanceLoader):
    """The file's existing records, read at once with what the resource's queryset joins."""

    def __init__(self, resource, dataset=None):
        super().__init__(resource, dataset)
        keys = set()
        if dataset is not None and "uuid" in (dataset.headers or []):
            keys = {canonical_uuid(str(value)) for value in dataset["uuid"] if value}
        keys = sorted(keys - {None})
        self.instances = {}
        for start in range(0, len(keys), 500):
            records = resource.get_queryset().filter(uuid__in=keys[start : start + 500])
            for record in records:
                resource.remember_many(record)
                self.instances[str(record.uuid)] = record

    def get_instance(self, row):
        value = row.get("uuid")
        return self.instances.get(canonical_uuid(str(value))) if value else None


class Diff(resources.Diff):
    """The preview's before and after of a row, its lists of related records taken from what
    the import already holds instead of queried again for every row."""

    def __init__(self, resource, instance, new):
        self.left = resource.diff_values(instance, before=True)
        self.right = []
        self.new = new

    def compare_with(self, resource, instance):
        self.right = resource.diff_values(instance, before=False)


# Resources ---------------------------------------------------------------------------------


class DirectoryResource(resources.ModelResource):
    """What the three resources share: rows matched by uuid, every column required, each
    field's errors reported at once, unchanged rows skipped. The background worker
    (imports.py) reads and writes the rows with them, chunk by chunk."""

    WIDGETS_MAP = {
        **resources.ModelResource.WIDGETS_MAP,
        "DecimalField": DecimalWidget,
        "PositiveSmallIntegerField": IntegerWidget,
        "DateField": DateWidget,
    }

    uuid = fields.Field(
        attribute="uuid", column_name="uuid", widget=UUIDWidget(), default=uuid.uuid4
    )

    class Meta:
        import_id_fields = ["uuid"]
        instance_loader_class = UUIDInstanceLoader
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.many_fields = [
            field
            for field in self.get_import_fields()
            if isinstance(field.widget, widgets.ManyToManyWidget)
        ]
        self.row_many = {}  # the current row's lists of related records, by attribute

    @classmethod
    def get_diff_class(cls):
        return Diff

    def before_import(self, dataset, **kwargs):
        dataset.headers = [str(h).strip() if h is not None else "" for h in dataset.headers]
        missing = [c for c in self.get_export_headers() if c not in dataset.headers]
        if missing:
            raise ValueError(
                ngettext(
                    "The file has no column %(columns)s. Start from an export: it has every "
                    "column.",
                    "The file has no columns %(columns)s. Start from an export: it has every "
                    "column.",
                    len(missing),
                )
                % {"columns": quoted(missing)}
            )

    def import_field(self, field, instance, row, is_m2m=False, **kwargs):
        # An empty cell leaves an empty value as it is: NULL and "" are both "nothing".
        if (
            not is_m2m
            and field.attribute
            and row.get(field.column_name, "") in BLANK
            and field.get_value(instance) in BLANK
            and field.default is NOT_PROVIDED
        ):
            return
        super().import_field(field, instance, row, is_m2m, **kwargs)

    def import_instance(self, instance, row, **kwargs):
        """Report every field's error at once, those of the comma-separated lists included
        (django-import-export reads these only after saving, and then fails the whole row)."""
        errors = {}
        try:
            super().import_instance(instance, row, **kwargs)
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        self.row_many = {}
        for field in self.many_fields:
            if field.column_name in row:
                try:
                    related = field.clean(row)
                    self.check_many(instance, field, related)
                except ValueError as error:
                    errors[field.attribute] = [ValidationError(str(error), code="invalid")]
                else:
                    self.row_many[field.attribute] = related
        if errors:
            raise ValidationError(errors)

    # Many-to-many lists are read once: with the records (prefetched by get_queryset), and
    # from the row. A record's `loaded_many` survives the copy django-import-export makes of
    # it, where prefetched querysets come back empty and would be queried again.

    def remember_many(self, record):
        record.loaded_many = {
            field.attribute: list(getattr(record, field.attribute).all())
            for field in self.many_fields
        }

    def after_init_instance(self, instance, new, row, **kwargs):
        if new:
            instance.loaded_many = {field.attribute: [] for field in self.many_fields}

    def many_before(self, record, field):
        return record.loaded_many[field.attribute]

    def many_after(self, record, field):
        return self.row_many.get(field.attribute, self.many_before(record, field))

    def many_changed(self, record, field):
        before = {related.pk for related in self.many_before(record, field)}
        return before != {related.pk for related in self.many_after(record, field)}

    def skip_row(self, instance, original, row, import_validation_errors=None):
        if import_validation_errors or not self._meta.skip_unchanged:
            return False
        for field in self.get_import_fields():
            if field in self.many_fields:
                if self.many_changed(original, field):
                    return False
            elif field.get_value(instance) != field.get_value(original):
                return False
        return True

    def save_m2m(self, instance, row, **kwargs):
        # Only the lists that changed: each set() costs queries and a re-indexing.
        if not self._is_using_transactions(kwargs) and self._is_dry_run(kwargs):
            return
        for field in self.many_fields:
            if self.many_changed(instance, field):
                getattr(instance, field.attribute).set(self.many_after(instance, field))

    def diff_values(self, instance, *, before):
        values = []
        for field in self.get_import_fields():
            if instance is not None and field in self.many_fields:
                related = (self.many_before if before else self.many_after)(instance, field)
                values.append(field.widget.render_list(related))
            else:
                values.append(field.export(instance))
        return values

    def check_many(self, instance, field, related):
        """Raise ValueError when these related records do not fit the instance."""

    def prepare_chunk(self, rows):
        """Read the related records these rows name, one query per column."""
        for field in self.get_import_fields():
            if hasattr(field.widget, "remember"):
                field.widget.remember([row.get(field.column_name) for row in rows])

    def forget_chunk(self):
        for field in self.get_import_fields():
            if hasattr(field.widget, "forget"):
                field.widget.forget()

    def with_related(self, queryset):
        """The queryset joined with what the columns read, for exports and imports."""
        return queryset

    def get_queryset(self):
        return self.with_related(self._meta.model.objects.all())

    def filter_export(self, queryset, **kwargs):
        return self.with_related(queryset)

    def export_field(self, field, instance, **kwargs):
        # Spreadsheets get "" for nothing, never "None".
        value = super().export_field(field, instance, **kwargs)
        return "" if value is None else value


class OrganizationResource(DirectoryResource):
    themes = fields.Field(attribute="themes", column_name="themes", widget=many(Theme, "slug"))
    audiences = fields.Field(
        attribute="audiences", column_name="audiences", widget=many(Audience, "slug")
    )
    countries = fields.Field(
        attribute="countries", column_name="countries", widget=many(Country, "code")
    )
    languages = fields.Field(
        attribute="languages", column_name="languages", widget=many(Language, "code")
    )

    class Meta:
        model = Organization
        fields = [
            "uuid",
            "slug",
            *translated("name"),
            "acronym",
            "kind",
            *translated("summary", "description", "mission"),
            "year_founded",
            "website",
            "email",
            "themes",
            "audiences",
            "countries",
            "languages",
            "is_example",
            "status",
            "last_verified_on",
        ]

    def with_related(self, queryset):
        return queryset.prefetch_related("themes", "audiences", "countries", "languages")


class LocationResource(DirectoryResource):
    organization = fields.Field(
        attribute="organization",
        column_name="organization",
        widget=RelatedWidget(Organization, field="slug"),
    )
    place = fields.Field(attribute="place", column_name="place", widget=PlaceWidget())

    class Meta:
        model = Location
        fields = [
            "uuid",
            "organization",
            *translated("name", "address"),
            "place",
            "latitude",
            "longitude",
            "phone",
            *translated("hours_note", "accessibility"),
            "is_sensitive",
        ]

    def with_related(self, queryset):
        return queryset.select_related("organization", "place")


class ServiceResource(DirectoryResource):
    organization = fields.Field(
        attribute="organization",
        column_name="organization",
        widget=RelatedWidget(Organization, field="slug"),
    )
    themes = fields.Field(attribute="themes", column_name="themes", widget=many(Theme, "slug"))
    audiences = fields.Field(
        attribute="audiences", column_name="audiences", widget=many(Audience, "slug")
    )
    languages = fields.Field(
        attribute="languages", column_name="languages", widget=many(Language, "code")
    )
    locations = fields.Field(
        attribute="locations", column_name="locations", widget=many(Location, "uuid")
    )

    class Meta:
        model = Service
        fields = [
            "uuid",
            "slug",
            "organization",
            *translated("name", "summary", "description", "eligibility", "how_to_access"),
            "is_free",
            *translated("fees"),
            "themes",
            "audiences",
            "languages",
            "locations",
            "status",
            "last_verified_on",
        ]

    def with_related(self, queryset):
        return queryset.select_related("organization").prefetch_related(
            "themes", "audiences", "languages", "locations"
        )

    def check_many(self, instance, field, related):
        if field.attribute != "locations" or instance.organization_id is None:
            return
        elsewhere = [
            str(location.uuid)
            for location in related
            if location.organization_id != instance.organization_id
        ]
        if elsewhere:
            raise ValueError(
                _("These locations belong to another organization: %(values)s.")
                % {"values": quoted(elsewhere)}
            )
