"""A file's rows as the readers give them, before any meaning: a header and cells with lines.

Every reader (text, Excel, EDEXML) ends in a ``RawTable``; ``validate`` turns it into pupils.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from parentconv.i18n import _
from parentconv.importing.columns import missing_required, recognise
from parentconv.importing.file_error import ImportFileError
from parentconv.importing.normalise import Cell, cell_text
from parentconv.importing.rows import Problem

MAX_ROWS = 20_000
"""A school's whole export with a row per carer stays far below this."""
HEADER_SEARCH = 10
"""The header may follow a title line or two: the first of this many rows that names a pupil's
name fields is the header, else the first non-empty row."""


@dataclass(frozen=True)
class RawRow:
    line: int
    cells: tuple[Cell, ...]


@dataclass
class RawTable:
    format: str
    headers: tuple[str, ...]
    rows: list[RawRow]
    problems: list[Problem] = field(default_factory=list)
    """Rows the reader could not split into cells (rejected)."""
    lossy_encoding: bool = False
    """Windows-1252 text: a "?" in a name may be a lost letter."""
    serial_epoch: dt.date | None = None
    """Day 0 of the file's Excel serial numbers (xlsx), if numbers may be dates."""


def is_empty(cells: Sequence[Cell]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def find_header(records: Sequence[tuple[int, tuple[Cell, ...]]]) -> tuple[int, bool]:
    """The index in ``records`` of the header row (see ``HEADER_SEARCH``) and whether it names
    the pupil's name fields; (-1, False) when every row is empty."""
    candidates = [i for i, (_line, cells) in enumerate(records) if not is_empty(cells)]
    for index in candidates[:HEADER_SEARCH]:
        if not missing_required(recognise([cell_text(c) for c in records[index][1]])):
            return index, True
    return (candidates[0] if candidates else -1), False


def build_table(
    fmt: str,
    records: Sequence[tuple[int, tuple[Cell, ...]]],
    *,
    problems: Sequence[Problem] = (),
    strict_width: bool,
    lossy_encoding: bool = False,
    serial_epoch: dt.date | None = None,
) -> RawTable:
    """Header and data rows from a reader's records; raises ``ImportFileError`` when there is
    nothing in it or no row under the header. ``strict_width`` (text files): a row with more
    filled-in cells than the header is rejected; a shorter one is padded."""
    start, _named = find_header(records)
    if start < 0 and not problems:
        raise ImportFileError(_("Dit bestand is leeg."))
    if start < 0:
        raise ImportFileError(_("Er staan geen leerlingen in dit bestand."))
    header_line, header_cells = records[start]
    headers = tuple(cell_text(c) for c in _trim(header_cells))
    width = len(headers)
    kept = [p for p in problems if p.line > header_line]
    rows: list[RawRow] = []
    for line, cells in records[start + 1 :]:
        if is_empty(cells):
            continue
        if strict_width and len(cells) > width and not is_empty(cells[width:]):
            filled = len(_trim(cells))
            kept.append(
                Problem(
                    line,
                    _(
                        "Deze regel heeft {count} kolommen en de kopregel {width}: controleer "
                        "de scheidingstekens en aanhalingstekens op deze regel."
                    ).format(count=filled, width=width),
                )
            )
            continue
        rows.append(RawRow(line, tuple(cells[:width]) + (None,) * (width - len(cells))))
        if len(rows) > MAX_ROWS:
            raise ImportFileError(
                _("Dit bestand heeft meer dan {count} regels; dat is geen klassenlijst.").format(
                    count=f"{MAX_ROWS:,}".replace(",", ".")
                )
            )
    if not rows and not kept:
        raise ImportFileError(_("Er staan geen leerlingen in dit bestand."))
    return RawTable(
        fmt,
        headers,
        rows,
        sorted(kept, key=lambda p: p.line),
        lossy_encoding=lossy_encoding,
        serial_epoch=serial_epoch,
    )


def _trim(cells: Sequence[Cell]) -> tuple[Cell, ...]:
    end = len(cells)
    while end and is_empty(cells[end - 1 : end]):
        end -= 1
    return tuple(cells[:end])
