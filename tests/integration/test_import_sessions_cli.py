"""``scipop import sessions FILE`` and ``scipop list sessions --json``, as scripts use them."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path

import pytest

from scipop.app import Services
from scipop.cli import main
from scipop.store.uow import Store
from tests.fixtures.scheduling_world import DAY, build_world
from tests.fixtures.spreadsheets import write_csv, write_xlsx

HEADERS = ["活动", "场地", "日期", "开始", "结束", "容量", "标题"]
SHOW = "数字球幕秀：蓝色星球"
SPHERE = "球幕/数字球 展厅"


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


def test_import_then_list_sessions_as_json_with_venue_status_and_booked(capsys, db, tmp_path):
    rows = [
        HEADERS,
        [SHOW, SPHERE, DAY, time(10), time(10, 20), 50, "首场"],
        [SHOW, SPHERE, DAY, time(10, 30), time(10, 50), "", ""],
    ]
    path = write_xlsx(tmp_path / "日程安排.xlsx", rows, sheet="日程")
    code, out, err = run(capsys, "--db", db, "import", "sessions", str(path), "--sheet", "日程")
    assert (code, out.strip(), err) == (0, "imported 2 sessions", "")
    code, out, _ = run(capsys, "--db", db, "list", "sessions", "--json")
    listed = json.loads(out)
    assert [r["title"] for r in listed] == ["首场", ""]
    first = listed[0]
    for key in ("room", "venue", "event", "start", "end", "capacity", "booked", "status"):
        assert key in first
    assert (first["room"], first["venue"], first["event"]) == (SPHERE, "北京科学中心", SHOW)
    assert (first["capacity"], first["booked"], first["status"]) == (50, 0, "scheduled")
    assert first["start"] == "2030-12-05T10:00:00+08:00" and "series_id" in first


def test_bad_rows_are_printed_one_per_line_on_stderr_with_exit_2(capsys, db, tmp_path):
    rows = [
        HEADERS,
        ["讲座", SPHERE, "2030-12-05", "10:00", "10:20", "", ""],
        [SHOW, SPHERE, "2030-12-05", "10:00", "09:20", "", ""],
        [SHOW, "B厅", "2030-12-05", "10:00", "10:20", "", ""],
    ]
    path = write_csv(tmp_path / "日程.csv", rows, encoding="gbk")
    code, out, err = run(capsys, "--db", db, "import", "sessions", str(path))
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert lines[0] == "scipop: error: nothing was imported: 3 bad row(s)"
    assert lines[1] == "Row 2, column '活动': There is no event titled '讲座'."
    assert lines[2].startswith("Row 3, column '结束': The session must end after it starts")
    assert lines[3] == "Row 4, column '场地': There is no room 'B厅'."
    assert json.loads(run(capsys, "--db", db, "list", "sessions", "--json")[1]) == []


def test_dry_run_checks_but_books_nothing(capsys, db, tmp_path):
    path = write_xlsx(
        tmp_path / "日程.xlsx", [HEADERS, [SHOW, SPHERE, DAY, time(10), time(10, 20), "", ""]]
    )
    code, out, _ = run(capsys, "--db", db, "import", "sessions", str(path), "--dry-run")
    assert code == 0 and "would import 1 sessions" in out
    assert json.loads(run(capsys, "--db", db, "list", "sessions", "--json")[1]) == []


def test_dry_run_prints_the_bad_rows_of_the_preview_the_import_dialog_shows(capsys, db, tmp_path):
    rows = [
        HEADERS,
        [SHOW, SPHERE, "2030-12-05", "10:00", "10:20", "", ""],
        [SHOW, "B厅", "2030-12-05", "11:00", "11:20", "", ""],
        [SHOW, SPHERE, "2030-12-05", "10:10", "10:30", "", ""],
    ]
    path = write_csv(tmp_path / "日程.csv", rows)
    store = Store.open(db)
    try:
        preview = Services(store).scheduling.preview_import(path)
    finally:
        store.dispose()
    assert [(r.row, r.ok) for r in preview.rows] == [(2, True), (3, False), (4, False)]
    code, out, err = run(capsys, "--db", db, "import", "sessions", str(path), "--dry-run")
    assert code == 2 and out == ""
    assert err.strip().splitlines()[1:] == [" ".join(e.message.split()) for e in preview.errors]
    assert json.loads(run(capsys, "--db", db, "list", "sessions", "--json")[1]) == []


def test_unreadable_file_is_one_line_exit_2(capsys, db, tmp_path):
    code, _, err = run(capsys, "--db", db, "import", "sessions", str(tmp_path / "没有.xlsx"))
    assert code == 2 and err.count("\n") == 1 and "does not exist" in err
