"""Two PCs booking the same slot at the same moment: exactly one gets it (the two bookings
are proven to have been in flight together: tests/fixtures/race.py)."""

from __future__ import annotations

from scipop.app import Services
from scipop.errors import Conflict
from scipop.scheduling import SchedulingService, SessionDraft
from scipop.store.uow import Store
from tests.fixtures.race import race
from tests.fixtures.scheduling_world import at, build_world


def test_two_desks_booking_the_same_hall_slot_at_once_get_one_booking(any_store: Store):
    first = any_store
    second = Store(any_store.url, actor="desk-2")
    try:
        w = build_world(Services(first))

        def book(store: Store, minute: int) -> str:
            sched = SchedulingService(store)
            try:
                sched.create(SessionDraft(w.show, w.sphere, at(10, minute), at(10, minute + 20)))
                return "booked"
            except Conflict as exc:
                return str(exc)

        run = race(
            first,
            [lambda: book(first, 0), lambda: book(second, 10)],
            tables=("session", "room"),
        )
        run.assert_interleaved()  # both desks were booking at the same moment
        assert run.errors == [None, None]
        outcomes = run.results
        assert len(outcomes) == 2 and outcomes.count("booked") == 1
        assert "is booked 2030-12-05 10:" in next(o for o in outcomes if o != "booked")
        assert len(Services(first).sessions.list()) == 1
    finally:
        second.dispose()
