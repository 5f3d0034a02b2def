"""volunteers: languages and badge generation, required skills of a shift, corrections, badge scans

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-29 20:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("volunteer", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("languages", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("code_generation", sa.Integer(), nullable=False, server_default="1")
        )
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("skills", sa.String(length=300), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("batch", sa.String(length=32), nullable=True))
        batch_op.create_index(batch_op.f("ix_shift_batch"), ["batch"], unique=False)
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.add_column(sa.Column("corrected_in_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(
            sa.Column("corrected_out_at", sa.DateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(
            sa.Column("correction_note", sa.Text(), nullable=False, server_default="")
        )
        batch_op.create_index(
            "ix_assignment_volunteer_shift", ["volunteer_id", "shift_id"], unique=False
        )
    op.create_table(
        "shift_scan",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("volunteer_id", sa.Integer(), nullable=True),
        sa.Column("assignment_id", sa.Integer(), nullable=True),
        sa.Column("raw_code", sa.String(length=200), nullable=False),
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("operator", sa.String(length=100), nullable=False),
        sa.Column("scanned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("outcome", sa.String(length=15), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=False),
        sa.Column("reason_detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignment.id"],
            name=op.f("fk_shift_scan_assignment_id_assignment"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["volunteer_id"],
            ["volunteer.id"],
            name=op.f("fk_shift_scan_volunteer_id_volunteer"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shift_scan")),
    )
    with op.batch_alter_table("shift_scan", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_shift_scan_assignment_id"), ["assignment_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_shift_scan_scanned_at"), ["scanned_at"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_shift_scan_volunteer_id"), ["volunteer_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("shift_scan")
    with op.batch_alter_table("assignment", schema=None) as batch_op:
        batch_op.drop_index("ix_assignment_volunteer_shift")
        batch_op.drop_column("correction_note")
        batch_op.drop_column("corrected_out_at")
        batch_op.drop_column("corrected_in_at")
    with op.batch_alter_table("shift", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shift_batch"))
        batch_op.drop_column("batch")
        batch_op.drop_column("skills")
    with op.batch_alter_table("volunteer", schema=None) as batch_op:
        batch_op.drop_column("code_generation")
        batch_op.drop_column("languages")
