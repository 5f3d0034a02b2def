"""``scipop import attendees`` and ``scipop tickets`` as staff use them, Chinese file names too."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from scipop.app import Services
from scipop.cli import main
from scipop.store.uow import Store
from tests.fixtures.spreadsheets import write_xlsx
from tests.fixtures.tickets_world import build_shows


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(tmp_path / "活动数据" / "scipop.sqlite3")


@pytest.fixture
def world(db):
    store = Store.open(db)
    w = build_shows(store, capacity=60)
    store.dispose()
    return w


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _form(path: Path, *bad: list) -> Path:
    return write_xlsx(
        path,
        [
            ["姓名", "手机号", "单位/学校", "身份", "人数"],
            ["张伟", "13800000001", "北京市第四中学", "学生", 1],
            ["王老师", "13900000002", "北京景山学校", "老师", 41],
            *bad,
        ],
    )


def test_import_with_a_bad_row_prints_every_problem_and_imports_nothing(
    capsys, tmp_path, db, world
):
    path = _form(tmp_path / "报名表.xlsx", ["", "12", "", "", ""])
    code, out, err = run(
        capsys, "--db", db, "import", "attendees", str(path), "--session", str(world.noon)
    )
    assert code == 2 and out == ""
    assert "nothing was imported" in err
    assert "Row 4, column '姓名': The name is missing." in err
    assert "Row 4, column '手机号': '12' is too short for a phone number" in err


def test_only_good_rows_then_print_them_as_pdf_and_pngs(capsys, tmp_path, db, world):
    path = _form(tmp_path / "报名表.xlsx", ["", "", "", "", ""], ["李娜", "", "", "", "x"])
    code, out, err = run(
        capsys,
        "--db",
        db,
        "import",
        "attendees",
        str(path),
        "--session",
        str(world.noon),
        "--only-good",
    )
    assert code == 0, err
    assert "imported 2 registration(s) for 42 people" in out and "skipped 1 bad row(s)" in out
    assert "Row 5, column '人数': 'x' is not a whole number." in err

    pdf_path = tmp_path / "打印" / "第二场门票.pdf"
    code, out, _ = run(
        capsys, "--db", db, "tickets", "--session", str(world.noon), "--out", str(pdf_path),
        "--format", "80mm", "--lang", "en",
    )  # fmt: skip
    assert code == 0 and "2 ticket(s) on 2 page(s)" in out
    store = Store.open(db)
    codes = [t.code for t in Services(store).tickets.for_session(world.noon)]
    store.dispose()
    doc = pdfium.PdfDocument(str(pdf_path))
    read = [[r.text for r in zxingcpp.read_barcodes(p.render(scale=2).to_pil())] for p in doc]
    doc.close()
    assert read == [[c] for c in codes]

    folder = tmp_path / "二维码"
    code, out, _ = run(
        capsys, "--db", db, "tickets", "--session", str(world.noon), "--out", str(folder)
    )
    assert code == 0
    files = sorted(folder.glob("*.png"))
    assert {f.name.split("_", 1)[1] for f in files} == {"张伟.png", "王老师.png"}
    decoded = sorted(zxingcpp.read_barcodes(Image.open(f))[0].text for f in files)
    assert decoded == sorted(codes)


def test_tickets_for_an_empty_session_is_an_error_on_one_line(capsys, tmp_path, db, world):
    code, _, err = run(
        capsys,
        "--db",
        db,
        "tickets",
        "--session",
        str(world.morning),
        "--out",
        str(tmp_path / "a.pdf"),
    )
    assert code == 2 and err.strip() == "scipop: error: no active tickets to print"


def test_tickets_for_a_session_that_does_not_exist_says_so(tmp_path, capsys, db, world):
    code, out, err = run(
        capsys, "--db", db, "tickets", "--session", "99999", "--out", str(tmp_path / "t.pdf")
    )
    assert code == 2 and out == ""
    assert err == "scipop: error: Session #99999 does not exist.\n"
