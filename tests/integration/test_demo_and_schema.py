"""The demo season a newcomer opens, and the schema the migrations build."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select

from scipop.demo import is_empty, load_demo
from scipop.models import Attendee, Base, Event
from scipop.progress import Cancelled, Progress
from scipop.store.migrate import HEAD_REVISION, alembic_config, current_revision
from scipop.timeutil import local_zone, utcnow


def test_the_demo_has_a_session_running_right_now(any_services, any_store):
    load_demo(any_store)
    now = utcnow()
    running = [s for s in any_services.sessions.list() if s.starts_at <= now < s.ends_at]
    assert running, "the check-in station needs a live session"


def test_the_demo_season_runs_for_weeks_and_the_science_center_rests_on_mondays(
    any_services, any_store
):
    load_demo(any_store)
    sessions = any_services.sessions.list()
    days = {s.starts_at.astimezone(local_zone()).date() for s in sessions}
    today = utcnow().astimezone(local_zone()).date()
    assert max(days) - today >= timedelta(days=35)
    theme = [s for s in sessions if s.event_title == "生命·生活·生存 主题展"]
    assert theme and all(s.starts_at.astimezone(local_zone()).weekday() != 0 for s in theme)


def test_the_demo_names_the_real_partners_halls_and_programs(any_services, any_store):
    load_demo(any_store)
    orgs = {o.short_name: o for o in any_services.organizations.list()}
    assert orgs["BAST"].name == "北京市科学技术协会"
    assert orgs["BJAST"].name_en == "Beijing Academy of Science and Technology"
    rooms = {r.name_en: r for r in any_services.rooms.list()}
    assert rooms["Science on a Sphere Hall"].venue_name == "北京科学中心"
    assert "生命·生活·生存 主题展厅" in {r.name for r in rooms.values()}
    programs = {p.name_en for p in any_services.programs.list()}
    assert {
        "Robot Cup",
        "Nobel Laureates Beijing Forum",
        "National Olympiad in Informatics",
        "Scientific Imaging Festival",
        "Golden Bridge Engineering",
    } <= programs


def test_the_demo_starts_on_the_day_it_is_given(any_services, any_store):
    start = date(2027, 3, 2)  # a Tuesday
    load_demo(any_store, today=start)
    first = min(s.starts_at for s in any_services.sessions.list() if not s.title)
    assert first.astimezone(local_zone()).date() == start


class _CancelAfterFirstChunk(Progress):
    def __init__(self) -> None:
        self.reports = 0

    def report(self, done: int, total: int, stage: str = "") -> None:
        self.reports += 1

    def cancelled(self) -> bool:
        return self.reports >= 2


def test_cancelling_the_demo_load_leaves_the_database_empty(any_store):
    with pytest.raises(Cancelled):
        load_demo(any_store, attendees=25_000, progress=_CancelAfterFirstChunk())
    assert is_empty(any_store)
    with any_store.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Attendee)) == 0
        assert uow.session.scalar(select(func.count()).select_from(Event)) == 0


def test_the_database_is_at_the_newest_migration_and_matches_the_models(any_store):
    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_current_head() == HEAD_REVISION
    assert current_revision(any_store.engine) == HEAD_REVISION
    with any_store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_demo_session_titles_do_not_mix_chinese_and_english(store) -> None:
    """Titles show as they are in both UIs: none may carry both languages at once."""
    from sqlalchemy import select

    from scipop.demo import load_demo
    from scipop.models import Session as EventSession

    load_demo(store)
    with store.uow() as uow:
        titles = set(uow.session.scalars(select(EventSession.title)))
    mixed = [
        t
        for t in titles
        if any("\u4e00" <= c <= "\u9fff" for c in t) and any(c.isascii() and c.isalpha() for c in t)
    ]
    assert mixed == []
