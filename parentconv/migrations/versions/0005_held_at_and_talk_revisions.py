"""When a talk was really held, corrections after a talk, and what a history entry records.

An agreement's history entries get a ``kind`` (made, continue, adjust, edit, review; empty for
a plain status change) and, when a review gave it one, the new due date. Until now the app
wrote its own Dutch words into the note ("Loopt door", "Bijgesteld: …"); those become kinds, so
the note holds only what the teacher typed and the screens can say the rest in any language.

Revision ID: 0005
Revises: 0004

Columns are added with plain ``ALTER TABLE … ADD COLUMN`` (no table rebuild), so the search
triggers on ``talks`` stay in place.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("talks", sa.Column("held_at", sa.DateTime(), nullable=True))
    op.create_table(
        "talk_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("field", sa.String(length=40), nullable=False),
        sa.Column("old_text", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["talk_id"],
            ["talks.id"],
            name=op.f("fk_talk_revisions_talk_id_talks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talk_revisions")),
    )
    op.create_index(op.f("ix_talk_revisions_talk_id"), "talk_revisions", ["talk_id"])
    # Talks held before this version: their planned start is the best guess of when.
    op.execute("UPDATE talks SET held_at = starts_at WHERE status = 'held'")

    op.add_column(
        "agreement_status_changes",
        sa.Column("kind", sa.String(length=16), server_default="", nullable=False),
    )
    op.add_column("agreement_status_changes", sa.Column("due_on", sa.Date(), nullable=True))
    op.execute(
        "UPDATE agreement_status_changes SET kind = 'made' WHERE id IN ("
        " SELECT MIN(c.id) FROM agreement_status_changes c JOIN agreements a"
        " ON a.id = c.agreement_id WHERE c.status = 'open' GROUP BY c.agreement_id)"
    )
    op.execute(
        "UPDATE agreement_status_changes SET kind = 'continue', note = ''"
        " WHERE kind = '' AND note = 'Loopt door'"
    )
    op.execute(
        "UPDATE agreement_status_changes SET kind = 'adjust',"
        " note = TRIM(SUBSTR(note, LENGTH('Bijgesteld: ') + 1))"
        " WHERE kind = '' AND note LIKE 'Bijgesteld: %'"
    )
    op.execute(
        "UPDATE agreement_status_changes SET kind = 'adjust', note = ''"
        " WHERE kind = '' AND note = 'Bijgesteld'"
    )
    op.execute(
        "UPDATE agreement_status_changes SET kind = 'review'"
        " WHERE kind = '' AND talk_id IS NOT NULL"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE agreement_status_changes SET note = CASE"
        " WHEN kind = 'continue' AND note = '' THEN 'Loopt door'"
        " WHEN kind = 'adjust' AND note = '' THEN 'Bijgesteld'"
        " WHEN kind = 'adjust' THEN 'Bijgesteld: ' || note"
        " ELSE note END"
    )
    with op.batch_alter_table("agreement_status_changes", recreate="never") as batch_op:
        batch_op.drop_column("due_on")
        batch_op.drop_column("kind")
    op.drop_index(op.f("ix_talk_revisions_talk_id"), table_name="talk_revisions")
    op.drop_table("talk_revisions")
    with op.batch_alter_table("talks", schema=None, recreate="never") as batch_op:
        batch_op.drop_column("held_at")
