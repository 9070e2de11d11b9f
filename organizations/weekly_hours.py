"""Opening hours entered as a week: one line a day, its periods side by side with Ramadan's.

Staff see Monday to Sunday at once, each day with two periods of its usual hours (09:00–12:00
and 14:00–17:00) and, beside them, two of its Ramadan hours; summer hours, rarer, sit in the
same shape below. "Same hours as Monday" on Tuesday's line gives Tuesday Monday's hours when
the form is saved, so Monday to Friday is one day typed and four boxes ticked, without
JavaScript (static/hours_grid.js copies them as the boxes are ticked, where it runs).

The form stands where an inline formset of OpeningHours rows would (the editables of
services and locations, organizations/review/editables.py): the review stores it, binds it
again, shows what it changes (`changes_for_review`) and saves it (`save`) as it does a
formset. What a draft stores is the week as it will be, each day written out
(`values_to_store`): a box ticked when saving is done once, and the form shows the draft's
days filled in.

A day may have more than two periods of a season when its hours came from elsewhere (the
admin, an import): the form then shows as many, so saving never drops one.
"""

import dataclasses
import re
from collections import Counter

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from directory.common.text import join_list
from directory.taxonomy import opening

from .models import OpeningHours

Season = opening.Season
Weekday = opening.Weekday

# Periods shown for each day and season; more only for hours that already have more.
SHOWN_PERIODS = 2
# A posted form is read up to this many periods a day and season, whatever it claims.
MAX_PERIODS = 6
# The week's tables: the usual hours with Ramadan's beside them, then summer's below.
TABLES = (("week", (Season.REGULAR, Season.RAMADAN)), ("summer", (Season.SUMMER,)))


def in_steps_of_five_minutes(time):
    """The time, or a ValidationError: "open now" is worked out for the page cache's
    five-minute slots (directory/page_cache.py)."""
    if time is not None and (time.minute % 5 or time.second):
        raise forms.ValidationError(_("Use a time in steps of five minutes, e.g. 09:05."))
    return time


def minutes(time):
    return time.hour * 60 + time.minute


def interval(period):
    """(start, end) in minutes from the day's midnight; a period past midnight ends the next
    day (20:00–02:00 is 1200–1560)."""
    start, end = minutes(period.opens), minutes(period.closes)
    return start, end if end > start else end + 24 * 60


def shown_interval(opens, closes):
    """ "09:00–16:00", kept left to right inside a right-to-left line (Arabic)."""
    return f"\u2066{opens:%H:%M}–{closes:%H:%M}\u2069"


class TimeCell(forms.TimeField):
    widget = forms.TimeInput(attrs={"type": "time", "step": 300}, format="%H:%M")

    def __init__(self, label):
        super().__init__(label=label, required=False)

    def clean(self, value):
        return in_steps_of_five_minutes(super().clean(value))


class WeeklyHoursForm(forms.Form):
    """A service's opening hours, season by season, day by day (see the module's docstring);
    LocationWeeklyHoursForm, a location's.

    Field names: "<season>-<weekday>-<n>-opens" and "-closes" for the nth period of a day
    (n from 0), "<table>-<weekday>-same" for "same hours as the day before".
    """

    model = OpeningHours
    owner = "service"  # the OpeningHours field that points to the record being edited
    edit_template = "includes/weekly_hours.html"

    def __init__(self, data=None, files=None, *, instance=None, prefix="hours"):
        self.instance = instance
        self.live = self.live_periods()
        # The same period twice (entered in the admin, say) is shown, and kept, once.
        initial = self.initial_from(sorted(set(self.live)))
        super().__init__(data, prefix=prefix, initial=initial)
        periods = self.period_counts()
        for season in Season:
            for weekday in Weekday:
                for number in range(periods[season]):
                    for end in ("opens", "closes"):
                        self.fields[f"{season}-{weekday}-{number}-{end}"] = TimeCell(
                            cell_label(season, weekday, number, end)
                        )
        for table, _seasons in TABLES:
            for weekday in list(Weekday)[1:]:
                previous = opening.WEEKDAY_IN_SENTENCE[weekday - 1]
                self.fields[f"{table}-{weekday}-same"] = forms.BooleanField(
                    label=_("Same hours as %(day)s") % {"day": previous}, required=False
                )

    # What there is -----------------------------------------------------------------------

    def live_periods(self):
        """The record's hours as they are public now, as sorted Periods."""
        if self.instance is None or self.instance.pk is None:
            return []
        rows = OpeningHours.objects.filter(**{self.owner: self.instance})
        return sorted(opening.Period(r.season, r.weekday, r.opens, r.closes) for r in rows)

    @staticmethod
    def initial_from(periods):
        initial, numbers = {}, Counter()
        for period in periods:
            day = (period.season, period.weekday)
            prefix = f"{period.season}-{period.weekday}-{numbers[day]}"
            initial[f"{prefix}-opens"], initial[f"{prefix}-closes"] = period.opens, period.closes
            numbers[day] += 1
        return initial

    def period_counts(self):
        """{season: periods shown a day}: two, or as many as a day has, live or posted."""
        counts = dict.fromkeys(Season, SHOWN_PERIODS)
        for name in self.initial:
            season, _weekday, number, _end = name.split("-")
            counts[season] = max(counts[season], int(number) + 1)
        pattern = re.compile(rf"{re.escape(self.prefix)}-(\w+)-[1-7]-(\d)-(?:opens|closes)")
        for name in self.data or {}:
            match = pattern.fullmatch(name)
            if match and match[1] in counts and int(match[2]) < MAX_PERIODS:
                counts[match[1]] = max(counts[match[1]], int(match[2]) + 1)
        return counts

    # Checking and reading what was typed ---------------------------------------------------

    def clean(self):
        cleaned_data = super().clean()
        copied = {
            (season, weekday)
            for table, seasons in TABLES
            for season in seasons
            for weekday in Weekday
            if cleaned_data.get(f"{table}-{weekday}-same")
        }
        typed = {}  # {(season, weekday): [(cell, Period)]}, in the order of the form's cells
        for name in self.fields:
            if not name.endswith("-opens"):
                continue
            season, weekday, number, _end = name.split("-")
            cell = f"{season}-{weekday}-{number}"
            if (season, int(weekday)) in copied:
                # A day given the day before's hours: what its own cells hold is not read.
                for end in ("opens", "closes"):
                    self._errors.pop(f"{cell}-{end}", None)
                continue
            if self.has_error(name) or self.has_error(f"{cell}-closes"):
                continue
            opens, closes = cleaned_data.get(name), cleaned_data.get(f"{cell}-closes")
            if opens is None and closes is None:
                continue
            if closes is None:
                self.add_error(f"{cell}-closes", _("Give the closing time too."))
            elif opens is None:
                self.add_error(name, _("Give the opening time too."))
            elif opens == closes:
                self.add_error(f"{cell}-closes", _("Closing time must differ from opening time."))
            else:
                day = (season, int(weekday))
                typed.setdefault(day, []).append((cell, opening.Period(*day, opens, closes)))
        self.periods = sorted(self.resolved(typed))
        return cleaned_data

    def resolved(self, typed):
        """The week's Periods: each day's own, or the day before's where "same" is ticked;
        overlapping periods of one day are an error on the later one."""
        periods = []
        for table, seasons in TABLES:
            for season in seasons:
                day_before = []
                for weekday in Weekday:
                    if self.cleaned_data.get(f"{table}-{weekday}-same"):
                        day = [
                            dataclasses.replace(period, weekday=weekday) for period in day_before
                        ]
                    else:
                        cells = typed.get((season, int(weekday)), [])
                        self.check_overlaps(cells)
                        day = [period for _cell, period in cells]
                    periods += day
                    day_before = day
        return periods

    def check_overlaps(self, cells):
        cells = sorted(cells, key=lambda cell: interval(cell[1]))
        for (_cell, earlier), (cell, later) in zip(cells, cells[1:], strict=False):
            if interval(later)[0] < interval(earlier)[1]:
                self.add_error(
                    f"{cell}-opens",
                    _("This period starts before the one from %(hours)s ends.")
                    % {"hours": shown_interval(earlier.opens, earlier.closes)},
                )

    # Saving, storing and reviewing ---------------------------------------------------------

    def values_to_store(self):
        """{field name: [value]} of the week as it will be, each day written out (valid
        form only): what a draft stores in place of what was posted."""
        values = {}
        for name, value in self.initial_from(self.periods).items():
            values[self.add_prefix(name)] = [value.strftime("%H:%M")]
        return values

    def save(self):
        """Give `instance` the week's hours: rows that stay are kept, the others deleted,
        the new ones created (one save or delete each, so the pages' versions move)."""
        wanted = Counter(self.periods)
        for row in OpeningHours.objects.filter(**{self.owner: self.instance}):
            period = opening.Period(row.season, row.weekday, row.opens, row.closes)
            if wanted[period]:
                wanted[period] -= 1
            else:
                row.delete()
        for period, count in sorted(wanted.items()):
            for _number in range(count):
                OpeningHours.objects.create(
                    **{self.owner: self.instance},
                    season=period.season,
                    weekday=period.weekday,
                    opens=period.opens,
                    closes=period.closes,
                )

    def changes_for_review(self):
        """[(label, now, proposed)]: for each season whose hours change, the days that
        change, one a line ("Monday 09:00–16:00", "Saturday closed")."""
        changes = []
        before, after = days_of(self.live), days_of(self.periods)
        for season in Season:
            changed = [
                weekday
                for weekday in Weekday
                if before.get((season, weekday)) != after.get((season, weekday))
            ]
            if changed:
                changes.append(
                    (
                        _("Opening hours (%(season)s)") % {"season": season.label},
                        "\n".join(
                            day_line(weekday, before.get((season, weekday))) for weekday in changed
                        ),
                        "\n".join(
                            day_line(weekday, after.get((season, weekday))) for weekday in changed
                        ),
                    )
                )
        return changes

    # Showing it ----------------------------------------------------------------------------

    def tables(self):
        """What the template lays out: [{name, seasons, days: [{weekday, label, same,
        seasons: [{season, periods: [(opens field, closes field)]}]}]}]."""
        counts = self.period_counts()
        tables = []
        for table, seasons in TABLES:
            days = []
            for weekday in Weekday:
                same = f"{table}-{weekday}-same"
                days.append(
                    {
                        "weekday": int(weekday),
                        "label": weekday.label,
                        "same": self[same] if same in self.fields else None,
                        "seasons": [
                            {
                                "season": season,
                                "label": season.label,
                                "periods": [
                                    (
                                        self[f"{season}-{weekday}-{number}-opens"],
                                        self[f"{season}-{weekday}-{number}-closes"],
                                    )
                                    for number in range(counts[season])
                                ],
                            }
                            for season in seasons
                        ],
                    }
                )
            tables.append(
                {
                    "name": table,
                    "seasons": [{"season": s, "label": s.label} for s in seasons],
                    "days": days,
                    "has_hours": any(
                        self[name].value()
                        for name in self.fields
                        if name.split("-")[0] in seasons and not name.endswith("-same")
                    ),
                }
            )
        return tables


def cell_label(season, weekday, number, end):
    """What a screen reader says of a time input: "Monday, opens", "Monday, during Ramadan,
    period 2, closes"."""
    parts = [Weekday(weekday).label]
    if season != Season.REGULAR:
        parts.append(Season(season).label)
    if number:
        parts.append(_("period %(number)s") % {"number": number + 1})
    parts.append(_("opens") if end == "opens" else _("closes"))
    return join_list(parts)


def days_of(periods):
    """{(season, weekday): [(opens, closes)]} of the periods, each day's sorted."""
    days = {}
    for period in sorted(periods):
        days.setdefault((period.season, period.weekday), []).append((period.opens, period.closes))
    return days


CLOSED = pgettext_lazy("a day without opening hours", "closed")


def day_line(weekday, intervals):
    hours = join_list(shown_interval(*pair) for pair in intervals) if intervals else CLOSED
    return f"{Weekday(weekday).label} {hours}"


class LocationWeeklyHoursForm(WeeklyHoursForm):
    """A location's opening hours: those of the services given there without their own."""

    owner = "location"
