"""The window's menus: every entry leads to the page or dialog that does the work, the
mnemonics are unique (in English and Chinese), Ctrl+N works from the navigation, and Alt+letter
works on the Attendees toolbar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QMessageBox, QWidget

from tests.ui.conftest import settle
from tests.ui.modal import ModalHandler, press
from ui.dialogs.closed_days_dialog import ClosedDaysDialog
from ui.dialogs.event_dialog import EventDialog
from ui.dialogs.import_attendees import ImportAttendeesDialog
from ui.dialogs.import_sessions import ImportSessionsDialog
from ui.dialogs.register_dialog import RegisterDialog
from ui.dialogs.session_dialog import SessionDialog
from ui.main_window import PAGES, MainWindow
from ui.widgets.mnemonics import mnemonic


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: not window.page(window.current_key())._stale)
    settle(qtbot)
    return window


def _menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.text().replace("&", "") == title:
            return action.menu()
    raise AssertionError(f"no menu {title}")


def _entries(menu: QMenu) -> list[QAction]:
    return [a for a in menu.actions() if not a.isSeparator()]


def _closes(kind: type[QWidget], seen: list[str]):
    def handler(dialog: QWidget) -> None:
        seen.append(type(dialog).__name__)
        dialog.reject()  # whatever it is: a wrong dialog fails the test, not hangs it

    return handler


def _opens(qtbot, action: QAction, kind: type[QWidget]) -> None:
    seen: list[str] = []
    handler = ModalHandler(_closes(kind, seen))
    action.trigger()
    qtbot.waitUntil(lambda: handler.done, timeout=10_000)
    settle(qtbot)
    assert seen == [kind.__name__]


def _all_menu_actions(menu: QMenu) -> list[QAction]:
    found = []
    for action in _entries(menu):
        found.append(action)
        if action.menu() is not None:
            found += _all_menu_actions(action.menu())
    return found


def test_every_menu_entry_is_wired_to_something(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    for top in window.menuBar().actions():
        for action in _all_menu_actions(top.menu()):
            wired = (
                action.menu() is not None
                or action.actionGroup() is not None
                or action.receivers("2triggered(bool)") + action.receivers("2triggered()") > 0
            )
            assert wired, action.text()


def test_import_and_export_lead_to_their_pages_and_dialogs(qtbot, demo_ctx, monkeypatch):
    window = _window(qtbot, demo_ctx)
    menus = window.menus
    _opens(qtbot, menus.import_attendees_action, ImportAttendeesDialog)
    assert window.current_key() == "attendees"
    _opens(qtbot, menus.import_schedule_action, ImportSessionsDialog)
    assert window.current_key() == "calendar"

    asked: list[str] = []
    monkeypatch.setattr(
        "ui.reports.page.save_file_name", lambda _p, title, *_a, **_k: asked.append(title) or ""
    )
    menus.export_action.trigger()
    assert window.current_key() == "reports"
    assert asked == ["Export the report"]


def test_edit_menu_acts_on_the_current_page(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    menus = window.menus
    window.show_page("events")
    settle(qtbot)
    events = window.page("events")
    events.table.select_id(events.model.row(0).id)
    menus.update_actions()
    assert menus.edit_action.isEnabled() and menus.delete_action.isEnabled()
    _opens(qtbot, menus.edit_action, EventDialog)
    handler = ModalHandler(press(QMessageBox.StandardButton.No))
    menus.delete_action.trigger()  # asks first; No keeps it
    qtbot.waitUntil(lambda: handler.done)
    assert events.model.rowCount() == 8

    window.show_page("calendar")
    settle(qtbot)
    menus.update_actions()
    assert menus.new_action.isEnabled() and not menus.edit_action.isEnabled()
    _opens(qtbot, menus.new_action, SessionDialog)
    window.show_page("attendees")
    settle(qtbot)
    _opens(qtbot, menus.new_action, RegisterDialog)
    _opens(qtbot, menus.closed_days_action, ClosedDaysDialog)
    assert window.current_key() == "venues"

    window.show_page("dashboard")
    menus.update_actions()
    assert not menus.new_action.isEnabled()  # nothing to create there


def test_ctrl_n_from_the_navigation_creates_on_the_current_page(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    window.show_page("events")
    settle(qtbot)
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    seen: list[str] = []
    handler = ModalHandler(_closes(EventDialog, seen))
    qtbot.keyClick(window.nav, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: handler.done, timeout=10_000)
    assert seen == ["EventDialog"]


def test_alt_r_on_the_attendees_page_opens_the_registration(qtbot, demo_ctx):
    window = _window(qtbot, demo_ctx)
    page = window.show_page("attendees")
    settle(qtbot)
    page.filter_edit.setFocus()
    qtbot.waitUntil(page.filter_edit.hasFocus)
    seen: list[str] = []
    handler = ModalHandler(_closes(RegisterDialog, seen))
    qtbot.keyClick(page.filter_edit, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: handler.done, timeout=10_000)
    assert seen == ["RegisterDialog"]


def _unique(letters: list[str], where: str) -> None:
    letters = [x for x in letters if x]
    duplicated = {x for x in letters if letters.count(x) > 1}
    assert not duplicated, f"{where}: {sorted(duplicated)} used twice"


def _page_letters(page: QWidget) -> list[str]:
    """The Alt+letter keys alive on a page: its buttons' mnemonics and its toolbar's."""
    buttons = [
        mnemonic(b.text()) for b in page.findChildren(QAbstractButton) if b.isVisibleTo(page)
    ]
    return buttons + [s.objectName().removeprefix("mnemonic_") for s in page.mnemonics]


def _check_mnemonics(window: MainWindow) -> None:
    bar = [mnemonic(a.text()) for a in window.menuBar().actions()]
    _unique(bar, "menu bar")
    assert all(bar)
    for top in window.menuBar().actions():
        for menu in [top.menu(), *[a.menu() for a in _all_menu_actions(top.menu()) if a.menu()]]:
            letters = [mnemonic(a.text()) for a in _entries(menu)]
            _unique(letters, menu.title())
    for spec in PAGES:
        page = window.show_page(spec.key)
        letters = _page_letters(page) if hasattr(page, "mnemonics") else []
        if spec.key == "attendees":
            assert letters, "the toolbar has its mnemonics"
            _unique(letters, "attendees toolbar")
            clash = set(letters) & set(bar)
            assert not clash, f"attendees toolbar takes the menu bar's {clash}"


def test_mnemonics_are_unique_in_english(qtbot, demo_ctx):
    _check_mnemonics(_window(qtbot, demo_ctx))


def test_mnemonics_are_unique_in_chinese(qtbot, chinese, demo_ctx):
    window = _window(qtbot, demo_ctx)
    assert _menu(window, "文件(F)") is not None
    _check_mnemonics(window)


def test_no_page_button_takes_a_menu_bars_letter(qtbot, demo_ctx):
    _no_button_takes_a_menu_bars_letter(
        qtbot, demo_ctx, [spec.key for spec in PAGES if spec.key != "attendees"]
    )


def test_no_page_button_takes_a_menu_bars_letter_in_chinese(qtbot, chinese, demo_ctx):
    _no_button_takes_a_menu_bars_letter(
        qtbot, demo_ctx, ["events", "calendar", "venues", "organizations"]
    )


def _no_button_takes_a_menu_bars_letter(qtbot, demo_ctx, keys: list[str]) -> None:
    """A button's Alt+letter that the menu bar also uses would do nothing at all."""
    window = _window(qtbot, demo_ctx)
    bar = {mnemonic(a.text()) for a in window.menuBar().actions()}
    for key in keys:
        page = window.show_page(key)
        settle(qtbot)
        buttons = {
            b.text(): mnemonic(b.text())
            for b in page.findChildren(QAbstractButton)
            if b.isVisibleTo(page) and mnemonic(b.text()) in bar
        }
        assert not buttons, f"{key}: {buttons} would not answer Alt+letter"


def test_new_follows_the_table_with_the_focus_or_the_tab_shown(qtbot, demo_ctx):
    from ui.dialogs.organization_dialog import OrganizationDialog, ProgramDialog
    from ui.dialogs.venue_dialog import RoomDialog, VenueDialog

    window = _window(qtbot, demo_ctx)
    menus = window.menus
    venues = window.show_page("venues")
    settle(qtbot)
    venues.venues.view.setFocus()  # the page's focus widget (the window may be inactive)
    _opens(qtbot, menus.new_action, VenueDialog)
    venues.rooms.view.setFocus()
    _opens(qtbot, menus.new_action, RoomDialog)
    organizations = window.show_page("organizations")
    settle(qtbot)
    _opens(qtbot, menus.new_action, OrganizationDialog)
    organizations.tabs.setCurrentWidget(organizations.programs)
    _opens(qtbot, menus.new_action, ProgramDialog)
