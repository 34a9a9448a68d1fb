"""The evening's invitations: one A4 per household, with a reply strip to cut off.

Each letter names every talk of the household's children that evening, written in full
(``dinsdag 24 november 2026 om 18.30 uur, 10 minuten``), the place, whether the child comes,
and that the parents can bring someone who translates or ask for an interpreter. Below the
cut line the reply strip: we come / we cannot, but can at one of two other moments / we want an
interpreter (language) / "Wat wilt u bespreken?" and "Wat moet ik weten over uw kind?" with
lines to write on. The letter speaks to the parents with *u*, as the seeds do; with ``plain``
(or for a household with a low-literate carer) the sentences are shorter and the type larger.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Mapping, Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Frame, Paragraph, Spacer, Table, TableStyle

from parentconv import APP_NAME, __version__
from parentconv.dates import format_date, format_date_long
from parentconv.errors import UserFacingError
from parentconv.i18n import N_, translation
from parentconv.pdf.labels import labels
from parentconv.pdf.layout import GREY, LINE, MARGIN_X, PAGE_HEIGHT, PAGE_WIDTH, markup
from parentconv.pdf.layout import styles as layout_styles
from parentconv.pdf.scripts import draw_string
from parentconv.services.evenings import Slot
from parentconv.services.invitations import EveningInvitations, Household, invitations_on
from parentconv.services.views import CarerView
from parentconv.store.work import Work

TEXTS: Mapping[str, str] = {
    "title": N_("Uitnodiging voor een oudergesprek"),
    "dear": N_("Beste {names},"),
    "dear_unknown": N_("Beste ouder of verzorger van {child},"),
    "invite_one": N_("Graag praat ik met u over {child}."),
    "invite_more": N_("Graag praat ik met u over {children}."),
    "when": N_("{child}: {date} om {time} uur, {minutes} minuten."),
    "child_comes": N_("{child} komt ook naar het gesprek."),
    "child_stays": N_("{child} hoeft niet mee te komen."),
    "place": N_("Waar: {place}."),
    "translate": N_(
        "Spreekt u liever een andere taal? Neem iemand mee die voor u kan vertalen, of laat "
        "het mij weten: dan regel ik een tolk."
    ),
    "interpreter": N_("Ik regel een tolk {language}, of u neemt iemand mee die kan vertalen."),
    "reply_ask": N_("Wilt u het strookje hieronder invullen en aan {child} meegeven?"),
    "regards": N_("Met vriendelijke groet,"),
    "teacher": N_("de leerkracht van {group}"),
    "cut": N_("hier afknippen"),
    "strip_title": N_("Antwoordstrookje – {children}"),
    "come": N_("Wij komen op {date} om {time} uur."),
    "cannot": N_("Wij kunnen dan niet. Wel op:"),
    "or": N_("of"),
    "want_interpreter": N_("Wij willen graag een tolk. Taal:"),
    "discuss": N_("Wat wilt u bespreken?"),
    "know": N_("Wat moet ik weten over uw kind?"),
    "signed": N_("Naam:"),
    "footer": N_("Uitnodiging – {children}"),
    "doc_title": N_("Uitnodigingen voor de gesprekkenavond van {date}"),
}

PLAIN: Mapping[str, str] = {
    "invite_one": N_("Ik wil graag met u praten over {child}."),
    "invite_more": N_("Ik wil graag met u praten over {children}."),
    "translate": N_(
        "Is Nederlands moeilijk? Neem iemand mee die kan vertalen. Of vraag om een tolk."
    ),
    "reply_ask": N_("Vul het strookje in. Geef het mee aan {child}."),
}
"""Shorter sentences for a household that reads best in plain language."""

BOX = "☐"
MARGIN_TOP = 16 * mm
FRAME_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
LETTER_HEIGHT = 112 * mm  # the letter above the cut line; the strip below it


def _texts(language: str, plain: bool = False) -> dict[str, str]:
    words = translation(language)
    chosen = {**TEXTS, **PLAIN} if plain else TEXTS
    return {key: words.gettext(text) for key, text in chosen.items()}


def _names(items: Sequence[str], and_word: str) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {and_word} {items[-1]}"


def _time(slot: Slot, language: str) -> str:
    return slot.starts_at.strftime("%H.%M" if language == "nl" else "%H:%M")


def _children(household: Household, language: str) -> str:
    and_word = "en" if language == "nl" else "and"
    given = [s.talk.pupil_given_name for s in household.slots]
    return _names(list(dict.fromkeys(given)), and_word)


def _styles(plain: bool) -> dict[str, ParagraphStyle]:
    size = 13.0 if plain else 11.0
    st = layout_styles(size)
    return {
        "body": ParagraphStyle("inv_body", st.body, spaceAfter=size * 0.45),
        "title": ParagraphStyle("inv_title", st.title),
        "strong": ParagraphStyle("inv_strong", st.body, fontName=st.title.fontName),
        "small": ParagraphStyle("inv_small", st.small, textColor=GREY),
        "cell": ParagraphStyle("inv_cell", st.body, spaceAfter=0),
    }


def _dear(carers: Sequence[CarerView], child: str, t: Mapping[str, str], and_word: str) -> str:
    if not carers:
        return t["dear_unknown"].format(child=child)
    return t["dear"].format(names=_names([c.name for c in carers], and_word))


def _letter(
    household: Household, place: str, group: str, t: Mapping[str, str], language: str, plain: bool
) -> list[Flowable]:
    st = _styles(plain)
    and_word = "en" if language == "nl" else "and"
    children = _children(household, language)
    first_child = household.slots[0].talk.pupil_given_name
    many = len({s.talk.pupil_id for s in household.slots}) > 1
    story: list[Flowable] = [
        Paragraph(markup(t["title"], bold=True), st["title"]),
        Paragraph(markup(_dear(household.carers, first_child, t, and_word)), st["body"]),
        Paragraph(
            markup(
                (t["invite_more"] if many else t["invite_one"]).format(
                    child=children, children=children
                )
            ),
            st["body"],
        ),
    ]
    for slot in household.slots:
        given = slot.talk.pupil_given_name
        when = t["when"].format(
            child=given,
            date=format_date_long(slot.starts_at.date(), language),
            time=_time(slot, language),
            minutes=slot.minutes,
        )
        comes = (t["child_comes"] if slot.talk.child_present else t["child_stays"]).format(
            child=given
        )
        story.append(Paragraph(f"<b>{markup(when, bold=True)}</b> {markup(comes)}", st["body"]))
    if place:
        story.append(Paragraph(markup(t["place"].format(place=place)), st["body"]))
    if household.interpreter_needed and household.languages:
        line = t["interpreter"].format(language=", ".join(household.languages))
    else:
        line = t["translate"]
    story.append(Paragraph(markup(line), st["body"]))
    story.append(Paragraph(markup(t["reply_ask"].format(child=first_child)), st["body"]))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(markup(t["regards"]), st["body"]))
    story.append(Paragraph(markup(t["teacher"].format(group=group)), st["body"]))
    return story


def _strip(
    household: Household, t: Mapping[str, str], language: str, plain: bool
) -> list[Flowable]:
    st = _styles(plain)
    line = "_" * (16 if plain else 20)
    children = _children(household, language)
    first = household.slots[0]
    rows: list[list[Flowable | str]] = [
        [
            Paragraph(
                f"{BOX} "
                + markup(
                    t["come"].format(
                        date=format_date_long(first.starts_at.date(), language),
                        time=_time(first, language),
                    )
                ),
                st["cell"],
            )
        ],
        [Paragraph(f"{BOX} {markup(t['cannot'])} {line} {markup(t['or'])} {line}", st["cell"])],
        [Paragraph(f"{BOX} {markup(t['want_interpreter'])} {line}", st["cell"])],
    ]
    table = Table(rows, colWidths=[FRAME_WIDTH])
    table.setStyle(
        TableStyle(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    story: list[Flowable] = [
        Paragraph(markup(t["strip_title"].format(children=children), bold=True), st["strong"]),
        Spacer(1, 2 * mm),
        table,
    ]
    lines = 3 if plain else 4
    for question in (t["discuss"], t["know"]):
        story.append(Paragraph(markup(question, bold=True), st["strong"]))
        story += [WritingLine() for _ in range(lines)]
    story.append(Paragraph(f"{markup(t['signed'])} {'_' * 40}", st["cell"]))
    return story


class WritingLine(Flowable):  # type: ignore[misc]  # ReportLab has no type hints
    """A line to write on, the width of the text."""

    def __init__(self, gap: float = 8 * mm) -> None:
        super().__init__()
        self.gap = gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(LINE)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 1.5 * mm, self.width, 1.5 * mm)


def render_invitations(
    evenings: Sequence[EveningInvitations],
    *,
    language: str = "nl",
    plain: bool = False,
) -> bytes:
    """One page per household of every evening; ``plain`` for every letter, else only for a
    household with a carer who reads best in plain language."""
    from reportlab.pdfgen.canvas import Canvas

    normal_t, plain_t = _texts(language), _texts(language, plain=True)
    t = normal_t
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, pageCompression=1, invariant=0)
    day = evenings[0].evening.starts_at.date() if evenings else None
    canvas.setTitle(
        t["doc_title"].format(date=format_date_long(day, language)) if day else t["title"]
    )
    canvas.setAuthor("")
    canvas.setCreator(f"{APP_NAME} {__version__}")
    canvas.setProducer(f"{APP_NAME} {__version__} (ReportLab)")
    small = _styles(False)["small"]
    for invitations in evenings:
        place = invitations.evening.location
        for household in invitations.households:
            simple = plain or household.plain_language
            t = plain_t if simple else normal_t
            group = household.slots[0].group_name
            top = Frame(
                MARGIN_X,
                PAGE_HEIGHT - MARGIN_TOP - LETTER_HEIGHT,
                FRAME_WIDTH,
                LETTER_HEIGHT,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            top.addFromList(_letter(household, place, group, t, language, simple), canvas)
            cut_y = PAGE_HEIGHT - MARGIN_TOP - LETTER_HEIGHT - 6 * mm
            canvas.setStrokeColor(GREY)
            canvas.setDash(3, 3)
            canvas.line(MARGIN_X, cut_y, PAGE_WIDTH - MARGIN_X, cut_y)
            canvas.setDash()
            canvas.setFont(small.fontName, 8)
            canvas.setFillColor(GREY)
            canvas.drawString(MARGIN_X, cut_y + 2, "✂ " + t["cut"])
            strip = Frame(
                MARGIN_X,
                14 * mm,
                FRAME_WIDTH,
                cut_y - 6 * mm - 14 * mm,
                leftPadding=0,
                rightPadding=0,
                topPadding=0,
                bottomPadding=0,
            )
            strip.addFromList(_strip(household, t, language, simple), canvas)
            canvas.setFont(small.fontName, 7)
            canvas.setFillColor(GREY)
            draw_string(
                canvas,
                MARGIN_X,
                8 * mm,
                t["footer"].format(children=_children(household, language)),
                small.fontName,
                7,
            )
            canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def render_evening_invitations(
    work: Work, day: dt.date, *, plain: bool = False, language: str = "nl"
) -> bytes:
    """The invitations of the evening(s) on ``day``: one A4 per household."""
    found = [e for e in invitations_on(work, day) if e.households]
    if not found:
        if not invitations_on(work, day):
            raise UserFacingError(
                labels(language)["no_evening"].format(date=format_date(day, language))
            )
        raise UserFacingError(
            translation(language)
            .gettext(N_("Op {date} is er niemand meer uit te nodigen."))
            .format(date=format_date(day, language))
        )
    return render_invitations(found, language=language, plain=plain)
