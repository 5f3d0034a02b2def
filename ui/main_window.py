"""The main window: a thin shell of navigation, pages, menus and the status bar.

It paints before the database is open: the shell needs only Qt and the preferences.
:meth:`MainWindow.attach` hands it the services once the store is open (in a worker, see
``ui.app``); the current page is then built and filled. Tests attach at construction.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from scipop import __version__
from ui.backup.actions import BackupActions
from ui.i18n import LANGUAGES, current_language
from ui.menus import WindowMenus
from ui.operations import QueryOp
from ui.resources import icon
from ui.settings import GEOMETRY, LAST_PAGE, OFFER_DEMO, WINDOW_STATE, Settings
from ui.widgets.setup_hint import hint_for

if TYPE_CHECKING:
    from scipop.app import Services
    from scipop.services.setup import SetupState
    from ui.context import AppContext
    from ui.pages.base import Page


@dataclass(frozen=True)
class PageSpec:
    """A navigation entry; its page is built when first shown (see :func:`page_classes`)."""

    key: str
    title: str  # marked with QT_TRANSLATE_NOOP("MainWindow", ...)
    icon: str  # resources/icons/<icon>.svg


# A page is added here and in page_classes, one each.
PAGES: list[PageSpec] = [
    PageSpec("events", QT_TRANSLATE_NOOP("MainWindow", "Events"), "events"),
    PageSpec("calendar", QT_TRANSLATE_NOOP("MainWindow", "Calendar"), "calendar"),
    PageSpec("attendees", QT_TRANSLATE_NOOP("MainWindow", "Attendees"), "attendees"),
    PageSpec("volunteers", QT_TRANSLATE_NOOP("MainWindow", "Volunteers"), "volunteers"),
    PageSpec("checkin", QT_TRANSLATE_NOOP("MainWindow", "Check-in"), "checkin"),
    PageSpec("dashboard", QT_TRANSLATE_NOOP("MainWindow", "Dashboard"), "dashboard"),
    PageSpec("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), "reports"),
    PageSpec("venues", QT_TRANSLATE_NOOP("MainWindow", "Venues & rooms"), "venues"),
    PageSpec(
        "organizations",
        QT_TRANSLATE_NOOP("MainWindow", "Organizations & programs"),
        "organizations",
    ),
]


def page_classes() -> dict[str, type[Page]]:
    """The page class of each navigation entry.

    Imported when the first page is built, once the database is open: the pages work with
    the domain's dataclasses (and so SQLAlchemy), which the shell paints without.
    """
    from ui.pages.attendees import AttendeesPage
    from ui.pages.calendar import CalendarPage
    from ui.pages.events import EventsPage
    from ui.pages.organizations import OrganizationsPage
    from ui.pages.venues import VenuesPage
    from ui.reports.dashboard_page import DashboardPage
    from ui.reports.page import ReportsPage
    from ui.station.page import CheckInPage
    from ui.volunteers.page import VolunteersPage

    return {
        "events": EventsPage,
        "calendar": CalendarPage,
        "attendees": AttendeesPage,
        "volunteers": VolunteersPage,
        "checkin": CheckInPage,
        "dashboard": DashboardPage,
        "reports": ReportsPage,
        "venues": VenuesPage,
        "organizations": OrganizationsPage,
    }


class MainWindow(QMainWindow):
    painted = Signal()  # the first time the window has been painted
    attached = Signal()  # the database is open and the pages can be used
    page_changed = Signal(str)  # the key of the page now shown
    restart_requested = Signal()  # the user chose a new language and wants it now

    def __init__(
        self,
        ctx: AppContext | None = None,
        *,
        settings: Settings | None = None,
        remember: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.ctx: AppContext | None = None
        self.settings = ctx.settings if ctx is not None else (settings or Settings())
        self.remember = remember  # False: leave the saved geometry alone (smoke runs, tests)
        self.pages: dict[str, Page] = {}
        self._painted = False
        self._demo_loader = None
        self._setup: SetupState | None = None  # what the database holds (for the setup hints)
        self.setWindowTitle(self.tr("SciPop Desk"))
        self.setWindowIcon(icon("app"))

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        for spec in PAGES:
            title = QCoreApplication.translate("MainWindow", spec.title)
            item = QListWidgetItem(icon(spec.icon), title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 40))
            self.nav.addItem(item)
            self.stack.addWidget(QWidget(self.stack))  # replaced by the page when first shown
        self.nav.setFixedWidth(self._nav_width())

        central = QWidget(self)
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.db_label = QLabel(self.tr("Opening the database…"))
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label)

        self._build_menus()
        self._restore()
        self.nav.currentRowChanged.connect(self._show_row)
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: show which one, then build and fill the current page."""
        self.ctx = ctx
        description = ctx.store.description
        if ctx.store.read_only:
            self.db_label.setText(self.tr("Database: %1 (read-only)").replace("%1", description))
        else:
            self.db_label.setText(self.tr("Database: %1").replace("%1", description))
        self.db_label.setToolTip(description)
        if ctx.store.read_only:
            self._say_old_schema(ctx.store)
        self.backups.attach(ctx)
        self.menus.attached()
        self._show_row(self.nav.currentRow())
        if self._painted:
            self._after_first_paint()
        self.attached.emit()

    def _say_old_schema(self, store) -> None:
        """A read-only database is never upgraded: say so when its schema is older."""
        from scipop.store.migrate import HEAD_REVISION

        if store.revision == HEAD_REVISION:
            return
        self.statusBar().showMessage(
            self.tr(
                "This read-only database has an older schema (%1, this program's is %2) and "
                "cannot be upgraded; some pages may not work."
            )
            .replace("%1", store.revision or "—")
            .replace("%2", HEAD_REVISION)
        )

    # ---- navigation and pages
    def _nav_width(self) -> int:
        metrics = self.nav.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.nav.item(i).text()) for i in range(self.nav.count())
        )
        return max(150, widest + 22 + 40)

    def page(self, key: str) -> Page:
        """The page ``key``, created on first use (only once the database is open)."""
        if self.ctx is None:
            raise RuntimeError("the database is not open yet")
        if key not in self.pages:
            row = self._row_of(key)
            page = page_classes()[key](self.ctx, self.stack)
            page.data_changed.connect(lambda p=page: self._data_changed(p))
            page.start_requested.connect(self.menus.start)
            if self._setup is not None:
                page.show_setup_hint(hint_for(key, self._setup))
            placeholder = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def _row_of(self, key: str) -> int:
        return next(i for i, spec in enumerate(PAGES) if spec.key == key)

    def show_page(self, key: str) -> Page:
        self.nav.setCurrentRow(self._row_of(key))
        return self.page(key)

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return PAGES[row].key if 0 <= row < len(PAGES) else PAGES[0].key

    @Slot(int)
    def _show_row(self, row: int) -> None:
        if not 0 <= row < len(PAGES):
            return
        self.stack.setCurrentIndex(row)
        if self.ctx is None:
            return
        page = self.page(PAGES[row].key)
        self.stack.setCurrentWidget(page)
        if self._painted:  # before the first paint, _after_first_paint fills it
            page.activate()
        self.menus.update_actions()
        self.page_changed.emit(PAGES[row].key)

    def _data_changed(self, source: Page) -> None:
        for page in self.pages.values():
            if page is not source:
                page.mark_stale()
        self._update_demo_action()

    def reload_all(self) -> None:
        for page in self.pages.values():
            page.mark_stale()
        self._update_demo_action()

    # ---- menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.setToolTipsVisible(True)
        self.demo_action = QAction(self.tr("Load &demo data…"), self)
        self.demo_action.setEnabled(False)  # until the database is open and known to be empty
        self.demo_action.triggered.connect(self.load_demo)
        file_menu.addAction(self.demo_action)
        self.menus = WindowMenus(self)
        self.menus.fill_file_menu(file_menu)
        station_action = QAction(icon("checkin"), self.tr("Open a &check-in station…"), self)
        station_action.setShortcut(QKeySequence("Ctrl+K"))
        station_action.triggered.connect(self.open_check_in)
        file_menu.addAction(station_action)
        file_menu.addSeparator()
        self.backups = BackupActions(self)
        file_menu.addAction(self.backups.backup_action)
        file_menu.addAction(self.backups.restore_action)
        self.backups.restored.connect(lambda _kept: self._update_demo_action())
        file_menu.addSeparator()
        quit_action = QAction(icon("quit"), self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.menus.add_edit_menu()

        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(icon("language"), self.tr("&Language"))
        self.language_actions = QActionGroup(self)
        for code, name in LANGUAGES.items():
            action = QAction(name, self.language_actions)
            action.setCheckable(True)
            action.setChecked(code == current_language())
            action.setData(code)
            language_menu.addAction(action)
        self.language_actions.triggered.connect(self._language_chosen)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(icon("app"), self.tr("&About SciPop Desk"), self)
        about.setMenuRole(QAction.MenuRole.AboutRole)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    @Slot()
    def open_check_in(self) -> None:
        """The Check-in page, where the door is chosen and the station opened."""
        if self.ctx is not None:
            self.show_page("checkin")

    def _update_demo_action(self) -> None:
        """Demo data is offered only for an empty database; each page says what to create
        first while the database lacks what it needs (read in a worker)."""
        if self.ctx is not None:
            QueryOp(
                self.ctx, self, lambda services: services.setup_state(), self._show_setup
            ).latest("demo_state").run()

    def _show_setup(self, state: SetupState) -> None:
        self._setup = state
        self._show_demo_state(state.empty)
        for key, page in self.pages.items():
            page.show_setup_hint(hint_for(key, state))

    def _show_demo_state(self, empty: bool) -> None:
        self.demo_action.setEnabled(empty)
        self.demo_action.setToolTip(
            self.tr("Load a season of demo events to try the program.")
            if empty
            else self.tr(
                "The database already holds data; demo data is only loaded into an empty one."
            )
        )

    @Slot(QAction)
    def _language_chosen(self, action: QAction) -> None:
        from ui.dialogs.language import confirm_restart

        code = action.data()
        self.settings.language = code
        self.settings.sync()
        if code != current_language() and confirm_restart(self, code):
            self.restart_requested.emit()

    @Slot()
    def about(self) -> None:
        from PySide6 import __version__ as pyside_version

        database = self.ctx.services.store.description if self.ctx is not None else "—"
        QMessageBox.about(
            self,
            self.tr("About SciPop Desk"),
            self.tr(
                "<h3>SciPop Desk %1</h3>"
                "<p>Schedules the science-popularization events of BAST and BJAST in the halls "
                "of Beijing Science Center, staffs them with volunteers, admits visitors with "
                "signed QR tickets and reports on them.</p>"
                "<p>Database: %2</p><p>Qt for Python %3</p>"
            )
            .replace("%1", __version__)
            .replace("%2", database)
            .replace("%3", pyside_version),
        )

    # ---- demo data
    @Slot()
    def load_demo(self) -> None:
        if self.ctx is not None:
            QueryOp(self.ctx, self, _is_empty, self._load_demo_if).run()

    def _load_demo_if(self, empty: bool) -> None:
        from ui.dialogs.demo_data import DemoLoader

        self._show_demo_state(empty)
        if not empty or self.ctx is None:
            return
        self._demo_loader = DemoLoader(self.ctx, self)
        self._demo_loader.loaded.connect(self._demo_loaded)
        self._demo_loader.cancelled.connect(
            lambda: self.statusBar().showMessage(self.tr("Cancelled; nothing was changed."), 8000)
        )
        self._demo_loader.start()

    @Slot(object)
    def _demo_loaded(self, summary) -> None:
        self.reload_all()
        self.statusBar().showMessage(
            self.tr("Demo data loaded: %1 events, %2 sessions in %3 rooms.")
            .replace("%1", str(summary.events))
            .replace("%2", str(summary.sessions))
            .replace("%3", str(summary.rooms)),
            10000,
        )

    def offer_demo_if_empty(self) -> None:
        """First start on an empty database: ask whether to load the demo data."""
        if self.ctx is None or not self.settings.get(OFFER_DEMO):
            return
        QueryOp(self.ctx, self, _is_empty, self._offer_demo).latest("offer_demo").run()

    def _offer_demo(self, empty: bool) -> None:
        from ui.dialogs.demo_data import ask_to_load_demo

        ctx = self.ctx
        if empty and ctx is not None and not ctx.store.read_only and ask_to_load_demo(self, ctx):
            self.load_demo()

    # ---- window state
    def _restore(self) -> None:
        geometry = self.settings.get(GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 760)
        state = self.settings.get(WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        keys = [spec.key for spec in PAGES]
        last = self.settings.get(LAST_PAGE)
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    @Slot()
    def _after_first_paint(self) -> None:
        """The page's rows (and the demo check) are read once the window is on screen."""
        if self.ctx is None:
            return
        self.page(self.current_key()).activate()
        self._update_demo_action()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self, self._after_first_paint)
            self.painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.remember:
            self.settings.set(GEOMETRY, self.saveGeometry())
            self.settings.set(WINDOW_STATE, self.saveState())
            self.settings.set(LAST_PAGE, self.current_key())
            self.settings.sync()
        super().closeEvent(event)


def _is_empty(services: Services) -> bool:
    from scipop.demo import is_empty

    return is_empty(services.store)
