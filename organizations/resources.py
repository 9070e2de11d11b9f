"""Import and export of organizations, locations and services as CSV or XLSX, through the
admin (django-import-export).

The columns are readable and stable. A record's `uuid` matches a row to it, so importing a
file again updates records rather than duplicating them; a row without one makes a new record.
Translated texts have a column per language (name_ar, name_fr, name_en); themes, audiences,
languages and countries are slugs or codes separated by commas; an organization is named by
its slug, a place by its HCP code (or its slug), a location by its uuid. Numbers and dates
are written the same whatever the coordinator's language.

An import applies completely or not at all, leaves unchanged rows alone, and brings the
search index up to date once, at its end.
"""

import datetime
import uuid

from django.core.exceptions import ValidationError
from django.db.models.fields import NOT_PROVIDED
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from import_export import fields, resources, widgets

from directory import search_index
from directory.models import Audience, Country, Language, Place, Theme
from directory.text import language_codes

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
    """A related record named by its slug or code: one that does not exist is the row's error."""

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

    def get_instance_by_lookup_fields(self, value, row, **kwargs):
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
    where django-import-export would drop it without a word."""

    def keys(self, value):
        keys = [key.strip() for key in str(value).split(self.separator)]
        return list(dict.fromkeys(key for key in keys if key))

    def clean(self, value, row=None, **kwargs):
        if value in BLANK:
            return self.model.objects.none()
        keys = self.keys(value)
        lookups = keys
        if self.field == "uuid":
            keys = [canonical_uuid(key) or key for key in keys]
            lookups = [key for key in keys if canonical_uuid(key)]
        found = self.model.objects.filter(**{f"{self.field}__in": lookups})
        known = {str(key) for key in found.values_list(self.field, flat=True)}
        unknown = [key for key in keys if key not in known]
        if unknown:
            raise ValueError(
                _("No %(model)s has the %(field)s %(values)s.")
                % {
                    "model": self.model._meta.verbose_name,
                    "field": self.field,
                    "values": quoted(unknown),
                }
            )
        return found


def canonical_uuid(key):
    try:
        return str(uuid.UUID(key))
    except ValueError:
        return None


def many(model, field):
    return ManyWidget(model, field=field)


# Resources ---------------------------------------------------------------------------------


class DirectoryResource(resources.ModelResource):
    """What the three resources share: rows matched by uuid, every column required, an
    import that applies completely or not at all, and the search index updated at its end."""

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
        skip_unchanged = True
        report_skipped = True
        clean_model_instances = True

    def import_data(self, dataset, **kwargs):
        # A file with one bad row changes nothing, even at the confirm step.
        kwargs.setdefault("rollback_on_validation_errors", True)
        # Each save would re-index its record and its neighbours: index them once, at the end.
        with search_index.deferred():
            return super().import_data(dataset, **kwargs)

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

    def get_instance(self, instance_loader, row):
        try:
            return super().get_instance(instance_loader, row)
        except ValueError:
            return None  # not a uuid: a new record, whose uuid field reports the error

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
        for field in self.get_import_fields():
            if isinstance(field.widget, widgets.ManyToManyWidget) and field.column_name in row:
                try:
                    self.check_many(instance, field, field.clean(row))
                except ValueError as error:
                    errors[field.attribute] = [ValidationError(str(error), code="invalid")]
        if errors:
            raise ValidationError(errors)

    def check_many(self, instance, field, related):
        """Raise ValueError when these related records do not fit the instance."""

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

    def filter_export(self, queryset, **kwargs):
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

    def filter_export(self, queryset, **kwargs):
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

    def filter_export(self, queryset, **kwargs):
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
