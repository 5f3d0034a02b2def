"""Column widths that fit a table's contents to its width, until the user resizes one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Slot
from PySide6.QtWidgets import QHeaderView, QTableView

MIN_TEXT = 110  # a shrunk column keeps at least this many pixels
MIN_MAIN = 260  # and the main (stretch) column this many
# When those floors alone are too wide (many columns, e.g. the English Events page at 1280 px),
# short columns (dates, numbers, status) keep their width and the long ones give more.
SHORT = 130
MIN_TEXT_TIGHT = 80
MIN_MAIN_TIGHT = 160
PADDING = 14


class ColumnFitter(QObject):
    """Sizes columns to their contents; when they are too wide together, the widest shrink
    (their text is elided, the full text is in the tooltip); spare room goes to ``stretch``.
    """

    def __init__(self, view: QTableView, stretch: int = -1):
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.user_sized = False
        self._fitting = False
        self._pending = False
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._section_resized)
        view.viewport().installEventFilter(self)

    def schedule(self) -> None:
        """Fit once control returns to the event loop (sizes are known by then)."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and not self.user_sized:
            self.schedule()
        return False

    @Slot(int, int, int)
    def _section_resized(self, _index: int, _old: int, _new: int) -> None:
        if not self._fitting:
            self.user_sized = True

    last_stretches = False  # the last column takes what is left (the header stretches it)

    def wanted(self) -> list[int]:
        """Each column's width as its contents and header would have it."""
        model = self.view.model()
        header = self.view.horizontalHeader()
        wanted = []
        for c in range(model.columnCount()):
            content = self.view.sizeHintForColumn(c) if model.rowCount() else 0
            wanted.append(max(content, header.sectionSizeHint(c)) + PADDING)
        return wanted

    @Slot()
    def fit(self) -> None:
        self._pending = False
        model = self.view.model()
        if model is None or self.user_sized or not model.columnCount():
            return
        widths = fit_widths(self.wanted(), self.view.viewport().width(), self.stretch)
        if self.last_stretches:
            widths = widths[:-1]
        header = self.view.horizontalHeader()
        self._fitting = True
        try:
            for c, w in enumerate(widths):
                header.resizeSection(c, w)
        finally:
            self._fitting = False


def fit_widths(wanted: list[int], available: int, stretch: int) -> list[int]:
    """Cap the widest columns so all fit ``available``; give spare room to ``stretch``.

    No column is cut below its floor (``MIN_MAIN`` for ``stretch``, else ``MIN_TEXT``); when
    the floors alone are too wide, the table scrolls sideways.
    """
    total = sum(wanted)
    if available <= 0:
        return list(wanted)
    if total <= available:
        widths = list(wanted)
        if 0 <= stretch < len(widths):
            widths[stretch] += available - total
        return widths
    floors = [min(w, MIN_MAIN if i == stretch else MIN_TEXT) for i, w in enumerate(wanted)]
    if sum(floors) >= available:
        floors = [
            min(w, MIN_MAIN_TIGHT if i == stretch else w if w <= SHORT else MIN_TEXT_TIGHT)
            for i, w in enumerate(wanted)
        ]
    if sum(floors) >= available:
        return floors

    def widths_at(cap: int) -> list[int]:
        return [max(f, min(w, cap)) for w, f in zip(wanted, floors, strict=True)]

    lo, hi = 0, max(wanted)  # the highest cap that fits lies in [lo, hi)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if sum(widths_at(mid)) <= available:
            lo = mid
        else:
            hi = mid
    widths = widths_at(lo)
    if 0 <= stretch < len(widths):  # what the cap leaves over goes to the main column
        widths[stretch] += max(0, min(available - sum(widths), wanted[stretch] - widths[stretch]))
    return widths
