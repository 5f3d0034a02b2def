"""The Attendees table: a lazy model that reads rows a page at a time as the view scrolls.

It never holds all 100,000 rows: a :class:`Pager` hands out pages (by keyset, or from the keys
a filter matched) and ``fetchMore`` asks for the next one when the view nears the bottom.
Every read runs off the GUI thread (see :mod:`ui.operations`); a newer filter's rows win.
Sorting is done where the rows are (``sort`` asks the page to re-run the search sorted).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QWidget

from scipop.models import TicketStatus
from scipop.phones import display_phone
from scipop.registration.table_queries import AttendeeRow, AttendeeTable, Pager, RowKey
from scipop.tickets.codes import format_for_print
from scipop.timeutil import fmt_local
from ui.i18n import display_name
from ui.models.base import ID_ROLE, ROW_ROLE, HeaderedTableModel
from ui.operations import OperationTracker, QueryOp
from ui.ticket_labels import ticket_label

if TYPE_CHECKING:
    from ui.context import AppContext

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
_ROWS, _MORE, _FRESH = "attendee_rows", "attendee_more", "attendee_fresh"  # operation keys
_KEYS = (_ROWS, _MORE, _FRESH)
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

    def __init__(
        self,
        table: AttendeeTable | None = None,
        parent: QObject | None = None,
        ctx: AppContext | None = None,
    ):
        super().__init__(parent)
        self.table = table
        self.ctx = ctx  # reads run in workers through it; without one (headless) in place
        self.pager: Pager | None = None
        self._cells: dict[int, list[str]] = {}  # display texts of the rows painted so far
        self.mask_phones = False
        self._mono = QFont("monospace")
        self._mono.setStyleHint(QFont.StyleHint.TypeWriter)
        self._fetching = False
        # The page shows the busy cursor while its rows are read.
        self._owner: QObject = parent if isinstance(parent, QWidget) else self

    def _read(self, key: str, read: Callable[[], Any], done: Callable[[Any], None]) -> None:
        """Run ``read`` off the GUI thread, then ``done``; a newer ``key`` read wins."""
        if self.ctx is None:
            done(read())
            return
        QueryOp(self.ctx, self._owner, lambda _services: read(), done).latest(key).run()

    def code_font(self) -> QFont:
        """The monospace font the codes are shown in."""
        return self._mono

    @property
    def loading(self) -> bool:
        """Rows are being read (a new filter's, more of them, or fresh ones)."""
        tracker = OperationTracker.find(self._owner)
        return tracker is not None and any(k in tracker.latest for k in _KEYS)

    # ---- contents
    def set_pager(
        self,
        pager: Pager | None,
        *,
        at_least: int = FIRST_PAGE,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Show the pager's rows: read the first page (or more, to keep a place), then reset.

        The rows shown stay until the new ones are read; a newer pager wins.
        """
        tracker = OperationTracker.find(self._owner)
        if tracker is not None:
            tracker.drop(_MORE)  # the old pager's next page is not wanted
            tracker.drop(_FRESH)

        def read() -> list[AttendeeRow]:
            rows: list[AttendeeRow] = []
            while pager is not None and len(rows) < at_least and pager.has_more:
                rows += pager.next_page(at_least - len(rows))
            return rows

        def done(rows: list[AttendeeRow]) -> None:
            self.beginResetModel()
            self.pager = pager
            self._rows = rows
            self._cells.clear()
            self.endResetModel()
            self.fetched.emit(len(self._rows))
            if then is not None:
                then()

        self._read(_ROWS, read, done)

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
        table = self.table
        self._read(_FRESH, lambda: table.rows(targets), self._refreshed)

    def _refreshed(self, rows: list[AttendeeRow]) -> None:
        fresh = {r.key: r for r in rows}
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
        """Read the next page in a worker (one at a time); the rows are appended when read."""
        pager = self.pager
        if parent.isValid() or pager is None or not pager.has_more or self._fetching:
            return
        self._fetching = True

        def done(rows: list[AttendeeRow]) -> None:
            self._fetching = False
            if pager is not self.pager:
                return  # a new filter was shown meanwhile
            if rows:
                first = len(self._rows)
                self.beginInsertRows(NO_PARENT, first, first + len(rows) - 1)
                self._rows += rows
                self.endInsertRows()
            self.fetched.emit(len(self._rows))

        self._read(_MORE, lambda: pager.next_page(PAGE), done)
        if self.ctx is not None:
            tracker = OperationTracker.of(self._owner)
            tracker.latest[_MORE].ended.connect(self._fetch_ended)

    @Slot()
    def _fetch_ended(self) -> None:
        self._fetching = False  # also when dropped for a newer pager

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
