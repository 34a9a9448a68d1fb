"""The one-page talk summary: the teacher's copy and the parents' copy.

The teacher's copy holds everything about the talk, private notes and the reflection included;
the parents' copy is written for parents: no private notes, no preparation internals (goals,
key message, expressive and relational notes, focus skills) and no reflection, with the
agreements grouped by who does what. Nothing about other pupils is printed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from parentconv.catalog import Catalog, load_catalog
from parentconv.dates import format_date, format_date_long, format_time
from parentconv.errors import UserFacingError, ValidationError
from parentconv.i18n import _
from parentconv.pdf.blocks import Block, Fields, Heading, Items, Page, Text, clean
from parentconv.pdf.labels import labels
from parentconv.services.evenings import evenings_on
from parentconv.services.talk_mode import TalkDetails, talk_details
from parentconv.services.views import AgreementView, CarerView
from parentconv.store.work import Work

COPIES = ("teacher", "parents")


def carers_present(view: TalkDetails) -> list[CarerView]:
    """The carers invited to this talk (all the pupil's carers if none were chosen)."""
    chosen = [c for c in view.carers if c.id in view.talk.carer_ids]
    return chosen or list(view.carers)


def carer_line(carer: CarerView, t: Mapping[str, str], *, interpreter: bool) -> str:
    relation = f" ({carer.relation})" if carer.relation.strip() else ""
    need = ""
    if interpreter and carer.interpreter_needed:
        language = f": {carer.language}" if carer.language.strip() else ""
        need = f" – {t['interpreter_needed']}{language}"
    return f"{carer.name}{relation}{need}"


def goal_lines(view: TalkDetails, catalog: Catalog) -> list[tuple[str, ...]]:
    lines: list[tuple[str, ...]] = []
    for goal in view.preparation.goals:
        try:
            name = catalog.goal_type(goal.key).name
        except KeyError:
            name = goal.key
        lines.append((f"{name}: {goal.outcome}" if goal.outcome.strip() else name,))
    return lines


def type_name(catalog: Catalog, key: str) -> str:
    try:
        return catalog.conversation_type(key).name
    except KeyError:
        return key


def skill_name(catalog: Catalog, key: str) -> str:
    try:
        return catalog.skill(key).name
    except KeyError:
        return key


def owner_name(owner: str, given_name: str, t: Mapping[str, str]) -> str:
    if owner == "child":
        return given_name
    return t.get(f"owner_{owner}", owner)


def due_text(day: dt.date | None, language: str) -> str:
    return format_date(day, language) if day is not None else ""


def status_in_talk(agreement: AgreementView, talk_id: int) -> tuple[str, str] | None:
    """The last status this agreement got in this talk, with its note; None if not reviewed."""
    entries = [h for h in agreement.history if h.talk_id == talk_id]
    if not entries:
        return None
    return entries[-1].status, entries[-1].note


def numeric_date(day: dt.date) -> str:
    return f"{day.day:02d}-{day.month:02d}-{day.year}"


def _reflection(value: str | None, t: Mapping[str, str]) -> str:
    return t.get(value, value) if value else t["not_filled"]


def _teacher_page(view: TalkDetails, language: str) -> list[Block]:
    t = labels(language)
    catalog = load_catalog(language)
    talk, prep, pupil = view.talk, view.preparation, view.pupil
    present = [carer_line(c, t, interpreter=True) for c in carers_present(view)]
    if talk.child_present:
        present.append(t["child_present"].format(name=pupil.given_name))
    if talk.other_participants.strip():
        present.append(talk.other_participants)
    blocks: list[Block] = [
        Text(t["teacher_title"], style="title", shrinkable=False),
        Fields(
            [
                (t["pupil"], pupil.name),
                (t["group"], pupil.group_name),
                (
                    t["date"],
                    f"{format_date(talk.starts_at.date(), language)}, "
                    f"{format_time(talk.starts_at)}–{format_time(talk.ends_at)}",
                ),
                (t["type"], type_name(catalog, talk.type_key)),
                (t["present"], "; ".join(clean(p) for p in present) or "–"),
                (t["location"], talk.location or "–"),
            ]
        ),
    ]
    goals = goal_lines(view, catalog)
    if goals or talk.goal_achieved:
        blocks.append(Heading(t["goals"]))
        if goals:
            blocks.append(Items(goals, more=t["more"]))
        blocks.append(Text(_reflection(talk.goal_achieved, t), label=t["goal_achieved"]))
    if prep.key_message.strip():
        blocks += [Heading(t["key_message"]), Text(prep.key_message)]
    if prep.qualities:
        blocks += [Heading(t["qualities"]), Items([(q,) for q in prep.qualities], more=t["more"])]
    if prep.growth_opportunities:
        growth = [(g,) for g in prep.growth_opportunities]
        blocks += [Heading(t["growth"]), Items(growth, more=t["more"])]
    blocks.append(Heading(t["agreements"]))
    if view.made_here:
        rows = [
            (
                a.text,
                owner_name(a.owner, pupil.given_name, t),
                due_text(a.due_on, language),
            )
            for a in view.made_here
        ]
        blocks.append(
            Items(
                rows,
                headers=(t["what"], t["who"], t["by_when"]),
                widths=(0.64, 0.16, 0.20),
                more=t["more"],
            )
        )
    else:
        blocks.append(Text(t["no_agreements"]))
    if view.to_review:
        rows = []
        for a in view.to_review:
            found = status_in_talk(a, talk.id)
            if found is None:
                status = t["not_reviewed"]
            else:
                status = t.get(f"agreement_{found[0]}", found[0])
                if found[1].strip():
                    status = f"{status} – {found[1]}"
            rows.append((a.text, owner_name(a.owner, pupil.given_name, t), status))
        blocks += [
            Heading(t["reviewed"]),
            Items(
                rows,
                headers=(t["what"], t["who"], t["status"]),
                widths=(0.54, 0.16, 0.30),
                more=t["more"],
            ),
        ]
    if talk.shared_notes.strip():
        blocks += [Heading(t["shared_notes"]), Text(talk.shared_notes)]
    if talk.private_notes.strip():
        blocks += [
            Heading(t["private_notes"]),
            Text(talk.private_notes, style="private", label=t["private_label"]),
        ]
    blocks += [
        Heading(t["reflection"]),
        Text(
            _reflection(None if talk.two_way is None else ("yes" if talk.two_way else "no"), t),
            label=t["two_way"],
            shrinkable=False,
        ),
        Text(talk.next_time or t["not_filled"], label=t["next_time"]),
    ]
    return blocks


def _grouped(
    agreements: Sequence[AgreementView], given_name: str, t: Mapping[str, str], language: str
) -> list[Block]:
    """The agreements by who does what; never cut (they are what parents need most)."""
    titles = {
        "school": t["parents_school"],
        "parents": t["parents_home"],
        "child": t["parents_child"].format(name=given_name),
        "other": t["parents_other"],
    }
    blocks: list[Block] = []
    for owner, title in titles.items():
        mine = [a for a in agreements if a.owner == owner]
        if not mine:
            continue
        rows = [
            (
                f"{a.text} ({t['before'].format(date=format_date_long(a.due_on, language))})"
                if a.due_on
                else a.text,
            )
            for a in mine
        ]
        blocks += [
            Text(title, style="sub", shrinkable=False),
            Items(rows, more=t["more"], shrinkable=False),
        ]
    return blocks


def _parents_page(view: TalkDetails, language: str) -> list[Block]:
    t = labels(language)
    talk, prep, pupil = view.talk, view.preparation, view.pupil
    given = pupil.given_name
    names = [carer_line(c, t, interpreter=False) for c in carers_present(view)]
    if talk.child_present:
        names.append(given)
    if talk.other_participants.strip():
        names.append(talk.other_participants)
    blocks: list[Block] = [
        Text(t["parents_title"], style="title", shrinkable=False),
        Text(
            t["parents_intro"].format(
                date=format_date_long(talk.happened_on, language),
                time=format_time(talk.starts_at),
                name=pupil.name,
                group=pupil.group_name,
            ),
            style="lead",
            shrinkable=False,
        ),
    ]
    if names:
        blocks.append(Text(t["parents_present"].format(names=", ".join(clean(n) for n in names))))
    more = t["parents_more"]
    if prep.qualities:
        blocks += [
            Heading(t["parents_qualities"].format(name=given)),
            Items([(q,) for q in prep.qualities], more=t["more"], marker=more),
        ]
    if prep.growth_opportunities:
        blocks += [
            Heading(t["parents_growth"].format(name=given)),
            Items([(g,) for g in prep.growth_opportunities], more=t["more"], marker=more),
        ]
    blocks.append(Heading(t["parents_agreements"]))
    blocks += _grouped(view.made_here, given, t, language) or [Text(t["no_agreements"])]
    reviewed = [(a, status_in_talk(a, talk.id)) for a in view.to_review]
    rows = [
        (a.text, t.get(f"agreement_{found[0]}", found[0]))
        for a, found in reviewed
        if found is not None
    ]
    if rows:
        blocks += [
            Heading(t["parents_reviewed"]),
            Items(rows, more=t["more"], shrinkable=False),
        ]
    if talk.shared_notes.strip():
        # Cut first when the page is full, with a line that the teacher can tell more.
        blocks += [Heading(t["parents_notes"]), Text(talk.shared_notes, marker=more)]
    blocks.append(Text(t["parents_closing"], style="small", shrinkable=False))
    return blocks


def summary_page(view: TalkDetails, copy: str, language: str = "nl") -> tuple[Page, str, str]:
    """The page, its PDF title and its subject."""
    t = labels(language)
    pupil, talk = view.pupil, view.talk
    day = numeric_date(talk.starts_at.date())
    build = _teacher_page if copy == "teacher" else _parents_page
    blocks = build(view, language)
    title = f"{t[f'{copy}_title']} – {clean(pupil.name)} – {day}"
    footer = f"{t[f'{copy}_title']} – {clean(pupil.name)} – {day}"
    page = Page(
        blocks,
        footer=footer,
        footer_note=t[f"{copy}_footer_note"],
        may_continue=copy == "parents",
        continued=t["continued"],
    )
    return page, title, t[f"{copy}_subject"]


def parents_page(
    view: TalkDetails, language: str = "nl", *, plain: bool | None = None
) -> tuple[Page, str, str]:
    """The parents' copy: in plain language if ``plain``, or (``None``) if the household
    wants it (a carer at the talk asked for it or reads with difficulty)."""
    from parentconv.pdf.plain_copy import plain_page, wants_plain

    if wants_plain(view) if plain is None else plain:
        return plain_page(view, language)
    return summary_page(view, "parents", language)


def render_talk_summary(
    work: Work,
    talk_id: int,
    *,
    copy: str = "teacher",
    language: str = "nl",
    plain: bool | None = None,
) -> bytes:
    """The summary of one talk as a one-page A4 PDF (``copy``: ``teacher`` or ``parents``).

    The parents' copy is in plain language when ``plain`` is true, or, by default (``None``),
    when a carer at the talk wants it; ``False`` gives the usual copy."""
    if copy not in COPIES:
        raise ValidationError(
            _("Onbekende versie '{copy}' (teacher of parents).").format(copy=copy), "copy"
        )
    if plain and copy != "parents":
        raise ValidationError(
            _("Eenvoudige taal is er alleen voor het verslag voor ouders."),
            "plain",
        )
    view = talk_details(work, talk_id)
    if copy == "parents":
        page, title, subject = parents_page(view, language, plain=plain)
    else:
        page, title, subject = summary_page(view, copy, language)
    from parentconv.pdf.layout import Metadata, render

    return render([page], Metadata(title=title, subject=subject), labels(language)["marker"])


def render_parents_copies(work: Work, day: dt.date, *, language: str = "nl") -> bytes:
    """The parents' copy of every talk held on the evening(s) of ``day``, in slot order; in
    plain language for the households that want it."""
    t = labels(language)
    talk_ids = [
        slot.talk.id
        for evening in evenings_on(work, day)
        for slot in evening.slots
        if slot.talk.status == "held"
    ]
    if not talk_ids:
        raise UserFacingError(t["no_held_talks"].format(date=format_date(day, language)))
    pages = [parents_page(talk_details(work, tid), language)[0] for tid in talk_ids]
    from parentconv.pdf.layout import Metadata, render

    title = t["parents_copies_title"].format(date=numeric_date(day))
    return render(pages, Metadata(title=title, subject=t["parents_subject"]), t["marker"])
