"""Field by field, what a draft would change in the live record, for the reviewer."""

import datetime
import difflib
import re
from dataclasses import dataclass

from django.core.files.storage import default_storage
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from .drafts import bind

# Texts longer than this many words are shown whole, struck and marked, rather than word by
# word: comparing words costs up to their count squared.
MAX_WORDS_COMPARED = 3000


@dataclass(frozen=True)
class Difference:
    label: str
    before: str
    after: str
    language: str | None = None

    @property
    def words(self):
        """(before, after) as [(text, changed)]: the words that go or come are marked, the
        rest of a long text reads as it is."""
        return word_changes(self.before, self.after)


def word_changes(before, after):
    """Each text as [(text, changed)], word by word (spaces and line breaks kept)."""
    old, new = re.split(r"(\s+)", before), re.split(r"(\s+)", after)
    if not before or not after or len(old) + len(new) > 2 * MAX_WORDS_COMPARED:
        return [(before, bool(before))], [(after, bool(after))]
    shown_before, shown_after = [], []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for operation, i1, i2, j1, j2 in matcher.get_opcodes():
        changed = operation != "equal"
        if i2 > i1:
            shown_before.append(("".join(old[i1:i2]), changed))
        if j2 > j1:
            shown_after.append(("".join(new[j1:j2]), changed))
    return _joined(shown_before), _joined(shown_after)


def _joined(parts):
    """Neighbouring parts in the same state as one, a mere space between two changes taken
    into them: "<del>Permanence 6</del>", not "<del>Permanence</del> <del>6</del>"."""
    for at in range(1, len(parts) - 1):
        text, changed = parts[at]
        if not changed and not text.strip() and parts[at - 1][1] and parts[at + 1][1]:
            parts[at] = (text, True)
    joined = []
    for text, changed in parts:
        if joined and joined[-1][1] == changed:
            joined[-1] = (joined[-1][0] + text, changed)
        else:
            joined.append((text, changed))
    return joined


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
        if hasattr(formset, "changes_for_review"):
            # A form that says itself what it changes, e.g. the week of opening hours.
            found += [
                Difference(label=str(label), before=before, after=after)
                for label, before, after in formset.changes_for_review()
            ]
            continue
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
    """The fields of a formset's rows that say something: not the id, link, delete box or
    position (an order number means nothing to a reviewer)."""
    return {
        name: field
        for name, field in formset.empty_form.fields.items()
        if name not in ("id", "DELETE", "ORDER", "position", formset.fk.name)
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
