"""Rows about the same pupil: exact duplicates, one row per carer, and conflicting numbers.

- Rows with the same pupil number and the same pupil data (name, birth date, group, leerjaar)
  are one pupil: rows that differ only in their carer columns are the "one row per carer" form
  and their carers are merged; a row equal to an earlier one is read once, with a warning.
- The same pupil number with different pupil data refuses every row of that number: which one
  is right is for the administration to say.
- Rows without a number and with the same pupil data are one pupil as well (with a warning when
  they are not exact duplicates, so the teacher can check).
- A pupil without carers is accepted with a warning, except from a file that never has carers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace

from parentconv.i18n import _
from parentconv.importing.normalise import carer_identity
from parentconv.importing.rows import CarerRow, Problem, PupilRow
from parentconv.importing.validate import Accepted, label


@dataclass(frozen=True)
class Merged:
    pupils: list[PupilRow]
    rejected: list[Problem]
    warnings: list[Problem]


def _pupil_data(p: PupilRow) -> tuple[str, str, str, dt.date | None, str, int | None]:
    return (p.given_name, p.infix, p.family_name, p.birth_date, p.group, p.year_level)


def _lines(rows: Sequence[Accepted]) -> str:
    return ", ".join(str(r.pupil.line) for r in rows)


def merge_rows(accepted: Sequence[Accepted], *, expect_carers: bool) -> Merged:
    groups: dict[tuple[object, ...], list[Accepted]] = {}
    for row in accepted:
        number = row.pupil.number
        key: tuple[object, ...] = ("n", number) if number else ("d", *_pupil_data(row.pupil))
        groups.setdefault(key, []).append(row)
    pupils: list[PupilRow] = []
    rejected: list[Problem] = []
    warnings: list[Problem] = []
    for rows in groups.values():
        first = rows[0].pupil
        if len({_pupil_data(r.pupil) for r in rows}) > 1:
            message = _(
                "Leerlingnummer {number} staat op de regels {lines} met verschillende gegevens "
                "(naam, geboortedatum, groep of leerjaar); geen van die regels is ingelezen. "
                "Vraag de administratie welke klopt."
            ).format(number=first.number, lines=_lines(rows))
            rejected.extend(Problem(r.pupil.line, message) for r in rows)
            continue
        carers: dict[str, CarerRow] = {}
        seen: dict[tuple[str, ...], int] = {}
        for row in rows:
            if row.content in seen:
                warnings.append(
                    Problem(
                        row.pupil.line,
                        _(
                            "Deze regel is gelijk aan regel {line} ({name}) en is één keer "
                            "ingelezen."
                        ).format(line=seen[row.content], name=_name(first)),
                    )
                )
                continue
            seen[row.content] = row.pupil.line
            warnings.extend(row.warnings)
            for carer in row.pupil.carers:
                carers.setdefault(carer_identity(carer.name, carer.email, carer.phone), carer)
        if not first.number and len(seen) > 1:
            warnings.append(
                Problem(
                    first.line,
                    _(
                        "{name} staat zonder leerlingnummer op de regels {lines} met dezelfde "
                        "naam, geboortedatum en groep; die regels zijn als één leerling gelezen."
                    ).format(name=_name(first), lines=", ".join(str(n) for n in seen.values())),
                )
            )
        pupil = replace(first, carers=tuple(carers.values()))
        if expect_carers and not pupil.carers:
            warnings.append(
                Problem(
                    pupil.line,
                    _("{name}: geen ouder/verzorger in het bestand.").format(name=_name(pupil)),
                )
            )
        pupils.append(pupil)
    return Merged(
        sorted(pupils, key=lambda p: p.line),
        sorted(rejected, key=lambda p: p.line),
        sorted(warnings, key=lambda p: p.line),
    )


def _name(pupil: PupilRow) -> str:
    return label(pupil.given_name, pupil.infix, pupil.family_name)
