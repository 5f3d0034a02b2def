"""``scipop volunteers schedule``: the same files as the GUI's export, from the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from icalendar import Calendar
from PIL import Image

from scipop.cli import main
from scipop.store.uow import Store
from tests.fixtures.shift_world import build_shifts
from tests.fixtures.tickets_world import SHOW_DAY

DAY = SHOW_DAY.date().isoformat()


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "数据" / "scipop.sqlite3")


@pytest.fixture
def world(db):
    store = Store.open(db)
    w = build_shifts(store)
    store.dispose()
    return w


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_volunteers_week_as_ics_from_the_out_suffix(capsys, tmp_path, db, world):
    out = tmp_path / "张伟.ics"
    code, stdout, err = run(
        capsys, "--db", db, "volunteers", "schedule", "--volunteer", str(world.zhang),
        "--from", DAY, "--out", str(out),
    )  # fmt: skip
    assert code == 0 and stdout.strip() == f"wrote {out}"
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) == 2


def test_a_day_as_png_in_english(capsys, tmp_path, db, world):
    out = tmp_path / "当天"
    code, stdout, _err = run(
        capsys, "--db", db, "volunteers", "schedule", "--day", DAY, "--format", "png",
        "--lang", "en", "--out", str(out),
    )  # fmt: skip
    assert code == 0 and stdout.strip() == f"wrote {out}.png"
    assert Image.open(f"{out}.png").width == 1080


def test_mistakes_are_one_line_and_exit_2(capsys, tmp_path, db, world):
    code, _out, err = run(
        capsys, "--db", db, "volunteers", "schedule", "--volunteer", "99999", "--out",
        str(tmp_path / "x.pdf"),
    )  # fmt: skip
    assert code == 2 and "Volunteer #99999 does not exist." in err
    code, _out, err = run(
        capsys, "--db", db, "volunteers", "schedule", "--day", DAY, "--out", str(tmp_path / "x")
    )
    assert code == 2 and "--format" in err
    assert not list(tmp_path.glob("x*"))
