"""``parentconv move-up``: a new school year on the command line. The same plan and transaction
as Groep → Nieuw schooljaar… in the app: the preview is printed, and stored unless
``--dry-run`` (as ``import-class`` does)."""

from __future__ import annotations

import argparse
import re
from typing import TYPE_CHECKING, Any

from parentconv.cli_import import outcome_line
from parentconv.dates import format_date
from parentconv.errors import ValidationError
from parentconv.i18n import _

if TYPE_CHECKING:
    from parentconv.config import Locations
    from parentconv.services.school_year import GroupChoice, MoveUpPlan
    from parentconv.store.db import Database

_PART = re.compile(r"^(.*):\s*(\d{1,2})$")  # "Groep 5/6:5": the part of year level 5


def add_move_up_command(sub: Any) -> None:
    command = sub.add_parser(
        "move-up",
        help="nieuw schooljaar: de groepen gaan een jaar verder, groep 8 verlaat de school",
    )
    command.add_argument(
        "--from",
        dest="from_year",
        metavar="JJJJ-JJJJ",
        help="het schooljaar dat voorbij is (standaard: het vorige schooljaar met leerlingen)",
    )
    command.add_argument(
        "--split",
        action="append",
        default=[],
        metavar="GROEP",
        help="splits deze combinatiegroep per leerjaar (anders blijft hij bij elkaar)",
    )
    command.add_argument(
        "--name",
        action="append",
        default=[],
        metavar="OUD=NIEUW",
        help="een andere nieuwe naam, bijv. 'Groep 5=Groep 6a'; bij splitsen per leerjaar: "
        "'Groep 5/6:5=Groep 6a'",
    )
    command.add_argument(
        "--stays",
        action="append",
        default=[],
        type=int,
        metavar="ID",
        help="deze leerling verlaat de school niet maar blijft zitten (het id uit het overzicht)",
    )
    command.add_argument(
        "--dry-run", action="store_true", help="laat alleen zien wat er zou gebeuren"
    )


def _find_group(groups: dict[str, int], name: str, year: str) -> int:
    found = groups.get(" ".join(name.split()).casefold())
    if found is None:
        raise ValidationError(
            _("Er is geen groep '{name}' in schooljaar {year}. Groepen: {groups}.").format(
                name=name.strip(), year=year, groups=", ".join(sorted(groups)) or "-"
            ),
            "group",
        )
    return found


def _choices(year: str, args: argparse.Namespace, plan: MoveUpPlan) -> dict[int, GroupChoice]:
    from parentconv.services.school_year import GroupChoice

    names = {g.group.name.casefold(): g.group.id for g in plan.groups}
    split = {_find_group(names, name, year) for name in args.split}
    kept: dict[int, str] = {}
    parts: dict[int, dict[int, str]] = {}
    for item in args.name:
        old, sep, new = item.partition("=")
        if not sep:
            raise ValidationError(
                _("Schrijf --name als OUD=NIEUW, bijv. 'Groep 5=Groep 6a'."), "name"
            )
        part = _PART.match(old)
        if part:
            group_id = _find_group(names, part.group(1), year)
            parts.setdefault(group_id, {})[int(part.group(2))] = new
        else:
            kept[_find_group(names, old, year)] = new
    staying: dict[int, set[int]] = {}
    leavers = {lv.pupil.id: g.group.id for g in plan.groups for lv in g.leavers}
    for pupil_id in args.stays:
        if pupil_id not in leavers:
            raise ValidationError(
                _("Leerling {id} staat niet bij de leerlingen die de school verlaten.").format(
                    id=pupil_id
                ),
                "stays",
            )
        staying.setdefault(leavers[pupil_id], set()).add(pupil_id)
    return {
        g.group.id: GroupChoice(
            split=g.group.id in split,
            name=kept.get(g.group.id),
            part_names=parts.get(g.group.id, {}),
            staying=frozenset(staying.get(g.group.id, set())),
        )
        for g in plan.groups
    }


def move_up(db: Database, args: argparse.Namespace, locations: Locations | None = None) -> str:
    """Plan the move up of ``--from`` with the choices given, print it, store it unless
    ``--dry-run`` (with ``locations``: not beside an open app)."""
    from parentconv.services import school_year
    from parentconv.services.validation import school_year as checked_year

    if args.from_year:
        year = checked_year(args.from_year)
    else:
        found = db.run(school_year.default_from_year)
        if found is None:
            raise ValidationError(_("Er zijn geen groepen met leerlingen om over te zetten."))
        year = found
    first = db.run(school_year.plan_move_up, year)
    choices = _choices(year, args, first)
    plan = db.run(school_year.plan_move_up, year, choices)
    stored = False
    if not args.dry_run and plan.changes_anything:
        if locations is not None:
            from parentconv.instance import InstanceLock

            with InstanceLock(locations.data_dir):  # not beside an open app
                db.run(school_year.apply_move_up, year, choices)
        else:
            db.run(school_year.apply_move_up, year, choices)
        stored = True
    return _report(plan, stored=stored, dry_run=args.dry_run)


def _report(plan: MoveUpPlan, *, stored: bool, dry_run: bool) -> str:
    from parentconv.services.school_year import source_notes, summary, target_note

    lines = [_("Van schooljaar {old} naar {new}:").format(old=plan.from_year, new=plan.to_year)]
    for source in plan.groups:
        lines.append(f"{source.group.name}:")
        for target in source.targets:
            lines.append(
                _("  → {group} ({note}): {names}").format(
                    group=target.name,
                    note=target_note(target),
                    names=", ".join(m.pupil.name for m in target.pupils),
                )
            )
        leaving = [lv for lv in source.leavers if lv.leaves]
        if leaving:
            lines.append(
                _("  verlaten de school op {date}: {names}").format(
                    date=format_date(plan.leave_on),
                    names=", ".join(f"{lv.pupil.name} ({lv.pupil.id})" for lv in leaving),
                )
            )
        lines += [f"  {note}" for note in source_notes(source)]
        if source.is_combination and not source.split:
            lines.append(
                _("  Combinatiegroep: splitsen per leerjaar kan met --split '{group}'.").format(
                    group=source.group.name
                )
            )
    lines.append(summary(plan))
    lines.append(outcome_line(stored=stored, dry_run=dry_run))
    return "\n".join(lines)
