"""The domain's tables, as SQLAlchemy 2.0 typed mappings."""

from scipop.models.audit import AuditEntry, Setting
from scipop.models.base import (
    AssignmentStatus,
    AttendeeCategory,
    Base,
    EventKind,
    EventStatus,
    OrganizerRole,
    OrgKind,
    ScanMethod,
    ScanVerdict,
    SessionStatus,
    ShiftScanOutcome,
    TicketKind,
    TicketStatus,
)
from scipop.models.events import Event, EventOrganizer, Series, Session
from scipop.models.tickets import Attendee, Scan, SigningKey, Ticket
from scipop.models.venues import ClosedDay, Organization, Program, Room, Venue
from scipop.models.volunteers import Assignment, Shift, ShiftScan, Volunteer

__all__ = [
    "Assignment",
    "AssignmentStatus",
    "Attendee",
    "AttendeeCategory",
    "AuditEntry",
    "Base",
    "ClosedDay",
    "Event",
    "EventKind",
    "EventOrganizer",
    "EventStatus",
    "OrgKind",
    "Organization",
    "OrganizerRole",
    "Program",
    "Room",
    "Scan",
    "ScanMethod",
    "ScanVerdict",
    "Series",
    "Session",
    "SessionStatus",
    "Setting",
    "Shift",
    "ShiftScan",
    "ShiftScanOutcome",
    "SigningKey",
    "Ticket",
    "TicketKind",
    "TicketStatus",
    "Venue",
    "Volunteer",
]
