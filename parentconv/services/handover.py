"""Handing a group over to the next teacher (overdracht) on another laptop: the group is
exported to a handover file (``handover_file``), which is planned against the next teacher's
store, previewed, then written in one transaction.

What goes along is what the next teacher needs and the parents know about: the pupils, their
carers (with the carer's notes: co-parenting, when they can be reached, an interpreter to
book), the talks with what was shared with the parents, and the agreements with their whole
history. What stays on the laptop is the teacher's own: the private notes, the reflection after
a talk, the preparation, the evening's planning and earlier versions of notes. Talk rows are
read column by column, so a private note is never even loaded.

Like the class-list import (``class_import``), ``plan_handover`` only reads: which pupils are
new, which are already in the store (the administration's pupil number, else name and birth
date, else name in the same group) and what they would get; ``apply_handover`` plans again
inside its own transaction and writes exactly that, all or nothing. A talk already there (same
pupil, start and type), an agreement already there (same pupil, text and moment it was made)
and a carer already there (``class_import.carer_key``) are not added again, so a second import
of the same file adds nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from parentconv.i18n import N_, _
from parentconv.importing.rows import PupilRow
from parentconv.services import validation as v
from parentconv.services.class_import import PupilIndex, carer_key
from parentconv.services.handover_file import (
    HandoverAgreement,
    HandoverCarer,
    HandoverChange,
    HandoverFile,
    HandoverPupil,
    HandoverTalk,
    handover_bytes,
)
from parentconv.services.views import full_name
from parentconv.store.models import (
    Agreement,
    AgreementStatusChange,
    Carer,
    Group,
    Pupil,
    Talk,
    talk_carers,
)
from parentconv.store.work import Work
from parentconv.text import fold

NEW, MATCH, SKIP = "new", "match", "skip"
GROUP_NAME_LIMIT = 80

# --- export --------------------------------------------------------------------------------------

# Only these columns of a talk are read: never the private notes or the reflection.
_TALK_COLUMNS = (
    Talk.id,
    Talk.pupil_id,
    Talk.type_key,
    Talk.starts_at,
    Talk.duration_minutes,
    Talk.location,
    Talk.status,
    Talk.child_present,
    Talk.other_participants,
    Talk.shared_notes,
    Talk.cancel_reason,
    Talk.held_at,
    Talk.reply,
    Talk.reply_note,
    Talk.replied_at,
)


def handover_of(work: Work, group_id: int) -> HandoverFile:
    """The handover file of one group (all its pupils, also those who left)."""
    s = work.session
    group = work.get_or_fail(Group, group_id, N_("Deze groep"))
    pupils = s.scalars(select(Pupil).where(Pupil.group_id == group.id).order_by(Pupil.id)).all()
    pupil_ids = [p.id for p in pupils]
    talk_rows = s.execute(
        select(*_TALK_COLUMNS).where(Talk.pupil_id.in_(pupil_ids)).order_by(Talk.starts_at, Talk.id)
    ).all()
    came: dict[int, list[int]] = {}
    for talk_id, carer_id in s.execute(
        select(talk_carers.c.talk_id, talk_carers.c.carer_id)
        .join(Talk, Talk.id == talk_carers.c.talk_id)
        .where(Talk.pupil_id.in_(pupil_ids))
        .order_by(talk_carers.c.carer_id)
    ):
        came.setdefault(talk_id, []).append(carer_id)
    agreements = s.scalars(
        select(Agreement)
        .where(Agreement.pupil_id.in_(pupil_ids))
        .order_by(Agreement.created_at, Agreement.id)
    ).all()
    out = []
    for pupil in pupils:
        carers = sorted(pupil.carers, key=lambda c: c.id)
        carer_place = {c.id: n for n, c in enumerate(carers)}
        talks = [t for t in talk_rows if t.pupil_id == pupil.id]
        talk_place = {t.id: n for n, t in enumerate(talks)}
        out.append(
            HandoverPupil(
                given_name=pupil.given_name,
                infix=pupil.infix,
                family_name=pupil.family_name,
                date_of_birth=pupil.date_of_birth,
                number=pupil.number,
                year_level=pupil.year_level,
                left_on=pupil.left_on,
                parents_told=pupil.parents_told or "",
                parents_told_on=pupil.parents_told_on,
                carers=tuple(_carer_out(c) for c in carers),
                talks=tuple(
                    HandoverTalk(
                        type_key=t.type_key,
                        starts_at=t.starts_at,
                        duration_minutes=t.duration_minutes,
                        location=t.location,
                        status=t.status,
                        child_present=bool(t.child_present),
                        other_participants=t.other_participants,
                        shared_notes=t.shared_notes,
                        cancel_reason=t.cancel_reason,
                        held_at=t.held_at,
                        reply=t.reply,
                        reply_note=t.reply_note,
                        replied_at=t.replied_at,
                        carers=tuple(
                            carer_place[c] for c in came.get(t.id, []) if c in carer_place
                        ),
                    )
                    for t in talks
                ),
                agreements=tuple(
                    _agreement_out(a, talk_place) for a in agreements if a.pupil_id == pupil.id
                ),
            )
        )
    return HandoverFile(
        exported_at=work.now().replace(microsecond=0),
        group_name=group.name,
        school_year=group.school_year,
        pupils=tuple(out),
    )


def export_handover(work: Work, group_id: int) -> bytes:
    """The handover file of one group, as the bytes to write (``atomic.write_atomically``)."""
    return handover_bytes(handover_of(work, group_id))


def _carer_out(carer: Carer) -> HandoverCarer:
    return HandoverCarer(
        name=carer.name,
        relation=carer.relation,
        language=carer.language,
        interpreter_needed=bool(carer.interpreter_needed),
        low_literacy=bool(carer.low_literacy),
        phone=carer.phone,
        email=carer.email,
        notes=carer.notes,
        separate_letter=bool(carer.separate_letter),
        plain_language=bool(carer.plain_language),
    )


def _agreement_out(agreement: Agreement, talk_place: dict[int, int]) -> HandoverAgreement:
    def place(talk_id: int | None) -> int | None:
        return talk_place.get(talk_id) if talk_id is not None else None

    return HandoverAgreement(
        text=agreement.text,
        owner=agreement.owner,
        status=agreement.status,
        created_at=agreement.created_at,
        due_on=agreement.due_on,
        talk=place(agreement.talk_id),
        history=tuple(
            HandoverChange(
                changed_at=h.changed_at,
                status=h.status,
                note=h.note,
                kind=h.kind,
                due_on=h.due_on,
                talk=place(h.talk_id),
            )
            for h in agreement.history
        ),
    )


# --- the plan ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedPupil:
    pupil: HandoverPupil
    action: str
    """``new``, ``match`` (already in the store) or ``skip`` (with ``reason``)."""
    pupil_id: int | None
    group: str
    """Where the pupil is (a match) or goes (new): "Groep 6 (2026-2027)"."""
    new_talks: tuple[int, ...] = ()
    """Places in ``pupil.talks`` that are added."""
    new_agreements: tuple[int, ...] = ()
    """Places in ``pupil.agreements`` that are added."""
    filled: tuple[str, ...] = ()
    """For a match: the empty fields the file fills in, in words ("geboortedatum")."""
    reason: str = ""

    @property
    def name(self) -> str:
        return full_name(self.pupil.given_name, self.pupil.infix, self.pupil.family_name)

    @property
    def adds_anything(self) -> bool:
        return self.action == NEW or bool(self.new_talks or self.new_agreements or self.filled)


@dataclass(frozen=True)
class HandoverPlan:
    file: HandoverFile
    group_name: str
    school_year: str
    group_id: int | None
    """The target group when it is already there; None: it is made (when a pupil is new)."""
    pupils: tuple[PlannedPupil, ...]
    new_carers: int
    linked_carers: int
    """Carers already stored who get a link to a pupil or a filled-in field."""

    @property
    def group_label(self) -> str:
        return f"{self.group_name} ({self.school_year})"

    def count(self, action: str) -> int:
        return sum(1 for p in self.pupils if p.action == action)

    @property
    def new_talks(self) -> int:
        return sum(len(p.new_talks) for p in self.pupils)

    @property
    def new_agreements(self) -> int:
        return sum(len(p.new_agreements) for p in self.pupils)

    @property
    def completed_pupils(self) -> int:
        """Pupils already in the store who get something (a talk, an agreement, a field)."""
        return sum(1 for p in self.pupils if p.action == MATCH and p.adds_anything)

    @property
    def changes_anything(self) -> bool:
        return bool(
            any(p.adds_anything for p in self.pupils if p.action != SKIP)
            or self.new_carers
            or self.linked_carers
        )


@dataclass(frozen=True)
class HandoverOutcome:
    group_id: int | None
    group_label: str
    new_pupils: int
    completed_pupils: int
    new_talks: int
    new_agreements: int
    new_carers: int
    linked_carers: int


def _row(pupil: HandoverPupil, line: int, group_name: str) -> PupilRow:
    """The pupil as the class import's matching expects it."""
    return PupilRow(
        line=line,
        number=pupil.number,
        given_name=pupil.given_name,
        infix=pupil.infix,
        family_name=pupil.family_name,
        birth_date=pupil.date_of_birth,
        group=group_name,
        year_level=pupil.year_level,
        carers=(),
    )


def _pupil_fill(stored: Pupil, pupil: HandoverPupil) -> dict[str, object]:
    """The empty fields of a stored pupil that the file fills in."""
    fill: dict[str, object] = {}
    if pupil.number and not stored.number:
        fill["number"] = pupil.number
    if pupil.date_of_birth is not None and stored.date_of_birth is None:
        fill["date_of_birth"] = pupil.date_of_birth
    if pupil.year_level is not None and stored.year_level is None:
        fill["year_level"] = pupil.year_level
    if pupil.parents_told and not stored.parents_told:
        fill["parents_told"] = pupil.parents_told
        fill["parents_told_on"] = pupil.parents_told_on
    return fill


_FILL_WORDS = {
    "number": N_("leerlingnummer"),
    "date_of_birth": N_("geboortedatum"),
    "year_level": N_("leerjaar"),
    "parents_told": N_("wat de ouders vertelden"),
}
_CARER_TEXT = ("relation", "language", "phone", "email", "notes")
_CARER_FLAGS = ("interpreter_needed", "low_literacy", "separate_letter", "plain_language")


def _carer_fill(stored: Carer, carer: HandoverCarer) -> dict[str, object]:
    """The empty fields of a stored carer that the file fills in (a need the file names too)."""
    fill: dict[str, object] = {
        key: getattr(carer, key)
        for key in _CARER_TEXT
        if getattr(carer, key) and not getattr(stored, key)
    }
    fill.update(
        {key: True for key in _CARER_FLAGS if getattr(carer, key) and not getattr(stored, key)}
    )
    return fill


def _key(carer: HandoverCarer) -> str:
    return carer_key(carer.name, carer.email, carer.phone)


def _target(file: HandoverFile, group_name: str | None, school_year: str | None) -> tuple[str, str]:
    name = " ".join((group_name or file.group_name).split())
    name = v.required_text(
        name, field="group", label=N_("Naam van de groep"), max_length=GROUP_NAME_LIMIT
    )
    return name, v.school_year(school_year or file.school_year)


def _stored_talks(
    work: Work, pupil_ids: Iterable[int]
) -> dict[int, dict[tuple[dt.datetime, str], int]]:
    """Per pupil: (start, type) -> talk id, read column by column."""
    out: dict[int, dict[tuple[dt.datetime, str], int]] = {}
    rows = work.session.execute(
        select(Talk.id, Talk.pupil_id, Talk.starts_at, Talk.type_key).where(
            Talk.pupil_id.in_(list(pupil_ids))
        )
    )
    for talk_id, pupil_id, starts_at, type_key in rows:
        out.setdefault(pupil_id, {}).setdefault((starts_at, type_key), talk_id)
    return out


def _stored_agreements(
    work: Work, pupil_ids: Iterable[int]
) -> dict[int, set[tuple[str, dt.datetime]]]:
    out: dict[int, set[tuple[str, dt.datetime]]] = {}
    rows = work.session.execute(
        select(Agreement.pupil_id, Agreement.text, Agreement.created_at).where(
            Agreement.pupil_id.in_(list(pupil_ids))
        )
    )
    for pupil_id, text, created_at in rows:
        out.setdefault(pupil_id, set()).add((text, created_at))
    return out


def _new_places(items: Iterable[tuple[int, object]], known: Iterable[object]) -> tuple[int, ...]:
    """The places of the items whose key is not known yet (the first of equal ones)."""
    seen = set(known)
    out = []
    for place, key in items:
        if key not in seen:
            seen.add(key)
            out.append(place)
    return tuple(out)


def plan_handover(
    work: Work,
    file: HandoverFile,
    *,
    group_name: str | None = None,
    school_year: str | None = None,
) -> HandoverPlan:
    """What importing ``file`` would add, without writing anything.

    The pupils go to the group ``group_name`` in ``school_year`` (default: the file's own; made
    when it is not there yet). A pupil already in the store stays in their group and gets what
    the file adds to it.
    """
    name, year = _target(file, group_name, school_year)
    index = PupilIndex(work, year)
    target = index.groups.get(name.casefold())
    target_label = f"{target.name if target else name} ({year})"
    found = _match(index, file, name)
    matched = [p for p in found if isinstance(p, Pupil)]
    talks = _stored_talks(work, [p.id for p in matched])
    agreements = _stored_agreements(work, [p.id for p in matched])
    planned: list[PlannedPupil] = []
    new_carers: set[str] = set()
    linked: set[str] = set()
    for pupil, stored in zip(file.pupils, found, strict=True):
        talk_keys = [(n, (t.starts_at, t.type_key)) for n, t in enumerate(pupil.talks)]
        agreement_keys = [(n, (a.text, a.created_at)) for n, a in enumerate(pupil.agreements)]
        if stored is SKIP:
            reason = _("staat twee keer in het bestand")
            planned.append(PlannedPupil(pupil, SKIP, None, target_label, reason=reason))
            continue
        if not isinstance(stored, Pupil):
            planned.append(
                PlannedPupil(
                    pupil,
                    NEW,
                    None,
                    target_label,
                    new_talks=_new_places(talk_keys, ()),
                    new_agreements=_new_places(agreement_keys, ()),
                )
            )
        else:
            filled = tuple(
                _(_FILL_WORDS[k]) for k in _pupil_fill(stored, pupil) if k in _FILL_WORDS
            )
            planned.append(
                PlannedPupil(
                    pupil,
                    MATCH,
                    stored.id,
                    f"{stored.group.name} ({stored.group.school_year})",
                    new_talks=_new_places(talk_keys, talks.get(stored.id, {})),
                    new_agreements=_new_places(agreement_keys, agreements.get(stored.id, set())),
                    filled=filled,
                )
            )
        for carer in pupil.carers:
            key = _key(carer)
            known = index.carers.get(key)
            if known is None:
                new_carers.add(key)
            elif (
                not isinstance(stored, Pupil)
                or stored not in known.pupils
                or _carer_fill(known, carer)
            ):
                linked.add(key)
    return HandoverPlan(
        file=file,
        group_name=target.name if target else name,
        school_year=year,
        group_id=target.id if target else None,
        pupils=tuple(planned),
        new_carers=len(new_carers),
        linked_carers=len(linked),
    )


def _match(index: PupilIndex, file: HandoverFile, group_name: str) -> list[Pupil | str | None]:
    """Per pupil of the file: the stored pupil it is, None (new) or ``SKIP`` (the file holds
    this pupil twice: the same number, the same stored pupil, or the same name and birth date)."""
    out: list[Pupil | str | None] = []
    seen_ids: set[int] = set()
    seen_keys: set[object] = set()
    for line, pupil in enumerate(file.pupils, start=1):
        stored = index.find(_row(pupil, line, group_name), group_name)
        keys: list[object] = [("number", pupil.number)] if pupil.number else []
        if pupil.date_of_birth is not None:
            name = (fold(pupil.given_name), fold(pupil.infix), fold(pupil.family_name))
            keys.append((name, pupil.date_of_birth))
        if (stored is not None and stored.id in seen_ids) or any(k in seen_keys for k in keys):
            out.append(SKIP)
            continue
        seen_keys.update(keys)
        if stored is not None:
            seen_ids.add(stored.id)
        out.append(stored)
    return out


# --- writing -------------------------------------------------------------------------------------


def apply_handover(
    work: Work,
    file: HandoverFile,
    *,
    group_name: str | None = None,
    school_year: str | None = None,
) -> HandoverOutcome:
    """Write what ``plan_handover`` shows, in the caller's one transaction (all or nothing)."""
    plan = plan_handover(work, file, group_name=group_name, school_year=school_year)
    s = work.session
    index = PupilIndex(work, plan.school_year)
    group: Group | None = s.get(Group, plan.group_id) if plan.group_id is not None else None
    if group is None and plan.count(NEW):
        group = Group(name=plan.group_name, school_year=plan.school_year, is_demo=False)
        s.add(group)
        s.flush()
        work.touch(groups=[group.id])
    made_carers: dict[str, Carer] = {}
    linked: set[int] = set()
    for item in plan.pupils:
        if item.action == SKIP:
            continue
        pupil = _write_pupil(work, item, group)
        carers = [
            _write_carer(work, index, made_carers, linked, pupil, carer)
            for carer in item.pupil.carers
        ]
        talk_ids = _write_talks(work, item, pupil, carers)
        _write_agreements(work, item, pupil, talk_ids)
        if item.adds_anything:
            work.touch(groups=[pupil.group_id], pupils=[pupil.id])
    s.flush()
    work.touch(carers=[*linked, *(c.id for c in made_carers.values())])
    return HandoverOutcome(
        group_id=group.id if group is not None else plan.group_id,
        group_label=plan.group_label,
        new_pupils=plan.count(NEW),
        completed_pupils=plan.completed_pupils,
        new_talks=plan.new_talks,
        new_agreements=plan.new_agreements,
        new_carers=len(made_carers),
        linked_carers=len(linked),
    )


def _write_pupil(work: Work, item: PlannedPupil, group: Group | None) -> Pupil:
    s = work.session
    p = item.pupil
    if item.action == NEW:
        assert group is not None
        pupil = Pupil(
            group_id=group.id,
            given_name=p.given_name,
            infix=p.infix,
            family_name=p.family_name,
            date_of_birth=p.date_of_birth,
            number=p.number,
            year_level=p.year_level,
            left_on=p.left_on,
            parents_told=p.parents_told,
            parents_told_on=p.parents_told_on,
        )
        s.add(pupil)
        s.flush()
        return pupil
    pupil = s.get_one(Pupil, item.pupil_id)
    for attr, value in _pupil_fill(pupil, p).items():
        setattr(pupil, attr, value)
    return pupil


def _write_carer(
    work: Work,
    index: PupilIndex,
    made: dict[str, Carer],
    linked: set[int],
    pupil: Pupil,
    row: HandoverCarer,
) -> Carer:
    key = _key(row)
    carer = index.carers.get(key) or made.get(key)
    if carer is None:
        carer = Carer(
            name=row.name,
            relation=row.relation,
            language=row.language,
            interpreter_needed=row.interpreter_needed,
            low_literacy=row.low_literacy,
            phone=row.phone,
            email=row.email,
            notes=row.notes,
            separate_letter=row.separate_letter,
            plain_language=row.plain_language,
        )
        carer.pupils = [pupil]
        work.session.add(carer)
        made[key] = carer
        return carer
    if key in made:
        if pupil not in carer.pupils:
            carer.pupils.append(pupil)
        return carer
    fill = _carer_fill(carer, row)
    for attr, value in fill.items():
        setattr(carer, attr, value)
    if pupil not in carer.pupils:
        carer.pupils.append(pupil)
        fill["link"] = True
    if fill:
        linked.add(carer.id)
    return carer


def _write_talks(
    work: Work, item: PlannedPupil, pupil: Pupil, carers: list[Carer]
) -> dict[int, int]:
    """Add the new talks; returns every place in the file's list -> the talk's id."""
    s = work.session
    stored = _stored_talks(work, [pupil.id]).get(pupil.id, {})
    added: dict[int, Talk] = {}
    for place in item.new_talks:
        t = item.pupil.talks[place]
        talk = Talk(
            pupil_id=pupil.id,
            type_key=t.type_key,
            starts_at=t.starts_at,
            duration_minutes=t.duration_minutes,
            location=t.location,
            status=t.status,
            child_present=t.child_present,
            other_participants=t.other_participants,
            shared_notes=t.shared_notes,
            cancel_reason=t.cancel_reason,
            held_at=t.held_at,
            reply=t.reply,
            reply_note=t.reply_note,
            replied_at=t.replied_at,
        )
        talk.carers = [carers[c] for c in t.carers]
        s.add(talk)
        added[place] = talk
    s.flush()
    work.touch(talks=[t.id for t in added.values()])
    ids = {place: talk.id for place, talk in added.items()}
    for place, t in enumerate(item.pupil.talks):
        if place not in ids:
            found = stored.get((t.starts_at, t.type_key))
            if found is None:  # a second talk with the same start and type in the file
                first = next(
                    n
                    for n, other in enumerate(item.pupil.talks)
                    if (other.starts_at, other.type_key) == (t.starts_at, t.type_key)
                )
                found = ids.get(first)
            if found is not None:
                ids[place] = found
    return ids


def _write_agreements(
    work: Work, item: PlannedPupil, pupil: Pupil, talk_ids: dict[int, int]
) -> None:
    s = work.session

    def talk(place: int | None) -> int | None:
        return talk_ids.get(place) if place is not None else None

    added = []
    for place in item.new_agreements:
        a = item.pupil.agreements[place]
        agreement = Agreement(
            pupil_id=pupil.id,
            talk_id=talk(a.talk),
            text=a.text,
            owner=a.owner,
            due_on=a.due_on,
            status=a.status,
            created_at=a.created_at,
        )
        agreement.history = [
            AgreementStatusChange(
                changed_at=h.changed_at,
                status=h.status,
                note=h.note,
                talk_id=talk(h.talk),
                kind=h.kind,
                due_on=h.due_on,
            )
            for h in a.history
        ]
        s.add(agreement)
        added.append(agreement)
    s.flush()
    work.touch(agreements=[a.id for a in added], talks=[a.talk_id for a in added if a.talk_id])
