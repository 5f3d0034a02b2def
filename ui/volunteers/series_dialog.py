"""Shifts for a series: "two door scanners for every Sphere show this month", previewed first.

Pick the sessions (an event and/or a hall, a period, weekdays), the role, how many people and
the skills; **Preview** lists every shift that would be made (in a worker), **Create** makes
them all in one go (all or nothing). Sessions that already have that shift are left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from scipop.errors import DomainError, ValidationError
from scipop.timeutil import local_zone, to_local
from scipop.volunteers.dto import ShiftSeriesSpec
from ui.calendar.headers import WEEKDAYS_EN, WEEKDAYS_ZH
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.dialogs.pickers import NO_ID, EventPicker, RoomPicker, date_edit, minutes_spin, row
from ui.i18n import display_name, is_chinese
from ui.operations import QueryOp
from ui.volunteers.models import VolunteerTableModel
from ui.volunteers.shift_dialog import expanding, role_combo
from ui.volunteers.texts import local_today, span_text
from ui.volunteers.widgets import table_view
from ui.widgets.plain_text import plain_label

CHOOSE_EVENT = QT_TRANSLATE_NOOP("errors", "No event is called '{name}'; choose one from the list.")
PREVIEW_FIRST = QT_TRANSLATE_NOOP("errors", "Preview the shifts before creating them.")


@dataclass
class PreviewLine:
    shift: object  # ShiftData
    session: str
    hall: str


class ShiftPreviewModel(VolunteerTableModel):
    CONTEXT = "ShiftPreviewModel"
    DAY, TIME, SESSION, HALL, ROLE, NEEDED = range(6)
    HEADERS = (
        QT_TRANSLATE_NOOP("ShiftPreviewModel", "Day"),
        QT_TRANSLATE_NOOP("ShiftPreviewModel", "Time"),
        QT_TRANSLATE_NOOP("ShiftPreviewModel", "Session"),
        QT_TRANSLATE_NOOP("ShiftPreviewModel", "Hall"),
        QT_TRANSLATE_NOOP("ShiftPreviewModel", "Role"),
        QT_TRANSLATE_NOOP("ShiftPreviewModel", "Needed"),
    )

    def display(self, line: PreviewLine, column: int):
        x = line.shift
        return (
            day_text(x.starts_at),
            span_text(x.starts_at, x.ends_at),
            line.session,
            line.hall,
            x.role,
            x.needed,
        )[column]

    def sort_key(self, line: PreviewLine, column: int):
        if column in (self.DAY, self.TIME):
            return line.shift.starts_at.isoformat()
        return super().sort_key(line, column)


def day_text(when: datetime) -> str:
    """``2030-12-05 周四`` / ``2030-12-05 Thu`` (local day)."""
    local = to_local(when)
    names = WEEKDAYS_ZH if is_chinese() else WEEKDAYS_EN
    return f"{local:%Y-%m-%d} {names[local.weekday()]}"


def preview_lines(services, spec: ShiftSeriesSpec) -> list[PreviewLine]:
    """Worker code: the shifts the spec would create, with their sessions' names."""
    shifts = services.shifts.preview_series(spec)
    ids = {x.session_id for x in shifts}
    zone = local_zone()
    lo = datetime.combine(spec.first_day, time(0), tzinfo=zone)
    hi = datetime.combine(spec.last_day + timedelta(days=1), time(0), tzinfo=zone)
    sessions = {
        x.id: x
        for x in services.sessions.list(
            start=lo, end=hi, event_id=spec.event_id, room_id=spec.room_id
        )
        if x.id in ids
    }
    lines = []
    for x in shifts:
        sess = sessions.get(x.session_id)
        title = display_name(sess.event_title, sess.event_title_en) if sess else ""
        if sess and sess.title:
            title = f"{title} · {sess.title}"
        hall = display_name(sess.room_name, sess.room_name_en) if sess else ""
        lines.append(PreviewLine(x, title, hall))
    return lines


class ShiftSeriesDialog(FormDialog):
    previewed = Signal()

    def __init__(
        self, ctx: AppContext, *, first_day: date | None = None, parent: QWidget | None = None
    ):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Shifts for a series"))
        services = ctx.services
        self.created: list = []
        self._previewed: ShiftSeriesSpec | None = None
        first_day = first_day or local_today()

        intro = QLabel(
            self.tr(
                "A shift for every session of an event (or in a hall) in a period, "
                "e.g. two door scanners for every Sphere show this month."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.form.addRow(intro)
        self.event_combo = self.add_field(
            "event_id", self.tr("&Event:"), expanding(EventPicker(services.events.list(), self))
        )
        self.event_combo.set_event(None)
        self.event_combo.lineEdit().setPlaceholderText(self.tr("Any event"))
        self.room_combo = self.add_field(
            "room_id", self.tr("&Hall:"), expanding(RoomPicker(services.rooms.list(), self))
        )
        self.room_combo.insertItem(0, self.tr("Any hall"), None)
        self.room_combo.setCurrentIndex(0)
        self.first_edit = date_edit(self, first_day)
        last = first_day.replace(day=28) + timedelta(days=4)
        self.last_edit = date_edit(self, last - timedelta(days=last.day))
        self.add_field(
            "first_day",
            self.tr("&From:"),
            row(self, self.first_edit, self.tr("to"), self.last_edit),
            focus=self.first_edit,
        )
        self.add_error_target("last_day", self.last_edit, self._fields["first_day"][1])
        names = WEEKDAYS_ZH if is_chinese() else WEEKDAYS_EN
        self.day_checks = [QCheckBox(n, self) for n in names]
        for c in self.day_checks:
            c.setChecked(True)
        self.add_field(
            "weekdays", self.tr("On:"), row(self, *self.day_checks), focus=self.day_checks[0]
        )
        self.role_combo = self.add_field("role", self.tr("&Role:"), role_combo(self))
        self.needed_spin = self.add_field("needed", self.tr("&People needed:"), QSpinBox(self))
        self.needed_spin.setRange(0, 999)
        self.needed_spin.setValue(2)
        self.skills_edit = self.add_field("skills", self.tr("Required s&kills:"), QLineEdit(self))
        self.skills_edit.setPlaceholderText(self.tr("e.g. 英语、急救 (optional)"))
        self.before_spin = minutes_spin(self, self.tr(" min before"), 720)
        self.after_spin = minutes_spin(self, self.tr(" min after"), 720)
        self.add_field(
            "start_before_minutes",
            self.tr("&Starts / ends:"),
            row(self, self.before_spin, self.after_spin),
            focus=self.before_spin,
        )
        self.add_error_target(
            "end_after_minutes", self.after_spin, self._fields["start_before_minutes"][1]
        )

        self.preview_model = ShiftPreviewModel(self)
        self.preview_view, _ = table_view(
            self,
            self.preview_model,
            stretch=ShiftPreviewModel.SESSION,
            widths={
                ShiftPreviewModel.DAY: "2026-12-01 周二",
                ShiftPreviewModel.TIME: "00:00–00:00",
                ShiftPreviewModel.HALL: "球幕/数字球 展厅",
                ShiftPreviewModel.ROLE: "检票员",
                ShiftPreviewModel.NEEDED: "00",
            },
        )
        self.preview_view.setMinimumHeight(200)
        self.summary = plain_label("", self)
        self.summary.setWordWrap(True)
        layout = self.layout()
        layout.takeAt(layout.count() - 2)  # the form's stretch: the preview grows instead
        layout.insertWidget(layout.count() - 1, self.preview_view, 1)
        layout.insertWidget(layout.count() - 1, self.summary)

        self.preview_button = QPushButton(self.tr("Pre&view"), self)
        self.buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.clicked.connect(self.preview)
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create shifts"))
        self.create_button.setEnabled(False)
        for signal in (
            self.event_combo.currentIndexChanged,
            self.room_combo.currentIndexChanged,
            self.first_edit.dateChanged,
            self.last_edit.dateChanged,
            self.role_combo.currentTextChanged,
            self.needed_spin.valueChanged,
            self.skills_edit.textChanged,
            self.before_spin.valueChanged,
            self.after_spin.valueChanged,
            *(c.toggled for c in self.day_checks),
        ):
            signal.connect(self._changed)
        self.resize(760, 720)

    def spec(self) -> ShiftSeriesSpec:
        event_id = self.event_combo.event_id()
        if event_id == NO_ID:
            text = self.event_combo.currentText().strip()
            if text:
                raise ValidationError("event_id", CHOOSE_EVENT, name=text)
            event_id = None
        return ShiftSeriesSpec(
            first_day=self.first_edit.date().toPython(),
            last_day=self.last_edit.date().toPython(),
            role=self.role_combo.currentText(),
            event_id=event_id,
            room_id=self.room_combo.currentData(),
            weekdays=tuple(i for i, c in enumerate(self.day_checks) if c.isChecked()),
            needed=self.needed_spin.value(),
            skills=self.skills_edit.text(),
            start_before_minutes=self.before_spin.value(),
            end_after_minutes=self.after_spin.value(),
        )

    @Slot()
    def _changed(self, *_args) -> None:
        if self._previewed is not None:
            self._previewed = None
            self.create_button.setEnabled(False)
            self.summary.setText(self.tr("Changed: preview again before creating."))

    @Slot()
    def preview(self) -> None:
        self.clear_errors()
        try:
            spec = self.spec()
        except DomainError as exc:
            self.show_errors(exc)
            return
        self.summary.setText(self.tr("Looking for the sessions…"))
        self.operation = (
            QueryOp(
                self.ctx,
                self,
                lambda s: (preview_lines(s, spec), len(s.shifts.series_existing(spec))),
                lambda r: self._shown(spec, *r),
            )
            .failure(self._preview_failed)
            .disabling(self.preview_button)
            .run()
        )

    def _preview_failed(self, exc: DomainError) -> None:
        self.preview_model.set_rows([])
        self.summary.setText("")
        self.show_errors(exc)
        self.previewed.emit()

    def _shown(self, spec: ShiftSeriesSpec, lines: list[PreviewLine], existing: int = 0) -> None:
        self.preview_model.set_rows(lines)
        self._previewed = spec
        self.create_button.setEnabled(bool(lines))
        if lines:
            text = self.tr("%n shift(s) will be created.", "", len(lines))
            if existing:
                text += " " + self.tr(
                    "%n session(s) already have this shift and are left out.", "", existing
                )
            self.summary.setText(text)
        elif existing:
            self.summary.setText(
                self.tr(
                    "All %n session(s) in that period already have this shift: nothing to create.",
                    "",
                    existing,
                )
            )
        else:
            self.summary.setText(
                self.tr(
                    "No session in that period needs a new “%1” shift: nothing to create."
                ).replace("%1", spec.role.strip())
            )
        self.previewed.emit()

    # ---- creating (FormDialog.submit calls plan, then write in a worker)
    def plan(self) -> ShiftSeriesSpec:
        if self._previewed is None:
            raise ValidationError("role", PREVIEW_FIRST)
        return self._previewed

    def write(self, services, spec: ShiftSeriesSpec):
        return services.shifts.create_series(spec)

    def _saved(self, result) -> None:
        self.created = list(result)
        super()._saved(result)
