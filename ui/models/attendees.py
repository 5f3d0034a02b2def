"""The Attendees table: a lazy model that reads rows a page at a time as the view scrolls.

It never holds all 100,000 rows: a :class:`Pager` hands out pages (by keyset, or from the keys
a filter matched) and ``fetchMore`` asks for the next one when the view nears the bottom.
Sorting is done where the rows are (``sort`` asks the page to re-run the search sorted).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from scipop.models import TicketStatus
from scipop.phones import display_phone
from scipop.registration.table_queries import AttendeeRow, AttendeeTable, Pager, RowKey
from scipop.tickets.codes import format_for_print
from scipop.timeutil import fmt_local
from ui.i18n import display_name
from ui.models.base import ID_ROLE, ROW_ROLE, HeaderedTableModel
from ui.ticket_labels import ticket_label

Index = QModelIndex | QPersistentModelIndex
NO_PARENT = QModelIndex()
PAGE = 200  # rows read each time the view scrolls near the end
FIRST_PAGE = 60  # a screenful: what a keystroke reads before the table is painted
MUTED = QColor("#7f8c8d")
WAITING = QColor("#b9770e")
KEY_ROLE = Qt.ItemDataRole.UserRole + 4  # the row's (attendee id, ticket id or 0)
# Plain ints: data() runs for every role of every visible cell at each paint.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_FONT = Qt.ItemDataRole.FontRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_ID, TICKET_ROW, _KEY = int(ID_ROLE), int(ROW_ROLE), int(KEY_ROLE)
_ASKED = frozenset((_FOREGROUND, _FONT, _ALIGN, _TOOLTIP, _ID, TICKET_ROW, _KEY))
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


def session_text(row: AttendeeRow) -> str:
    """``2030-12-05 10:00 · Event · Hall``, or "" without a ticket."""
    if row.starts_at is None:
        return ""
    event = display_name(row.event_title, row.event_title_en)
    hall = display_name(row.room_name, row.room_name_en)
    return f"{fmt_local(row.starts_at, '%Y-%m-%d %H:%M')} · {event} · {hall}"


def status_text(row: AttendeeRow) -> str:
    if row.status is None:
        return QCoreApplication.translate("AttendeeTableModel", "No ticket")
    if row.status == TicketStatus.WAITLISTED and row.waitlist_position:
        return QCoreApplication.translate("AttendeeTableModel", "Waiting list #%1").replace(
            "%1", str(row.waitlist_position)
        )
    return ticket_label(row.status)


def ticket_text(row: AttendeeRow) -> str:
    if row.kind is None:
        return ""
    if row.headcount > 1:
        return QCoreApplication.translate("AttendeeTableModel", "Group of %1").replace(
            "%1", str(row.headcount)
        )
    return ticket_label(row.kind)


class AttendeeTableModel(HeaderedTableModel[AttendeeRow]):
    CONTEXT = "AttendeeTableModel"
    NAME, PHONE, ORGANIZATION, CATEGORY, SESSION, TICKET, ARRIVED, STATUS, CODE = range(9)
    HEADERS = (
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Name"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Phone"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Organization / school"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Category"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Session"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Ticket"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Arrived"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Status"),
        QT_TRANSLATE_NOOP("AttendeeTableModel", "Code"),
    )
    # What each column sorts by (see scipop.registration.table_index.SORTS).
    SORTS = ("name", "phone", "organization", "category", "session", "ticket", "ticket",
             "status", "ticket")  # fmt: skip

    sort_requested = Signal(str, bool)  # sort key ("newest" for none), descending
    fetched = Signal(int)  # rows now loaded

    def __init__(self, table: AttendeeTable | None = None, parent=None):
        super().__init__(parent)
        self.table = table
        self.pager: Pager | None = None
        self._cells: dict[int, list[str]] = {}  # display texts of the rows painted so far
        self.mask_phones = False
        self._mono = QFont("monospace")
        self._mono.setStyleHint(QFont.StyleHint.TypeWriter)

    # ---- contents
    def set_pager(self, pager: Pager | None, *, at_least: int = FIRST_PAGE) -> None:
        """Show the pager's rows: reset, then read the first page (or more, to keep a place)."""
        self.beginResetModel()
        self.pager = pager
        self._rows = []
        self._cells.clear()
        if pager is not None:
            while len(self._rows) < at_least and pager.has_more:
                self._rows += pager.next_page(at_least - len(self._rows))
        self.endResetModel()
        self.fetched.emit(len(self._rows))

    def continue_with(self, pager: Pager) -> None:
        """Take over ``pager`` for the rows after those loaded (the same rows, in the same order:
        e.g. the search index is ready and now knows every key)."""
        self.pager = pager

    @property
    def total(self) -> int:
        """All rows the pager holds, loaded or not."""
        return self.pager.total if self.pager is not None else 0

    def loaded_keys(self) -> list[RowKey]:
        return [r.key for r in self._rows]

    def row(self, index: int) -> AttendeeRow:
        return self._rows[index]

    def row_of_key(self, key: RowKey) -> int:
        return next((i for i, r in enumerate(self._rows) if r.key == key), -1)

    def row_of_ticket(self, ticket_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.ticket_id == ticket_id), -1)

    def refresh(self, keys: list[RowKey] | None = None) -> None:
        """Read the loaded rows (or those of ``keys``) again, e.g. after a cancel or a move."""
        if self.table is None or not self._rows:
            return
        wanted = set(keys) if keys is not None else None
        targets = [r.key for r in self._rows if wanted is None or r.key in wanted]
        fresh = {r.key: r for r in self.table.rows(targets)}
        for i, r in enumerate(self._rows):
            if r.key in fresh:
                self._rows[i] = fresh[r.key]
                self._cells.pop(i, None)
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))

    def set_mask_phones(self, mask: bool) -> None:
        self.mask_phones = mask
        self._cells.clear()
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.PHONE), self.index(len(self._rows) - 1, self.PHONE)
            )

    def retranslate(self) -> None:
        self._cells.clear()
        super().retranslate()

    # ---- lazy loading
    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and self.pager is not None and self.pager.has_more

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if parent.isValid() or self.pager is None or not self.pager.has_more:
            return
        rows = self.pager.next_page(PAGE)
        if rows:
            first = len(self._rows)
            self.beginInsertRows(NO_PARENT, first, first + len(rows) - 1)
            self._rows += rows
            self.endInsertRows()
        self.fetched.emit(len(self._rows))

    # ---- sorting happens where the rows are
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORTS[column] if 0 <= column < len(self.SORTS) else "newest"
        self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    # ---- Qt interface
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        r = index.row()
        if not 0 <= r < len(self._rows):
            return None
        role = int(role)
        if role == _DISPLAY:
            cells = self._cells.get(r)
            if cells is None:
                row = self._rows[r]
                cells = self._cells[r] = [self.display(row, c) for c in range(len(self.HEADERS))]
            return cells[index.column()]
        if role not in _ASKED:
            return None
        row = self._rows[r]
        column = index.column()
        if role == _FOREGROUND:
            if row.status == TicketStatus.CANCELLED or (
                row.status is None and column == self.STATUS
            ):
                return MUTED
            if row.status == TicketStatus.WAITLISTED and column == self.STATUS:
                return WAITING
            return None
        if role == _FONT:
            return self._mono if column == self.CODE and row.code else None
        if role == _ALIGN:
            return _RIGHT if column == self.ARRIVED else None
        if role == _TOOLTIP:
            return self.tooltip(row, column)
        if role == _ID:
            return row.ticket_id
        if role == TICKET_ROW:
            return row
        return row.key  # KEY_ROLE

    def display(self, row: AttendeeRow, column: int) -> str:
        match column:
            case self.NAME:
                return row.name
            case self.PHONE:
                return row.phone_masked if self.mask_phones else display_phone(row.phone)
            case self.ORGANIZATION:
                return row.organization
            case self.CATEGORY:
                return ticket_label(row.category)
            case self.SESSION:
                return session_text(row)
            case self.TICKET:
                return ticket_text(row)
            case self.ARRIVED:
                return f"{row.arrived} / {row.headcount}" if row.has_ticket else ""
            case self.STATUS:
                return status_text(row)
            case self.CODE:
                return format_for_print(row.code) if row.code else ""
        return ""

    def tooltip(self, row: AttendeeRow, column: int) -> str | None:
        if column == self.SESSION and row.starts_at is not None:
            end = fmt_local(row.ends_at, "%H:%M") if row.ends_at else ""
            return "\n".join(
                (
                    display_name(row.event_title, row.event_title_en),
                    f"{fmt_local(row.starts_at, '%Y-%m-%d %H:%M')}–{end}",
                    display_name(row.room_name, row.room_name_en),
                )
            )
        text = self.display(row, column)
        return text if len(text) > 16 else None
