"""The evening pack: the evening's schedule, then one preparation sheet per talk.

Each sheet is for the table during the talk: goal, key message, qualities, growth
opportunities, the earlier agreements to review, the questions, the focus skills and the
16-step checklist as tick boxes. Every page is fitted like the summary: one page per talk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from parentconv.catalog import Catalog, load_catalog
from parentconv.dates import format_date, format_time
from parentconv.errors import UserFacingError
from parentconv.pdf.blocks import Block, Checklist, Fields, Heading, Items, Page, Text, clean
from parentconv.pdf.labels import labels
from parentconv.pdf.summary import (
    carer_line,
    carers_present,
    due_text,
    goal_lines,
    numeric_date,
    owner_name,
    skill_name,
    type_name,
)
from parentconv.services.evenings import EveningView, Slot, evenings_on
from parentconv.services.talk_mode import TalkDetails, talk_details
from parentconv.store.work import Work


def _interpreter(slot: Slot) -> str:
    languages = [c.language.strip() or "?" for c in slot.carers if c.interpreter_needed]
    return ", ".join(dict.fromkeys(languages))


def schedule_page(evenings: list[EveningView], day: dt.date, language: str) -> Page:
    t = labels(language)
    blocks: list[Block] = [
        Text(
            t["evening_title"].format(date=format_date(day, language)),
            style="title",
            shrinkable=False,
        ),
    ]
    for evening in evenings:
        where = f" – {evening.location}" if evening.location.strip() else ""
        times = f"{format_time(evening.starts_at)} – {format_time(evening.ends_at)}"
        blocks.append(Text(f"{times}{where}", style="lead", shrinkable=False))
        if not evening.slots:
            blocks.append(Text(t["no_talks"], shrinkable=False))
            continue
        rows: list[tuple[str, ...]] = []
        for slot in evening.slots:
            if slot.break_before:
                rows.append(("", t["break"].format(n=slot.break_before), "", "", "", ""))
            talk = slot.talk
            name = talk.pupil_name
            if talk.status == "cancelled" and talk.cancel_reason == "no_show":
                name = f"{name} ({t['no_show']})"
            elif talk.status in ("cancelled", "held"):
                name = f"{name} ({t[talk.status]})"
            carers = "; ".join(carer_line(c, t, interpreter=False) for c in slot.carers)
            if talk.other_participants.strip():
                carers += ("\n" if carers else "") + t["also_present"].format(
                    text=talk.other_participants
                )
            rows.append(
                (
                    format_time(slot.starts_at),
                    name,
                    slot.group_name,
                    carers,
                    _interpreter(slot),
                    str(slot.open_agreements) if slot.open_agreements else "",
                )
            )
        blocks.append(
            Items(
                rows,
                headers=(
                    t["time"],
                    t["pupil"],
                    t["group"],
                    t["carers"],
                    t["interpreter"],
                    t["open_agreements"],
                ),
                widths=(0.08, 0.24, 0.13, 0.32, 0.15, 0.08),
                more=t["more"],
            )
        )
    footer = t["evening_meta_title"].format(date=numeric_date(day))
    return Page(blocks, footer=footer, footer_note=t["schedule_footer"])


def _checklist(catalog: Catalog, ticked: tuple[int, ...]) -> Checklist:
    return Checklist(
        [
            (phase.name, [(s.number, s.text, s.number in ticked) for s in phase.steps])
            for phase in catalog.phases
        ]
    )


def _section(blocks: list[Block], title: str, rows: Sequence[tuple[str, ...]], more: str) -> None:
    if rows:
        blocks += [Heading(title), Items(rows, more=more)]


def talk_sheet(view: TalkDetails, starts_at: dt.datetime, language: str) -> Page:
    t: Mapping[str, str] = labels(language)
    catalog = load_catalog(language)
    talk, prep, pupil = view.talk, view.preparation, view.pupil
    carers = [carer_line(c, t, interpreter=True) for c in carers_present(view)]
    extra = [talk.other_participants] if talk.other_participants.strip() else []
    if talk.child_present:
        extra.insert(0, t["child_joins"].format(name=pupil.given_name))
    blocks: list[Block] = [
        Text(f"{format_time(starts_at)} – {pupil.name}", style="title", shrinkable=False),
        Fields(
            [
                (t["group"], pupil.group_name),
                (t["type"], type_name(catalog, talk.type_key)),
                (t["carers"], "; ".join(clean(c) for c in carers) or "–"),
                (t["present"], "; ".join(clean(e) for e in extra) or "–"),
                (t["duration"], t["minutes"].format(n=talk.duration_minutes)),
                (t["location"], talk.location or "–"),
            ]
        ),
    ]
    if not talk.completeness.is_prepared:
        blocks.append(Text(t["not_prepared"], style="sub", shrinkable=False))
    _section(blocks, t["goals"], goal_lines(view, catalog), t["more"])
    if prep.key_message.strip():
        blocks += [Heading(t["key_message"]), Text(prep.key_message)]
    _section(blocks, t["qualities"], [(q,) for q in prep.qualities], t["more"])
    _section(blocks, t["growth"], [(g,) for g in prep.growth_opportunities], t["more"])
    if prep.classroom_actions.strip():
        blocks += [Heading(t["classroom_actions"]), Text(prep.classroom_actions)]
    wanted = set(prep.review_agreement_ids)
    review = [a for a in view.to_review if a.id in wanted]
    # Not prepared (nothing chosen to review): every open agreement of the pupil is on the sheet.
    open_before = [a for a in view.open_agreements if a.talk_id != talk.id]
    if not review and open_before:
        rows = [
            (
                f"☐ {a.text}",
                owner_name(a.owner, pupil.given_name, t),
                due_text(a.due_on, language),
            )
            for a in open_before
        ]
        blocks += [
            Heading(t["open_agreements_heading"].format(name=pupil.given_name)),
            Items(
                rows,
                headers=(t["what"], t["who"], t["since"]),
                widths=(0.64, 0.16, 0.20),
                more=t["more"],
            ),
        ]
    if review:
        rows = [
            (
                f"☐ {a.text}",
                owner_name(a.owner, pupil.given_name, t),
                due_text(a.due_on, language),
            )
            for a in review
        ]
        blocks += [
            Heading(t["to_review"]),
            Items(
                rows,
                headers=(t["what"], t["who"], t["since"]),
                widths=(0.64, 0.16, 0.20),
                more=t["more"],
            ),
        ]
    _section(blocks, t["my_questions"], [(q,) for q in prep.own_questions], t["more"])
    _section(blocks, t["parent_questions"], [(q,) for q in prep.parent_questions], t["more"])
    skills = [(skill_name(catalog, k),) for k in prep.focus_skills]
    _section(blocks, t["focus_skills"], skills, t["more"])
    blocks += [Heading(t["checklist"]), _checklist(catalog, talk.ticked_steps)]
    footer = t["sheet_footer"].format(time=format_time(starts_at), name=clean(pupil.name))
    note = f"{format_date(starts_at.date(), language)}"
    return Page(blocks, footer=footer, footer_note=note)


def render_evening_pack(work: Work, day: dt.date, language: str = "nl") -> bytes:
    """The schedule of the evening(s) on ``day``, then one page per talk, as one PDF."""
    t = labels(language)
    evenings = evenings_on(work, day)
    if not evenings:
        raise UserFacingError(t["no_evening"].format(date=format_date(day, language)))
    pages = [schedule_page(evenings, day, language)]
    for evening in evenings:
        for slot in evening.slots:
            pages.append(talk_sheet(talk_details(work, slot.talk.id), slot.starts_at, language))
    from parentconv.pdf.layout import Metadata, render

    meta = Metadata(
        title=t["evening_meta_title"].format(date=numeric_date(day)),
        subject=t["evening_subject"],
    )
    return render(pages, meta, t["marker"])
