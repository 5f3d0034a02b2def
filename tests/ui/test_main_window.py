"""The main window: navigation to the pages that exist, the database in the status bar,
geometry and the last page remembered, the language switch."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMessageBox

from tests.ui.modal import ModalHandler, press
from ui.main_window import PAGES, MainWindow
from ui.pages.events import EventsPage
from ui.settings import GEOMETRY, LANGUAGE, LAST_PAGE


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.page(window.current_key())._stale)
    return window


def test_the_status_bar_names_the_database_in_use(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    assert window.db_label.text() == f"Database: {demo_ctx.store.description}"
    assert "演示" in window.db_label.text()  # the folder's Chinese name shows as it is


def test_navigation_lists_only_pages_that_exist_and_each_opens(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == [
        "Events",
        "Calendar",
        "Attendees",
        "Volunteers",
        "Check-in",
        "Dashboard",
        "Reports",
        "Venues & rooms",
        "Organizations & programs",
    ]
    for row, spec in enumerate(PAGES):
        window.nav.setCurrentRow(row)
        page = window.stack.currentWidget()
        assert page is window.pages[spec.key]
        assert not page._stale  # it loaded its rows when shown


def test_the_events_page_is_filled_once_the_window_is_shown(qtbot, demo_ctx):
    window = MainWindow(demo_ctx)
    qtbot.addWidget(window)
    page = window.page("events")
    assert isinstance(page, EventsPage)
    assert page.model.rowCount() == 0  # nothing read before the first paint
    with qtbot.waitSignal(window.painted, timeout=5000):
        window.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 8)


def test_geometry_and_last_page_are_remembered(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    window.resize(790, 577)  # the offscreen screen is 800 × 600
    window.show_page("venues")
    size = (window.width(), window.height())  # as large as asked, or the pages' minimum
    window.close()
    assert demo_ctx.settings.get(LAST_PAGE) == "venues"
    assert not demo_ctx.settings.get(GEOMETRY).isEmpty()

    again = MainWindow(demo_ctx)
    qtbot.addWidget(again)
    assert again.current_key() == "venues"
    assert (again.width(), again.height()) == size


def test_a_window_that_does_not_remember_leaves_the_settings_alone(qtbot, demo_ctx):
    window = MainWindow(demo_ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    window.close()
    assert demo_ctx.settings.get(GEOMETRY) == QByteArray()


def test_choosing_chinese_saves_it_and_offers_a_restart(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    chinese = next(a for a in window.language_actions.actions() if a.data() == "zh_CN")
    english = next(a for a in window.language_actions.actions() if a.data() == "en")
    assert english.isChecked() and english.text() == "English" and chinese.text() == "中文"

    handler = ModalHandler(press(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(window.restart_requested, timeout=5000):
        chinese.trigger()
    assert handler.done
    assert demo_ctx.settings.get(LANGUAGE) == "zh_CN"


def test_load_demo_is_disabled_with_a_reason_when_the_database_has_data(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    # The database is looked at in a worker; until then the action stays disabled.
    qtbot.waitUntil(lambda: "already holds data" in window.demo_action.toolTip())
    assert not window.demo_action.isEnabled()


def test_the_menus_say_what_they_do(qtbot, ctx):
    window = _window(qtbot, ctx)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Settings", "&Help"]
    qtbot.waitUntil(window.demo_action.isEnabled)  # an empty database may take the demo


def test_the_window_paints_before_the_database_is_open_and_fills_in_after(qtbot, demo_ctx):
    window = MainWindow(settings=demo_ctx.settings)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.painted, timeout=5000):
        window.show()
    assert window.db_label.text() == "Opening the database…"
    assert window.nav.count() == len(PAGES) and window.pages == {}
    assert not window.demo_action.isEnabled()

    with qtbot.waitSignal(window.attached, timeout=5000):
        window.attach(demo_ctx)
    assert window.db_label.text().startswith("Database: ")
    qtbot.waitUntil(lambda: window.page("events").model.rowCount() == 8)
