"""A pupil's birth date from a cell: Dutch day-first text, ISO, an Excel date or serial number.

Accepted: ``d-m-jjjj``, ``dd-mm-jjjj``, ``d/m/jjjj``, ``d.m.jjjj`` (day first, as Dutch
software writes them), ISO ``jjjj-mm-dd`` (with a time or time zone after it, as XML and some
exports write), an Excel date cell, an Excel serial number in an xlsx number cell, and in a text
file only a bare five-digit serial number (what Excel shows when a date column lost its format).
A date that does not exist, lies before 1-1-1990 or after today is refused with the reason.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from parentconv.i18n import _
from parentconv.importing.normalise import Cell, cell_text

EARLIEST = dt.date(1990, 1, 1)
EXCEL_EPOCH = dt.date(1899, 12, 30)
"""Day 0 of Excel's 1900 date system (serial 1 is 1-1-1900, counting its false 29-2-1900)."""

_DUTCH = re.compile(r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")
_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?"
)
_SERIAL = re.compile(r"\d{5}")


class BirthDateError(ValueError):
    """A birth date that cannot be right; ``message`` says why, in Dutch."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _show(day: dt.date) -> str:
    return f"{day.day}-{day.month}-{day.year}"


def from_serial(value: float, epoch: dt.date) -> dt.date:
    if not math.isfinite(value) or not 1 <= value < 2_958_466:  # up to 31-12-9999
        raise BirthDateError(
            _("geboortedatum '{text}' is geen datum.").format(text=cell_text(value))
        )
    try:
        return epoch + dt.timedelta(days=int(value))
    except OverflowError:
        raise BirthDateError(
            _("geboortedatum '{text}' is geen datum.").format(text=cell_text(value))
        ) from None


def parse_birth_date(cell: Cell, *, today: dt.date, serial_epoch: dt.date | None) -> dt.date | None:
    """The date in ``cell``, None when it is empty; ``BirthDateError`` when it cannot be right.
    ``serial_epoch``: day 0 of the workbook's serial numbers (xlsx), None for a text file."""
    day = _read(cell, serial_epoch)
    if day is None:
        return None
    if day < EARLIEST:
        raise BirthDateError(
            _("geboortedatum {date} ligt vóór 1990; dat kan niet kloppen.").format(date=_show(day))
        )
    if day > today:
        raise BirthDateError(_("geboortedatum {date} ligt in de toekomst.").format(date=_show(day)))
    return day


def _read(cell: Cell, serial_epoch: dt.date | None) -> dt.date | None:
    if cell is None:
        return None
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return from_serial(float(cell), serial_epoch or EXCEL_EPOCH)
    text = cell_text(cell)
    if not text:
        return None
    if _SERIAL.fullmatch(text):
        return from_serial(float(text), EXCEL_EPOCH)
    parts: tuple[str, str, str] | None = None
    match = _DUTCH.fullmatch(text)
    if match is not None:
        parts = (match.group(4), match.group(3), match.group(1))
    match = _ISO.fullmatch(text)
    if match is not None:
        parts = (match.group(1), match.group(2), match.group(3))
    if parts is None:
        raise BirthDateError(
            _("geboortedatum '{text}' is geen datum (schrijf bijvoorbeeld 24-11-2016).").format(
                text=text
            )
        )
    try:
        return dt.date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        raise BirthDateError(_("geboortedatum {text} bestaat niet.").format(text=text)) from None
