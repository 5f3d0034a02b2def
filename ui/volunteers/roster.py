"""The roster tab: every volunteer, searched by name, pinyin initials or phone digits, filtered
by organization, skill and active; add, edit, delete (or mark inactive) and print badges."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QPoint, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
)

from scipop.errors import DomainError, InUse
from ui.errors import error_text, show_error
from ui.i18n import display_name
from ui.operations import QueryOp
from ui.resources import icon
from ui.volunteers.models import RosterModel
from ui.volunteers.widgets import (
    EmptyState,
    Tab,
    on_open,
    select_id,
    tab_action,
    table_view,
)
from ui.widgets.crud_table import current_row, selected_rows
from ui.widgets.plain_text import ask, tell

SEARCH_DELAY_MS = 150
ALL, ACTIVE, INACTIVE = "all", "active", "inactive"


class RosterTab(Tab):
    shown = Signal()  # a search's rows are on screen

    def __init__(self, page):
        super().__init__(page)
        self.organizations: list = []
        self._select_after: int | None = None
        self._any_volunteer = True

        self.search_edit = QLineEdit(self)
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(
            self.tr("Search by name, pinyin initials (ZW) or phone digits…")
        )
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())

        self.org_filter = QComboBox(self)
        self.org_filter.addItem(self.tr("All organizations"), None)
        self.org_filter.setToolTip(self.tr("Only volunteers of this organization"))
        self.skill_filter = QComboBox(self)
        self.skill_filter.addItem(self.tr("Any skill"), None)
        self.skill_filter.setToolTip(self.tr("Only volunteers with this skill or language"))
        self.active_filter = QComboBox(self)
        self.active_filter.addItem(self.tr("Active and inactive"), ALL)
        self.active_filter.addItem(self.tr("Active only"), ACTIVE)
        self.active_filter.addItem(self.tr("Inactive only"), INACTIVE)
        for combo, chars in (
            (self.org_filter, 14),
            (self.skill_filter, 8),
            (self.active_filter, 10),
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(chars)
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.active_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "muted")

        self.model = RosterModel(self)
        self.view, self.proxy = table_view(
            self,
            self.model,
            stretch=RosterModel.SKILLS,
            multi=True,
            widths={
                RosterModel.NAME: "欧阳志愿者",
                RosterModel.PHONE: "138 0013 8000",
                RosterModel.ORGANIZATION: "北京市科学技术研究院",
                RosterModel.LANGUAGES: "English、日语",
                RosterModel.ACTIVE: "Yes",
            },
        )
        self.view.setDragEnabled(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        on_open(self.view, self.edit_volunteer)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self.update_actions())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)

        action = partial(tab_action, self)

        self.new_action = action(
            "add", self.tr("&New volunteer…"), self.new_volunteer, QKeySequence.StandardKey.New
        )
        self.edit_action = action("edit", self.tr("&Edit…"), self.edit_volunteer, "F2")
        self.delete_action = action(
            "delete", self.tr("&Delete…"), self.delete_volunteer, QKeySequence.StandardKey.Delete
        )
        self.badge_action = action(
            "badge",
            self.tr("Print &badge…"),
            self.print_badges,
            QKeySequence.StandardKey.Print,
            self.tr("Print the selected volunteers' badges with their personal check-in code"),
        )
        self.reissue_action = action(
            "reissue",
            self.tr("Re-issue bad&ge…"),
            self.reissue_badge,
            "Ctrl+Shift+B",
            tip=self.tr("A new code for a lost badge; the old badge stops checking in"),
        )
        self.import_action = action(
            "import",
            self.tr("&Import…"),
            self.page.import_volunteers,
            "Ctrl+I",
            self.tr("Import volunteers from a spreadsheet (.xlsx, .xls, .ods, .csv)"),
        )
        self.schedule_action = action(
            "print",
            self.tr("Schedu&le…"),
            self.export_schedules,
            "Ctrl+Shift+E",
            self.tr("The selected volunteers' schedules as PDF, .ics or PNG"),
        )
        self.find_action = action("", "", self.search_edit.setFocus, QKeySequence.StandardKey.Find)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.badge_action,
            self.reissue_action,
            None,
            self.import_action,
            self.schedule_action,
        ):
            self.toolbar.addSeparator() if a is None else self.toolbar.addAction(a)

        self.empty = EmptyState(self)
        self.empty.set_texts(
            self.tr("No volunteers yet"),
            self.tr(
                "Add your volunteers one by one, or import them from a spreadsheet. "
                "Then create shifts on the Staffing tab and assign people to them."
            ),
        )
        self.empty_add = self.empty.add_button(
            QPushButton(icon("add"), self.tr("&Add volunteer…"), self.empty)
        )
        self.empty_add.clicked.connect(self.new_volunteer)
        self.empty_import = self.empty.add_button(
            QPushButton(icon("import"), self.tr("I&mport from a spreadsheet…"), self.empty)
        )
        self.empty_import.clicked.connect(self.page.import_volunteers)
        self.empty.finish()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.empty)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        filters.addWidget(self.org_filter)
        filters.addWidget(self.skill_filter)
        filters.addWidget(self.active_filter)
        filters.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.stack, 1)
        self.update_actions()

    # ---- loading
    def filters(self) -> dict:
        active = self.active_filter.currentData()
        return {
            "organization_id": self.org_filter.currentData(),
            "active": None if active == ALL else active == ACTIVE,
            "skill": self.skill_filter.currentData(),
        }

    def reload(self) -> None:
        self.search_timer.stop()
        text = self.search_edit.text()
        filters = self.filters()
        unfiltered = not text.strip() and not any(v is not None for v in filters.values())

        def load(services):
            rows = services.roster.search(text, **filters)
            orgs = services.organizations.list()
            skills = services.roster.skills()
            anyone = bool(rows) or (not unfiltered and bool(services.roster.search()))
            return rows, orgs, skills, anyone

        self.read("roster", load, self._show)

    def _show(self, result) -> None:
        rows, orgs, skills, anyone = result
        keep = self._select_after or getattr(current_row(self.view), "id", None)
        self._select_after = None
        self.organizations = orgs
        self._fill_combo(self.org_filter, [(display_name(o.name, o.name_en), o.id) for o in orgs])
        self._fill_combo(self.skill_filter, [(s, s) for s in skills])
        self.model.set_rows(rows)
        self._any_volunteer = anyone
        self.stack.setCurrentWidget(self.view if anyone else self.empty)
        self.count_label.setText(self.tr("%n volunteer(s)", "", len(rows)))
        if keep is not None:
            select_id(self.view, keep)
        self.update_actions()
        self.shown.emit()

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        with QSignalBlocker(combo):
            while combo.count() > 1:
                combo.removeItem(1)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    # ---- selection
    def selected(self) -> list:
        return selected_rows(self.view)

    def update_actions(self) -> None:
        chosen = self.selected()
        one = len(chosen) == 1
        self.edit_action.setEnabled(one)
        self.delete_action.setEnabled(one)
        self.reissue_action.setEnabled(one)
        self.badge_action.setEnabled(bool(chosen))
        self.schedule_action.setEnabled(bool(chosen))

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for a in (
            self.new_action,
            self.edit_action,
            self.delete_action,
            self.badge_action,
            self.reissue_action,
        ):
            menu.addAction(a)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    # ---- actions
    @Slot()
    def new_volunteer(self) -> None:
        self._dialog(None)

    @Slot()
    def edit_volunteer(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        ident = chosen[0].id
        QueryOp(self.ctx, self, lambda s: s.volunteers.get(ident), self._dialog).failure(
            self._gone
        ).run()

    def _gone(self, error: DomainError) -> None:
        show_error(self, error)
        self.reload()

    def _dialog(self, volunteer) -> None:
        from ui.volunteers.volunteer_dialog import VolunteerDialog

        dialog = VolunteerDialog(self.ctx, volunteer, self.organizations, self)
        if dialog.exec() and dialog.result_data is not None:
            self._select_after = dialog.result_data.id
            self.page.wrote(self)
            self.reload()

    @Slot()
    def delete_volunteer(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        row = chosen[0]
        if not ask(
            self,
            self.tr("Delete volunteer"),
            self.tr("Delete “%1”?\nThis cannot be undone.").replace("%1", row.name),
        ):
            return
        self.write(
            lambda s: s.volunteers.delete(row.id),
            lambda _r: self.reload(),
            self.tr("Delete volunteer"),
            failure=lambda e: self._delete_refused(row, e),
        )

    def _delete_refused(self, row, error: DomainError) -> None:
        """On shifts: offer to mark the volunteer inactive instead."""
        if not isinstance(error, InUse) or not row.active:
            show_error(self, error, self.tr("Delete volunteer"))
            return
        if ask(
            self,
            self.tr("Delete volunteer"),
            error_text(error) + "\n\n" + self.tr("Mark “%1” inactive now?").replace("%1", row.name),
            default_yes=True,
        ):
            self.mark_inactive(row.id)

    def mark_inactive(self, ident: int) -> None:
        def op(services):
            data = services.volunteers.get(ident)
            return services.volunteers.update(replace(data, active=False))

        self._select_after = ident
        self.write(op, lambda _r: self.reload(), self.tr("Mark inactive"))

    @Slot()
    def print_badges(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        from ui.volunteers.badge_dialog import BadgePrintDialog

        names = "、".join(r.name for r in chosen[:5]) + ("…" if len(chosen) > 5 else "")
        stem = chosen[0].name if len(chosen) == 1 else "badges"
        dialog = BadgePrintDialog(self.ctx, [r.id for r in chosen], names, self)
        dialog.file_stem = stem
        dialog.exec()

    @Slot()
    def export_schedules(self) -> None:
        chosen = self.selected()
        if chosen:
            from ui.volunteers.schedule_export import export_schedule

            export_schedule(self, self.ctx, volunteer_ids=[r.id for r in chosen])

    @Slot()
    def reissue_badge(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        row = chosen[0]
        if not ask(
            self,
            self.tr("Re-issue badge"),
            self.tr(
                "Give “%1” a new badge code? The old badge will no longer check in; "
                "print the new badge next."
            ).replace("%1", row.name),
        ):
            return
        self.write(
            lambda s: s.volunteer_codes.reissue(row.id),
            lambda _code: self._reissued(row),
            self.tr("Re-issue badge"),
        )

    def _reissued(self, row) -> None:
        tell(
            self,
            self.tr("Re-issue badge"),
            self.tr("“%1” has a new badge code. Print the new badge now.").replace("%1", row.name),
            QMessageBox.Icon.Information,
        )
        self.print_badges()
