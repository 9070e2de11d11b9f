"""Arabic: Django's locale has no date-and-time format, so staff pages fell back to the
English "ديسمبر 2, 2026, 7:02 ص". These read like the public pages' dates ("2 ديسمبر، 2026"),
with Morocco's 24-hour clock."""

DATETIME_FORMAT = "j F، Y، H:i"
SHORT_DATETIME_FORMAT = "d‏/m‏/Y H:i"
TIME_FORMAT = "H:i"
