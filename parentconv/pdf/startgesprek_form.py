"""The startgesprek form "Vertel ons over uw kind": one A4 per pupil, for the parents to fill in.

At the top the child's name and group (or lines to write them on, for a blank form), then a
short, friendly word to the parents in plain Dutch (B1), the questions of
``parentconv.startgesprek`` each with lines to write on, room for the parents' name and the
date, and small at the bottom where the questions come from. The lines under the questions
share what room the page has left, so a form is always exactly one page. A whole group is one
PDF with a page per pupil.

ReportLab is imported when a form is made, as for the other PDFs.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from parentconv import APP_NAME, __version__
from parentconv.dates import format_date_long
from parentconv.errors import UserFacingError
from parentconv.i18n import N_, translation
from parentconv.services import people
from parentconv.services.views import PupilView
from parentconv.startgesprek import Question, citation, load_questions, pupils_on_form
from parentconv.store.models import Group
from parentconv.store.work import Work

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

TEXTS: Mapping[str, str] = {
    "title": N_("Vertel ons over uw kind"),
    "child": N_("Naam van uw kind:"),
    "group": N_("Groep:"),
    "dear": N_("Beste ouder of verzorger,"),
    "intro": N_(
        "U kent uw kind het best. Daarom horen wij graag van u hoe het met uw kind gaat. "
        "Schrijf hieronder op wat u wilt vertellen. Een paar woorden is genoeg. U mag een vraag "
        "ook overslaan. In het startgesprek praten we er samen verder over."
    ),
    "return_by": N_("Graag terug vóór {date}."),
    "filled_by": N_("Ingevuld door:"),
    "date": N_("Datum:"),
    "footer": N_("Vertel ons over uw kind – {child}"),
    "doc_title": N_("Vragenlijst startgesprek – {group}"),
    "no_pupils": N_("In {group} zit geen leerling die nog op school is."),
}

BLANK = "_" * 28
MAX_LINES = 6
MIN_LINES = 2
MIN_GAP = 18.0  # points between writing lines (6.4 mm), the least a hand needs
MAX_GAP = 26.0  # 9.2 mm
BODY_SIZE = 10.5


def _texts(language: str) -> dict[str, str]:
    words = translation(language)
    return {key: words.gettext(text) for key, text in TEXTS.items()}


def _page(
    pupil: PupilView | None,
    questions: Sequence[Question],
    t: Mapping[str, str],
    return_by: dt.date | None,
    language: str,
) -> tuple[list[Flowable], str]:
    """The story of one form (its writing lines already spread over the free room) and the
    citation line for its foot."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

    from parentconv.pdf.layout import FRAME_HEIGHT, FRAME_WIDTH, LINE, height, markup, styles

    st = styles(BODY_SIZE)
    strong = ParagraphStyle("form_strong", st.body, fontName=st.title.fontName, spaceAfter=0)
    question_style = ParagraphStyle(
        "form_question", strong, spaceBefore=BODY_SIZE * 0.6, keepWithNext=True
    )
    child = markup(pupil.name, bold=True) if pupil is not None else BLANK
    group = markup(pupil.group_name, bold=True) if pupil is not None else BLANK[:14]
    head: list[Flowable] = [
        Paragraph(markup(t["title"], bold=True), st.title),
        Paragraph(
            f"{markup(t['child'])} <b>{child}</b>&nbsp;&nbsp;&nbsp; "
            f"{markup(t['group'])} <b>{group}</b>",
            st.lead,
        ),
        Spacer(1, 2 * mm),
        Paragraph(markup(t["dear"]), st.body),
        Paragraph(markup(t["intro"]), st.body),
    ]
    if return_by is not None:
        when = t["return_by"].format(date=format_date_long(return_by, language))
        head.append(Paragraph(f"<b>{markup(when, bold=True)}</b>", st.body))
    foot: list[Flowable] = [
        Spacer(1, 5 * mm),
        Paragraph(
            f"{markup(t['filled_by'])} {'_' * 34}&nbsp;&nbsp; {markup(t['date'])} {'_' * 14}",
            st.body,
        ),
    ]
    asked = [Paragraph(markup(q.text), question_style) for q in questions]
    # As many lines as fit at a handwriting gap, spread over the room the text leaves free.
    free = FRAME_HEIGHT - 14 * mm - height(head) - height(foot) - height(asked)
    lines = MAX_LINES
    while lines > MIN_LINES and free / (lines * max(1, len(questions))) < MIN_GAP:
        lines -= 1
    gap = max(MIN_GAP, min(MAX_GAP, free / (lines * max(1, len(questions)))))

    def writing_lines() -> Table:
        table = Table([[""]] * lines, colWidths=[FRAME_WIDTH], rowHeights=[gap] * lines)
        table.setStyle(
            TableStyle(
                [
                    ("LINEBELOW", (0, 0), (-1, -1), 0.6, LINE),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    story = head + [f for question in asked for f in (question, writing_lines())] + foot
    return story, citation(questions, language)


def render_forms(
    pupils: Sequence[PupilView | None],
    *,
    title: str,
    return_by: dt.date | None = None,
    language: str = "nl",
) -> bytes:
    """One form per pupil (``None``: a blank form), each exactly one A4 page, in one PDF."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Frame, Paragraph

    from parentconv.pdf.layout import (
        FOOTER_Y,
        FRAME_WIDTH,
        GREY,
        MARGIN_X,
        markup,
        page_frame,
        styles,
    )
    from parentconv.pdf.scripts import draw_string

    t = _texts(language)
    questions = load_questions(language)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=0)
    canvas.setTitle(title)
    canvas.setSubject(t["title"])
    canvas.setAuthor("")
    canvas.setCreator(f"{APP_NAME} {__version__}")
    canvas.setProducer(f"{APP_NAME} {__version__} (ReportLab)")
    small = styles(7.5).small
    for pupil in pupils or [None]:
        story, source = _page(pupil, questions, t, return_by, language)
        page_frame().addFromList(story, canvas)  # measured to fit; what would not is dropped
        note = Frame(
            MARGIN_X,
            FOOTER_Y + 3 * mm,
            FRAME_WIDTH,
            9 * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        note.addFromList([Paragraph(markup(source), small)], canvas)
        canvas.setFont(small.fontName, 7)
        canvas.setFillColor(GREY)
        footer = t["footer"].format(child=pupil.name) if pupil is not None else t["title"]
        draw_string(canvas, MARGIN_X, FOOTER_Y, footer, small.fontName, 7)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_startgesprek_forms(
    work: Work,
    *,
    group_id: int | None = None,
    pupil_id: int | None = None,
    return_by: dt.date | None = None,
    language: str = "nl",
) -> bytes:
    """The form for one pupil, for every pupil of a group who is still at school (a page
    each), or, with neither, one blank form."""
    t = _texts(language)
    if pupil_id is not None:
        pupil = people.get_pupil(work, pupil_id)
        pupils: list[PupilView | None] = [pupil]
        title = t["footer"].format(child=pupil.name)
    elif group_id is not None:
        group = work.get_or_fail(Group, group_id, N_("Deze groep"))
        pupils = list(pupils_on_form(people.list_pupils(work, group_id=group_id), work.today()))
        if not pupils:
            raise UserFacingError(t["no_pupils"].format(group=group.name))
        title = t["doc_title"].format(group=group.name)
    else:
        pupils, title = [None], t["title"]
    return render_forms(pupils, title=title, return_by=return_by, language=language)
