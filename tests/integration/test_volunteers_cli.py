"""``scipop list volunteers|shifts --json`` on the demo: shifts, hours, masked phones."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

from scipop.cli import main


def run(capsys, *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_volunteers_json_has_each_ones_shifts_and_hours_and_shifts_json_needed_assigned(
    capsys, tmp_path: Path
):
    db = str(tmp_path / "志愿者" / "scipop.sqlite3")
    run(capsys, "--db", db, "demo")
    people = json.loads(run(capsys, "--db", db, "list", "volunteers", "--json"))
    assert len(people) == 30
    assert all("****" in p["phone"] for p in people)  # masked, never the whole number
    worked = [p for p in people if p["worked_hours"] > 0]
    assert worked, "the demo has check-ins on the last days"
    shift = next(s for p in people for s in p["shifts"])
    assert {"id", "session_id", "room", "role", "start", "end", "status"} <= set(shift)
    assert shift["start"].endswith("+08:00")
    statuses = {s["status"] for p in people for s in p["shifts"]}
    assert {"assigned", "checked_out", "no_show"} <= statuses
    for p in people:
        assert p["planned_hours"] == round(sum(s["planned_hours"] for s in p["shifts"]), 2)

    shifts = json.loads(run(capsys, "--db", db, "list", "shifts", "--json"))
    assert {"id", "start", "end", "role", "needed", "assigned", "understaffed"} <= set(shifts[0])
    assert any(s["understaffed"] for s in shifts)
    doors = [s for s in shifts if s["role"] == "检票" and s["title"].startswith("数字球幕")]
    assert doors and all(s["needed"] == 2 and s["skills"] == "签到" for s in doors)
    total_assigned = sum(s["assigned"] for s in shifts)
    assert total_assigned == sum(len(p["shifts"]) for p in people)

    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    some = json.loads(
        run(capsys, "--db", db, "list", "shifts", "--json", "--from", tomorrow, "--to", tomorrow)
    )
    assert all(s["start"][:10] <= tomorrow for s in some) and len(some) < len(shifts)
    table = run(capsys, "--db", db, "list", "shifts")
    assert table.splitlines()[0].startswith("id") and "needed" in table.splitlines()[0]


def test_scan_prints_a_volunteers_badge_as_a_line_and_as_json(capsys, store, services):
    from scipop.models import Volunteer
    from scipop.timeutil import utcnow
    from scipop.volunteers.dto import ShiftData
    from tests.fixtures.station_world import build_door

    door = build_door(store)
    with store.uow(write=True) as uow:
        v = Volunteer(name="陈静")
        uow.session.add(v)
        uow.session.flush()
        vid = v.id
        uow.commit()
    now = utcnow()
    shift = services.shifts.create(
        ShiftData(
            room_id=door.room, role="检票", starts_at=now - timedelta(minutes=5),
            ends_at=now + timedelta(hours=2),
        )
    )  # fmt: skip
    services.assignments.assign(shift.id, vid)
    code = services.volunteer_codes.code(vid)
    out = run(capsys, "--db", store.url, "scan", "--station", "东门", code).splitlines()
    assert out[0].startswith("volunteer_checked_in\tvolunteer #") and "陈静" in out[0]
    line = json.loads(run(capsys, "--db", store.url, "scan", "--station", "东门", "--json", code))
    assert line["verdict"] == "volunteer_rejected" and line["volunteer"] == "陈静"
    assert "just checked in" in line["reason"]


def test_list_volunteers_search_takes_pinyin_initials(capsys, tmp_path: Path):
    db = str(tmp_path / "scipop.sqlite3")
    run(capsys, "--db", db, "demo")
    everyone = json.loads(run(capsys, "--db", db, "list", "volunteers", "--json"))
    name = everyone[0]["name"]
    from scipop.station.lookup import initials

    found = json.loads(
        run(capsys, "--db", db, "list", "volunteers", "--json", "--search", initials(name))
    )
    assert name in [p["name"] for p in found] and len(found) < len(everyone)
