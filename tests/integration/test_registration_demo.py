"""The demo season comes with registrations, so every ticket screen has something to show."""

from __future__ import annotations

from scipop.app import Services
from scipop.demo import load_demo
from scipop.models import ScanVerdict, TicketStatus


def test_demo_has_groups_a_waiting_list_arrivals_and_genuine_codes(any_store):
    load_demo(any_store)
    sv = Services(any_store)
    tickets = sv.tickets.search(limit=1000)
    assert len(tickets) > 150
    groups = sorted(t.headcount for t in tickets if t.headcount > 1)
    assert groups == [36, 41]
    assert any(t.status == TicketStatus.WAITLISTED for t in tickets)
    arrived = [t for t in tickets if t.arrived]
    assert arrived and sv.tickets.scans(arrived[0].id)[0].verdict == ScanVerdict.ACCEPTED
    for t in tickets:
        if t.status == TicketStatus.ACTIVE:
            assert sv.tickets.by_code(t.code).id == t.id
    for session_id in {t.session_id for t in tickets}:
        cap = sv.tickets.capacity(session_id)
        assert cap.booked <= cap.capacity
