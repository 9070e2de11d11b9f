"""Opening hours as a resident needs them: open now or not, until when, and which hours apply.

A place's or service's hours are periods: a weekday, an opening and a closing time, and a
season (usual hours, Ramadan, summer). A period whose closing time is not after its opening
time ends the next day: 20:00–02:00 is open on Tuesday night until 2 in the morning.

Which season applies on a date comes from the calendar (`Calendar`): the dates coordinators
keep (SeasonDates: Ramadan as officially announced, summer), and otherwise Ramadan by the
Umm al-Qura calendar. On a Ramadan day the Ramadan hours apply where there are any, the usual
hours elsewhere. Public holidays (PublicHoliday) close everything that opens on them.

Times are Morocco's (settings.TIME_ZONE, Africa/Casablanca), read from `now()`.

The listings filter "open now" from facet sets: each service's hours of each season become
one key, "hours:<season>:<days>_<from>-<to>.../...", that says the hours themselves
(`schedule_key`, `parse_schedule`), so a process can tell which keys are open at a moment
without reading the services.
"""

import datetime
import zoneinfo
from dataclasses import dataclass, field

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from hijridate import Gregorian, Hijri

RAMADAN_MONTH = 9
# A key must fit a facet set's key (255 characters): schedules longer than this are too
# irregular to encode, and are never counted as open by the "open now" filter.
MAX_KEY_LENGTH = 255


class Season(models.TextChoices):
    REGULAR = "regular", _("usual hours")
    RAMADAN = "ramadan", _("during Ramadan")
    SUMMER = "summer", _("in summer")


class Weekday(models.IntegerChoices):
    MONDAY = 1, _("Monday")
    TUESDAY = 2, _("Tuesday")
    WEDNESDAY = 3, _("Wednesday")
    THURSDAY = 4, _("Thursday")
    FRIDAY = 5, _("Friday")
    SATURDAY = 6, _("Saturday")
    SUNDAY = 7, _("Sunday")


# A weekday inside a sentence ("opens Monday at 09:00"): French writes it in lower case.
WEEKDAY_IN_SENTENCE = {
    1: pgettext_lazy("in a sentence", "Monday"),
    2: pgettext_lazy("in a sentence", "Tuesday"),
    3: pgettext_lazy("in a sentence", "Wednesday"),
    4: pgettext_lazy("in a sentence", "Thursday"),
    5: pgettext_lazy("in a sentence", "Friday"),
    6: pgettext_lazy("in a sentence", "Saturday"),
    7: pgettext_lazy("in a sentence", "Sunday"),
}


@dataclass(frozen=True, order=True)
class Period:
    """One opening period; OpeningHours rows have the same four attributes."""

    season: str
    weekday: int
    opens: datetime.time
    closes: datetime.time


def now():
    """The current moment in Morocco, as a naive local datetime (tests replace this)."""
    return timezone.localtime(timezone.now(), zoneinfo.ZoneInfo(settings.TIME_ZONE)).replace(
        tzinfo=None
    )


def slot(minutes=5):
    """The current five minutes, e.g. "2026-12-07T14:35": what a page's opening statuses
    depend on, since hours are kept in steps of five minutes."""
    moment = now()
    return moment.replace(minute=moment.minute - moment.minute % minutes).strftime(
        "%Y-%m-%dT%H:%M"
    )


# The calendar ------------------------------------------------------------------------------


def ramadan_by_umm_al_qura(day):
    """(first day, last day) of the Ramadan of the Hijri year `day` falls in, or None."""
    try:
        year = Gregorian(day.year, day.month, day.day).to_hijri().year
        first = Hijri(year, RAMADAN_MONTH, 1).to_gregorian()
        after = Hijri(year, RAMADAN_MONTH + 1, 1).to_gregorian()
    except (OverflowError, ValueError):  # outside the calendar's years (1924–2077)
        return None
    last = after - datetime.timedelta(days=1)
    return datetime.date(first.year, first.month, first.day), datetime.date(
        last.year, last.month, last.day
    )


@dataclass
class Calendar:
    """The seasons' dates and the public holidays.

    `seasons` are (season, first day, last day) kept by coordinators; `holidays` maps a date
    to its PublicHoliday. A Ramadan kept by coordinators replaces the computed one of its
    year.
    """

    seasons: list = field(default_factory=list)
    holidays: dict = field(default_factory=dict)

    def season_on(self, day):
        kept = {season for season, first, last in self.seasons if first <= day <= last}
        for season in (Season.RAMADAN, Season.SUMMER):
            if season in kept:
                return season
        if self.is_ramadan_by_calendar(day):
            return Season.RAMADAN
        return Season.REGULAR

    def is_ramadan_by_calendar(self, day):
        computed = ramadan_by_umm_al_qura(day)
        if computed is None or not computed[0] <= day <= computed[1]:
            return False
        # Dates announced for that Ramadan (within a week of the computed ones) replace them.
        near_first = computed[0] - datetime.timedelta(days=7)
        near_last = computed[1] + datetime.timedelta(days=7)
        return not any(
            season == Season.RAMADAN and first <= near_last and last >= near_first
            for season, first, last in self.seasons
        )

    def holiday(self, day):
        """The public holiday on `day`, or None."""
        return self.holidays.get(day)


# One service's or location's hours ---------------------------------------------------------


def by_season(periods):
    """{season: [Period, ...]} of the periods, each list sorted."""
    seasons = {}
    for period in periods:
        seasons.setdefault(period.season, []).append(
            Period(period.season, period.weekday, period.opens, period.closes)
        )
    return {season: sorted(found) for season, found in seasons.items()}


def applicable_season(seasons, day, calendar):
    """The season whose hours apply on `day`: the calendar's, where the hours have it."""
    season = calendar.season_on(day)
    if season in seasons:
        return season
    return Season.REGULAR if Season.REGULAR in seasons else None


def intervals_starting(periods, day):
    """[(start, end)] naive datetimes of the periods that open on `day`."""
    intervals = []
    for period in periods:
        if period.weekday != day.isoweekday():
            continue
        start = datetime.datetime.combine(day, period.opens)
        end_day = day if period.closes > period.opens else day + datetime.timedelta(days=1)
        intervals.append((start, datetime.datetime.combine(end_day, period.closes)))
    return intervals


@dataclass(frozen=True)
class Status:
    """Open now (until `closes`) or closed (until `opens`, None if never within a week)."""

    is_open: bool
    closes: datetime.datetime | None = None
    opens: datetime.datetime | None = None
    season: str | None = None  # the season whose hours apply today
    holiday: str | None = None  # today's public holiday, if any


def status(periods, calendar, moment=None):
    """Whether `periods` are open at `moment` (default: now), and the next change; None
    where there are no hours at all."""
    moment = moment or now()
    seasons = by_season(periods)
    if not seasons:
        return None
    today = moment.date()
    intervals = []
    for offset in range(-1, 8):
        day = today + datetime.timedelta(days=offset)
        season = applicable_season(seasons, day, calendar)
        if season is None or calendar.holiday(day):
            continue
        intervals += intervals_starting(seasons[season], day)
    merged = []
    for start, end in sorted(intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    today_season = applicable_season(seasons, today, calendar)
    holiday = calendar.holiday(today)
    for start, end in merged:
        if start <= moment < end:
            return Status(True, closes=end, season=today_season, holiday=holiday)
        if start > moment:
            return Status(False, opens=start, season=today_season, holiday=holiday)
    return Status(False, season=today_season, holiday=holiday)


def summarize(periods, today_season=None):
    """Opening hours as a resident reads them: each season's hours, the one that applies
    today first (then the usual hours, then the others), with consecutive days that share
    the same hours on one line.

    Returns [{"season", "label", "applies_today", "lines": [(days label, [(opens, closes)])]}].
    """
    order = list(Season)
    seasons = by_season(periods)
    summary = []
    for season in sorted(seasons, key=lambda s: (s != today_season, order.index(s))):
        days = {}
        for period in seasons[season]:
            days.setdefault(period.weekday, []).append((period.opens, period.closes))
        rows = []
        for weekday in Weekday:
            intervals = sorted(days.get(weekday, []))
            if not intervals:
                continue
            if rows and rows[-1]["intervals"] == intervals and rows[-1]["last"] == weekday - 1:
                rows[-1]["last"] = weekday
            else:
                rows.append({"first": weekday, "last": weekday, "intervals": intervals})
        lines = []
        for row in rows:
            first, last = Weekday(row["first"]).label, Weekday(row["last"]).label
            label = first if row["first"] == row["last"] else f"{first} – {last}"
            lines.append((label, row["intervals"]))
        summary.append(
            {
                "season": season,
                "label": Season(season).label,
                "applies_today": season == today_season,
                "lines": lines,
            }
        )
    return summary


def intervals_today(periods, calendar, moment=None):
    """[(opens, closes)] datetimes of the periods that open on `moment`'s day, in the hours
    that apply that day ([] on a holiday or a day without hours); None without any hours."""
    moment = moment or now()
    seasons = by_season(periods)
    if not seasons:
        return None
    today = moment.date()
    season = applicable_season(seasons, today, calendar)
    if season is None or calendar.holiday(today):
        return []
    return sorted(intervals_starting(seasons[season], today))


# Schedules as facet keys ------------------------------------------------------------------


def _clock(time):
    return f"{time.hour:02d}{time.minute:02d}"


def schedule_spec(periods):
    """The hours of one season in a few characters: "12345_0900-1700/6_0900-1200".

    Days with the same intervals share one group; groups and intervals are sorted, so equal
    hours always give the same text.
    """
    days = {}
    for period in periods:
        interval = f"{_clock(period.opens)}-{_clock(period.closes)}"
        days.setdefault(period.weekday, []).append(interval)
    groups = {}
    for weekday in sorted(days):
        groups.setdefault(".".join(sorted(set(days[weekday]))), []).append(str(weekday))
    return "/".join(f"{''.join(weekdays)}_{intervals}" for intervals, weekdays in groups.items())


def schedule_keys(periods):
    """The facet keys of a service's hours: one "hours:<season>:<spec>" per season, and
    "day:<weekday>" for each day its usual hours open (any season's, without usual hours)."""
    seasons = by_season(periods)
    keys = set()
    for season, found in seasons.items():
        key = f"hours:{season}:{schedule_spec(found)}"
        if len(key) <= MAX_KEY_LENGTH:
            keys.add(key)
    usual = seasons.get(Season.REGULAR) or [p for found in seasons.values() for p in found]
    keys |= {f"day:{period.weekday}" for period in usual}
    return keys


def parse_schedule(key):
    """(season, [Period, ...]) from a key made by schedule_keys()."""
    _prefix, season, spec = key.split(":", 2)
    periods = []
    for group in spec.split("/"):
        weekdays, intervals = group.split("_")
        for interval in intervals.split("."):
            opens, closes = interval.split("-")
            for weekday in weekdays:
                periods.append(
                    Period(
                        season,
                        int(weekday),
                        datetime.time(int(opens[:2]), int(opens[2:])),
                        datetime.time(int(closes[:2]), int(closes[2:])),
                    )
                )
    return season, periods


def open_from(periods, day, moment):
    """Whether one of the periods that open on `day` is open at `moment`."""
    return any(start <= moment < end for start, end in intervals_starting(periods, day))
