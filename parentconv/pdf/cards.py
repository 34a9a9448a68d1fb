"""The card sets of seed 002 as cards to cut out: A6, four to an A4, with cut lines.

Each card carries its set and kind ("Gesprekskaart 1.1"), its title, its text and items, and
where it comes from. A card that does not fit its A6 at 7 pt goes on over the next card,
marked "vervolg", so nothing is ever cut off. Set cards (goal and method) come first in each
set, as in the seed.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph
from reportlab.platypus.doctemplate import LayoutError

from parentconv import APP_NAME, __version__
from parentconv.cards import KIND_WORDS, CardSet
from parentconv.citations import where
from parentconv.i18n import N_, translation
from parentconv.pdf.fonts import register_fonts
from parentconv.pdf.scripts import markup

PAGE_WIDTH, PAGE_HEIGHT = A4
CARD_WIDTH, CARD_HEIGHT = PAGE_WIDTH / 2, PAGE_HEIGHT / 2  # A6: 105 × 148.5 mm
PADDING = 8 * mm
SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
ACCENT = colors.HexColor("#1f3a5f")
GREY = colors.HexColor("#555555")
CUT = colors.HexColor("#9aa5b1")


def _styles(size: float) -> tuple[ParagraphStyle, ParagraphStyle, ParagraphStyle]:
    regular, bold = register_fonts()
    body = ParagraphStyle(
        "card", fontName=regular, fontSize=size, leading=size * 1.3, spaceAfter=size * 0.45
    )
    title = ParagraphStyle(
        "card_title",
        body,
        fontName=bold,
        fontSize=size + 3,
        leading=(size + 3) * 1.2,
        textColor=ACCENT,
        spaceAfter=size * 0.6,
    )
    bullet = ParagraphStyle(
        "card_item",
        body,
        leftIndent=size * 1.3,
        bulletIndent=0,
        bulletFontName=regular,
        spaceAfter=size * 0.3,
    )
    return body, title, bullet


Section = tuple[str, str, Sequence[str]]
"""A part of a card: a label (may be ""), paragraphs ("\n\n" between them), bullet items."""


def _story(title: str, sections: Sequence[Section], size: float) -> list[Flowable]:
    body, heading, bullet = _styles(size)
    label = ParagraphStyle("card_label", body, fontName=heading.fontName, spaceAfter=size * 0.2)
    story: list[Flowable] = [Paragraph(markup(title, bold=True), heading)]
    for name, text, items in sections:
        if name:
            story.append(Paragraph(markup(name, bold=True), label))
        for paragraph in (p for p in text.split("\n\n") if p.strip()):
            story.append(Paragraph(markup(" ".join(paragraph.split())), body))
        for item in items:
            story.append(Paragraph(markup(item), bullet, bulletText="•"))
    return story


def _height(story: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in story:
        _w, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceAfter()
    return total


class _Sheets:
    """Card slots on A4 pages, filled left to right, top to bottom."""

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self.slot = 0

    def next_slot(self) -> tuple[float, float]:
        if self.slot == 4:
            self._cut_lines()
            self.canvas.showPage()
            self.slot = 0
        column, row = self.slot % 2, self.slot // 2
        self.slot += 1
        return column * CARD_WIDTH, PAGE_HEIGHT - (row + 1) * CARD_HEIGHT

    def _cut_lines(self) -> None:
        c = self.canvas
        c.saveState()
        c.setStrokeColor(CUT)
        c.setLineWidth(0.4)
        c.setDash(3, 3)
        c.line(CARD_WIDTH, 0, CARD_WIDTH, PAGE_HEIGHT)
        c.line(0, CARD_HEIGHT, PAGE_WIDTH, CARD_HEIGHT)
        c.restoreState()

    def finish(self) -> None:
        if self.slot:
            self._cut_lines()
            self.canvas.showPage()


def _card(
    sheets: _Sheets,
    header: str,
    title: str,
    sections: Sequence[Section],
    footer: str,
    language: str,
) -> int:
    """Lay one card out over as many slots as it needs; how many it took."""
    regular, bold = register_fonts()
    width = CARD_WIDTH - 2 * PADDING
    height = CARD_HEIGHT - 2 * PADDING - 12 * mm  # the header and footer lines
    size = next(
        (s for s in SIZES if _height(_story(title, sections, s), width) <= height), SIZES[-1]
    )
    story = _story(title, sections, size)
    used = 0
    while story:
        x, y = sheets.next_slot()
        used += 1
        c = sheets.canvas
        c.setFont(bold, 7.5)
        c.setFillColor(GREY)
        more = translation(language).gettext(N_("vervolg"))
        shown = header if used == 1 else f"{header} ({more})"
        c.drawString(x + PADDING, y + CARD_HEIGHT - PADDING - 2 * mm, shown)
        c.setFont(regular, 6)
        c.drawString(x + PADDING, y + PADDING - 1 * mm, footer)
        frame = Frame(
            x + PADDING,
            y + PADDING + 4 * mm,
            width,
            height,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        head = story[0]
        with contextlib.suppress(LayoutError):
            frame.addFromList(story, c)
        if story and story[0] is head:  # taller than a whole card and not splittable: left out
            story.pop(0)
    return used


def render_card_sets(sets: Sequence[CardSet], *, language: str = "nl") -> bytes:
    """Every card of ``sets`` (a set card with its goal and method first), four to an A4."""
    t = translation(language).gettext
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=0)
    title = t(N_("Kaartensets Ouderbetrokkenheid"))
    canvas.setTitle(title)
    canvas.setSubject(t(N_("Kaarten om uit te knippen, vier per A4")))
    canvas.setAuthor("")
    canvas.setCreator(f"{APP_NAME} {__version__}")
    sheets = _Sheets(canvas)
    for card_set in sets:
        _card(
            sheets,
            f"{t(KIND_WORDS['set'])} {card_set.key}",
            card_set.title,
            [
                (t(N_("Doel")), "", card_set.goal),
                (t(N_("Werkwijze")), card_set.method, ()),
            ],
            where(card_set.source, language),
            language,
        )
        for card in card_set.cards:
            _card(
                sheets,
                f"{t(KIND_WORDS.get(card.kind, KIND_WORDS['other']))} {card_set.key}",
                card.title,
                [("", card.text, card.items)],
                where(card.source, language),
                language,
            )
    sheets.finish()
    canvas.save()
    return buffer.getvalue()
