"""Search on PostgreSQL (team mode): what FTS5 does on SQLite, with full-text search.

Accents are ignored (``unaccent``), words are matched as prefixes, and each searched text has a
GIN index on the same expression the search uses (``pc_search_text``), so "zoe" finds Zoë on
the server as it does on the laptop. On SQLite this migration does nothing: its FTS5 index
(0004, 0007) stays.

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

PUPIL_TEXT = "given_name || ' ' || infix || ' ' || family_name"
TALK_TEXT = "shared_notes || ' ' || private_notes || ' ' || next_time"
AGREEMENT_TEXT = "text"
INDEXES = (
    ("ix_pupils_search", "pupils", PUPIL_TEXT),
    ("ix_talks_search", "talks", TALK_TEXT),
    ("ix_agreements_search", "agreements", AGREEMENT_TEXT),
)


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS unaccent")
    # unaccent() is not IMMUTABLE (its dictionary could change); an index needs a function
    # that is, so the dictionary is named in full and the wrapper declared so.
    conn.exec_driver_sql(
        "CREATE OR REPLACE FUNCTION pc_search_text(body text) RETURNS tsvector "
        "LANGUAGE sql IMMUTABLE PARALLEL SAFE AS "
        "$$ SELECT to_tsvector('simple', public.unaccent('public.unaccent'::regdictionary, "
        "lower(coalesce(body, '')))) $$"
    )
    for name, table, expression in INDEXES:
        conn.exec_driver_sql(
            f"CREATE INDEX IF NOT EXISTS {name} ON {table} USING gin (pc_search_text({expression}))"
        )


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        return
    for name, _table, _expression in INDEXES:
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
    conn.exec_driver_sql("DROP FUNCTION IF EXISTS pc_search_text(text)")
