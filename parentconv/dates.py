"""Dates and times as a Dutch teacher reads them ("di 24 nov 2026", "18:30"), and in English."""

from __future__ import annotations

import datetime as dt

_DAYS = {
    "nl": ("ma", "di", "wo", "do", "vr", "za", "zo"),
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
}
_MONTHS = {
    "nl": ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def format_date(day: dt.date, language: str = "nl") -> str:
    """``di 24 nov 2026`` (nl) or ``Tue 24 Nov 2026`` (en)."""
    lang = language if language in _DAYS else "nl"
    return f"{_DAYS[lang][day.weekday()]} {day.day} {_MONTHS[lang][day.month - 1]} {day.year}"


_LONG_DAYS = {
    "nl": ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}
_LONG_MONTHS = {
    "nl": (
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ),
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
}  # fmt: skip


def format_date_long(day: dt.date, language: str = "nl") -> str:
    """Written in full, for letters to parents: ``dinsdag 24 november 2026``."""
    lang = language if language in _LONG_DAYS else "nl"
    weekday, month = _LONG_DAYS[lang][day.weekday()], _LONG_MONTHS[lang][day.month - 1]
    return f"{weekday} {day.day} {month} {day.year}"


def format_time(moment: dt.datetime | dt.time) -> str:
    """``18:30`` (24-hour clock, as in the Netherlands)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def format_datetime(moment: dt.datetime, language: str = "nl") -> str:
    """``di 24 nov 2026 18:30``."""
    return f"{format_date(moment.date(), language)} {format_time(moment)}"


def school_year_of(day: dt.date) -> str:
    """The school year a date falls in; a new one starts on 1 August ("2026-2027")."""
    start = day.year if day.month >= 8 else day.year - 1
    return f"{start}-{start + 1}"


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The first and the last moment of a day, to select what happens on it (``first <= t <=
    last``); unlike "before the next day", this also works on the last day there is."""
    return dt.datetime.combine(day, dt.time.min), dt.datetime.combine(day, dt.time.max)


def next_school_year(year: str) -> str:
    """The school year after ``year`` ("2025-2026" → "2026-2027")."""
    start = int(year[:4]) + 1
    return f"{start}-{start + 1}"


def last_day_of_school_year(year: str) -> dt.date:
    """The last day of a school year: 31 July of its second year ("2025-2026" → 31-07-2026)."""
    return dt.date(int(year[:4]) + 1, 7, 31)
