"""Alembic environment: always run on a connection handed over by parentconv.store.db."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from parentconv.store.models import Base

config = context.config


def run_migrations(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies tables.
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


_connection = config.attributes.get("connection")
if not isinstance(_connection, Connection):
    raise RuntimeError("parentconv migrations run only through parentconv.store.db")
run_migrations(_connection)
