"""The one way reads and writes run off the GUI thread: the window stays alive while they run."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QProgressBar, QPushButton, QWidget
from sqlalchemy import event

from scipop.errors import NotFound
from scipop.progress import Progress
from scipop.services.organizations import OrganizationData
from ui.context import AppContext
from ui.operations import InlineProgress, OperationTracker, QueryOp, WriteOp
from ui.operations.operation import operations_pending

SLOW_QUERY_S = 0.5


@pytest.fixture
def slow_store(ctx: AppContext) -> Iterator[AppContext]:
    """Every SQL statement takes half a second, like a server across a busy office network."""

    def sleep(*_args) -> None:
        time.sleep(SLOW_QUERY_S)

    engine = ctx.services.store.engine
    event.listen(engine, "before_cursor_execute", sleep)
    yield ctx
    event.remove(engine, "before_cursor_execute", sleep)


@pytest.fixture
def page(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def wait_all(qtbot) -> None:
    qtbot.waitUntil(lambda: operations_pending() == 0, timeout=15_000)


def test_window_keeps_processing_events_while_a_slow_read_runs(qtbot, slow_store, page):
    ticks: list[float] = []
    timer = QTimer(page)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    results: list = []

    started = time.monotonic()
    op = QueryOp(slow_store, page, lambda s: s.organizations.list(), results.append).run()
    assert time.monotonic() - started < 0.1, "run() returned at once, the read is in a worker"
    assert page.property("busy") is True

    with qtbot.waitSignal(op.succeeded, timeout=15_000):
        pass
    assert results == [[]]
    assert time.monotonic() - started >= SLOW_QUERY_S
    ticks_during_read = [t for t in ticks if started < t]
    assert len(ticks_during_read) >= 10, "the timer kept firing while the read ran"
    assert page.property("busy") is False


def test_a_newer_filter_request_wins_over_an_older_slower_one(qtbot, ctx, page):
    gate = threading.Event()
    shown: list[str] = []

    def slow(_services) -> str:
        gate.wait(5)
        return "old filter"

    older = QueryOp(ctx, page, slow, shown.append).latest("rows").run()
    newer = QueryOp(ctx, page, lambda _s: "new filter", shown.append).latest("rows").run()
    with qtbot.waitSignal(newer.succeeded):
        pass
    gate.set()
    wait_all(qtbot)
    assert shown == ["new filter"]
    assert older.dropped and not newer.dropped


def test_a_result_arriving_after_the_page_was_closed_is_dropped(qtbot, ctx):
    widget = QWidget()
    gate = threading.Event()
    shown: list = []
    QueryOp(ctx, widget, lambda _s: gate.wait(5), shown.append).run()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))
    assert operations_pending() == 0
    gate.set()
    ctx.pool.waitForDone(5000)
    qtbot.wait(50)  # the late result is delivered to nobody
    assert shown == []


def test_a_closed_dialog_gets_no_late_result(qtbot, ctx):
    dialog = QDialog()
    qtbot.addWidget(dialog)
    gate = threading.Event()
    shown: list = []
    op = QueryOp(ctx, dialog, lambda _s: gate.wait(5), shown.append).run()
    dialog.open()
    dialog.reject()
    assert op.dropped
    gate.set()
    ctx.pool.waitForDone(5000)
    qtbot.wait(50)
    assert shown == []


def test_a_refusal_is_handed_to_the_failure_handler_translated_not_raised(qtbot, ctx, page):
    errors: list = []

    def missing(services):
        return services.organizations.get(987654)

    op = QueryOp(ctx, page, missing, lambda _r: pytest.fail("no result")).failure(errors.append)
    with qtbot.waitSignal(op.failed):
        op.run()
    assert isinstance(errors[0], NotFound)


def test_a_refusal_without_handler_is_shown_in_a_box(qtbot, ctx, page, monkeypatch):
    shown: list = []
    monkeypatch.setattr("ui.errors.show_error", lambda *a: shown.append(a))
    op = WriteOp(ctx, page, lambda s: s.organizations.delete(987654)).titled("Delete")
    with qtbot.waitSignal(op.failed):
        op.run()
    parent, error, title = shown[0]
    assert parent is page and isinstance(error, NotFound) and title == "Delete"


def test_a_write_lands_and_its_button_is_disabled_meanwhile(qtbot, ctx, page):
    button = QPushButton(page)
    data = OrganizationData(id=None, name="北京市科学技术协会", short_name="BAST")
    op = WriteOp(ctx, page, lambda s: s.organizations.create(data)).disabling(button).run()
    assert not button.isEnabled()
    with qtbot.waitSignal(op.succeeded) as blocker:
        pass
    assert blocker.args[0].short_name == "BAST"
    assert button.isEnabled()
    with pytest.raises(TypeError):
        WriteOp(ctx, page, lambda s: None).latest("x")


def test_long_work_reports_progress_and_stops_when_cancelled(qtbot, ctx, page):
    bar = QProgressBar(page)
    cancel = QPushButton(page)
    bar.hide()
    seen: list[tuple[int, int]] = []
    cancelled: list[bool] = []
    started = threading.Event()

    def long_work(_services, progress: Progress) -> str:
        for i in range(1000):
            progress.report(i, 1000, "rows")
            started.set()
            progress.check()
            time.sleep(0.005)
        return "finished"

    op = (
        QueryOp(ctx, page, long_work, lambda _r: pytest.fail("it was cancelled"))
        .with_progress(InlineProgress(bar, cancel))
        .on_cancelled(lambda: cancelled.append(True))
    )
    op.progressed.connect(lambda done, total, _s: seen.append((done, total)))
    op.run()
    assert bar.isVisibleTo(page)
    qtbot.waitUntil(lambda: len(seen) >= 3)
    with qtbot.waitSignal(op.cancelled, timeout=5000):
        cancel.click()
    assert cancelled == [True]
    assert seen[0][1] == 1000
    assert not bar.isVisibleTo(page)
    assert not OperationTracker.is_busy(page)
