"""Pieces the Volunteers page's tabs share: a sortable table view, an empty state, a tab base."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.models.base import ID_ROLE
from ui.models.filter import RowFilterProxy
from ui.operations import Operation, QueryOp, WriteOp
from ui.resources import icon
from ui.widgets.columns import ColumnFitter

if TYPE_CHECKING:
    from scipop.app import Services
    from ui.volunteers.page import VolunteersPage


_CHINESE_MNEMONIC = re.compile(r"\(&[^&\s]\)")


def button_text(text: str) -> str:
    """``text`` as a toolbar button shows it: its "…" kept, its mnemonic dropped.

    Qt's own icon text drops the "…" as well, and a toolbar button that opens a dialog must
    say so ("New shift…", "新建班次…"). The mnemonic is left out: a toolbar button's Alt+letter
    would clash with the menu bar's and the tabs'.
    """
    return _CHINESE_MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


def tab_action(
    owner: QWidget, name: str, text: str, slot: Callable[[], None], key=None, tip: str = ""
) -> QAction:
    """A tab's action: ``name``'s icon, a toolbar text, a tooltip naming its native shortcut.

    With a ``key`` the action is added to ``owner`` and works while the focus is inside it.
    """
    a = QAction(icon(name), text, owner)
    a.setIconText(button_text(text))
    a.setToolTip(tip or text.replace("&", "").rstrip("…"))
    if key is not None:
        a.setShortcut(QKeySequence(key))
        native = a.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        a.setToolTip(f"{a.toolTip()} ({native})")
        a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        owner.addAction(a)
    a.triggered.connect(slot)
    return a


def table_view(
    parent: QWidget,
    model,
    *,
    stretch: int = -1,
    multi: bool = False,
    widths: dict[int, str] | None = None,
) -> tuple[QTableView, RowFilterProxy]:
    """A read-only, sortable row table over ``model`` (through a proxy).

    With ``widths`` (a sample text per column) the columns get fixed starting widths and
    ``stretch`` takes the rest: no measuring of every cell, so hundreds of rows show at once.
    Without, the columns fit their contents (:class:`ColumnFitter`).
    """
    proxy = RowFilterProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setHighlightSections(False)
    view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    if widths is None:
        fitter = ColumnFitter(view, stretch)
        model.modelReset.connect(fitter.schedule)
        model.rowsInserted.connect(fitter.schedule)
        view.fitter = fitter  # type: ignore[attr-defined]
        return view, proxy
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    metrics = view.fontMetrics()
    bold = QFont(view.font())
    bold.setBold(True)
    header_metrics = QFontMetrics(bold)

    def fit_widths() -> None:
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            sample = widths.get(column, "")
            width = max(header_metrics.horizontalAdvance(title), metrics.horizontalAdvance(sample))
            header.resizeSection(column, width + 30)
        if stretch >= 0:
            header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

    fit_widths()
    model.headerDataChanged.connect(lambda *_a: fit_widths())
    return view, proxy


CELL_PADDING = 14  # a cell's margins and a little air
ICON_ROOM = 24  # a decoration and its gap
SORT_ROOM = 6  # a header has no sort arrow until clicked


class ContentFitter(ColumnFitter):
    """Columns as wide as their longest text, measured with the view's font (for small tables:
    every row is measured); when they are too wide together, the widest give; the last column
    takes what is left over.
    """

    last_stretches = True

    def __init__(self, view: QTableView):
        super().__init__(view, -1)
        view.horizontalHeader().setStretchLastSection(True)

    def _section_resized(self, index: int, old: int, new: int) -> None:
        model = self.view.model()
        if model is not None and index == model.columnCount() - 1:
            return  # the last column stretches by itself: not the user's doing
        super()._section_resized(index, old, new)

    def wanted(self) -> list[int]:
        model = self.view.model()
        metrics = self.view.fontMetrics()
        bold = QFont(self.view.font())
        bold.setBold(True)
        header = QFontMetrics(bold)
        widths = []
        for c in range(model.columnCount()):
            title = str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            width = header.horizontalAdvance(title) + SORT_ROOM
            for r in range(model.rowCount()):
                index = model.index(r, c)
                text = index.data()
                room = ICON_ROOM if index.data(Qt.ItemDataRole.DecorationRole) else 0
                width = max(width, metrics.horizontalAdvance(str(text or "")) + room)
            widths.append(width + CELL_PADDING)
        return widths


def fit_to_content(view: QTableView, model) -> ContentFitter:
    """Replace ``view``'s fitter by a :class:`ContentFitter` (the view made by table_view)."""
    old = getattr(view, "fitter", None)
    if old is not None:
        model.modelReset.disconnect(old.schedule)
        model.rowsInserted.disconnect(old.schedule)
        view.viewport().removeEventFilter(old)
        view.horizontalHeader().sectionResized.disconnect(old._section_resized)
        old.deleteLater()
    fitter = ContentFitter(view)
    model.modelReset.connect(fitter.schedule)
    model.rowsInserted.connect(fitter.schedule)
    view.fitter = fitter  # type: ignore[attr-defined]
    return fitter


class _EnterKey(QObject):
    def __init__(self, view: QTableView, slot: Callable[[], None]):
        super().__init__(view)
        self.slot = slot

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and watched.currentIndex().isValid()
        ):
            self.slot()
            return True
        return False


def on_open(view: QTableView, slot: Callable[[], None]) -> None:
    """``slot`` on a double-click or Enter on a row (as CrudTable: not ``activated``, which a
    single-click desktop setting fires on every click)."""
    view.doubleClicked.connect(lambda _i: slot())
    view.installEventFilter(_EnterKey(view, slot))


def select_id(view: QTableView, ident: Any) -> bool:
    """Select the row whose ID_ROLE is ``ident``; False when it is not shown."""
    proxy = view.model()
    for r in range(proxy.rowCount()):
        index = proxy.index(r, 0)
        if index.data(ID_ROLE) == ident:
            view.selectRow(r)
            view.scrollTo(index)
            return True
    return False


class EmptyState(QWidget):
    """A hint and the buttons that get a person going, where a table has no rows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.hint = QLabel(self)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        self._buttons = QHBoxLayout()
        self._buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addSpacing(12)
        layout.addLayout(self._buttons)
        layout.addStretch(2)

    def set_texts(self, title: str, hint: str) -> None:
        self.title.setText(title)
        self.hint.setText(hint)

    def add_button(self, button: QPushButton) -> QPushButton:
        self._buttons.insertWidget(self._buttons.count(), button)
        return button

    def finish(self) -> None:
        self._buttons.addStretch(1)


class Tab(QWidget):
    """A tab of the Volunteers page: it loads when shown and marked stale."""

    def __init__(self, page: VolunteersPage):
        super().__init__(page)
        self.page = page
        self.ctx = page.ctx
        self.stale = True

    def activate(self) -> None:
        if self.stale:
            self.stale = False
            self.reload()

    def reload(self) -> None:
        raise NotImplementedError

    def read(self, key: str, op: Callable[[Services], Any], show: Callable[[Any], None]):
        """A read whose newest request (per ``key``) alone is shown."""
        return QueryOp(self.ctx, self, op, show).latest(key).run()

    def write(
        self,
        op: Callable[[Services], Any],
        then: Callable[[Any], None] | None = None,
        title: str = "",
        failure: Callable[[Exception], None] | None = None,
    ) -> Operation:
        """A service write; afterwards the other tabs and pages are told (data_changed)."""

        def done(result: Any) -> None:
            self.page.wrote(self)
            if then is not None:
                then(result)

        op_ = WriteOp(self.ctx, self, op, done).titled(title)
        if failure is not None:
            op_.failure(failure)
        return op_.run()
