"""Table models of the Reports and Dashboard pages."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from scipop.models import EventKind
from scipop.reports.dashboard import DashboardSession, HallOccupancy
from scipop.reports.survey import SurveyCategory
from scipop.timeutil import fmt_local
from ui.i18n import display_name
from ui.labels import label
from ui.models.base import Index, RowTableModel

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter

SURVEY_LABELS = {
    SurveyCategory.LECTURE: QT_TRANSLATE_NOOP("SurveyCategory", "Lectures (科普(技)讲座)"),
    SurveyCategory.EXHIBITION: QT_TRANSLATE_NOOP(
        "SurveyCategory", "Special exhibitions (科普(技)专题展览)"
    ),
    SurveyCategory.COMPETITION: QT_TRANSLATE_NOOP("SurveyCategory", "Competitions (科普(技)竞赛)"),
    SurveyCategory.TRAINING: QT_TRANSLATE_NOOP("SurveyCategory", "Trainings (实用技术培训)"),
    SurveyCategory.OPEN_DAY: QT_TRANSLATE_NOOP(
        "SurveyCategory", "Open days of research institutes (科研机构向社会开放)"
    ),
    SurveyCategory.EXCHANGE: QT_TRANSLATE_NOOP(
        "SurveyCategory", "International exchanges (科普国际交流)"
    ),
    SurveyCategory.NONE: QT_TRANSLATE_NOOP("SurveyCategory", "Not counted"),
}


def survey_label(category: SurveyCategory) -> str:
    return QCoreApplication.translate("SurveyCategory", SURVEY_LABELS[category])


def percent(value: float) -> str:
    return f"{value * 100:.1f} %"


@dataclass(frozen=True)
class FigureRow:
    label: str
    value: str


class FiguresModel(RowTableModel[FigureRow]):
    """The key figures of the chosen scope: one figure a row."""

    CONTEXT = "FiguresModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("FiguresModel", "Figure"),
        QT_TRANSLATE_NOOP("FiguresModel", "Value"),
    )

    def display(self, row: FigureRow, column: int) -> str:
        return row.label if column == 0 else row.value

    def extra(self, row: FigureRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return RIGHT
        return None


class TodaySessionsModel(RowTableModel[DashboardSession]):
    CONTEXT = "TodaySessionsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("TodaySessionsModel", "Time"),
        QT_TRANSLATE_NOOP("TodaySessionsModel", "Event"),
        QT_TRANSLATE_NOOP("TodaySessionsModel", "Hall"),
        QT_TRANSLATE_NOOP("TodaySessionsModel", "Checked in"),
        QT_TRANSLATE_NOOP("TodaySessionsModel", "Capacity"),
        QT_TRANSLATE_NOOP("TodaySessionsModel", "Registered"),
        QT_TRANSLATE_NOOP("TodaySessionsModel", "Fill rate"),
    )
    TIME, EVENT, HALL, CHECKED_IN, CAPACITY, REGISTERED, FILL = range(7)

    def display(self, row: DashboardSession, column: int) -> str | int | None:
        if column == self.TIME:
            return f"{fmt_local(row.starts_at, '%H:%M')}–{fmt_local(row.ends_at, '%H:%M')}"
        if column == self.EVENT:
            return display_name(row.event_title, row.event_title_en)
        if column == self.HALL:
            return display_name(row.room_name, row.room_name_en)
        if column == self.CHECKED_IN:
            return row.checked_in
        if column == self.CAPACITY:
            return row.capacity
        if column == self.REGISTERED:
            return row.registered
        return percent(row.fill_rate)

    def extra(self, row: DashboardSession, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.CHECKED_IN:
            return RIGHT
        return None


class HallsModel(RowTableModel[HallOccupancy]):
    CONTEXT = "HallsModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("HallsModel", "Hall"),
        QT_TRANSLATE_NOOP("HallsModel", "Inside now"),
        QT_TRANSLATE_NOOP("HallsModel", "Capacity"),
        QT_TRANSLATE_NOOP("HallsModel", "Occupancy"),
        QT_TRANSLATE_NOOP("HallsModel", "Sessions on"),
    )

    def display(self, row: HallOccupancy, column: int) -> str | int | None:
        return [
            display_name(row.name, row.name_en),
            row.present,
            row.capacity,
            percent(row.rate),
            row.sessions_now,
        ][column]

    def extra(self, row: HallOccupancy, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 1:
            return RIGHT
        return None


class MappingModel(RowTableModel[tuple[EventKind, SurveyCategory]]):
    """Event kind → survey category; the category column is edited with a combo box."""

    CONTEXT = "MappingModel"
    HEADERS = (
        QT_TRANSLATE_NOOP("MappingModel", "Event kind"),
        QT_TRANSLATE_NOOP("MappingModel", "Counts in the survey as"),
    )
    CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 10

    def set_mapping(self, mapping: dict[EventKind, SurveyCategory]) -> None:
        self.set_rows([(kind, mapping.get(kind, SurveyCategory.NONE)) for kind in EventKind])

    def mapping(self) -> dict[EventKind, SurveyCategory]:
        return dict(self._rows)

    def display(self, row: tuple[EventKind, SurveyCategory], column: int) -> str:
        return label(row[0]) if column == 0 else survey_label(row[1])

    def extra(self, row: tuple[EventKind, SurveyCategory], column: int, role: int) -> Any:
        if role in (self.CATEGORY_ROLE, Qt.ItemDataRole.EditRole) and column == 1:
            return row[1].value
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 1:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() != 1:
            return False
        if str(value) not in SurveyCategory._value2member_map_:
            return False
        kind, _old = self._rows[index.row()]
        self._rows[index.row()] = (kind, SurveyCategory(str(value)))
        self.dataChanged.emit(index, index)
        return True
