"""One row of a class list checked: a pupil with carers and warnings, or the reason it is not one.

The rules, in the order a row meets them:

- a status "aangemeld" (registered, not yet enrolled) or "uitgeschreven" skips the row;
- the name: roepnaam and achternaam columns, else the full name "Achternaam, Roepnaam
  tussenvoegsel" (refused without a comma: it cannot be split safely);
- roepnaam and achternaam are needed; with a group column, so is the group;
- a birth date is optional, but one that cannot be right refuses the row (``birth_dates``);
- a leerjaar that is not 1–8 is a warning and left empty;
- carers: the columns of each slot make one carer; an invalid e-mail address is dropped with a
  warning; a "?" in a name from a Windows-1252 file is a warning (a letter may be lost).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from parentconv.i18n import N_, _
from parentconv.importing.birth_dates import BirthDateError, parse_birth_date
from parentconv.importing.columns import CARER_FIELDS, IGNORE, split_key
from parentconv.importing.normalise import (
    Cell,
    carer_identity,
    cell_text,
    email_address,
    may_have_lost_letters,
    relation,
    split_full_name,
    year_level,
)
from parentconv.importing.rows import CarerRow, Problem, PupilRow
from parentconv.importing.table import RawRow
from parentconv.text import fold

_REGISTERED = N_("Aangemeld, nog niet ingeschreven")
SKIPPED_STATUS = {
    "aangemeld": _REGISTERED,
    "vooraangemeld": _REGISTERED,
    "aanmelding": _REGISTERED,
    "uitgeschreven": N_("Uitgeschreven"),
}
"""Statuses (folded) of rows that are no pupil of the class (yet, or any more)."""


@dataclass(frozen=True)
class Rules:
    mapping: Mapping[int, str]
    today: dt.date
    has_group_column: bool
    lossy_encoding: bool
    serial_epoch: dt.date | None
    relations: Mapping[int, str]
    """Carer slot -> the relation its headers name ("E-mail moeder")."""


@dataclass(frozen=True)
class Accepted:
    pupil: PupilRow
    warnings: tuple[Problem, ...]
    content: tuple[str, ...]
    """The row's used cells as text: equal for an exact duplicate."""


@dataclass(frozen=True)
class Refused:
    problem: Problem
    skipped: bool
    """Left out on purpose (a status), not rejected."""


def label(given: str, infix: str, family: str) -> str:
    return " ".join(part for part in (given, infix, family) if part)


def _gather(
    cells: Sequence[Cell], mapping: Mapping[int, str]
) -> tuple[dict[str, Cell], dict[int, dict[str, Cell]]]:
    """The first filled-in cell per pupil field, and per carer slot per carer field."""
    pupil: dict[str, Cell] = {}
    carers: dict[int, dict[str, Cell]] = {}
    for index, key in sorted(mapping.items()):
        if key == IGNORE or index >= len(cells) or not cell_text(cells[index]):
            continue
        base, slot = split_key(key)
        if base in CARER_FIELDS:
            carers.setdefault(slot or 1, {}).setdefault(base, cells[index])
        elif base != IGNORE:
            pupil.setdefault(base, cells[index])
    return pupil, carers


def check_row(row: RawRow, rules: Rules) -> Accepted | Refused:
    fields, slots = _gather(row.cells, rules.mapping)

    def text(key: str) -> str:
        return cell_text(fields.get(key))

    def refuse(message: str, *, skipped: bool = False) -> Refused:
        return Refused(Problem(row.line, message), skipped)

    given, infix, family = text("given_name"), text("infix"), text("family_name")
    full = text("full_name")
    status = fold(text("status"))
    if status in SKIPPED_STATUS:
        return refuse(
            _("{reason}: {name} is overgeslagen.").format(
                reason=_(SKIPPED_STATUS[status]),
                name=label(given, infix, family) or full or _("deze leerling"),
            ),
            skipped=True,
        )
    if full and not (given and family):
        parts = split_full_name(full)
        if parts is None:
            if "," not in full:
                return refuse(
                    _(
                        "Naam zonder komma: '{name}' kan niet veilig worden gesplitst in "
                        "achternaam en roepnaam (verwacht: Achternaam, Roepnaam)."
                    ).format(name=full)
                )
            return refuse(
                _(
                    "Naam '{name}' kan niet veilig worden gesplitst in achternaam en roepnaam "
                    "(verwacht: Achternaam, Roepnaam)."
                ).format(name=full)
            )
        given, infix, family = given or parts[0], infix or parts[1], family or parts[2]
    name = label(given, infix, family)
    if not given and not family:
        return refuse(_("Roepnaam en achternaam ontbreken."))
    if not given:
        return refuse(_("{name}: de roepnaam ontbreekt.").format(name=name))
    if not family:
        return refuse(_("{name}: de achternaam ontbreekt.").format(name=name))
    group = text("group")
    if rules.has_group_column and not group:
        return refuse(_("{name}: de groep ontbreekt.").format(name=name))
    try:
        birth = parse_birth_date(
            fields.get("birth_date"), today=rules.today, serial_epoch=rules.serial_epoch
        )
    except BirthDateError as exc:
        return refuse(f"{name}: {exc.message}")
    warnings: list[Problem] = []

    def warn(message: str) -> None:
        warnings.append(Problem(row.line, message))

    level = year_level(fields.get("year_level"))
    if level is None and text("year_level"):
        warn(
            _(
                "{name}: leerjaar '{text}' is geen jaargroep 1 tot en met 8; het leerjaar is "
                "niet overgenomen."
            ).format(name=name, text=text("year_level"))
        )
    carers: dict[str, CarerRow] = {}
    for slot, values in sorted(slots.items()):
        carer = _carer(values, rules.relations.get(slot, ""), name, warn)
        if carer is not None:
            carers.setdefault(carer_identity(carer.name, carer.email, carer.phone), carer)
    for part in (given, infix, family, *(c.name for c in carers.values())):
        if may_have_lost_letters(part, lossy_encoding=rules.lossy_encoding):
            warn(
                _(
                    "In de naam '{part}' staat een '?': misschien is bij het opslaan van het "
                    "bestand een letter verloren gegaan. Controleer de naam na het importeren "
                    "(of sla het bestand op als 'CSV UTF-8')."
                ).format(part=part)
            )
    content = tuple(
        cell_text(row.cells[i]) if i < len(row.cells) else ""
        for i, key in sorted(rules.mapping.items())
        if key != IGNORE
    )
    pupil = PupilRow(
        line=row.line,
        number=text("number"),
        given_name=given,
        infix=infix,
        family_name=family,
        birth_date=birth,
        group=group if rules.has_group_column else "",
        year_level=level,
        carers=tuple(carers.values()),
    )
    return Accepted(pupil, tuple(warnings), content)


def _carer(
    values: Mapping[str, Cell], implied: str, pupil: str, warn: Callable[[str], None]
) -> CarerRow | None:
    def text(key: str) -> str:
        return cell_text(values.get(key))

    name = text("carer_name") or label(
        text("carer_given_name"), text("carer_infix"), text("carer_family_name")
    )
    written = text("carer_email")
    email = email_address(written)
    if email is None:
        warn(
            _("{pupil}: e-mailadres '{address}' is ongeldig en is niet overgenomen.").format(
                pupil=pupil, address=written
            )
        )
        email = ""
    phone = text("carer_phone")
    if not (name or email or phone):
        return None
    return CarerRow(name, email, phone, relation(text("carer_relation")) or implied)
