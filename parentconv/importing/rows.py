"""What a class-list file holds once read: pupils with their carers, and the rows it left out.

These are plain values, shared by the reader (this package) and the import plan that writes
them to the store (``parentconv.services.class_import``). Every ``line`` is what a teacher finds
in the file: the physical line of a text file (the header is line 1, a record with a line break
inside quotes counts from its first line), the row number in Excel, or the line of the
``<leerling>`` element in an EDEXML file. A ``Problem``'s message is plain Dutch without the
line; show it as "Regel {line}: {message}".
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class CarerRow:
    name: str
    """The full name as written (normalised text); "" when the file gives only an address."""
    email: str
    """"" if none; trimmed and case-folded; an invalid address is dropped with a warning."""
    phone: str
    """As written (normalised text)."""
    relation: str
    """"moeder", "vader", "verzorger", … (lower case), "" when the file does not say."""


@dataclass(frozen=True)
class PupilRow:
    line: int
    number: str
    """Leerlingnummer, stamnummer or EDEXML key; "" if none."""
    given_name: str
    """Roepnaam."""
    infix: str
    """Tussenvoegsel; "" if none."""
    family_name: str
    birth_date: dt.date | None
    group: str
    """The group as written (trimmed); "" when the file has no group column."""
    year_level: int | None
    """Leerjaar (1–8) from its own column only, never from the group's name."""
    carers: tuple[CarerRow, ...]


@dataclass(frozen=True)
class Problem:
    line: int
    message: str
    """Plain Dutch, without the line number."""


@dataclass(frozen=True)
class ReadResult:
    format: str
    """"csv", "xlsx" or "edexml"."""
    headers: tuple[str, ...]
    """The header cells as written; () for EDEXML."""
    mapping: dict[int, str]
    """Header index -> field key (``columns.FIELDS``, carers with a slot: "carer_email:2")."""
    missing: tuple[str, ...]
    """Required field keys not found; then ``pupils`` is empty and the teacher maps columns."""
    signature: str
    """The normalised header line, to remember a mapping made for it."""
    has_group_column: bool
    pupils: tuple[PupilRow, ...]
    """Accepted rows (an exact duplicate only once; one row per carer merged)."""
    rejected: tuple[Problem, ...]
    warnings: tuple[Problem, ...]
    skipped: tuple[Problem, ...]
    """Rows left out on purpose, e.g. status "aangemeld" (registered, not yet enrolled)."""
