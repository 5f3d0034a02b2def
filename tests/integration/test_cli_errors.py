"""Errors that help: each says in one line what is wrong and what to do, exit code 2."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from scipop.cli import main
from scipop.store.engine import create_store_engine, describe_url

SECRET_URL = "postgresql+psycopg://scipop:s3cret@db-server:port/scipop"  # a port by name


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_postgres_url_without_the_driver_names_the_extra_to_install(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # as if the extra was never installed
    url = "postgresql+psycopg://scipop:secret@127.0.0.1:1/scipop"
    code, out, err = run(capsys, "--db", url, "list", "rooms")
    assert code == 2 and out == ""
    assert 'pip install -e ".[postgres]"' in err
    assert len(err.splitlines()) == 1 and "Traceback" not in err and "secret" not in err


def test_an_unparsable_url_is_never_shown_with_its_password(capsys):
    code, out, err = run(capsys, "--db", SECRET_URL, "init")
    assert code == 2 and out == ""
    assert "s3cret" not in err
    assert "postgresql+psycopg://scipop:***@db-server:port/scipop" in err
    assert "is not a database URL" in err and len(err.splitlines()) == 1
    assert "s3cret" not in describe_url(SECRET_URL)
    broken = "postgresql+psycopg://scipop:p@ss/w rd@db-server:port/scipop"
    assert describe_url(broken) == "postgresql+psycopg://scipop:***@db-server:port/scipop"


def test_a_db_folder_that_cannot_be_made_is_one_clear_line(capsys, tmp_path: Path):
    in_the_way = tmp_path / "备份"
    in_the_way.write_text("a file where the folder should be", encoding="utf-8")
    code, out, err = run(capsys, "--db", str(in_the_way / "scipop.sqlite3"), "init")
    assert code == 2 and out == ""
    assert err.startswith(f"scipop: error: Cannot create the folder '{in_the_way}'")
    assert len(err.splitlines()) == 1 and "Errno" not in err


def test_a_password_file_gives_the_password_the_url_leaves_out(tmp_path, monkeypatch):
    pytest.importorskip("psycopg")
    secret = tmp_path / "scipop-db-password.txt"
    secret.write_text("Pa:ss@w/rd#1\n", encoding="utf-8")
    monkeypatch.setenv("SCIPOP_DB_PASSWORD_FILE", str(secret))
    engine = create_store_engine("postgresql+psycopg://scipop@db-server/scipop")
    try:
        assert engine.url.password == "Pa:ss@w/rd#1"
        assert "Pa:ss" not in describe_url(engine.url.render_as_string(hide_password=True))
    finally:
        engine.dispose()
    with_password = create_store_engine("postgresql+psycopg://scipop:given@db-server/scipop")
    assert with_password.url.password == "given"  # a password in the URL wins
    with_password.dispose()
