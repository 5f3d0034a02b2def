"""``scipop session add|move|cancel``: the same conflict check from the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scipop.app import Services
from scipop.cli import main
from scipop.store.uow import Store
from tests.fixtures.scheduling_world import build_world


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "活动数据" / "scipop.sqlite3"
    path.parent.mkdir()
    store = Store.open(str(path), actor="tester")
    build_world(Services(store))
    store.dispose()
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_book_then_a_clashing_booking_is_refused_in_one_line_exit_2(capsys, db):
    show = ("--event", "数字球幕秀：蓝色星球", "--room", "北京科学中心/球幕/数字球 展厅")
    code, out, _ = run(
        capsys, "--db", db, "session", "add", *show, "--start", "2030-12-05 10:00", "--end", "10:20"
    )
    assert code == 0
    assert out.strip() == (
        "booked session #1: 数字球幕秀：蓝色星球 @ 球幕/数字球 展厅 2030-12-05 10:00–10:20 (0/60)"
    )
    code, out, err = run(
        capsys, "--db", db, "session", "add", *show, "--start", "2030-12-05 10:20", "--end", "10:40"
    )
    assert code == 2 and out == ""
    assert err == (
        "scipop: error: Hall '球幕/数字球 展厅' is booked 2030-12-05 10:00–10:20 by "
        "'数字球幕秀：蓝色星球' (with 5 min teardown).\n"
    )


def test_move_into_another_room_and_cancel(capsys, db):
    run(
        capsys,
        "--db",
        db,
        "session",
        "add",
        "--event",
        "1",
        "--room",
        "1",
        "--start",
        "2030-12-05 10:00",
        "--end",
        "2030-12-05 10:20",
    )
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "session",
        "move",
        "1",
        "--start",
        "2030-12-05 11:00",
        "--room",
        "报告厅",
        "--json",
    )
    moved = json.loads(out)[0]
    assert code == 0 and moved["room"] == "报告厅" and moved["start"] == "2030-12-05T11:00:00+08:00"
    code, out, _ = run(capsys, "--db", db, "session", "cancel", "1")
    assert code == 0 and out.startswith("cancelled session #1")
    listed = json.loads(run(capsys, "--db", db, "list", "sessions", "--json")[1])
    assert listed[0]["status"] == "cancelled"


def test_unknown_room_and_bad_time_are_one_line_errors(capsys, db):
    code, _, err = run(
        capsys,
        "--db",
        db,
        "session",
        "add",
        "--event",
        "1",
        "--room",
        "Z厅",
        "--start",
        "2030-12-05 10:00",
        "--end",
        "10:20",
    )
    assert code == 2 and "There is no room 'Z厅'" in err
    code, _, err = run(
        capsys,
        "--db",
        db,
        "session",
        "add",
        "--event",
        "1",
        "--room",
        "1",
        "--start",
        "明天十点",
        "--end",
        "10:20",
    )
    assert code == 2 and "cannot read the time" in err and err.count("\n") == 1


def test_a_booking_outside_opening_hours_names_the_option_that_books_it(capsys, db):
    show = ("--event", "数字球幕秀：蓝色星球", "--room", "北京科学中心/球幕/数字球 展厅")
    late = ("--start", "2030-12-05 20:00", "--end", "20:20")
    code, out, err = run(capsys, "--db", db, "session", "add", *show, *late)
    assert code == 2 and out == ""
    assert "outside opening hours" in err and "add --outside-hours to book it anyway" in err
    assert "Choose" not in err and "Tick" not in err  # the GUI's words stay in the GUI
    code, out, err = run(capsys, "--db", db, "session", "add", *show, *late, "--outside-hours")
    assert code == 0, err
