"""Attendees: every attendee and ticket, filtered as you type, with each ticket's scans.

The table is lazy (see :mod:`ui.models.attendees`): opening shows the newest rows at once
while the search index is built in a worker; a filter keystroke then runs in memory
(:mod:`scipop.registration.table_index`) and only the rows in view are read. The write
actions live in :mod:`ui.pages.attendee_actions`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from scipop.registration.table_queries import AttendeeRow, Pager, RowKey
from scipop.tickets.codes import CODE_LENGTH, PREFIX, format_for_print
from ui.context import AppContext
from ui.models.attendee_search import AttendeeSearch
from ui.models.attendees import FIRST_PAGE, AttendeeTableModel
from ui.operations import OperationTracker, QueryOp
from ui.pages.base import EditActions, Page
from ui.settings import ATTENDEES_MASK_PHONES, ATTENDEES_SPLITTER
from ui.widgets.mnemonics import toolbar_mnemonics
from ui.widgets.session_combo import SessionCombo, describe_session
from ui.widgets.ticket_panel import TicketPanel

FILTER_DELAY_MS = 150
INDEX_DELAY_MS = 100
KEEP_AT_MOST = 5000  # rows re-read to keep the user's place after a change
SAMPLE_CODE = PREFIX + "W" * (CODE_LENGTH - len(PREFIX))  # as wide as a code gets


class AttendeesPage(Page):
    filtered = Signal()  # the rows matching the filter are shown

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.rows_source = ctx.services.attendee_table
        self.model = AttendeeTableModel(self.rows_source, self, ctx)
        self.search = AttendeeSearch(ctx, self)
        self.search.index_ready.connect(self._index_ready)
        self._sort: tuple[str, bool] = ("newest", False)
        self._pending = False
        self._select_after: RowKey | None = None
        self._shown_key: RowKey | None = None

        self.notice = QLabel(self)
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)  # names of people
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter by name, phone, school, session or code…")
        )
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(FILTER_DELAY_MS)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _t: self.filter_timer.start())
        self.session_filter = SessionCombo(self, all_text=self.tr("All sessions"))
        self.session_filter.setMinimumContentsLength(34)
        self.session_filter.session_changed.connect(lambda _s: self.apply_filter())
        self.count_label = QLabel(self)
        self.count_label.setProperty("role", "muted")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        widest = self.tr("%1 of %2 rows").replace("%1", "888,888").replace("%2", "888,888")
        self.count_label.setMinimumWidth(self.count_label.fontMetrics().horizontalAdvance(widest))

        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSortIndicatorShown(True)
        header.setSortIndicatorClearable(True)
        self.view.setSortingEnabled(True)
        self._fitting = False
        self._user_sized = False
        header.sectionResized.connect(self._section_resized)
        self._refit = QTimer(self)  # the window or the splitter changed the table's width
        self._refit.setSingleShot(True)
        self._refit.setInterval(50)
        self._refit.timeout.connect(self._fit_columns)
        self.model.sort_requested.connect(self._sort_requested)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.fetched.connect(lambda _n: self._update_count())
        self.model.modelReset.connect(self._update_count)
        self.model.dataChanged.connect(lambda *_a: self._show_current())

        self.panel = TicketPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 340])
        state = ctx.settings.get(ATTENDEES_SPLITTER)
        if not state.isEmpty():
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_a: ctx.settings.set(ATTENDEES_SPLITTER, self.splitter.saveState())
        )
        self.splitter.splitterMoved.connect(lambda *_a: self._refit.start())

        self.mask_check = QCheckBox(self.tr("Mask phones"), self)
        self.mask_check.setToolTip(self.tr("Mask phone numbers"))
        self.mask_check.setToolTip(
            self.tr("Show 138****5678 instead of the full number, e.g. when sharing the screen.")
        )
        self.mask_check.setChecked(ctx.settings.get(ATTENDEES_MASK_PHONES))
        self.model.set_mask_phones(self.mask_check.isChecked())
        self.mask_check.toggled.connect(self._mask_toggled)

        from ui.pages.attendee_actions import AttendeeActions

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions = AttendeeActions(self)
        self.actions.fill_toolbar(self.toolbar)
        self.mnemonics = toolbar_mnemonics(self.toolbar, self)  # Alt+R registers, etc.
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self.actions.context_menu)
        self.view.doubleClicked.connect(lambda _i: self.panel.setFocus())

        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 3)
        filters.addWidget(self.session_filter, 2)
        filters.addWidget(self.count_label)
        bar = QHBoxLayout()
        bar.addWidget(self.toolbar, 1)
        bar.addWidget(self.mask_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addLayout(filters)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)
        self._update_count()
        self.actions.update_enabled()

    def edit_actions(self) -> EditActions:
        return EditActions(new=self.actions.register_action)

    # ---- loading
    def reload(self) -> None:
        """Show the rows now (the newest first until the index is ready), rebuild the index."""
        if not self.search.ready:
            self.model.set_pager(Pager.everything(self.rows_source), then=self._first_rows_shown)
        else:
            self.model.refresh()
            self.search.rebuild()
        self._update_count()

    def _first_rows_shown(self) -> None:
        self._fit_columns()
        # Index once the rows are on screen: the worker would slow the first paint.
        QTimer.singleShot(INDEX_DELAY_MS, self, self.search.rebuild)

    def after_write(self, select: RowKey | None = None) -> None:
        """A change was saved here: show fresh rows now, the re-sorted table when indexed."""
        self._select_after = select
        self.model.refresh()
        self._show_current()
        self.search.rebuild()
        self.data_changed.emit()

    @Slot()
    def _index_ready(self) -> None:
        index = self.search.index
        assert index is not None
        self.session_filter.set_items(
            (
                c.id,
                describe_session(
                    c.starts_at, c.event_title, c.event_title_en, c.room_name, c.room_name_en
                ),
                "",
            )
            for c in index.session_choices()
        )
        self._pending = False
        self.apply_filter(keep_place=True, then=self._select_after_write)

    def _select_after_write(self) -> None:
        if self._select_after is not None:
            self.select_key(self._select_after)
            self._select_after = None

    # ---- filtering and sorting
    def query(self) -> tuple[str, int | None, str, bool]:
        return (self.filter_edit.text(), self.session_filter.session_id(), *self._sort)

    @Slot()
    def apply_filter(
        self, keep_place: bool = False, then: Callable[[], None] | None = None
    ) -> None:
        """Match the filter now (the typing timer calls this 150 ms after the last key).

        The matching rows are read in a worker; the newest filter's rows are shown.
        """
        self.filter_timer.stop()
        if not self.search.ready:
            self._pending = True
            self._update_count()
            return
        text, session_id, sort, descending = self.query()
        keys = self.search.match(text, session_id, sort, descending)
        selected = self.selected_keys()
        loaded = self.model.loaded_keys()
        if keep_place and loaded and loaded == keys[: len(loaded)]:
            # The same rows in the same order: read on from there, no reset, no flicker.
            self.model.continue_with(Pager.of_keys(self.rows_source, keys, len(loaded)))
            self.model.refresh()
            self._filtered(then)
            return

        def shown() -> None:
            if not keep_place:
                self.view.scrollToTop()
            for key in selected:
                self.select_key(key, add=True)
            self._filtered(then)

        # Keep the user's place, but always read a screenful: a table that showed nothing
        # (an empty database, a filter that matched nobody) must show the rows that came.
        at_least = max(FIRST_PAGE, min(len(loaded), KEEP_AT_MOST)) if keep_place else FIRST_PAGE
        self.model.set_pager(Pager.of_keys(self.rows_source, keys), at_least=at_least, then=shown)

    def _filtered(self, then: Callable[[], None] | None) -> None:
        self._update_count()
        self._show_current(only_if_moved=True)
        if then is not None:
            then()
        self.filtered.emit()

    @Slot(str, bool)
    def _sort_requested(self, sort: str, descending: bool) -> None:
        if (sort, descending) != self._sort:
            self._sort = (sort, descending)
            self.apply_filter()

    @Slot()
    def _update_count(self) -> None:
        total = self.model.total
        if self._pending or (not self.search.ready and self.query()[:2] != ("", None)):
            text = self.tr("Preparing the search…")
        elif self.search.ready and len(self.search.index or ()) != total:
            text = (
                self.tr("%1 of %2 rows")
                .replace("%1", f"{total:,}")
                .replace("%2", f"{len(self.search.index or ()):,}")
            )
        else:
            text = self.tr("%1 rows").replace("%1", f"{total:,}")
        self.count_label.setText(text)
        # no one registered at all: the side panel would have nothing to show, and the table
        # needs its room for every header
        nobody = total == 0 and not self._pending and self.query()[:2] == ("", None)
        if self.panel.isHidden() != nobody:
            self.panel.setHidden(nobody)
            self._refit.start()

    def _fit_columns(self) -> None:
        """Columns as wide as the rows need; the long texts (schools, sessions) give way only
        when the table lacks room, and no further than their caps (then it scrolls). A code
        and a session are measured as any ticket's would be, not only the first rows': those
        may hold no ticket. Once the user resizes a column, the widths are theirs."""
        if self._user_sized:
            return
        view, model = self.view, self.model
        digit = view.fontMetrics().horizontalAdvance("0")
        caps = {
            AttendeeTableModel.ORGANIZATION: 18 * digit,
            AttendeeTableModel.SESSION: 26 * digit,
        }
        header = view.horizontalHeader()
        header.setResizeContentsPrecision(40)  # look at a screenful of rows, not thousands
        code = QFontMetrics(model.code_font()).horizontalAdvance(format_for_print(SAMPLE_CODE))
        at_least = {
            AttendeeTableModel.CODE: code + 2 * digit,
            AttendeeTableModel.SESSION: caps[AttendeeTableModel.SESSION],
        }
        if not model.rowCount():  # no one yet: the headers only, all of them in sight
            at_least = {}
        # a header's own hint has its margins and the sort arrow's room: no padding on top
        widths = [
            max(view.sizeHintForColumn(c) + 8, header.sectionSizeHint(c), at_least.get(c, 0) + 8)
            for c in range(model.columnCount())
        ]
        caps = {c: max(cap, header.sectionSizeHint(c) - 8) for c, cap in caps.items()}
        over = sum(widths) - view.viewport().width()
        for column in (AttendeeTableModel.SESSION, AttendeeTableModel.ORGANIZATION):
            give = min(max(over, 0), max(widths[column] - caps[column] - 8, 0))
            widths[column] -= give
            over -= give
        self._fitting = True
        try:
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        finally:
            self._fitting = False

    @Slot(int, int, int)
    def _section_resized(self, *_args) -> None:
        if not self._fitting:
            self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.model.rowCount():
            self._refit.start()

    # ---- selection and the side panel
    def selected_rows(self) -> list[AttendeeRow]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.row(r) for r in rows if r < self.model.rowCount()]

    def selected_keys(self) -> list[RowKey]:
        return [r.key for r in self.selected_rows()]

    def current_row(self) -> AttendeeRow | None:
        rows = self.selected_rows()
        return rows[0] if len(rows) == 1 else None

    def select_key(self, key: RowKey, *, add: bool = False) -> bool:
        row = self.model.row_of_key(key)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        if add:
            self.view.selectionModel().select(
                index,
                self.view.selectionModel().SelectionFlag.Select
                | self.view.selectionModel().SelectionFlag.Rows,
            )
        else:
            self.view.selectRow(row)
        self.view.scrollTo(index)
        return True

    @Slot(QItemSelection, QItemSelection)
    def _selection_changed(self, *_args) -> None:
        self._show_current()
        self.actions.update_enabled()

    def _show_current(self, *, only_if_moved: bool = False) -> None:
        row = self.current_row()
        key = row.key if row is not None else None
        if only_if_moved and key == self._shown_key:
            return
        self._shown_key = key
        mask = self.model.mask_phones
        self.panel.show_row(row, [], mask=mask)  # at once; its scans once they are read
        if row is None or row.ticket_id is None:
            OperationTracker.of(self.panel).drop("scans")  # a late answer is not wanted
            return
        ticket_id = row.ticket_id
        QueryOp(
            self.ctx,
            self.panel,
            lambda s: s.tickets.scans(ticket_id),
            lambda scans: self.panel.show_row(row, scans, mask=mask),
        ).latest("scans").failure(lambda _e: None).run()  # a ticket just deleted: no scans

    @Slot(bool)
    def _mask_toggled(self, on: bool) -> None:
        self.model.set_mask_phones(on)
        self.ctx.settings.set(ATTENDEES_MASK_PHONES, on)
        self._show_current()

    # ---- messages
    def say(self, text: str) -> None:
        """A message above the table (what a change did), until the next one."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))
