"""``scipop report``: the workbook or the CSV from the command line, reading only."""

from __future__ import annotations

from pathlib import Path

from python_calamine import CalamineWorkbook

from scipop.app import Services
from scipop.cli import main
from scipop.store.uow import Store
from tests.fixtures.report_world import build_report_world


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _season(tmp_path: Path):
    path = tmp_path / "数据" / "scipop.sqlite3"
    path.parent.mkdir()
    store = Store.open(f"sqlite:///{path}", actor="tester")
    try:
        world = build_report_world(Services(store))
    finally:
        store.dispose()
    return str(path), world


def test_report_writes_the_english_workbook_for_one_event(capsys, tmp_path):
    db, world = _season(tmp_path)
    out = tmp_path / "报表" / "lecture.xlsx"
    code, text, err = run(
        capsys,
        "--db",
        db,
        "report",
        "--out",
        str(out),
        "--event",
        str(world.lecture),
        "--lang",
        "en",
    )
    assert code == 0, err
    assert f"wrote {out}: 2 session(s)" in text
    names = CalamineWorkbook.from_path(str(out)).sheet_names
    assert names == [
        "Summary",
        "Arrivals",
        "Attendance detail",
        "Scan log",
        "Volunteers",
        "National statistics",
    ]


def test_report_csv_without_personal_data_has_no_phone(capsys, tmp_path):
    db, world = _season(tmp_path)
    out = tmp_path / "明细.csv"
    code, _, err = run(capsys, "--db", db, "report", "--out", str(out), "--no-personal-data")
    assert code == 0, err
    text = out.read_text(encoding="utf-8-sig")
    assert "票号" in text and not any(p in text for p in world.phones)


def test_report_never_creates_a_database(capsys, tmp_path):
    db = tmp_path / "none.sqlite3"
    code, _, err = run(capsys, "--db", str(db), "report", "--out", str(tmp_path / "r.xlsx"))
    assert code == 2 and "No database at" in err
    assert not db.exists() and not (tmp_path / "r.xlsx").exists()


def test_report_refuses_an_unknown_event_a_bad_date_and_a_bad_suffix(capsys, tmp_path):
    db, _ = _season(tmp_path)
    out = str(tmp_path / "r.xlsx")
    code, _, err = run(capsys, "--db", db, "report", "--out", out, "--event", "999")
    assert code == 2 and "Event #999 does not exist." in err
    code, _, err = run(capsys, "--db", db, "report", "--out", str(tmp_path / "r.pdf"))
    assert code == 2 and ".xlsx or .csv" in err
    code, _, err = run(
        capsys, "--db", db, "report", "--out", out, "--from", "2026-12-05", "--to", "2026-12-01"
    )
    assert code == 2 and "--to is before --from" in err
