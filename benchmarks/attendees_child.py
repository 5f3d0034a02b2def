"""The GUI half of ``bench_attendees`` (run in its own process: it needs a QApplication).

    python benchmarks/attendees_child.py DB REPEAT

Prints one JSON object: milliseconds for opening the Attendees page and for each filter
keystroke, and the same for the plain-Qt anchor (QStringListModel of the same names in a
QTableView, filtered by QSortFilterProxyModel). The page's 150 ms typing pause is not
counted: a keystroke is timed from the filter being applied to the table being painted.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QSettings, QSortFilterProxyModel, QStringListModel, Qt
from PySide6.QtWidgets import QApplication, QTableView

# What a person types: a name, a phone number, a school, then clears the box.
KEYSTROKES = ["王", "王秀", "王秀英", "1", "13", "138", "1380", "13800", "清", "清华", ""]
WIDTH, HEIGHT = 1400, 800


def ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def paint(app: QApplication, _widget) -> None:
    """Let the view lay out and paint what changed (one paint event, as on screen)."""
    app.processEvents()


def wait_for(app: QApplication, done) -> None:
    """Let the page's reads (off the GUI thread) land: spin the event loop until ``done()``."""
    while not done():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 2)


def wait_for_index(page) -> None:
    if not page.search.ready or page.search.building:
        loop = QEventLoop()
        page.search.index_ready.connect(loop.quit)
        loop.exec()
    if page.search.building:  # a rebuild asked for meanwhile
        wait_for_index(page)


def measure_page(app: QApplication, db: str, repeat: int) -> dict:
    from scipop.app import Services
    from scipop.registration.table_index import build_index
    from scipop.store.uow import Store
    from ui.context import AppContext
    from ui.models.attendee_search import collator
    from ui.settings import Settings

    store = Store.open(db, actor="benchmark")
    settings = Settings(QSettings(str(Path(db).with_suffix(".ini")), QSettings.Format.IniFormat))
    ctx = AppContext(Services(store), settings)
    opens, page = [], None
    for _ in range(repeat + 1):  # the first open also imports the page's modules
        if page is not None:
            page.close()
            page.deleteLater()
        start = time.perf_counter()
        from ui.pages.attendees import AttendeesPage

        page = AttendeesPage(ctx)
        page.resize(WIDTH, HEIGHT)
        page.show()
        page.activate()
        wait_for(app, lambda: page.model.rowCount() > 0)  # noqa: B023 - read in a worker
        paint(app, page)
        opens.append(ms(start))
        rows = page.model.total
        wait_for_index(page)  # each open starts on a quiet machine, as a person's does
    start = time.perf_counter()
    build_index(store, collate=collator().sortKey)  # the worker's job after an open, alone
    index_ms = ms(start)
    keys = []
    for _ in range(repeat):
        for text in KEYSTROKES:
            start = time.perf_counter()
            page.filter_edit.setText(text)
            shown: list[bool] = []
            page.filtered.connect(lambda: shown.append(True))  # noqa: B023
            page.apply_filter()
            wait_for(app, lambda: bool(shown))  # noqa: B023 - the matching rows, read in a worker
            page.filtered.disconnect()
            paint(app, page)
            keys.append(ms(start))
    found = page.model.total
    store.dispose()
    return {
        "rows": rows,
        "open_first": opens[0],
        "open": opens[1:],
        "index": index_ms,
        "keys": keys,
        "found_after_clear": found,
    }


def measure_anchor(app: QApplication, db: str, repeat: int) -> dict:
    import sqlite3

    conn = sqlite3.connect(db)
    names = [r[0] for r in conn.execute("SELECT name FROM attendee ORDER BY id DESC")]
    conn.close()
    opens, keys = [], []
    view = None
    for _ in range(repeat + 1):
        start = time.perf_counter()
        model = QStringListModel(names)
        proxy = QSortFilterProxyModel()
        proxy.setSourceModel(model)
        view = QTableView()
        view.setModel(proxy)
        view.resize(WIDTH, HEIGHT)
        view.show()
        paint(app, view)
        opens.append(ms(start))
        view._keep = (model, proxy)  # alive as long as the view
    proxy = view.model()
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    for _ in range(repeat):
        for text in KEYSTROKES:
            start = time.perf_counter()
            proxy.setFilterFixedString(text)
            paint(app, view)
            keys.append(ms(start))
    return {"rows": len(names), "open_first": opens[0], "open": opens[1:], "keys": keys}


def main() -> None:
    db, repeat = sys.argv[1], int(sys.argv[2])
    app = QApplication([])
    from ui.style import apply_style

    apply_style(app, "zh_CN")
    anchor = measure_anchor(app, db, repeat)
    ours = measure_page(app, db, repeat)
    print(json.dumps({"ours": ours, "anchor": anchor}), flush=True)


if __name__ == "__main__":
    main()
