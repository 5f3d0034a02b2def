"""The Volunteers page's small world: the sphere hall's three shows, four volunteers, shifts."""

from __future__ import annotations

from dataclasses import dataclass

from scipop.app import Services
from scipop.volunteers.dto import ShiftData
from tests.fixtures.volunteer_world import SHOW_DAY, VolunteerWorld, build_volunteers

__all__ = ["SHOW_DAY", "StaffedWorld", "build_staffed"]


@dataclass
class StaffedWorld:
    people: VolunteerWorld
    door: int  # 10:00 show, 检票, needs 2: 张伟 on it
    guide: int  # 12:00 show, 引导, needs 1, requires English: nobody yet
    long_door: int  # 09:00–10:30 in the sphere hall, 检票, needs 1: overlaps the 10:00 door


def build_staffed(services: Services) -> StaffedWorld:
    w = build_volunteers(services.store)
    door = services.shifts.create(ShiftData(session_id=w.shows.morning, role="检票", needed=2))
    guide = services.shifts.create(
        ShiftData(session_id=w.shows.noon, role="引导", needed=1, skills="English")
    )
    from datetime import timedelta

    start = SHOW_DAY - timedelta(hours=1)
    long_door = services.shifts.create(
        ShiftData(
            room_id=w.shows.room,
            role="检票",
            starts_at=start,
            ends_at=start + timedelta(minutes=90),
            needed=1,
        )
    )
    services.assignments.assign(door.id, w.zhang)
    return StaffedWorld(w, door.id, guide.id, long_door.id)
