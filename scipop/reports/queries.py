"""Every read the reports make, in one module: adapting to a new scan column happens here.

Figures are plain dataclasses; the big tables (one row per ticket, one per scan) are streamed
as rows in batches so a 100,000-row workbook never holds them all in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import (
    DateTime,
    Integer,
    Select,
    String,
    case,
    cast,
    func,
    literal_column,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.orm import Session, aliased

from scipop.models import (
    Attendee,
    AttendeeCategory,
    AuditEntry,
    Event,
    EventKind,
    EventOrganizer,
    Organization,
    OrganizerRole,
    Program,
    Room,
    Scan,
    ScanMethod,
    SessionStatus,
    Ticket,
    TicketKind,
    TicketStatus,
)
from scipop.models import Session as EventSession
from scipop.reports.scope import ReportScope
from scipop.timeutil import fmt_local

# A scan's ``admitted`` is people in (negative: out, or a check-in undone). Check-ins are the
# scans of people coming in and their undos; exits (scanned out, the "-1 left" key) are not.
LEAVING = (ScanMethod.EXIT, ScanMethod.MINUS_ONE)


def _is_check_in() -> Any:
    return Scan.method.not_in(LEAVING)


BATCH = 2000
BUCKET_MINUTES = 15


@dataclass
class SessionFigures:
    id: int
    event_id: int
    event_title: str
    event_title_en: str
    kind: EventKind
    session_title: str
    room_id: int
    room_name: str
    room_name_en: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    registered: int = 0
    checked_in: int = 0
    walk_ins: int = 0
    group_headcount: int = 0
    tickets: int = 0

    def ended(self, now: datetime) -> bool:
        return self.ends_at <= now

    def no_shows(self, now: datetime) -> int | None:
        """Registered people who did not come; None while the session has not ended."""
        if not self.ended(now):
            return None
        return max(0, self.registered - self.checked_in)

    @property
    def fill_rate(self) -> float:
        return self.checked_in / self.capacity if self.capacity else 0.0

    def label(self) -> str:
        return f"{fmt_local(self.starts_at)} {self.session_title or self.event_title}"


@dataclass(frozen=True)
class Organizer:
    event_id: int
    organization_id: int
    name: str
    name_en: str
    role: OrganizerRole


@dataclass(frozen=True)
class CategoryFigures:
    category: AttendeeCategory
    tickets: int
    registered: int
    checked_in: int


@dataclass(frozen=True)
class SchoolFigures:
    school: str
    groups: int
    headcount: int
    arrived: int


def _raw_text(column: Any) -> Any:
    """An enum column as its stored text (the big tables skip the per-row enum objects)."""
    return type_coerce(column, String())


def _raw_time(column: Any) -> Any:
    """A UTC time column as the driver gives it: naive UTC on SQLite, aware on PostgreSQL."""
    return type_coerce(column, DateTime(timezone=True))


def scoped_sessions(scope: ReportScope) -> Select[Any]:
    """The ids of the scheduled sessions the report covers."""
    q = select(EventSession.id).where(EventSession.status == SessionStatus.SCHEDULED)
    if scope.session_id is not None:
        q = q.where(EventSession.id == scope.session_id)
    if scope.event_id is not None:
        q = q.where(EventSession.event_id == scope.event_id)
    if scope.program_id is not None:
        q = q.join(Event, Event.id == EventSession.event_id).where(
            Event.program_id == scope.program_id
        )
    if (start := scope.start_utc()) is not None:
        q = q.where(EventSession.starts_at >= start)
    if (end := scope.end_utc()) is not None:
        q = q.where(EventSession.starts_at < end)
    return q


def session_figures(
    s: Session, scope: ReportScope, *, walk_ins: bool = True
) -> list[SessionFigures]:
    """One line per session in scope with its ticket figures, by start time."""
    active = Ticket.status == TicketStatus.ACTIVE
    columns = [
        Ticket.session_id.label("session_id"),
        func.sum(case((active, Ticket.headcount), else_=0)).label("registered"),
        func.sum(Ticket.arrived).label("checked_in"),
        func.sum(
            case((active & (Ticket.kind == TicketKind.GROUP), Ticket.headcount), else_=0)
        ).label("group_headcount"),
        func.sum(case((active, 1), else_=0)).label("tickets"),
    ]
    ids = scoped_sessions(scope)
    agg = select(*columns).where(Ticket.session_id.in_(ids)).group_by(Ticket.session_id)
    walked: dict[int, int] = {}
    if walk_ins:
        walked = dict(
            s.execute(
                select(Ticket.session_id, func.sum(Ticket.headcount))
                .join(Scan, Scan.ticket_id == Ticket.id)
                .where(Ticket.session_id.in_(ids), Scan.method == ScanMethod.WALK_IN)
                .group_by(Ticket.session_id)
            ).all()
        )
    sums = {row.session_id: row for row in s.execute(agg)}
    q = (
        select(
            EventSession.id,
            Event.id,
            Event.title,
            Event.title_en,
            Event.kind,
            EventSession.title,
            Room.id,
            Room.name,
            Room.name_en,
            EventSession.starts_at,
            EventSession.ends_at,
            EventSession.capacity,
        )
        .join(Event, Event.id == EventSession.event_id)
        .join(Room, Room.id == EventSession.room_id)
        .where(EventSession.id.in_(ids))
        .order_by(EventSession.starts_at, EventSession.id)
    )
    out = []
    for row in s.execute(q):
        fig = SessionFigures(*row)
        if (got := sums.get(fig.id)) is not None:
            fig.registered = int(got.registered or 0)
            fig.checked_in = int(got.checked_in or 0)
            fig.group_headcount = int(got.group_headcount or 0)
            fig.tickets = int(got.tickets or 0)
        fig.walk_ins = int(walked.get(fig.id, 0) or 0)
        out.append(fig)
    return out


def organizers(s: Session, event_ids: list[int]) -> list[Organizer]:
    if not event_ids:
        return []
    q = (
        select(
            EventOrganizer.event_id,
            Organization.id,
            Organization.name,
            Organization.name_en,
            EventOrganizer.role,
        )
        .join(Organization, Organization.id == EventOrganizer.organization_id)
        .where(EventOrganizer.event_id.in_(event_ids))
        .order_by(EventOrganizer.event_id, EventOrganizer.position)
    )
    return [Organizer(*row) for row in s.execute(q)]


def by_category(s: Session, scope: ReportScope) -> list[CategoryFigures]:
    active = Ticket.status == TicketStatus.ACTIVE
    q = (
        select(
            Attendee.category,
            func.sum(case((active, 1), else_=0)),
            func.sum(case((active, Ticket.headcount), else_=0)),
            func.sum(Ticket.arrived),
        )
        .join(Attendee, Attendee.id == Ticket.attendee_id)
        .where(Ticket.session_id.in_(scoped_sessions(scope)))
        .group_by(Attendee.category)
        .order_by(Attendee.category)
    )
    return [
        CategoryFigures(c, int(t or 0), int(r or 0), int(a or 0)) for c, t, r, a in s.execute(q)
    ]


def by_school(s: Session, scope: ReportScope) -> list[SchoolFigures]:
    """School groups (group tickets) by the organization they registered with."""
    q = (
        select(
            Attendee.organization,
            func.count(Ticket.id),
            func.sum(Ticket.headcount),
            func.sum(Ticket.arrived),
        )
        .join(Attendee, Attendee.id == Ticket.attendee_id)
        .where(
            Ticket.session_id.in_(scoped_sessions(scope)),
            Ticket.kind == TicketKind.GROUP,
            Ticket.status == TicketStatus.ACTIVE,
        )
        .group_by(Attendee.organization)
        .order_by(Attendee.organization)
    )
    return [SchoolFigures(o or "", int(g), int(h or 0), int(a or 0)) for o, g, h, a in s.execute(q)]


def detail_rows(s: Session, scope: ReportScope) -> Iterator[Any]:
    """One row per ticket with its first and last admitting scan, streamed in batches."""
    last = (
        select(Scan.ticket_id, func.max(Scan.id).label("last_id"))
        .where(Scan.admitted > 0, _is_check_in(), Scan.session_id.in_(scoped_sessions(scope)))
        .group_by(Scan.ticket_id)
        .subquery()
    )
    last_scan = aliased(Scan)
    q = (
        select(
            Ticket.id,
            Attendee.name,
            Attendee.phone,
            Attendee.email,
            Attendee.organization,
            _raw_text(Attendee.category),
            Event.title,
            Event.title_en,
            EventSession.title,
            _raw_time(EventSession.starts_at),
            Room.name,
            Room.name_en,
            _raw_text(Ticket.kind),
            Ticket.headcount,
            Ticket.arrived,
            _raw_text(Ticket.status),
            _raw_time(Ticket.first_scan_at),
            Ticket.first_scan_station,
            _raw_time(last_scan.scanned_at),
            last_scan.station,
        )
        .join(Attendee, Attendee.id == Ticket.attendee_id)
        .join(EventSession, EventSession.id == Ticket.session_id)
        .join(Event, Event.id == EventSession.event_id)
        .join(Room, Room.id == EventSession.room_id)
        .outerjoin(last, last.c.ticket_id == Ticket.id)
        .outerjoin(last_scan, last_scan.id == last.c.last_id)
        .where(Ticket.session_id.in_(scoped_sessions(scope)))
        .order_by(EventSession.starts_at, EventSession.id, Ticket.id)
    )
    yield from s.connection().execute(q.execution_options(yield_per=BATCH))


def detail_count(s: Session, scope: ReportScope) -> int:
    q = select(func.count(Ticket.id)).where(Ticket.session_id.in_(scoped_sessions(scope)))
    return int(s.scalar(q) or 0)


def scan_rows(s: Session, scope: ReportScope) -> Iterator[Any]:
    """Every scan at the doors of the sessions in scope, accepted or not, by time."""
    q = (
        select(
            _raw_time(Scan.scanned_at),
            Scan.station,
            Scan.operator,
            Event.title,
            Event.title_en,
            _raw_time(EventSession.starts_at),
            Scan.ticket_id,
            Attendee.name,
            _raw_text(Scan.verdict),
            _raw_text(Scan.method),
            Scan.admitted,
            Scan.reason,
            Scan.reason_detail,
            Scan.raw_code,
        )
        .join(EventSession, EventSession.id == Scan.session_id)
        .join(Event, Event.id == EventSession.event_id)
        .outerjoin(Ticket, Ticket.id == Scan.ticket_id)
        .outerjoin(Attendee, Attendee.id == Ticket.attendee_id)
        .where(Scan.session_id.in_(scoped_sessions(scope)))
        .order_by(Scan.scanned_at, Scan.id)
    )
    yield from s.connection().execute(q.execution_options(yield_per=BATCH))


def scan_count(s: Session, scope: ReportScope) -> int:
    q = select(func.count(Scan.id)).where(Scan.session_id.in_(scoped_sessions(scope)))
    return int(s.scalar(q) or 0)


def _bucket_columns(s: Session) -> tuple[Any, Any]:
    """The hour ('YYYY-MM-DD HH', UTC) and the quarter (0-3) of a scan, computed in SQL."""
    if s.get_bind().dialect.name == "sqlite":  # stored as 'YYYY-MM-DD HH:MM:SS.ffffff' (UTC)
        hour = func.substr(Scan.scanned_at, 1, 13)
        minute = cast(func.substr(Scan.scanned_at, 15, 2), Integer)
        quarter = minute.op("/")(BUCKET_MINUTES)  # SQLite's integer division
    else:
        utc = func.timezone("UTC", Scan.scanned_at)
        hour = func.to_char(utc, "YYYY-MM-DD HH24")
        quarter = cast(func.floor(func.extract("minute", utc) / BUCKET_MINUTES), Integer)
    return hour, quarter


def _bucket_start(hour: str, quarter: int) -> datetime:
    start = datetime.strptime(hour, "%Y-%m-%d %H").replace(tzinfo=UTC)
    return start + timedelta(minutes=BUCKET_MINUTES * int(quarter))


def arrivals(s: Session, scope: ReportScope) -> list[tuple[int, datetime, int]]:
    """(session id, bucket start UTC, people checked in) for every 15 minutes with check-ins.

    An undone check-in counts against the quarter hour it was undone in.
    """
    hour, quarter = _bucket_columns(s)
    q = (
        select(Scan.session_id, hour, quarter, func.sum(Scan.admitted))
        .where(Scan.admitted != 0, _is_check_in(), Scan.session_id.in_(scoped_sessions(scope)))
        .group_by(Scan.session_id, hour, quarter)
    )
    rows = [(sid, _bucket_start(h, qr), int(n)) for sid, h, qr, n in s.execute(q) if n]
    rows.sort(key=lambda r: (r[1], r[0]))
    return rows


def _people_in() -> Any:
    return func.coalesce(func.sum(case((_is_check_in(), Scan.admitted), else_=0)), 0)


def day_arrivals(s: Session, start: datetime, end: datetime) -> tuple[dict[datetime, int], int]:
    """People checked in per 15 minutes (bucket start, UTC) in [start, end), set-based in SQL,
    and the highest scan id at that moment, so a live view then asks only for what is new.

    On SQLite one sum per quarter hour reads the day index ``ix_scan_day`` (scanned_at,
    method, admitted; migration 0007) alone; elsewhere one GROUP BY over the day's scans."""
    top = int(s.scalar(select(func.coalesce(func.max(Scan.id), 0))) or 0)
    if s.get_bind().dialect.name == "sqlite":
        bounds = []
        at = start
        while at < end:
            bounds.append(at)
            at += timedelta(minutes=BUCKET_MINUTES)
        parts = [
            select(literal_column(str(i)).label("i"), _people_in().label("n")).where(
                Scan.scanned_at >= b,
                Scan.scanned_at < min(b + timedelta(minutes=BUCKET_MINUTES), end),
                Scan.id <= top,
            )
            for i, b in enumerate(bounds)
        ]
        out: dict[datetime, int] = {}
        for first in range(0, len(parts), 400):  # SQLite: ≤ 500 SELECTs, ≤ 999 parameters
            chunk = parts[first : first + 400]
            for i, n in s.execute(union_all(*chunk) if len(chunk) > 1 else chunk[0]):
                if n:
                    out[bounds[int(i)]] = int(n)
        return out, top
    hour, quarter = _bucket_columns(s)
    q = (
        select(hour, quarter, _people_in())
        .where(Scan.scanned_at >= start, Scan.scanned_at < end, Scan.id <= top, Scan.admitted != 0)
        .group_by(hour, quarter)
    )
    return {_bucket_start(h, qr): int(n) for h, qr, n in s.execute(q) if n}, top


def arrivals_since(s: Session, after_id: int) -> tuple[list[tuple[int, datetime, int]], int]:
    """(session, bucket, people checked in) of the scans with an id above ``after_id``, and
    the highest id seen: the id range alone drives the query (the scan log only grows)."""
    hour, quarter = _bucket_columns(s)
    top = s.scalar(select(func.max(Scan.id)).where(Scan.id > after_id))
    if top is None:
        return [], after_id
    q = (
        select(Scan.session_id, hour, quarter, _people_in())
        .where(Scan.id > after_id, Scan.id <= top, Scan.admitted != 0)
        .group_by(Scan.session_id, hour, quarter)
    )
    rows = [(sid, _bucket_start(h, qr), int(n or 0)) for sid, h, qr, n in s.execute(q)]
    return rows, int(top)


def in_hall(s: Session, session_ids: list[int]) -> dict[int, int]:
    """People in the hall per session, as the doors count them (``session.in_hall``)."""
    if not session_ids:
        return {}
    q = select(EventSession.id, EventSession.in_hall).where(EventSession.id.in_(session_ids))
    return {sid: int(n or 0) for sid, n in s.execute(q)}


def audit_top(s: Session) -> int:
    """The audit trail's last entry id: it grows with every change a service makes."""
    return int(s.scalar(select(func.coalesce(func.max(AuditEntry.id), 0))) or 0)


def room_capacities(s: Session, room_ids: list[int]) -> dict[int, int]:
    if not room_ids:
        return {}
    return dict(s.execute(select(Room.id, Room.capacity).where(Room.id.in_(room_ids))).all())


def scope_names(s: Session, scope: ReportScope) -> dict[str, str]:
    """The names of the program, event and session a scope picks, for the sheet headers."""
    names: dict[str, str] = {}
    if scope.program_id is not None:
        names["program"] = (
            s.scalar(select(Program.name).where(Program.id == scope.program_id)) or ""
        )
    if scope.event_id is not None:
        names["event"] = s.scalar(select(Event.title).where(Event.id == scope.event_id)) or ""
    if scope.session_id is not None:
        row = s.execute(
            select(EventSession.starts_at, Event.title)
            .join(Event, Event.id == EventSession.event_id)
            .where(EventSession.id == scope.session_id)
        ).first()
        names["session"] = f"{fmt_local(row[0])} {row[1]}" if row else ""
    return names
