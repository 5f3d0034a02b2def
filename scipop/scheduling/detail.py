"""An event in one place: its organizers, its sessions and their totals (event detail view)."""

from __future__ import annotations

from dataclasses import dataclass, field

from scipop.services.events import EventData, EventService, OrganizerData
from scipop.services.sessions import SessionData, SessionQueries
from scipop.store.uow import Store
from scipop.timeutil import utcnow


@dataclass
class EventTotals:
    """Counts over the event's sessions; capacity/booked/free count scheduled sessions only."""

    sessions: int = 0
    scheduled: int = 0
    cancelled: int = 0
    upcoming: int = 0  # scheduled sessions that have not ended yet
    capacity: int = 0
    booked: int = 0
    rooms: int = 0
    series: int = 0

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.booked)

    @property
    def fill_rate(self) -> float:
        """Booked share of capacity, 0.0–1.0 (0 when there is no capacity)."""
        return self.booked / self.capacity if self.capacity else 0.0


@dataclass
class EventDetail:
    event: EventData
    organizers: list[OrganizerData]
    sessions: list[SessionData]  # by start time, cancelled ones included
    totals: EventTotals = field(default_factory=EventTotals)

    @property
    def lead(self) -> OrganizerData | None:
        return self.event.lead

    @property
    def co_organizers(self) -> list[OrganizerData]:
        return self.event.co_organizers


def totals_of(sessions: list[SessionData], now=None) -> EventTotals:
    now = now or utcnow()
    scheduled = [x for x in sessions if not x.cancelled]
    return EventTotals(
        sessions=len(sessions),
        scheduled=len(scheduled),
        cancelled=len(sessions) - len(scheduled),
        upcoming=sum(1 for x in scheduled if x.ends_at > now),
        capacity=sum(x.capacity for x in scheduled),
        booked=sum(x.booked for x in scheduled),
        rooms=len({x.room_id for x in scheduled}),
        series=len({x.series_id for x in sessions if x.series_id is not None}),
    )


def event_detail(store: Store, event_id: int) -> EventDetail:
    """The event (NotFound if missing), its organizers lead first, sessions and totals."""
    event = EventService(store).get(event_id)
    sessions = SessionQueries(store).list(event_id=event_id)
    organizers = sorted(event.organizers, key=lambda o: o.role != "lead")
    return EventDetail(event, organizers, sessions, totals_of(sessions))
