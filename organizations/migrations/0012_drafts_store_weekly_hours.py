"""Drafts of services still open store their opening hours as the week the edit form now shows
(organizations/weekly_hours.py: "hours-<season>-<weekday>-<n>-opens"), not as the rows of
the formset it replaces ("hours-<i>-season", "-weekday", "-opens", "-closes", "-DELETE").

The hours a draft proposes are its rows that were neither deleted nor left empty; they are
written day by day, in order of opening. A value that does not read as a time is kept as it
was typed, in a cell of its day, for the form to point out.
"""

import re

from django.db import migrations

OPEN = ["pending", "refused"]
ROW = re.compile(r"hours-(\d+)-(id|season|weekday|opens|closes|DELETE)")
SEASONS = {"regular", "ramadan", "summer"}


def first(values):
    if isinstance(values, list):
        return values[0] if values else ""
    return values or ""


def week_of(data):
    rows = {}
    for name, values in data.items():
        match = ROW.fullmatch(name)
        if match:
            rows.setdefault(int(match[1]), {})[match[2]] = first(values).strip()
    periods = []
    for row in rows.values():
        if row.get("DELETE") or not (row.get("opens") or row.get("closes")):
            continue
        season = row.get("season") if row.get("season") in SEASONS else "regular"
        weekday = row.get("weekday", "")
        if weekday not in {"1", "2", "3", "4", "5", "6", "7"}:
            continue
        periods.append((season, weekday, row.get("opens", ""), row.get("closes", "")))
    week, numbers = {}, {}
    for season, weekday, opens, closes in sorted(periods):
        number = numbers.get((season, weekday), 0)
        numbers[(season, weekday)] = number + 1
        week[f"hours-{season}-{weekday}-{number}-opens"] = [opens]
        week[f"hours-{season}-{weekday}-{number}-closes"] = [closes]
    return week


def to_weekly_hours(apps, schema_editor):
    ChangeRequest = apps.get_model("organizations", "ChangeRequest")
    drafts = ChangeRequest.objects.filter(
        content_type__app_label="organizations", content_type__model="service", status__in=OPEN
    )
    for draft in drafts.iterator():
        if not any(name.startswith("hours-") for name in draft.data):
            continue
        data = {name: v for name, v in draft.data.items() if not name.startswith("hours-")}
        data.update(week_of(draft.data))
        draft.data = data
        draft.save(update_fields=["data"])


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("organizations", "0011_needs_and_offers"),
    ]

    operations = [migrations.RunPython(to_weekly_hours, migrations.RunPython.noop)]
