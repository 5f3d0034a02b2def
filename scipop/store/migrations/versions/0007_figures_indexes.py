"""the dashboard's indexes: the day's arrivals and the sessions' figures read from the index alone

``ix_scan_day`` replaces the scan time's own index (same leading column, so every query that
used it still can); ``ix_ticket_session_figures`` replaces ``ix_ticket_session_status`` (same
leading columns) and adds what the dashboard sums per session.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-29 21:30:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_scan_scanned_at", table_name="scan")
    op.create_index("ix_scan_day", "scan", ["scanned_at", "method", "admitted"])
    op.drop_index("ix_ticket_session_status", table_name="ticket")
    op.create_index(
        "ix_ticket_session_figures",
        "ticket",
        ["session_id", "status", "kind", "headcount", "arrived"],
    )


def downgrade() -> None:
    op.drop_index("ix_ticket_session_figures", table_name="ticket")
    op.create_index("ix_ticket_session_status", "ticket", ["session_id", "status"])
    op.drop_index("ix_scan_day", table_name="scan")
    op.create_index("ix_scan_scanned_at", "scan", ["scanned_at"])
