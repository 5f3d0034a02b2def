"""Shared fixtures: a fresh migrated database per test, offscreen Qt, the repo on sys.path.

The log goes to a throw-away folder (``SCIPOP_LOG_DIR``, inherited by the subprocesses the
tests start), never into the user's real log folder.
"""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SCIPOP_TZ", "Asia/Shanghai")
_TEST_LOGS = tempfile.mkdtemp(prefix="scipop-test-logs-")
os.environ["SCIPOP_LOG_DIR"] = _TEST_LOGS
atexit.register(shutil.rmtree, _TEST_LOGS, True)

from scipop.app import Services  # noqa: E402
from scipop.logsetup import HANDLER_NAME, setup_logging  # noqa: E402
from scipop.store.uow import Store  # noqa: E402

PG_URL = os.environ.get("SCIPOP_TEST_DATABASE_URL", "")


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def log_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """This test's own log file (in a folder with a Chinese name), set up as the programs do."""
    monkeypatch.setenv("SCIPOP_LOG_DIR", str(tmp_path / "日志"))
    path = setup_logging()
    assert path is not None
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if h.get_name() == HANDLER_NAME]:
        root.removeHandler(handler)
        handler.close()


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    """A new SQLite file per test (in a folder with a Chinese name, on purpose)."""
    folder = tmp_path / "数据"
    folder.mkdir()
    return f"sqlite:///{folder / 'scipop.sqlite3'}"


@pytest.fixture
def store(db_url: str) -> Store:
    s = Store.open(db_url, actor="tester")
    yield s
    s.dispose()


@pytest.fixture
def services(store: Store) -> Services:
    return Services(store)


@pytest.fixture(params=["sqlite", "postgresql"] if PG_URL else ["sqlite"])
def any_store(request: pytest.FixtureRequest, db_url: str) -> Store:
    """SQLite always; PostgreSQL too when SCIPOP_TEST_DATABASE_URL is set."""
    if request.param == "postgresql":
        _reset_postgres(PG_URL)
        s = Store.open(PG_URL, actor="tester")
    else:
        s = Store.open(db_url, actor="tester")
    yield s
    s.dispose()


@pytest.fixture
def any_services(any_store: Store) -> Services:
    return Services(any_store)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item):
    """Fail loudly when a test left SQLite without its locks on a live database (Linux)."""
    from scipop.store import guard

    result = yield
    dropped = guard.dropped_locks()
    if dropped:
        pytest.fail(
            "this process opened and closed a live database file behind SQLite's back, "
            f"dropping its locks: {dropped} (see scipop/store/guard.py)",
            pytrace=False,
        )
    return result
