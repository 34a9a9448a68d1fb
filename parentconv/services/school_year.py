"""A new school year in one store: the groups move up ("Groep 5" → "Groep 6"), the groep-8
pupils leave.

``plan_move_up`` only reads: per group of the old school year, the group(s) of the new school
year its pupils go to, and the pupils proposed as leavers. ``apply_move_up`` plans again inside
its own transaction and writes exactly that (all of it, or nothing), as the class-list import
does.

The rules, in short:

- The number(s) in a name go up by one ("Groep 5/6" → "Groep 6/7"; "Groep 7/8" → "Groep 8");
  a name without a number is proposed unchanged. Every name can be changed.
- A combination group is kept as one group, or split by the pupils' year level (leerjaar):
  "Groep 5/6" → "Groep 6" (the fives) and "Groep 7" (the sixes). A pupil whose year level is
  not known goes to the first group (the lowest year level).
- Pupils with year level 8, or without a year level in a group whose highest number is 8, are
  proposed as leavers: marked left on the last day of the old school year, never deleted. A
  leaver the teacher unticks stays back: they keep their year level and go to the new group
  that holds that year level (split: the part one below theirs; else the first or kept group).
- Every other pupil gets year level + 1 when it is known. Pupils who already left stay where
  they are. Talks and agreements belong to the pupil, so they move along (open agreements stay
  open).
- A new group whose name already exists in the new school year receives the pupils. Two old
  groups that would end up in the same new group is a mistake to correct, not a merge.
- The demo class does not move up. Only groups of the old school year are sources, so running
  it a second time moves no one again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from parentconv.dates import last_day_of_school_year, next_school_year, school_year_of
from parentconv.errors import ValidationError
from parentconv.i18n import _, n_
from parentconv.services import validation as v
from parentconv.services.people import group_view, pupil_view
from parentconv.services.views import GroupView, PupilView
from parentconv.store.models import Group, Pupil
from parentconv.store.work import Work

HIGHEST_LEVEL = 8  # groep 8: the last year of a Dutch primary school
MAX_GROUP_NAME = 80  # the store's limit (models.Group.name)

# "5", "5/6", "5-6", "5 / 6", "1+2": the group number(s) in a name
_NUMBERS = re.compile(r"(?<!\d)\d{1,2}(?:\s*[/+&-]\s*\d{1,2})*(?!\d)")
_SEPARATOR = re.compile(r"\s*[/+&-]\s*")


# --- names --------------------------------------------------------------------------------------


def _levels(token: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", token)]


def _is_levels(token: str) -> bool:
    return all(1 <= n <= HIGHEST_LEVEL for n in _levels(token))


def levels_in_name(name: str) -> tuple[int, ...]:
    """The group numbers a name holds ("Groep 5/6" → (5, 6); "Kangoeroes" → ())."""
    found: list[int] = []
    for match in _NUMBERS.finditer(name):
        if _is_levels(match.group(0)):
            found += _levels(match.group(0))
    return tuple(found)


def proposed_name(name: str) -> str:
    """The group's name one school year on: every group number + 1, a 9 dropped ("Groep 7/8"
    → "Groep 8"); a name with no number left ("Groep 8") or none at all stays as it is."""

    def bump(match: re.Match[str]) -> str:
        token = match.group(0)
        if not _is_levels(token):
            return token
        up = [n + 1 for n in _levels(token) if n + 1 <= HIGHEST_LEVEL]
        if not up:
            return token
        separator = _SEPARATOR.search(token)
        return (separator.group(0) if separator else "/").join(str(n) for n in up)

    return _NUMBERS.sub(bump, name)


def proposed_part_name(name: str, level: int) -> str:
    """The name of the part of a split group that holds year level ``level`` now: "Groep 5/6",
    5 → "Groep 6"; a name without a number gets the number added ("Kangoeroes 6")."""
    for match in _NUMBERS.finditer(name):
        if _is_levels(match.group(0)):
            return name[: match.start()] + str(level + 1) + name[match.end() :]
    return f"{name} {level + 1}"


def _checked_name(text: str, source: str) -> str:
    name = " ".join((text or "").split())
    if not name:
        raise ValidationError(_("Geef {group} een nieuwe naam.").format(group=source), "name")
    if len(name) > MAX_GROUP_NAME:
        raise ValidationError(
            _("De nieuwe naam van {group} is te lang (hoogstens {count} tekens).").format(
                group=source, count=MAX_GROUP_NAME
            ),
            "name",
        )
    return v.storable(name, field="name", label=_("Naam van de groep"))


# --- what the teacher chooses --------------------------------------------------------------------


@dataclass(frozen=True)
class GroupChoice:
    """The teacher's choice for one group of the old school year (empty: the proposal)."""

    split: bool = False
    """A combination group: split by year level (else kept as one group)."""
    name: str | None = None
    """Kept: the new name (None: the proposal)."""
    part_names: Mapping[int, str] = field(default_factory=dict)
    """Split: the new name per year level the pupils have now (missing: the proposal)."""
    staying: frozenset[int] = frozenset()
    """Proposed leavers (pupil ids) the teacher unticked: they stay back."""


MoveUpChoices = Mapping[int, GroupChoice]
"""Per group id of the old school year."""


# --- the plan ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MovingPupil:
    pupil: PupilView
    year_level: int | None
    new_year_level: int | None
    stays_back: bool = False
    """A proposed leaver the teacher unticked: same year level, new group."""


@dataclass(frozen=True)
class TargetGroup:
    """A group of the new school year and the pupils that go to it from one old group."""

    name: str
    level: int | None
    """Split: the year level its pupils have now; None: the kept group."""
    existing_id: int | None
    """The group already exists in the new school year: the pupils are added to it."""
    pupils: tuple[MovingPupil, ...]

    @property
    def exists(self) -> bool:
        return self.existing_id is not None


@dataclass(frozen=True)
class Leaver:
    pupil: PupilView
    year_level: int | None
    leaves: bool
    """False: the teacher unticked this pupil (they stay back and move to a group)."""


@dataclass(frozen=True)
class SourcePlan:
    """One group of the old school year."""

    group: GroupView
    proposed_name: str
    """The name the kept group gets if the teacher does not type another."""
    is_combination: bool
    split: bool
    targets: tuple[TargetGroup, ...]
    leavers: tuple[Leaver, ...]
    """Every proposed leaver, ticked (leaves) or not (stays back, and is in a target)."""
    without_level: int
    """Moving pupils whose year level is not known (in the first target)."""
    already_left: int
    """Pupils who had left before: they stay in the old group."""

    @property
    def moving(self) -> int:
        return sum(len(t.pupils) for t in self.targets)

    @property
    def leaving(self) -> int:
        return sum(1 for lv in self.leavers if lv.leaves)


@dataclass(frozen=True)
class MoveUpPlan:
    from_year: str
    to_year: str
    leave_on: dt.date
    """The date leavers are marked left: the last day of the old school year."""
    groups: tuple[SourcePlan, ...]

    @property
    def moving(self) -> int:
        return sum(g.moving for g in self.groups)

    @property
    def leaving(self) -> int:
        return sum(g.leaving for g in self.groups)

    @property
    def changes_anything(self) -> bool:
        return bool(self.moving or self.leaving)


@dataclass(frozen=True)
class MoveUpOutcome:
    from_year: str
    to_year: str
    moved: int
    left: int
    new_groups: tuple[str, ...]
    added_to: tuple[str, ...]
    """Groups of the new school year that existed already and received pupils."""


# --- planning ------------------------------------------------------------------------------------


def source_years(work: Work) -> list[str]:
    """School years that have groups (the demo class aside), newest first."""
    rows = work.session.execute(
        select(Group.school_year).where(Group.is_demo.is_(False)).distinct()
    )
    return sorted({str(year) for (year,) in rows}, reverse=True)


def _years_with_pupils_at_school(work: Work) -> set[str]:
    rows = work.session.execute(
        select(Group.school_year)
        .join(Pupil, Pupil.group_id == Group.id)
        .where(Group.is_demo.is_(False), Pupil.left_on.is_(None))
        .distinct()
    )
    return {str(year) for (year,) in rows}


def default_from_year(work: Work) -> str | None:
    """The school year a teacher most likely moves up from today: last school year while its
    groups still hold pupils (August), this one from May to July (before the summer), else
    last school year again (done already: the plan says there is nothing left to move)."""
    today = work.today()
    current = school_year_of(today)
    previous = f"{int(current[:4]) - 1}-{current[:4]}"
    with_pupils = _years_with_pupils_at_school(work)
    years = source_years(work)
    if previous in with_pupils:
        return previous
    if today.month in (5, 6, 7) and current in with_pupils:
        return current
    if previous in years:
        return previous
    return max(with_pupils) if with_pupils else (years[0] if years else None)


def _is_leaver(pupil: Pupil, highest: int | None) -> bool:
    if pupil.year_level is not None:
        return pupil.year_level >= HIGHEST_LEVEL
    return highest == HIGHEST_LEVEL


def plan_move_up(work: Work, from_year: str, choices: MoveUpChoices | None = None) -> MoveUpPlan:
    """What moving the groups of ``from_year`` up one school year would do (nothing written)."""
    year = v.school_year(from_year)
    to_year = next_school_year(year)
    choices = dict(choices or {})
    s = work.session
    groups = s.scalars(
        select(Group)
        .options(selectinload(Group.pupils).selectinload(Pupil.group))
        .where(Group.school_year == year, Group.is_demo.is_(False))
        .order_by(Group.name)
    ).all()
    if not groups:
        raise ValidationError(
            _("Er zijn geen groepen in schooljaar {year}.").format(year=year), "from_year"
        )
    known = {g.id for g in groups}
    for group_id in choices:
        if group_id not in known:
            raise ValidationError(
                _("Groep {id} hoort niet bij schooljaar {year}.").format(id=group_id, year=year),
                "group",
            )
    existing = {
        g.name.casefold(): g.id
        for g in s.scalars(select(Group).where(Group.school_year == to_year))
    }
    plans = [_plan_group(g, choices.get(g.id, GroupChoice()), existing) for g in groups]
    _check_no_two_into_one(plans)
    return MoveUpPlan(
        from_year=year,
        to_year=to_year,
        leave_on=last_day_of_school_year(year),
        groups=tuple(plans),
    )


def _plan_group(group: Group, choice: GroupChoice, existing: dict[str, int]) -> SourcePlan:
    at_school = sorted(
        (p for p in group.pupils if p.left_on is None),
        key=lambda p: (pupil_view(p).sort_key, p.id),
    )
    name_levels = levels_in_name(group.name)
    highest = max(name_levels) if name_levels else None
    proposed_leavers = [p for p in at_school if _is_leaver(p, highest)]
    leaver_ids = {p.id for p in proposed_leavers}
    unknown = set(choice.staying) - leaver_ids
    if unknown:
        raise ValidationError(
            _("Leerling {id} staat niet bij wie {group} verlaat.").format(
                id=min(unknown), group=group.name
            ),
            "staying",
        )
    moving = [p for p in at_school if p.id not in leaver_ids]
    staying = [p for p in proposed_leavers if p.id in choice.staying]
    pupil_levels = sorted({p.year_level for p in moving if p.year_level is not None})
    is_combination = (
        len(set(name_levels)) >= 2
        or len({p.year_level for p in at_school if p.year_level is not None}) >= 2
    )
    if choice.split and not is_combination:
        raise ValidationError(
            _("{group} is geen combinatiegroep: splitsen kan niet.").format(group=group.name),
            "split",
        )
    if choice.split and (moving or staying) and not pupil_levels:
        raise ValidationError(
            _(
                "{group} kan niet worden gesplitst: van geen van de leerlingen is het leerjaar "
                "bekend. Houd de groep bij elkaar."
            ).format(group=group.name),
            "split",
        )
    kept_name = proposed_name(group.name)
    # Where each pupil goes: the key is the year level of a split part, None for the kept group.
    assigned: dict[int | None, list[MovingPupil]] = {}
    first: int | None = pupil_levels[0] if choice.split and pupil_levels else None
    for p in moving:
        key = p.year_level if choice.split and p.year_level is not None else first
        new_level = p.year_level + 1 if p.year_level is not None else None
        assigned.setdefault(key, []).append(MovingPupil(pupil_view(p), p.year_level, new_level))
    for p in staying:
        key = first
        if choice.split and p.year_level is not None and p.year_level - 1 in pupil_levels:
            key = p.year_level - 1
        assigned.setdefault(key, []).append(
            MovingPupil(pupil_view(p), p.year_level, p.year_level, stays_back=True)
        )
    if choice.split:
        unknown_parts = set(choice.part_names) - set(pupil_levels)
        if unknown_parts:
            raise ValidationError(
                _("In {group} heeft geen leerling leerjaar {level}.").format(
                    group=group.name, level=min(unknown_parts)
                ),
                "part_names",
            )
    targets = []
    for key in sorted(assigned, key=lambda k: -1 if k is None else k):
        if key is None:
            typed = choice.name if choice.name is not None else kept_name
        else:
            typed = choice.part_names.get(key, proposed_part_name(group.name, key))
        name = _checked_name(typed, group.name)
        targets.append(
            TargetGroup(
                name=name,
                level=key,
                existing_id=existing.get(name.casefold()),
                pupils=tuple(assigned[key]),
            )
        )
    if not choice.split and choice.name is not None and not targets:
        _checked_name(choice.name, group.name)  # a bad name is said, even when no one moves
    return SourcePlan(
        group=group_view(group, len(group.pupils)),
        proposed_name=kept_name,
        is_combination=is_combination,
        split=choice.split,
        targets=tuple(targets),
        leavers=tuple(
            Leaver(pupil_view(p), p.year_level, p.id not in choice.staying)
            for p in proposed_leavers
        ),
        without_level=sum(1 for p in moving if p.year_level is None),
        already_left=len(group.pupils) - len(at_school),
    )


def _check_no_two_into_one(plans: list[SourcePlan]) -> None:
    """Two old groups (or two parts of one) into the same new group: the teacher probably did
    not mean that; they rename one."""
    seen: dict[str, str] = {}
    for plan in plans:
        for target in plan.targets:
            key = target.name.casefold()
            if key in seen:
                first = seen[key]
                message = (
                    _(
                        "Beide delen van {group} zouden {name} worden. Geef ze verschillende "
                        "namen, of houd de groep bij elkaar."
                    ).format(group=first, name=target.name)
                    if first == plan.group.name
                    else _(
                        "{first} en {second} zouden allebei {name} worden. Geef een van beide "
                        "een andere naam."
                    ).format(first=first, second=plan.group.name, name=target.name)
                )
                raise ValidationError(message, "name")
            seen[key] = plan.group.name


# --- writing -------------------------------------------------------------------------------------


def apply_move_up(
    work: Work, from_year: str, choices: MoveUpChoices | None = None
) -> MoveUpOutcome:
    """Move the groups of ``from_year`` up as ``plan_move_up`` shows, in the caller's one
    transaction: new groups made, pupils moved (year level + 1), leavers marked left."""
    plan = plan_move_up(work, from_year, choices)
    s = work.session
    new_groups: list[str] = []
    added_to: list[str] = []
    for source in plan.groups:
        for target in source.targets:
            if target.existing_id is not None:
                group = s.get_one(Group, target.existing_id)
                added_to.append(group.name)
            else:
                group = Group(name=target.name, school_year=plan.to_year, is_demo=False)
                s.add(group)
                s.flush()
                new_groups.append(group.name)
            for moving in target.pupils:
                pupil = s.get_one(Pupil, moving.pupil.id)
                pupil.group = group
                pupil.year_level = moving.new_year_level
            work.touch(
                groups=[source.group.id, group.id], pupils=[m.pupil.id for m in target.pupils]
            )
        for leaver in source.leavers:
            if leaver.leaves:
                s.get_one(Pupil, leaver.pupil.id).left_on = plan.leave_on
                work.touch(groups=[source.group.id], pupils=[leaver.pupil.id])
    s.flush()
    return MoveUpOutcome(
        from_year=plan.from_year,
        to_year=plan.to_year,
        moved=plan.moving,
        left=plan.leaving,
        new_groups=tuple(new_groups),
        added_to=tuple(dict.fromkeys(added_to)),
    )


# --- in words (the command line and the dialog) ---------------------------------------------------


def pupils_count(count: int) -> str:
    return n_("{count} leerling", "{count} leerlingen", count).format(count=count)


def summary(plan: MoveUpPlan) -> str:
    """ "12 leerlingen naar Groep 6, 3 leerlingen verlaten de school." """
    parts = [
        _("{pupils} naar {group}").format(pupils=pupils_count(len(t.pupils)), group=t.name)
        for g in plan.groups
        for t in g.targets
    ]
    if plan.leaving:
        parts.append(
            n_(
                "{count} leerling verlaat de school",
                "{count} leerlingen verlaten de school",
                plan.leaving,
            ).format(count=plan.leaving)
        )
    if not parts:
        return _(
            "Er is niets over te zetten: alle leerlingen van {year} zijn al overgezet."
        ).format(year=plan.from_year)
    return ", ".join(parts) + "."


def target_note(target: TargetGroup) -> str:
    """ "nieuw" or "bestaat al: de leerlingen komen erbij"."""
    return _("bestaat al: de leerlingen komen erbij") if target.exists else _("nieuw")


def source_notes(source: SourcePlan) -> list[str]:
    """What the teacher should know about one old group, in short sentences."""
    notes = []
    if source.without_level:
        first = source.targets[0].name if source.targets else source.proposed_name
        notes.append(
            n_(
                "Van {count} leerling is het leerjaar niet bekend: die gaat naar {group}.",
                "Van {count} leerlingen is het leerjaar niet bekend: die gaan naar {group}.",
                source.without_level,
            ).format(count=source.without_level, group=first)
        )
    staying = [lv for lv in source.leavers if not lv.leaves]
    if staying:
        notes.append(
            _("Blijft zitten (zelfde leerjaar): {names}.").format(
                names=", ".join(lv.pupil.name for lv in staying)
            )
        )
    if not source.targets and not source.leaving:
        notes.append(_("Niemand meer over te zetten."))
    return notes
