"""Choosing an event and a room in the scheduling dialogs; the widgets both dialogs share."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from scipop.services.events import EventData
from scipop.services.venues import RoomData
from scipop.timeutil import local_zone
from ui.dialogs.event_dialog import color_icon
from ui.i18n import display_name
from ui.widgets.popup_width import fit_popup

if TYPE_CHECKING:
    from scipop.app import Services

NO_ID = -1

ScheduleChoices = tuple[list[EventData], list[RoomData]]


def read_schedule_choices(services: Services) -> ScheduleChoices:
    """The events and halls a session or series may name: read in a worker by the page that
    opens the dialog (see ui.operations), then passed to it."""
    return services.events.list(), services.rooms.list()


class EventPicker(QComboBox):
    """Events by title; type part of a title (Chinese or English) to find one."""

    def __init__(self, events: list[EventData], parent: QWidget | None = None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.events = {e.id: e for e in events}
        for e in sorted(events, key=lambda e: display_name(e.title, e.title_en).casefold()):
            text = display_name(e.title, e.title_en)
            if e.program_color:
                self.addItem(color_icon(e.program_color), text, e.id)
            else:
                self.addItem(text, e.id)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, self.sizePolicy().verticalPolicy())
        fit_popup(self)

    def event_id(self) -> int:
        """The chosen event's id; NO_ID when the text names none."""
        index = self.findText(self.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return self.itemData(index) if index >= 0 else NO_ID

    def set_event(self, event_id: int | None) -> None:
        index = self.findData(event_id) if event_id is not None else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText("")


class RoomPicker(QComboBox):
    """Rooms as "venue · room"; ``room()`` gives the chosen room's data."""

    def __init__(self, rooms: list[RoomData], parent: QWidget | None = None):
        super().__init__(parent)
        self.rooms = {r.id: r for r in rooms}
        venues = {r.venue_id for r in rooms}
        for r in sorted(rooms, key=lambda r: (r.venue_id or 0, r.id or 0)):
            name = display_name(r.name, r.name_en)
            if len(venues) > 1:
                name = f"{display_name(r.venue_name, r.venue_name_en)} · {name}"
            self.addItem(name, r.id)
            self.setItemData(self.count() - 1, name, Qt.ItemDataRole.ToolTipRole)
        self.setMinimumContentsLength(28)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        # The form gives it the dialog's width ("venue · hall" names are long); the list fits all.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, self.sizePolicy().verticalPolicy())
        fit_popup(self)

    def room(self) -> RoomData | None:
        return self.rooms.get(self.currentData())

    def room_id(self) -> int:
        value = self.currentData()
        return value if value is not None else NO_ID

    def set_room(self, room_id: int | None) -> None:
        index = self.findData(room_id) if room_id is not None else -1
        self.setCurrentIndex(max(index, 0))


def room_hint(room: RoomData | None) -> str:
    """ "Open 09:00–17:30 · 60 places · setup 0 / teardown 5 min" for the hint under a room."""
    from PySide6.QtCore import QCoreApplication

    if room is None:
        return ""
    text = (
        QCoreApplication.translate("RoomPicker", "Open %1–%2 · %3 places · buffers %4 / %5 min")
        .replace("%1", room.opens_at.strftime("%H:%M"))
        .replace("%2", room.closes_at.strftime("%H:%M"))
        .replace("%3", str(room.capacity))
        .replace("%4", str(room.setup_minutes))
        .replace("%5", str(room.teardown_minutes))
    )
    if room.shareable:
        text += QCoreApplication.translate("RoomPicker", " · shared hall (overlaps allowed)")
    return text


def date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd ddd")  # "2026-12-10 周四" / "2026-12-10 Thu"
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


def time_edit(parent: QWidget, value: time) -> QTimeEdit:
    edit = QTimeEdit(parent)
    edit.setDisplayFormat("HH:mm")
    edit.setTime(QTime(value.hour, value.minute))
    return edit


def minutes_spin(parent: QWidget, suffix: str, maximum: int = 240) -> QSpinBox:
    spin = QSpinBox(parent)
    spin.setRange(0, maximum)
    spin.setSingleStep(5)
    spin.setSuffix(suffix)
    return spin


def local_datetime(day: date, at: time) -> datetime:
    return datetime.combine(day, at, tzinfo=local_zone())


def row(parent: QWidget, *widgets: QWidget | str, stretch: bool = True) -> QWidget:
    """Widgets (or label texts) side by side in one form row."""
    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        layout.addWidget(QLabel(w, box) if isinstance(w, str) else w)
    if stretch:
        layout.addStretch(1)
    return box
