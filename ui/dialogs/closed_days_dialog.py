"""A venue's closed days and public holidays: listed, added (a day or a range), removed.

Bookings on these days are refused unless allowed, and a series leaves them out (see
:mod:`scipop.scheduling.closed_days`). Every read and write runs off the GUI thread.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import DomainError, InvalidInput, ValidationError
from scipop.scheduling.closed_days import ClosedDayData, ClosedDaysAdded
from scipop.services.venues import VenueData
from ui.calendar.headers import WEEKDAYS_EN, WEEKDAYS_ZH
from ui.context import AppContext
from ui.dialogs.base import ErrorLabel, edited_signals
from ui.dialogs.pickers import date_edit
from ui.errors import error_text
from ui.i18n import display_name, is_chinese
from ui.models.base import ROW_ROLE, RowTableModel
from ui.operations import QueryOp, WriteOp


def day_text(day: date) -> str:
    """``2031-01-01 周三`` / ``2031-01-01 Wed``."""
    names = WEEKDAYS_ZH if is_chinese() else WEEKDAYS_EN
    return f"{day.isoformat()} {names[day.weekday()]}"


class ClosedDayModel(RowTableModel[ClosedDayData]):
    CONTEXT = "ClosedDayModel"
    DAY, REASON, APPLIES = range(3)
    HEADERS = (
        QT_TRANSLATE_NOOP("ClosedDayModel", "Day"),
        QT_TRANSLATE_NOOP("ClosedDayModel", "Reason"),
        QT_TRANSLATE_NOOP("ClosedDayModel", "Closes"),
    )

    def display(self, row: ClosedDayData, column: int) -> str | None:
        match column:
            case self.DAY:
                return day_text(row.day)
            case self.REASON:
                return row.reason
            case self.APPLIES:
                if row.venue_id is None:
                    return QCoreApplication.translate("ClosedDayModel", "Every venue")
                return QCoreApplication.translate("ClosedDayModel", "This venue")
        return None


class ClosedDaysDialog(QDialog):
    def __init__(self, ctx: AppContext, venue: VenueData, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.venue = venue
        self.changed = False  # something was added or removed (the page reloads the others)
        name = display_name(venue.name, venue.name_en)
        self.setWindowTitle(self.tr("Closed days and holidays: %1").replace("%1", name))

        intro = QLabel(
            self.tr(
                "No session can be booked on these days (unless allowed when booking), and a "
                "series leaves them out. Public holidays close every venue."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "hint")

        self.model = ClosedDayModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ClosedDayModel.REASON, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_remove())
        self.empty_label = QLabel(self.tr("No closed days yet: add the first one below."), self)
        self.empty_label.setProperty("role", "muted")
        self.remove_button = QPushButton(self.tr("&Remove selected"), self)
        self.remove_button.clicked.connect(self.remove_selected)

        today = date.today()
        self.first_edit = date_edit(self, today)
        self.last_edit = date_edit(self, today)
        self.first_edit.dateChanged.connect(self._first_changed)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setMaxLength(200)
        self.reason_edit.setPlaceholderText(self.tr("e.g. 元旦, 春节, maintenance"))
        self.all_check = QCheckBox(self.tr("Every venue (a public holiday)"), self)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.add)
        self.errors: dict[str, ErrorLabel] = {}
        add_box = QGroupBox(self.tr("Add days"), self)
        form = QFormLayout(add_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for field, label, widget in (
            ("first_day", self.tr("&From:"), self.first_edit),
            ("last_day", self.tr("&To:"), self.last_edit),
            ("reason", self.tr("R&eason:"), self.reason_edit),
        ):
            form.addRow(label, self._with_error(field, widget))
        form.addRow("", self.all_check)
        self.general_error = ErrorLabel(self)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        adding = QHBoxLayout()
        adding.addWidget(self.notice, 1)
        adding.addWidget(self.add_button)
        form.addRow(adding)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)

        row = QHBoxLayout()
        row.addWidget(self.empty_label)
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(add_box)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.resize(620, 560)
        self._update_remove()
        self.reload()

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(2)
        inner.addWidget(widget)
        error = ErrorLabel(box)
        inner.addWidget(error)
        self.errors[field] = error
        for signal in edited_signals(widget):  # fixed: the message goes
            signal.connect(lambda *_a, e=error: e.show_message(""))
        return box

    # ---- reading
    def reload(self) -> None:
        venue_id = self.venue.id
        QueryOp(self.ctx, self, lambda s: s.closed_days.list(venue_id), self._show).latest(
            "closed_days"
        ).run()

    def _show(self, rows: list[ClosedDayData]) -> None:
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        self._update_remove()

    def days(self) -> list[ClosedDayData]:
        return self.model.rows()

    def _update_remove(self) -> None:
        self.remove_button.setEnabled(bool(self.view.selectionModel().selectedRows()))

    @Slot()
    def _first_changed(self) -> None:
        if self.last_edit.date() < self.first_edit.date():
            self.last_edit.setDate(self.first_edit.date())

    # ---- writing
    @Slot()
    def add(self) -> None:
        first = _day(self.first_edit)
        last = _day(self.last_edit)
        reason = self.reason_edit.text()
        venue_id = None if self.all_check.isChecked() else self.venue.id
        self._clear_errors()
        WriteOp(
            self.ctx,
            self,
            lambda s: s.closed_days.add(first, last, reason, venue_id),
            self._added,
        ).failure(self._show_error).disabling(self.add_button, self.remove_button).run()

    def _added(self, result: ClosedDaysAdded) -> None:
        self.changed = True
        n = len(result.days)
        text = self.tr("%n day(s) closed.", "", n)
        if result.sessions_booked:
            text += " " + self.tr(
                "%n session(s) already booked on them stay: move or cancel them in the calendar.",
                "",
                result.sessions_booked,
            )
        self.notice.setText(text)
        self.reason_edit.clear()
        next_day = _day(self.last_edit) + timedelta(days=1)
        self.reload()
        self.first_edit.setDate(QDate(next_day.year, next_day.month, next_day.day))

    @Slot()
    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        ids = [self.model.index(r, 0).data(ROW_ROLE).id for r in rows]
        if not ids:
            return
        self._clear_errors()

        def removed(_result: Any) -> None:
            self.changed = True
            self.notice.setText(self.tr("%n day(s) open again.", "", len(ids)))
            self.reload()

        WriteOp(self.ctx, self, lambda s: s.closed_days.remove(ids), removed).failure(
            self._show_error
        ).disabling(self.add_button, self.remove_button).run()

    def _clear_errors(self) -> None:
        self.notice.setText("")
        self.general_error.show_message("")
        for error in self.errors.values():
            error.show_message("")

    def _show_error(self, exc: DomainError) -> None:
        errors = exc.errors if isinstance(exc, InvalidInput) else [exc]
        unplaced = []
        for e in errors:
            field = e.field if isinstance(e, ValidationError) else ""
            if field in self.errors:
                self.errors[field].show_message(error_text(e))
            else:
                unplaced.append(error_text(e))
        self.general_error.show_message("\n".join(unplaced))
        self.reload()

    def field_error(self, name: str) -> str:
        error = self.errors[name]
        return error.text() if not error.isHidden() else ""


def _day(edit: QDateEdit) -> date:
    return edit.date().toPython()
