"""Read a class list a school exported: CSV/text, Excel (.xlsx) or EDEXML, into checked rows.

    result = read_class_list(path, today=clock.today())
    if result.missing:          # the header names no pupil name: let the teacher map columns
        result = read_class_list(path, today=..., mapping={0: "family_name", 1: "given_name"})

The format is told by the content, not the file name. A file that cannot be read at all raises
``ImportFileError`` with a plain Dutch message (and nothing else does); everything less is in the
``ReadResult``: accepted pupils, rejected and skipped rows with the reason, warnings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from parentconv.i18n import _
from parentconv.importing.columns import (
    clean_mapping,
    implied_relations,
    missing_required,
    recognise,
    signature,
    split_key,
)
from parentconv.importing.csv_reader import read_text_table
from parentconv.importing.decode import decode, looks_binary
from parentconv.importing.duplicates import merge_rows
from parentconv.importing.edexml_reader import MAPPING as EDEXML_MAPPING
from parentconv.importing.edexml_reader import read_edexml_table
from parentconv.importing.file_error import ImportFileError
from parentconv.importing.normalise import carer_identity
from parentconv.importing.rows import CarerRow, Problem, PupilRow, ReadResult
from parentconv.importing.table import RawTable
from parentconv.importing.validate import Accepted, Rules, check_row
from parentconv.importing.xlsx_reader import damaged, read_xlsx_table

__all__ = ["MAX_BYTES", "ImportFileError", "read_class_list", "unique_carers"]

MAX_BYTES = 20 * 1024 * 1024
"""A 600-pupil export is well under 1 MB; a bigger file is not a class list."""

_ZIP = b"PK\x03\x04"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Office files: .xls, .doc
_HTML = re.compile(r"<!doctype\s+html|<html", re.IGNORECASE)


def read_class_list(
    path: Path, *, today: dt.date, mapping: Mapping[int, str] | None = None
) -> ReadResult:
    """The pupils in ``path``. ``mapping`` (header index -> field key) replaces recognising the
    columns; it is ignored for EDEXML, whose fields are fixed."""
    data = _load(path)
    if data.startswith(_ZIP):
        return _result(read_xlsx_table(data), mapping, today)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        raise damaged()
    if data.startswith(_OLE2):
        raise ImportFileError(
            _(
                "Dit is een oud Excel-bestand (.xls). Open het in Excel en sla het op als "
                "Excel-werkmap (.xlsx) of als CSV; dan kan het wel."
            )
        )
    if data.startswith(b"%PDF"):
        raise ImportFileError(
            _("Dit is een PDF-bestand. Exporteer de lijst als Excel (.xlsx), CSV of EDEXML.")
        )
    decoded = decode(data)
    if looks_binary(decoded.text):
        raise ImportFileError(_unknown())
    head = decoded.text.lstrip("\ufeff \t\r\n")
    if not head:
        raise ImportFileError(_("Dit bestand is leeg."))
    if head.startswith("<"):
        if _HTML.search(head[:1000]):
            raise ImportFileError(
                _(
                    "Dit is een webpagina (HTML), geen klassenlijst. Exporteer de lijst als "
                    "Excel (.xlsx), CSV of EDEXML."
                )
            )
        edexml = read_edexml_table(data)
        return _result(edexml.table, EDEXML_MAPPING, today, edexml_groups=edexml.has_groups)
    return _result(read_text_table(decoded), mapping, today)


def unique_carers(pupils: Sequence[PupilRow]) -> list[CarerRow]:
    """Every carer once, in the order they first appear: the same e-mail address (case-folded),
    else the same name and phone digits, is one carer shared by siblings. Two carers with the
    same relation (two mothers) are two carers."""
    seen: dict[str, CarerRow] = {}
    for pupil in pupils:
        for carer in pupil.carers:
            seen.setdefault(carer_identity(carer.name, carer.email, carer.phone), carer)
    return list(seen.values())


def _unknown() -> str:
    return _(
        "Dit bestand is geen klassenlijst die Oudergesprek kan lezen: geen tekst (CSV), "
        "Excel-werkmap (.xlsx) of EDEXML-bestand."
    )


def _load(path: Path) -> bytes:
    name = path.name
    try:
        if path.is_dir():
            raise ImportFileError(_("'{name}' is een map, geen bestand.").format(name=name))
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ImportFileError(_too_big(size))
        if size == 0:
            raise ImportFileError(_("Dit bestand is leeg."))
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise ImportFileError(
            _("Het bestand '{name}' bestaat niet (meer).").format(name=name)
        ) from None
    except PermissionError:
        raise ImportFileError(
            _(
                "Oudergesprek mag het bestand '{name}' niet lezen. Sla het op in je eigen map "
                "(bijvoorbeeld Documenten) en probeer het opnieuw."
            ).format(name=name)
        ) from None
    except OSError as exc:
        raise ImportFileError(
            _("Het bestand '{name}' kan niet worden gelezen: {reason}.").format(
                name=name, reason=exc.strerror or exc
            )
        ) from None
    if len(data) > MAX_BYTES:
        raise ImportFileError(_too_big(len(data)))
    if not data:
        raise ImportFileError(_("Dit bestand is leeg."))
    return data


def _too_big(size: int) -> str:
    megabytes = f"{size / (1024 * 1024):.1f}".replace(".", ",")
    return _(
        "Dit bestand is {size} MB; een klassenlijst is veel kleiner (hoogstens 20 MB). Kies de "
        "export met de leerlingen."
    ).format(size=megabytes)


def _result(
    table: RawTable,
    mapping: Mapping[int, str] | None,
    today: dt.date,
    *,
    edexml_groups: bool | None = None,
) -> ReadResult:
    """``edexml_groups``: None for a table with a header line; for EDEXML (fixed fields, no
    headers to show, never carers) whether the file links its pupils to groups."""
    headers = table.headers
    used = recognise(headers) if mapping is None else clean_mapping(mapping, len(headers))
    missing = missing_required(used)
    if edexml_groups is None:
        groups = any(split_key(k)[0] == "group" for k in used.values())
        shown_headers, shown_mapping, sig = headers, dict(used), signature(headers)
    else:
        groups = edexml_groups
        shown_headers, shown_mapping, sig = (), {}, "edexml"
    if missing:
        return ReadResult(
            table.format, shown_headers, shown_mapping, missing, sig, groups, (), (), (), ()
        )
    rules = Rules(
        mapping=used,
        today=today,
        has_group_column=groups,
        lossy_encoding=table.lossy_encoding,
        serial_epoch=table.serial_epoch,
        relations=implied_relations(headers, used),
    )
    accepted: list[Accepted] = []
    rejected: list[Problem] = list(table.problems)
    skipped: list[Problem] = []
    for row in table.rows:
        outcome = check_row(row, rules)
        if isinstance(outcome, Accepted):
            accepted.append(outcome)
        elif outcome.skipped:
            skipped.append(outcome.problem)
        else:
            rejected.append(outcome.problem)
    merged = merge_rows(accepted, expect_carers=edexml_groups is None)
    return ReadResult(
        format=table.format,
        headers=shown_headers,
        mapping=shown_mapping,
        missing=(),
        signature=sig,
        has_group_column=groups,
        pupils=tuple(merged.pupils),
        rejected=tuple(sorted([*rejected, *merged.rejected], key=lambda p: p.line)),
        warnings=tuple(merged.warnings),
        skipped=tuple(skipped),
    )
