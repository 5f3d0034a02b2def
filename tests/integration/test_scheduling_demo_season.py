"""The demo season obeys the same booking rules as everything staff book by hand."""

from __future__ import annotations

from sqlalchemy import select

from scipop.demo import load_demo
from scipop.models import Session as EventSession
from scipop.scheduling.rules import Checked, Planner
from scipop.scheduling.service import draft_from


def test_demo_season_has_no_clash_and_respects_hours_and_closed_days(any_store):
    store = any_store
    summary = load_demo(store)
    assert summary.sessions > 500
    refused = []
    with store.uow() as uow:
        planner = Planner(uow.session)
        for x in uow.session.scalars(select(EventSession).order_by(EventSession.starts_at)):
            result = planner.check(draft_from(x), session_id=x.id)
            if not isinstance(result, Checked):
                refused.append(f"#{x.id}: {result[0].message}")
    assert refused == []
