"""A service page prints as a one-page A4 referral slip, checked in a real Chromium.

Runs where Debian's chromium is installed (CI installs it); skips elsewhere with a reason.
"""

import datetime
import re
import shutil
import subprocess

import pytest

from organizations.models import ContactChannel, OpeningHours
from tests.factories import (
    ContactChannelFactory,
    LocationFactory,
    OpeningHoursFactory,
    ServiceFactory,
)

CHROMIUM = shutil.which("chromium")
pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is not installed"),
]


def print_to_pdf(url, tmp_path):
    pdf = tmp_path / "page.pdf"
    subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--no-pdf-header-footer",
            f"--print-to-pdf={pdf}",
            url,
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return pdf.read_bytes()


def page_count(pdf):
    return len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf))


def busy_service():
    """A service with everything a slip shows: two locations, a week of hours in two seasons."""
    service = ServiceFactory(
        description_fr="Une longue description. " * 80,
        eligibility_fr="Toute personne majeure résidant à Tanger. " * 3,
        how_to_access_fr="Venir sans rendez-vous avec une pièce d'identité si possible. " * 3,
    )
    locations = LocationFactory.create_batch(2, organization=service.organization)
    service.locations.set(locations)
    for season in (OpeningHours.Season.REGULAR, OpeningHours.Season.RAMADAN):
        for weekday in range(1, 7):
            OpeningHoursFactory(
                service=service,
                location=None,
                season=season,
                weekday=weekday,
                opens=datetime.time(9),
                closes=datetime.time(16),
            )
    for kind in (ContactChannel.Kind.PHONE, ContactChannel.Kind.WHATSAPP):
        ContactChannelFactory(organization=service.organization, service=service, kind=kind)
    return service


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_service_referral_slip_fits_one_a4_page(live_server, tmp_path, language):
    service = busy_service()
    pdf = print_to_pdf(f"{live_server.url}/{language}/services/{service.slug}/", tmp_path)
    assert page_count(pdf) == 1


def test_page_count_sees_a_long_page(live_server, tmp_path):
    """The check above can fail: a long listing prints on several pages."""
    for _ in range(20):
        ServiceFactory()
    pdf = print_to_pdf(f"{live_server.url}/fr/services/", tmp_path)
    assert page_count(pdf) > 1


HEADINGS_AND_NEXT = """() => [...document.querySelectorAll('.essentials h3')].map(heading => {
    const next = heading.nextElementSibling;
    const a = heading.getBoundingClientRect(), b = next ? next.getBoundingClientRect() : a;
    return {heading: heading.textContent.trim(), headingLeft: a.left, nextLeft: b.left};
})"""


def test_a_heading_stays_in_the_column_of_what_follows_it(live_server, settings, browser):
    """However long the texts above it, "Opening hours" never ends the first column of the
    slip with its table at the top of the second."""
    settings.PAGE_CACHE_SECONDS = 0
    service = busy_service()
    url = f"{live_server.url}/fr/services/{service.slug}/"

    separated = []
    page = browser.new_page(viewport={"width": 703, "height": 1000})  # A4 less margins
    page.emulate_media(media="print")
    for lines in range(1, 16):
        service.eligibility_fr = "Toute personne majeure résidant à Tanger. " * lines
        service.save()
        page.goto(url)
        for box in page.evaluate(HEADINGS_AND_NEXT):
            if abs(box["headingLeft"] - box["nextLeft"]) > 20:
                separated.append((lines, box["heading"]))
    page.close()

    assert separated == []


def test_the_slip_names_dalil_and_the_day_it_was_printed(live_server, browser):
    service = ServiceFactory()
    today = datetime.date.today()

    page = browser.new_page()
    page.goto(f"{live_server.url}/fr/services/{service.slug}/")
    stamp = page.locator(".print-stamp")
    on_screen = stamp.is_visible()
    page.emulate_media(media="print")
    printed = stamp.is_visible()
    text = stamp.inner_text()
    page.close()

    assert (on_screen, printed) == (False, True)
    assert "Dalil" in text
    assert str(today.year) in text and str(today.day) in text
