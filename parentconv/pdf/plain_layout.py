"""ReportLab layout of the plain-language parents' copy: large type, room, pictograms, one page.

The page is laid out at 14 pt, then 13.5 and 13 (never smaller: it is for parents who read
with difficulty). If it is still too tall at 13 pt, it is cut, the shared notes first, then
the lists, the agreements last; the tallest block of that kind is cut each time: a text at a
word, a list item to about 120 characters, then a list by one item at a time (never to
none). What is cut ends with "… (zie het volledige verslag)"; a list that lost items says so
in a line. What still does not fit would be left out by the frame: never a second page.

The pictograms are drawn with ReportLab's canvas (no image files): a school with its flag, a
house with a chimney, a child, two people.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from parentconv.pdf.blocks import Heading, Items, Text, clean, cut
from parentconv.pdf.fonts import register_fonts
from parentconv.pdf.layout import ACCENT, FRAME_HEIGHT, FRAME_WIDTH, GREY, height, markup
from parentconv.pdf.plain_copy import KEEP, Entry, GroupHeading

SIZES = (14.0, 13.5, 13.0)
"""Body font sizes tried in turn; 13 pt is the smallest for this copy."""

MIN_CELL_CHARS = 120
MAX_STEPS = 400
LIGHT = colors.HexColor("#dfe7f1")


@dataclass(frozen=True)
class PlainStyles:
    body: ParagraphStyle
    lead: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    group: ParagraphStyle
    bullet: ParagraphStyle
    more: ParagraphStyle


@functools.lru_cache(maxsize=8)
def plain_styles(size: float) -> PlainStyles:
    regular, bold = register_fonts()
    body = ParagraphStyle(
        "plain_body", fontName=regular, fontSize=size, leading=size * 1.35, spaceAfter=size * 0.45
    )
    return PlainStyles(
        body=body,
        lead=ParagraphStyle("plain_lead", body, fontSize=size + 1, leading=(size + 1) * 1.35),
        title=ParagraphStyle(
            "plain_title",
            body,
            fontName=bold,
            fontSize=size + 7,
            leading=(size + 7) * 1.2,
            textColor=ACCENT,
            spaceAfter=size * 0.6,
        ),
        heading=ParagraphStyle(
            "plain_heading",
            body,
            fontName=bold,
            fontSize=size + 2,
            leading=(size + 2) * 1.25,
            textColor=ACCENT,
            spaceBefore=size * 0.6,
            spaceAfter=size * 0.25,
        ),
        group=ParagraphStyle(
            "plain_group", body, fontName=bold, fontSize=size + 1, leading=(size + 1) * 1.25
        ),
        bullet=ParagraphStyle(
            "plain_bullet",
            body,
            leftIndent=size * 1.8,
            bulletIndent=size * 0.5,
            bulletFontName=regular,
            bulletFontSize=size,
            spaceAfter=size * 0.35,
        ),
        more=ParagraphStyle("plain_more", body, textColor=GREY, leftIndent=size * 1.8),
    )


class Pictogram(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A small drawing in a square: ``school``, ``parents`` (a house), ``child`` or ``other``."""

    def __init__(self, owner: str, size: float) -> None:
        super().__init__()
        self.owner = owner
        self.size = size
        self.width = self.height = size

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.size, self.size

    def draw(self) -> None:
        c, s = self.canv, self.size
        c.saveState()
        c.setFillColor(LIGHT)
        c.setStrokeColor(ACCENT)
        c.setLineWidth(max(0.8, s / 30))
        c.roundRect(0, 0, s, s, s * 0.18, stroke=0, fill=1)
        c.setFillColor(ACCENT)
        {"school": _school, "parents": _house, "child": _child}.get(self.owner, _people)(c, s)
        c.restoreState()


def _polygon(c: Any, points: Sequence[tuple[float, float]], s: float) -> None:
    path = c.beginPath()
    path.moveTo(points[0][0] * s, points[0][1] * s)
    for x, y in points[1:]:
        path.lineTo(x * s, y * s)
    path.close()
    c.drawPath(path, stroke=0, fill=1)


def _white(c: Any, x: float, y: float, w: float, h: float, s: float) -> None:
    c.setFillColor(colors.white)
    c.rect(x * s, y * s, w * s, h * s, stroke=0, fill=1)
    c.setFillColor(ACCENT)


def _school(c: Any, s: float) -> None:
    c.rect(0.14 * s, 0.12 * s, 0.72 * s, 0.42 * s, stroke=0, fill=1)
    _polygon(c, [(0.08, 0.54), (0.5, 0.74), (0.92, 0.54)], s)
    c.line(0.5 * s, 0.74 * s, 0.5 * s, 0.92 * s)  # the flag pole, with its flag
    _polygon(c, [(0.5, 0.92), (0.66, 0.87), (0.5, 0.82)], s)
    for x in (0.2, 0.36, 0.56, 0.72):
        _white(c, x, 0.36, 0.1, 0.1, s)
    _white(c, 0.43, 0.12, 0.14, 0.2, s)


def _house(c: Any, s: float) -> None:
    c.rect(0.66 * s, 0.6 * s, 0.1 * s, 0.2 * s, stroke=0, fill=1)  # the chimney
    c.rect(0.22 * s, 0.12 * s, 0.56 * s, 0.4 * s, stroke=0, fill=1)
    _polygon(c, [(0.12, 0.5), (0.5, 0.84), (0.88, 0.5)], s)
    _white(c, 0.3, 0.3, 0.14, 0.12, s)
    _white(c, 0.54, 0.12, 0.14, 0.24, s)


def _figure(c: Any, x: float, scale: float, s: float) -> None:
    """A person standing at ``x`` (the middle, as a fraction of the square)."""
    c.circle(x * s, (0.12 + 0.66 * scale) * s, 0.1 * scale * s, stroke=0, fill=1)
    body = [
        (x - 0.16 * scale, 0.12 + 0.22 * scale),
        (x - 0.12 * scale, 0.12 + 0.52 * scale),
        (x + 0.12 * scale, 0.12 + 0.52 * scale),
        (x + 0.16 * scale, 0.12 + 0.22 * scale),
    ]
    _polygon(c, body, s)
    c.rect((x - 0.1 * scale) * s, 0.12 * s, 0.08 * scale * s, 0.24 * scale * s, stroke=0, fill=1)
    c.rect((x + 0.02 * scale) * s, 0.12 * s, 0.08 * scale * s, 0.24 * scale * s, stroke=0, fill=1)


def _child(c: Any, s: float) -> None:
    _figure(c, 0.5, 0.95, s)


def _people(c: Any, s: float) -> None:
    _figure(c, 0.32, 0.95, s)
    _figure(c, 0.68, 0.8, s)


def _rows(block: Items, st: PlainStyles, marker: str) -> list[Flowable]:
    shown = block.rows if block.max_items is None else block.rows[: block.max_items]
    out: list[Flowable] = []
    for row in shown:
        text, *rest = (clean(c) for c in row)
        lines = [markup(cut(text, block.max_cell_chars, marker))]
        lines += [f'<font color="#555555">{markup(r)}</font>' for r in rest if r]
        out.append(Paragraph("<br/>".join(lines), st.bullet, "•"))
    if len(shown) < len(block.rows):
        out.append(Paragraph(markup(block.more), st.more))
    return out


def flowables(block: Any, size: float) -> list[Flowable]:
    st = plain_styles(size)
    if isinstance(block, Heading):
        return [Paragraph(markup(block.text, bold=True), st.heading)]
    if isinstance(block, GroupHeading):
        icon = size * 2
        table = Table(
            [[Pictogram(block.owner, icon), Paragraph(markup(block.text, bold=True), st.group)]],
            colWidths=[icon + size * 0.7, FRAME_WIDTH - icon - size * 0.7],
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), size * 0.3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), size * 0.2),
                ]
            )
        )
        return [table]
    if isinstance(block, Items):
        return _rows(block, st, block.marker or "…")
    assert isinstance(block, Text)
    style = {"title": st.title, "lead": st.lead}.get(block.style, st.body)
    bold = block.style == "title"
    return [Paragraph(markup(block.shown(block.marker or "…"), bold=bold), style)]


def _can_shrink(block: Any) -> bool:
    if isinstance(block, Text):
        return block.can_shrink()
    if isinstance(block, Items):
        count = len(block.rows) if block.max_items is None else block.max_items
        longest = max((len(clean(r[0])) for r in block.rows[:count]), default=0)
        return count > 1 or min(longest, block.max_cell_chars or 10**9) > MIN_CELL_CHARS
    return False


def _shrink(block: Any, ratio: float) -> None:
    if isinstance(block, Text):
        block.shrink(ratio)
        return
    assert isinstance(block, Items)
    count = len(block.rows) if block.max_items is None else block.max_items
    longest = min(
        max((len(clean(r[0])) for r in block.rows[:count]), default=0),
        block.max_cell_chars or 10**9,
    )
    if longest > MIN_CELL_CHARS:
        block.max_cell_chars = max(MIN_CELL_CHARS, int(longest * max(ratio, 0.7)))
    else:  # one item at a time, so that the groups stay alike
        block.max_items = max(1, count - 1)


def fit(entries: Sequence[Entry]) -> list[Any]:
    """The page's flowables at the largest size that fits; cut, in order, where it does not,
    and as a last resort without whole sections (then with a line that there is more)."""
    blocks = [e.block for e in entries]
    shown = [not e.if_dropped for e in entries]

    def story() -> list[Any]:
        return [f for i, fs in enumerate(flows) if shown[i] for f in fs]

    def over() -> float:
        return float(sum(h for i, h in enumerate(heights) if shown[i]) - FRAME_HEIGHT)

    for size in SIZES:
        flows = [flowables(b, size) for b in blocks]
        heights = [height(f) for f in flows]
        if over() <= 0:
            return story()
    for order in sorted({e.cut_order for e in entries} - {KEEP}):
        for _ in range(MAX_STEPS):
            too_tall = over()
            if too_tall <= 0:
                return story()
            mine = [
                i for i, e in enumerate(entries) if e.cut_order == order and _can_shrink(e.block)
            ]
            if not mine:
                break
            first = max(mine, key=lambda i: heights[i])
            tallest = heights[first]
            ratio = max(0.05, min(0.9, (tallest - too_tall) / tallest)) if tallest > 0 else 0.5
            _shrink(blocks[first], ratio)
            flows[first] = flowables(blocks[first], size)
            heights[first] = height(flows[first])
    for order in sorted({e.drop_order for e in entries} - {0}):
        if over() <= 0:
            break
        for i, e in enumerate(entries):
            if e.drop_order == order:
                shown[i] = False
            elif e.if_dropped:
                shown[i] = True
    return story()
