"""Loading the demo data from the GUI: in a worker, with progress; cancel changes nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton

from scipop.demo import is_empty
from tests.ui.modal import ModalHandler, press
from ui.dialogs.demo_data import DemoLoader
from ui.main_window import MainWindow
from ui.settings import OFFER_DEMO


def test_the_worker_loads_the_demo_season_and_reports_progress(qtbot, ctx):
    loader = DemoLoader(ctx)
    progress: list[tuple[int, int, str]] = []
    with qtbot.waitSignal(loader.loaded, timeout=30_000) as blocker:
        op = loader.start(show_progress=False)
        op.progressed.connect(lambda d, t, s: progress.append((d, t, s)))
    summary = blocker.args[0]
    assert summary.events == 8 and summary.rooms == 6
    assert not is_empty(ctx.store)
    assert len(ctx.services.events.list()) == 8


def test_cancelling_leaves_the_database_empty(qtbot, ctx):
    loader = DemoLoader(ctx)
    failed: list[object] = []
    loader.failed.connect(failed.append)
    with qtbot.waitSignal(loader.cancelled, timeout=30_000):
        ctx.pool.setMaxThreadCount(1)
        blocker = _block_pool(ctx.pool)  # keep the job queued until it is cancelled
        loader.start()
        assert loader.dialog is not None and loader.dialog.isVisible()
        cancel = loader.dialog.findChild(QPushButton)
        assert cancel.text() == "Cancel"
        cancel.click()  # the person presses Cancel
        blocker.release()
    assert failed == []
    assert loader.dialog is None
    assert is_empty(ctx.store)
    assert ctx.services.organizations.list() == []


def test_first_start_on_an_empty_database_offers_the_demo(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    handler = ModalHandler(press(QMessageBox.StandardButton.Yes))
    window.offer_demo_if_empty()  # the database is looked at in a worker, then it asks
    qtbot.waitUntil(lambda: handler.done, timeout=10_000)
    qtbot.waitUntil(lambda: not is_empty(ctx.store), timeout=30_000)
    qtbot.waitUntil(lambda: window.page("events").model.rowCount() == 8, timeout=10_000)
    qtbot.waitUntil(lambda: not window.demo_action.isEnabled())  # looked at again in a worker


def test_declining_with_dont_ask_again_is_remembered(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()

    def decline(box) -> None:
        box.checkBox().setChecked(True)
        box.button(QMessageBox.StandardButton.No).click()

    handler = ModalHandler(decline)
    window.offer_demo_if_empty()
    qtbot.waitUntil(lambda: handler.done, timeout=10_000)
    assert ctx.settings.get(OFFER_DEMO) is False
    assert is_empty(ctx.store)
    window.offer_demo_if_empty()  # asks no more: would block here otherwise


class _Gate:
    def __init__(self) -> None:
        import threading

        self.event = threading.Event()

    def release(self) -> None:
        self.event.set()


def _block_pool(pool) -> _Gate:
    """Occupy the pool's only thread until released."""
    gate = _Gate()
    pool.start(lambda: gate.event.wait(10))
    return gate
