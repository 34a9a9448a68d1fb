"""ReportLab layout: blocks to flowables, one page each, tightened and cut until it fits.

Only imported when a PDF is made (``summary`` and ``evening_pack`` import it inside their
functions), so starting the app does not load ReportLab.

Fitting a page: the blocks are laid out at 10 pt and measured; if they are taller than the
frame, at 9.5, 9, 8.5 and 8 pt. If even 8 pt is too tall, the tallest block that may be
shortened is cut (a text at a word, a list to its first items), never below the next tallest,
until everything fits. A block is measured with ``wrap``, exactly as the frame will place it;
the frame then draws what fits and drops the rest, so nothing is ever drawn outside the page
and there is never a second page.
"""

from __future__ import annotations

import contextlib
import functools
import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError

from parentconv import APP_NAME, __version__
from parentconv.pdf.blocks import Block, Checklist, Fields, Heading, Items, Page, Text, clean
from parentconv.pdf.fonts import register_fonts
from parentconv.pdf.scripts import draw_string
from parentconv.pdf.scripts import markup as _script_markup

SIZES = (10.0, 9.5, 9.0, 8.5, 8.0)
"""Body font sizes tried in turn; 8 pt is the smallest we still call readable."""

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 15 * mm
MARGIN_BOTTOM = 17 * mm
FOOTER_Y = 9 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
FRAME_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
MAX_STEPS = 400

ACCENT = colors.HexColor("#1f3a5f")
GREY = colors.HexColor("#555555")
LINE = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef1f4")
PRIVATE_SHADE = colors.HexColor("#fdf3e1")
PRIVATE_LINE = colors.HexColor("#c58a1c")


@dataclass(frozen=True)
class Metadata:
    title: str
    subject: str


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    head_cell: ParagraphStyle
    label: ParagraphStyle
    more: ParagraphStyle
    sub: ParagraphStyle


@functools.lru_cache(maxsize=16)
def styles(size: float) -> Styles:
    regular, bold = register_fonts()
    lead = size * 1.25
    body = ParagraphStyle(
        "body", fontName=regular, fontSize=size, leading=lead, spaceAfter=size * 0.3
    )
    return Styles(
        body=body,
        lead=ParagraphStyle("lead", body, fontSize=size + 1, leading=(size + 1) * 1.25),
        small=ParagraphStyle("small", body, fontSize=size - 1, leading=(size - 1) * 1.25),
        title=ParagraphStyle(
            "title",
            body,
            fontName=bold,
            fontSize=size + 6,
            leading=(size + 6) * 1.2,
            textColor=ACCENT,
            spaceAfter=size * 0.5,
        ),
        heading=ParagraphStyle(
            "heading",
            body,
            fontName=bold,
            fontSize=size + 1.5,
            leading=(size + 1.5) * 1.2,
            textColor=ACCENT,
            spaceBefore=size * 0.7,
            spaceAfter=size * 0.25,
        ),
        bullet=ParagraphStyle(
            "bullet",
            body,
            leftIndent=size * 1.3,
            bulletIndent=size * 0.2,
            bulletFontName=regular,
            spaceAfter=size * 0.15,
        ),
        cell=ParagraphStyle("cell", body, spaceAfter=0),
        head_cell=ParagraphStyle("head_cell", body, fontName=bold, spaceAfter=0),
        label=ParagraphStyle("label", body, fontName=bold, textColor=GREY, spaceAfter=0),
        more=ParagraphStyle("more", body, textColor=GREY, fontSize=size - 0.5),
        sub=ParagraphStyle(
            "sub", body, fontName=bold, spaceBefore=size * 0.3, spaceAfter=size * 0.15
        ),
    )


def markup(text: str, *, bold: bool = False) -> str:
    """User text as Paragraph markup: ``&``, ``<``, ``>`` escaped, line breaks kept; Arabic
    script, Hebrew and Ethiopic in their own font, shaped (``parentconv.pdf.scripts``).
    ``bold``: the text is set in bold (a bold style or inside ``<b>``)."""
    return _script_markup(text, bold=bold)


def _text(block: Text, st: Styles, marker: str) -> list[Flowable]:
    body = markup(block.shown(marker), bold=block.style in ("title", "sub"))
    if block.label:
        body = f"<b>{markup(block.label, bold=True)}</b> {body}"
    if block.style == "private":
        table = Table([[Paragraph(body, st.cell)]], colWidths=[FRAME_WIDTH])
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, -1), PRIVATE_SHADE),
                    ("BOX", (0, 0), (-1, -1), 0.8, PRIVATE_LINE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 5),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 5),
                ]
            )
        )
        return [table, Spacer(1, st.body.fontSize * 0.3)]
    style = {"lead": st.lead, "small": st.small, "title": st.title, "sub": st.sub}.get(
        block.style, st.body
    )
    return [Paragraph(body, style)]


def _items(block: Items, st: Styles, marker: str) -> list[Flowable]:
    rows, note = block.shown(marker)
    out: list[Flowable] = []
    if block.headers:
        data = [[Paragraph(markup(h, bold=True), st.head_cell) for h in block.headers]]
        data += [[Paragraph(markup(c), st.cell) for c in row] for row in rows]
        widths = [FRAME_WIDTH * f for f in block.widths]
        table = Table(data, colWidths=widths)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, LINE),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
                    ("LEFTPADDING", (0, 0), (-1, -1), 3),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        out.append(table)
    else:
        for row in rows:
            out.append(Paragraph(markup(" – ".join(c for c in row if c)), st.bullet, block.bullet))
    if note:
        out.append(Paragraph(markup(note), st.more))
    elif block.headers:
        out.append(Spacer(1, st.body.fontSize * 0.3))
    return out


def _fields(block: Fields, st: Styles) -> list[Flowable]:
    pairs = [(markup(clean(k), bold=True), markup(clean(v))) for k, v in block.pairs]
    if len(pairs) % 2:
        pairs.append(("", ""))
    data = [
        [
            Paragraph(pairs[i][0], st.label),
            Paragraph(pairs[i][1], st.cell),
            Paragraph(pairs[i + 1][0], st.label),
            Paragraph(pairs[i + 1][1], st.cell),
        ]
        for i in range(0, len(pairs), 2)
    ]
    bold = st.label.fontName
    label = min(
        max((stringWidth(clean(k), bold, st.label.fontSize) for k, _ in block.pairs), default=0)
        + 6,
        FRAME_WIDTH * 0.26,
    )
    widths = [label, FRAME_WIDTH / 2 - label, label, FRAME_WIDTH / 2 - label]
    table = Table(data, colWidths=widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
                ("LINEBELOW", (0, -1), (-1, -1), 0.8, ACCENT),
            ]
        )
    )
    return [table, Spacer(1, st.body.fontSize * 0.4)]


def _checklist(block: Checklist, st: Styles) -> list[Flowable]:
    total = sum(len(steps) for _, steps in block.phases)
    columns: list[list[Flowable]] = [[], []]
    seen = 0
    for name, steps in block.phases:
        column = columns[0 if seen < total / 2 else 1]
        column.append(Paragraph(f"<b>{markup(name, bold=True)}</b>", st.cell))
        for number, text, ticked in steps:
            box = "☑" if ticked else "☐"
            column.append(Paragraph(f"{number}. {markup(text)}", st.bullet, box))
        seen += len(steps)
    table = Table([columns], colWidths=[FRAME_WIDTH / 2, FRAME_WIDTH / 2])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return [table]


def flowables(block: Block, size: float, marker: str) -> list[Flowable]:
    st = styles(size)
    if isinstance(block, Heading):
        return [Paragraph(markup(block.text, bold=True), st.heading)]
    if isinstance(block, Text):
        return _text(block, st, marker)
    if isinstance(block, Items):
        return _items(block, st, marker)
    if isinstance(block, Fields):
        return _fields(block, st)
    return _checklist(block, st)


def height(items: Sequence[Flowable]) -> float:
    """The height the frame will need for these flowables (space before and after included)."""
    total = 0.0
    for f in items:
        _, h = f.wrap(FRAME_WIDTH, FRAME_HEIGHT * 50)
        total += h + f.getSpaceBefore() + f.getSpaceAfter()
    return total


def fit(page: Page, marker: str) -> list[Flowable]:
    """The page's flowables, at the largest font size that fits, cut where that is not enough."""
    blocks = page.blocks
    for size in SIZES:
        flows = [flowables(b, size, marker) for b in blocks]
        heights = [height(f) for f in flows]
        if sum(heights) <= FRAME_HEIGHT:
            return [f for fs in flows for f in fs]
    for _ in range(MAX_STEPS):
        over = sum(heights) - FRAME_HEIGHT
        if over <= 0:
            break
        shrinkable = [
            i for i, b in enumerate(blocks) if isinstance(b, Text | Items) and b.can_shrink()
        ]
        if not shrinkable:
            break
        shrinkable.sort(key=lambda i: heights[i], reverse=True)
        first = shrinkable[0]
        block = blocks[first]
        assert isinstance(block, Text | Items)
        tallest = heights[first]
        runner_up = heights[shrinkable[1]] if len(shrinkable) > 1 else 0.0
        target = max(tallest - over, runner_up * 0.9)
        block.shrink(max(0.05, min(0.9, target / tallest * 0.97)) if tallest > 0 else 0.5)
        flows[first] = flowables(block, size, marker)
        heights[first] = height(flows[first])
    return [f for fs in flows for f in fs]


def _fit_line(text: str, font: str, size: float, width: float) -> str:
    text = " ".join(clean(text).split())
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[: max(0, min(len(text) - 1, int(len(text) * 0.9)))]
    return text + "…"


def page_frame() -> Frame:
    """The text area of every page: inside the margins, no padding of its own."""
    return Frame(
        MARGIN_X,
        MARGIN_BOTTOM,
        FRAME_WIDTH,
        FRAME_HEIGHT,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
    )


def render(pages: Sequence[Page], meta: Metadata, marker: str) -> bytes:
    """All pages in one PDF, each exactly one A4 page."""
    regular, _ = register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=0)
    canvas.setTitle(meta.title)
    canvas.setSubject(meta.subject)
    canvas.setAuthor("")
    canvas.setCreator(f"{APP_NAME} {__version__}")
    canvas.setProducer(f"{APP_NAME} {__version__} (ReportLab)")
    for page in pages:
        story = page.story() if page.story is not None else fit(page, marker)
        sheet = 1
        while True:
            frame = page_frame()
            before, head = len(story), story[0] if story else None
            # A flowable too big for an empty page is left out: never an overflow.
            with contextlib.suppress(LayoutError):
                frame.addFromList(story, canvas)
            footer = page.footer if sheet == 1 else f"{page.footer} ({page.continued} {sheet})"
            canvas.setFont(regular, 7)
            canvas.setFillColor(GREY)
            half = FRAME_WIDTH / 2 - 6
            draw_string(canvas, MARGIN_X, FOOTER_Y, _fit_line(footer, regular, 7, half), regular, 7)
            note = _fit_line(page.footer_note, regular, 7, half)
            draw_string(canvas, PAGE_WIDTH - MARGIN_X, FOOTER_Y, note, regular, 7, right=True)
            canvas.showPage()
            # Only what may not be cut goes on, and only on pages that allow it.
            progressed = len(story) < before or (bool(story) and story[0] is not head)
            if not (page.may_continue and story and progressed):
                break
            sheet += 1
    canvas.save()
    return buffer.getvalue()


def _document_flowables(block: Block, size: float) -> list[Flowable]:
    """Like ``flowables``, but a private text is a paragraph in a box that may go on over a
    page break (a table cell cannot)."""
    if isinstance(block, Text) and block.style == "private":
        st = styles(size)
        body = markup(block.shown(""))
        if block.label:
            body = f"<b>{markup(block.label, bold=True)}</b> {body}"
        private = ParagraphStyle(
            "private",
            st.body,
            backColor=PRIVATE_SHADE,
            borderColor=PRIVATE_LINE,
            borderWidth=0.8,
            borderPadding=4,
            spaceBefore=size * 0.4,
            spaceAfter=size * 0.8,
            leftIndent=4,
            rightIndent=4,
        )
        return [Paragraph(body, private)]
    return flowables(block, size, "")


def render_document(
    blocks: Sequence[Block], *, title: str, subject: str, footer: str, footer_note: str
) -> bytes:
    """A document of as many A4 pages as its blocks need, at 10 pt, nothing cut or shrunk
    (the inzage). ``footer_note`` may hold ``{page}``, the page number."""
    from reportlab.platypus import BaseDocTemplate, PageTemplate

    regular, _ = register_fonts()
    buffer = io.BytesIO()
    half = FRAME_WIDTH / 2 - 6

    def draw_footer(canvas: Canvas, _doc: object) -> None:
        canvas.saveState()
        canvas.setFont(regular, 7)
        canvas.setFillColor(GREY)
        draw_string(canvas, MARGIN_X, FOOTER_Y, _fit_line(footer, regular, 7, half), regular, 7)
        note = _fit_line(footer_note.format(page=canvas.getPageNumber()), regular, 7, half)
        draw_string(canvas, PAGE_WIDTH - MARGIN_X, FOOTER_Y, note, regular, 7, right=True)
        canvas.restoreState()

    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=subject,
        author="",
        creator=f"{APP_NAME} {__version__}",
        producer=f"{APP_NAME} {__version__} (ReportLab)",
        pageCompression=1,
    )
    frame = page_frame()
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=draw_footer)])
    story = [f for block in blocks for f in _document_flowables(block, SIZES[0])]
    doc.build(story)
    return buffer.getvalue()
