"""Full-text search (FTS5 with triggers), the teacher's concern-led mark, history indexes.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from parentconv.store.search_schema import create_search_index, drop_search_index

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


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
    create_search_index(op.get_bind())


def downgrade() -> None:
    drop_search_index(op.get_bind())
    op.drop_index("ix_talk_carers_carer", table_name="talk_carers")
    op.drop_index("ix_pupil_carers_carer", table_name="pupil_carers")
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.drop_index("ix_talks_pupil_starts")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index("ix_agreements_pupil_status_due")
    with op.batch_alter_table("talks", schema=None) as batch_op:
        batch_op.drop_column("concern_led")
