"""Upgrading a database from revision 0005 keeps its volunteers, shifts and assignments."""

from __future__ import annotations

from datetime import timedelta

import pytest
from alembic import command
from sqlalchemy import inspect, text

from scipop.app import Services
from scipop.store.migrate import HEAD_REVISION, alembic_config, current_revision, upgrade_to_head
from scipop.store.uow import Store
from tests.conftest import PG_URL, _reset_postgres
from tests.fixtures.tickets_world import SHOW_DAY


@pytest.fixture(params=["sqlite", "postgresql"] if PG_URL else ["sqlite"])
def url(request, db_url):
    if request.param == "postgresql":
        _reset_postgres(PG_URL)
        return PG_URL
    return db_url


def test_upgrading_from_0005_keeps_volunteers_and_adds_the_new_columns(url):
    store = Store(url, actor="tester")
    try:
        cfg = alembic_config(store.engine)
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "0005")
        start = SHOW_DAY.replace(tzinfo=None) - timedelta(hours=8)  # stored naive UTC
        with store.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO volunteer (id, name, phone, email, skills, active, notes,"
                    " created_at, updated_at) VALUES (1, '张伟', '+8613812345678', '',"
                    " '引导、检票', :yes, '', :t, :t)"
                ),
                {"t": start, "yes": True},
            )
            conn.execute(
                text(
                    "INSERT INTO shift (id, role, starts_at, ends_at, needed, notes, created_at,"
                    " updated_at) VALUES (1, '引导', :s, :e, 2, '', :s, :s)"
                ),
                {"s": start, "e": start + timedelta(hours=2)},
            )
            conn.execute(
                text(
                    "INSERT INTO assignment (id, shift_id, volunteer_id, status, checked_in_at,"
                    " created_at, updated_at) VALUES (1, 1, 1, 'checked_in', :s, :s, :s)"
                ),
                {"s": start},
            )
        assert upgrade_to_head(store.engine)
        assert current_revision(store.engine) == HEAD_REVISION == "0006"
        assert "shift_scan" in inspect(store.engine).get_table_names()
        services = Services(store)
        row = services.roster.get(1)
        assert (row.skills, row.languages) == (("引导", "检票"), ())
        assert services.shifts.get(1).skills == ""
        with store.uow() as uow:
            gen = uow.session.execute(text("SELECT code_generation FROM volunteer")).scalar()
        assert gen == 1
        staffed = services.staffing.day(SHOW_DAY.date())
        assert [(r.assigned, r.names) for r in staffed] == [(1, ("张伟",))]
        # and back down again, for a program that must open it with the older schema
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0005")
        assert "shift_scan" not in inspect(store.engine).get_table_names()
    finally:
        store.dispose()
