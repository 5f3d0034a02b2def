"""``scipop import attendees`` with a form's answers: suggestions printed, --map, --session-map."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scipop.app import Services
from scipop.cli import main
from scipop.store.uow import Store
from tests.fixtures.form_world import (
    FIRST_EXPORT,
    ROBOT_10,
    SPHERE_10,
    SPHERE_12,
    build_form_world,
    write_form,
)


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "活动数据" / "scipop.sqlite3")


@pytest.fixture
def world(db):
    store = Store.open(db)
    w = build_form_world(store)
    store.dispose()
    return w


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _sessions(db: str) -> dict[str, int]:
    store = Store.open(db)
    try:
        return {t.attendee_name: t.session_id for t in Services(store).tickets.search()}
    finally:
        store.dispose()


def test_unmapped_answers_are_refused_with_the_map_options_to_confirm(tmp_path, capsys, db, world):
    path = write_form(tmp_path / "报名.xlsx", FIRST_EXPORT)
    code, out, err = run(capsys, "--db", db, "import", "attendees", str(path))
    assert code == 2 and out == ""
    assert f'--map "{SPHERE_10}={world.shows.morning}"' in err
    assert "2030-12-05 10:00 数字球幕秀：蓝色星球" in err
    assert ROBOT_10 not in err  # its exact title tells the hall: nothing to confirm
    assert '--map "category:我是带队老师=teacher"' in err
    assert "no suggestion for category answer '家长'" in err
    assert _sessions(db) == {}


def test_map_options_import_the_form_and_are_remembered(tmp_path, capsys, db, world):
    path = write_form(tmp_path / "报名.xlsx", FIRST_EXPORT)
    code, out, err = run(
        capsys,
        "--db", db, "import", "attendees", str(path),
        "--map", f"{SPHERE_10}={world.shows.morning}",
        "--map", f"{SPHERE_12}={world.shows.noon}",
        "--map", f"{ROBOT_10}={world.robots_10}",
        "--map", "category:我是带队老师=teacher",
        "--map", "category:家长=public",
    )  # fmt: skip
    assert code == 0, err
    assert "imported 4 registration(s) for 9 people" in out
    assert _sessions(db)["王芳"] == world.robots_10
    again = write_form(
        tmp_path / "报名(2).xlsx", [["2026-11-21", "孙丽", "13800000009", ROBOT_10, "1", "家长"]]
    )
    code, out, err = run(capsys, "--db", db, "import", "attendees", str(again))
    assert code == 0, err
    assert _sessions(db)["孙丽"] == world.robots_10


def test_a_session_map_file_and_accepting_the_suggestions(tmp_path, capsys, db, world):
    path = write_form(tmp_path / "报名.xlsx", FIRST_EXPORT)
    mapping = tmp_path / "场次对照.json"
    mapping.write_text(json.dumps({"category": {"家长": "public"}}, ensure_ascii=False), "utf-8")
    code, out, err = run(
        capsys,
        "--db", db, "import", "attendees", str(path),
        "--session-map", str(mapping), "--accept-suggestions",
    )  # fmt: skip
    assert code == 0, err
    assert _sessions(db) == {
        "张伟": world.shows.morning,
        "李娜": world.shows.noon,
        "王芳": world.robots_10,
        "赵敏": world.shows.morning,
    }


def test_a_map_option_without_a_session_number_is_one_line_exit_2(tmp_path, capsys, db, world):
    path = write_form(tmp_path / "报名.xlsx", FIRST_EXPORT)
    code, out, err = run(
        capsys, "--db", db, "import", "attendees", str(path), "--map", f"{SPHERE_10}=早场"
    )
    assert code == 2 and "is not a session number" in err and len(err.splitlines()) == 1
