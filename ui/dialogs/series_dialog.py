"""Create a recurring series: build the rule, preview every occurrence, resolve, create.

"Every 30 minutes from 09:30 to 16:30, Tuesday to Sunday, for 8 weeks, 20-minute shows" or
"every Saturday 14:00–17:00 until a date". The preview lists each occurrence with its state
(ok / clash with … / closed day / outside hours); a problem row must be skipped or moved
(edit its Action or Move-to cell) — Create stays disabled while any is unresolved. Preview
and creation run in a worker, so a long rule never freezes the window.
"""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QTimeEdit,
    QWidget,
)

from scipop.errors import DomainError, ValidationError
from scipop.scheduling.recurrence import EVERY_DAY, SKIP, RecurrenceRule, SeriesRefused
from ui.calendar.headers import WEEKDAYS_EN, WEEKDAYS_ZH
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.dialogs.pickers import (
    NO_ID,
    EventPicker,
    RoomPicker,
    ScheduleChoices,
    date_edit,
    minutes_spin,
    room_hint,
    row,
    time_edit,
)
from ui.dialogs.session_dialog import CHOOSE_EVENT, CHOOSE_ROOM
from ui.i18n import is_chinese
from ui.models.filter import RowFilterProxy
from ui.models.occurrences import ACTIONS, KEEP, MOVING, SKIPPING, OccurrenceModel
from ui.operations import Operation, QueryOp, WriteOp


class ActionDelegate(QStyledItemDelegate):
    """As planned / Skip / Move, chosen from a list."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for key in (KEEP, SKIPPING, MOVING):
            combo.addItem(_action_text(key), key)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TimeDelegate(QStyledItemDelegate):
    """A new start time on the same day."""

    def createEditor(self, parent, option, index):
        edit = QTimeEdit(parent)
        edit.setDisplayFormat("HH:mm")
        return edit

    def setEditorData(self, editor: QTimeEdit, index: QModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if value is not None:
            editor.setTime(value)

    def setModelData(self, editor: QTimeEdit, model, index: QModelIndex) -> None:
        model.setData(index, editor.time(), Qt.ItemDataRole.EditRole)


def _action_text(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("OccurrenceModel", ACTIONS[key])


class SeriesDialog(FormDialog):
    """``choices`` (the events and halls, see :func:`read_schedule_choices`) are read in a
    worker by the opening page; previews and the save run in workers too."""

    def __init__(
        self,
        ctx: AppContext,
        *,
        choices: ScheduleChoices,
        event_id: int | None = None,
        room_id: int | None = None,
        first_day: date | None = None,
        start_time: time | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New recurring series"))
        events, rooms = choices
        self.operation: Operation | None = None
        self._previewed: RecurrenceRule | None = None
        self._working = False

        self.event_combo = self.add_field("event_id", self.tr("&Event:"), EventPicker(events, self))
        self.event_combo.set_event(event_id)
        self.room_combo = self.add_field("room_id", self.tr("&Hall:"), RoomPicker(rooms, self))
        self.room_combo.set_room(room_id)
        self.room_hint = QLabel(self)
        self.room_hint.setTextFormat(Qt.TextFormat.PlainText)
        self.room_hint.setText(room_hint(self.room_combo.room()))
        self.room_hint.setProperty("role", "hint")
        self.form.addRow("", self.room_hint)

        first = first_day or date.today()
        self.first_edit = self.add_field("first_day", self.tr("&From:"), date_edit(self, first))
        self.until_radio = QRadioButton(self.tr("until"), self)
        self.until_edit = date_edit(self, first + timedelta(weeks=8, days=-1))
        self.weeks_radio = QRadioButton(self.tr("for"), self)
        self.weeks_spin = QSpinBox(self)
        self.weeks_spin.setRange(1, 104)
        self.weeks_spin.setValue(8)
        self.weeks_spin.setSuffix(self.tr(" week(s)"))
        end_group = QButtonGroup(self)
        end_group.addButton(self.until_radio)
        end_group.addButton(self.weeks_radio)
        self.weeks_radio.setChecked(True)
        self.add_field(
            "until",
            self.tr("E&nds:"),
            row(self, self.weeks_radio, self.weeks_spin, self.until_radio, self.until_edit),
            focus=self.until_edit,
        )

        names = WEEKDAYS_ZH if is_chinese() else WEEKDAYS_EN
        self.day_checks = [QCheckBox(name, self) for name in names]
        for check in self.day_checks:
            check.setChecked(True)
        self.add_field(
            "weekdays", self.tr("On &days:"), row(self, *self.day_checks), focus=self.day_checks[0]
        )

        self.start_edit = time_edit(self, start_time or time(9, 30))
        self.repeat_check = QCheckBox(self.tr("then every"), self)
        self.every_spin = minutes_spin(self, self.tr(" min"), 24 * 60)
        self.every_spin.setMinimum(5)
        self.every_spin.setValue(30)
        self.last_edit = time_edit(self, time(16, 30))
        self.add_field(
            "start_time",
            self.tr("&Starts at:"),
            row(
                self,
                self.start_edit,
                self.repeat_check,
                self.every_spin,
                self.tr("last start"),
                self.last_edit,
            ),
            focus=self.start_edit,
        )
        self.add_error_target("every_minutes", self.every_spin, self._fields["start_time"][1])
        self.add_error_target("last_start", self.last_edit, self._fields["start_time"][1])
        self.duration_spin = self.add_field(
            "duration_minutes", self.tr("&Length:"), minutes_spin(self, self.tr(" min"), 24 * 60)
        )
        self.duration_spin.setMinimum(1)
        self.duration_spin.setValue(60)

        self.capacity_spin = QSpinBox(self)
        self.capacity_spin.setRange(1, 100_000)
        self.add_field("capacity", self.tr("&Places:"), self.capacity_spin)
        self.title_edit = self.add_field("title", self.tr("&Title:"), QLineEdit(self))
        self.title_edit.setPlaceholderText(self.tr("Optional"))
        self.buffers_check = QCheckBox(self.tr("Override the hall's buffers:"), self)
        self.setup_spin = minutes_spin(self, self.tr(" min setup"))
        self.teardown_spin = minutes_spin(self, self.tr(" min teardown"))
        self.add_field(
            "setup_minutes",
            self.tr("&Buffers:"),
            row(self, self.buffers_check, self.setup_spin, self.teardown_spin),
            focus=self.setup_spin,
        )
        self.add_error_target(
            "teardown_minutes", self.teardown_spin, self._fields["setup_minutes"][1]
        )
        self.outside_check = QCheckBox(self.tr("Book outside opening hours"), self)
        self.skip_closed_check = QCheckBox(self.tr("Leave out closed days and holidays"), self)
        self.skip_closed_check.setChecked(True)
        self.closed_days_button = QPushButton(self.tr("Closed d&ays…"), self)
        self.closed_days_button.setToolTip(
            self.tr("See and edit the closed days and holidays of the hall's venue.")
        )
        self.closed_days_button.clicked.connect(self.edit_closed_days)
        self.form.addRow(
            self.tr("Rules:"),
            row(self, self.skip_closed_check, self.closed_days_button, self.outside_check),
        )
        self.exclude_edit = date_edit(self, first)
        self.exclude_add = QPushButton(self.tr("Leave out this day"), self)
        self.exclude_list = QListWidget(self)
        self.exclude_list.setFlow(QListWidget.Flow.LeftToRight)
        self.exclude_list.setFixedHeight(self.fontMetrics().height() + 12)
        self.exclude_list.setMinimumWidth(260)
        self.exclude_list.setToolTip(self.tr("Double-click a day to take it off the list."))
        self.exclude_add.clicked.connect(self._add_exclusion)
        self.exclude_list.itemDoubleClicked.connect(
            lambda item: self.exclude_list.takeItem(self.exclude_list.row(item))
        )
        self.form.addRow(
            self.tr("Also leave out:"),
            row(self, self.exclude_edit, self.exclude_add, self.exclude_list, stretch=False),
        )
        self._build_preview()
        self._fill_from_room()
        self.room_combo.currentIndexChanged.connect(self._fill_from_room)
        self.buffers_check.toggled.connect(self._buffers_toggled)
        self.repeat_check.toggled.connect(self._repeat_toggled)
        self._repeat_toggled(False)
        self._buffers_toggled(False)
        self._watch_rule()
        self._update_state()
        self.resize(980, 760)

    # ---- the preview table
    def _build_preview(self) -> None:
        self.model = OccurrenceModel(self)
        combo = self.room_combo
        self.model.room_names = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(OccurrenceModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(OccurrenceModel.ACTION, ActionDelegate(self.table))
        self.table.setItemDelegateForColumn(OccurrenceModel.MOVE_TO, TimeDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(OccurrenceModel.DETAILS, header.ResizeMode.Stretch)
        self.model.resolutions_changed.connect(self.preview)

        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.preview_button.clicked.connect(self.preview)
        self.skip_button = QPushButton(self.tr("S&kip every problem"), self)
        self.skip_button.clicked.connect(self.model.skip_all_problems)
        self.skip_selected_button = QPushButton(self.tr("Skip selected"), self)
        self.skip_selected_button.clicked.connect(lambda: self._resolve_selected(SKIPPING))
        self.keep_selected_button = QPushButton(self.tr("Keep selected as planned"), self)
        self.keep_selected_button.clicked.connect(lambda: self._resolve_selected(KEEP))
        self.problems_check = QCheckBox(self.tr("Only problems"), self)
        self.problems_check.toggled.connect(self._problems_only)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()

        tools = QHBoxLayout()
        for w in (
            self.preview_button,
            self.skip_button,
            self.skip_selected_button,
            self.keep_selected_button,
            self.problems_check,
        ):
            tools.addWidget(w)
        tools.addStretch(1)
        tools.addWidget(self.busy)
        layout = self.layout()
        for i in reversed(range(layout.count())):  # the form's stretch: the table takes it
            if layout.itemAt(i).spacerItem() is not None:
                layout.takeAt(i)
        at = layout.indexOf(self.buttons)
        layout.insertLayout(at, tools)
        layout.insertWidget(at + 1, self.summary)
        layout.insertWidget(at + 2, self.table, 1)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Create series"))

    def create_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    # ---- the rule
    def _watch_rule(self) -> None:
        for signal in (
            self.event_combo.currentIndexChanged,
            self.room_combo.currentIndexChanged,
            self.first_edit.dateChanged,
            self.until_edit.dateChanged,
            self.weeks_spin.valueChanged,
            self.until_radio.toggled,
            self.start_edit.timeChanged,
            self.repeat_check.toggled,
            self.every_spin.valueChanged,
            self.last_edit.timeChanged,
            self.duration_spin.valueChanged,
            self.capacity_spin.valueChanged,
            self.title_edit.textChanged,
            self.buffers_check.toggled,
            self.setup_spin.valueChanged,
            self.teardown_spin.valueChanged,
            self.outside_check.toggled,
            self.skip_closed_check.toggled,
            self.exclude_list.model().rowsInserted,
            self.exclude_list.model().rowsRemoved,
            *(c.toggled for c in self.day_checks),
        ):
            signal.connect(self._update_state)

    @Slot()
    def edit_closed_days(self) -> None:
        """The closed days of the chosen hall's venue; a preview made before is then stale."""
        from scipop.services.venues import VenueData
        from ui.dialogs.closed_days_dialog import ClosedDaysDialog

        room = self.room_combo.room()
        if room is None or room.venue_id is None:
            return
        venue = VenueData(id=room.venue_id, name=room.venue_name, name_en=room.venue_name_en)
        dialog = ClosedDaysDialog(self.ctx, venue, self)
        dialog.exec()
        if dialog.changed:
            self._previewed = None
            self._update_state()

    @Slot()
    def _fill_from_room(self, *_args) -> None:
        room = self.room_combo.room()
        self.room_hint.setText(room_hint(room))
        if room is None:
            return
        self.capacity_spin.setMaximum(room.capacity)
        self.capacity_spin.setValue(room.capacity)
        if not self.buffers_check.isChecked():
            self.setup_spin.setValue(room.setup_minutes)
            self.teardown_spin.setValue(room.teardown_minutes)

    @Slot(bool)
    def _buffers_toggled(self, on: bool) -> None:
        self.setup_spin.setEnabled(on)
        self.teardown_spin.setEnabled(on)
        if not on:
            self._fill_from_room()

    @Slot(bool)
    def _repeat_toggled(self, on: bool) -> None:
        self.every_spin.setEnabled(on)
        self.last_edit.setEnabled(on)

    @Slot()
    def _add_exclusion(self) -> None:
        text = self.exclude_edit.date().toString("yyyy-MM-dd")
        if not self.exclude_list.findItems(text, Qt.MatchFlag.MatchExactly):
            self.exclude_list.addItem(text)
            self.exclude_list.sortItems()

    def collect(self) -> RecurrenceRule:
        event_id = self.event_combo.event_id()
        if event_id == NO_ID:
            raise ValidationError("event_id", CHOOSE_EVENT)
        room_id = self.room_combo.room_id()
        if room_id == NO_ID:
            raise ValidationError("room_id", CHOOSE_ROOM)
        repeat = self.repeat_check.isChecked()
        buffers = self.buffers_check.isChecked()
        return RecurrenceRule(
            event_id=event_id,
            room_id=room_id,
            first_day=self.first_edit.date().toPython(),
            start_time=self.start_edit.time().toPython(),
            duration_minutes=self.duration_spin.value(),
            until=self.until_edit.date().toPython() if self.until_radio.isChecked() else None,
            weeks=self.weeks_spin.value() if self.weeks_radio.isChecked() else None,
            weekdays=tuple(i for i, c in enumerate(self.day_checks) if c.isChecked()),
            every_minutes=self.every_spin.value() if repeat else None,
            last_start=self.last_edit.time().toPython() if repeat else None,
            capacity=self.capacity_spin.value(),
            title=self.title_edit.text().strip(),
            setup_minutes=self.setup_spin.value() if buffers else None,
            teardown_minutes=self.teardown_spin.value() if buffers else None,
            outside_hours=self.outside_check.isChecked(),
            skip_closed_days=self.skip_closed_check.isChecked(),
            exclude_dates=tuple(
                date.fromisoformat(self.exclude_list.item(i).text())
                for i in range(self.exclude_list.count())
            ),
        )

    def set_weekdays(self, days: tuple[int, ...] = EVERY_DAY) -> None:
        for i, check in enumerate(self.day_checks):
            check.setChecked(i in days)

    # ---- preview (in a worker)
    def _rule_or_none(self) -> RecurrenceRule | None:
        try:
            return self.collect()
        except DomainError:
            return None

    @Slot()
    def preview(self) -> None:
        """Check every occurrence (with the resolutions chosen so far) in a worker."""
        self.clear_errors()
        try:
            rule = self.collect()
        except DomainError as exc:
            self.show_errors(exc)
            return
        resolutions = dict(self.model.resolutions)
        if self._previewed is not None and not _same_starts(self._previewed, rule):
            resolutions = {}  # the occurrences are different ones now
        self._start(
            QueryOp(
                self.ctx,
                self,
                lambda services: services.scheduling.preview_series(rule, resolutions),
                lambda result: self._previewed_ok(rule, resolutions, result),
            ).latest("preview")
        )

    def _start(self, op: Operation) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.drop()  # a newer preview, or the creation, wins
        self.operation = op
        op.failure(self._failed).ended.connect(lambda: self._busy(False))
        self._busy(True)
        op.run()

    def _previewed_ok(self, rule, resolutions, occurrences) -> None:
        self._previewed = rule
        self.model.set_preview(occurrences, resolutions)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(
            OccurrenceModel.DETAILS, self.table.horizontalHeader().ResizeMode.Stretch
        )
        self._update_state()

    def _failed(self, exc: Exception) -> None:
        self._busy(False)
        if isinstance(exc, SeriesRefused):
            self.preview()  # show where each problem is now
        self.show_errors(exc)
        self._update_state()

    def _busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.preview_button.setEnabled(not busy)
        self._working = busy
        self._update_state()

    @property
    def working(self) -> bool:
        return self._working

    # ---- state
    def fresh(self) -> bool:
        """The table shows the rule as it is in the form now."""
        rule = self._rule_or_none()
        return rule is not None and self._previewed is not None and rule == self._previewed

    @Slot()
    def _update_state(self, *_args) -> None:
        if not hasattr(self, "model"):
            return
        fresh = self.fresh()
        unresolved = self.model.unresolved()
        ok = fresh and not unresolved and self.model.to_create() > 0 and not self.working
        self.create_button().setEnabled(ok)
        self.skip_button.setEnabled(fresh and bool(unresolved))
        if self._previewed is None:
            text = self.tr("Press Preview to see every session the rule gives before creating it.")
        elif not fresh:
            text = self.tr("The rule has changed: press Preview again.")
        elif unresolved:
            text = self.tr(
                "%n occurrence(s) cannot be booked as planned. Skip or move each one "
                "(Action and Move to columns) before creating the series.",
                "",
                len(unresolved),
            )
        else:
            text = self.tr("%n session(s) will be created.", "", self.model.to_create())
        self.summary.setText(text)
        self.summary.setProperty("role", "error" if fresh and unresolved else "")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def _resolve_selected(self, action: str) -> None:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        changed = False
        for r in rows:
            index = self.model.index(r, OccurrenceModel.ACTION)
            if self.model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                o = self.model.row(r)
                self.model.resolve(o.index, None if action == KEEP else SKIP, emit=False)
                changed = True
        if changed:
            self.model.resolutions_changed.emit()

    @Slot(bool)
    def _problems_only(self, on: bool) -> None:
        self.proxy.set_predicate((lambda o: o.needs_resolution) if on else None)

    # ---- creating (in a worker)
    @Slot()
    def submit(self) -> None:
        self.clear_errors()
        if not self.fresh():
            self.preview()
            return
        rule = self._previewed
        resolutions = dict(self.model.resolutions)
        self.create_button().setEnabled(False)
        self._start(
            WriteOp(
                self.ctx,
                self,
                lambda services: services.scheduling.create_series(rule, resolutions),
                self._created,
            )
        )

    def _created(self, result) -> None:
        self.result_data = result
        self.accept()

    def reject(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.drop()  # a preview's late result is not wanted; a write ends unseen
        super().reject()


def _same_starts(a: RecurrenceRule, b: RecurrenceRule) -> bool:
    """The two rules give the same occurrences (so resolutions keyed by index still apply)."""
    return (
        a.room_id == b.room_id
        and a.starts() == b.starts()
        and a.duration_minutes == b.duration_minutes
    )
