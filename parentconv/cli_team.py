"""``parentconv --database URL team …``: set up the school's server (parentconv.team)."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy.exc import DBAPIError

from parentconv.errors import StorageError, UserFacingError
from parentconv.i18n import _


def add_team_commands(sub: Any) -> None:
    team = sub.add_parser(
        "team",
        help="de server van de school inrichten: leerkrachten, groepen, rechten (toont de SQL)",
    )
    steps = team.add_subparsers(dest="team_command", metavar="STAP", required=True)
    init = steps.add_parser("init", help="tabellen (bij)werken en de rol van het team maken")
    init.add_argument("--dry-run", action="store_true", help="alleen de SQL tonen")
    teacher = steps.add_parser("add-teacher", help="een leerkracht of IB'er een eigen inlog geven")
    teacher.add_argument("login", metavar="INLOG", help="de inlognaam, bijv. juf_anna")
    teacher.add_argument("--name", default="", metavar="NAAM", help="de naam, bijv. 'Anna de Wit'")
    teacher.add_argument(
        "--coordinator", action="store_true", help="intern begeleider: ziet alle groepen"
    )
    teacher.add_argument("--dry-run", action="store_true", help="alleen de SQL tonen")
    for name, words in (
        ("assign", "een groep aan een leerkracht geven (een duo: twee keer)"),
        ("unassign", "een leerkracht van een groep halen"),
    ):
        step = steps.add_parser(name, help=words)
        step.add_argument("group", metavar="GROEP", help="het nummer of de naam van de groep")
        step.add_argument("login", metavar="INLOG", help="de inlognaam van de leerkracht")
        step.add_argument(
            "--school-year", metavar="JJJJ-JJJJ", help="bij een naam: van dit schooljaar"
        )
        step.add_argument("--dry-run", action="store_true", help="alleen de SQL tonen")
    steps.add_parser("list", help="de leerkrachten en hun groepen")


def run_team_command(args: argparse.Namespace, server: str) -> str:
    from parentconv.store.server import describe_server_error, server_engine, server_url, shown
    from parentconv.team import (
        add_teacher_statements,
        as_script,
        assign_statements,
        init_statements,
        list_staff,
        run_statements,
    )

    if not server:
        raise UserFacingError(
            _(
                "team werkt op de server van de school: geef die met --database URL "
                "(of PARENTCONV_DATABASE_URL)."
            )
        )
    url = server_url(server)
    engine = server_engine(url)
    where = shown(url)
    lines: list[str] = []
    try:
        if args.team_command == "init":
            lines.append(_("-- de tabellen van Oudergesprek, bijgewerkt tot de nieuwste versie"))
            lines.append("-- alembic upgrade head")
            if not args.dry_run:
                from alembic import command

                from parentconv.store.db import alembic_config

                with engine.begin() as conn:
                    command.upgrade(alembic_config(conn), "head")
        if args.team_command == "list":
            with engine.connect() as conn:
                rows = list_staff(conn)
            if not rows:
                return _("Nog geen leerkrachten op {server}.").format(server=where)
            return "\n".join(
                f"{r.login}  {r.name}"
                + ("  [IB]" if r.coordinator else "")
                + (f"  {', '.join(r.groups)}" if r.groups else "")
                for r in rows
            )
        with engine.connect() as conn:
            if args.team_command == "init":
                statements = init_statements(conn)
            elif args.team_command == "add-teacher":
                statements = add_teacher_statements(
                    conn, args.login, args.name, coordinator=args.coordinator
                )
            else:
                statements = assign_statements(
                    conn,
                    args.group,
                    args.login,
                    args.school_year,
                    remove=args.team_command == "unassign",
                )
        lines.append(as_script(statements))
        if args.dry_run:
            lines.append(_("-- niets uitgevoerd (--dry-run)"))
        else:
            run_statements(engine, statements)
            lines.append(_("-- uitgevoerd op {server}").format(server=where))
            if args.team_command == "add-teacher":
                lines.append(
                    _("-- geef {login} een wachtwoord in psql met: \\password {login}").format(
                        login=args.login.strip()
                    )
                )
    except DBAPIError as exc:
        message = describe_server_error(exc, where)
        if message is None:
            raise
        raise StorageError(message) from None
    finally:
        engine.dispose()
    return "\n".join(lines)
