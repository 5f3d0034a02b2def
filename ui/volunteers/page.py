"""The Volunteers page: the roster, the staffing of each day, and the hours worked.

Each tab reads in workers when it is first shown and after a change; a write on one tab marks
the others stale (and, through ``data_changed``, the other pages). Dragging a volunteer from
the roster over the Staffing tab's title switches to it, to drop them on a shift.
"""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ui.context import AppContext
from ui.operations import WriteOp
from ui.pages.base import Page
from ui.resources import icon
from ui.volunteers.hours import HoursTab
from ui.volunteers.roster import RosterTab
from ui.volunteers.staffing import StaffingTab
from ui.volunteers.widgets import Tab


class VolunteersPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.tabs = QTabWidget(self)
        self.tabs.tabBar().setChangeCurrentOnDrag(True)
        self.tabs.tabBar().setAcceptDrops(True)
        self.roster = RosterTab(self)
        self.staffing = StaffingTab(self)
        self.hours = HoursTab(self)
        self.tabs.addTab(self.roster, icon("volunteers"), self.tr("&Roster"))
        self.tabs.addTab(self.staffing, icon("shift"), self.tr("&Staffing"))
        self.tabs.addTab(self.hours, icon("reports"), self.tr("&Hours"))
        self.tabs.currentChanged.connect(lambda _i: self._tab_shown())
        self.roster.shown.connect(self.reloaded)
        self.staffing.shown.connect(self.reloaded)
        self.hours.shown.connect(self.reloaded)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def all_tabs(self) -> tuple[Tab, ...]:
        return (self.roster, self.staffing, self.hours)

    def reload(self) -> None:
        for tab in self.all_tabs():
            tab.stale = True
        self._tab_shown()
        if not self.ctx.store.read_only:
            # shifts that ended without a check-in become no-shows (idempotent, in a worker)
            WriteOp(self.ctx, self, lambda s: s.assignments.mark_no_shows(), self._no_shows).run()

    def _no_shows(self, marked: int) -> None:
        if marked:
            self.wrote(self.tabs.currentWidget())
            for tab in self.all_tabs():
                tab.stale = True
            self._tab_shown()

    def _tab_shown(self) -> None:
        tab = self.tabs.currentWidget()
        if isinstance(tab, Tab):
            tab.activate()

    def show_tab(self, tab: Tab) -> None:
        self.tabs.setCurrentWidget(tab)
        tab.activate()

    def wrote(self, source: Tab) -> None:
        """``source`` changed something: the other tabs read again when next shown."""
        for tab in self.all_tabs():
            if tab is not source:
                tab.stale = True
        self.data_changed.emit()

    def import_volunteers(self) -> None:
        """The volunteer import wizard; the roster reads again after an import."""
        from ui.dialogs.import_volunteers import ImportVolunteersDialog

        dialog = ImportVolunteersDialog(self.ctx, self)
        dialog.exec()
        self.wrote(self.roster)
        self.roster.reload()
