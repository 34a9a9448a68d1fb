"""A version number on every talk and preparation, raised at each change.

A window remembers the version it showed; when it saves and the stored version has moved on
(another window, or another teacher in team mode, wrote in between), the service merges instead
of overwriting: text the window did not change keeps the other writer's version, text both
changed keeps both, and the teacher is told.

Revision ID: 0006
Revises: 0005

Plain ``ALTER TABLE … ADD COLUMN`` (no table rebuild): the search triggers on ``talks`` stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    for table in ("talks", "preparations"):
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    for table in ("preparations", "talks"):
        with op.batch_alter_table(table, recreate="never") as batch_op:
            batch_op.drop_column("version")
