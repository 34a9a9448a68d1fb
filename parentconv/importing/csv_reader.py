"""A text export (CSV, or tab-separated "Unicode-tekst" from Excel) split into records.

The delimiter (``;``, ``,`` or TAB) is sniffed from the header line, outside quotes. A field in
double quotes may hold the delimiter, a doubled quote and line breaks; a record with such a break
counts from its first physical line. The csv module cannot say where a damaged record ends, so
this splitter is our own, with one rule for damage: a quoted field that runs over a line end must
close properly (its closing quote followed by the delimiter or the line end) within
``MAX_RECORD_LINES`` lines, with no more filled-in fields than the header. Otherwise the quote is
taken to be unterminated: that record's first line is rejected and reading goes on from the next
physical line, so one stray quote never swallows the rest of the file. On a single line a
stray quote is kept as a character.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from parentconv.i18n import _
from parentconv.importing.decode import Decoded
from parentconv.importing.rows import Problem
from parentconv.importing.table import RawTable, build_table

DELIMITERS = (";", "\t", ",")
"""In order of preference when the header has as many of each."""
MAX_RECORD_LINES = 50
_LINE_END = re.compile(r"\r\n|\r|\n")


def read_text_table(decoded: Decoded) -> RawTable:
    text = decoded.text.lstrip("\ufeff").rstrip("\x1a")  # a BOM left inside, a DOS end mark
    lines = _LINE_END.split(text)
    delimiter = sniff_delimiter(lines)
    records, broken = split_records(lines, delimiter)
    return build_table(
        "csv",
        [(line, tuple(fields)) for line, fields in records],
        problems=broken,
        strict_width=True,
        lossy_encoding=decoded.lossy,
    )


def sniff_delimiter(lines: Sequence[str]) -> str:
    """The delimiter of the first line that has any (the header, after a title line or two)."""
    for line in [line for line in lines if line.strip()][:10]:
        counts = _count_outside_quotes(line)
        best = max(DELIMITERS, key=lambda d: counts[d])
        if counts[best]:
            return best
    return ";"


def _count_outside_quotes(line: str) -> dict[str, int]:
    counts = dict.fromkeys(DELIMITERS, 0)
    quoted = False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    return counts


def split_records(
    lines: Sequence[str], delimiter: str
) -> tuple[list[tuple[int, list[str]]], list[Problem]]:
    """(first line, fields) per record, and the rejected lines with an unterminated quote. A
    record over several lines may have no more filled-in fields than the widest line before
    it (the header, when a title line comes first)."""
    records: list[tuple[int, list[str]]] = []
    broken: list[Problem] = []
    width: int | None = None
    index = 0
    while index < len(lines):
        parsed = _parse_record(lines, index, delimiter)
        if parsed is None:
            broken.append(Problem(index + 1, _unterminated()))
            index += 1
            continue
        fields, end = parsed
        if end > index and width is not None and _filled(fields) > width:
            broken.append(Problem(index + 1, _unterminated()))
            index += 1
            continue
        if end == index:  # the widest single line so far: the header, or a longer row
            width = max(width or 0, _filled(fields))
        records.append((index + 1, fields))
        index = end + 1
    return records, broken


def _filled(fields: list[str]) -> int:
    end = len(fields)
    while end and not fields[end - 1].strip():
        end -= 1
    return end


def _unterminated() -> str:
    return _(
        'Op deze regel begint een aanhalingsteken (") dat niet goed wordt afgesloten; de regel '
        "is overgeslagen. Controleer de aanhalingstekens."
    )


_START, _PLAIN, _QUOTED, _CLOSING = range(4)


def _parse_record(lines: Sequence[str], start: int, delimiter: str) -> tuple[list[str], int] | None:
    """The fields of the record starting at ``lines[start]`` and its last line's index, or None
    when a quoted field runs over a line end and does not close properly."""
    fields: list[str] = []
    field: list[str] = []
    pending: list[str] = []  # after a quote in a quoted field: the spaces read since
    state = _START
    spans = False  # the current quoted field ran over a line end
    damaged = False  # a quote inside it was not a proper close
    index = start
    while True:
        for ch in lines[index]:
            if state == _CLOSING:
                if ch == '"' and not pending:  # a doubled quote
                    field.append('"')
                    state = _QUOTED
                    continue
                if ch == delimiter:
                    if spans and damaged:
                        return None
                    fields.append("".join(field))
                    field, state, spans = [], _START, False
                    continue
                if ch in " \t":
                    pending.append(ch)
                    continue
                field.extend(['"', *pending])  # a stray quote: keep it, stay in the field
                damaged, state = True, _QUOTED
            if state == _QUOTED:
                if ch == '"':
                    state, pending = _CLOSING, []
                else:
                    field.append(ch)
            elif ch == delimiter:
                fields.append("".join(field))
                field, state = [], _START
            elif state == _START and ch == '"':
                field, state, damaged = [], _QUOTED, False
            else:
                field.append(ch)
                if state == _START and ch not in " \t":
                    state = _PLAIN
        if state == _QUOTED:
            if index + 1 >= len(lines) or index - start + 1 >= MAX_RECORD_LINES:
                return None
            spans = True
            field.append("\n")
            index += 1
            continue
        if state == _CLOSING and spans and damaged:
            return None
        fields.append("".join(field))
        return fields, index
