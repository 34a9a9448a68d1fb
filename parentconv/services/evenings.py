"""Evenings (gesprekkenavonden): plan a block of slots, each slot a Talk; show conflicts."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from parentconv.catalog import load_catalog
from parentconv.dates import day_bounds
from parentconv.errors import NotFoundError, ValidationError
from parentconv.i18n import N_, _, n_
from parentconv.schedule import moved, overlaps, total_minutes
from parentconv.services import validation as v
from parentconv.services.agreements import open_agreement_counts
from parentconv.services.evening_times import MAX_SLOTS, times_of
from parentconv.services.evening_times import ordered_slots as _ordered
from parentconv.services.evening_times import recompute as _recompute
from parentconv.services.people import carer_view
from parentconv.services.talks import TALK_LOADS, talk_view
from parentconv.services.views import NOT_COMING, CarerView, TalkView, full_name
from parentconv.store.models import (
    Carer,
    Evening,
    Pupil,
    Talk,
    TalkStatus,
)
from parentconv.store.work import Work, id_is
from parentconv.text import fold

DEFAULT_SLOT_MINUTES = 10


@dataclass
class EveningInput:
    """The evening form as typed: date and times as text (ISO or Dutch), minutes as numbers."""

    date: str
    start_time: str
    location: str = ""
    slot_minutes: int = DEFAULT_SLOT_MINUTES
    gap_minutes: int = 0
    break_every: int = 0
    break_minutes: int = 0
    end_time: str = ""


@dataclass(frozen=True)
class Slot:
    """One row of the evening: the talk, its time, and what the teacher needs to see."""

    talk: TalkView
    index: int
    starts_at: dt.datetime
    minutes: int
    break_before: int
    minutes_overridden: bool
    group_name: str
    carers: tuple[CarerView, ...]
    open_agreements: int

    @property
    def ends_at(self) -> dt.datetime:
        return self.starts_at + dt.timedelta(minutes=self.minutes)

    @property
    def interpreter_needed(self) -> bool:
        return any(c.interpreter_needed for c in self.carers)


@dataclass(frozen=True)
class Conflict:
    """Something the teacher should see: ``error`` (overlap, twice, too late) or ``hint``."""

    kind: str
    severity: str
    talk_ids: tuple[int, ...]
    message: str


@dataclass(frozen=True)
class EveningView:
    id: int
    starts_at: dt.datetime
    ends_by: dt.datetime | None
    location: str
    slot_minutes: int
    gap_minutes: int
    break_every: int
    break_minutes: int
    slots: tuple[Slot, ...]
    conflicts: tuple[Conflict, ...] = field(default=())

    @property
    def ends_at(self) -> dt.datetime:
        return self.slots[-1].ends_at if self.slots else self.starts_at

    @property
    def date(self) -> dt.date:
        return self.starts_at.date()


# --- input -------------------------------------------------------------------------------------


def _minutes(value: int, field_name: str, label: str, minimum: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
        raise ValidationError(
            _("{label} moet minstens {minimum} minuten zijn.").format(
                label=_(label), minimum=minimum
            ),
            field_name,
        )
    if value > v.MAX_DURATION_MINUTES:
        raise ValidationError(_("{label}: hoogstens 8 uur.").format(label=_(label)), field_name)
    return value


@dataclass(frozen=True)
class _EveningFields:
    starts_at: dt.datetime
    ends_by: dt.datetime | None
    location: str
    slot_minutes: int
    gap_minutes: int
    break_every: int
    break_minutes: int

    def apply(self, evening: Evening) -> None:
        for name in self.__dataclass_fields__:
            setattr(evening, name, getattr(self, name))


def _clean(data: EveningInput) -> _EveningFields:
    day = v.planning_date(data.date, field="date", label=N_("Datum"))
    start = dt.datetime.combine(
        day, v.parse_time(data.start_time, field="start_time", label=N_("Begintijd"))
    )
    ends_by = None
    if data.end_time.strip():
        ends_by = dt.datetime.combine(
            day, v.parse_time(data.end_time, field="end_time", label=N_("Eindtijd"))
        )
        if ends_by <= start:
            raise ValidationError(_("De eindtijd ligt voor de begintijd."), "end_time")
    break_every = data.break_every
    if not isinstance(break_every, int) or isinstance(break_every, bool) or break_every < 0:
        raise ValidationError(_("Pauze na hoeveel gesprekken: 0 of meer."), "break_every")
    return _EveningFields(
        starts_at=start,
        ends_by=ends_by,
        location=v.optional_text(data.location, field="location", label=N_("Locatie")),
        slot_minutes=_minutes(data.slot_minutes, "slot_minutes", N_("Een gesprek"), 1),
        gap_minutes=_minutes(data.gap_minutes, "gap_minutes", N_("De tijd tussen gesprekken"), 0),
        break_every=break_every,
        break_minutes=_minutes(data.break_minutes, "break_minutes", N_("De pauze"), 0),
    )


# --- building the view -------------------------------------------------------------------------


def _load(s: Session, evening_id: int) -> Evening:
    evening = s.scalars(
        select(Evening)
        .options(
            selectinload(Evening.slots).options(
                *TALK_LOADS,
                # Every slot shows its carers, each with the pupils they care for: load those
                # in one go, not one query per carer.
                selectinload(Talk.carers).selectinload(Carer.pupils),
                selectinload(Talk.pupil).selectinload(Pupil.carers).selectinload(Carer.pupils),
                selectinload(Talk.pupil).selectinload(Pupil.group),
                selectinload(Talk.group),
            )
        )
        .where(id_is(Evening.id, evening_id))
    ).first()
    if evening is None:
        raise NotFoundError(_("Deze gesprekkenavond bestaat niet (meer)."))
    return evening


def _touch_evening(work: Work, evening: Evening) -> None:
    """Record that the evening changed: every slot's time (and so its talk) may have moved."""
    work.touch(
        evenings=[evening.id],
        talks=[t.id for t in evening.slots],
        pupils=[t.pupil_id for t in evening.slots],
    )


def _conflicts(s: Session, evening: Evening, slots: list[Slot]) -> list[Conflict]:
    found: list[Conflict] = []
    live = [x for x in slots if x.talk.status != TalkStatus.CANCELLED.value]
    # A pupil twice on one evening.
    by_pupil: dict[int, list[Slot]] = {}
    for slot in live:
        by_pupil.setdefault(slot.talk.pupil_id, []).append(slot)
    for twice in (x for x in by_pupil.values() if len(x) > 1):
        found.append(
            Conflict(
                "pupil_twice",
                "error",
                tuple(x.talk.id for x in twice),
                _("{pupil} staat {count} keer op deze avond.").format(
                    pupil=twice[0].talk.pupil_name, count=len(twice)
                ),
            )
        )
    # Overlap with any other talk of the teacher that day (another evening, a loose talk).
    if live:
        day_start = dt.datetime.combine(evening.starts_at.date(), dt.time.min)
        others = s.scalars(
            select(Talk)
            .options(selectinload(Talk.pupil))
            .where(
                Talk.starts_at >= day_start,
                Talk.starts_at < day_start + dt.timedelta(days=1),
                Talk.status != TalkStatus.CANCELLED.value,
                (Talk.evening_id != evening.id) | Talk.evening_id.is_(None),
            )
        ).all()
        for slot in live:
            for other in others:
                other_end = other.starts_at + dt.timedelta(minutes=other.duration_minutes)
                if overlaps(slot.starts_at, slot.ends_at, other.starts_at, other_end):
                    who = full_name(
                        other.pupil.given_name, other.pupil.infix, other.pupil.family_name
                    )
                    found.append(
                        Conflict(
                            "overlap",
                            "error",
                            (slot.talk.id, other.id),
                            _(
                                "{time} {pupil} overlapt met een ander gesprek om {other_time} "
                                "({other})."
                            ).format(
                                time=f"{slot.starts_at:%H:%M}",
                                pupil=slot.talk.pupil_name,
                                other_time=f"{other.starts_at:%H:%M}",
                                other=who,
                            ),
                        )
                    )
        for a, b in itertools.pairwise(live):
            if overlaps(a.starts_at, a.ends_at, b.starts_at, b.ends_at):
                found.append(
                    Conflict(
                        "overlap",
                        "error",
                        (a.talk.id, b.talk.id),
                        _("{first} en {second} overlappen.").format(
                            first=a.talk.pupil_name, second=b.talk.pupil_name
                        ),
                    )
                )
    # Running past the end time.
    if evening.ends_by is not None:
        late = [x for x in live if x.ends_at > evening.ends_by]
        if late:
            found.append(
                Conflict(
                    "past_end",
                    "error",
                    tuple(x.talk.id for x in late),
                    n_(
                        "De avond loopt uit tot {until}, na de eindtijd {end}: "
                        "{count} gesprek te laat.",
                        "De avond loopt uit tot {until}, na de eindtijd {end}: "
                        "{count} gesprekken te laat.",
                        len(late),
                    ).format(
                        until=f"{live[-1].ends_at:%H:%M}",
                        end=f"{evening.ends_by:%H:%M}",
                        count=len(late),
                    ),
                )
            )
    # Carers with two children on the evening whose slots are not next to each other.
    position = {x.talk.id: i for i, x in enumerate(slots)}
    by_carer: dict[int, list[Slot]] = {}
    for slot in live:
        for carer in slot.carers:
            by_carer.setdefault(carer.id, []).append(slot)
    reported: set[tuple[int, ...]] = set()
    for carer_id, siblings in by_carer.items():
        pupils = {x.talk.pupil_id for x in siblings}
        if len(pupils) < 2:
            continue
        places = sorted(position[x.talk.id] for x in siblings)
        if places[-1] - places[0] == len(places) - 1:
            continue
        key = tuple(sorted(x.talk.id for x in siblings))
        if key in reported:
            continue
        reported.add(key)
        carer = next(c for x in siblings for c in x.carers if c.id == carer_id)
        names = (" " + _("en") + " ").join(dict.fromkeys(x.talk.pupil_name for x in siblings))
        found.append(
            Conflict(
                "siblings_apart",
                "hint",
                key,
                _(
                    "{carer} heeft {names} op deze avond, niet direct na elkaar. "
                    "Zet ze achter elkaar (of maak er één langer gesprek van)."
                ).format(carer=carer.name, names=names),
            )
        )
    # The replies to the invitation: a slot freed, a household that asks another moment.
    for slot in slots:
        talk = slot.talk
        if talk.is_not_coming:
            found.append(
                Conflict(
                    NOT_COMING,
                    "hint",
                    (talk.id,),
                    _("{time} is vrij: {pupil} komt niet (antwoord op de uitnodiging).").format(
                        time=f"{slot.starts_at:%H:%M}", pupil=talk.pupil_name
                    ),
                )
            )
        elif talk.reply == "moved" and talk.status != TalkStatus.CANCELLED.value:
            found.append(
                Conflict(
                    "moved",
                    "hint",
                    (talk.id,),
                    _("De ouders van {pupil} kunnen niet om {time}; ze vragen: {moment}").format(
                        pupil=talk.pupil_name,
                        time=f"{slot.starts_at:%H:%M}",
                        moment=talk.reply_note,
                    ),
                )
            )
    return found


def _view(s: Session, evening: Evening) -> EveningView:
    talks = _ordered(evening)
    pupil_ids = {t.pupil_id for t in talks}
    open_counts = open_agreement_counts(s, pupil_ids)
    times = times_of(evening, talks)
    slots = [
        Slot(
            talk=talk_view(t),
            index=time.index,
            starts_at=time.starts_at,
            minutes=time.minutes,
            break_before=time.break_before,
            minutes_overridden=t.slot_minutes is not None,
            group_name=(t.group or t.pupil.group).name,
            carers=tuple(carer_view(c) for c in t.carers)
            or tuple(carer_view(c) for c in t.pupil.carers),
            open_agreements=open_counts.get(t.pupil_id, 0),
        )
        for t, time in zip(talks, times, strict=True)
    ]
    return EveningView(
        id=evening.id,
        starts_at=evening.starts_at,
        ends_by=evening.ends_by,
        location=evening.location,
        slot_minutes=evening.slot_minutes,
        gap_minutes=evening.gap_minutes,
        break_every=evening.break_every,
        break_minutes=evening.break_minutes,
        slots=tuple(slots),
        conflicts=tuple(_conflicts(s, evening, slots)),
    )


# --- evenings ----------------------------------------------------------------------------------


def _refuse_overlapping_evening(
    s: Session, start: dt.datetime, evening_id: int | None, minutes: int
) -> None:
    day_start = dt.datetime.combine(start.date(), dt.time.min)
    others = s.scalars(
        select(Evening)
        .options(selectinload(Evening.slots))
        .where(Evening.starts_at >= day_start, Evening.starts_at < day_start + dt.timedelta(days=1))
    )
    end = start + dt.timedelta(minutes=max(minutes, 1))
    for other in others:
        if other.id == evening_id:
            continue
        other_view_end = max(
            [other.starts_at + dt.timedelta(minutes=other.slot_minutes)]
            + [t.starts_at + dt.timedelta(minutes=t.duration_minutes) for t in other.slots]
        )
        if overlaps(start, end, other.starts_at, other_view_end):
            raise ValidationError(
                _("Er is al een gesprekkenavond van {start} tot {end} op deze dag.").format(
                    start=f"{other.starts_at:%H:%M}", end=f"{other_view_end:%H:%M}"
                ),
                "start_time",
            )


def create_evening(work: Work, *, data: EveningInput) -> EveningView:
    """Plan a new evening (no slots yet); an overlap with another evening is refused."""
    fields = _clean(data)
    s = work.session
    _refuse_overlapping_evening(s, fields.starts_at, None, fields.slot_minutes)
    evening = Evening()
    fields.apply(evening)
    s.add(evening)
    s.flush()
    work.touch(evenings=[evening.id])
    return _view(s, _load(s, evening.id))


def update_evening(work: Work, evening_id: int, *, data: EveningInput) -> EveningView:
    """Change date, times, lengths or breaks; every slot's time is recomputed."""
    fields = _clean(data)
    s = work.session
    evening = _load(s, evening_id)
    lengths = [t.slot_minutes or fields.slot_minutes for t in evening.slots]
    span = total_minutes(
        lengths,
        gap_minutes=fields.gap_minutes,
        break_every=fields.break_every,
        break_minutes=fields.break_minutes,
    )
    _refuse_overlapping_evening(s, fields.starts_at, evening_id, span)
    fields.apply(evening)
    _recompute(evening)
    s.flush()
    _touch_evening(work, evening)
    return _view(s, evening)


def create_next_evening(work: Work, *, start_time: str = "18:30") -> EveningView:
    """A new evening on the first free weekday from today (after the latest one planned)."""
    s = work.session
    latest = s.scalar(select(Evening.starts_at).order_by(Evening.starts_at.desc()).limit(1))
    today = work.today()
    day = max(today, latest.date() + dt.timedelta(days=1)) if latest else today
    for _attempt in range(60):
        if day.weekday() < 5:
            try:  # an overlap is refused before anything is written
                return create_evening(
                    work, data=EveningInput(date=day.isoformat(), start_time=start_time)
                )
            except ValidationError:
                pass
        day += dt.timedelta(days=1)
    raise ValidationError(_("Er is in de komende twee maanden geen vrije avond gevonden."))


def get_evening(work: Work, evening_id: int) -> EveningView:
    s = work.session
    return _view(s, _load(s, evening_id))


def list_evenings(work: Work) -> list[EveningView]:
    """All evenings, newest first."""
    s = work.session
    ids = s.scalars(select(Evening.id).order_by(Evening.starts_at.desc())).all()
    return [_view(s, _load(s, i)) for i in ids]


def evenings_on(work: Work, day: dt.date) -> list[EveningView]:
    """The evenings of one date (usually one), in time order."""
    first, last = day_bounds(day)  # any date: 31-12-9999 has no next day to compare with
    s = work.session
    ids = s.scalars(
        select(Evening.id)
        .where(Evening.starts_at >= first, Evening.starts_at <= last)
        .order_by(Evening.starts_at)
    ).all()
    return [_view(s, _load(s, i)) for i in ids]


def _is_untouched(talk: Talk) -> bool:
    prep = talk.preparation
    empty_prep = prep is None or not (
        prep.key_message.strip() or prep.relational_note.strip() or prep.goals
    )
    return (
        talk.status in (TalkStatus.PLANNED.value, TalkStatus.PREPARED.value)
        and empty_prep
        and not talk.shared_notes.strip()
        and not talk.private_notes.strip()
    )


def delete_evening(work: Work, evening_id: int) -> None:
    """Delete an evening. Untouched slots go with it; prepared or held talks stay, unplanned."""
    s = work.session
    evening = _load(s, evening_id)
    _touch_evening(work, evening)
    for talk in list(evening.slots):
        if _is_untouched(talk):
            s.delete(talk)
        else:
            talk.evening_id = None
            talk.slot_index = None
    s.flush()
    s.delete(evening)


# --- slots -------------------------------------------------------------------------------------


def add_slot(
    work: Work,
    evening_id: int,
    *,
    pupil_id: int,
    type_key: str = "ten_minute",
    minutes: int | None = None,
) -> EveningView:
    """Add a pupil at the end of the evening (a new talk with all the pupil's carers)."""
    if type_key not in {t.key for t in load_catalog().conversation_types}:
        raise ValidationError(
            _("Onbekende soort gesprek '{type_key}'.").format(type_key=type_key), "type_key"
        )
    if minutes is not None:
        _minutes(minutes, "slot_minutes", N_("Een gesprek"), 1)
    s = work.session
    evening = _load(s, evening_id)
    if len(evening.slots) >= MAX_SLOTS:
        raise ValidationError(
            _("Hoogstens {count} gesprekken op één avond.").format(count=MAX_SLOTS)
        )
    pupil = work.get_or_fail(Pupil, pupil_id, N_("Deze leerling"))
    ctype = load_catalog().conversation_type(type_key)
    talk = Talk(
        pupil=pupil,
        type_key=type_key,
        starts_at=evening.starts_at,
        duration_minutes=minutes or evening.slot_minutes,
        location=evening.location,
        status=TalkStatus.PLANNED.value,
        child_present=ctype.child_present,
        carers=list(pupil.carers),
        slot_index=len(evening.slots),
        slot_minutes=minutes,
    )
    evening.slots.append(talk)
    _recompute(evening)
    s.flush()
    _touch_evening(work, evening)
    return _view(s, evening)


def term_start(day: dt.date) -> dt.date:
    """The first day of the school term a date falls in (1 Aug, 1 Jan, 1 Apr)."""
    if day.month >= 8:
        return dt.date(day.year, 8, 1)
    if day.month >= 4:
        return dt.date(day.year, 4, 1)
    return dt.date(day.year, 1, 1)


def unplanned_pupils(work: Work, evening_id: int, group_id: int) -> list[int]:
    """Pupils of the group (still at school) with no talk this term, in class-list order."""
    s = work.session
    evening = _load(s, evening_id)
    since = dt.datetime.combine(term_start(evening.starts_at.date()), dt.time.min)
    planned = set(
        s.scalars(
            select(Talk.pupil_id).where(
                Talk.starts_at >= since, Talk.status != TalkStatus.CANCELLED.value
            )
        ).all()
    )
    planned |= {t.pupil_id for t in evening.slots}
    pupils = s.scalars(
        select(Pupil).where(Pupil.group_id == group_id, Pupil.left_on.is_(None))
    ).all()
    chosen = [p for p in pupils if p.id not in planned]
    chosen.sort(key=lambda p: (fold(p.family_name), fold(p.given_name), p.id))
    return [p.id for p in chosen]


def add_unplanned_of_group(work: Work, evening_id: int, *, group_id: int) -> EveningView:
    """Add every pupil of the group not yet planned this term."""
    view = get_evening(work, evening_id)
    for pupil_id in unplanned_pupils(work, evening_id, group_id):
        view = add_slot(work, evening_id, pupil_id=pupil_id)
    return view


def _slot_talk(work: Work, talk_id: int) -> tuple[Talk, Evening]:
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    if talk.evening_id is None:
        raise ValidationError(_("Dit gesprek hoort niet bij een gesprekkenavond."))
    return talk, _load(work.session, talk.evening_id)


def move_slot(work: Work, talk_id: int, new_index: int) -> EveningView:
    """Move a slot to another place; everything after it shifts, times recompute."""
    s = work.session
    talk, evening = _slot_talk(work, talk_id)
    order = moved([t.id for t in _ordered(evening)], talk.id, new_index)
    by_id = {t.id: t for t in evening.slots}
    for index, tid in enumerate(order):
        by_id[tid].slot_index = index
    _recompute(evening)
    s.flush()
    _touch_evening(work, evening)
    return _view(s, evening)


def set_slot_minutes(work: Work, talk_id: int, minutes: int | None) -> EveningView:
    """Give one slot its own length (e.g. 20 minutes for two siblings), or the evening's again."""
    if minutes is not None:
        _minutes(minutes, "slot_minutes", N_("Een gesprek"), 1)
    s = work.session
    talk, evening = _slot_talk(work, talk_id)
    talk.slot_minutes = minutes
    _recompute(evening)
    s.flush()
    _touch_evening(work, evening)
    return _view(s, evening)


def remove_slot(work: Work, talk_id: int) -> EveningView:
    """Take a slot off the evening: an untouched talk is deleted, a prepared one kept."""
    s = work.session
    talk, evening = _slot_talk(work, talk_id)
    if talk.status == TalkStatus.HELD.value:
        raise ValidationError(_("Dit gesprek is al gevoerd en blijft op de avond staan."))
    _touch_evening(work, evening)
    evening.slots.remove(talk)
    if _is_untouched(talk):
        s.delete(talk)
    else:
        talk.slot_index = None
    _recompute(evening)
    s.flush()
    return _view(s, evening)


def next_slot(work: Work, talk_id: int) -> TalkView | None:
    """The next talk on the same evening that still has to happen, if any."""
    s = work.session
    talk = work.get_or_fail(Talk, talk_id, N_("Dit gesprek"))
    if talk.evening_id is None:
        return None
    # Only the evening's talks in slot order: not the whole evening with its carers.
    ordered = sorted(
        s.scalars(select(Talk).where(Talk.evening_id == talk.evening_id)).all(),
        key=lambda t: (t.slot_index if t.slot_index is not None else MAX_SLOTS, t.id),
    )
    after = ordered[ordered.index(talk) + 1 :]
    for candidate in after:
        if candidate.status in (TalkStatus.PLANNED.value, TalkStatus.PREPARED.value):
            loaded = s.scalars(
                select(Talk).options(*TALK_LOADS).where(Talk.id == candidate.id)
            ).one()
            return talk_view(loaded)
    return None
