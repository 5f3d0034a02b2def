"""The scipop command, as staff and scripts use it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scipop.cli import main

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "活动数据" / "scipop.sqlite3")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    return " ".join(capsys.readouterr().out.split())


def test_init_creates_the_database_then_reports_it_is_current(capsys, db):
    code, out, _ = run(capsys, "--db", db, "init")
    assert code == 0 and Path(db).exists()
    code, out, _ = run(capsys, "--db", db, "init")
    assert "already at revision" in out


def test_db_can_come_from_the_environment(capsys, db, monkeypatch):
    monkeypatch.setenv("SCIPOP_DB", db)
    assert run(capsys, "init")[0] == 0
    assert Path(db).exists()


def test_demo_then_list_events_as_json_names_lead_and_co_organizers(capsys, db):
    assert run(capsys, "--db", db, "demo")[0] == 0
    code, out, _ = run(capsys, "--db", db, "list", "events", "--json")
    events = json.loads(out)
    assert code == 0
    sphere = next(e for e in events if e["title"] == "数字球幕秀：蓝色星球")
    assert sphere["lead"] == "北京市科学技术研究院"
    assert "北京市科学技术协会" in sphere["co_organizers"]
    assert sphere["sessions"] > 100 and sphere["id"] > 0


@pytest.mark.parametrize(
    "kind",
    [
        "organizations",
        "venues",
        "rooms",
        "programs",
        "events",
        "sessions",
        "volunteers",
        "attendees",
    ],
)
def test_every_kind_lists_as_a_table_and_as_json_objects_with_ids(capsys, db, kind):
    run(capsys, "--db", db, "demo")
    code, table, _ = run(capsys, "--db", db, "list", kind)
    assert code == 0 and table.splitlines()[0].startswith("id")
    code, out, _ = run(capsys, "--db", db, "list", kind, "--json")
    rows = json.loads(out)
    assert rows and all(isinstance(r["id"], int) for r in rows)


def test_sessions_json_has_room_event_times_capacity_and_booked(capsys, db):
    run(capsys, "--db", db, "demo")
    rows = json.loads(run(capsys, "--db", db, "list", "sessions", "--json")[1])
    first = rows[0]
    assert {"room", "event", "start", "end", "capacity", "booked"} <= set(first)
    assert first["start"].endswith("+08:00")  # Beijing time, as the tables show it
    from datetime import datetime

    from scipop.timeutil import fmt_local

    table = run(capsys, "--db", db, "list", "sessions")[1]
    assert fmt_local(datetime.fromisoformat(first["start"])) in table
    help_text = run_help(capsys, "list")
    assert "local" in help_text and "+08:00" in help_text


def test_demo_refuses_to_mix_into_a_database_with_data_in_one_line_exit_2(capsys, db):
    run(capsys, "--db", db, "demo")
    code, out, err = run(capsys, "--db", db, "demo")
    assert code == 2
    assert err.startswith("scipop: error: The database already holds data")
    assert "--force" in err  # the option to name, not "force it"
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_demo_force_adds_a_second_copy_beside_the_first(capsys, db):
    run(capsys, "--db", db, "demo")
    assert run(capsys, "--db", db, "demo", "--force")[0] == 0
    events = json.loads(run(capsys, "--db", db, "list", "events", "--json")[1])
    assert len(events) == 16


def test_demo_attendees_are_plausible_chinese_people(capsys, db):
    run(capsys, "--db", db, "demo", "--attendees", "500", "--seed", "7")
    rows = json.loads(run(capsys, "--db", db, "list", "attendees", "--json", "--limit", "5000")[1])
    assert len(rows) == 800  # 300 in the base demo + 500
    assert all(2 <= len(r["name"]) <= 3 and "\u4e00" <= r["name"][0] <= "\u9fff" for r in rows)
    assert all(len(r["phone"]) == 14 and r["phone"].startswith("+861") for r in rows)
    assert any(r["organization"].endswith(("中学", "小学", "学校")) for r in rows)


def test_an_unusable_database_path_is_one_clear_line_not_a_traceback(capsys, tmp_path):
    folder = tmp_path / "not-a-file"
    folder.mkdir()
    code, _, err = run(capsys, "--db", str(folder), "list", "events")
    assert code == 2
    assert err.startswith("scipop: error: cannot use the database")
    assert "Traceback" not in err


def test_python_m_scipop_has_help_for_every_command():
    for argv in ([], ["list"], ["demo"], ["init"]):
        out = subprocess.run(
            [sys.executable, "-m", "scipop", *argv, "--help"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "usage: scipop" in out
