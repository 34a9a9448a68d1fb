"""Full-text search (FTS5 with triggers), the teacher's concern-led mark, history indexes.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

# The search index as this revision made it: a copy, not an import of the live schema module,
# so that a later change there cannot change what this migration did.
SEARCH_STATEMENTS = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(kind UNINDEXED, ref_id UNINDEXED, pupil_id UNINDEXED, body, tokenize = 'unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS search_pupil_ins AFTER INSERT ON pupils BEGIN INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('pupil', new.id, new.id, new.given_name || ' ' || new.infix || ' ' || new.family_name); END",
    "CREATE TRIGGER IF NOT EXISTS search_pupil_upd AFTER UPDATE ON pupils BEGIN DELETE FROM search_fts WHERE kind = 'pupil' AND ref_id = old.id; INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('pupil', new.id, new.id, new.given_name || ' ' || new.infix || ' ' || new.family_name); END",
    "CREATE TRIGGER IF NOT EXISTS search_pupil_del AFTER DELETE ON pupils BEGIN DELETE FROM search_fts WHERE pupil_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS search_talk_ins AFTER INSERT ON talks BEGIN INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('talk', new.id, new.pupil_id, new.shared_notes || ' ' || new.private_notes || ' ' || new.next_time); END",
    "CREATE TRIGGER IF NOT EXISTS search_talk_upd AFTER UPDATE OF shared_notes, private_notes, next_time, pupil_id ON talks BEGIN DELETE FROM search_fts WHERE kind = 'talk' AND ref_id = old.id; INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('talk', new.id, new.pupil_id, new.shared_notes || ' ' || new.private_notes || ' ' || new.next_time); END",
    "CREATE TRIGGER IF NOT EXISTS search_talk_del AFTER DELETE ON talks BEGIN DELETE FROM search_fts WHERE kind = 'talk' AND ref_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS search_agreement_ins AFTER INSERT ON agreements BEGIN INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('agreement', new.id, new.pupil_id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS search_agreement_upd AFTER UPDATE OF text ON agreements BEGIN DELETE FROM search_fts WHERE kind = 'agreement' AND ref_id = old.id; INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('agreement', new.id, new.pupil_id, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS search_agreement_del AFTER DELETE ON agreements BEGIN DELETE FROM search_fts WHERE kind = 'agreement' AND ref_id = old.id; END",
)
FILL_STATEMENTS = (
    "DELETE FROM search_fts",
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'pupil', id, id, "
    "given_name || ' ' || infix || ' ' || family_name FROM pupils",
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'talk', id, pupil_id, "
    "shared_notes || ' ' || private_notes || ' ' || next_time FROM talks",
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'agreement', id, "
    "pupil_id, text FROM agreements",
)
DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS search_pupil_ins",
    "DROP TRIGGER IF EXISTS search_pupil_upd",
    "DROP TRIGGER IF EXISTS search_pupil_del",
    "DROP TRIGGER IF EXISTS search_talk_ins",
    "DROP TRIGGER IF EXISTS search_talk_upd",
    "DROP TRIGGER IF EXISTS search_talk_del",
    "DROP TRIGGER IF EXISTS search_agreement_ins",
    "DROP TRIGGER IF EXISTS search_agreement_upd",
    "DROP TRIGGER IF EXISTS search_agreement_del",
    "DROP TABLE IF EXISTS search_fts",
)


def upgrade() -> None:
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("concern_led", sa.Boolean(), nullable=True))
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(
            "ix_agreements_pupil_status_due", ["pupil_id", "status", "due_on"], unique=False
        )
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.create_index("ix_talks_pupil_starts", ["pupil_id", "starts_at"], unique=False)
    op.create_index("ix_pupil_carers_carer", "pupil_carers", ["carer_id"], unique=False)
    op.create_index("ix_talk_carers_carer", "talk_carers", ["carer_id"], unique=False)
    conn = op.get_bind()
    if conn.dialect.name != "sqlite":
        return  # SQLite's FTS5 search index; PostgreSQL (team mode) searches differently
    for statement in (*SEARCH_STATEMENTS, *FILL_STATEMENTS):
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":  # the FTS5 search index (SQLite only)
        for statement in DROP_STATEMENTS:
            conn.exec_driver_sql(statement)
    op.drop_index("ix_talk_carers_carer", table_name="talk_carers")
    op.drop_index("ix_pupil_carers_carer", table_name="pupil_carers")
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.drop_index("ix_talks_pupil_starts")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index("ix_agreements_pupil_status_due")
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.drop_column("concern_led")
