"""What registration hands to the GUI and the CLI: plain dataclasses, never ORM objects."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from scipop.models import AttendeeCategory, ScanMethod, ScanVerdict, TicketKind, TicketStatus
from scipop.redact import mask_phone


@dataclass
class Registrant:
    """Who registers: a person, or a group's contact with the group's ``headcount``."""

    name: str = ""
    phone: str = ""
    email: str = ""
    organization: str = ""
    category: AttendeeCategory = AttendeeCategory.PUBLIC
    headcount: int = 1
    notes: str = ""


@dataclass
class TicketData:
    """A ticket with its attendee and session, as the Attendees page shows it."""

    id: int
    session_id: int
    attendee_id: int
    attendee_name: str
    phone: str
    email: str
    organization: str
    category: AttendeeCategory
    kind: TicketKind
    headcount: int
    arrived: int
    status: TicketStatus
    waitlist_position: int | None
    code: str | None
    generation: int
    event_title: str
    event_title_en: str
    room_name: str
    room_name_en: str
    starts_at: datetime
    ends_at: datetime
    first_scan_at: datetime | None = None
    first_scan_station: str = ""
    created_at: datetime | None = None

    @property
    def phone_masked(self) -> str:
        return mask_phone(self.phone)

    @property
    def remaining(self) -> int:
        """Places on this ticket not yet admitted at the door."""
        return self.headcount - self.arrived

    @property
    def is_group(self) -> bool:
        return self.kind == TicketKind.GROUP


@dataclass
class CapacityData:
    """Places of one session: ``booked`` counts active tickets' headcounts."""

    session_id: int
    capacity: int
    booked: int
    waiting: int  # people (headcounts) on the waiting list
    waiting_tickets: int
    arrived: int

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)


@dataclass
class ChangeResult:
    """A cancel or a move: the ticket afterwards and who was promoted off the waiting list."""

    ticket: TicketData
    promoted: list[TicketData] = field(default_factory=list)


@dataclass
class ScanData:
    id: int
    ticket_id: int | None
    session_id: int | None
    raw_code: str
    station: str
    operator: str
    scanned_at: datetime
    verdict: ScanVerdict
    admitted: int
    reason: str  # in English, as logged
    context: str = "scan"
    template: str = ""  # with params: the reason to translate; empty for old scans
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class AdmitResult:
    """The verdict of one scan at the door; ``template``/``params`` give the reason to show.

    The GUI shows ``QCoreApplication.translate(context, template).format(**params)``: the
    context is "scan" for door verdicts and "errors" for a code that failed verification.
    """

    verdict: ScanVerdict
    admitted: int
    template: str
    params: dict[str, Any]
    ticket: TicketData | None = None
    scan_id: int | None = None
    context: str = "scan"
    session_id: int | None = None  # the station's session
    ticket_id: int | None = None
    station: str = ""
    at: datetime | None = None
    method: ScanMethod = ScanMethod.SCAN
    first_at: datetime | None = None  # a duplicate: when and where the ticket was first used
    first_station: str = ""
    in_hall: int | None = None  # people in the hall (the hall's count) after it; None: unchanged
    hall_capacity: int | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict in (ScanVerdict.ACCEPTED, ScanVerdict.PARTIAL)

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


@dataclass
class WalkIn:
    """A walk-in registered at the door: the ticket, and the scan that let them in (``None``
    when they were registered without being admitted)."""

    ticket: TicketData
    scan: AdmitResult | None = None
