"""``parentconv export-handover`` and ``import-handover``: a group handed over to the next
teacher's laptop in a file. The same plan and transaction as Bestand → Overdracht inlezen… in
the app; like ``import-class``, the import stores what the preview shows unless ``--dry-run``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parentconv.cli_import import outcome_line
from parentconv.config import Locations
from parentconv.i18n import _, n_

if TYPE_CHECKING:
    from parentconv.services.handover import HandoverPlan
    from parentconv.store.db import Database


def add_handover_commands(sub: Any) -> None:
    export = sub.add_parser(
        "export-handover",
        help="een groep als overdrachtsbestand voor de volgende leerkracht (zonder privénotities)",
    )
    export.add_argument("--group", type=int, required=True, metavar="ID", help="de groep")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help="het bestand")
    read = sub.add_parser(
        "import-handover", help="een overdrachtsbestand van de vorige leerkracht inlezen"
    )
    read.add_argument("file", metavar="FILE", help="het overdrachtsbestand")
    read.add_argument(
        "--group",
        metavar="NAME",
        help="de groep waarin de leerlingen komen (standaard: die uit het bestand)",
    )
    read.add_argument(
        "--school-year",
        metavar="YYYY-YYYY",
        help="het schooljaar van die groep (standaard: uit het bestand)",
    )
    read.add_argument("--dry-run", action="store_true", help="laat alleen zien wat er zou gebeuren")


def run_handover_command(db: Database, args: argparse.Namespace, locations: Locations) -> str:
    """Run ``export-handover`` or ``import-handover``; returns what to print."""
    from parentconv.services import handover
    from parentconv.services.handover_file import load_handover, save_handover

    if args.command == "export-handover":
        data = db.run(handover.export_handover, args.group)
        written = save_handover(Path(args.output), data)
        return _(
            "Opgeslagen: {path}. Zonder privénotities, reflecties en voorbereidingen; het bevat "
            "wel persoonsgegevens: geef het alleen aan de volgende leerkracht."
        ).format(path=written)
    file = load_handover(Path(args.file))
    plan = db.run(handover.plan_handover, file, group_name=args.group, school_year=args.school_year)
    stored = False
    if not args.dry_run and plan.changes_anything:
        from parentconv.instance import InstanceLock

        with InstanceLock(locations.data_dir):  # not beside an open app
            db.run(
                handover.apply_handover, file, group_name=args.group, school_year=args.school_year
            )
        stored = True
    return report(plan, stored=stored, dry_run=args.dry_run)


def report(plan: HandoverPlan, *, stored: bool, dry_run: bool) -> str:
    """The preview in words: the totals, then one line per pupil."""
    from parentconv.services.handover import MATCH, NEW, SKIP

    lines = [
        _(
            "Overdracht van {source} ({source_year}) naar {target}: {total} leerlingen, {new} "
            "nieuw, {known} al bekend; {talks} gesprekken, {agreements} afspraken en "
            "{carers} ouders/verzorgers erbij."
        ).format(
            source=plan.file.group_name,
            source_year=plan.file.school_year,
            target=plan.group_label,
            total=len(plan.pupils),
            new=plan.count(NEW),
            known=plan.count(MATCH),
            talks=plan.new_talks,
            agreements=plan.new_agreements,
            carers=plan.new_carers,
        )
    ]
    if plan.group_id is None and plan.count(NEW):
        lines.append(_("Nieuwe groep: {group}.").format(group=plan.group_label))
    for item in plan.pupils:
        if item.action == SKIP:
            detail = _("overgeslagen: {reason}").format(reason=item.reason)
        else:
            what = _("nieuw") if item.action == NEW else _("al bekend")
            parts = [
                n_("{count} gesprek", "{count} gesprekken", len(item.new_talks)).format(
                    count=len(item.new_talks)
                ),
                n_("{count} afspraak", "{count} afspraken", len(item.new_agreements)).format(
                    count=len(item.new_agreements)
                ),
            ]
            if item.filled:
                parts.append(_("aangevuld: {fields}").format(fields=", ".join(item.filled)))
            detail = f"{what}, {item.group}: " + ", ".join(parts)
        lines.append(f"  {item.name}: {detail}")
    lines.append(
        outcome_line(stored=stored, dry_run=dry_run, nothing=_("Er was niets toe te voegen."))
    )
    return "\n".join(lines)
