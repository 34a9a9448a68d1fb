"""``parentconv import-class FILE``: a class list from the school's administration, on the
command line. The same reading, plan and transaction as Groep → Klassenlijst importeren… in
the app."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parentconv.config import Locations
from parentconv.errors import ValidationError
from parentconv.i18n import _

if TYPE_CHECKING:
    from parentconv.importing.rows import ReadResult
    from parentconv.services.class_import import ImportPlan
    from parentconv.store.db import Database


def add_import_command(sub: Any) -> None:
    command = sub.add_parser(
        "import-class",
        help="leerlingen en ouders/verzorgers uit een export (EDEXML, CSV, XLSX) inlezen",
    )
    command.add_argument("file", metavar="FILE", help="het bestand uit de leerlingadministratie")
    command.add_argument(
        "--group",
        metavar="NAME",
        help="de groep voor een bestand zonder groepskolom; met groepskolom: alleen deze groep",
    )
    command.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="KOLOM=VELD",
        help="wijs een kolom toe (kop of nummer), bijv. 'Naam kind=given_name'; wordt onthouden",
    )
    command.add_argument(
        "--dry-run", action="store_true", help="laat alleen zien wat er zou gebeuren"
    )
    command.add_argument("--json", action="store_true", help="het overzicht als JSON")
    command.add_argument(
        "--mark-left",
        action="store_true",
        help="leerlingen van deze groepen die niet meer in het bestand staan: vertrokken",
    )
    command.add_argument(
        "--rejected", metavar="FILE.csv", help="bewaar de afgewezen regels als CSV"
    )


def _mapping(read: ReadResult, choices: list[str]) -> dict[int, str]:
    from parentconv.importing.columns import FIELDS

    mapping = dict(read.mapping)
    for choice in choices:
        header, sep, field_key = choice.rpartition("=")
        header, field_key = header.strip(), field_key.strip()
        if not sep or field_key.split(":")[0] not in FIELDS:
            raise ValidationError(
                _("Schrijf --column als KOLOM=VELD; velden: {fields}.").format(
                    fields=", ".join(FIELDS)
                ),
                "column",
            )
        index = _column_index(read.headers, header)
        if index is None:
            raise ValidationError(
                _("Kolom '{header}' staat niet in het bestand. Kolommen: {headers}.").format(
                    header=header, headers="; ".join(read.headers)
                ),
                "column",
            )
        mapping = {i: f for i, f in mapping.items() if f != field_key or i == index}
        mapping[index] = field_key
    return mapping


def _column_index(headers: tuple[str, ...], wanted: str) -> int | None:
    if wanted.isdigit() and 1 <= int(wanted) <= len(headers):
        return int(wanted) - 1
    for index, header in enumerate(headers):
        if " ".join(header.split()).casefold() == " ".join(wanted.split()).casefold():
            return index
    return None


def read_with_choices(
    path: Path, locations: Locations, today: Any, choices: list[str]
) -> ReadResult:
    """Read the file: recognised columns, else the choice remembered for its header, with the
    ``--column`` choices on top (remembered for next time)."""
    from parentconv import import_mappings
    from parentconv.importing.read import read_class_list

    read = read_class_list(path, today=today)
    if choices:
        mapping = _mapping(read, choices)
        read = read_class_list(path, today=today, mapping=mapping)
        if not read.missing:
            import_mappings.remember(locations.data_dir, read.signature, mapping)
    elif read.missing:
        known = import_mappings.remembered(locations.data_dir, read.signature)
        if known is not None:
            read = read_class_list(path, today=today, mapping=known)
    return read


def import_class(db: Database, args: argparse.Namespace, locations: Locations) -> str:
    from parentconv.importing.columns import FIELDS
    from parentconv.services import class_import

    read = read_with_choices(Path(args.file), locations, db.clock.today(), args.column)
    if read.missing:
        raise ValidationError(
            _(
                "Niet gevonden in de kolommen van dit bestand: {missing}. Kolommen: {headers}. "
                "Wijs ze toe met --column KOLOM=VELD, of importeer in de app."
            ).format(
                missing=", ".join(FIELDS.get(m, m) for m in read.missing),
                headers="; ".join(read.headers),
            ),
            "column",
        )
    plan = db.run(class_import.plan_import, read, target_group=args.group)
    if args.rejected:
        from parentconv.atomic import write_atomically

        write_atomically(Path(args.rejected), class_import.rejected_csv(plan).encode("utf-8-sig"))
    outcome = None
    if not args.dry_run and (plan.changes_anything or (args.mark_left and plan.leaving)):
        from parentconv.instance import InstanceLock

        with InstanceLock(locations.data_dir):  # not beside an open app
            outcome = db.run(
                class_import.apply_import,
                read,
                target_group=args.group,
                mark_left=[p.id for p in plan.leaving] if args.mark_left else (),
            )
    if args.json:
        return json.dumps(class_import.plan_as_json(plan), ensure_ascii=False, indent=2)
    return _report(plan, stored=outcome is not None, dry_run=args.dry_run)


def _report(plan: ImportPlan, *, stored: bool, dry_run: bool) -> str:
    from parentconv.services.class_import import NEW, SAME, UPDATE

    lines = [
        _(
            "{total} leerlingen gelezen: {new} nieuw, {updated} bijgewerkt, {same} ongewijzigd; "
            "{carers} ouders/verzorgers ({new_carers} nieuw)."
        ).format(
            total=len(plan.pupils),
            new=plan.count(NEW),
            updated=plan.count(UPDATE),
            same=plan.count(SAME),
            carers=len(plan.carers),
            new_carers=plan.new_carers,
        )
    ]
    if plan.new_groups:
        lines.append(_("Nieuwe groepen: {groups}.").format(groups=", ".join(plan.new_groups)))
    for name, count in plan.other_groups.items():
        lines.append(
            _("Overgeslagen (andere groep): {name}, {count}.").format(name=name, count=count)
        )
    problems = sorted([*plan.rejected, *plan.read.skipped], key=lambda p: p.line)
    if problems:
        lines.append(_("Afgewezen of overgeslagen regels:"))
        lines += [
            _("  regel {line}: {reason}").format(line=p.line, reason=p.message) for p in problems
        ]
    if plan.read.warnings:
        lines.append(_("Let op:"))
        lines += [
            _("  regel {line}: {reason}").format(line=p.line, reason=p.message)
            for p in plan.read.warnings
        ]
    if plan.leaving:
        lines.append(_("Niet meer in het bestand (vertrokken? --mark-left):"))
        lines += [f"  {p.name} ({p.group_name})" for p in plan.leaving]
    lines.append(outcome_line(stored=stored, dry_run=dry_run))
    return "\n".join(lines)


def outcome_line(*, stored: bool, dry_run: bool, nothing: str | None = None) -> str:
    """The last line of an import's report (class list, handover, new school year)."""
    if dry_run:
        return _("Niets opgeslagen (--dry-run).")
    if stored:
        return _("Opgeslagen.")
    return nothing if nothing is not None else _("Er was niets te veranderen.")
