"""Groups, pupils and carers: create, edit, list, delete."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session, joinedload, selectinload

from parentconv.errors import NotFoundError, ValidationError
from parentconv.i18n import N_, _
from parentconv.services import validation as v
from parentconv.services.views import CarerView, GroupView, PupilView
from parentconv.store.models import Carer, Group, Pupil
from parentconv.store.work import Work, id_is

T = TypeVar("T")

MAX_PUPIL_AGE = 30  # years: an older "pupil" is a typing error in the year (1 instead of 2017)
MAX_PARENTS_TOLD = 20_000  # characters, as for a carer's notes


def group_view(group: Group, pupil_count: int) -> GroupView:
    return GroupView(group.id, group.name, group.school_year, group.is_demo, pupil_count)


def pupil_view(pupil: Pupil) -> PupilView:
    return PupilView(
        id=pupil.id,
        group_id=pupil.group_id,
        group_name=pupil.group.name,
        given_name=pupil.given_name,
        infix=pupil.infix,
        family_name=pupil.family_name,
        date_of_birth=pupil.date_of_birth,
        left_on=pupil.left_on,
        parents_told=pupil.parents_told or "",
        parents_told_on=pupil.parents_told_on,
    )


def carer_view(carer: Carer) -> CarerView:
    return CarerView(
        id=carer.id,
        name=carer.name,
        relation=carer.relation,
        language=carer.language,
        interpreter_needed=carer.interpreter_needed,
        low_literacy=carer.low_literacy,
        phone=carer.phone,
        email=carer.email,
        notes=carer.notes,
        pupil_ids=tuple(sorted(p.id for p in carer.pupils)),
        separate_letter=bool(carer.separate_letter),
        plain_language=bool(carer.plain_language),
    )


# --- groups -----------------------------------------------------------------------------------


def _check_unique_group(s: Session, name: str, year: str, exclude_id: int | None = None) -> None:
    query = select(Group.id).where(Group.name == name, Group.school_year == year)
    if exclude_id is not None:
        query = query.where(Group.id != exclude_id)
    if s.scalar(query) is not None:
        raise ValidationError(
            _("Er is al een {name} in schooljaar {year}.").format(name=name, year=year), "name"
        )


def create_group(work: Work, *, name: str, school_year: str, is_demo: bool = False) -> GroupView:
    """Add a group ("groep 5", "2026-2027")."""
    name = v.required_text(name, field="name", label=N_("Naam van de groep"), max_length=80)
    year = v.school_year(school_year)
    s = work.session
    _check_unique_group(s, name, year)
    group = Group(name=name, school_year=year, is_demo=is_demo)
    s.add(group)
    s.flush()
    work.touch(groups=[group.id])
    return group_view(group, 0)


def update_group(work: Work, group_id: int, *, name: str, school_year: str) -> GroupView:
    name = v.required_text(name, field="name", label=N_("Naam van de groep"), max_length=80)
    year = v.school_year(school_year)
    s = work.session
    group = work.get_or_fail(Group, group_id, N_("Deze groep"))
    _check_unique_group(s, name, year, exclude_id=group_id)
    group.name, group.school_year = name, year
    s.flush()
    work.touch(groups=[group.id], pupils=[p.id for p in group.pupils])
    return group_view(group, len(group.pupils))


def list_groups(work: Work) -> list[GroupView]:
    """All groups, newest school year first, then by name."""
    s = work.session
    rows = s.execute(select(Pupil.group_id, func.count()).group_by(Pupil.group_id))
    counts: dict[int, int] = {group_id: count for group_id, count in rows}
    groups = s.scalars(select(Group).order_by(Group.school_year.desc(), Group.name)).all()
    return [group_view(g, counts.get(g.id, 0)) for g in groups]


def delete_group(work: Work, group_id: int) -> None:
    """Delete a group with its pupils and everything recorded about them."""
    s = work.session
    group = work.get_or_fail(Group, group_id, N_("Deze groep"))
    pupil_ids = [p.id for p in group.pupils]
    work.touch(groups=[group.id], pupils=pupil_ids)
    s.delete(group)
    s.flush()
    _delete_orphan_carers(work)
    work.erased = True
    work.erased_pupils.update(pupil_ids)  # and out of every backup


# --- pupils -----------------------------------------------------------------------------------


@dataclass
class PupilInput:
    """What the pupil form sends: names as typed, optional dates as ISO or Dutch text."""

    given_name: str
    family_name: str
    infix: str = ""
    date_of_birth: str = ""
    left_on: str = ""


def _pupil_fields(data: PupilInput, today: dt.date) -> dict[str, object]:
    born = data.date_of_birth.strip()
    left = data.left_on.strip()
    fields: dict[str, object] = {
        "given_name": v.required_text(data.given_name, field="given_name", label=N_("Roepnaam")),
        "infix": v.optional_text(
            data.infix, field="infix", label=N_("Tussenvoegsel"), max_length=40
        ),
        "family_name": v.required_text(
            data.family_name, field="family_name", label=N_("Achternaam")
        ),
        "date_of_birth": v.parse_date(born, field="date_of_birth", label=N_("Geboortedatum"))
        if born
        else None,
        "left_on": v.planning_date(left, field="left_on", label=N_("Datum van vertrek"))
        if left
        else None,
    }
    born_date, left_date = fields["date_of_birth"], fields["left_on"]
    if isinstance(born_date, dt.date):
        if born_date > today:
            raise ValidationError(_("De geboortedatum ligt in de toekomst."), "date_of_birth")
        if born_date < dt.date(today.year - MAX_PUPIL_AGE, 1, 1):
            raise ValidationError(
                _("De geboortedatum ligt meer dan {years} jaar terug. Controleer het jaar.").format(
                    years=MAX_PUPIL_AGE
                ),
                "date_of_birth",
            )
        if isinstance(left_date, dt.date) and left_date < born_date:
            raise ValidationError(_("De datum van vertrek ligt voor de geboortedatum."), "left_on")
    return fields


def create_pupil(work: Work, *, group_id: int, data: PupilInput) -> PupilView:
    """Add a pupil to a group."""
    fields = _pupil_fields(data, work.today())
    s = work.session
    group = work.get_or_fail(Group, group_id, N_("Deze groep"))
    pupil = Pupil(group=group, **fields)
    s.add(pupil)
    s.flush()
    work.touch(groups=[group.id], pupils=[pupil.id])
    return pupil_view(pupil)


def update_pupil(
    work: Work, pupil_id: int, *, data: PupilInput, group_id: int | None = None
) -> PupilView:
    fields = _pupil_fields(data, work.today())
    s = work.session
    pupil = work.get_or_fail(Pupil, pupil_id, N_("Deze leerling"))
    work.touch(groups=[pupil.group_id], pupils=[pupil.id])
    for key, value in fields.items():
        setattr(pupil, key, value)
    if group_id is not None and group_id != pupil.group_id:
        pupil.group = work.get_or_fail(Group, group_id, N_("Deze groep"))
        work.touch(groups=[group_id])
    s.flush()
    return pupil_view(pupil)


def set_parents_told(work: Work, pupil_id: int, text: str) -> PupilView:
    """Store what the parents wrote on the startgesprek form ("Wat ouders vertelden"), dated
    today; empty text clears both the text and its date."""
    told = v.optional_text(
        text, field="parents_told", label=N_("Wat ouders vertelden"), max_length=MAX_PARENTS_TOLD
    )
    pupil = work.get_or_fail(Pupil, pupil_id, N_("Deze leerling"))
    pupil.parents_told = told
    pupil.parents_told_on = work.today() if told else None
    work.session.flush()
    work.touch(groups=[pupil.group_id], pupils=[pupil.id])
    return pupil_view(pupil)


def pupil_with_carers(work: Work, pupil_id: int) -> Pupil:
    """The pupil with group, carers and the carers' children loaded, in one round of queries
    (the side panel and the history window show them)."""
    pupil = work.session.scalars(
        select(Pupil)
        .options(selectinload(Pupil.carers).selectinload(Carer.pupils), joinedload(Pupil.group))
        .where(id_is(Pupil.id, pupil_id))
    ).first()
    if pupil is None:
        raise NotFoundError(_("Deze leerling bestaat niet (meer)."))
    return pupil


def get_pupil(work: Work, pupil_id: int) -> PupilView:
    return pupil_view(work.get_or_fail(Pupil, pupil_id, N_("Deze leerling")))


def list_pupils(work: Work, *, group_id: int | None = None) -> list[PupilView]:
    """Pupils (of one group, or all), in Dutch class-list order."""
    s = work.session
    query = select(Pupil).options(selectinload(Pupil.group))
    if group_id is not None:
        query = query.where(Pupil.group_id == group_id)
    views = [pupil_view(p) for p in s.scalars(query)]
    return sorted(views, key=lambda p: (p.group_name.casefold(), p.sort_key, p.id))


def delete_pupil(work: Work, pupil_id: int) -> None:
    """Delete a pupil with talks and agreements; carers who are left with no pupil go too."""
    s = work.session
    pupil = work.get_or_fail(Pupil, pupil_id, N_("Deze leerling"))
    work.touch(groups=[pupil.group_id], pupils=[pupil.id], carers=[c.id for c in pupil.carers])
    s.delete(pupil)
    s.flush()
    _delete_orphan_carers(work)
    work.erased = True  # names and notes: wipe them from the search index and the WAL too
    work.erased_pupils.add(pupil_id)  # and out of every backup


def _delete_orphan_carers(work: Work) -> None:
    """Carers linked to no pupil any more hold personal data with no purpose: erase them."""
    s = work.session
    orphans = s.scalars(select(Carer).where(~Carer.pupils.any())).all()
    work.touch(carers=[c.id for c in orphans])
    for carer in orphans:
        s.delete(carer)


# --- carers -----------------------------------------------------------------------------------


@dataclass
class CarerInput:
    name: str
    relation: str = ""
    language: str = ""
    interpreter_needed: bool = False
    low_literacy: bool = False
    phone: str = ""
    email: str = ""
    notes: str = ""
    pupil_ids: list[int] = field(default_factory=list)
    separate_letter: bool = False
    plain_language: bool = False


def _carer_fields(data: CarerInput) -> dict[str, object]:
    return {
        "name": v.required_text(data.name, field="name", label=N_("Naam")),
        "relation": v.optional_text(
            data.relation, field="relation", label=N_("Relatie"), max_length=80
        ),
        "language": v.optional_text(
            data.language, field="language", label=N_("Taal"), max_length=80
        ),
        "interpreter_needed": bool(data.interpreter_needed),
        "low_literacy": bool(data.low_literacy),
        "separate_letter": bool(data.separate_letter),
        "plain_language": bool(data.plain_language),
        "phone": v.optional_text(data.phone, field="phone", label=N_("Telefoon"), max_length=40),
        "email": v.optional_text(data.email, field="email", label=N_("E-mail")),
        "notes": v.optional_text(
            data.notes, field="notes", label=N_("Notities"), max_length=20_000
        ),
    }


def _link_pupils(work: Work, carer: Carer, pupil_ids: list[int]) -> None:
    if not pupil_ids:
        raise ValidationError(
            _("Koppel de ouder/verzorger aan minstens één leerling."), "pupil_ids"
        )
    before = {p.id for p in carer.pupils}
    carer.pupils = [
        work.get_or_fail(Pupil, pid, N_("Deze leerling")) for pid in dict.fromkeys(pupil_ids)
    ]
    work.touch(pupils=before | {p.id for p in carer.pupils})


def create_carer(work: Work, *, data: CarerInput) -> CarerView:
    """Add a parent or carer, linked to one or more pupils."""
    fields = _carer_fields(data)
    s = work.session
    carer = Carer(**fields)
    _link_pupils(work, carer, data.pupil_ids)
    s.add(carer)
    s.flush()
    work.touch(carers=[carer.id])
    return carer_view(carer)


def update_carer(work: Work, carer_id: int, *, data: CarerInput) -> CarerView:
    fields = _carer_fields(data)
    s = work.session
    carer = work.get_or_fail(Carer, carer_id, N_("Deze ouder/verzorger"))
    for key, value in fields.items():
        setattr(carer, key, value)
    _link_pupils(work, carer, data.pupil_ids)
    s.flush()
    work.touch(carers=[carer.id])
    return carer_view(carer)


def carers_of(work: Work, pupil_id: int) -> list[CarerView]:
    pupil = work.get_or_fail(Pupil, pupil_id, N_("Deze leerling"))
    return [carer_view(c) for c in sorted(pupil.carers, key=lambda c: c.id)]


def delete_carer(work: Work, carer_id: int) -> None:
    carer = work.get_or_fail(Carer, carer_id, N_("Deze ouder/verzorger"))
    work.touch(carers=[carer.id], pupils=[p.id for p in carer.pupils])
    work.session.delete(carer)
    work.erased = True
