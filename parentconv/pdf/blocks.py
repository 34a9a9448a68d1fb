"""What goes on a page, before any layout: headings, texts, lists, tables and the checklist.

The page builders (``summary``, ``evening_pack``) describe a page as a list of blocks; the
layout (``layout``, the only module that needs ReportLab) turns them into flowables and makes
them fit one page. A block that may be shortened knows how: a text is cut at a word and ends
with ``MARKER``; a list keeps its first items and says how many more there are.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

MARKER = "… verder in de app"
MIN_CHARS = 60
MIN_ITEMS = 3

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


def clean(text: str) -> str:
    """User text without control characters (and lone surrogates) a PDF cannot carry."""
    return _CONTROL.sub("", (text or "").replace("\r\n", "\n").replace("\r", "\n")).strip()


def cut(text: str, max_chars: int | None, marker: str = MARKER) -> str:
    """``text`` up to about ``max_chars`` characters, cut at a word, ending with the marker."""
    if max_chars is None or len(text) <= max_chars:
        return text
    head = text[:max_chars]
    space = max(head.rfind(" "), head.rfind("\n"))
    if space > max_chars * 0.6:
        head = head[:space]
    return head.rstrip(" \n,;:.") + " " + marker


@dataclass
class Heading:
    text: str


@dataclass
class Text:
    """A paragraph; ``style`` is ``body``, ``lead`` (larger), ``small`` or ``private``.

    ``marker`` replaces the page's cut marker for this text (the parents' copy says that the
    teacher can tell more, not "more in the app").
    """

    text: str
    style: str = "body"
    label: str = ""
    max_chars: int | None = None
    shrinkable: bool = True
    marker: str | None = None

    def shown(self, marker: str) -> str:
        return cut(clean(self.text), self.max_chars, self.marker or marker)

    def _length(self) -> int:
        return min(len(clean(self.text)), self.max_chars or 10**9)

    def can_shrink(self) -> bool:
        return self.shrinkable and self._length() > MIN_CHARS

    def shrink(self, ratio: float) -> None:
        self.max_chars = max(MIN_CHARS, int(self._length() * ratio))


@dataclass
class Items:
    """A bulleted list (``bullet`` "•"), a tick list (``bullet`` "☐"), or table rows.

    ``rows`` hold one tuple of cells per item; ``headers`` and ``widths`` (fractions of the
    frame width) make it a table. ``more`` is the text for the items left out
    ("en nog {n}"), followed by the marker.
    """

    rows: Sequence[tuple[str, ...]]
    headers: tuple[str, ...] = ()
    widths: tuple[float, ...] = ()
    bullet: str = "•"
    more: str = "en nog {n}"
    max_items: int | None = None
    max_cell_chars: int | None = None
    shrinkable: bool = True  # False: every item is printed whole (agreements for parents)
    marker: str | None = None

    def shown(self, marker: str) -> tuple[list[tuple[str, ...]], str | None]:
        marker = self.marker or marker
        rows = self.rows if self.max_items is None else self.rows[: self.max_items]
        cells = [tuple(cut(clean(c), self.max_cell_chars, marker) for c in r) for r in rows]
        left = len(self.rows) - len(rows)
        note = f"{self.more.format(n=left)} {marker}" if left else None
        return cells, note

    def _longest(self) -> int:
        return max((len(clean(c)) for r in self.rows for c in r), default=0)

    def _count(self) -> int:
        return len(self.rows) if self.max_items is None else min(self.max_items, len(self.rows))

    def _cells_long(self) -> bool:
        longest = min(self._longest(), self.max_cell_chars or 10**9)
        return longest > 4 * MIN_CHARS

    def can_shrink(self) -> bool:
        return self.shrinkable and (self._count() > MIN_ITEMS or self._cells_long())

    def shrink(self, ratio: float) -> None:
        if self._cells_long():
            longest = min(self._longest(), self.max_cell_chars or 10**9)
            self.max_cell_chars = max(MIN_CHARS, int(longest * ratio))
        else:
            self.max_items = max(MIN_ITEMS, min(self._count() - 1, int(self._count() * ratio)))


@dataclass
class Fields:
    """Label–value lines at the top of a page (Leerling, Groep, Datum, ...); never cut."""

    pairs: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Checklist:
    """The 16 steps as tick boxes, by phase, in two columns; never cut."""

    phases: list[tuple[str, list[tuple[int, str, bool]]]]


Block = Heading | Text | Items | Fields | Checklist


@dataclass
class Page:
    """One page: its blocks, and a footer line (left) with a note (right)."""

    blocks: list[Block]
    footer: str = ""
    footer_note: str = ""
    # What cannot be cut (the parents' agreements) may go on to a next page; else never.
    may_continue: bool = False
    continued: str = "vervolg"
    # A page laid out by rules of its own (the parents' copy in plain language): makes its
    # flowables, already fitted to one page, when the PDF is made; ``blocks`` are not used.
    story: Callable[[], list[Any]] | None = None
