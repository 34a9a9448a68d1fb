"""The pupil number and leerjaar of the school's administration, for the class-list import.

The number (leerlingnummer, stamnummer, the EDEXML key) lets a newer export find the pupils it
imported before instead of adding them twice; the leerjaar comes from its own column (a
combination group "Groep 7/8" holds two).

Revision ID: 0008
Revises: 0007

Plain ``ALTER TABLE … ADD COLUMN`` (no table rebuild): the search triggers on ``pupils`` stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "pupils", sa.Column("number", sa.String(length=40), server_default="", nullable=False)
    )
    op.add_column("pupils", sa.Column("year_level", sa.Integer(), nullable=True))
    op.create_index("ix_pupils_number", "pupils", ["number"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_pupils_number", table_name="pupils")
    with op.batch_alter_table("pupils", recreate="never") as batch_op:
        batch_op.drop_column("year_level")
        batch_op.drop_column("number")
