"""The window's menus beyond File basics: Edit (the current page's New / Edit / Delete, closed
days), Import and Export; and the setup hints' ways forward (``start``).

Each entry leads to the page that does the work and triggers the page's own action, so the
menu, the page's buttons and the shortcuts do one thing one way. Ctrl+N belongs to the window
(it works with the focus in the navigation) and triggers the current page's New.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui.resources import icon
from ui.widgets.setup_hint import DEMO, EVENT, ORGANIZATION, SESSION, VENUE

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.pages.base import EditActions


class WindowMenus(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

        # Edit: what the current page offers
        self.new_action = QAction(icon("add"), self.tr("&New…"), window)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.new_action.triggered.connect(lambda: self._page_action("new"))
        self.edit_action = QAction(icon("edit"), self.tr("&Edit…"), window)
        self.edit_action.triggered.connect(lambda: self._page_action("edit"))
        self.delete_action = QAction(icon("delete"), self.tr("&Delete…"), window)
        self.delete_action.triggered.connect(lambda: self._page_action("delete"))
        self.closed_days_action = QAction(
            icon("calendar"), self.tr("&Closed days and holidays…"), window
        )
        self.closed_days_action.triggered.connect(self.closed_days)

        # File → Import, Export
        self.import_attendees_action = QAction(
            icon("attendees"), self.tr("&Registrations (attendees)…"), window
        )
        self.import_attendees_action.triggered.connect(self.import_attendees)
        self.import_schedule_action = QAction(icon("calendar"), self.tr("&Schedule…"), window)
        self.import_schedule_action.triggered.connect(self.import_schedule)
        self.export_action = QAction(icon("reports"), self.tr("&Export a report…"), window)
        self.export_action.triggered.connect(self.export_report)
        self.needs_database = [
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.closed_days_action,
            self.import_attendees_action,
            self.import_schedule_action,
            self.export_action,
        ]
        for action in self.needs_database:
            action.setEnabled(False)  # until the database is open

    def fill_file_menu(self, menu: QMenu) -> None:
        """Import ▸ and Export, after the demo data entry."""
        self.import_menu = menu.addMenu(icon("import"), self.tr("&Import"))
        self.import_menu.addAction(self.import_attendees_action)
        self.import_menu.addAction(self.import_schedule_action)
        menu.addAction(self.export_action)

    def add_edit_menu(self) -> QMenu:
        menu = self.window.menuBar().addMenu(self.tr("&Edit"))
        menu.setToolTipsVisible(True)
        for action in (self.new_action, self.edit_action, self.delete_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.closed_days_action)
        menu.aboutToShow.connect(self.update_actions)
        self.edit_menu = menu
        return menu

    # ---- state
    def attached(self) -> None:
        read_only = self.window.ctx is not None and self.window.ctx.store.read_only
        for action in self.needs_database:
            action.setEnabled(not read_only)
        self.export_action.setEnabled(True)  # a report reads only
        self.update_actions()

    def _page_actions(self) -> EditActions | None:
        window = self.window
        if window.ctx is None:
            return None
        return window.page(window.current_key()).edit_actions()

    @Slot()
    def update_actions(self) -> None:
        """The Edit entries follow the current page (and its selection)."""
        actions = self._page_actions()
        for name, own in (
            ("new", self.new_action),
            ("edit", self.edit_action),
            ("delete", self.delete_action),
        ):
            target = getattr(actions, name) if actions is not None else None
            own.setEnabled(target is not None and target.isEnabled())
            own.setToolTip(target.text().replace("&", "") if target is not None else "")
        # Ctrl+N stays live while the page has a New at all (checked again when pressed).
        if actions is not None and actions.new is not None:
            self.new_action.setEnabled(True)

    def _page_action(self, name: str) -> None:
        actions = self._page_actions()
        target = getattr(actions, name) if actions is not None else None
        if target is None:
            return
        if target.isEnabled():
            target.trigger()
        else:
            self.window.statusBar().showMessage(
                self.tr("“%1” is not possible here now: select a row first.").replace(
                    "%1", target.text().replace("&", "")
                ),
                6000,
            )

    # ---- where each entry leads
    @Slot()
    def closed_days(self) -> None:
        self.window.show_page("venues").open_closed_days()

    @Slot()
    def import_attendees(self) -> None:
        self.window.show_page("attendees").actions.import_action.trigger()

    @Slot()
    def import_schedule(self) -> None:
        self.window.show_page("calendar").import_action.trigger()

    @Slot()
    def export_report(self) -> None:
        self.window.show_page("reports").export()

    @Slot(str)
    def start(self, what: str) -> None:
        """A setup hint's button: open the dialog that creates ``what``."""
        window = self.window
        if what == DEMO:
            window.load_demo()
        elif what == VENUE:
            window.show_page("venues").new_venue()
        elif what == EVENT:
            window.show_page("events").new_event()
        elif what == ORGANIZATION:
            window.show_page("organizations").new_organization()
        elif what == SESSION:
            window.show_page("calendar").new_session()
