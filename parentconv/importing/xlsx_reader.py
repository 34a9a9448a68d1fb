"""An Excel workbook (.xlsx) read with openpyxl in read-only mode, imported only when needed.

The sheet read is the first one with a recognisable header (see ``table.find_header``), else
the first with anything in it. Cells keep their type: a date cell is a date, a number stays a
number (a serial number in the birth-date column is a date too; ``serial_epoch`` knows the
workbook's date system). Formulas give their last computed value.
"""

from __future__ import annotations

import datetime as dt
import importlib
import io
import warnings
import zipfile
from collections.abc import Iterator
from typing import Any

from parentconv.i18n import _
from parentconv.importing.file_error import ImportFileError
from parentconv.importing.normalise import Cell
from parentconv.importing.table import MAX_ROWS, RawTable, build_table, find_header, is_empty

MAX_COLUMNS = 256
MAX_UNPACKED = 200 * 1024 * 1024
"""A class list unpacks to a few MB; more is a zip bomb or not a class list."""
EMPTY_RUN = 1_000
"""After this many empty rows in a row, the rest of a sheet is formatting, not data."""


def damaged() -> ImportFileError:
    return ImportFileError(
        _(
            "Dit Excel-bestand is beschadigd of geen echt .xlsx-bestand. Open het in Excel en "
            "sla het opnieuw op als Excel-werkmap (.xlsx) of als CSV."
        )
    )


def read_xlsx_table(data: bytes) -> RawTable:
    _check_zip(data)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
        try:
            return _read(data)
        except ImportFileError:
            raise
        except Exception as exc:  # openpyxl on a damaged workbook can raise almost anything
            raise damaged() from exc


def _check_zip(data: bytes) -> None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            unpacked = sum(info.file_size for info in archive.infolist())
    except Exception as exc:  # zipfile on a damaged archive: BadZipFile, NotImplementedError …
        raise damaged() from exc
    if "xl/workbook.xml" not in names and not any(n.endswith("workbook.xml") for n in names):
        raise ImportFileError(
            _(
                "Dit bestand is een zip-bestand maar geen Excel-werkmap (.xlsx). Sla de lijst in "
                "Excel op als .xlsx of als CSV."
            )
        )
    if unpacked > MAX_UNPACKED:
        raise ImportFileError(
            _("Dit Excel-bestand is uitgepakt veel te groot voor een klassenlijst.")
        )


def _read(data: bytes) -> RawTable:
    # imported here, not at the top: the app's start must not pay for openpyxl (typed as Any
    # through importlib, as openpyxl ships no type information)
    openpyxl = importlib.import_module("openpyxl")
    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        epoch = book.epoch.date() if isinstance(book.epoch, dt.datetime) else None
        first: list[tuple[int, tuple[Cell, ...]]] | None = None
        for sheet in book.worksheets:
            records = list(_records(sheet))
            if not any(not is_empty(cells) for _line, cells in records):
                continue
            if first is None:
                first = records
            if find_header(records)[1]:
                return build_table("xlsx", records, strict_width=False, serial_epoch=epoch)
        if first is None:
            raise ImportFileError(_("Dit Excel-bestand is leeg."))
        return build_table("xlsx", first, strict_width=False, serial_epoch=epoch)
    finally:
        book.close()


def _records(sheet: Any) -> Iterator[tuple[int, tuple[Cell, ...]]]:
    """(Excel row number, cells) of the sheet's rows, trailing empty cells left off."""
    if hasattr(sheet, "reset_dimensions"):
        sheet.reset_dimensions()  # some programs write a wrong size; read what is there
    empty = 0
    for number, row in enumerate(
        sheet.iter_rows(min_row=1, max_col=MAX_COLUMNS, values_only=True), start=1
    ):
        cells = tuple(_cell(v) for v in row)
        if is_empty(cells):
            empty += 1
            if empty >= EMPTY_RUN:
                return
            continue
        empty = 0
        if number > MAX_ROWS * 3:
            raise ImportFileError(
                _("Dit bestand heeft meer dan {count} regels; dat is geen klassenlijst.").format(
                    count=f"{MAX_ROWS:,}".replace(",", ".")
                )
            )
        end = len(cells)
        while end and is_empty(cells[end - 1 : end]):
            end -= 1
        yield number, cells[:end]


def _cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | dt.date):
        return value if not isinstance(value, bool) else str(value)
    return str(value)  # a time, a duration, an error value
