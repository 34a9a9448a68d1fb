"""Talks, their preparation and checklist, agreements with status history.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "talks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("type_key", sa.String(length=40), nullable=False),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("child_present", sa.Boolean(), nullable=False),
        sa.Column("other_participants", sa.Text(), nullable=False),
        sa.Column("shared_notes", sa.Text(), nullable=False),
        sa.Column("private_notes", sa.Text(), nullable=False),
        sa.Column("goal_achieved", sa.String(length=8), nullable=True),
        sa.Column("two_way", sa.Boolean(), nullable=True),
        sa.Column("next_time", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('planned', 'prepared', 'held', 'cancelled')", name=op.f("ck_talks_status")
        ),
        sa.CheckConstraint("duration_minutes > 0", name=op.f("ck_talks_duration_positive")),
        sa.ForeignKeyConstraint(
            ["pupil_id"], ["pupils.id"], name=op.f("fk_talks_pupil_id_pupils"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_talks")),
    )
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_talks_pupil_id"), ["pupil_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_talks_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pupil_id", sa.Integer(), nullable=False),
        sa.Column("talk_id", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("owner", sa.String(length=16), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "owner IN ('school', 'parents', 'child', 'other')", name=op.f("ck_agreements_owner")
        ),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'not_achieved', 'dropped')",
            name=op.f("ck_agreements_status"),
        ),
        sa.ForeignKeyConstraint(
            ["pupil_id"],
            ["pupils.id"],
            name=op.f("fk_agreements_pupil_id_pupils"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talks.id"], name=op.f("fk_agreements_talk_id_talks"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreements_pupil_id"), ["pupil_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_talk_id"), ["talk_id"], unique=False)

    op.create_table(
        "checklist_ticks",
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("step_number", sa.Integer(), nullable=False),
        sa.Column("ticked_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "step_number BETWEEN 1 AND 16", name=op.f("ck_checklist_ticks_step_range")
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"],
            ["talks.id"],
            name=op.f("fk_checklist_ticks_talk_id_talks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("talk_id", "step_number", name=op.f("pk_checklist_ticks")),
    )
    op.create_table(
        "preparations",
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("key_message", sa.Text(), nullable=False),
        sa.Column("qualities", sa.JSON(), nullable=False),
        sa.Column("growth_opportunities", sa.JSON(), nullable=False),
        sa.Column("classroom_actions", sa.Text(), nullable=False),
        sa.Column("goals", sa.JSON(), nullable=False),
        sa.Column("relational_note", sa.Text(), nullable=False),
        sa.Column("expressive_keys", sa.JSON(), nullable=False),
        sa.Column("expressive_own", sa.Text(), nullable=False),
        sa.Column("structure_note", sa.Text(), nullable=False),
        sa.Column("phase_minutes", sa.JSON(), nullable=False),
        sa.Column("own_questions", sa.JSON(), nullable=False),
        sa.Column("parent_questions", sa.JSON(), nullable=False),
        sa.Column("focus_skills", sa.JSON(), nullable=False),
        sa.Column("context_factors", sa.Text(), nullable=False),
        sa.Column("review_agreement_ids", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["talk_id"],
            ["talks.id"],
            name=op.f("fk_preparations_talk_id_talks"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("talk_id", name=op.f("pk_preparations")),
    )
    op.create_table(
        "talk_carers",
        sa.Column("talk_id", sa.Integer(), nullable=False),
        sa.Column("carer_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["carer_id"],
            ["carers.id"],
            name=op.f("fk_talk_carers_carer_id_carers"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"], ["talks.id"], name=op.f("fk_talk_carers_talk_id_talks"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("talk_id", "carer_id", name=op.f("pk_talk_carers")),
    )
    op.create_table(
        "agreement_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("talk_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "status IN ('open', 'done', 'not_achieved', 'dropped')",
            name=op.f("ck_agreement_status_changes_status"),
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_status_changes_agreement_id_agreements"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["talk_id"],
            ["talks.id"],
            name=op.f("fk_agreement_status_changes_talk_id_talks"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_status_changes")),
    )
    with op.batch_alter_table("agreement_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_status_changes_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_status_changes_talk_id"), ["talk_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("agreement_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_status_changes_talk_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_status_changes_agreement_id"))

    op.drop_table("agreement_status_changes")
    op.drop_table("talk_carers")
    op.drop_table("preparations")
    op.drop_table("checklist_ticks")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_talk_id"))
        batch_op.drop_index(batch_op.f("ix_agreements_pupil_id"))

    op.drop_table("agreements")
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_talks_starts_at"))
        batch_op.drop_index(batch_op.f("ix_talks_pupil_id"))

    op.drop_table("talks")
