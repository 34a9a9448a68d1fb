"""The full-text index (SQLite FTS5) over pupils' names, talk notes and agreements.

Kept up to date by triggers, so every write path (services, migrations, imports) feeds it.
``unicode61 remove_diacritics 2`` makes matching case- and accent-insensitive ("zoe" = "Zoë").

An FTS5 table finds rows fast by word or by rowid only: ``DELETE … WHERE kind = 'talk' AND
ref_id = …`` read the whole index (19 ms on a school-size store, at every note saved). So
``search_keys`` maps each indexed thing to its rowid, and the triggers delete by rowid. The
rowids still grow with every write, so "newest first" (``ORDER BY rowid DESC``) stays true.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

# A talk's private notes (migration 0012: a row per author) are part of its entry.
PRIVATE = (
    "coalesce((SELECT group_concat(text, ' ') FROM private_notes WHERE talk_id = {row}.id), '')"
)

# what is indexed: kind, table, the pupil it belongs to, the text's parts, the columns that
# change it
_SOURCES = (
    ("pupil", "pupils", "id", ("given_name", "infix", "family_name"), ""),
    (
        "talk",
        "talks",
        "pupil_id",
        ("shared_notes", PRIVATE, "next_time"),
        " OF shared_notes, next_time, pupil_id",
    ),
    ("agreement", "agreements", "pupil_id", ("text",), " OF text"),
)


def _with(prefix: str, parts: tuple[str, ...]) -> str:
    return " || ' ' || ".join(
        part.format(row=prefix) if "{row}" in part else f"{prefix}.{part}" for part in parts
    )


def _add(kind: str, pupil: str, body: tuple[str, ...]) -> str:
    return (
        f"INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('{kind}', new.id, "
        f"new.{pupil}, {_with('new', body)}); "
        "INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) VALUES "
        f"(last_insert_rowid(), '{kind}', new.id, new.{pupil}); "
    )


def _reindex_talk(talk_id: str) -> str:
    """A private note changed: write its talk's entry again (none when the talk is gone)."""
    body = _with("t", _SOURCES[1][3])
    return (
        "DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys "
        f"WHERE kind = 'talk' AND ref_id = {talk_id}); "
        f"DELETE FROM search_keys WHERE kind = 'talk' AND ref_id = {talk_id}; "
        "INSERT INTO search_fts (kind, ref_id, pupil_id, body) "
        f"SELECT 'talk', t.id, t.pupil_id, {body} FROM talks t WHERE t.id = {talk_id}; "
        "INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) "
        "SELECT last_insert_rowid(), 'talk', t.id, t.pupil_id FROM talks t "
        f"WHERE t.id = {talk_id}; "
    )


def _remove(kind: str) -> str:
    return (
        "DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys "
        f"WHERE kind = '{kind}' AND ref_id = old.id); "
        f"DELETE FROM search_keys WHERE kind = '{kind}' AND ref_id = old.id; "
    )


def _triggers() -> list[str]:
    out = []
    for kind, table, pupil, body, columns in _SOURCES:
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS search_{kind}_ins AFTER INSERT ON {table} BEGIN "
            f"{_add(kind, pupil, body)}END"
        )
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS search_{kind}_upd AFTER UPDATE{columns} ON {table} "
            f"BEGIN {_remove(kind)}{_add(kind, pupil, body)}END"
        )
        remove = (
            # a pupil goes with everything indexed under them
            "DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys "
            "WHERE pupil_id = old.id); DELETE FROM search_keys WHERE pupil_id = old.id; "
            if kind == "pupil"
            else _remove(kind)
        )
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS search_{kind}_del AFTER DELETE ON {table} BEGIN "
            f"{remove}END"
        )
    for when, event, row in (
        ("ins", "INSERT", "new"),
        ("upd", "UPDATE OF text", "new"),
        ("del", "DELETE", "old"),
    ):
        out.append(
            f"CREATE TRIGGER IF NOT EXISTS search_private_{when} AFTER {event} ON private_notes "
            f"BEGIN {_reindex_talk(row + '.talk_id')}END"
        )
    return out


STATEMENTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "kind UNINDEXED, ref_id UNINDEXED, pupil_id UNINDEXED, body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TABLE IF NOT EXISTS search_keys (fts_rowid INTEGER PRIMARY KEY, "
    "kind TEXT NOT NULL, ref_id INTEGER NOT NULL, pupil_id INTEGER NOT NULL, "
    "UNIQUE (kind, ref_id))",
    "CREATE INDEX IF NOT EXISTS ix_search_keys_pupil ON search_keys (pupil_id)",
    *_triggers(),
)

FILL_STATEMENTS = (
    "DELETE FROM search_fts",
    "DELETE FROM search_keys",
    *(
        f"INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT '{kind}', id, {pupil}, "
        f"{_with(table, body)} FROM {table}"
        for kind, table, pupil, body, _columns in _SOURCES
    ),
    "INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) "
    "SELECT rowid, kind, ref_id, pupil_id FROM search_fts",
)

DROP_STATEMENTS = (
    *(
        f"DROP TRIGGER IF EXISTS search_{what}_{when}"
        for what in ("pupil", "talk", "agreement", "private")
        for when in ("ins", "upd", "del")
    ),
    "DROP TABLE IF EXISTS search_keys",
    "DROP TABLE IF EXISTS search_fts",
)


def create_search_index(conn: Connection) -> None:
    """Create the index and its triggers (idempotent), then fill it from what is stored."""
    for statement in (*STATEMENTS, *FILL_STATEMENTS):
        conn.exec_driver_sql(statement)


def drop_search_index(conn: Connection) -> None:
    for statement in DROP_STATEMENTS:
        conn.exec_driver_sql(statement)
