"""The command line: options shared with the GUI, and the headless commands for scripts."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from parentconv import __version__
from parentconv.cli_words import DutchArgumentParser, dutch_argparse
from parentconv.config import Locations, resolve_locations
from parentconv.errors import UserFacingError
from parentconv.i18n import N_, _, set_language
from parentconv.logs import setup_logging

if TYPE_CHECKING:
    from parentconv.store.db import Database
    from parentconv.store.work import Work

log = logging.getLogger(__name__)

HEADLESS_COMMANDS = (
    "pupils",
    "talks",
    "demo",
    "summary",
    "evening-pack",
    "invitations",
    "startgesprek-form",
    "backup",
    "restore",
    "export-pupil",
    "retention",
    "import-class",
    "move-up",
    "export-handover",
    "import-handover",
    "team",
)


def build_parser() -> argparse.ArgumentParser:
    with dutch_argparse():  # the default help texts of -h and --version are made here
        return _build_parser()


def _build_parser() -> argparse.ArgumentParser:
    parser = DutchArgumentParser(
        prog="parentconv",
        description="Oudergesprek: oudergesprekken voorbereiden, voeren en vastleggen.",
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"Oudergesprek {__version__}",
        help="toon het versienummer en stop",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="map voor de database (overschrijft PARENTCONV_DATA_DIR en de standaardmap)",
    )
    parser.add_argument(
        "--database",
        metavar="URL",
        help=(
            "de PostgreSQL-server van de school, bijv. postgresql://juf@server/school "
            "(overschrijft PARENTCONV_DATABASE_URL en Instellingen → Database)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="laad de demoklas (als die er nog niet is) en open de app",
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="open het hoofdvenster, sluit het en stop (voor installatiecontroles)",
    )
    parser.add_argument("--lang", choices=("nl", "en"), help="taal van de app")
    sub = parser.add_subparsers(dest="command", metavar="OPDRACHT", title="opdrachten")
    pupils = sub.add_parser("pupils", help="lijst van leerlingen")
    pupils.add_argument("--json", action="store_true", help="als JSON")
    talks = sub.add_parser("talks", help="lijst van gesprekken")
    talks.add_argument("--pupil", type=int, metavar="ID", help="alleen van deze leerling")
    talks.add_argument("--json", action="store_true", help="als JSON")
    sub.add_parser("demo", help="laad de demoklas zonder de app te openen")
    summary = sub.add_parser("summary", help="gespreksverslag van één gesprek als PDF (1 A4)")
    summary.add_argument("--talk", type=int, required=True, metavar="ID", help="het gesprek")
    summary.add_argument(
        "--copy",
        choices=("teacher", "parents"),
        default="teacher",
        help="voor de leerkracht (standaard) of voor de ouders",
    )
    summary.add_argument(
        "--plain",
        action="store_true",
        default=None,
        help="het verslag voor ouders in eenvoudige taal, met grotere letters (standaard als "
        "een ouder daarom vroeg of laaggeletterd is)",
    )
    summary.add_argument(
        "--no-plain",
        action="store_false",
        dest="plain",
        help="het verslag voor ouders niet in eenvoudige taal",
    )
    summary.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="PDF-bestand")
    pack = sub.add_parser("evening-pack", help="het pakket voor een gesprekkenavond als PDF")
    pack.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="datum van de avond")
    pack.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="PDF-bestand")
    invite = sub.add_parser(
        "invitations", help="de uitnodigingen voor een gesprekkenavond als PDF (1 A4 per gezin)"
    )
    invite.add_argument("--date", required=True, metavar="YYYY-MM-DD", help="datum van de avond")
    invite.add_argument(
        "--plain", action="store_true", help="elke brief in eenvoudige taal, met grotere letters"
    )
    invite.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="PDF-bestand")
    move = sub.add_parser(
        "migrate-to",
        help="kopieer deze database naar de PostgreSQL-server van de school (dit bestand blijft)",
    )
    move.add_argument(
        "url", metavar="URL", help="lege PostgreSQL-database, bijv. postgresql://juf@server/school"
    )
    move.add_argument(
        "--author",
        metavar="INLOG",
        help="van wie de privénotities op de server worden (standaard: wie kopieert)",
    )
    _add_startgesprek_command(sub)
    _add_backup_commands(sub)
    _add_privacy_commands(sub)
    from parentconv.cli_import import add_import_command
    from parentconv.cli_team import add_team_commands

    add_import_command(sub)
    add_team_commands(sub)
    from parentconv.cli_school_year import add_move_up_command

    add_move_up_command(sub)
    from parentconv.cli_handover import add_handover_commands

    add_handover_commands(sub)
    return parser


def _add_startgesprek_command(sub: Any) -> None:
    form = sub.add_parser(
        "startgesprek-form",
        help="de vragenlijst 'Vertel ons over uw kind' als PDF (1 A4 per leerling)",
    )
    who = form.add_mutually_exclusive_group(required=True)
    who.add_argument("--group", type=int, metavar="ID", help="een blad per leerling van de groep")
    who.add_argument("--pupil", type=int, metavar="ID", help="alleen voor deze leerling")
    who.add_argument("--blank", action="store_true", help="één leeg formulier")
    form.add_argument(
        "--return-by", metavar="YYYY-MM-DD", help="zet 'graag terug vóór' met deze datum erop"
    )
    form.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="PDF-bestand")


def _add_backup_commands(sub: Any) -> None:
    backup = sub.add_parser("backup", help="maak nu een gecontroleerde back-up van de database")
    backup.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="waar de back-up komt (standaard: de map backups in de gegevensmap)",
    )
    restore = sub.add_parser(
        "restore", help="zet een back-up terug (de huidige database wordt eerst bewaard)"
    )
    restore.add_argument("file", metavar="FILE", help="het back-upbestand")


def _add_privacy_commands(sub: argparse._SubParsersAction[DutchArgumentParser]) -> None:
    inzage = sub.add_parser(
        "export-pupil",
        help="alles over één leerling en de ouders/verzorgers als JSON en PDF (inzage)",
    )
    inzage.add_argument("--pupil", type=int, required=True, metavar="ID", help="de leerling")
    inzage.add_argument(
        "-o", "--output", required=True, metavar="DIR", help="map voor de twee bestanden"
    )
    retention = sub.add_parser(
        "retention", help="leerlingen van wie de bewaartermijn voorbij is (en verwijderen)"
    )
    retention.add_argument(
        "--years",
        type=int,
        metavar="N",
        help="schooljaren bewaren na vertrek (standaard: de instelling, anders 2)",
    )
    retention.add_argument(
        "--erase", action="store_true", help="verwijder de leerlingen op de lijst definitief"
    )
    retention.add_argument(
        "--yes", action="store_true", help="bevestig het verwijderen (na het nakijken van de lijst)"
    )


def _export_pupil(db: Database, args: argparse.Namespace) -> str:
    from pathlib import Path

    from parentconv.services.inzage import export_pupil

    written = export_pupil(db, args.pupil, Path(args.output), language=args.lang or "nl")
    return "\n".join(_("Opgeslagen: {path}").format(path=path) for path in written)


def _retention(db: Database, args: argparse.Namespace, locations: Locations) -> str:
    """List who is due for erasure; with ``--erase --yes`` erase them (after the list)."""
    from parentconv.i18n import n_
    from parentconv.instance import InstanceLock
    from parentconv.services.retention import due_for_erasure, erase_due
    from parentconv.settings import load_settings

    years = args.years
    if years is None:
        years = load_settings(locations.settings_file).retention_years
    due = db.run(due_for_erasure, years)
    lines = [
        f"{row.pupil_id:>5}  "
        + _("{name} ({group}, {year}): vertrokken op {left}, te verwijderen sinds {since}").format(
            name=row.name,
            group=row.group_name,
            year=row.school_year,
            left=row.left_on.isoformat(),
            since=row.due_since.isoformat(),
        )
        for row in due
    ]
    if not due:
        message = _("Niemand is aan de beurt: de bewaartermijn is {years} schooljaren na vertrek.")
        return message.format(years=years)
    if not args.erase:
        return "\n".join(lines)
    if not args.yes:
        _print("\n".join(lines))
        raise UserFacingError(
            _(
                "Er is niets verwijderd. Kijk de lijst na en voeg --yes toe om deze "
                "leerlingen definitief te verwijderen."
            )
        )
    with InstanceLock(locations.data_dir):  # not beside an open app
        erased = db.run(erase_due, [row.pupil_id for row in due], years=years)
    done = n_(
        "{count} leerling definitief verwijderd.",
        "{count} leerlingen definitief verwijderd.",
        len(erased),
    )
    lines.append(done.format(count=len(erased)))
    return "\n".join(lines)


def _backup_command(args: argparse.Namespace, locations: Locations) -> str:
    """``backup`` and ``restore``: the store's own copies, outside a unit of work."""
    from pathlib import Path

    from parentconv.clock import SystemClock
    from parentconv.instance import InstanceLock
    from parentconv.store.backups import restore_backup
    from parentconv.store.db import Database

    server = chosen_server(args, locations)
    if args.command == "backup":
        db = open_store(locations, server)
        try:
            target = Path(args.output).expanduser() if args.output else None
            if target is not None and target.is_dir():
                target = target / f"oudergesprek-{SystemClock().now():%Y%m%d-%H%M%S}.sqlite3"
            written = db.backup(target=target)
        finally:
            db.close()
        return _("Back-up gemaakt: {path}").format(path=written)
    if server:
        raise UserFacingError(
            _(
                "De gegevens staan op de server van de school; een back-up zet de beheerder "
                "daar terug (pg_restore)."
            )
        )
    with InstanceLock(locations.data_dir):  # never under an open app
        done = restore_backup(locations.database, Path(args.file).expanduser(), SystemClock().now())
        Database(locations.database).close()  # upgrade it now, and check that it opens
    lines = [_("Teruggezet: {path}").format(path=done.source)]
    if done.set_aside is not None:
        lines.append(_("De vorige database is bewaard als {path}").format(path=done.set_aside))
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    return build_parser().parse_args(argv)


def chosen_server(args: argparse.Namespace, locations: Locations) -> str:
    """The school server's address to open, or "" for this computer's database file."""
    from parentconv.config import database_address
    from parentconv.settings import load_settings

    given = getattr(args, "database", None)
    return database_address(given, load_settings(locations.settings_file).database_url)


def open_store(locations: Locations, server: str = "") -> Database:
    """Open (create or upgrade) the database, on this computer or the school's server;
    raises UserFacingError with a plain message."""
    if server:
        from parentconv.store.server import ServerDatabase

        return ServerDatabase(server)
    from parentconv.store.db import Database

    return Database(locations.database)


def _pupils(work: Work, as_json: bool) -> str:
    from parentconv.services.people import list_pupils

    rows = [
        {
            "id": p.id,
            "name": p.name,
            "given_name": p.given_name,
            "infix": p.infix,
            "family_name": p.family_name,
            "group_id": p.group_id,
            "group": p.group_name,
            "date_of_birth": p.date_of_birth.isoformat() if p.date_of_birth else None,
            "left_on": p.left_on.isoformat() if p.left_on else None,
        }
        for p in list_pupils(work)
    ]
    if as_json:
        return json.dumps(rows, ensure_ascii=False, indent=2)
    return "\n".join(f"{r['id']:>5}  {r['name']}  ({r['group']})" for r in rows)


def _talks(work: Work, pupil_id: int | None, as_json: bool) -> str:
    from parentconv.services.people import get_pupil
    from parentconv.services.talks import list_talks

    if pupil_id is not None:
        get_pupil(work, pupil_id)  # a clear message for an unknown id
    rows = [
        {
            "id": t.id,
            "pupil_id": t.pupil_id,
            "pupil": t.pupil_name,
            "type": t.type_key,
            "starts_at": t.starts_at.isoformat(timespec="minutes"),
            "duration_minutes": t.duration_minutes,
            "location": t.location,
            "status": t.status,
        }
        for t in sorted(list_talks(work, pupil_id=pupil_id), key=lambda t: (t.starts_at, t.id))
    ]
    if as_json:
        return json.dumps(rows, ensure_ascii=False, indent=2)
    return "\n".join(
        f"{r['id']:>5}  {r['starts_at']}  {r['status']:<9}  {r['type']:<11}  {r['pupil']}"
        for r in rows
    )


def _pdf(db: Database, args: argparse.Namespace) -> str:
    from pathlib import Path

    from parentconv.pdf import render_evening_pack, render_talk_summary, write_pdf
    from parentconv.services.validation import parse_date

    if args.command == "summary":
        data = db.run(render_talk_summary, args.talk, copy=args.copy, plain=args.plain)
    elif args.command == "invitations":
        from parentconv.pdf.invitations import render_evening_invitations

        day = parse_date(args.date, field="date", label=N_("Datum"))
        data = db.run(render_evening_invitations, day, plain=args.plain)
    elif args.command == "startgesprek-form":
        from parentconv.pdf.startgesprek_form import render_startgesprek_forms

        by = args.return_by
        return_by = parse_date(by, field="return_by", label=N_("Graag terug vóór")) if by else None
        data = db.run(
            render_startgesprek_forms,
            group_id=args.group,
            pupil_id=args.pupil,
            return_by=return_by,
            language=args.lang or "nl",
        )
    else:
        day = parse_date(args.date, field="date", label=N_("Datum"))
        data = db.run(render_evening_pack, day)
    written = write_pdf(data, Path(args.output))
    return _("Opgeslagen: {path}").format(path=written)


def run_headless(args: argparse.Namespace) -> int:
    """Run a command that needs no window. Returns the exit code."""
    set_language(args.lang or "nl")  # messages (a bad date, a full disk) in the chosen language
    locations = resolve_locations(args.data_dir)
    setup_logging(locations.log_dir)
    try:
        if args.command in ("backup", "restore"):
            return _print(_backup_command(args, locations))
        if args.command == "team":
            from parentconv.cli_team import run_team_command

            return _print(run_team_command(args, chosen_server(args, locations)))
        db = open_store(locations, chosen_server(args, locations))
        try:
            if args.command == "pupils":
                out = db.run(_pupils, args.json)
            elif args.command == "talks":
                out = db.run(_talks, args.pupil, args.json)
            elif args.command in ("summary", "evening-pack", "invitations", "startgesprek-form"):
                out = _pdf(db, args)
            elif args.command == "migrate-to":
                from parentconv.store.migrate_to import copy_store

                copied = copy_store(db, args.url, args.author)
                out = _(
                    "{total} rijen gekopieerd naar {server}; de database op deze computer blijft "
                    "zoals hij was."
                ).format(total=copied.total, server=copied.server)
            elif args.command == "export-pupil":
                out = _export_pupil(db, args)
            elif args.command == "retention":
                out = _retention(db, args, locations)
            elif args.command == "import-class":
                from parentconv.cli_import import import_class

                out = import_class(db, args, locations)
            elif args.command == "move-up":
                from parentconv.cli_school_year import move_up

                out = move_up(db, args, locations)
            elif args.command in ("export-handover", "import-handover"):
                from parentconv.cli_handover import run_handover_command

                out = run_handover_command(db, args, locations)
            else:
                from parentconv.demo import load_demo_class
                from parentconv.instance import InstanceLock

                with InstanceLock(locations.data_dir):  # not beside an open app
                    result = db.run(load_demo_class)
                out = (
                    _("Demoklas geladen: {count} leerlingen.").format(count=result.pupils)
                    if result.created
                    else _("De demoklas was al geladen; er is niets toegevoegd.")
                )
        finally:
            db.close()
    except UserFacingError as exc:
        print(f"oudergesprek: {exc.message.splitlines()[0]}", file=sys.stderr)
        return 2
    except Exception:
        log.exception("Unexpected error in command %s", args.command)
        print(
            "oudergesprek: "
            + _("onverwachte fout; details staan in {folder}").format(folder=locations.log_dir),
            file=sys.stderr,
        )
        return 1
    if out:
        return _print(out)
    return 0


def _print(text: str) -> int:
    """Print the result; a reader that stopped early (``| head``) is not an error of ours."""
    # A character the terminal cannot show (a file name with a broken byte) is shown as \udcff.
    encoding = sys.stdout.encoding or "utf-8"
    text = text.encode(encoding, "backslashreplace").decode(encoding)
    try:
        print(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # Python would complain again when it flushes stdout at exit: point it at nothing.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point without a GUI (the ``parentconv`` script starts ``parentconv_ui.launcher``)."""
    args = parse_args(argv)
    if args.command is None:
        print(
            f"oudergesprek: geef een opdracht ({', '.join(HEADLESS_COMMANDS)})",
            file=sys.stderr,
        )
        return 2
    return run_headless(args)
