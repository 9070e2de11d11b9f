"""Morocco's public holidays for the demo: the fixed civil ones, and the religious ones on
their dates by the Umm al-Qura calendar.

Coordinators keep the real list in the admin ("public holidays"): the religious holidays
follow the moon as announced, which can differ by a day from the computed dates here.
"""

import datetime

from hijridate import Gregorian, Hijri

# (month, day, {language: name}): the civil holidays, the same date every year.
CIVIL = [
    (1, 1, {"ar": "رأس السنة الميلادية", "fr": "Nouvel An", "en": "New Year's Day"}),
    (
        1,
        11,
        {
            "ar": "ذكرى تقديم وثيقة الاستقلال",
            "fr": "Manifeste de l'Indépendance",
            "en": "Independence Manifesto Day",
        },
    ),
    (1, 14, {"ar": "رأس السنة الأمازيغية", "fr": "Nouvel An amazigh", "en": "Amazigh New Year"}),
    (5, 1, {"ar": "عيد الشغل", "fr": "Fête du Travail", "en": "Labour Day"}),
    (7, 30, {"ar": "عيد العرش", "fr": "Fête du Trône", "en": "Throne Day"}),
    (
        8,
        14,
        {
            "ar": "ذكرى استرجاع إقليم وادي الذهب",
            "fr": "Allégeance d'Oued Eddahab",
            "en": "Oued Ed-Dahab Day",
        },
    ),
    (
        8,
        20,
        {
            "ar": "ذكرى ثورة الملك والشعب",
            "fr": "Révolution du Roi et du Peuple",
            "en": "Revolution of the King and the People",
        },
    ),
    (8, 21, {"ar": "عيد الشباب", "fr": "Fête de la Jeunesse", "en": "Youth Day"}),
    (11, 6, {"ar": "ذكرى المسيرة الخضراء", "fr": "Marche verte", "en": "Green March"}),
    (11, 18, {"ar": "عيد الاستقلال", "fr": "Fête de l'Indépendance", "en": "Independence Day"}),
]

# (Hijri month, day, {language: name}): the religious holidays.
RELIGIOUS = [
    (10, 1, {"ar": "عيد الفطر", "fr": "Aïd al-Fitr", "en": "Eid al-Fitr"}),
    (
        10,
        2,
        {
            "ar": "عيد الفطر (اليوم الثاني)",
            "fr": "Aïd al-Fitr (2e jour)",
            "en": "Eid al-Fitr (day 2)",
        },
    ),
    (12, 10, {"ar": "عيد الأضحى", "fr": "Aïd al-Adha", "en": "Eid al-Adha"}),
    (
        12,
        11,
        {
            "ar": "عيد الأضحى (اليوم الثاني)",
            "fr": "Aïd al-Adha (2e jour)",
            "en": "Eid al-Adha (day 2)",
        },
    ),
    (1, 1, {"ar": "فاتح محرم", "fr": "Nouvel An de l'Hégire", "en": "Islamic New Year"}),
    (3, 12, {"ar": "عيد المولد النبوي", "fr": "Aïd al-Mawlid", "en": "Mawlid"}),
    (
        3,
        13,
        {
            "ar": "عيد المولد النبوي (اليوم الثاني)",
            "fr": "Aïd al-Mawlid (2e jour)",
            "en": "Mawlid (day 2)",
        },
    ),
]


def holidays(years):
    """[(date, {language: name})] of the Gregorian `years`, sorted by date."""
    found = {}
    for year in years:
        for month, day, names in CIVIL:
            found[datetime.date(year, month, day)] = names
        hijri_years = {
            Gregorian(year, 1, 1).to_hijri().year,
            Gregorian(year, 12, 31).to_hijri().year,
        }
        for hijri_year in hijri_years:
            for month, day, names in RELIGIOUS:
                gregorian = Hijri(hijri_year, month, day).to_gregorian()
                date = datetime.date(gregorian.year, gregorian.month, gregorian.day)
                if date.year == year:
                    found.setdefault(date, names)
    return sorted(found.items())
