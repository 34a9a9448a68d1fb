"""Team mode on the school's server: who teaches which group, a private note per author,
and row-level security so the server itself shows each teacher only their own groups.

- ``staff`` (a login role per teacher or intern begeleider) and ``group_staff`` (one or two
  teachers per group, a duo-baan). On a laptop both stay empty.
- ``private_notes``: a talk's private note moves out of ``talks`` into a row per author, so
  that it can be private to the teacher who wrote it (not the duo partner, not the IB'er).
  The laptop's notes become the notes of author "" (on the server, ``team assign`` hands them
  to the group's teacher).
- ``author`` on evenings, talk revisions and self-assessments: whose they are.
- On PostgreSQL only: the policies. A teacher reads and writes their groups' pupils, carers,
  talks, preparations and agreements; a coordinator (IB'er) all groups; private notes, old
  private notes and self-assessments only their author. The table owner (the administrator
  who ran the migrations) is not bound by them.
- On SQLite only: the search index takes the private notes from their new table.

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import importlib

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# The SQLite search index's talk entries as this revision makes them (a copy, not an import of
# the live parentconv.store.search_schema, so that a later change cannot change this migration).
DROP_TALK_TRIGGERS = tuple(
    f"DROP TRIGGER IF EXISTS search_talk_{when}" for when in ("ins", "upd", "del")
)
SEARCH_STATEMENTS = (
    "CREATE TRIGGER IF NOT EXISTS search_talk_ins AFTER INSERT ON talks BEGIN INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('talk', new.id, new.pupil_id, new.shared_notes || ' ' || coalesce((SELECT group_concat(text, ' ') FROM private_notes WHERE talk_id = new.id), '') || ' ' || new.next_time); INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) VALUES (last_insert_rowid(), 'talk', new.id, new.pupil_id); END",
    "CREATE TRIGGER IF NOT EXISTS search_talk_upd AFTER UPDATE OF shared_notes, next_time, pupil_id ON talks BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE kind = 'talk' AND ref_id = old.id); DELETE FROM search_keys WHERE kind = 'talk' AND ref_id = old.id; INSERT INTO search_fts (kind, ref_id, pupil_id, body) VALUES ('talk', new.id, new.pupil_id, new.shared_notes || ' ' || coalesce((SELECT group_concat(text, ' ') FROM private_notes WHERE talk_id = new.id), '') || ' ' || new.next_time); INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) VALUES (last_insert_rowid(), 'talk', new.id, new.pupil_id); END",
    "CREATE TRIGGER IF NOT EXISTS search_talk_del AFTER DELETE ON talks BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE kind = 'talk' AND ref_id = old.id); DELETE FROM search_keys WHERE kind = 'talk' AND ref_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS search_private_ins AFTER INSERT ON private_notes BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE kind = 'talk' AND ref_id = new.talk_id); DELETE FROM search_keys WHERE kind = 'talk' AND ref_id = new.talk_id; INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'talk', t.id, t.pupil_id, t.shared_notes || ' ' || coalesce((SELECT group_concat(text, ' ') FROM private_notes WHERE talk_id = t.id), '') || ' ' || t.next_time FROM talks t WHERE t.id = new.talk_id; INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) SELECT last_insert_rowid(), 'talk', t.id, t.pupil_id FROM talks t WHERE t.id = new.talk_id; END",
    "CREATE TRIGGER IF NOT EXISTS search_private_upd AFTER UPDATE OF text ON private_notes BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE kind = 'talk' AND ref_id = new.talk_id); DELETE FROM search_keys WHERE kind = 'talk' AND ref_id = new.talk_id; INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'talk', t.id, t.pupil_id, t.shared_notes || ' ' || coalesce((SELECT group_concat(text, ' ') FROM private_notes WHERE talk_id = t.id), '') || ' ' || t.next_time FROM talks t WHERE t.id = new.talk_id; INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) SELECT last_insert_rowid(), 'talk', t.id, t.pupil_id FROM talks t WHERE t.id = new.talk_id; END",
    "CREATE TRIGGER IF NOT EXISTS search_private_del AFTER DELETE ON private_notes BEGIN DELETE FROM search_fts WHERE rowid IN (SELECT fts_rowid FROM search_keys WHERE kind = 'talk' AND ref_id = old.talk_id); DELETE FROM search_keys WHERE kind = 'talk' AND ref_id = old.talk_id; INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'talk', t.id, t.pupil_id, t.shared_notes || ' ' || coalesce((SELECT group_concat(text, ' ') FROM private_notes WHERE talk_id = t.id), '') || ' ' || t.next_time FROM talks t WHERE t.id = old.talk_id; INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) SELECT last_insert_rowid(), 'talk', t.id, t.pupil_id FROM talks t WHERE t.id = old.talk_id; END",
)
FILL_STATEMENTS = (
    "DELETE FROM search_fts",
    "DELETE FROM search_keys",
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'pupil', id, id, pupils.given_name || ' ' || pupils.infix || ' ' || pupils.family_name FROM pupils",
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'talk', id, pupil_id, talks.shared_notes || ' ' || coalesce((SELECT group_concat(text, ' ') FROM private_notes WHERE talk_id = talks.id), '') || ' ' || talks.next_time FROM talks",
    "INSERT INTO search_fts (kind, ref_id, pupil_id, body) SELECT 'agreement', id, pupil_id, agreements.text FROM agreements",
    "INSERT INTO search_keys (fts_rowid, kind, ref_id, pupil_id) SELECT rowid, kind, ref_id, pupil_id FROM search_fts",
)

TALK_TEXT = "shared_notes || ' ' || next_time"
OLD_TALK_TEXT = "shared_notes || ' ' || private_notes || ' ' || next_time"

# Row-level security on PostgreSQL. What a login may see is computed once per statement by
# the functions below (SECURITY DEFINER, so they read past the policies; the login is passed
# in, since inside them ``current_user`` is their owner): the pupils of the login's groups (all
# for a coordinator), their talks and their agreements. Each policy asks ``IN (SELECT …)``, a
# set built once per statement; a bare function call would run once per row (bench_team.py:
# 30 teachers' autosaves went from 1,066 ms to under 100 ms at p95). PL/pgSQL, because it
# keeps its query plans for the session; a SQL function is planned again at every call.
_DEFINER = "STABLE SECURITY DEFINER SET search_path = public AS "
FUNCTIONS = (
    "CREATE OR REPLACE FUNCTION pc_is_coordinator() RETURNS boolean LANGUAGE sql STABLE AS "
    "$$ SELECT EXISTS (SELECT 1 FROM staff WHERE login = current_user AND is_coordinator) $$",
    "CREATE OR REPLACE FUNCTION pc_my_groups() RETURNS SETOF integer LANGUAGE sql STABLE AS "
    "$$ SELECT gs.group_id FROM group_staff gs JOIN staff s ON s.id = gs.staff_id "
    "WHERE s.login = current_user $$",
    *(
        f"CREATE OR REPLACE FUNCTION pc_visible_{what}(who name) RETURNS SETOF integer "
        "LANGUAGE plpgsql "
        + _DEFINER
        + "$$ BEGIN IF EXISTS (SELECT 1 FROM staff WHERE login = who AND is_coordinator) THEN "
        f"RETURN QUERY SELECT x.id FROM {table} x; ELSE RETURN QUERY SELECT x.id FROM {table} x"
        f"{join} WHERE {group} IN (SELECT gs.group_id FROM group_staff gs JOIN staff s ON "
        "s.id = gs.staff_id WHERE s.login = who); END IF; END $$"
        for what, table, join, group in (
            ("pupils", "pupils", "", "x.group_id"),
            ("talks", "talks", " JOIN pupils p ON p.id = x.pupil_id", "p.group_id"),
            ("agreements", "agreements", " JOIN pupils p ON p.id = x.pupil_id", "p.group_id"),
        )
    ),
    # Whether a carer belongs to any pupil at all, seen past the policies (a carer just made
    # has no pupil yet and is visible to its maker; one of another group's pupils is not).
    "CREATE OR REPLACE FUNCTION pc_carer_linked(carer integer) RETURNS boolean LANGUAGE sql "
    + _DEFINER
    + "$$ SELECT EXISTS (SELECT 1 FROM pupil_carers WHERE carer_id = carer) $$",
)
FUNCTION_NAMES = (
    "pc_carer_linked(integer)",
    "pc_visible_agreements(name)",
    "pc_visible_talks(name)",
    "pc_visible_pupils(name)",
    "pc_my_groups()",
    "pc_is_coordinator()",
)
COORDINATOR = "(SELECT pc_is_coordinator())"
MINE = "(" + COORDINATOR + " OR {column} IN (SELECT pc_my_groups()))"
VISIBLE_PUPIL = "pupil_id IN (SELECT pc_visible_pupils(current_user))"
VISIBLE_TALK = "talk_id IN (SELECT pc_visible_talks(current_user))"
VISIBLE_AGREEMENT = "agreement_id IN (SELECT pc_visible_agreements(current_user))"
OWN = "author = current_user"
POLICIES = (
    ("staff", "true", None),
    ("group_staff", "true", None),
    ("groups", MINE.format(column="id"), None),
    ("pupils", MINE.format(column="group_id"), None),
    (
        "carers",
        f"{COORDINATOR} OR id IN (SELECT carer_id FROM pupil_carers WHERE {VISIBLE_PUPIL}) "
        "OR NOT pc_carer_linked(id)",
        None,
    ),
    ("pupil_carers", VISIBLE_PUPIL, None),
    ("talks", VISIBLE_PUPIL, None),
    ("talk_carers", VISIBLE_TALK, None),
    ("preparations", VISIBLE_TALK, None),
    ("checklist_ticks", VISIBLE_TALK, None),
    ("talk_revisions", f"{VISIBLE_TALK} AND (field <> 'private_notes' OR {OWN})", None),
    ("private_notes", OWN, f"{OWN} AND {VISIBLE_TALK}"),
    ("agreements", VISIBLE_PUPIL, None),
    ("agreement_status_changes", VISIBLE_AGREEMENT, None),
    (
        "evenings",
        f"{OWN} OR {COORDINATOR} OR id IN (SELECT evening_id FROM talks WHERE id IN "
        "(SELECT pc_visible_talks(current_user)))",
        None,
    ),
    ("self_assessments", OWN, None),
)


def _author_column() -> sa.Column[str]:
    return sa.Column("author", sa.String(length=63), server_default="", nullable=False)


def upgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    op.create_table(
        "staff",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("login", sa.String(length=63), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("is_coordinator", sa.Boolean(), server_default="0", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff")),
        sa.UniqueConstraint("login", name=op.f("uq_staff_login")),
    )
    op.create_table(
        "group_staff",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["groups.id"],
            name=op.f("fk_group_staff_group_id_groups"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff.id"],
            name=op.f("fk_group_staff_staff_id_staff"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "staff_id", name=op.f("pk_group_staff")),
    )
    op.create_index("ix_group_staff_staff", "group_staff", ["staff_id"])
    op.create_table(
        "private_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("author", sa.String(length=63), server_default="", nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["talk_id"],
            ["talks.id"],
            name=op.f("fk_private_notes_talk_id_talks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_private_notes")),
        sa.UniqueConstraint("talk_id", "author", name=op.f("uq_private_notes_talk_id")),
    )
    if sqlite:
        for statement in DROP_TALK_TRIGGERS:
            conn.exec_driver_sql(statement)
    else:
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_talks_search")
    conn.exec_driver_sql(
        "INSERT INTO private_notes (talk_id, author, text, updated_at) "
        "SELECT id, '', private_notes, updated_at FROM talks WHERE private_notes <> ''"
    )
    with op.batch_alter_table("talks", recreate="never") as batch_op:
        batch_op.drop_column("private_notes")
    for table in ("evenings", "talk_revisions", "self_assessments"):
        op.add_column(table, _author_column())
    # The pupil's group when the talk was made: last year's evening keeps its groups after the
    # pupils move up. (On SQLite the table is rebuilt; its search triggers are made below.)
    with op.batch_alter_table("talks") as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f("ix_talks_group_id"), ["group_id"])
        batch_op.create_foreign_key(
            batch_op.f("fk_talks_group_id_groups"),
            "groups",
            ["group_id"],
            ["id"],
            ondelete="SET NULL",
        )
    conn.exec_driver_sql(
        "UPDATE talks SET group_id = (SELECT group_id FROM pupils WHERE pupils.id = talks.pupil_id)"
    )
    if sqlite:
        for statement in (*SEARCH_STATEMENTS, *FILL_STATEMENTS):
            conn.exec_driver_sql(statement)
        return
    conn.exec_driver_sql(
        f"CREATE INDEX ix_talks_search ON talks USING gin (pc_search_text({TALK_TEXT}))"
    )
    conn.exec_driver_sql(
        "CREATE INDEX ix_private_notes_search ON private_notes USING gin (pc_search_text(text))"
    )
    for statement in FUNCTIONS:
        conn.exec_driver_sql(statement)
    for table, using, check in POLICIES:
        conn.exec_driver_sql(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY")
        conn.exec_driver_sql(
            f"CREATE POLICY pc_{table} ON {table} USING ({using}) WITH CHECK ({check or using})"
        )


def downgrade() -> None:
    conn = op.get_bind()
    sqlite = conn.dialect.name == "sqlite"
    if not sqlite:
        for table, _using, _check in POLICIES:
            conn.exec_driver_sql(f"DROP POLICY IF EXISTS pc_{table} ON {table}")
            conn.exec_driver_sql(f"ALTER TABLE {table} DISABLE ROW LEVEL SECURITY")
        for name in FUNCTION_NAMES:
            conn.exec_driver_sql(f"DROP FUNCTION IF EXISTS {name}")
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_private_notes_search")
        conn.exec_driver_sql("DROP INDEX IF EXISTS ix_talks_search")
    else:
        for what in ("talk", "private"):
            for when in ("ins", "upd", "del"):
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS search_{what}_{when}")
    with op.batch_alter_table("talks") as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_talks_group_id_groups"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_talks_group_id"))
        batch_op.drop_column("group_id")
    for table in ("self_assessments", "talk_revisions", "evenings"):
        with op.batch_alter_table(table, recreate="never") as batch_op:
            batch_op.drop_column("author")
    op.add_column("talks", sa.Column("private_notes", sa.Text(), server_default="", nullable=False))
    # Back in one column: the laptop's own notes ("" author) first, others after them.
    aggregate = (
        "group_concat(text, '\n\n')" if sqlite else "string_agg(text, E'\\n\\n' ORDER BY author)"
    )
    conn.exec_driver_sql(
        f"UPDATE talks SET private_notes = coalesce((SELECT {aggregate} FROM private_notes "
        "WHERE private_notes.talk_id = talks.id), '')"
    )
    op.drop_table("private_notes")
    op.drop_index("ix_group_staff_staff", table_name="group_staff")
    op.drop_table("group_staff")
    op.drop_table("staff")
    if sqlite:
        before = importlib.import_module("parentconv.migrations.versions.0007_search_keys")
        for statement in (*before.STATEMENTS, *before.FILL_STATEMENTS):
            conn.exec_driver_sql(statement)
    else:
        conn.exec_driver_sql(
            f"CREATE INDEX ix_talks_search ON talks USING gin (pc_search_text({OLD_TALK_TEXT}))"
        )
