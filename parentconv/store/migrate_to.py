"""Moving a laptop's store to the school's PostgreSQL server (``parentconv migrate-to URL``).

The server's database gets the same migrations, then every row of every table, in one
transaction; the counts per table are compared before it is committed, so a copy that is not
whole is never left behind. The local SQLite file is only read and stays as it is. A server
database that already holds a store with rows is refused: two stores are never mixed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, inspect, select, text
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError

from parentconv.errors import UserFacingError
from parentconv.i18n import _
from parentconv.store.db import Database, alembic_config
from parentconv.store.models import Base

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


def copy_store(source: Database, url: str) -> Copied:
    """Copy the whole local store into the (empty) database at ``url``."""
    from alembic import command
    from sqlalchemy import create_engine

    try:
        parsed = make_url(url)
        if not parsed.drivername.startswith("postgresql"):
            raise UserFacingError(
                _("Geef het adres van een PostgreSQL-database, zoals postgresql://server/school.")
            )
        if parsed.drivername == "postgresql":
            parsed = parsed.set(drivername="postgresql+psycopg")
        target = create_engine(parsed)
    except ImportError:
        raise UserFacingError(
            _(
                "Voor een PostgreSQL-server is het pakket psycopg nodig: "
                "pip install \"psycopg[binary]\"."
            )
        ) from None
    except (ArgumentError, NoSuchModuleError, ValueError):
        raise UserFacingError(
            _("Dit is geen databaseadres; gebruik de vorm postgresql://gebruiker@server/database.")
        ) from None
    shown = parsed.render_as_string(hide_password=True)
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
    except OperationalError as exc:
        raise UserFacingError(
            _("De server {server} is niet bereikbaar: {reason}").format(
                server=shown, reason=str(exc.orig).strip().splitlines()[0] if exc.orig else ""
            )
        ) from None
    finally:
        target.dispose()
    return Copied(counts, shown)
