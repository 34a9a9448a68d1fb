"""The full-text index (SQLite FTS5) over pupils' names, talk notes and agreements.

Kept up to date by triggers, so every write path (services, migrations, imports) feeds it.
``unicode61 remove_diacritics 2`` makes matching case- and accent-insensitive ("zoe" = "Zoë").
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

STATEMENTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5("
    "kind UNINDEXED, ref_id UNINDEXED, pupil_id UNINDEXED, body, "
    "tokenize = 'unicode61 remove_diacritics 2')",
    # pupils
    "CREATE TRIGGER IF NOT EXISTS search_pupil_ins AFTER INSERT ON pupils BEGIN "
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('pupil', new.id, new.id, "
    "new.given_name || ' ' || new.infix || ' ' || new.family_name); END",
    "CREATE TRIGGER IF NOT EXISTS search_pupil_upd AFTER UPDATE ON pupils BEGIN "
    "DELETE FROM search_fts WHERE kind = 'pupil' AND ref_id = old.id; "
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('pupil', new.id, new.id, "
    "new.given_name || ' ' || new.infix || ' ' || new.family_name); END",
    "CREATE TRIGGER IF NOT EXISTS search_pupil_del AFTER DELETE ON pupils BEGIN "
    "DELETE FROM search_fts WHERE pupil_id = old.id; END",
    # talks: shared and private notes, reflection
    "CREATE TRIGGER IF NOT EXISTS search_talk_ins AFTER INSERT ON talks BEGIN "
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('talk', new.id, "
    "new.pupil_id, new.shared_notes || ' ' || new.private_notes || ' ' || new.next_time); END",
    "CREATE TRIGGER IF NOT EXISTS search_talk_upd AFTER UPDATE OF shared_notes, private_notes, "
    "next_time, pupil_id ON talks BEGIN "
    "DELETE FROM search_fts WHERE kind = 'talk' AND ref_id = old.id; "
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('talk', new.id, "
    "new.pupil_id, new.shared_notes || ' ' || new.private_notes || ' ' || new.next_time); END",
    "CREATE TRIGGER IF NOT EXISTS search_talk_del AFTER DELETE ON talks BEGIN "
    "DELETE FROM search_fts WHERE kind = 'talk' AND ref_id = old.id; END",
    # agreements
    "CREATE TRIGGER IF NOT EXISTS search_agreement_ins AFTER INSERT ON agreements BEGIN "
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('agreement', new.id, "
    "new.pupil_id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS search_agreement_upd AFTER UPDATE OF text ON agreements BEGIN "
    "DELETE FROM search_fts WHERE kind = 'agreement' AND ref_id = old.id; "
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('agreement', new.id, "
    "new.pupil_id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS search_agreement_del AFTER DELETE ON agreements BEGIN "
    "DELETE FROM search_fts WHERE kind = 'agreement' AND ref_id = old.id; END",
)

DROP_STATEMENTS = (
    *(
        f"DROP TRIGGER IF EXISTS search_{what}_{when}"
        for what in ("pupil", "talk", "agreement")
        for when in ("ins", "upd", "del")
    ),
    "DROP TABLE IF EXISTS search_fts",
)


def create_search_index(conn: Connection) -> None:
    """Create the index and its triggers (idempotent), then fill it from what is stored."""
    for statement in STATEMENTS:
        conn.exec_driver_sql(statement)
    conn.exec_driver_sql("DELETE FROM search_fts")
    conn.exec_driver_sql(
        "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'pupil', id, id, "
        "given_name || ' ' || infix || ' ' || family_name FROM pupils"
    )
    conn.exec_driver_sql(
        "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'talk', id, pupil_id, "
        "shared_notes || ' ' || private_notes || ' ' || next_time FROM talks"
    )
    conn.exec_driver_sql(
        "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'agreement', id, "
        "pupil_id, text FROM agreements"
    )


def drop_search_index(conn: Connection) -> None:
    for statement in DROP_STATEMENTS:
        conn.exec_driver_sql(statement)
