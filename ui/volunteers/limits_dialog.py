"""The rules' limits every PC shares: hours a day, hours in a row, how early a badge checks in."""

from __future__ import annotations

from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox, QWidget

from scipop.app import Services
from scipop.volunteers.settings import Limits
from ui.context import AppContext
from ui.dialogs.base import FormDialog
from ui.widgets.plain_text import plain_label


def _hours(parent: QWidget, value: float, suffix: str) -> QDoubleSpinBox:
    box = QDoubleSpinBox(parent)
    box.setRange(1, 24)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setValue(value)
    box.setSuffix(suffix)
    return box


class LimitsDialog(FormDialog):
    """Past these a staff member is warned (and asked) before assigning someone."""

    def __init__(self, ctx: AppContext, limits: Limits, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Volunteer rules"))
        note = plain_label(
            self.tr(
                "Assigning someone past these limits asks first. They apply on every PC "
                "that uses this database."
            ),
            self,
        )
        note.setWordWrap(True)
        self.form.addRow(note)
        self.day_box = self.add_field(
            "max_hours_per_day",
            self.tr("Most hours in one &day:"),
            _hours(self, limits.max_hours_per_day, self.tr(" h")),
        )
        self.run_box = self.add_field(
            "max_consecutive_hours",
            self.tr("Most hours in a &row:"),
            _hours(self, limits.max_consecutive_hours, self.tr(" h")),
        )
        window = QSpinBox(self)
        window.setRange(0, 720)
        window.setSingleStep(15)
        window.setValue(limits.checkin_window_minutes)
        window.setSuffix(self.tr(" min"))
        self.window_box = self.add_field(
            "checkin_window_minutes", self.tr("Badge check-in opens &before a shift:"), window
        )
        self.resize(480, 0)

    def collect(self) -> Limits:
        return Limits(self.day_box.value(), self.run_box.value(), self.window_box.value())

    def write(self, services: Services, data: Limits) -> Limits:
        return services.volunteer_settings.set_limits(
            max_hours_per_day=data.max_hours_per_day,
            max_consecutive_hours=data.max_consecutive_hours,
            checkin_window_minutes=data.checkin_window_minutes,
        )
