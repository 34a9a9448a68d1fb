"""Checks on what a teacher types, raising ``ValidationError`` with a message for the field."""

from __future__ import annotations

import datetime as dt
import re

from parentconv.errors import ValidationError

SCHOOL_YEAR_RE = re.compile(r"^(\d{4})-(\d{4})$")
MAX_NAME = 200
MAX_DURATION_MINUTES = 8 * 60


def required_text(value: str, *, field: str, label: str, max_length: int = MAX_NAME) -> str:
    """Strip ``value``; refuse it when empty or longer than ``max_length`` characters."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(f"{label} is verplicht.", field)
    if len(text) > max_length:
        raise ValidationError(f"{label} is te lang (hoogstens {max_length} tekens).", field)
    return text


def optional_text(value: str | None, *, field: str, label: str, max_length: int = MAX_NAME) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(f"{label} is te lang (hoogstens {max_length} tekens).", field)
    return text


def school_year(value: str) -> str:
    """Accept "2026-2027" (two consecutive years)."""
    text = (value or "").strip().replace("/", "-").replace("–", "-")
    match = SCHOOL_YEAR_RE.match(text)
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise ValidationError(
            "Schooljaar moet twee opeenvolgende jaren zijn, bijvoorbeeld 2026-2027.", "school_year"
        )
    return text


def duration_minutes(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValidationError("De duur moet een positief aantal minuten zijn.", "duration_minutes")
    if value > MAX_DURATION_MINUTES:
        raise ValidationError("De duur mag hoogstens 8 uur zijn.", "duration_minutes")
    return value


def parse_minutes(
    value: str | int, *, field: str = "duration_minutes", label: str = "De duur"
) -> int:
    """A length typed as text ("10"): a whole, positive number of minutes, at most 8 hours."""
    if isinstance(value, int) and not isinstance(value, bool):
        return duration_minutes(value)
    text = str(value or "").strip()
    if not re.fullmatch(r"\d{1,4}", text):
        raise ValidationError(
            f"{label} moet een geheel aantal minuten zijn, bijvoorbeeld 10.", field
        )
    minutes = int(text)
    if minutes <= 0:
        raise ValidationError(f"{label} moet minstens 1 minuut zijn.", field)
    if minutes > MAX_DURATION_MINUTES:
        raise ValidationError(f"{label} mag hoogstens 8 uur zijn.", field)
    return minutes


def parse_date(value: str, *, field: str, label: str) -> dt.date:
    """ISO (2026-11-24) or Dutch (24-11-2026) date."""
    text = (value or "").strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(f"{label}: '{text}' is geen datum (gebruik bijv. 24-11-2026).", field)


def parse_time(value: str, *, field: str = "time", label: str = "Tijd") -> dt.time:
    """'18:30' or '18.30'; refuses '25:00', '18:70', 'half zeven'."""
    text = (value or "").strip().replace(".", ":")
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(f"{label}: '{value}' is geen tijd (gebruik uu:mm, bijv. 18:30).", field)


def one_of(value: str, allowed: set[str] | frozenset[str], *, field: str, label: str) -> str:
    if value not in allowed:
        raise ValidationError(f"{label}: onbekende waarde '{value}'.", field)
    return value
