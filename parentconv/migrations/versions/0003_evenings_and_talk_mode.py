"""Evenings (blocks of slots), a talk's place in one, and talk-mode state.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evenings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("ends_by", sa.DateTime(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("slot_minutes", sa.Integer(), nullable=False),
        sa.Column("gap_minutes", sa.Integer(), nullable=False),
        sa.Column("break_every", sa.Integer(), nullable=False),
        sa.Column("break_minutes", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("slot_minutes > 0", name=op.f("ck_evenings_slot_positive")),
        sa.CheckConstraint("gap_minutes >= 0", name=op.f("ck_evenings_gap_not_negative")),
        sa.CheckConstraint(
            "break_every >= 0 AND break_minutes >= 0",
            name=op.f("ck_evenings_break_not_negative"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_evenings")),
    )
    with op.batch_alter_table("evenings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evenings_starts_at"), ["starts_at"], unique=False)

    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("evening_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("slot_index", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("slot_minutes", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("elapsed_seconds", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(
            sa.Column("cancel_reason", sa.String(length=40), server_default="", nullable=False)
        )
        batch_op.create_index(batch_op.f("ix_talks_evening_id"), ["evening_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_talks_evening_id_evenings"),
            "evenings",
            ["evening_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_talks_evening_id_evenings"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_talks_evening_id"))
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("elapsed_seconds")
        batch_op.drop_column("slot_minutes")
        batch_op.drop_column("slot_index")
        batch_op.drop_column("evening_id")

    with op.batch_alter_table("evenings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evenings_starts_at"))

    op.drop_table("evenings")
