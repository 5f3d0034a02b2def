"""Several stations and desks at once, each with its own connection: first scan wins.

The calls are released together while the write lock is held elsewhere (tests/fixtures/race.py),
so every one of them is in flight at the same moment; the test asserts it was.
"""

from __future__ import annotations

import pytest

from scipop.app import Services
from scipop.models import ScanVerdict, TicketStatus
from scipop.registration.dto import Registrant
from scipop.store.uow import Store
from tests.conftest import PG_URL, _reset_postgres
from tests.fixtures.race import race
from tests.fixtures.tickets_world import build_shows


@pytest.fixture(params=["sqlite", "postgresql"] if PG_URL else ["sqlite"])
def url(request: pytest.FixtureRequest, db_url: str) -> str:
    """One database several stores (stations, desks) open at once."""
    if request.param == "postgresql":
        _reset_postgres(PG_URL)
        return PG_URL
    return db_url


def test_the_same_code_scanned_at_eight_doors_at_once_admits_exactly_once(url):
    store = Store.open(url, actor="desk")
    world = build_shows(store)
    ticket = Services(store).registration.register(world.noon, Registrant(name="张伟"))
    stores = [Store.open(url, actor=f"door{i}", upgrade=False) for i in range(8)]
    doors = [Services(s).registration for s in stores]
    try:
        run = race(
            store,
            [
                lambda i=i: doors[i].admit(ticket.code, world.noon, station=f"门{i}")
                for i in range(8)
            ],
        )
    finally:
        for s in stores:
            s.dispose()
    run.assert_interleaved()  # all eight scans were in flight at once
    assert run.errors == [None] * 8
    results = run.results
    verdicts = sorted(r.verdict for r in results)
    assert verdicts.count(ScanVerdict.ACCEPTED) == 1
    assert verdicts.count(ScanVerdict.DUPLICATE) == 7
    assert len(Services(store).tickets.scans(ticket.id)) == 8
    store.dispose()


def test_ten_desks_registering_for_the_last_three_places_overbook_nobody(url):
    store = Store.open(url, actor="desk")
    world = build_shows(store, morning=3)
    stores = [Store.open(url, actor=f"desk{i}", upgrade=False) for i in range(10)]
    desks = [Services(s).registration for s in stores]
    try:
        run = race(
            store,
            [
                lambda i=i: desks[i].register(world.morning, Registrant(name=f"观众{i}"))
                for i in range(10)
            ],
        )
    finally:
        for s in stores:
            s.dispose()
    run.assert_interleaved()  # all ten desks were registering at the same moment
    assert run.errors == [None] * 10
    tickets = run.results
    active = [t for t in tickets if t.status == TicketStatus.ACTIVE]
    waiting = sorted(t.waitlist_position for t in tickets if t.status == TicketStatus.WAITLISTED)
    assert len(active) == 3
    assert waiting == list(range(1, 8))
    store.dispose()
