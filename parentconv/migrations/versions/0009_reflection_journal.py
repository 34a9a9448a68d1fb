"""The reflection journal and the self-assessment.

A held talk gets "what went well" beside its "next time"; an evening gets the teacher's look
back on it; ``self_assessments`` holds the teacher's scores on seed 001's two checklists and
the conversation skills they want to practise.

Revision ID: 0009
Revises: 0008

Plain ``ALTER TABLE … ADD COLUMN`` (no table rebuild): the search triggers on ``talks`` stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("talks", sa.Column("went_well", sa.Text(), server_default="", nullable=False))
    op.add_column("evenings", sa.Column("went_well", sa.Text(), server_default="", nullable=False))
    op.add_column("evenings", sa.Column("next_time", sa.Text(), server_default="", nullable=False))
    op.add_column("evenings", sa.Column("reflected_at", sa.DateTime(), nullable=True))
    op.create_table(
        "self_assessments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("evening_id", sa.Integer(), nullable=True),
        sa.Column("skills", sa.JSON(), nullable=False),
        sa.Column("interventions", sa.JSON(), nullable=False),
        sa.Column("practise", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["evening_id"],
            ["evenings.id"],
            name=op.f("fk_self_assessments_evening_id_evenings"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_self_assessments")),
    )
    op.create_index(
        op.f("ix_self_assessments_evening_id"), "self_assessments", ["evening_id"], unique=False
    )
    op.create_index(
        op.f("ix_self_assessments_taken_on"), "self_assessments", ["taken_on"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_self_assessments_taken_on"), table_name="self_assessments")
    op.drop_index(op.f("ix_self_assessments_evening_id"), table_name="self_assessments")
    op.drop_table("self_assessments")
    with op.batch_alter_table("evenings", recreate="never") as batch_op:
        batch_op.drop_column("reflected_at")
        batch_op.drop_column("next_time")
        batch_op.drop_column("went_well")
    with op.batch_alter_table("talks", recreate="never") as batch_op:
        batch_op.drop_column("went_well")
