"""The reflection journal: the teacher's look back after each talk and after each evening.

After a talk the teacher answers the short reflection (goal achieved, two-way, what went well,
what next time; ``talks.set_reflection``); after an evening, what went well and what to do
differently next time (``set_evening_reflection``). ``journal`` lists both, newest first, each
with its talk or evening and the focus skills of its preparations. ``previous_reflection`` finds
what went well and what to do next time from the last talk with the same parents, for the next
preparation.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import selectinload

from parentconv.i18n import N_
from parentconv.services import validation as v
from parentconv.services.views import full_name
from parentconv.store.models import Evening, Talk, TalkStatus, talk_carers
from parentconv.store.work import Work

MAX_LINE = 2_000


@dataclass(frozen=True)
class JournalEntry:
    """One look back: a held talk's reflection, or an evening's."""

    kind: str
    """"talk" or "evening"."""
    when: dt.datetime
    went_well: str
    next_time: str
    focus_skills: tuple[str, ...]
    """The preparation's focus skills (of every talk that evening, for an evening)."""
    talk_id: int | None = None
    evening_id: int | None = None
    pupil_id: int | None = None
    pupil_name: str = ""
    type_key: str = ""
    goal_achieved: str | None = None
    two_way: bool | None = None
    talks_held: int = 0
    """For an evening: how many of its talks were held."""


@dataclass(frozen=True)
class EveningReflection:
    evening_id: int
    starts_at: dt.datetime
    went_well: str
    next_time: str
    reflected_at: dt.datetime | None


@dataclass(frozen=True)
class PreviousReflection:
    """What went well and what next time, from the last held talk with these parents."""

    talk_id: int
    when: dt.datetime
    pupil_name: str
    type_key: str
    went_well: str
    next_time: str


def _reflected_talk() -> ColumnElement[bool]:
    return or_(
        Talk.goal_achieved.is_not(None),
        Talk.two_way.is_not(None),
        Talk.went_well != "",
        Talk.next_time != "",
    )


def _focus(talk: Talk) -> tuple[str, ...]:
    return tuple(str(k) for k in talk.preparation.focus_skills) if talk.preparation else ()


def _pupil_name(talk: Talk) -> str:
    p = talk.pupil
    return full_name(p.given_name, p.infix, p.family_name)


def journal(work: Work) -> tuple[JournalEntry, ...]:
    """Every reflection, newest first: held talks with a reflection, and reflected evenings."""
    s = work.session
    talks = s.scalars(
        select(Talk)
        .options(selectinload(Talk.pupil), selectinload(Talk.preparation))
        .where(Talk.status == TalkStatus.HELD.value, _reflected_talk())
    ).all()
    entries = [
        JournalEntry(
            kind="talk",
            when=t.held_at or t.starts_at,
            went_well=t.went_well or "",
            next_time=t.next_time or "",
            focus_skills=_focus(t),
            talk_id=t.id,
            evening_id=t.evening_id,
            pupil_id=t.pupil_id,
            pupil_name=_pupil_name(t),
            type_key=t.type_key,
            goal_achieved=t.goal_achieved,
            two_way=t.two_way,
        )
        for t in talks
    ]
    evenings = s.scalars(
        select(Evening)
        .options(selectinload(Evening.slots).selectinload(Talk.preparation))
        .where(Evening.reflected_at.is_not(None))
    ).all()
    for e in evenings:
        held = [t for t in e.slots if t.status == TalkStatus.HELD.value]
        focus = tuple(dict.fromkeys(k for t in held for k in _focus(t)))
        entries.append(
            JournalEntry(
                kind="evening",
                when=e.starts_at,
                went_well=e.went_well or "",
                next_time=e.next_time or "",
                focus_skills=focus,
                evening_id=e.id,
                talks_held=len(held),
            )
        )
    # Newest first; an evening after its own talks (it is looked back on when they are done).
    entries.sort(key=lambda x: (x.when.date(), x.kind == "evening", x.when), reverse=True)
    return tuple(entries)


def _evening_view(e: Evening) -> EveningReflection:
    return EveningReflection(
        e.id, e.starts_at, e.went_well or "", e.next_time or "", e.reflected_at
    )


def evening_reflection(work: Work, evening_id: int) -> EveningReflection:
    return _evening_view(work.get_or_fail(Evening, evening_id, N_("Deze gesprekkenavond")))


def set_evening_reflection(
    work: Work, evening_id: int, *, went_well: str, next_time: str
) -> EveningReflection:
    """The teacher's look back on an evening; both lines empty takes it out of the journal."""
    well = v.optional_text(went_well, field="went_well", label=N_("Ging goed"), max_length=MAX_LINE)
    line = v.optional_text(
        next_time, field="next_time", label=N_("Volgende keer"), max_length=MAX_LINE
    )
    evening = work.get_or_fail(Evening, evening_id, N_("Deze gesprekkenavond"))
    evening.went_well, evening.next_time = well, line
    evening.reflected_at = work.now() if (well or line) else None
    work.session.flush()
    work.touch(evenings=[evening.id])
    return _evening_view(evening)


def previous_reflection(work: Work, talk_id: int) -> PreviousReflection | None:
    """From the last held talk before this one with the same pupil or any of the same carers
    (a sibling's talk with these parents counts): what went well and what next time."""
    s = work.session
    talk = s.scalars(
        select(Talk).options(selectinload(Talk.carers)).where(Talk.id == talk_id)
    ).first()
    if talk is None:
        return None
    carer_ids = [c.id for c in talk.carers]
    same_people = Talk.pupil_id == talk.pupil_id
    if carer_ids:
        shared = select(talk_carers.c.talk_id).where(talk_carers.c.carer_id.in_(carer_ids))
        same_people = or_(same_people, Talk.id.in_(shared))
    before = s.scalars(
        select(Talk)
        .options(selectinload(Talk.pupil))
        .where(
            Talk.id != talk.id,
            Talk.status == TalkStatus.HELD.value,
            Talk.starts_at < talk.starts_at,
            same_people,
            or_(Talk.went_well != "", Talk.next_time != ""),
        )
        .order_by(Talk.starts_at.desc(), Talk.id.desc())
        .limit(1)
    ).first()
    if before is None:
        return None
    return PreviousReflection(
        talk_id=before.id,
        when=before.held_at or before.starts_at,
        pupil_name=_pupil_name(before),
        type_key=before.type_key,
        went_well=before.went_well or "",
        next_time=before.next_time or "",
    )
