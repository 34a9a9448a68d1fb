"""The parents' side: replies to the invitation, households, plain language, the startgesprek.

A talk keeps the household's reply to its invitation; a carer can live apart (an invitation of
their own) and read best in plain language; a pupil keeps what the parents told on the
startgesprek form, with the day it was typed in.

Revision ID: 0010
Revises: 0009

Plain ``ALTER TABLE … ADD COLUMN`` (no table rebuild): the search triggers stay.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "talks", sa.Column("reply", sa.String(length=16), server_default="", nullable=False)
    )
    op.add_column("talks", sa.Column("reply_note", sa.Text(), server_default="", nullable=False))
    op.add_column("talks", sa.Column("replied_at", sa.DateTime(), nullable=True))
    op.add_column(
        "carers", sa.Column("separate_letter", sa.Boolean(), server_default="0", nullable=False)
    )
    op.add_column(
        "carers", sa.Column("plain_language", sa.Boolean(), server_default="0", nullable=False)
    )
    op.add_column("pupils", sa.Column("parents_told", sa.Text(), server_default="", nullable=False))
    op.add_column("pupils", sa.Column("parents_told_on", sa.Date(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("pupils", recreate="never") as batch_op:
        batch_op.drop_column("parents_told_on")
        batch_op.drop_column("parents_told")
    with op.batch_alter_table("carers", recreate="never") as batch_op:
        batch_op.drop_column("plain_language")
        batch_op.drop_column("separate_letter")
    with op.batch_alter_table("talks", recreate="never") as batch_op:
        batch_op.drop_column("replied_at")
        batch_op.drop_column("reply_note")
        batch_op.drop_column("reply")
