"""Open now: a service's status at a given moment, Ramadan and holidays, the listing's filter.

The clock is fixed by replacing `opening.now`, as a resident's phone would read it in
Tangier. 7 December 2026 is a Monday; Ramadan 1448 runs from 8 February to 8 March 2027 by
the Umm al-Qura calendar.
"""

import datetime
import random

import pytest
from pyroaring import BitMap

from directory.search import facet_sets
from directory.search.models import SearchEntry
from directory.taxonomy import opening
from directory.taxonomy.models import PublicHoliday, SeasonDates
from directory.taxonomy.opening import Calendar, Period, Season, status
from organizations.forms import OpeningHoursForm
from organizations.models import OpeningHours
from tests.factories import LocationFactory, OpeningHoursFactory, ServiceFactory

MONDAY = datetime.date(2026, 12, 7)
RAMADAN_DAY = datetime.date(2027, 2, 15)  # a Monday in Ramadan 1448


def at(day, hour, minute=0):
    return datetime.datetime.combine(day, datetime.time(hour, minute))


def hours(*specs, season=Season.REGULAR):
    """Periods from (weekday, "09:00", "17:00") triples."""
    return [
        Period(season, weekday, datetime.time.fromisoformat(o), datetime.time.fromisoformat(c))
        for weekday, o, c in specs
    ]


WEEKDAYS_9_TO_4 = hours(*[(day, "09:00", "16:00") for day in range(1, 6)])


@pytest.fixture
def clock(monkeypatch):
    """Set the moment every page and filter reads as now."""

    def set_clock(moment):
        monkeypatch.setattr(opening, "now", lambda: moment)

    return set_clock


# The status of one set of hours -----------------------------------------------------------


def test_open_during_its_hours_and_says_when_it_closes():
    found = status(WEEKDAYS_9_TO_4, Calendar(), at(MONDAY, 10))

    assert found.is_open and found.closes == at(MONDAY, 16)


def test_closed_at_closing_time_and_says_when_it_opens_again():
    assert status(WEEKDAYS_9_TO_4, Calendar(), at(MONDAY, 16)).opens == at(MONDAY, 9) + (
        datetime.timedelta(days=1)
    )
    friday_evening = at(MONDAY + datetime.timedelta(days=4), 18)
    found = status(WEEKDAYS_9_TO_4, Calendar(), friday_evening)
    assert not found.is_open and found.opens == at(MONDAY + datetime.timedelta(days=7), 9)


def test_hours_past_midnight_belong_to_the_evening_they_start():
    nights = hours((5, "20:00", "02:00"))  # Friday night

    saturday = MONDAY + datetime.timedelta(days=5)
    assert status(nights, Calendar(), at(saturday, 1, 30)).is_open
    assert status(nights, Calendar(), at(saturday, 1, 30)).closes == at(saturday, 2)
    assert not status(nights, Calendar(), at(saturday, 2)).is_open
    assert not status(nights, Calendar(), at(MONDAY, 1)).is_open


def test_a_public_holiday_closes_what_opens_that_day():
    calendar = Calendar(holidays={MONDAY: "Holiday"})

    found = status(WEEKDAYS_9_TO_4, calendar, at(MONDAY, 10))

    assert not found.is_open and found.holiday == "Holiday"
    assert found.opens == at(MONDAY + datetime.timedelta(days=1), 9)


def test_ramadan_hours_apply_by_themselves_during_ramadan():
    both = WEEKDAYS_9_TO_4 + hours(*[(d, "10:00", "15:00") for d in range(1, 6)], season="ramadan")

    in_ramadan = status(both, Calendar(), at(RAMADAN_DAY, 9, 30))
    before = status(both, Calendar(), at(RAMADAN_DAY - datetime.timedelta(days=14), 9, 30))

    assert not in_ramadan.is_open and in_ramadan.opens == at(RAMADAN_DAY, 10)
    assert in_ramadan.season == Season.RAMADAN
    assert before.is_open and before.season == Season.REGULAR


def test_without_ramadan_hours_the_usual_ones_apply_in_ramadan():
    assert status(WEEKDAYS_9_TO_4, Calendar(), at(RAMADAN_DAY, 9, 30)).is_open


def test_coordinators_correct_ramadan_to_the_announced_dates():
    """The announcement said Ramadan starts a day later than the calendar computes."""
    announced = Calendar(
        seasons=[(Season.RAMADAN, datetime.date(2027, 2, 9), datetime.date(2027, 3, 10))]
    )

    assert Calendar().season_on(datetime.date(2027, 2, 8)) == Season.RAMADAN
    assert announced.season_on(datetime.date(2027, 2, 8)) == Season.REGULAR
    assert announced.season_on(datetime.date(2027, 3, 10)) == Season.RAMADAN
    assert Calendar().season_on(datetime.date(2027, 3, 10)) == Season.REGULAR


def test_summer_hours_apply_on_the_dates_coordinators_give():
    summer = Calendar(
        seasons=[(Season.SUMMER, datetime.date(2027, 7, 1), datetime.date(2027, 8, 31))]
    )

    assert summer.season_on(datetime.date(2027, 7, 15)) == Season.SUMMER
    assert summer.season_on(datetime.date(2027, 9, 1)) == Season.REGULAR


# The listing's filter agrees with the status of each service ----------------------------


def random_hours(chance):
    periods = []
    for season in chance.sample(
        [Season.REGULAR, Season.RAMADAN, Season.SUMMER], chance.randint(1, 2)
    ):
        for weekday in chance.sample(range(1, 8), chance.randint(1, 6)):
            opens = chance.randrange(0, 24 * 12) * 5
            length = chance.randrange(1, 20 * 12) * 5
            closes = (opens + length) % (24 * 60)
            if closes == opens:
                continue
            periods.append(
                Period(
                    season,
                    weekday,
                    datetime.time(opens // 60, opens % 60),
                    datetime.time(closes // 60, closes % 60),
                )
            )
    return periods


def test_open_now_from_the_facet_sets_agrees_with_each_services_status():
    """An oracle: 300 services with random hours (past midnight, Ramadan, summer), at 400
    random moments around Ramadan, a summer and a holiday."""
    chance = random.Random(1448)
    services = {pk: random_hours(chance) for pk in range(1, 301)}
    calendar = Calendar(
        seasons=[(Season.SUMMER, datetime.date(2027, 7, 1), datetime.date(2027, 8, 31))],
        holidays={datetime.date(2027, 2, 20): "Holiday", datetime.date(2027, 7, 30): "Throne"},
    )
    sets = {}
    for pk, periods in services.items():
        for key in opening.schedule_keys(periods):
            sets.setdefault(key, BitMap()).add(pk)
    snapshot = facet_sets.Snapshot("service", None, sets=sets)
    days = [datetime.date(2027, 2, 6) + datetime.timedelta(days=n) for n in range(40)]
    days += [datetime.date(2027, 6, 28) + datetime.timedelta(days=n) for n in range(70)]

    for _ in range(400):
        moment = at(chance.choice(days), chance.randrange(24), chance.randrange(0, 60, 5))
        expected = {
            pk for pk, periods in services.items() if status(periods, calendar, moment).is_open
        }
        assert set(snapshot.open_at(moment, calendar)) == expected, moment


def test_hours_round_trip_through_their_key():
    chance = random.Random(7)
    for _ in range(200):
        periods = random_hours(chance)
        for key in opening.schedule_keys(periods):
            if key.startswith("hours:"):
                season, parsed = opening.parse_schedule(key)
                assert sorted(parsed) == sorted(p for p in periods if p.season == season)


def card_names(page):
    return [card.find("h2").text.strip() for card in page.root.find_all("li", cls="card")]


# Pages ------------------------------------------------------------------------------------


@pytest.fixture
def legal_clinic(tangier):
    service = ServiceFactory(name_fr="Permanence juridique", slug="permanence")
    for weekday in range(1, 6):
        OpeningHoursFactory(
            service=service,
            location=None,
            weekday=weekday,
            opens=datetime.time(9),
            closes=datetime.time(16),
        )
        OpeningHoursFactory(
            service=service,
            location=None,
            season=OpeningHours.Season.RAMADAN,
            weekday=weekday,
            opens=datetime.time(10),
            closes=datetime.time(15),
        )
    return service


@pytest.fixture
def night_shelter(tangier):
    office = LocationFactory(place=tangier.bni_makada)
    service = ServiceFactory(
        name_fr="Accueil de nuit",
        slug="accueil-de-nuit",
        organization=office.organization,
        locations=[office],
    )
    for weekday in range(1, 8):
        OpeningHoursFactory(
            location=office, weekday=weekday, opens=datetime.time(20), closes=datetime.time(2)
        )
    return service


@pytest.mark.django_db
def test_a_service_page_says_it_is_open_now_and_until_when(visit, clock, legal_clinic):
    clock(at(MONDAY, 10))

    page = visit("/fr/services/permanence/")

    assert "Ouvert maintenant · ferme à 16:00" in page.text


@pytest.mark.django_db
def test_a_service_page_says_when_a_closed_service_opens(visit, clock, legal_clinic):
    clock(at(MONDAY + datetime.timedelta(days=4), 18))  # Friday evening

    page = visit("/fr/services/permanence/")

    assert "Fermé · ouvre lundi à 09:00" in page.text


@pytest.mark.django_db
def test_in_ramadan_the_page_shows_the_ramadan_hours_first(visit, clock, legal_clinic):
    clock(at(RAMADAN_DAY, 9, 30))

    page = visit("/fr/services/permanence/")

    assert "Fermé · ouvre à 10:00" in page.text
    captions = [caption.text for caption in page.root.find_all("caption")]
    assert captions[0].lower().startswith("pendant le ramadan") and "aujourd" in captions[0]


@pytest.mark.django_db
def test_a_holiday_closes_the_service_and_is_named(visit, clock, legal_clinic):
    PublicHoliday.objects.create(date=MONDAY, name_fr="Jour férié de test", name_ar="عطلة")
    clock(at(MONDAY, 10))

    page = visit("/fr/services/permanence/")

    assert "Fermé (Jour férié de test) · ouvre demain à 09:00" in " ".join(page.text.split())


@pytest.mark.django_db
def test_a_location_open_past_midnight_shows_open_on_the_card(
    visit, clock, night_shelter, legal_clinic
):
    clock(at(MONDAY, 1, 30))  # Sunday night's opening

    page = visit("/fr/services/?open=now")

    assert card_names(page) == ["Accueil de nuit"]
    assert "Ouvert maintenant · ferme à 02:00" in page.text


@pytest.mark.django_db
def test_the_open_filter_counts_like_the_other_filters(visit, clock, night_shelter, legal_clinic):
    clock(at(MONDAY, 10))

    page = visit("/fr/services/")
    facet = page.root.find("section", aria_labelledby="facet-open")
    options = {link.get("href"): " ".join(link.text.split()) for link in facet.find_all("a")}

    assert options["?open=now"] == "Ouvert maintenant 1"
    assert options["?open=monday"] == "Lundi 2"
    assert options["?open=saturday"] == "Samedi 1"
    assert card_names(visit("/fr/services/?open=now")) == ["Permanence juridique"]


@pytest.mark.django_db
def test_an_unknown_open_choice_is_a_clear_error_not_a_crash(visit, legal_clinic):
    page = visit("/fr/services/?open=someday")

    assert "Permanence juridique" in page.text  # the other filters still apply


@pytest.mark.django_db
def test_changing_a_services_hours_changes_the_open_filter(visit, clock, legal_clinic):
    clock(at(MONDAY, 18))
    assert "Permanence juridique" not in visit("/fr/services/?open=now").text

    OpeningHours.objects.filter(service=legal_clinic, weekday=1).update(closes=datetime.time(19))
    for hours_row in OpeningHours.objects.filter(service=legal_clinic, weekday=1):
        hours_row.save()

    assert "Permanence juridique" in visit("/fr/services/?open=now").text


@pytest.mark.django_db
def test_coordinators_dates_for_ramadan_reach_pages_at_once(visit, clock, legal_clinic):
    clock(at(datetime.date(2027, 2, 8), 9, 30))  # the first day of Ramadan by the calendar
    assert "Fermé · ouvre à 10:00" in visit("/fr/services/permanence/").text

    # It was announced for the next day: the usual hours apply on the 8th.
    SeasonDates.objects.create(
        season=Season.RAMADAN,
        first_day=datetime.date(2027, 2, 9),
        last_day=datetime.date(2027, 3, 10),
    )

    assert "Ouvert maintenant · ferme à 16:00" in visit("/fr/services/permanence/").text


@pytest.mark.django_db
def test_the_status_reads_in_arabic(visit, clock, legal_clinic):
    clock(at(MONDAY, 10))

    page = visit("/ar/services/permanence/")

    assert "مفتوح الآن · يغلق على الساعة 16:00" in page.text


# Entering hours ---------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("opens", "closes", "valid"),
    [
        ("20:00", "02:00", True),
        ("09:00", "09:00", False),
        ("09:07", "12:00", False),
        ("09:05", "12:00", True),
    ],
)
def test_the_hours_form_takes_nights_and_five_minute_steps(opens, closes, valid):
    form = OpeningHoursForm(
        data={"season": "regular", "weekday": 1, "opens": opens, "closes": closes}
    )

    assert form.is_valid() == valid, form.errors


@pytest.mark.django_db
def test_search_entries_carry_the_hours_keys(legal_clinic):
    facets = SearchEntry.objects.get(kind="service", object_id=legal_clinic.pk).facets.split()

    assert "hours:regular:12345_0900-1600" in facets
    assert "hours:ramadan:12345_1000-1500" in facets
    assert {"day:1", "day:5"} <= set(facets) and "day:6" not in facets


@pytest.mark.django_db
def test_the_whatsapp_message_gives_todays_hours(visit, clock, legal_clinic):
    from urllib.parse import unquote

    clock(at(MONDAY, 8))

    page = visit("/fr/services/permanence/")

    link = next(
        a.get("href") for a in page.root.find_all("a") if "wa.me/?text=" in a.get("href", "")
    )
    assert "Aujourd'hui\u00a0: 09:00–16:00" in unquote(link)


@pytest.mark.django_db
def test_on_a_holiday_the_message_says_closed_today(visit, clock, legal_clinic):
    from urllib.parse import unquote

    PublicHoliday.objects.create(date=MONDAY, name_fr="Férié")
    clock(at(MONDAY, 8))

    page = visit("/fr/services/permanence/")

    link = next(
        a.get("href") for a in page.root.find_all("a") if "wa.me/?text=" in a.get("href", "")
    )
    assert "Fermé aujourd'hui" in unquote(link)
