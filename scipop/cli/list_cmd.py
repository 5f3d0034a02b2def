"""``scipop list KIND [--json]``: print what the database holds."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import asdict
from datetime import date
from typing import Any

from scipop.app import Services
from scipop.cli import volunteer_lists
from scipop.cli.output import table, to_json
from scipop.services.sessions import SessionData


def _events(sv: Services, args) -> list[dict[str, Any]]:
    return [
        {
            "id": e.id,
            "title": e.title,
            "title_en": e.title_en,
            "kind": e.kind,
            "status": e.status,
            "program": e.program_name,
            "lead": e.lead.name if e.lead else "",
            "co_organizers": [o.name for o in e.co_organizers],
            "sessions": e.session_count,
            "first_start": e.first_start,
            "last_end": e.last_end,
        }
        for e in sv.events.list()
    ]


def session_row(x: SessionData) -> dict[str, Any]:
    """One session as ``list sessions`` and ``session add|move|cancel --json`` print it."""
    return {
        "id": x.id,
        "event_id": x.event_id,
        "event": x.event_title,
        "title": x.title,
        "program": x.program_name,
        "venue_id": x.venue_id,
        "venue": x.venue_name,
        "room_id": x.room_id,
        "room": x.room_name,
        "start": x.starts_at,
        "end": x.ends_at,
        "capacity": x.capacity,
        "booked": x.booked,
        "status": x.status,
        "series_id": x.series_id,
        "setup_minutes": x.setup_minutes,
        "teardown_minutes": x.teardown_minutes,
        "outside_hours": x.outside_hours,
    }


def _sessions(sv: Services, args) -> list[dict[str, Any]]:
    return [session_row(x) for x in sv.sessions.list()]


def _rooms(sv: Services, args) -> list[dict[str, Any]]:
    return [
        {
            "id": r.id,
            "venue": r.venue_name,
            "name": r.name,
            "name_en": r.name_en,
            "capacity": r.capacity,
            "opens_at": r.opens_at,
            "closes_at": r.closes_at,
            "setup_minutes": r.setup_minutes,
            "teardown_minutes": r.teardown_minutes,
            "shareable": r.shareable,
            "sessions": r.session_count,
        }
        for r in sv.rooms.list()
    ]


def _plain(name: str, drop: tuple[str, ...] = ()) -> Callable[[Services, Any], list[dict]]:
    def fetch(sv: Services, args) -> list[dict[str, Any]]:
        rows = [asdict(x) for x in getattr(sv, name).list()]
        for row in rows:
            for key in drop:
                row.pop(key, None)
        return rows

    return fetch


def _attendees(sv: Services, args) -> list[dict[str, Any]]:
    return [asdict(a) for a in sv.attendees.search(args.search, limit=args.limit)]


# kind -> (fetch, columns shown in the text table)
KINDS: dict[str, tuple[Callable[[Services, Any], list[dict]], tuple[str, ...]]] = {
    "organizations": (_plain("organizations", ("notes",)), ("id", "short_name", "name", "kind")),
    "venues": (_plain("venues", ("notes",)), ("id", "name", "name_en", "room_count")),
    "rooms": (_rooms, ("id", "venue", "name", "capacity", "opens_at", "closes_at", "sessions")),
    "programs": (_plain("programs", ("description",)), ("id", "name", "name_en", "color")),
    "events": (_events, ("id", "title", "kind", "lead", "sessions", "first_start")),
    "sessions": (_sessions, ("id", "start", "end", "room", "event", "booked", "capacity")),
    "volunteers": (
        volunteer_lists.volunteers,
        ("id", "name", "phone", "organization", "skills", "planned_hours", "worked_hours"),
    ),
    "shifts": (
        volunteer_lists.shifts,
        ("id", "start", "end", "room", "role", "needed", "assigned", "title"),
    ),
    "attendees": (_attendees, ("id", "name", "phone", "organization", "category")),
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("list", help="print a table of one kind of record", description=__doc__)
    p.add_argument("kind", choices=sorted(KINDS))
    p.add_argument(
        "--json",
        action="store_true",
        help="one JSON array of objects instead; times are local (as the tables show them) "
        "with their UTC offset, e.g. 2030-12-05T10:00:00+08:00",
    )
    p.add_argument(
        "--search",
        default="",
        help="attendees: name, phone or school contains; volunteers: name, pinyin initials"
        " (张伟: ZW) or phone digits",
    )
    p.add_argument("--limit", type=int, default=1000, help="attendees only: at most this many")
    p.add_argument(
        "--from",
        dest="date_from",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="volunteers and shifts: from this local day (default: the first)",
    )
    p.add_argument(
        "--to",
        dest="date_to",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="volunteers and shifts: up to this local day, included (default: the last)",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx) -> int:
    fetch, columns = KINDS[args.kind]
    rows = fetch(ctx.services, args)
    print(to_json(rows) if args.json else table(rows, columns))
    return 0
