"""``scipop scan``: a headless check-in station: one verdict per code, one line each.

A volunteer's badge (``SV…``) checks its volunteer in or out of their current shift; its
line's verdict is ``volunteer_checked_in``, ``volunteer_checked_out`` or
``volunteer_rejected``.

Codes come as arguments, or one per line from stdin until EOF (a keyboard-wedge scanner on
a terminal). Verdicts are data: the exit code is 0 even when codes are refused; 2 is for
usage errors (an unknown session, a bad option).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator

from scipop.registration.dto import AdmitResult
from scipop.station.service import Mode
from scipop.timeutil import fmt_local
from scipop.volunteers.dto import ShiftScanResult


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "scan",
        help="check tickets in (or out) at a door, and volunteers in or out of their shift",
        description=__doc__,
    )
    p.add_argument("--station", required=True, metavar="NAME", help="the door's name, e.g. 东门")
    p.add_argument(
        "--session",
        type=int,
        metavar="ID",
        help="the session at this door (default: the session each ticket is for)",
    )
    p.add_argument("--mode", choices=[m.value for m in Mode], default=Mode.ENTRY.value)
    p.add_argument("--count", type=int, help="people of a group ticket to admit (default: all)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("codes", nargs="*", metavar="CODE", help="codes; none: read stdin")
    p.set_defaults(run=run)


def _codes(args: argparse.Namespace) -> Iterator[str]:
    if args.codes:
        yield from args.codes
        return
    for line in sys.stdin:
        if line.strip():
            yield line.rstrip("\r\n")


def run(args: argparse.Namespace, ctx) -> int:
    station = ctx.services.station
    if args.session is not None:
        station.counters(args.session)  # an unknown session is a usage error (exit 2)
    for code in _codes(args):
        result = station.scan(
            code, args.session, station=args.station, mode=Mode(args.mode), count=args.count
        )
        print(as_json(result) if args.json else as_line(result), flush=True)
    return 0


def badge_dict(r: ShiftScanResult) -> dict:
    """A volunteer's badge scan (their shift's check-in or -out) as its JSON line."""
    return {
        "verdict": f"volunteer_{r.outcome.value}",
        "volunteer_id": r.volunteer_id,
        "volunteer": r.volunteer_name or None,
        "shift_id": r.shift_id,
        "role": r.role,
        "room": r.room_name,
        "start": r.starts_at.isoformat() if r.starts_at else None,
        "end": r.ends_at.isoformat() if r.ends_at else None,
        "worked_hours": r.worked_hours,
        "station": r.station,
        "at": r.at.isoformat() if r.at else None,
        "reason": r.message,
        "shift_scan_id": r.scan_id,
    }


def as_dict(r: AdmitResult | ShiftScanResult) -> dict:
    """The verdict as the JSON line carries it (phones never, names yes)."""
    if isinstance(r, ShiftScanResult):
        return badge_dict(r)
    data = {
        "verdict": r.verdict.value,
        "ticket_id": r.ticket_id,
        "attendee": r.ticket.attendee_name if r.ticket else None,
        "session_id": r.session_id,
        "station": r.station,
        "at": r.at.isoformat() if r.at else None,
        "admitted": r.admitted,
        "reason": r.message,
        "scan_id": r.scan_id,
    }
    if r.first_at is not None or r.first_station:
        data["first_at"] = r.first_at.isoformat() if r.first_at else None
        data["first_station"] = r.first_station
    if r.in_hall is not None:
        data["in_hall"] = r.in_hall
    return data


def as_json(r: AdmitResult | ShiftScanResult) -> str:
    return json.dumps(as_dict(r), ensure_ascii=False)


def as_line(r: AdmitResult | ShiftScanResult) -> str:
    if isinstance(r, ShiftScanResult):
        who = f"volunteer #{r.volunteer_id} " if r.volunteer_id else ""
        return f"volunteer_{r.outcome.value}\t{who}{fmt_local(r.at, '%H:%M:%S')}\t{r.message}"
    who = f"#{r.ticket_id} " if r.ticket_id else ""
    return f"{r.verdict.value}\t{who}{fmt_local(r.at, '%H:%M:%S')}\t{r.message}"
