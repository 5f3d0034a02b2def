"""File › Back up now / Restore a backup, a read-only database, a damaged one at start."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from scipop.app import Services
from scipop.errors import read_only_database
from scipop.services.venues import VenueData
from scipop.store import backup as backups
from scipop.store import uow
from scipop.store.backup import list_backups, take_backup
from scipop.store.uow import Store
from tests.integration.damage import damage_an_index
from tests.ui.conftest import settle
from tests.ui.modal import ModalHandler, press, read_and_close
from ui.backup.actions import BackupActions
from ui.context import AppContext
from ui.errors import error_text
from ui.main_window import MainWindow
from ui.settings import AUTOMATIC_BACKUPS, BACKUP_KEEP_DAYS
from ui.startup import StoreOpener

HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1])
conn.execute("SELECT count(*) FROM venue").fetchall()
print("holding", flush=True)
sys.stdin.read()
"""


@pytest.fixture
def backups_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "用户数据"
    monkeypatch.setattr(backups, "default_db_path", lambda: home / "scipop.sqlite3")
    return home


@pytest.fixture
def window(qtbot, demo_ctx: AppContext, backups_home: Path) -> MainWindow:
    w = MainWindow(demo_ctx, remember=False)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def venue_names(ctx: AppContext) -> list[str]:
    return sorted(v.name for v in ctx.services.venues.list())


def db_file(ctx: AppContext) -> Path:
    return backups.database_path(ctx.store.url)


def choose_first_backup(dialog: QWidget) -> None:
    assert isinstance(dialog, QInputDialog), type(dialog)
    dialog.setTextValue(dialog.comboBoxItems()[0])
    dialog.accept()


def test_back_up_now_saves_a_checked_copy_and_says_where(qtbot, window, demo_ctx):
    with qtbot.waitSignal(window.backups.backup_made, timeout=30_000) as made:
        window.backups.backup_action.trigger()
    info = made.args[0]
    assert info.path.exists() and info.path.parent.parent.name == "backups"
    assert window.statusBar().currentMessage() == f"Backup saved: {info.path}"
    assert backups.check_backup(info.path)


def test_the_window_makes_one_automatic_backup_a_day_in_a_worker(qtbot, window, settings):
    settings.set(BACKUP_KEEP_DAYS, 3)
    with qtbot.waitSignal(window.backups.backup_made, timeout=30_000) as made:
        job = window.backups.start_daily_backup()
    assert job is not None
    first = made.args[0]
    assert first.kind == "auto" and first.path.name.startswith("demo-auto-")

    made_later: list[object] = []
    window.backups.backup_made.connect(made_later.append)
    assert window.backups.start_daily_backup() is not None
    qtbot.waitUntil(lambda: not window.backups.runner.busy, timeout=30_000)
    assert made_later == []  # one a day: there is one already
    assert [b.kind for b in list_backups(first.path.parent)] == ["auto"]

    settings.set(AUTOMATIC_BACKUPS, False)
    assert window.backups.start_daily_backup() is None


def test_restore_asks_first_then_puts_the_backup_back_and_reloads_the_pages(
    qtbot, window, demo_ctx
):
    before = venue_names(demo_ctx)
    take_backup(db_file(demo_ctx))
    demo_ctx.services.venues.create(VenueData(name="临时场馆", name_en="Pop-up venue"))
    venues_page = window.show_page("venues")
    settle(qtbot)
    assert venues_page.venue_model.rowCount() == len(before) + 1

    asked: list[str] = []

    def answer_yes(box: QWidget) -> None:
        asked.append(box.text())
        press(QMessageBox.StandardButton.Yes)(box)

    handler = ModalHandler(choose_first_backup, answer_yes)
    with qtbot.waitSignal(window.backups.restored, timeout=30_000) as restored:
        window.backups.restore_action.trigger()
    assert handler.done
    assert asked[0].startswith("Put back the backup of ")
    assert venue_names(demo_ctx) == before  # the store was reopened on the restored file
    assert window.isEnabled()
    kept = restored.args[0]
    assert kept.kind == "before-restore" and kept.path.exists()
    settle(qtbot)
    assert venues_page.venue_model.rowCount() == len(before)  # the page shows the restored data
    assert "The replaced database is kept as" in window.statusBar().currentMessage()


def test_restore_is_refused_while_another_program_has_the_database_open(qtbot, window, demo_ctx):
    take_backup(db_file(demo_ctx))
    demo_ctx.services.venues.create(VenueData(name="临时场馆", name_en="Pop-up venue"))
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_file(demo_ctx))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        texts: list[str] = []
        handler = ModalHandler(
            choose_first_backup, press(QMessageBox.StandardButton.Yes), read_and_close(texts)
        )
        with qtbot.waitSignal(window.backups.failed, timeout=30_000):
            window.backups.restore_action.trigger()
        qtbot.waitUntil(lambda: handler.done, timeout=10_000)
    finally:
        holder.kill()
        holder.wait(10)
    assert texts and texts[0].startswith("Another program has ")
    assert "临时场馆" in venue_names(demo_ctx)  # nothing was replaced; the store works again
    assert window.isEnabled()


def test_a_read_only_database_is_shown_as_such_and_a_write_is_refused_in_words(
    qtbot, demo_store, settings, pool, backups_home, monkeypatch
):
    path = db_file(AppContext(Services(demo_store), settings, pool))
    demo_store.dispose()
    monkeypatch.setattr(uow, "writable", lambda p: False)
    store = Store.open(str(path))
    ctx = AppContext(Services(store), settings, pool)
    try:
        w = MainWindow(ctx, remember=False)
        qtbot.addWidget(w)
        assert w.db_label.text() == f"Database: {path} (read-only)"
        assert w.statusBar().currentMessage() == ""  # its schema is current
        assert not w.backups.restore_action.isEnabled()
        assert w.backups.backup_action.isEnabled()  # a backup only reads it

        page = w.show_page("venues")
        settle(qtbot)
        texts: list[str] = []
        written: list[object] = []
        handler = ModalHandler(read_and_close(texts))
        page.run_write(
            lambda services: services.venues.create(VenueData(name="新场馆", name_en="New venue")),
            written.append,
        )
        qtbot.waitUntil(lambda: handler.done, timeout=10_000)
        settle(qtbot)
        assert written == []
        assert texts == [f"The database {path} is read-only; nothing can be changed."]
    finally:
        store.dispose()


def test_a_read_only_database_with_an_older_schema_says_it_cannot_be_upgraded(
    qtbot, demo_store, settings, pool, monkeypatch
):
    path = Path(demo_store.url.removeprefix("sqlite:///"))
    with demo_store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0001'")
    demo_store.dispose()
    monkeypatch.setattr(uow, "writable", lambda p: False)
    store = Store.open(str(path))
    try:
        w = MainWindow(AppContext(Services(store), settings, pool), remember=False)
        qtbot.addWidget(w)
        assert (
            w.statusBar()
            .currentMessage()
            .startswith("This read-only database has an older schema (0001, this program's is ")
        )
    finally:
        store.dispose()


def test_the_read_only_refusal_reads_in_chinese(chinese):
    text = error_text(read_only_database("D:/数据/scipop.sqlite3"))
    assert "D:/数据/scipop.sqlite3" in text and "只读" in text


def test_a_damaged_file_is_found_at_start_and_the_latest_backup_offered_and_restored(
    qtbot, demo_store, settings, backups_home
):
    path = backups.database_path(demo_store.url)
    good = take_backup(path)
    demo_store.dispose()
    damage_an_index(path)

    pool = QThreadPool()
    opener = StoreOpener(str(path), pool)
    with (
        qtbot.waitSignal(opener.damaged, timeout=30_000) as damaged,
        qtbot.waitSignal(opener.opened, timeout=30_000) as opened,
    ):
        opener.start()
    store = opened.args[0]
    ctx = AppContext(Services(store), settings, pool)
    try:
        w = MainWindow(ctx, remember=False)
        qtbot.addWidget(w)
        seen: list[str] = []

        def restore_latest(box: QWidget) -> None:
            assert isinstance(box, QMessageBox)
            seen.append(box.text())
            (restore,) = [b for b in box.buttons() if b.text() == "Restore the latest backup"]
            restore.click()

        handler = ModalHandler(restore_latest)
        with qtbot.waitSignal(w.backups.restored, timeout=30_000):
            w.backups.database_damaged(damaged.args[0])
        assert handler.done
        assert seen == [f"The database file {path} is damaged: some data may be missing or wrong."]
        with qtbot.waitSignal(opener.checked, timeout=30_000):
            opener.check(store)  # the restored file passes the quick check
        kinds = sorted(b.kind for b in list_backups(good.path.parent))
        assert kinds == ["", "before-restore"]  # the damaged file is kept too
    finally:
        pool.waitForDone()
        store.dispose()


def test_a_good_file_passes_the_start_up_check_quietly(qtbot, demo_store):
    opener = StoreOpener(demo_store.url, QThreadPool())
    damaged: list[str] = []
    opener.damaged.connect(damaged.append)
    with qtbot.waitSignal(opener.checked, timeout=30_000):
        opener.check(demo_store)
    assert damaged == []


def test_on_postgresql_the_backup_menu_items_point_to_pg_dump(qtbot, settings):
    window = MainWindow(settings=settings, remember=False)
    qtbot.addWidget(window)
    actions = BackupActions(window)
    actions.ctx = SimpleNamespace(
        store=SimpleNamespace(url="postgresql+psycopg://scipop@db-server/scipop", read_only=False)
    )
    for trigger in (actions.back_up_now, actions.choose_and_restore):
        texts: list[str] = []
        handler = ModalHandler(read_and_close(texts))
        trigger()
        assert handler.done
        assert "pg_dump" in texts[0] and "pg_restore" in texts[0]
