"""phones of attendees and volunteers in one stored form (E.164); the duplicate attendees this
reveals merged, their tickets moved to the one kept, each merge audited

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 18:00:00
"""

from __future__ import annotations

import getpass
import json
from collections import defaultdict
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from scipop.models.base import UTCDateTime
from scipop.phones import phone_or_original

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

CHUNK = 500

audit = sa.table(
    "audit_entry",
    sa.column("at", UTCDateTime()),
    sa.column("actor", sa.String),
    sa.column("action", sa.String),
    sa.column("entity", sa.String),
    sa.column("entity_id", sa.Integer),
    sa.column("summary", sa.String),
    sa.column("before", sa.Text),
    sa.column("after", sa.Text),
)


def _actor() -> str:
    try:
        return f"migration 0003 ({getpass.getuser()})"[:100]
    except Exception:  # no login name on some systems
        return "migration 0003"


def renormalize(conn: sa.Connection, table: str) -> int:
    """Every phone of ``table`` in E.164; one that is no number is left as it was."""
    rows = conn.execute(sa.text(f"SELECT id, phone FROM {table} WHERE phone <> ''")).all()
    changes = [
        {"id": ident, "phone": new}
        for ident, phone in rows
        if (new := phone_or_original(phone)) != phone
    ]
    if changes:
        conn.execute(sa.text(f"UPDATE {table} SET phone = :phone WHERE id = :id"), changes)
    return len(changes)


def merge_duplicate_attendees(conn: sa.Connection) -> int:
    """One attendee per name and phone: the oldest kept, the others' tickets moved to it."""
    people = conn.execute(
        sa.text(
            "SELECT id, name, phone, email, organization, notes FROM attendee "
            "WHERE phone <> '' ORDER BY id"
        )
    ).all()
    groups: dict[tuple[str, str], list] = defaultdict(list)
    for person in people:
        groups[(person.name, person.phone)].append(person)
    merged = 0
    now = datetime.now(UTC)
    actor = _actor()
    for same in groups.values():
        if len(same) < 2:
            continue
        kept, others = same[0], same[1:]
        other_ids = [o.id for o in others]
        moved = [
            t
            for (t,) in conn.execute(
                sa.text("SELECT id FROM ticket WHERE attendee_id IN :ids ORDER BY id").bindparams(
                    sa.bindparam("ids", expanding=True)
                ),
                {"ids": other_ids},
            )
        ]
        filled = {
            column: next((getattr(o, column) for o in others if getattr(o, column)), "")
            for column in ("email", "organization", "notes")
            if not getattr(kept, column)
        }
        filled = {k: v for k, v in filled.items() if v}
        conn.execute(
            sa.text("UPDATE ticket SET attendee_id = :kept WHERE attendee_id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)
            ),
            {"kept": kept.id, "ids": other_ids},
        )
        if filled:
            sets = ", ".join(f"{k} = :{k}" for k in filled)
            conn.execute(
                sa.text(f"UPDATE attendee SET {sets} WHERE id = :id"), {**filled, "id": kept.id}
            )
        conn.execute(
            sa.text("DELETE FROM attendee WHERE id IN :ids").bindparams(
                sa.bindparam("ids", expanding=True)
            ),
            {"ids": other_ids},
        )
        conn.execute(
            audit.insert().values(
                at=now,
                actor=actor,
                action="merge",
                entity="attendee",
                entity_id=kept.id,
                summary=(
                    f"attendee #{kept.id} kept for attendees #"
                    + ", #".join(map(str, other_ids))
                    + " (same name and phone once stored in one form); "
                    + f"{len(moved)} ticket(s) moved"
                )[:300],
                before=json.dumps(
                    {"attendees": [dict(o._mapping) for o in others]}, ensure_ascii=False
                ),
                after=json.dumps(
                    {"attendee": kept.id, "merged": other_ids, "tickets_moved": moved, **filled},
                    ensure_ascii=False,
                ),
            )
        )
        merged += len(other_ids)
    return merged


def upgrade() -> None:
    conn = op.get_bind()
    renormalize(conn, "attendee")
    renormalize(conn, "volunteer")
    merge_duplicate_attendees(conn)


def downgrade() -> None:
    """The phones stay in E.164 and merged attendees stay merged (nothing to undo safely)."""
