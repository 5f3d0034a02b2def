"""The staffing tab: a day's shifts with needed against assigned, who is free for the chosen
shift, and assigning by drag and drop or by a dialog.

The day is read in a worker (:meth:`StaffingQueries.day`); choosing a shift reads its
candidates (free first, then those with warnings, clashes greyed with the reason). A volunteer
dropped on a shift, or picked, is assigned through :class:`Assigner`: warnings are confirmed,
errors refused with the reason.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial

from PySide6.QtCore import (
    QDate,
    QModelIndex,
    QPoint,
    QRect,
    QSignalBlocker,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import DomainError
from scipop.timeutil import to_local
from ui.errors import show_error
from ui.i18n import is_chinese
from ui.models.base import ROW_ROLE
from ui.resources import icon
from ui.volunteers.assigner import Assigner
from ui.volunteers.models import AssignmentModel, CandidateModel, StaffingModel
from ui.volunteers.texts import local_today, span_text
from ui.volunteers.widgets import (
    EmptyState,
    Tab,
    fit_to_content,
    on_open,
    select_id,
    tab_action,
    table_view,
)
from ui.widgets.crud_table import current_row
from ui.widgets.plain_text import ask, plain_label


class StaffingTab(Tab):
    shown = Signal()  # the day's shifts are on screen
    candidates_shown = Signal()

    def __init__(self, page):
        super().__init__(page)
        self.day: date = local_today()
        self._select_after: int | None = None
        self.assigner = Assigner(self)
        self.assigner.finished.connect(self._assigned)

        # ---- the day
        self.prev_button = QToolButton(self)
        self.prev_button.setText(self.tr("◀ &Previous day"))
        self.prev_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.prev_button.setShortcut(QKeySequence("Alt+Left"))
        self.prev_button.setToolTip(self.tr("The day before (Alt+Left)"))
        self.prev_button.clicked.connect(lambda: self.go(self.day - timedelta(days=1)))
        self.today_button = QPushButton(self.tr("&Today"), self)
        self.today_button.clicked.connect(lambda: self.go(local_today()))
        self.next_button = QToolButton(self)
        self.next_button.setText(self.tr("&Next day ▶"))
        self.next_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.next_button.setShortcut(QKeySequence("Alt+Right"))
        self.next_button.setToolTip(self.tr("The day after (Alt+Right)"))
        self.next_button.clicked.connect(lambda: self.go(self.day + timedelta(days=1)))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd dddd" if is_chinese() else "ddd yyyy-MM-dd")
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.dateChanged.connect(lambda d: self.go(d.toPython()))
        self.day_label = QLabel(self.tr("&Day:"), self)
        self.day_label.setBuddy(self.date_edit)
        self.summary_label = QLabel(self)
        self.summary_label.setProperty("role", "muted")

        # ---- actions
        action = partial(tab_action, self)

        self.new_action = action(
            "add", self.tr("&New shift…"), self.new_shift, QKeySequence.StandardKey.New
        )
        self.series_action = action(
            "shift",
            self.tr("Shifts for a &series…"),
            self.series_shifts,
            "Ctrl+Shift+N",
            self.tr("Create a shift for every session of an event or hall in a period"),
        )
        self.edit_action = action("edit", self.tr("&Edit shift…"), self.edit_shift, "F2")
        self.delete_action = action("delete", self.tr("De&lete shift…"), self.delete_shift)
        self.schedule_action = action(
            "print",
            self.tr("Schedule of the &day…"),
            self.export_day,
            "Ctrl+Shift+E",
            self.tr("Everyone's shifts on this day as PDF, .ics or PNG, to print or post"),
        )
        self.limits_action = action(
            "warning",
            self.tr("&Rules…"),
            self.edit_limits,
            None,
            self.tr("Most hours a day and in a row before assigning asks first; badge check-in"),
        )
        self.assign_action = action(
            "add",
            self.tr("&Assign…"),
            self.assign_dialog,
            "Ctrl+Return",
            self.tr("Pick a volunteer for the shift (or drag one onto it)"),
        )
        self.unassign_action = action("delete", self.tr("&Unassign"), self.unassign, "Ctrl+U")
        self.no_show_action = action(
            "cancel_ticket", self.tr("No-s&how"), self.mark_no_show, "Ctrl+Shift+H"
        )
        self.correct_action = action(
            "edit",
            self.tr("&Correct times…"),
            self.correct_times,
            "Ctrl+Shift+T",
            self.tr("Correct the check-in and check-out times (with a note; audited)"),
        )
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (
            self.new_action,
            self.series_action,
            self.edit_action,
            self.delete_action,
            None,
            self.schedule_action,
            self.limits_action,
        ):
            self.toolbar.addSeparator() if a is None else self.toolbar.addAction(a)

        # ---- the shifts of the day
        self.model = StaffingModel(self)
        self.model.volunteers_dropped.connect(self.assign_dropped)
        self.view, self.proxy = table_view(
            self,
            self.model,
        )
        fit_to_content(self.view, self.model)  # a day has a few dozen shifts: measure them all
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.view.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._shift_changed())
        on_open(self.view, self.assign_dialog)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._shift_menu)
        self.view.setToolTip(
            self.tr("Drag a volunteer onto a shift to assign them; double-click to pick one.")
        )
        # Delete acts on what has the focus: the shift in the day's list, or a person on it
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.delete_action)

        self.empty = EmptyState(self)
        self.empty.set_texts(
            self.tr("No shifts on this day"),
            self.tr(
                "Create a shift for a session or a hall, or shifts for every session of an "
                "event at once; then assign volunteers to them."
            ),
        )
        for a in (self.new_action, self.series_action):
            b = QPushButton(a.icon(), a.text(), self.empty)
            b.clicked.connect(a.trigger)
            self.empty.add_button(b)
        self.empty.finish()
        self.shift_stack = QStackedWidget(self)
        self.shift_stack.addWidget(self.view)
        self.shift_stack.addWidget(self.empty)

        # ---- the people on the chosen shift
        self.people_label = QLabel(self.tr("On this shift"), self)
        self.people_model = AssignmentModel(self)
        self.people_view, _ = table_view(
            self,
            self.people_model,
            stretch=AssignmentModel.NOTE,
            widths={AssignmentModel.NAME: "欧阳志愿者", AssignmentModel.STATUS: "Checked out"},
        )
        self.people_view.selectionModel().selectionChanged.connect(
            lambda *_a: self.update_actions()
        )
        on_open(self.people_view, self.correct_times)
        self.people_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.people_view.customContextMenuRequested.connect(self._people_menu)
        unassign_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.people_view)
        unassign_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        unassign_key.activated.connect(self.unassign)
        people_bar = QToolBar(self)
        people_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for a in (
            self.assign_action,
            self.unassign_action,
            self.no_show_action,
            self.correct_action,
        ):
            people_bar.addAction(a)
        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.people_label)
        top.addStretch(1)
        people_layout.addLayout(top)
        people_layout.addWidget(people_bar)
        people_layout.addWidget(self.people_view, 1)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.shift_stack)
        left.addWidget(people)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 1)
        left.setSizes([480, 200])

        # ---- who is free
        self.free_title = plain_label("", self)
        self.free_title.setWordWrap(True)
        font = self.free_title.font()
        font.setBold(True)
        self.free_title.setFont(font)
        self.free_filter = QLineEdit(self)
        self.free_filter.setClearButtonEnabled(True)
        self.free_filter.setPlaceholderText(self.tr("Filter by name, organization or skill…"))
        self.candidates = CandidateModel(self)
        self.free_view, self.free_proxy = table_view(
            self,
            self.candidates,
            stretch=CandidateModel.STATE,
            widths={CandidateModel.NAME: "北京市科学技术"},
        )
        self.candidates.stacked = True  # the organization beneath the name: room for the reason
        self.free_view.setColumnHidden(CandidateModel.ORGANIZATION, True)
        # the reason someone is not free is a sentence: it wraps within its row. Rows of one
        # height, the tallest text's (_fit_candidate_rows): Qt measuring each of a few hundred
        # rows through the delegate (ResizeToContents) made choosing a shift take 0.3 s.
        self.free_view.setWordWrap(True)
        self.free_view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._fit_timer = QTimer(self)  # one fit after a burst of changes
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_candidate_rows)
        self.free_view.horizontalHeader().sectionResized.connect(self._fit_timer.start)
        for changed in (
            self.free_proxy.layoutChanged,
            self.free_proxy.modelReset,
            self.free_proxy.rowsInserted,
            self.free_proxy.rowsRemoved,
        ):
            changed.connect(self._fit_timer.start)
        self.free_filter.textChanged.connect(self.free_proxy.set_text)
        self.free_view.setDragEnabled(True)
        self.free_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        on_open(self.free_view, lambda: self._candidate_activated(self.free_view.currentIndex()))
        self.free_view.setToolTip(
            self.tr("Drag someone onto a shift, or double-click to assign them to the chosen one.")
        )
        self.free_hint = QLabel(
            self.tr("Free first; then people with warnings; those who clash are greyed."), self
        )
        self.free_hint.setProperty("role", "muted")
        self.free_hint.setWordWrap(True)
        self.assign_chosen_button = QPushButton(icon("add"), self.tr("Assign &chosen"), self)
        self.assign_chosen_button.clicked.connect(self._assign_chosen_candidate)
        free = QWidget(self)
        free_layout = QVBoxLayout(free)
        free_layout.setContentsMargins(0, 0, 0, 0)
        free_layout.addWidget(self.free_title)
        free_layout.addWidget(self.free_filter)
        free_layout.addWidget(self.free_view, 1)
        free_layout.addWidget(self.free_hint)
        free_layout.addWidget(self.assign_chosen_button)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(free)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([720, 310])

        day_bar = QHBoxLayout()
        day_bar.addWidget(self.prev_button)
        day_bar.addWidget(self.today_button)
        day_bar.addWidget(self.next_button)
        day_bar.addSpacing(12)
        day_bar.addWidget(self.day_label)
        day_bar.addWidget(self.date_edit)
        day_bar.addSpacing(12)
        day_bar.addWidget(self.summary_label, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(day_bar)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.splitter, 1)
        QWidget.setTabOrder(self.date_edit, self.view)
        QWidget.setTabOrder(self.view, self.people_view)
        QWidget.setTabOrder(self.people_view, self.free_filter)
        QWidget.setTabOrder(self.free_filter, self.free_view)
        self._show_shift(None)
        self.update_actions()

    # ---- the day
    def go(self, day: date) -> None:
        """Show ``day`` (and read it again)."""
        self.day = day
        with QSignalBlocker(self.date_edit):
            self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.stale = False
        self.reload()

    def reload(self) -> None:
        day = self.day
        self.read("day", lambda s: s.staffing.day(day), self._show_day)

    def _show_day(self, rows) -> None:
        keep = self._select_after or getattr(self.current_shift(), "shift_id", None)
        self._select_after = None
        self.model.set_rows(rows)
        self.shift_stack.setCurrentWidget(self.view if rows else self.empty)
        short = sum(1 for r in rows if r.assigned < r.needed)
        summary = self.tr("%n shift(s)", "", len(rows))
        if short:
            summary += " · " + self.tr("%n under-staffed", "", short)
        self.summary_label.setText(summary)
        if not (keep is not None and select_id(self.view, keep)):
            self._shift_changed()
        self.shown.emit()

    # ---- the chosen shift
    def current_shift(self):
        return current_row(self.view)

    def _shift_changed(self) -> None:
        row = self.current_shift()
        self._show_shift(row)
        self.update_actions()
        if row is not None:
            ident = row.shift_id
            self.read("candidates", lambda s: s.staffing.candidates(ident), self._show_candidates)
        else:  # a read still under way for the shift chosen before is not shown
            self.read("candidates", lambda _s: [], self._show_candidates)

    def _show_shift(self, row) -> None:
        self.people_model.set_rows(list(row.assignments) if row is not None else [])
        if row is None:
            self.candidates.set_rows([])
            self.free_title.setText(self.tr("Choose a shift to see who is free for it."))
            self.people_label.setText(self.tr("On this shift"))
            return
        what = f"{span_text(row.starts_at, row.ends_at)} {row.role}"
        if row.room_name:
            what += f" · {row.room_name}"
        self.free_title.setText(self.tr("Who is free for %1").replace("%1", what))
        self.people_label.setText(
            self.tr("On this shift: %1 of %2 needed")
            .replace("%1", str(row.assigned))
            .replace("%2", str(row.needed))
        )

    def _show_candidates(self, rows) -> None:
        self.candidates.set_rows(rows)
        self._fit_candidate_rows()  # now, not only after the timer: the rows show fitted
        self.candidates_shown.emit()

    def _fit_candidate_rows(self) -> None:
        """Each row as tall as its wrapped texts, measured here once per distinct text (Qt's
        ResizeToContents asks the delegate for every cell, again at every change)."""
        view, model = self.free_view, self.candidates
        metrics = view.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        widths = {}
        for column in (CandidateModel.NAME, CandidateModel.STATE):
            if not view.isColumnHidden(column):
                room = 22 if column == CandidateModel.STATE else 0  # the state's icon
                widths[column] = max(20, view.columnWidth(column) - room - 12)
        measured: dict[tuple[int, str], int] = {}
        header = view.verticalHeader()
        line = metrics.lineSpacing()
        for row in range(self.free_proxy.rowCount()):
            source = self.free_proxy.mapToSource(self.free_proxy.index(row, 0)).row()
            tallest = line
            for column, width in widths.items():
                text = str(model.index(source, column).data() or "")
                key = (column, text)
                if key not in measured:
                    box = metrics.boundingRect(QRect(0, 0, width, 10_000), flags, text)
                    measured[key] = box.height()
                tallest = max(tallest, measured[key])
            if header.sectionSize(row) != tallest + 8:
                header.resizeSection(row, tallest + 8)

    def current_assignment(self):
        return current_row(self.people_view)

    def update_actions(self) -> None:
        shift = self.current_shift() is not None
        person = self.current_assignment() is not None
        self.edit_action.setEnabled(shift)
        self.delete_action.setEnabled(shift)
        self.assign_action.setEnabled(shift)
        self.assign_chosen_button.setEnabled(shift)
        for a in (self.unassign_action, self.no_show_action, self.correct_action):
            a.setEnabled(person)

    @Slot(QPoint)
    def _shift_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for a in (self.assign_action, self.edit_action, self.delete_action, None, self.new_action):
            menu.addSeparator() if a is None else menu.addAction(a)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    @Slot(QPoint)
    def _people_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for a in (self.unassign_action, self.no_show_action, self.correct_action):
            menu.addAction(a)
        menu.exec(self.people_view.viewport().mapToGlobal(pos))

    # ---- shifts
    @Slot()
    def new_shift(self) -> None:
        self._shift_dialog(None)

    @Slot()
    def edit_shift(self) -> None:
        row = self.current_shift()
        if row is None:
            return
        ident = row.shift_id
        from ui.operations import QueryOp

        QueryOp(self.ctx, self, lambda s: s.shifts.get(ident), self._shift_dialog).failure(
            self._gone
        ).run()

    @Slot()
    def edit_limits(self) -> None:
        from ui.operations import QueryOp

        QueryOp(
            self.ctx, self, lambda s: s.volunteer_settings.limits(), self._limits_dialog
        ).failure(self._gone).run()

    def _limits_dialog(self, limits) -> None:
        from ui.volunteers.limits_dialog import LimitsDialog

        dialog = LimitsDialog(self.ctx, limits, self)
        if dialog.exec() and dialog.result_data is not None:
            self.page.wrote(self)
            self.reload()  # who is free for the chosen shift depends on the limits

    def _gone(self, error: DomainError) -> None:
        show_error(self, error)
        self.reload()

    def _shift_dialog(self, shift) -> None:
        from ui.volunteers.shift_dialog import ShiftDialog

        dialog = ShiftDialog(self.ctx, shift, day=self.day, parent=self)
        if dialog.exec() and dialog.result_data is not None:
            result = dialog.result_data
            self._select_after = result.id
            self.page.wrote(self)
            self.go(to_local(result.starts_at).date())

    @Slot()
    def series_shifts(self) -> None:
        from ui.volunteers.series_dialog import ShiftSeriesDialog

        dialog = ShiftSeriesDialog(self.ctx, first_day=self.day, parent=self)
        if dialog.exec() and dialog.created:
            self.page.wrote(self)
            self.go(to_local(dialog.created[0].starts_at).date())

    @Slot()
    def export_day(self) -> None:
        from ui.volunteers.schedule_export import export_schedule

        export_schedule(self, self.ctx, day=self.day)

    @Slot()
    def delete_shift(self) -> None:
        row = self.current_shift()
        if row is None:
            return
        text = self.tr("Delete the shift “%1” %2?").replace("%1", row.role)
        text = text.replace("%2", span_text(row.starts_at, row.ends_at))
        if row.assigned:
            text += "\n" + self.tr(
                "%n volunteer(s) assigned to it will be taken off.", "", row.assigned
            )
        if not ask(self, self.tr("Delete shift"), text):
            return
        ident = row.shift_id
        self.write(
            lambda s: s.shifts.delete(ident), lambda _r: self.reload(), self.tr("Delete shift")
        )

    # ---- assigning
    @Slot(int, list)
    def assign_dropped(self, shift_id: int, volunteer_ids: list) -> None:
        self._select_after = shift_id
        select_id(self.view, shift_id)
        self.assigner.assign(shift_id, volunteer_ids)

    @Slot()
    def assign_dialog(self) -> None:
        row = self.current_shift()
        if row is None:
            return
        from ui.volunteers.assign_dialog import AssignDialog

        dialog = AssignDialog(self.ctx, row, self)
        if dialog.exec() and dialog.volunteer_id is not None:
            self._select_after = row.shift_id
            self.assigner.assign(row.shift_id, [dialog.volunteer_id])

    @Slot(QModelIndex)
    def _candidate_activated(self, index: QModelIndex) -> None:
        row = self.current_shift()
        candidate = index.data(ROW_ROLE)
        if row is not None and candidate is not None:
            self._select_after = row.shift_id
            self.assigner.assign(row.shift_id, [candidate.volunteer_id])

    @Slot()
    def _assign_chosen_candidate(self) -> None:
        candidate = current_row(self.free_view)
        if candidate is None:
            self.assign_dialog()
        else:
            self._candidate_activated(self.free_view.currentIndex())

    def _assigned(self, assigned: int) -> None:
        if assigned:
            self.page.wrote(self)
        self.reload()

    # ---- the people on a shift
    def _on_person(self, op, title: str, confirm: str = "") -> None:
        person = self.current_assignment()
        if person is None:
            return
        if confirm and not ask(self, title, confirm.replace("%1", person.volunteer_name)):
            return
        self._select_after = person.shift_id
        ident = person.id
        self.write(lambda s: op(s, ident), lambda _r: self.reload(), title)

    @Slot()
    def unassign(self) -> None:
        self._on_person(
            lambda s, i: s.assignments.unassign(i),
            self.tr("Unassign"),
            self.tr("Take “%1” off this shift?"),
        )

    @Slot()
    def mark_no_show(self) -> None:
        self._on_person(
            lambda s, i: s.assignments.mark_no_show(i),
            self.tr("No-show"),
            self.tr("Record that “%1” did not come to this shift?"),
        )

    @Slot()
    def correct_times(self) -> None:
        person = self.current_assignment()
        shift = self.current_shift()
        if person is None or shift is None:
            return
        from ui.volunteers.correct_dialog import CorrectTimesDialog

        dialog = CorrectTimesDialog(self.ctx, person, shift, self)
        if dialog.exec() and dialog.result_data is not None:
            self._select_after = shift.shift_id
            self.page.wrote(self)
            self.reload()
