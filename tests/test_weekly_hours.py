"""Opening hours entered as a week: a line a day, Ramadan's hours beside the usual ones,
Monday's hours given to other days in one step (without JavaScript), a message per cell, and
the same rows, review and diff as before.
"""

import datetime
import importlib

import pytest
from django.conf import settings
from django.urls import reverse

from organizations.models import ChangeRequest, OpeningHours
from organizations.weekly_hours import WeeklyHoursForm
from tests.factories import OpeningHoursFactory
from tests.forms import fill, read_form
from tests.pages import Page

# A logged-in request reads its session from the database, or from Redis when it is there.
SESSION_READ = 0 if settings.SESSION_ENGINE.endswith("cached_db") else 1
MONDAY_TO_FRIDAY = {f"hours-week-{weekday}-same": "on" for weekday in range(2, 6)}


def edit_url(personas):
    return reverse("manage:edit", args=["asticude", "service", personas.asticude.service.pk])


@pytest.fixture
def editor(client, personas):
    client.force_login(personas.editor)
    return client


def post_week(client, url, **cells):
    return client.post(url, fill(read_form(client.get(url).content), **cells))


def approve(client, personas):
    client.force_login(personas.coordinator)
    for change in ChangeRequest.objects.pending():
        response = client.post(reverse("manage:review", args=[change.pk]), {"decision": "approve"})
        assert response.status_code == 302, response.content.decode()[:2000]


def rows(service):
    return sorted(
        (row.season, row.weekday, f"{row.opens:%H:%M}", f"{row.closes:%H:%M}")
        for row in OpeningHours.objects.filter(service=service)
    )


def plain(text):
    """A text without the marks that keep times left to right in Arabic."""
    return text.replace("\u2066", "").replace("\u2069", "")


def lines_of(cell):
    """The lines of a diff's cell, as <br> breaks them."""
    parts = []

    def walk(element):
        for child in element.children:
            if isinstance(child, str):
                parts.append(child)
            elif child.tag == "br":
                parts.append("\n")
            else:
                walk(child)

    walk(cell)
    return [" ".join(line.split()) for line in plain("".join(parts)).split("\n")]


def test_the_service_form_shows_a_line_a_day_each_time_named_for_screen_readers(editor, personas):
    page = Page(editor.get(edit_url(personas)))

    grid = page.root.find("fieldset", id="hours")
    days = grid.find("div", cls="hours-week").find_all("div", role="group")
    names = [page.root.find(id=day.get("aria-labelledby")).text for day in days]
    assert names == ["Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche"]
    labels = {label.get("for"): label.text for label in grid.find_all("label")}
    times = grid.find_all("input", type="time")
    assert times and all(labels.get(time.get("id")) for time in times)
    assert labels["id_hours-regular-1-0-opens"] == "Lundi, ouverture"
    assert labels["id_hours-regular-1-0-closes"] == "Lundi, fermeture"
    assert (
        labels["id_hours-ramadan-1-1-closes"] == "Lundi, pendant le Ramadan, période 2, fermeture"
    )
    assert labels["id_hours-summer-7-0-opens"] == "Dimanche, en été, ouverture"
    # The service's Monday, 09:00–17:00 (personas), in Monday's first period.
    values = read_form(page.html)
    assert (values["hours-regular-1-0-opens"], values["hours-regular-1-0-closes"]) == (
        ["09:00"],
        ["17:00"],
    )


def test_an_arabic_form_names_each_time_in_arabic(client, personas):
    client.force_login(personas.editor)
    url = reverse("manage:edit", args=["asticude", "service", personas.asticude.service.pk])

    page = Page(client.get(url.replace("/fr/", "/ar/", 1)))

    label = page.root.find("label", for_="id_hours-ramadan-5-0-opens")
    assert label.text == "الجمعة، خلال رمضان، وقت الفتح"


def test_monday_to_friday_is_one_day_typed_and_four_boxes_ticked(editor, personas, visit):
    service = personas.asticude.service

    response = post_week(
        editor,
        edit_url(personas),
        **{
            "hours-regular-1-0-opens": "09:00",
            "hours-regular-1-0-closes": "12:00",
            "hours-regular-1-1-opens": "14:00",
            "hours-regular-1-1-closes": "17:00",
            "hours-ramadan-1-0-opens": "10:00",
            "hours-ramadan-1-0-closes": "15:00",
            **MONDAY_TO_FRIDAY,
        },
    )

    assert response.status_code == 302
    # The draft stores the week as it will be: the days written out, no box ticked.
    draft = ChangeRequest.objects.get()
    assert draft.data["hours-regular-5-1-closes"] == ["17:00"]
    assert draft.data["hours-ramadan-4-0-opens"] == ["10:00"]
    assert not any(name.endswith("-same") for name in draft.data)
    values = read_form(editor.get(edit_url(personas)).content)
    assert values["hours-regular-3-1-opens"] == ["14:00"]
    assert "hours-week-3-same" not in values
    approve(editor, personas)
    expected = [
        *[("ramadan", day, "10:00", "15:00") for day in range(1, 6)],
        *[
            ("regular", day, opens, closes)
            for day in range(1, 6)
            for opens, closes in (("09:00", "12:00"), ("14:00", "17:00"))
        ],
    ]
    assert rows(service) == sorted(expected)
    public = visit(service.get_absolute_url())
    line = public.root.find("table", cls="hours").find("tr")
    assert line.find("th").text == "Lundi – Vendredi"
    assert line.find("td").text == "09:00–12:00, 14:00–17:00"


def test_a_ticked_day_takes_the_day_before_whatever_its_own_cells_hold(editor, personas):
    response = post_week(
        editor,
        edit_url(personas),
        **{
            "hours-regular-6-0-opens": "10:00",
            "hours-regular-6-0-closes": "13:00",
            "hours-week-7-same": "on",
            "hours-regular-7-0-opens": "08:07",  # not read: Sunday is Saturday's
        },
    )

    assert response.status_code == 302
    approve(editor, personas)
    assert rows(personas.asticude.service) == [
        ("regular", 1, "09:00", "17:00"),
        ("regular", 6, "10:00", "13:00"),
        ("regular", 7, "10:00", "13:00"),
    ]


def test_each_wrong_cell_says_what_is_wrong_and_the_typed_week_stays(editor, personas):
    url = edit_url(personas)
    cells = {
        "hours-regular-1-0-opens": "09:07",
        "hours-regular-2-0-opens": "10:00",
        "hours-regular-2-0-closes": "",
        "hours-regular-3-0-opens": "09:00",
        "hours-regular-3-0-closes": "09:00",
        "hours-ramadan-4-0-opens": "25:00",
        "hours-ramadan-4-0-closes": "15:00",
        "hours-regular-5-0-opens": "09:00",
        "hours-regular-5-0-closes": "13:00",
        "hours-regular-5-1-opens": "12:00",
        "hours-regular-5-1-closes": "17:00",
    }

    response = post_week(editor, url, **cells)

    assert response.status_code == 200
    assert ChangeRequest.objects.count() == 0
    page = Page(response)

    def error(name):
        field = page.root.find("input", id=f"id_{name}")
        assert field.get("aria-invalid") == "true"
        assert field.get("aria-describedby") == f"id_{name}_error"
        return page.root.find(id=f"id_{name}_error").text

    assert "Lundi, ouverture" in error("hours-regular-1-0-opens")
    assert "cinq minutes" in error("hours-regular-1-0-opens")
    assert "Mardi, fermeture" in error("hours-regular-2-0-closes")
    assert "Mercredi, fermeture" in error("hours-regular-3-0-closes")
    assert "Jeudi, pendant le Ramadan, ouverture" in error("hours-ramadan-4-0-opens")
    assert "09:00–13:00" in plain(error("hours-regular-5-1-opens"))
    values = read_form(response.content)
    assert values["hours-regular-1-0-opens"] == ["09:07"]
    assert values["hours-ramadan-4-0-opens"] == ["25:00"]
    assert values["hours-regular-5-1-opens"] == ["12:00"]


def test_a_night_past_midnight_is_one_period(editor, personas):
    response = post_week(
        editor,
        edit_url(personas),
        **{"hours-regular-5-0-opens": "20:00", "hours-regular-5-0-closes": "02:00"},
    )

    assert response.status_code == 302
    approve(editor, personas)
    assert ("regular", 5, "20:00", "02:00") in rows(personas.asticude.service)


def test_summer_hours_are_edited_below_the_week(editor, personas):
    page = Page(editor.get(edit_url(personas)))
    summer = page.root.find("details", cls="hours-other-season")
    assert summer is not None and "open" not in summer.attrs

    post_week(
        editor,
        edit_url(personas),
        **{
            "hours-summer-1-0-opens": "08:00",
            "hours-summer-1-0-closes": "13:00",
            "hours-summer-2-same": "on",
        },
    )
    approve(editor, personas)

    assert rows(personas.asticude.service) == [
        ("regular", 1, "09:00", "17:00"),
        ("summer", 1, "08:00", "13:00"),
        ("summer", 2, "08:00", "13:00"),
    ]
    editor.force_login(personas.editor)
    page = Page(editor.get(edit_url(personas)))
    assert "open" in page.root.find("details", cls="hours-other-season").attrs


def test_a_day_with_three_periods_shows_them_all_and_keeps_them(editor, personas):
    service = personas.asticude.service
    for opens, closes in ((7, 8), (18, 20)):
        OpeningHoursFactory(
            service=service,
            location=None,
            opens=datetime.time(opens),
            closes=datetime.time(closes),
        )
    before = {row.pk for row in service.hours.all()}

    values = read_form(editor.get(edit_url(personas)).content)
    assert values["hours-regular-1-2-opens"] == ["18:00"]
    assert "hours-regular-2-2-opens" in values  # every day has as many
    editor.post(edit_url(personas), fill(values, name_fr="Autre nom"))
    editor.force_login(personas.coordinator)
    review = Page(editor.get(reverse("manage:review", args=[ChangeRequest.objects.get().pk])))
    assert "Horaires" not in review.root.find("table", cls="diff").text
    approve(editor, personas)

    assert {row.pk for row in service.hours.all()} == before


def test_the_diff_reads_day_by_day_and_season_by_season(editor, personas):
    post_week(
        editor,
        edit_url(personas),
        **{
            "hours-regular-1-0-closes": "16:00",
            "hours-regular-6-0-opens": "10:00",
            "hours-regular-6-0-closes": "12:00",
            "hours-ramadan-1-0-opens": "10:00",
            "hours-ramadan-1-0-closes": "15:00",
        },
    )
    editor.force_login(personas.coordinator)

    review = Page(editor.get(reverse("manage:review", args=[ChangeRequest.objects.get().pk])))

    lines = {}
    for row in review.root.find("table", cls="diff").find("tbody").find_all("tr"):
        before, after = row.find_all("td")
        lines[row.find("th").text] = (lines_of(before), lines_of(after))
    assert lines["Horaires (horaires habituels)"] == (
        ["Lundi 09:00–17:00", "Samedi fermé"],
        ["Lundi 09:00–16:00", "Samedi 10:00–12:00"],
    )
    assert lines["Horaires (pendant le Ramadan)"] == (["Lundi fermé"], ["Lundi 10:00–15:00"])


def test_an_approval_keeps_the_rows_that_stay(editor, personas):
    kept = OpeningHours.objects.get(service=personas.asticude.service)

    post_week(
        editor,
        edit_url(personas),
        **{"hours-regular-2-0-opens": "09:00", "hours-regular-2-0-closes": "17:00"},
    )
    approve(editor, personas)

    assert OpeningHours.objects.filter(pk=kept.pk).exists()
    assert len(rows(personas.asticude.service)) == 2


def test_emptying_a_day_closes_it(editor, personas):
    post_week(
        editor,
        edit_url(personas),
        **{"hours-regular-1-0-opens": "", "hours-regular-1-0-closes": ""},
    )
    approve(editor, personas)

    assert rows(personas.asticude.service) == []


@pytest.mark.django_db
def test_a_posted_form_cannot_make_the_week_grow_without_bound():
    form = WeeklyHoursForm(
        {"hours-regular-1-9-opens": "09:00", "hours-regular-1-5-opens": "10:00"}, instance=None
    )

    assert "regular-1-5-opens" in form.fields
    assert "regular-1-6-opens" not in form.fields
    assert "regular-1-9-opens" not in form.fields


def test_drafts_saved_as_rows_are_read_as_a_week():
    migration = importlib.import_module("organizations.migrations.0012_drafts_store_weekly_hours")
    rows_posted = {
        "hours-TOTAL_FORMS": ["3"],
        "hours-0-id": ["4"],
        "hours-0-season": ["regular"],
        "hours-0-weekday": ["1"],
        "hours-0-opens": ["14:00"],
        "hours-0-closes": ["17:00"],
        "hours-1-season": ["regular"],
        "hours-1-weekday": ["1"],
        "hours-1-opens": ["09:00"],
        "hours-1-closes": ["12:00"],
        "hours-2-season": ["ramadan"],
        "hours-2-weekday": ["3"],
        "hours-2-opens": ["10:00"],
        "hours-2-closes": ["15:00"],
        "hours-2-DELETE": ["on"],
    }

    assert migration.week_of(rows_posted) == {
        "hours-regular-1-0-opens": ["09:00"],
        "hours-regular-1-0-closes": ["12:00"],
        "hours-regular-1-1-opens": ["14:00"],
        "hours-regular-1-1-closes": ["17:00"],
    }


def test_a_locations_hours_are_edited_as_a_week_too(editor, personas, visit):
    location = personas.asticude.location
    service = personas.asticude.service
    OpeningHours.objects.filter(service=service).delete()  # it then shows its location's
    url = reverse("manage:edit", args=["asticude", "location", location.pk])

    post_week(
        editor,
        url,
        **{
            "hours-regular-1-0-opens": "08:30",
            "hours-regular-1-0-closes": "16:30",
            **MONDAY_TO_FRIDAY,
        },
    )
    approve(editor, personas)

    assert sorted(
        (row.weekday, f"{row.opens:%H:%M}")
        for row in OpeningHours.objects.filter(location=location)
    ) == [(day, "08:30") for day in range(1, 6)]
    assert "08:30–16:30" in visit(service.get_absolute_url()).text


@pytest.mark.parametrize("days", [1, 7])
def test_the_form_its_saving_and_its_review_cost_the_same_whatever_the_hours(
    editor, personas, django_assert_num_queries, days
):
    service = personas.asticude.service
    for weekday in range(2, days + 1):
        OpeningHoursFactory(service=service, location=None, weekday=weekday)
    for weekday in range(1, days + 1):
        OpeningHoursFactory(
            service=service, location=None, weekday=weekday, season=OpeningHours.Season.RAMADAN
        )
    url = edit_url(personas)
    editor.get(url)

    # The week's hours are read in one query, on the form, when saving and in the review.
    with django_assert_num_queries(16 + SESSION_READ):
        values = read_form(editor.get(url).content)
    with django_assert_num_queries(20 + SESSION_READ):
        editor.post(url, fill(values, **{"hours-regular-1-0-opens": "08:00"}))
    editor.force_login(personas.coordinator)
    review = reverse("manage:review", args=[ChangeRequest.objects.get().pk])
    editor.get(review)
    with django_assert_num_queries(13 + SESSION_READ):
        page = Page(editor.get(review))
    assert "08:00–17:00" in plain(page.root.find("table", cls="diff").text)
