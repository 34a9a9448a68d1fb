"""The search index deletes by rowid: a key table beside the FTS5 index.

Saving a note rewrote the talk's entry in the index with ``DELETE … WHERE kind = 'talk' AND
ref_id = …``, which FTS5 can only answer by reading every entry (19 ms on a school-size store,
at every note saved and every agreement edited). ``search_keys`` maps each entry to its rowid;
the triggers now delete by rowid. The index is rebuilt from what is stored.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import importlib

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# The search index as this revision makes it: a copy, not an import of the live schema module,
# so that a later change there cannot change what this migration did.
DROP_OLD = (
    *(
        f"DROP TRIGGER IF EXISTS search_{what}_{when}"
        for what in ("pupil", "talk", "agreement")
        for when in ("ins", "upd", "del")
    ),
    "DROP TABLE IF EXISTS search_fts",
)
STATEMENTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(kind UNINDEXED, ref_id UNINDEXED, pupil_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TABLE IF NOT EXISTS search_keys (fts_rowid INTEGER PRIMARY KEY, kind TEXT NOT NULL, ref_id INTEGER NOT NULL, pupil_id INTEGER NOT NULL, UNIQUE (kind, ref_id))",
    "CREATE INDEX IF NOT EXISTS ix_search_keys_pupil ON search_keys (pupil_id)",
    "CREATE TRIGGER IF NOT EXISTS search_pupil_ins AFTER INSERT ON pupils BEGIN INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('pupil', new.id, new.id, new.given_name || ' ' || new.infix || ' ' || new.family_name); INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) VALUES (last_insert_rowid(), 'pupil', new.id, new.id); END",
    "CREATE TRIGGER IF NOT EXISTS search_pupil_upd AFTER UPDATE ON pupils BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE kind = 'pupil' AND ref_id = old.id); DELETE FROM search_keys WHERE kind = 'pupil' AND ref_id = old.id; INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('pupil', new.id, new.id, new.given_name || ' ' || new.infix || ' ' || new.family_name); INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) VALUES (last_insert_rowid(), 'pupil', new.id, new.id); END",
    "CREATE TRIGGER IF NOT EXISTS search_pupil_del AFTER DELETE ON pupils BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE pupil_id = old.id); DELETE FROM search_keys WHERE pupil_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS search_talk_ins AFTER INSERT ON talks BEGIN INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('talk', new.id, new.pupil_id, new.shared_notes || ' ' || new.private_notes || ' ' || new.next_time); INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) VALUES (last_insert_rowid(), 'talk', new.id, new.pupil_id); END",
    "CREATE TRIGGER IF NOT EXISTS search_talk_upd AFTER UPDATE OF shared_notes, private_notes, next_time, pupil_id ON talks BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE kind = 'talk' AND ref_id = old.id); DELETE FROM search_keys WHERE kind = 'talk' AND ref_id = old.id; INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('talk', new.id, new.pupil_id, new.shared_notes || ' ' || new.private_notes || ' ' || new.next_time); INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) VALUES (last_insert_rowid(), 'talk', new.id, new.pupil_id); END",
    "CREATE TRIGGER IF NOT EXISTS search_talk_del AFTER DELETE ON talks BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE kind = 'talk' AND ref_id = old.id); DELETE FROM search_keys WHERE kind = 'talk' AND ref_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS search_agreement_ins AFTER INSERT ON agreements BEGIN INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('agreement', new.id, new.pupil_id, new.text); INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) VALUES (last_insert_rowid(), 'agreement', new.id, new.pupil_id); END",
    "CREATE TRIGGER IF NOT EXISTS search_agreement_upd AFTER UPDATE OF text ON agreements BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE kind = 'agreement' AND ref_id = old.id); DELETE FROM search_keys WHERE kind = 'agreement' AND ref_id = old.id; INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('agreement', new.id, new.pupil_id, new.text); INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) VALUES (last_insert_rowid(), 'agreement', new.id, new.pupil_id); END",
    "CREATE TRIGGER IF NOT EXISTS search_agreement_del AFTER DELETE ON agreements BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE kind = 'agreement' AND ref_id = old.id); DELETE FROM search_keys WHERE kind = 'agreement' AND ref_id = old.id; END",
)
FILL_STATEMENTS = (
    "DELETE FROM search_fts",
    "DELETE FROM search_keys",
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'pupil', id, id, given_name || ' ' || infix || ' ' || family_name FROM pupils",
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'talk', id, pupil_id, shared_notes || ' ' || private_notes || ' ' || next_time FROM talks",
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'agreement', id, pupil_id, text FROM agreements",
    "INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) SELECT rowid, kind, ref_id, pupil_id FROM search_fts",
)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return  # SQLite's FTS5 search index; PostgreSQL (team mode) searches differently
    for statement in (*DROP_OLD, *STATEMENTS, *FILL_STATEMENTS):
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    """Back to the index of 0004 (its own statements), without the key table."""
    before = importlib.import_module("parentconv.migrations.versions.0004_history_search")
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return  # SQLite's FTS5 search index; PostgreSQL (team mode) searches differently
    for statement in (*DROP_OLD, "DROP TABLE IF EXISTS search_keys"):
        conn.exec_driver_sql(statement)
    for statement in (*before.SEARCH_STATEMENTS, *before.FILL_STATEMENTS):
        conn.exec_driver_sql(statement)
