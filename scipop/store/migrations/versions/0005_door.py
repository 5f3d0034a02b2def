"""the door: people in the hall per session, how each scan came about, undo references

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.add_column(sa.Column("in_hall", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("scan", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("method", sa.String(length=13), nullable=False, server_default="scan")
        )
        batch_op.add_column(sa.Column("ref_scan_id", sa.Integer(), nullable=True))
    # sessions already checked in: everyone admitted counts as in the hall
    op.execute(
        "UPDATE session SET in_hall = COALESCE((SELECT SUM(admitted) FROM scan"
        " WHERE scan.session_id = session.id AND scan.verdict IN ('accepted', 'partial')), 0)"
    )


def downgrade() -> None:
    with op.batch_alter_table("scan", schema=None) as batch_op:
        batch_op.drop_column("ref_scan_id")
        batch_op.drop_column("method")
    with op.batch_alter_table("session", schema=None) as batch_op:
        batch_op.drop_column("in_hall")
