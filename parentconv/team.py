"""Setting up the school's server for team mode: the SQL the administrator runs, and runs it.

``parentconv --database URL team init | add-teacher | assign | unassign | list``. Each command
prints every statement it runs, so the administrator sees (and could run by hand in ``psql``)
exactly what was done to their server. Who may see what is not decided here: the migration
0012's row-level-security policies decide it, from the ``staff`` and ``group_staff`` rows
these commands write. The connection must be the tables' owner (the administrator's login).

A teacher's password is never part of it: the administrator gives it with ``\\password LOGIN``
in ``psql`` (or the school's own directory), so it is not printed, logged or stored.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from parentconv.errors import ValidationError
from parentconv.i18n import _

TEAM_ROLE = "oudergesprek_team"
"""The group role every teacher's login is a member of: it holds the table rights."""

LOGIN = re.compile(r"[a-z_][a-z0-9_]{0,62}")
STAFF_TABLES = ("staff", "group_staff", "alembic_version")
"""Read by teachers, written by the administrator only."""


@dataclass(frozen=True)
class Statement:
    sql: str
    why: str
    """One line for the administrator (printed as an SQL comment above the statement)."""


def literal(value: str) -> str:
    """A string as an SQL literal (values here are checked first; quotes are doubled)."""
    return "'" + value.replace("'", "''") + "'"


def check_login(login: str) -> str:
    login = login.strip()
    if not LOGIN.fullmatch(login):
        raise ValidationError(
            _(
                "Een inlognaam heeft alleen kleine letters, cijfers en _ en begint met een "
                "letter (bijv. juf_anna), hoogstens 63 tekens: {login}"
            ).format(login=login or "''"),
            field="login",
        )
    return login


def init_statements(conn: Connection) -> list[Statement]:
    """The team role and its rights on every table of the store (migrated to the newest)."""
    role_exists = conn.execute(
        text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": TEAM_ROLE}
    ).first()
    out: list[Statement] = []
    if role_exists is None:
        out.append(
            Statement(f"CREATE ROLE {TEAM_ROLE} NOLOGIN", _("de rol met de rechten van het team"))
        )
    database = conn.execute(text("SELECT current_database()")).scalar_one()
    out += [
        Statement(
            f'GRANT CONNECT ON DATABASE "{database}" TO {TEAM_ROLE}',
            _("leerkrachten mogen met deze database verbinden"),
        ),
        Statement(f"GRANT USAGE ON SCHEMA public TO {TEAM_ROLE}", _("en de tabellen zien")),
        Statement(
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {TEAM_ROLE}",
            _("lezen en schrijven; welke rijen, bepalen de policies van de server"),
        ),
        Statement(
            f"REVOKE INSERT, UPDATE, DELETE ON {', '.join(STAFF_TABLES)} FROM {TEAM_ROLE}",
            _("wie welke groep heeft, regelt alleen de beheerder"),
        ),
        Statement(
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {TEAM_ROLE}",
            _("nieuwe rijen krijgen een nummer"),
        ),
        Statement(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE "
            f"ON TABLES TO {TEAM_ROLE}",
            _("ook tabellen van een latere versie"),
        ),
        Statement(
            "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT "
            f"ON SEQUENCES TO {TEAM_ROLE}",
            _("en hun nummering"),
        ),
    ]
    return out


def add_teacher_statements(
    conn: Connection, login: str, name: str, *, coordinator: bool
) -> list[Statement]:
    login = check_login(login)
    exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login}).first()
    out: list[Statement] = []
    if exists is None:
        out.append(Statement(f"CREATE ROLE {login} LOGIN", _("de eigen inlog van {login}")))
    out += [
        Statement(f"GRANT {TEAM_ROLE} TO {login}", _("met de rechten van het team")),
        Statement(
            "INSERT INTO staff (login, name, is_coordinator) VALUES "
            f"({literal(login)}, {literal(name.strip())}, {'true' if coordinator else 'false'}) "
            "ON CONFLICT (login) DO UPDATE SET name = EXCLUDED.name, "
            "is_coordinator = EXCLUDED.is_coordinator",
            _("intern begeleider: ziet alle groepen")
            if coordinator
            else _("leerkracht: ziet alleen de eigen groepen"),
        ),
    ]
    return out


def _group_id(conn: Connection, group: str, school_year: str | None) -> int:
    """A group by its number, or by its name (in ``school_year``, else the newest year)."""
    if group.strip().isdigit():
        row = conn.execute(
            text("SELECT id FROM groups WHERE id = :g"), {"g": int(group.strip())}
        ).first()
    else:
        query = "SELECT id FROM groups WHERE lower(name) = lower(:name)"
        values: dict[str, object] = {"name": group.strip()}
        if school_year:
            query += " AND school_year = :year"
            values["year"] = school_year.strip()
        row = conn.execute(text(query + " ORDER BY school_year DESC LIMIT 1"), values).first()
    if row is None:
        raise ValidationError(_("Er is geen groep {group} op de server.").format(group=group))
    return int(row[0])


def _staff_id(conn: Connection, login: str) -> int:
    login = check_login(login)
    row = conn.execute(text("SELECT id FROM staff WHERE login = :l"), {"l": login}).first()
    if row is None:
        raise ValidationError(
            _("{login} is nog geen leerkracht op de server: eerst team add-teacher.").format(
                login=login
            )
        )
    return int(row[0])


def assign_statements(
    conn: Connection, group: str, login: str, school_year: str | None, *, remove: bool = False
) -> list[Statement]:
    group_id = _group_id(conn, group, school_year)
    staff_id = _staff_id(conn, login)
    if remove:
        return [
            Statement(
                f"DELETE FROM group_staff WHERE group_id = {group_id} AND staff_id = {staff_id}",
                _("{login} ziet deze groep niet meer").format(login=login),
            )
        ]
    return [
        Statement(
            f"INSERT INTO group_staff (group_id, staff_id) VALUES ({group_id}, {staff_id}) "
            "ON CONFLICT DO NOTHING",
            _("{login} ziet en schrijft de leerlingen van deze groep").format(login=login),
        )
    ]


def run_statements(engine: Engine, statements: Sequence[Statement]) -> None:
    """All of them in one transaction (PostgreSQL's DDL and GRANTs are transactional)."""
    with engine.begin() as conn:
        for statement in statements:
            conn.exec_driver_sql(statement.sql)


def as_script(statements: Sequence[Statement]) -> str:
    return "\n".join(f"-- {s.why}\n{s.sql};" for s in statements)


@dataclass(frozen=True)
class StaffRow:
    login: str
    name: str
    coordinator: bool
    groups: tuple[str, ...]


def list_staff(conn: Connection) -> list[StaffRow]:
    rows = conn.execute(
        text(
            "SELECT s.login, s.name, s.is_coordinator, "
            "coalesce(string_agg(g.name || ' (' || g.school_year || ')', ', ' "
            "ORDER BY g.school_year DESC, g.name), '') "
            "FROM staff s LEFT JOIN group_staff gs ON gs.staff_id = s.id "
            "LEFT JOIN groups g ON g.id = gs.group_id GROUP BY s.id ORDER BY s.login"
        )
    ).all()
    return [
        StaffRow(str(r[0]), str(r[1]), bool(r[2]), tuple(x for x in str(r[3]).split(", ") if x))
        for r in rows
    ]
