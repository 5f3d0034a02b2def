"""Two PCs booking the same slot at the same moment: exactly one gets it."""

from __future__ import annotations

import threading

from scipop.app import Services
from scipop.errors import Conflict
from scipop.scheduling import SchedulingService, SessionDraft
from scipop.store.uow import Store
from tests.fixtures.scheduling_world import at, build_world


def test_two_desks_booking_the_same_hall_slot_at_once_get_one_booking(any_store: Store):
    first = any_store
    second = Store(any_store.url, actor="desk-2")
    try:
        w = build_world(Services(first))
        start = threading.Barrier(2)
        outcomes: list[str] = []

        def book(store: Store, minute: int) -> None:
            sched = SchedulingService(store)
            start.wait()
            try:
                sched.create(SessionDraft(w.show, w.sphere, at(10, minute), at(10, minute + 20)))
                outcomes.append("booked")
            except Conflict as exc:
                outcomes.append(str(exc))

        threads = [
            threading.Thread(target=book, args=(first, 0)),
            threading.Thread(target=book, args=(second, 10)),
        ]
        for th in threads:
            th.start()
        for th in threads:
            th.join(timeout=30)
        assert len(outcomes) == 2 and outcomes.count("booked") == 1
        assert "is booked 2030-12-05 10:" in next(o for o in outcomes if o != "booked")
        assert len(Services(first).sessions.list()) == 1
    finally:
        second.dispose()
