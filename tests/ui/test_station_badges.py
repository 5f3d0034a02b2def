"""A volunteer scans their badge at the door's station: checked in to their shift, not admitted."""

from __future__ import annotations

from datetime import timedelta

import pytest

from scipop.models import Volunteer
from scipop.timeutil import utcnow
from scipop.volunteers.dto import ShiftData
from tests.fixtures.station_world import build_door
from tests.ui.test_station import open_station, scanner_types


@pytest.fixture
def world(services):
    return build_door(services.store, hall=60)


def _on_shift(services, world, name: str) -> str:
    """A volunteer on a door shift running now; their badge's code."""
    with services.store.uow(write=True) as uow:
        v = Volunteer(name=name, skills="检票")
        uow.session.add(v)
        uow.session.flush()
        volunteer_id = v.id
        uow.commit()
    now = utcnow()
    shift = services.shifts.create(
        ShiftData(room_id=world.room, role="检票", starts_at=now - timedelta(minutes=10),
                  ends_at=now + timedelta(hours=3))
    )  # fmt: skip
    services.assignments.assign(shift.id, volunteer_id)
    return services.volunteer_codes.code(volunteer_id)


def test_in_chinese_the_badge_verdict_names_the_volunteer_and_their_shift(
    qtbot, ctx, services, world, chinese
):
    code = _on_shift(services, world, "陈静")
    station = open_station(qtbot, ctx, world.now_show)
    assert scanner_types(qtbot, station, code) == "badge_in"
    assert station.verdict.title.text() == "志愿者签到"
    assert station.verdict.detail.text().startswith("志愿者 陈静 签到 — 球幕")
    station.grab().save("/tmp/badge_station_zh.png")


def test_a_badge_checks_its_volunteer_in_then_out_and_the_hall_count_stays(
    qtbot, ctx, services, world
):
    with services.store.uow(write=True) as uow:
        v = Volunteer(name="陈静", skills="检票")
        uow.session.add(v)
        uow.session.flush()
        volunteer_id = v.id
        uow.commit()
    now = utcnow()
    shift = services.shifts.create(
        ShiftData(room_id=world.room, role="检票", starts_at=now - timedelta(minutes=10),
                  ends_at=now + timedelta(hours=3))
    )  # fmt: skip
    services.assignments.assign(shift.id, volunteer_id)
    code = services.volunteer_codes.code(volunteer_id)
    station = open_station(qtbot, ctx, world.now_show)
    hall_before = station.hall_label.text()
    assert scanner_types(qtbot, station, code) == "badge_in"
    assert station.verdict.title.text() == "Volunteer checked in"
    assert "陈静" in station.verdict.name.text() and "检票" in station.verdict.name.text()
    assert station.hall_label.text() == hall_before
    assert not station.undo_button.isEnabled()  # nothing of the door's to take back
    qtbot.wait(1100)  # not a double fire
    assert scanner_types(qtbot, station, code) == "badge_refused"  # too soon to check out
    assert "just checked in" in station.verdict.detail.text()
    station.grab().save("/tmp/badge_station.png")
