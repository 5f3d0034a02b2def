"""``scipop import volunteers`` as staff use it: exit codes, every bad row, phones masked."""

from __future__ import annotations

from pathlib import Path

import pytest

from scipop.cli import main
from scipop.store.uow import Store
from scipop.volunteers.roster import RosterQueries
from tests.fixtures.spreadsheets import write_csv, write_xlsx


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = tmp_path / "志愿者数据" / "scipop.sqlite3"
    assert main(["--db", str(path), "init"]) == 0
    return str(path)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _names(db: str) -> list[str]:
    store = Store.open(db)
    try:
        return sorted(r.name for r in RosterQueries(store).search())
    finally:
        store.dispose()


def _list(path: Path, *extra: list) -> Path:
    return write_xlsx(
        path,
        [
            ["姓名", "手机号", "单位", "技能", "语言"],
            ["张伟", "13800000001", "北京理工大学", "检票", "英语"],
            ["李娜", "13800000002", "", "讲解", ""],
            *extra,
        ],
    )


def test_a_clean_list_imports_and_says_what_it_created(capsys, tmp_path, db):
    code, out, err = run(
        capsys, "--db", db, "import", "volunteers", str(_list(tmp_path / "名单.xlsx"))
    )
    assert code == 0 and err == ""
    assert out.strip() == "imported 2 volunteer(s); created 1 organization(s): 北京理工大学"
    assert _names(db) == ["张伟", "李娜"]


def test_bad_rows_import_nothing_and_are_printed_with_masked_phones(capsys, tmp_path, db):
    path = _list(
        tmp_path / "名单.xlsx", ["王强", "13800000001", "", "", ""], ["", "1380", "", "", ""]
    )
    code, out, err = run(capsys, "--db", db, "import", "volunteers", str(path))
    assert code == 2 and out == ""
    lines = err.splitlines()
    assert lines[0] == "scipop: error: nothing was imported: 2 bad row(s)"
    assert "Row 4, column '手机号': 王强 (138****0001): the same phone is already on row 2." in err
    assert "Row 5, column '姓名': The name is missing." in err
    assert "13800000001" not in err
    assert _names(db) == []


def test_dry_run_reports_and_writes_nothing(capsys, tmp_path, db):
    path = _list(tmp_path / "名单.xlsx")
    code, out, _err = run(capsys, "--db", db, "import", "volunteers", str(path), "--dry-run")
    assert code == 0
    assert (
        out.strip() == "would import 2 volunteer(s); would create 1 organization(s): 北京理工大学"
    )
    assert _names(db) == []


def test_only_good_skips_the_bad_rows_and_lists_them(capsys, tmp_path, db):
    first = _list(tmp_path / "第一批.xlsx")
    assert run(capsys, "--db", db, "import", "volunteers", str(first))[0] == 0
    second = write_csv(
        tmp_path / "第二批.csv",
        [["姓名", "手机"], ["张伟", "+86 138 0000 0001"], ["赵敏", "13800000003"]],
        "gb18030",
    )
    code, out, err = run(capsys, "--db", db, "import", "volunteers", str(second), "--only-good")
    assert code == 0
    assert out.strip() == "imported 1 volunteer(s); skipped 1 bad row(s)"
    assert err.strip() == (
        "skipped: Row 2, column '手机': 138****0001 is already on the roster as 张伟 "
        "(volunteer #1)."
    )
    assert _names(db) == ["张伟", "李娜", "赵敏"]


def test_no_new_organizations_makes_unknown_ones_bad_rows(capsys, tmp_path, db):
    path = _list(tmp_path / "名单.xlsx")
    code, _out, err = run(
        capsys, "--db", db, "import", "volunteers", str(path), "--no-new-organizations"
    )
    assert code == 2 and "There is no organization '北京理工大学'" in err


def test_a_missing_file_is_one_line_and_exit_2(capsys, tmp_path, db):
    code, out, err = run(capsys, "--db", db, "import", "volunteers", str(tmp_path / "无.xlsx"))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "does not exist" in err
