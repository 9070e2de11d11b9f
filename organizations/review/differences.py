"""Field by field, what a draft would change in the live record, for the reviewer."""

import datetime
from dataclasses import dataclass

from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .drafts import bind


@dataclass(frozen=True)
class Difference:
    label: str
    before: str
    after: str
    language: str | None = None


def differences(change_request):
    """Field by field, what the change would change in the live record, for the reviewer."""
    instance = change_request.target if change_request.object_id else None
    form, formsets = bind(change_request, instance=instance)
    form.is_valid()
    found = []
    for name in form.changed_data:
        if name in change_request.uploads or name not in form.fields:
            continue
        field = form.fields[name]
        before = shown(field, form.get_initial_for_field(field, name))
        after = shown(field, form.cleaned_data.get(name, form.data.get(name)))
        if before != after:
            found.append(
                Difference(
                    label=field_label(field),
                    before=before,
                    after=after,
                    language=field.widget.attrs.get("lang"),
                )
            )
    for name, stored_name in change_request.uploads.items():
        found.append(
            Difference(
                label=field_label(form.fields[name]),
                before=str(getattr(instance, name, "") or ""),
                after=f"{stored_name} ({filesizeformat(default_storage.size(stored_name))})",
            )
        )
    for formset in formsets:
        formset.is_valid()
        before = rows_before(formset, instance)
        after = rows_after(formset)
        # Only the rows that go or come: an unchanged row is not a difference.
        removed = [row for row in before if row not in after]
        added = [row for row in after if row not in before]
        if removed or added:
            found.append(
                Difference(
                    label=str(formset.model._meta.verbose_name_plural),
                    before="\n".join(removed),
                    after="\n".join(added),
                )
            )
    return found


def field_label(field):
    language = getattr(field, "language_name", None)
    return f"{field.label} ({language})" if language else str(field.label)


def shown(field, value):
    """A value as a reviewer reads it: choice labels, names of related records, or text."""
    if value is None:
        return ""
    if hasattr(value, "all") and callable(value.all):
        value = list(value.all())
    if isinstance(value, list | tuple):
        return ", ".join(sorted(shown(field, item) for item in value))
    choices = dict(getattr(field, "choices", []) or [])
    if not hasattr(field, "queryset") and value in choices:
        return str(choices[value])
    if hasattr(field, "queryset") and not hasattr(value, "pk"):
        record = field.queryset.filter(pk=value).first()
        return str(record) if record else str(value)
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if isinstance(value, datetime.time):
        return value.strftime("%H:%M")
    return str(value)


def row_fields(formset):
    """The fields of a formset's rows that say something: not the id, link or delete box."""
    return {
        name: field
        for name, field in formset.empty_form.fields.items()
        if name not in ("id", "DELETE", formset.fk.name)
    }


def describe_values(fields, values):
    return " · ".join(
        shown(field, values.get(name))
        for name, field in fields.items()
        if values.get(name) not in (None, "")
    )


def rows_before(formset, instance):
    if instance is None:
        return []
    fields = row_fields(formset)
    # A fresh formset: validating the bound one wrote the proposed values on its rows.
    live_rows = type(formset)(instance=instance, prefix=formset.prefix).get_queryset()
    return [
        describe_values(fields, {name: getattr(row, name) for name in fields}) for row in live_rows
    ]


def rows_after(formset):
    fields = row_fields(formset)
    return [
        describe_values(fields, form.cleaned_data)
        for form in formset.forms
        if getattr(form, "cleaned_data", None) and not form.cleaned_data.get("DELETE")
    ]
