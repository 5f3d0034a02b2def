"""``scipop session add|move|cancel``: book, move or cancel one session (conflict-checked).

Times are local (Asia/Shanghai): ``--start "2026-12-05 14:00"``; ``--end`` may be a time
on the same day (``16:00``). EVENT and ROOM are ids or names (a room also as "venue/room").
"""

from __future__ import annotations

import argparse
import re
from datetime import datetime

from scipop.cli.list_cmd import session_row
from scipop.cli.output import to_json
from scipop.importing.cells import CellError, to_date, to_time
from scipop.scheduling import SessionDraft
from scipop.scheduling.import_columns import Directory
from scipop.services.sessions import SessionData
from scipop.timeutil import fmt_local, local_zone


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("session", help="book, move or cancel a session", description=__doc__)
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)

    add = actions.add_parser("add", help="book a session")
    add.add_argument("--event", required=True, help="event id or title")
    add.add_argument("--room", required=True, help="room id, name or 'venue/room'")
    add.add_argument("--start", required=True, help='local start, e.g. "2026-12-05 14:00"')
    add.add_argument("--end", required=True, help='local end: "16:00" or "2026-12-05 16:00"')
    add.add_argument("--capacity", type=int, help="places (default: the room's capacity)")
    add.add_argument("--title", default="", help="session title")
    _overrides(add)
    add.set_defaults(run=run_add)

    move = actions.add_parser("move", help="move a session (same length)")
    move.add_argument("id", type=int)
    move.add_argument("--start", required=True, help='new local start, e.g. "2026-12-05 15:00"')
    move.add_argument("--room", help="also move it into this room")
    _overrides(move)
    move.set_defaults(run=run_move)

    cancel = actions.add_parser("cancel", help="cancel a session (frees the hall)")
    cancel.add_argument("id", type=int)
    cancel.add_argument("--json", action="store_true", help="print the session as JSON")
    cancel.set_defaults(run=run_cancel)


def _overrides(p: argparse.ArgumentParser) -> None:
    p.add_argument("--outside-hours", action="store_true", help="book outside opening hours")
    p.add_argument("--allow-closed-day", action="store_true", help="book on a closed day")
    p.add_argument("--json", action="store_true", help="print the session as JSON")


def parse_local(text: str, day_of: datetime | None = None) -> datetime:
    parts = re.split(r"[\sT]+", text.strip(), maxsplit=1)
    try:
        if len(parts) == 1 and day_of is not None:
            return datetime.combine(day_of.date(), to_time(parts[0]), tzinfo=local_zone())
        return datetime.combine(to_date(parts[0]), to_time(parts[1]), tzinfo=local_zone())
    except (CellError, IndexError) as exc:
        raise ValueError(f"cannot read the time {text!r}: write it like 2026-12-05 14:00") from exc


def _lookup(ctx, event: str | None, room: str | None) -> tuple[int | None, int | None]:
    """Ids for an event and a room given by id or by name (None stays None)."""
    with ctx.store.uow() as uow:
        d = Directory(uow.session)
        try:
            event_id = _id(event, lambda text: d.event(text).id)
            room_id = _id(room, lambda text: d.room(text).id)
        except CellError as exc:
            raise ValueError(str(exc)) from exc
    return event_id, room_id


def _id(text: str | None, by_name) -> int | None:
    if text is None:
        return None
    return int(text) if text.strip().isdigit() else by_name(text)


def _show(x: SessionData, as_json: bool, verb: str) -> int:
    if as_json:
        print(to_json([session_row(x)]))
    else:
        print(
            f"{verb} session #{x.id}: {x.event_title} @ {x.room_name} "
            f"{fmt_local(x.starts_at)}–{fmt_local(x.ends_at, '%H:%M')} "
            f"({x.booked}/{x.capacity})"
        )
    return 0


def run_add(args: argparse.Namespace, ctx) -> int:
    event_id, room_id = _lookup(ctx, args.event, args.room)
    start = parse_local(args.start)
    draft = SessionDraft(
        event_id=event_id,
        room_id=room_id,
        starts_at=start,
        ends_at=parse_local(args.end, start),
        capacity=args.capacity,
        title=args.title,
        outside_hours=args.outside_hours,
        allow_closed_day=args.allow_closed_day,
    )
    return _show(ctx.services.scheduling.create(draft), args.json, "booked")


def run_move(args: argparse.Namespace, ctx) -> int:
    _, room_id = _lookup(ctx, None, args.room)
    x = ctx.services.scheduling.move(
        args.id,
        parse_local(args.start),
        room_id,
        outside_hours=True if args.outside_hours else None,
        allow_closed_day=args.allow_closed_day,
    )
    return _show(x, args.json, "moved")


def run_cancel(args: argparse.Namespace, ctx) -> int:
    return _show(ctx.services.scheduling.cancel(args.id), args.json, "cancelled")
