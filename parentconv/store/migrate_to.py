"""Moving a laptop's store to the school's PostgreSQL server (``parentconv migrate-to URL``).

The server's database gets the same migrations, then every row of every table, in one
transaction; the counts per table are compared before it is committed, so a copy that is not
whole is never left behind. The local SQLite file is only read and stays as it is. A server
database that already holds a store with rows is refused: two stores are never mixed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import OperationalError

from parentconv.errors import UserFacingError
from parentconv.i18n import _
from parentconv.store.db import Database, alembic_config
from parentconv.store.models import Base
from parentconv.store.server import server_engine, server_url
from parentconv.store.server import shown as server_shown

BATCH = 500


@dataclass(frozen=True)
class Copied:
    """Rows per table, as counted on the server after the copy (equal to the laptop's)."""

    counts: dict[str, int]
    server: str
    """The server and database, without a password (for the message)."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _rows_in_store(conn: Connection) -> int:
    present = set(inspect(conn).get_table_names())
    return sum(
        conn.execute(select(func.count()).select_from(table)).scalar_one()
        for table in Base.metadata.sorted_tables
        if table.name in present
    )


def _reset_sequences(conn: Connection) -> None:
    """After rows were inserted with their own ids, new rows must get the next ones."""
    for table in Base.metadata.sorted_tables:
        column = table.c.get("id")
        if column is None or not column.primary_key:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )


AUTHORED = ("private_notes", "talk_revisions", "evenings", "self_assessments")
"""Tables whose rows are someone's (migration 0012); on the laptop they are all "" (its
teacher). On the server they become the teacher's login: private notes stay readable to them
alone, under the server's row-level security."""


def copy_store(source: Database, url: str, author: str | None = None) -> Copied:
    """Copy the whole local store into the (empty) database at ``url``. The laptop's private
    notes, evenings and self-assessments become ``author``'s (default: the login copying)."""
    from alembic import command

    parsed = server_url(url)
    target = server_engine(parsed)
    shown = server_shown(parsed)
    counts: dict[str, int] = {}
    try:
        with target.begin() as conn, source.engine.connect() as local:
            if _rows_in_store(conn):
                raise UserFacingError(
                    _(
                        "Op {server} staat al een Oudergesprek-database met gegevens. Er is niets "
                        "gekopieerd: kies een lege database."
                    ).format(server=shown)
                )
            command.upgrade(alembic_config(conn), "head")
            for table in Base.metadata.sorted_tables:
                rows = [dict(r) for r in local.execute(select(table)).mappings()]
                for start in range(0, len(rows), BATCH):
                    conn.execute(table.insert(), rows[start : start + BATCH])
                copied = conn.execute(select(func.count()).select_from(table)).scalar_one()
                if copied != len(rows):
                    raise UserFacingError(
                        _(
                            "{table}: {copied} van {count} rijen gekopieerd; niets opgeslagen."
                        ).format(table=table.name, copied=copied, count=len(rows))
                    )
                counts[table.name] = copied
            _reset_sequences(conn)
            who = author or str(conn.execute(text("SELECT current_user")).scalar_one())
            for table_name in AUTHORED:
                conn.execute(
                    text(f"UPDATE {table_name} SET author = :who WHERE author = ''"), {"who": who}
                )
    except OperationalError as exc:
        raise UserFacingError(
            _("De server {server} is niet bereikbaar: {reason}").format(
                server=shown, reason=str(exc.orig).strip().splitlines()[0] if exc.orig else ""
            )
        ) from None
    finally:
        target.dispose()
    return Copied(counts, shown)
