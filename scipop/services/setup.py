"""What a database holds so far, for saying what to create first (venues, events, sessions)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from scipop.demo import is_empty
from scipop.models import Event, Organization, Room, Venue
from scipop.models import Session as EventSession
from scipop.store.uow import Store


@dataclass(frozen=True)
class SetupState:
    organizations: int = 0
    venues: int = 0
    rooms: int = 0
    events: int = 0
    sessions: int = 0
    empty: bool = True  # demo data may be loaded (see scipop.demo.is_empty)


def setup_state(store: Store) -> SetupState:
    with store.uow() as uow:
        s = uow.session

        def n(model) -> int:
            return int(s.scalar(select(func.count()).select_from(model)) or 0)

        counts = (n(Organization), n(Venue), n(Room), n(Event), n(EventSession))
    return SetupState(*counts, empty=is_empty(store))
