"""A class list read from a file (``parentconv.importing``), planned against the store, then
written in one transaction.

``plan_import`` only reads: which rows are new pupils, which update a pupil imported before
(found by the administration's pupil number, else by name and birth date, else by name in the
same group), which change nothing, which groups and carers are new, and which pupils of the
file's groups are no longer in it (offered as left, never deleted). ``apply_import`` plans again
inside its own transaction and writes exactly that, so a preview never goes stale: what the
teacher confirmed is what is stored, or nothing is (a second import of the same file changes
nothing).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from parentconv.dates import school_year_of
from parentconv.errors import ValidationError
from parentconv.i18n import _
from parentconv.importing.read import unique_carers
from parentconv.importing.rows import CarerRow, Problem, PupilRow, ReadResult
from parentconv.services.people import pupil_view
from parentconv.services.views import PupilView, full_name
from parentconv.store.models import Carer, Group, Pupil
from parentconv.store.work import Work
from parentconv.text import fold

NEW, UPDATE, SAME = "new", "update", "same"

# The store's limits (models.py): a longer value is a row to look at, not one to cut short.
LIMITS = {
    "given_name": 200,
    "infix": 40,
    "family_name": 200,
    "number": 40,
    "group": 80,
}
CARER_LIMITS = {"name": 200, "email": 200, "phone": 40, "relation": 80}


@dataclass(frozen=True)
class PlannedPupil:
    row: PupilRow
    action: str
    """``new``, ``update`` or ``same``."""
    pupil_id: int | None
    group: str
    """The group the pupil goes to (the file's, or the one the teacher chose)."""
    changes: tuple[str, ...] = ()
    """For an update: what changes, in words ("geboortedatum", "groep")."""


@dataclass(frozen=True)
class ImportPlan:
    read: ReadResult
    school_year: str
    pupils: tuple[PlannedPupil, ...]
    new_groups: tuple[str, ...]
    carers: tuple[CarerRow, ...]
    """Every carer of the accepted rows, once (siblings share them)."""
    new_carers: int
    linked_carers: int
    """Carers already stored who get a link to another pupil (or a filled-in field)."""
    leaving: tuple[PupilView, ...]
    """Pupils of the file's groups that the file no longer holds: offered as left."""
    rejected: tuple[Problem, ...]
    """The file's rejected rows and the ones the store cannot take (too long), by line."""
    other_groups: dict[str, int] = field(default_factory=dict)
    """With a chosen group and a group column: rows of other groups, left out, per group."""

    def count(self, action: str) -> int:
        return sum(1 for p in self.pupils if p.action == action)

    @property
    def changes_anything(self) -> bool:
        return bool(self.count(NEW) or self.count(UPDATE) or self.new_carers or self.linked_carers)


@dataclass(frozen=True)
class ImportOutcome:
    new_pupils: int
    updated_pupils: int
    new_groups: int
    new_carers: int
    linked_carers: int
    marked_left: int


def carer_key(name: str, email: str, phone: str) -> str:
    """Who a carer is: the e-mail address, else the name with the phone's digits."""
    if email.strip():
        return "e:" + email.strip().casefold()
    return "n:" + fold(" ".join(name.split())) + "|" + re.sub(r"\D", "", phone)


def _name_key(given: str, infix: str, family: str) -> tuple[str, str, str]:
    return (fold(given), fold(infix), fold(family))


def _too_long(row: PupilRow) -> str | None:
    for key, limit in LIMITS.items():
        if len(str(getattr(row, key))) > limit:
            return _("{field} is langer dan {limit} tekens.").format(field=key, limit=limit)
    for carer in row.carers:
        for key, limit in CARER_LIMITS.items():
            if len(str(getattr(carer, key))) > limit:
                return _("Een gegeven van {name} is langer dan {limit} tekens.").format(
                    name=carer.name[:40], limit=limit
                )
    return None


class PupilIndex:
    """The pupils, groups and carers of the store, indexed the ways the import looks them up."""

    def __init__(self, work: Work, year: str) -> None:
        s = work.session
        self.groups = {
            g.name.casefold(): g for g in s.scalars(select(Group).where(Group.school_year == year))
        }
        pupils = s.scalars(select(Pupil).options(selectinload(Pupil.group))).all()
        self.by_number = {p.number: p for p in pupils if p.number}
        self.by_name_birth: dict[tuple[tuple[str, str, str], dt.date], Pupil] = {}
        self.by_name_group: dict[tuple[tuple[str, str, str], int], Pupil] = {}
        for p in pupils:
            key = _name_key(p.given_name, p.infix, p.family_name)
            if p.date_of_birth is not None:
                self.by_name_birth.setdefault((key, p.date_of_birth), p)
            self.by_name_group.setdefault((key, p.group_id), p)
        carers = s.scalars(select(Carer).options(selectinload(Carer.pupils))).all()
        self.carers = {carer_key(c.name, c.email, c.phone): c for c in carers}

    def find(self, row: PupilRow, group_name: str) -> Pupil | None:
        if row.number and row.number in self.by_number:
            return self.by_number[row.number]
        key = _name_key(row.given_name, row.infix, row.family_name)
        if row.birth_date is not None and (key, row.birth_date) in self.by_name_birth:
            found = self.by_name_birth[(key, row.birth_date)]
            # another child with the same name and birthday but another number is another child
            return None if row.number and found.number and found.number != row.number else found
        group = self.groups.get(group_name.casefold())
        if group is not None and row.birth_date is None:
            same_group = self.by_name_group.get((key, group.id))
            if same_group is not None and not (row.number and same_group.number):
                return same_group
        return None


def _changes(pupil: Pupil, row: PupilRow, group_name: str, year: str) -> tuple[str, ...]:
    out = []
    if (pupil.given_name, pupil.infix, pupil.family_name) != (
        row.given_name,
        row.infix,
        row.family_name,
    ):
        out.append(_("naam"))
    if row.birth_date is not None and pupil.date_of_birth != row.birth_date:
        out.append(_("geboortedatum"))
    if row.year_level is not None and pupil.year_level != row.year_level:
        out.append(_("leerjaar"))
    if row.number and pupil.number != row.number:
        out.append(_("leerlingnummer"))
    if pupil.group.name.casefold() != group_name.casefold() or pupil.group.school_year != year:
        out.append(_("groep"))
    return tuple(out)


def _carer_changes(
    store: PupilIndex, rows: Iterable[tuple[PlannedPupil, Pupil | None]]
) -> tuple[int, int]:
    """How many carers are new, and how many stored ones gain a link or a field."""
    new: set[str] = set()
    linked: set[str] = set()
    for planned, pupil in rows:
        for carer in planned.row.carers:
            key = carer_key(carer.name, carer.email, carer.phone)
            stored = store.carers.get(key)
            if stored is None:
                new.add(key)
            elif pupil is None or pupil not in stored.pupils or _carer_fill(stored, carer):
                linked.add(key)
    return len(new), len(linked)


def _carer_fill(stored: Carer, carer: CarerRow) -> dict[str, str]:
    """The fields of a stored carer that are empty and that the file fills in."""
    return {
        key: value
        for key, value in (
            ("email", carer.email),
            ("phone", carer.phone),
            ("relation", carer.relation),
        )
        if value and not getattr(stored, key)
    }


def plan_import(work: Work, read: ReadResult, *, target_group: str | None = None) -> ImportPlan:
    """What importing ``read`` would do, without writing anything.

    ``target_group`` (a group name; made when it does not exist in this school year) is needed
    when the file has no group column; with one, only the rows of that group are imported.
    """
    year = school_year_of(work.today())
    chosen = " ".join((target_group or "").split())
    if not read.has_group_column and not chosen:
        raise ValidationError(
            _("Dit bestand zegt niet in welke groep de leerlingen zitten. Kies de groep."),
            "group",
        )
    if len(chosen) > LIMITS["group"]:
        raise ValidationError(_("De naam van de groep is te lang."), "group")
    store = PupilIndex(work, year)
    rejected = list(read.rejected)
    planned: list[tuple[PlannedPupil, Pupil | None]] = []
    other_groups: dict[str, int] = {}
    seen: set[int] = set()
    for row in read.pupils:
        group_name = row.group if read.has_group_column else chosen
        if read.has_group_column and chosen and group_name.casefold() != chosen.casefold():
            other_groups[group_name] = other_groups.get(group_name, 0) + 1
            continue
        problem = _too_long(row)
        if problem is not None:
            rejected.append(Problem(row.line, problem))
            continue
        pupil = store.find(row, group_name)
        if pupil is not None and pupil.id in seen:
            rejected.append(
                Problem(row.line, _("Deze leerling staat al op een eerdere regel van het bestand."))
            )
            continue
        if pupil is None:
            planned.append((PlannedPupil(row, NEW, None, group_name), None))
            continue
        seen.add(pupil.id)
        changes = _changes(pupil, row, group_name, year)
        action = UPDATE if changes else SAME
        planned.append((PlannedPupil(row, action, pupil.id, group_name, changes), pupil))
    groups_in_file = list(dict.fromkeys(p.group for p, _pupil in planned))
    new_groups = tuple(g for g in groups_in_file if g.casefold() not in store.groups)
    leaving = []
    for name in groups_in_file:
        group = store.groups.get(name.casefold())
        if group is None:
            continue
        for pupil in group.pupils:
            if pupil.left_on is None and pupil.id not in seen:
                leaving.append(pupil_view(pupil))
    accepted = [p.row for p, _pupil in planned]
    new_carers, linked = _carer_changes(store, planned)
    return ImportPlan(
        read=read,
        school_year=year,
        pupils=tuple(p for p, _pupil in planned),
        new_groups=new_groups,
        carers=tuple(unique_carers(accepted)),
        new_carers=new_carers,
        linked_carers=linked,
        leaving=tuple(sorted(leaving, key=lambda p: p.sort_key)),
        rejected=tuple(sorted(rejected, key=lambda p: p.line)),
        other_groups=other_groups,
    )


def apply_import(
    work: Work,
    read: ReadResult,
    *,
    target_group: str | None = None,
    mark_left: Sequence[int] = (),
) -> ImportOutcome:
    """Write what ``plan_import`` shows, in the caller's one transaction; ``mark_left``: the
    pupils of ``plan.leaving`` the teacher confirmed have left (today)."""
    plan = plan_import(work, read, target_group=target_group)
    s = work.session
    store = PupilIndex(work, plan.school_year)
    groups = dict(store.groups)
    for name in plan.new_groups:
        group = Group(name=name, school_year=plan.school_year, is_demo=False)
        s.add(group)
        s.flush()
        groups[name.casefold()] = group
        work.touch(groups=[group.id])
    pupils: dict[int, Pupil] = {}
    updated = 0
    for index, item in enumerate(plan.pupils):
        row = item.row
        group = groups[item.group.casefold()]
        if item.action == NEW:
            pupil = Pupil(
                group=group,
                given_name=row.given_name,
                infix=row.infix,
                family_name=row.family_name,
                date_of_birth=row.birth_date,
                number=row.number,
                year_level=row.year_level,
            )
            s.add(pupil)
        else:
            pupil = s.get_one(Pupil, item.pupil_id)
            if item.action == UPDATE:
                updated += 1
                work.touch(groups=[pupil.group_id])
                pupil.given_name, pupil.infix = row.given_name, row.infix
                pupil.family_name = row.family_name
                if row.birth_date is not None:
                    pupil.date_of_birth = row.birth_date
                if row.year_level is not None:
                    pupil.year_level = row.year_level
                if row.number:
                    pupil.number = row.number
                pupil.group = group
        pupils[index] = pupil
    s.flush()
    for pupil in pupils.values():
        work.touch(groups=[pupil.group_id], pupils=[pupil.id])
    new_carers, linked = _write_carers(work, store, plan, pupils)
    marked = _mark_left(work, plan, mark_left)
    return ImportOutcome(
        new_pupils=plan.count(NEW),
        updated_pupils=updated,
        new_groups=len(plan.new_groups),
        new_carers=new_carers,
        linked_carers=linked,
        marked_left=marked,
    )


def _write_carers(
    work: Work, store: PupilIndex, plan: ImportPlan, pupils: dict[int, Pupil]
) -> tuple[int, int]:
    s = work.session
    made: dict[str, Carer] = {}
    new = 0
    linked: set[int] = set()
    for index, item in enumerate(plan.pupils):
        pupil = pupils[index]
        for row in item.row.carers:
            key = carer_key(row.name, row.email, row.phone)
            carer = store.carers.get(key) or made.get(key)
            if carer is None:
                carer = Carer(
                    # a carer the file gives only an address or number for is named by it
                    name=row.name or row.email or row.phone,
                    email=row.email,
                    phone=row.phone,
                    relation=row.relation,
                )
                carer.pupils = [pupil]
                s.add(carer)
                made[key] = carer
                new += 1
                continue
            if key in made:
                if pupil not in carer.pupils:
                    carer.pupils.append(pupil)
                continue
            fill = _carer_fill(carer, row)
            for attr, value in fill.items():
                setattr(carer, attr, value)
            if pupil not in carer.pupils:
                carer.pupils.append(pupil)
                fill["link"] = "1"
            if fill:
                linked.add(carer.id)
    s.flush()
    work.touch(carers=[*linked, *(c.id for c in made.values())])
    return new, len(linked)


def _mark_left(work: Work, plan: ImportPlan, ids: Sequence[int]) -> int:
    offered = {p.id for p in plan.leaving}
    wanted = [i for i in dict.fromkeys(ids) if i in offered]
    for pupil_id in wanted:
        pupil = work.session.get_one(Pupil, pupil_id)
        pupil.left_on = work.today()
        work.touch(groups=[pupil.group_id], pupils=[pupil.id])
    return len(wanted)


# --- what the teacher can take away ----------------------------------------------------------


def rejected_csv(plan: ImportPlan) -> str:
    """The rejected and skipped rows as a CSV for the administration office (";" for Excel)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([_("Regel"), _("Reden")])
    problems = sorted([*plan.rejected, *plan.read.skipped], key=lambda p: p.line)
    for problem in problems:
        writer.writerow([problem.line, problem.message])
    return out.getvalue()


def plan_as_json(plan: ImportPlan) -> dict[str, object]:
    """The plan in the CLI's ``--json`` shape (documented in the README)."""
    groups: dict[str, int] = {}
    for item in plan.pupils:
        groups[item.group] = groups.get(item.group, 0) + 1
    return {
        "pupils": [
            {
                "line": item.row.line,
                "number": item.row.number,
                "given_name": item.row.given_name,
                "infix": item.row.infix,
                "family_name": item.row.family_name,
                "birth_date": item.row.birth_date.isoformat() if item.row.birth_date else None,
                "group": item.group,
                "year_level": item.row.year_level,
                "carers": [_carer_json(c) for c in item.row.carers],
                "action": item.action,
                "changes": list(item.changes),
            }
            for item in plan.pupils
        ],
        "groups": groups,
        "new_groups": list(plan.new_groups),
        "carers": [_carer_json(c) for c in plan.carers],
        "rejected": [
            {"line": p.line, "reason": p.message}
            for p in sorted([*plan.rejected, *plan.read.skipped], key=lambda p: p.line)
        ],
        "warnings": [{"line": p.line, "message": p.message} for p in plan.read.warnings],
        "leaving": [{"id": p.id, "name": p.name, "group": p.group_name} for p in plan.leaving],
        "other_groups": plan.other_groups,
    }


def _carer_json(carer: CarerRow) -> dict[str, str]:
    return {
        "name": carer.name,
        "email": carer.email,
        "phone": carer.phone,
        "relation": carer.relation,
    }


def pupil_label(row: PupilRow) -> str:
    return full_name(row.given_name, row.infix, row.family_name)
