"""Talks: plan, edit, list, delete; notes, status and checklist ticks."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import joinedload, selectinload

from parentconv.catalog import load_catalog
from parentconv.dates import day_bounds
from parentconv.errors import ValidationError
from parentconv.i18n import N_, _
from parentconv.services import validation as v
from parentconv.services.agreements import agreement_view
from parentconv.services.completeness import completeness_of
from parentconv.services.evening_times import recompute
from parentconv.services.people import carer_view, pupil_view, pupil_with_carers
from parentconv.services.stale import merge_text, other_window_marker
from parentconv.services.views import PupilDetails, TalkView, full_name
from parentconv.store.models import (
    Agreement,
    AgreementStatus,
    Carer,
    ChecklistTick,
    Pupil,
    Talk,
    TalkRevision,
    TalkStatus,
)
from parentconv.store.work import Work

MAX_NOTE = 200_000  # about 30,000 words: far beyond any note, small enough to stay fast
STATUSES = frozenset(s.value for s in TalkStatus)
REFLECTION_ANSWERS = frozenset({"yes", "partly", "no"})


def talk_view(talk: Talk) -> TalkView:
    pupil = talk.pupil
    return TalkView(
        id=talk.id,
        pupil_id=talk.pupil_id,
        pupil_name=full_name(pupil.given_name, pupil.infix, pupil.family_name),
        pupil_given_name=pupil.given_name,
        type_key=talk.type_key,
        starts_at=talk.starts_at,
        duration_minutes=talk.duration_minutes,
        location=talk.location,
        status=talk.status,
        child_present=talk.child_present,
        carer_ids=tuple(sorted(c.id for c in talk.carers)),
        other_participants=talk.other_participants,
        shared_notes=talk.shared_notes,
        private_notes=talk.private_notes,
        goal_achieved=talk.goal_achieved,
        two_way=talk.two_way,
        next_time=talk.next_time,
        ticked_steps=tuple(t.step_number for t in talk.checklist_steps),
        completeness=completeness_of(talk.preparation, talk.duration_minutes),
        evening_id=talk.evening_id,
        slot_index=talk.slot_index,
        elapsed_seconds=talk.elapsed_seconds or 0,
        cancel_reason=talk.cancel_reason or "",
        held_at=talk.held_at,
        version=talk.version or 1,
        went_well=talk.went_well or "",
        reply=talk.reply or "",
        reply_note=talk.reply_note or "",
        replied_at=talk.replied_at,
    )


# Load what talk_view reads in the same query, so a list of talks costs three queries, not N.
TALK_LOADS_OF_A_PUPIL = (
    selectinload(Talk.carers),
    selectinload(Talk.checklist_steps),
    joinedload(Talk.preparation),  # one row at most: in the talks' own query
)
"""What a talk view reads, for talks of a pupil already loaded in the same session."""
TALK_LOADS = (*TALK_LOADS_OF_A_PUPIL, selectinload(Talk.pupil))


@dataclass
class TalkInput:
    """The basics of a talk as the form sends them. Empty duration: the type's default."""

    pupil_id: int
    type_key: str
    date: str
    start_time: str
    duration_minutes: int | None = None
    location: str = ""
    child_present: bool | None = None
    carer_ids: list[int] = field(default_factory=list)
    other_participants: str = ""


def conversation_type_keys() -> frozenset[str]:
    return frozenset(t.key for t in load_catalog().conversation_types)


def touch_talk(work: Work, talk: Talk) -> None:
    """Record that this talk changed (and so its pupil and its evening)."""
    work.touch(
        talks=[talk.id],
        pupils=[talk.pupil_id],
        evenings=[talk.evening_id] if talk.evening_id is not None else [],
    )


def _apply_input(work: Work, talk: Talk, data: TalkInput) -> None:
    """Check everything first, then change the talk: a mistake leaves it as it was."""
    ctype_key = v.one_of(
        data.type_key, conversation_type_keys(), field="type_key", label=N_("Soort gesprek")
    )
    ctype = load_catalog().conversation_type(ctype_key)
    day = v.planning_date(data.date, field="date", label=N_("Datum"))
    start = v.parse_time(data.start_time, field="start_time", label=N_("Begintijd"))
    minutes = v.duration_minutes(
        ctype.default_minutes if data.duration_minutes is None else data.duration_minutes
    )
    location = v.optional_text(data.location, field="location", label=N_("Locatie"))
    others = v.optional_text(
        data.other_participants,
        field="other_participants",
        label=N_("Andere deelnemers"),
        max_length=2000,
    )
    pupil = work.get_or_fail(Pupil, data.pupil_id, N_("Deze leerling"))
    carers = [work.get_or_fail(Carer, cid, N_("Deze ouder/verzorger")) for cid in data.carer_ids]
    foreign = [c.name for c in carers if pupil not in c.pupils]
    if foreign:
        raise ValidationError(
            _("{names} hoort niet bij {pupil}.").format(
                names=", ".join(foreign), pupil=pupil.given_name
            ),
            "carer_ids",
        )
    talk.pupil = pupil
    talk.type_key = ctype_key
    talk.starts_at = dt.datetime.combine(day, start)
    talk.duration_minutes = minutes
    talk.location = location
    talk.child_present = ctype.child_present if data.child_present is None else data.child_present
    talk.carers = carers
    talk.other_participants = others


def create_talk(work: Work, *, data: TalkInput) -> TalkView:
    """Plan a talk with a pupil's carers."""
    s = work.session
    talk = Talk(status=TalkStatus.PLANNED.value)
    _apply_input(work, talk, data)
    s.add(talk)
    s.flush()
    touch_talk(work, talk)
    return talk_view(talk)


def update_talk(work: Work, talk_id: int, *, data: TalkInput) -> TalkView:
    """Change the basics; a prepared talk whose new length breaks nothing stays prepared."""
    s = work.session
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    touch_talk(work, talk)  # the pupil it was about, too
    _apply_input(work, talk, data)
    if talk.evening is not None:
        # A slot's time follows from its evening; a new length becomes the slot's own.
        evening = talk.evening
        talk.slot_minutes = (
            None if talk.duration_minutes == evening.slot_minutes else talk.duration_minutes
        )
        recompute(evening)
        work.touch(talks=[t.id for t in evening.slots])
    sync_prepared_status(talk)
    s.flush()
    touch_talk(work, talk)
    return talk_view(talk)


def sync_prepared_status(talk: Talk) -> None:
    """ "prepared" follows the preparation: planned <-> prepared; held/cancelled stay."""
    complete = completeness_of(talk.preparation, talk.duration_minutes).is_prepared
    if complete and talk.status == TalkStatus.PLANNED.value:
        talk.status = TalkStatus.PREPARED.value
    elif not complete and talk.status == TalkStatus.PREPARED.value:
        talk.status = TalkStatus.PLANNED.value


def get_talk(work: Work, talk_id: int) -> TalkView:
    return talk_view(work.get_or_fail(Talk, talk_id, N_("Dit gesprek")))


def delete_talk(work: Work, talk_id: int) -> None:
    """Delete a talk; agreements made in it stay with the pupil."""
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    touch_talk(work, talk)
    work.touch(
        agreements=[
            a.id
            for a in work.session.scalars(select(Agreement).where(Agreement.talk_id == talk_id))
        ]
    )
    work.session.delete(talk)
    work.erased = True  # its notes or words: wipe them from the index and the WAL


def list_talks(work: Work, *, pupil_id: int | None = None) -> list[TalkView]:
    """Talks, newest first (of one pupil, or all)."""
    s = work.session
    query = select(Talk).options(*TALK_LOADS).order_by(Talk.starts_at.desc(), Talk.id)
    if pupil_id is not None:
        query = query.where(Talk.pupil_id == pupil_id)
    return [talk_view(t) for t in s.scalars(query)]


def talks_on(work: Work, day: dt.date) -> list[TalkView]:
    """The talks of one date, in time order."""
    first, last = day_bounds(day)
    s = work.session
    query = (
        select(Talk)
        .options(*TALK_LOADS)
        .where(Talk.starts_at >= first, Talk.starts_at <= last)
        .order_by(Talk.starts_at, Talk.id)
    )
    return [talk_view(t) for t in s.scalars(query)]


def set_status(work: Work, talk_id: int, status: str) -> TalkView:
    status = v.one_of(status, STATUSES, field="status", label=N_("Status"))
    s = work.session
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    talk.status = status
    if status == TalkStatus.HELD.value and talk.held_at is None:
        talk.held_at = min(talk.starts_at, work.now())
    elif status != TalkStatus.HELD.value:
        talk.held_at = None
    s.flush()
    touch_talk(work, talk)
    return talk_view(talk)


def set_notes(work: Work, talk_id: int, *, shared: str, private: str) -> TalkView:
    """Store the shared note (may go to parents) and the private note (never printed for them).

    A correction after the talk was held keeps the earlier text in the talk's revisions (one
    entry per note per correction session: typing on within a few minutes adds no new entry).
    """
    shared_text = v.optional_text(
        shared, field="shared_notes", label=N_("Gedeelde notitie"), max_length=MAX_NOTE
    )
    private_text = v.optional_text(
        private, field="private_notes", label=N_("Privénotitie"), max_length=MAX_NOTE
    )
    s = work.session
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    if talk.status == TalkStatus.HELD.value:
        for field_name, new in (("shared_notes", shared_text), ("private_notes", private_text)):
            old = getattr(talk, field_name)
            if old != new:
                _keep_revision(work, talk, field_name, old)
    if talk.private_notes != private_text:
        # The note is a row of its own (PrivateNote): the talk still changes version, so
        # another window's save of it is merged, not overwritten.
        talk.updated_at = work.now()
    talk.shared_notes, talk.private_notes = shared_text, private_text
    s.flush()
    touch_talk(work, talk)
    return talk_view(talk)


@dataclass(frozen=True)
class NotesSeen:
    """The notes as a window last showed them, with the talk's version then."""

    version: int
    shared: str
    private: str

    @classmethod
    def of(cls, talk: TalkView) -> NotesSeen:
        return cls(talk.version, talk.shared_notes, talk.private_notes)


@dataclass(frozen=True)
class NotesSaved:
    talk: TalkView
    merged: tuple[str, ...]
    """The notes that another window had changed too: both texts were kept."""


def save_notes(
    work: Work, talk_id: int, *, shared: str, private: str, seen: NotesSeen | None
) -> NotesSaved:
    """``set_notes`` from a window: merged with what another window stored since ``seen``."""
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    merged: list[str] = []
    if seen is not None and talk.version != seen.version:
        marker = other_window_marker(talk.updated_at)
        shared, both = merge_text(seen.shared, shared, talk.shared_notes, marker)
        if both:
            merged.append("shared_notes")
        private, both = merge_text(seen.private, private, talk.private_notes, marker)
        if both:
            merged.append("private_notes")
    view = set_notes(work, talk_id, shared=shared, private=private)
    return NotesSaved(view, tuple(merged))


REVISION_SESSION = dt.timedelta(minutes=10)


def _keep_revision(work: Work, talk: Talk, field_name: str, old_text: str) -> None:
    """Remember the text before a correction, unless this correction is still going on."""
    last = next((r for r in reversed(talk.revisions) if r.field == field_name), None)
    if last is not None and work.now() - last.changed_at < REVISION_SESSION:
        return  # the teacher is still typing this correction; the first old text is kept
    talk.revisions.append(TalkRevision(changed_at=work.now(), field=field_name, old_text=old_text))


def set_step_done(work: Work, talk_id: int, step_number: int, done: bool) -> TalkView:
    """Tick (or untick) one of the 16 checklist steps for a talk."""
    if not 1 <= step_number <= len(load_catalog().steps):
        raise ValidationError(
            _("Stap {step_number} bestaat niet.").format(step_number=step_number), "step_number"
        )
    s = work.session
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    tick = s.get(ChecklistTick, (talk_id, step_number))
    if done and tick is None:
        s.add(ChecklistTick(talk_id=talk_id, step_number=step_number))
    elif not done and tick is not None:
        s.delete(tick)
    s.flush()
    s.refresh(talk)
    touch_talk(work, talk)
    return talk_view(talk)


def set_reflection(
    work: Work,
    talk_id: int,
    *,
    goal_achieved: str | None,
    two_way: bool | None,
    next_time: str,
    went_well: str | None = None,
) -> TalkView:
    """After the talk: goal achieved (yes/partly/no), two-way or not, one line on what went
    well (None: leave it as it is) and one for next time."""
    if goal_achieved is not None:
        v.one_of(goal_achieved, REFLECTION_ANSWERS, field="goal_achieved", label=N_("Doel bereikt"))
    line = v.optional_text(next_time, field="next_time", label=N_("Volgende keer"), max_length=2000)
    well = (
        v.optional_text(went_well, field="went_well", label=N_("Ging goed"), max_length=2000)
        if went_well is not None
        else None
    )
    s = work.session
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    talk.goal_achieved, talk.two_way, talk.next_time = goal_achieved, two_way, line
    if well is not None:
        talk.went_well = well
    s.flush()
    touch_talk(work, talk)
    return talk_view(talk)


def pupil_details(work: Work, pupil_id: int) -> PupilDetails:
    """The pupil with carers, talks (newest first) and open agreements (oldest due first)."""
    s = work.session
    pupil = pupil_with_carers(work, pupil_id)
    talks = s.scalars(
        select(Talk)
        .options(*TALK_LOADS_OF_A_PUPIL)  # the pupil is loaded: each talk finds it in the session
        .where(Talk.pupil_id == pupil_id)
        .order_by(Talk.starts_at.desc(), Talk.id)
    ).all()
    agreements = s.scalars(
        select(Agreement)
        .options(selectinload(Agreement.history))
        .where(Agreement.pupil_id == pupil_id, Agreement.status == AgreementStatus.OPEN.value)
        .order_by(Agreement.due_on.is_(None), Agreement.due_on, Agreement.id)
    ).all()
    return PupilDetails(
        pupil=pupil_view(pupil),
        carers=tuple(carer_view(c) for c in sorted(pupil.carers, key=lambda c: c.id)),
        talks=tuple(talk_view(t) for t in talks),
        open_agreements=tuple(agreement_view(a) for a in agreements),
    )


def upcoming_talk(work: Work, pupil_id: int) -> TalkView | None:
    """The pupil's first planned or prepared talk from today on, if any."""
    start = dt.datetime.combine(work.today(), dt.time.min)
    s = work.session
    talk = s.scalars(
        select(Talk)
        .options(*TALK_LOADS)
        .where(
            Talk.pupil_id == pupil_id,
            Talk.starts_at >= start,
            Talk.status.in_([TalkStatus.PLANNED.value, TalkStatus.PREPARED.value]),
        )
        .order_by(Talk.starts_at, Talk.id)
    ).first()
    return talk_view(talk) if talk is not None else None


def plan_default_talk(work: Work, pupil_id: int) -> TalkView:
    """A new ten-minute talk at the next half hour, with all the pupil's carers invited."""
    pupil = work.get_or_fail(Pupil, pupil_id, N_("Deze leerling"))
    carer_ids = [c.id for c in pupil.carers]
    now = work.now()
    minutes = 30 - now.minute % 30
    start = (now + dt.timedelta(minutes=minutes)).replace(second=0, microsecond=0)
    return create_talk(
        work,
        data=TalkInput(
            pupil_id=pupil_id,
            type_key="ten_minute",
            date=start.date().isoformat(),
            start_time=f"{start.hour:02d}:{start.minute:02d}",
            carer_ids=carer_ids,
        ),
    )
