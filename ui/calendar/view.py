"""The calendar itself: rooms as columns, time running down, sessions as blocks.

The view holds the blocks and lays them out; dragging lives in ``ui.calendar.drag`` (a typed
``Drag`` state), the keys in ``ui.calendar.keyboard``, the grid's painting in
``ui.calendar.grid``. It only draws and asks: dragging a block emits ``move_requested``, its
bottom edge ``resize_requested``, empty space ``create_requested``... The page calls the scheduling
service and answers with new data (:meth:`set_data`) or a refusal (:meth:`refuse`), which
snaps the block back. Only the days shown are ever loaded; the grid is painted, not built
from items, and blocks cache their pixels.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QCursor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from scipop.scheduling.calendar import CalendarData, CalendarSession
from scipop.timeutil import to_local, utcnow
from ui.calendar.drag import CREATE_STEP, DragController, on_bottom_edge
from ui.calendar.grid import paint_grid
from ui.calendar.headers import ColumnHeader, TimeRuler
from ui.calendar.items import BlockItem, BlockStyle, DraftItem
from ui.calendar.keyboard import KeyboardNavigator
from ui.calendar.layout import (
    DEFAULT_ZOOM,
    ZOOMS,
    Column,
    Geometry,
    Span,
    at_minute,
    build_columns,
    hours_shown,
    minute_of_day,
    placements,
    spans,
)
from ui.calendar.texts import block_texts, tooltip

MIN_COLUMN = {False: 150.0, True: 54.0}  # day view, week view
GROUP_GAP = 6.0


class CalendarView(QGraphicsView):
    move_requested = Signal(int, object, object)  # session id, new start (UTC), room id or None
    resize_requested = Signal(int, object)  # session id, new end (UTC)
    create_requested = Signal(int, object, object)  # room id, start (UTC), end (UTC)
    edit_requested = Signal(int)  # session id
    cancel_requested = Signal(int)  # session id
    step_requested = Signal(int)  # -1 previous / +1 next day or week
    zoom_changed = Signal(int)  # index into ZOOMS
    current_changed = Signal(object)  # CalendarSession or None
    context_requested = Signal(QPoint, object, object, object)  # global pos, session, room, start
    day_activated = Signal(object)  # a date (double-click on a day of the week header)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.scene_ = QGraphicsScene(self)
        self.scene_.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.BspTreeIndex)
        self.setScene(self.scene_)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)

        self.week = True
        self.zoom = DEFAULT_ZOOM
        self.data: CalendarData | None = None
        self.geometry_: Geometry | None = None
        self.style_ = BlockStyle(self.font())
        self.items: dict[int, BlockItem] = {}
        self._spans: dict[int, Span] = {}
        self.visible_ids: set[int] | None = None
        self._filter: Callable[[CalendarSession], bool] | None = None
        self.blocks_by_column: dict[int, list[BlockItem]] = {}  # column index -> blocks by time
        self._placed: dict[int, tuple[Column, float, float]] = {}
        self.current_id: int | None = None
        self.drag = DragController(self)
        self.keys = KeyboardNavigator(self)
        self.draft = DraftItem(self.style_)
        self.draft.setVisible(False)
        self.scene_.addItem(self.draft)

        self.header = ColumnHeader(self, self)
        self.header.day_activated.connect(self.day_activated)
        self.ruler = TimeRuler(self, self)
        self.corner = QWidget(self)
        self.corner.setAutoFillBackground(True)
        self.corner.setStyleSheet("background: #f3f5f8;")
        self.horizontalScrollBar().valueChanged.connect(self.header.update)
        self.verticalScrollBar().valueChanged.connect(self.ruler.update)
        self._update_margins()

    # ---- data
    def set_data(
        self,
        data: CalendarData,
        *,
        week: bool,
        accept: Callable[[CalendarSession], bool] | None = None,
    ) -> None:
        """Show ``data`` (only the sessions ``accept`` keeps, when given); keeps the
        selection and the scroll position when they still apply."""
        h, v = self.horizontalScrollBar().value(), self.verticalScrollBar().value()
        same_shape = (
            self.data is not None
            and self.week == week
            and self.data.first_day == data.first_day
            and [r.id for r in self.data.rooms] == [r.id for r in data.rooms]
        )
        self.week = week
        self.data = data
        self.drag.clear()
        for item in self.items.values():
            self.scene_.removeItem(item)
        self.items = {}
        rooms = {r.id: r for r in data.rooms}
        self._spans = spans(data.sessions)
        for x in data.sessions:
            span = self._spans[x.id]
            item = BlockItem(
                x,
                block_texts(x, span),
                self.style_,
                lambda x=x, span=span: tooltip(x, rooms[x.room_id], span),
            )
            self.items[x.id] = item
            self.scene_.addItem(item)
        self._filter = accept
        self._apply_filter()
        self._relayout()
        if self.current_id not in self.items or not self.items[self.current_id].isVisible():
            self.current_id = None
        elif self.current_id is not None:
            self.items[self.current_id].set_current(True)
        if same_shape:
            self.horizontalScrollBar().setValue(h)
            self.verticalScrollBar().setValue(v)
        self.current_changed.emit(self.current_session())

    def set_filter(self, accept: Callable[[CalendarSession], bool] | None) -> None:
        """Show only the sessions ``accept`` keeps (None: all)."""
        self._filter = accept
        self._apply_filter()
        self._relayout()
        if self.current_id is not None and not self.items[self.current_id].isVisible():
            self.select(None)

    def _apply_filter(self) -> None:
        accept = self._filter
        self.visible_ids = (
            None if accept is None else {i for i, it in self.items.items() if accept(it.session)}
        )
        for ident, item in self.items.items():
            item.setVisible(self.visible_ids is None or ident in self.visible_ids)

    def shown_items(self) -> list[BlockItem]:
        return [i for i in self.items.values() if i.isVisible()]

    # ---- geometry
    def set_zoom(self, index: int) -> None:
        index = max(0, min(len(ZOOMS) - 1, index))
        if index == self.zoom:
            return
        g = self.geometry_
        center = None
        if g is not None:
            center = g.minute_at(self.mapToScene(self.viewport().rect().center()).y())
        self.zoom = index
        self._relayout()
        if center is not None and self.geometry_ is not None:
            y = self.geometry_.y_of(center)
            self.verticalScrollBar().setValue(int(y - self.viewport().height() / 2))
        self.zoom_changed.emit(index)

    def _relayout(self) -> None:
        data = self.data
        if data is None:
            return
        columns = build_columns(data, week=self.week)
        first, last = hours_shown(data, self._spans)
        groups = len(data.rooms)
        gaps = GROUP_GAP * max(0, groups - 1) if self.week else 0.0
        available = max(1, self.viewport().width() - gaps)
        width = max(MIN_COLUMN[self.week], available / max(1, len(columns)))
        g = Geometry(columns, first, last, ZOOMS[self.zoom], width, GROUP_GAP if self.week else 0)
        self.geometry_ = g
        self.scene_.setSceneRect(QRectF(0, 0, max(g.width, 1), max(g.height, 1)))
        placed = placements(data, g, self.visible_ids, self._spans)
        self._placed = {}
        self.blocks_by_column = {}
        ppm = g.px_per_minute
        for ident, (column, start, end, lane) in placed.items():
            item = self.items[ident]
            x, y, w, h = g.block_rect(column, start, end, lane)
            s = item.session
            item.set_box(x, y, w, h, s.setup_minutes * ppm, s.teardown_minutes * ppm)
            self._placed[ident] = (column, start, end)
            self.blocks_by_column.setdefault(column.index, []).append(item)
        for ident, item in self.items.items():
            if ident not in placed:
                item.setVisible(False)
        for blocks in self.blocks_by_column.values():
            blocks.sort(key=lambda i: (i.y(), i.x()))
        self.drag.relaid()
        self.resetCachedContent()
        self.header.update()
        self.ruler.update()
        self.viewport().update()

    def _update_margins(self) -> None:
        top = self.header.preferred_height(self.week)
        left = self.ruler.preferred_width()
        self.setViewportMargins(left, top, 0, 0)
        vp = self.viewport().geometry()
        self.header.setGeometry(vp.x(), vp.y() - top, vp.width(), top)
        self.ruler.setGeometry(vp.x() - left, vp.y(), left, vp.height())
        self.corner.setGeometry(vp.x() - left, vp.y() - top, left, top)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_margins()
        self._relayout()

    def set_week(self, week: bool) -> None:
        """Switch the header's shape before the next data arrives."""
        self.week = week
        self._update_margins()

    # ---- painting the grid (ui.calendar.grid)
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        now = to_local(utcnow())
        paint_grid(
            painter,
            rect,
            self.geometry_,
            week=self.week,
            today=now.date(),
            now_minute=now.hour * 60 + now.minute,
        )

    # ---- selection
    def current_session(self) -> CalendarSession | None:
        item = self.items.get(self.current_id) if self.current_id is not None else None
        return item.session if item is not None else None

    def current_item(self) -> BlockItem | None:
        return self.items.get(self.current_id) if self.current_id is not None else None

    def select(self, session_id: int | None, *, show: bool = True) -> None:
        if session_id is not None and (
            session_id not in self.items or not self.items[session_id].isVisible()
        ):
            session_id = None
        if self.current_id is not None and self.current_id in self.items:
            self.items[self.current_id].set_current(False)
        self.current_id = session_id
        item = self.current_item()
        if item is not None:
            item.set_current(True)
            if show:
                r = item.body()
                self.ensureVisible(r.adjusted(0, -item.setup_px, 0, item.teardown_px), 20, 20)
        self.current_changed.emit(self.current_session())

    def placement(self, session_id: int) -> tuple[Column, float, float] | None:
        """(column, start minute, end minute) of a shown session."""
        return self._placed.get(session_id)

    def column_blocks(self, index: int) -> list[BlockItem]:
        """The shown blocks of column ``index``, top to bottom."""
        return self.blocks_by_column.get(index, [])

    # ---- keyboard (ui.calendar.keyboard)
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.keys.handle(event):
            event.accept()
        else:
            super().keyPressEvent(event)

    # ---- mouse
    def block_at(self, scene_pos: QPointF) -> BlockItem | None:
        for item in self.scene_.items(scene_pos):
            if isinstance(item, BlockItem) and item.isVisible():
                return item
        return None

    # ---- mouse (drags: ui.calendar.drag)
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.geometry_ is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self.drag.press(self.mapToScene(event.position().toPoint())):
            event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = self.mapToScene(event.position().toPoint())
        if self.drag.move(pos):
            event.accept()
        else:
            self._hover(pos)

    def _hover(self, pos: QPointF) -> None:
        item = self.block_at(pos)
        if item is None:
            self.viewport().setCursor(
                Qt.CursorShape.CrossCursor if self.geometry_ else Qt.CursorShape.ArrowCursor
            )
        elif on_bottom_edge(item, pos.y()):
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.drag.active is None:
            super().mouseReleaseEvent(event)
            return
        event.accept()
        self.drag.release()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = self.mapToScene(event.position().toPoint())
        item = self.block_at(pos)
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.drag.active = None
            self.edit_requested.emit(item.session_id)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event) -> None:
        g = self.geometry_
        if g is None:
            return
        pos = self.mapToScene(event.pos())
        item = self.block_at(pos)
        column = g.column_at(pos.x())
        if item is not None:
            self.select(item.session_id, show=False)
            self.context_requested.emit(event.globalPos(), item.session, None, None)
        elif column is not None and 0 <= pos.y() <= g.height:
            lo = int(g.minute_at(pos.y()) // CREATE_STEP * CREATE_STEP)
            self.context_requested.emit(
                event.globalPos(), None, column.room, at_minute(column.day, lo)
            )

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            item = self.block_at(self.mapToScene(event.pos()))
            if item is not None:
                QToolTip.showText(event.globalPos(), item.tooltip_text(), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom + (1 if event.angleDelta().y() > 0 else -1))
            event.accept()
            return
        super().wheelEvent(event)

    # ---- answers from the page
    def refuse(self, session_id: int, message: str) -> None:
        """A move or resize was refused: the block snaps back and says why (tooltip, outline)."""
        item = self.items.get(session_id)
        if item is None:
            self.drag.clear()
            return
        self.drag.refused(item)
        item.set_refusal(message)
        self.select(session_id, show=False)

    def clear_refusals(self) -> None:
        for item in self.items.values():
            if item.refusal:
                item.set_refusal("")

    def scene_point(self, session_id: int, where: str = "middle") -> QPoint:
        """The viewport point of a block's middle (or ``bottom`` edge): for tests and tools."""
        item = self.items[session_id]
        r = item.body()
        y = r.bottom() - 2 if where == "bottom" else r.center().y()
        return self.mapFromScene(QPointF(r.center().x(), y))

    def point_at(self, room_id: int, day: date, minute: float) -> QPoint:
        """The viewport point of ``minute`` past midnight in the column of ``room_id``/``day``."""
        g = self.geometry_
        column = g.column_for(room_id, day)
        x = g.x_of(column.index) + g.column_width / 2
        return self.mapFromScene(QPointF(x, g.y_of(minute)))

    def minute_of(self, value: datetime, day: date) -> float:
        return minute_of_day(value, day)

    def cursor_item(self) -> BlockItem | None:
        return self.block_at(self.mapToScene(self.viewport().mapFromGlobal(QCursor.pos())))
