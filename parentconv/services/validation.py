"""Checks on what a teacher types, raising ``ValidationError`` with a message for the field."""

from __future__ import annotations

import datetime as dt
import re

from parentconv.errors import ValidationError
from parentconv.i18n import N_, _

SCHOOL_YEAR_RE = re.compile(r"^(\d{4})-(\d{4})$")
MAX_NAME = 200
MAX_DURATION_MINUTES = 8 * 60
# Talks and evenings are planned in these years: far enough either way for any school, and far
# from the ends of Python's calendar (a slot at 23:50 on 31-12-9999 would end in year 10000).
EARLIEST_DAY = dt.date(1990, 1, 1)
LATEST_DAY = dt.date(2199, 12, 31)


def required_text(value: str, *, field: str, label: str, max_length: int = MAX_NAME) -> str:
    """Strip ``value``; refuse it when empty or longer than ``max_length`` characters."""
    text = (value or "").strip()
    if not text:
        raise ValidationError(_("{label} is verplicht.").format(label=_(label)), field)
    if len(text) > max_length:
        raise ValidationError(_too_long(label, max_length), field)
    return storable(text, field=field, label=label)


def optional_text(value: str | None, *, field: str, label: str, max_length: int = MAX_NAME) -> str:
    text = (value or "").strip()
    if len(text) > max_length:
        raise ValidationError(_too_long(label, max_length), field)
    return storable(text, field=field, label=label)


def storable(text: str, *, field: str, label: str) -> str:
    """Refuse text with a lone surrogate (half a character, left by a broken copy and paste):
    it has no UTF-8 form, so neither the database, a PDF nor the terminal could take it."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(
            _(
                "{label} bevat een onvolledig teken (dat gebeurt soms bij kopiëren en plakken). "
                "Typ de tekst opnieuw."
            ).format(label=_(label)),
            field,
        ) from None
    return text


def _too_long(label: str, max_length: int) -> str:
    return _("{label} is te lang (hoogstens {count} tekens).").format(
        label=_(label), count=max_length
    )


def school_year(value: str) -> str:
    """Accept "2026-2027" (two consecutive years)."""
    text = (value or "").strip().replace("/", "-").replace("–", "-")
    match = SCHOOL_YEAR_RE.match(text)
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise ValidationError(
            _("Schooljaar moet twee opeenvolgende jaren zijn, bijvoorbeeld 2026-2027."),
            "school_year",
        )
    return text


def duration_minutes(value: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
        raise ValidationError(
            _("De duur moet een positief aantal minuten zijn."), "duration_minutes"
        )
    if value > MAX_DURATION_MINUTES:
        raise ValidationError(_("De duur mag hoogstens 8 uur zijn."), "duration_minutes")
    return value


def parse_minutes(
    value: str | int, *, field: str = "duration_minutes", label: str = N_("De duur")
) -> int:
    """A length typed as text ("10"): a whole, positive number of minutes, at most 8 hours."""
    if isinstance(value, int) and not isinstance(value, bool):
        return duration_minutes(value)
    text = str(value or "").strip()
    if not re.fullmatch(r"\d{1,4}", text):
        raise ValidationError(
            _("{label} moet een geheel aantal minuten zijn, bijvoorbeeld 10.").format(
                label=_(label)
            ),
            field,
        )
    minutes = int(text)
    if minutes <= 0:
        raise ValidationError(
            _("{label} moet minstens 1 minuut zijn.").format(label=_(label)), field
        )
    if minutes > MAX_DURATION_MINUTES:
        raise ValidationError(_("{label} mag hoogstens 8 uur zijn.").format(label=_(label)), field)
    return minutes


def parse_date(value: str, *, field: str, label: str) -> dt.date:
    """ISO (2026-11-24) or Dutch (24-11-2026) date."""
    text = (value or "").strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValidationError(
        _("{label}: '{text}' is geen datum (gebruik bijv. 24-11-2026).").format(
            label=_(label), text=text
        ),
        field,
    )


def planning_date(value: str, *, field: str, label: str) -> dt.date:
    """The date of a talk or an evening: ``parse_date`` within the years the app plans in."""
    day = parse_date(value, field=field, label=label)
    if not EARLIEST_DAY <= day <= LATEST_DAY:
        raise ValidationError(
            _("{label}: kies een datum tussen {first} en {last}.").format(
                label=_(label), first=EARLIEST_DAY.year, last=LATEST_DAY.year
            ),
            field,
        )
    return day


def parse_time(value: str, *, field: str = "time", label: str = N_("Tijd")) -> dt.time:
    """'18:30' or '18.30'; refuses '25:00', '18:70', 'half zeven'."""
    text = (value or "").strip().replace(".", ":")
    match = re.fullmatch(r"(\d{1,2}):(\d{2})", text)
    if match:
        hour, minute = int(match.group(1)), int(match.group(2))
        if hour < 24 and minute < 60:
            return dt.time(hour, minute)
    raise ValidationError(
        _("{label}: '{text}' is geen tijd (gebruik uu:mm, bijv. 18:30).").format(
            label=_(label), text=value
        ),
        field,
    )


def one_of(value: str, allowed: set[str] | frozenset[str], *, field: str, label: str) -> str:
    if value not in allowed:
        raise ValidationError(
            _("{label}: onbekende waarde '{value}'.").format(label=_(label), value=value), field
        )
    return value
