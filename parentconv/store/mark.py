"""What makes a SQLite file an Oudergesprek store: our mark in its header, or, for a store made
before files were marked, our schema history and our own tables. Opening and restoring use this
one rule."""

from __future__ import annotations

from collections.abc import Iterable

from parentconv.migrations import REVISIONS

# PRAGMA application_id of every Oudergesprek store: "OGSP" (Oudergesprek), in the file header.
APPLICATION_ID = 0x4F475350
# The tables every store made before files were marked has had since revision 0001.
LEGACY_TABLES = frozenset({"alembic_version", "groups", "pupils", "carers", "pupil_carers"})


def is_our_store(app_id: int, revision: str | None, tables: Iterable[str]) -> bool:
    return app_id == APPLICATION_ID or (
        app_id == 0 and revision in REVISIONS and set(tables) >= LEGACY_TABLES
    )
