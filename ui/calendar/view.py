"""The calendar itself: rooms as columns, time running down, sessions as blocks.

The view only draws and asks: dragging a block emits ``move_requested``, its bottom edge
``resize_requested``, empty space ``create_requested``... The page calls the scheduling
service and answers with new data (:meth:`set_data`) or a refusal (:meth:`refuse`), which
snaps the block back. Only the days shown are ever loaded; the grid is painted, not built
from items, and blocks cache their pixels.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QCursor,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QToolTip,
    QWidget,
)

from scipop.scheduling.calendar import CalendarData, CalendarSession
from scipop.timeutil import to_local, utcnow
from ui.calendar.headers import ColumnHeader, TimeRuler
from ui.calendar.items import BlockItem, BlockStyle, DraftItem
from ui.calendar.layout import (
    DEFAULT_ZOOM,
    SNAP_MINUTES,
    ZOOMS,
    Column,
    Geometry,
    Span,
    at_minute,
    build_columns,
    hours_shown,
    minute_of_day,
    placements,
    snap,
    spans,
)
from ui.calendar.texts import block_texts, span_label, tooltip

MIN_COLUMN = {False: 150.0, True: 54.0}  # day view, week view
GROUP_GAP = 6.0
EDGE = 6  # pixels at a block's bottom that resize it
CREATE_STEP = 15  # a click on empty space starts on the quarter hour…
CREATE_LENGTH = 60  # …and lasts an hour

BACKGROUND = QColor("#ffffff")
CLOSED_HOURS = QColor("#f0f2f5")
CLOSED_DAY = QColor("#e9ecef")
TODAY = QColor("#fffbea")
HOUR_LINE = QColor("#dde2e8")
HALF_LINE = QColor("#eef1f4")
COLUMN_LINE = QColor("#e3e7ec")
GAP = QColor("#cfd6dd")
NOW = QColor("#d93025")


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
        self._columns_order: dict[int, list[BlockItem]] = {}  # column index -> blocks by time
        self._placed: dict[int, tuple[Column, float, float]] = {}
        self.current_id: int | None = None
        self._press: dict | None = None
        self._pending: dict | None = None  # the drag whose move/resize the page is answering
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
        self._press = None
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
        self._columns_order = {}
        ppm = g.px_per_minute
        for ident, (column, start, end, lane) in placed.items():
            item = self.items[ident]
            x, y, w, h = g.block_rect(column, start, end, lane)
            s = item.session
            item.set_box(x, y, w, h, s.setup_minutes * ppm, s.teardown_minutes * ppm)
            self._placed[ident] = (column, start, end)
            self._columns_order.setdefault(column.index, []).append(item)
        for ident, item in self.items.items():
            if ident not in placed:
                item.setVisible(False)
        for blocks in self._columns_order.values():
            blocks.sort(key=lambda i: (i.y(), i.x()))
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

    # ---- painting the grid
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, BACKGROUND)
        g = self.geometry_
        if g is None or not g.columns:
            return
        today = to_local(utcnow()).date()
        top, bottom = 0.0, g.height
        hatch = QBrush(QColor("#d6dbe1"), Qt.BrushStyle.BDiagPattern)
        for c in g.columns:
            x = g.x_of(c.index)
            if x > rect.right() or x + g.column_width < rect.left():
                continue
            if c.first_of_group and c.index and g.group_gap:
                painter.fillRect(QRectF(x - g.group_gap, top, g.group_gap, bottom), GAP)
            col = QRectF(x, top, g.column_width, bottom)
            if c.closed_reason is not None:
                painter.fillRect(col, CLOSED_DAY)
                painter.fillRect(col, hatch)
                continue
            opens = c.room.opens_at.hour * 60 + c.room.opens_at.minute
            closes = c.room.closes_at.hour * 60 + c.room.closes_at.minute
            if c.day == today and self.week:
                painter.fillRect(
                    QRectF(x, g.y_of(opens), g.column_width, (closes - opens) * g.px_per_minute),
                    TODAY,
                )
            if opens > g.first_minute:
                painter.fillRect(QRectF(x, top, g.column_width, g.y_of(opens)), CLOSED_HOURS)
            if closes < g.last_minute:
                painter.fillRect(
                    QRectF(x, g.y_of(closes), g.column_width, bottom - g.y_of(closes)), CLOSED_HOURS
                )
        left, right = max(rect.left(), 0.0), min(rect.right(), g.width)
        half = g.px_per_minute * 30 >= 14
        for minute in range(g.first_minute, g.last_minute + 1, 30):
            y = g.y_of(minute)
            if y < rect.top() - 1 or y > rect.bottom() + 1:
                continue
            if minute % 60 == 0:
                painter.setPen(QPen(HOUR_LINE, 1))
            elif half:
                painter.setPen(QPen(HALF_LINE, 1, Qt.PenStyle.DashLine))
            else:
                continue
            painter.drawLine(QPointF(left, y + 0.5), QPointF(right, y + 0.5))
        painter.setPen(QPen(COLUMN_LINE, 1))
        for c in g.columns:
            x = g.x_of(c.index) + g.column_width
            if rect.left() - 1 <= x <= rect.right() + 1:
                painter.drawLine(QPointF(x - 0.5, top), QPointF(x - 0.5, bottom))
        now = to_local(utcnow())
        minute = now.hour * 60 + now.minute
        if g.first_minute <= minute <= g.last_minute:
            painter.setPen(QPen(NOW, 1.5))
            y = g.y_of(minute)
            for c in g.columns:
                if c.day == today:
                    x = g.x_of(c.index)
                    painter.drawLine(QPointF(x, y), QPointF(x + g.column_width, y))

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

    def _neighbour(self, step_x: int, step_y: int) -> BlockItem | None:
        g = self.geometry_
        item = self.current_item()
        if g is None:
            return None
        if item is None:
            shown = [i for blocks in self._columns_order.values() for i in blocks]
            view = self.mapToScene(self.viewport().rect()).boundingRect()
            inside = [i for i in shown if view.intersects(i.body())] or shown
            return min(inside, key=lambda i: (i.x(), i.y())) if inside else None
        column = self._placed[item.session_id][0]
        if step_y:
            blocks = self._columns_order.get(column.index, [])
            i = blocks.index(item) + step_y
            return blocks[i] if 0 <= i < len(blocks) else None
        index = column.index + step_x
        while 0 <= index < len(g.columns):
            blocks = self._columns_order.get(index)
            if blocks:
                y = item.y()
                return min(blocks, key=lambda b: abs(b.y() - y))
            index += step_x
        return None

    # ---- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        ctrl = bool(mods & Qt.KeyboardModifier.ControlModifier)
        arrows = {
            Qt.Key.Key_Up: (0, -1),
            Qt.Key.Key_Down: (0, 1),
            Qt.Key.Key_Left: (-1, 0),
            Qt.Key.Key_Right: (1, 0),
        }
        item = self.current_item()
        if key in arrows and ctrl:
            if item is not None:
                self._nudge(item, *arrows[key])
        elif key in arrows:
            target = self._neighbour(*arrows[key])
            if target is not None:
                self.select(target.session_id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.edit_requested.emit(item.session_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None:
            self.cancel_requested.emit(item.session_id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.set_zoom(self.zoom + 1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.set_zoom(self.zoom - 1)
        elif key == Qt.Key.Key_PageUp:
            self.step_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            self.step_requested.emit(1)
        elif key == Qt.Key.Key_Escape and self._press is not None:
            self._cancel_press()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _nudge(self, item: BlockItem, dx: int, dy: int) -> None:
        """Ctrl+Up/Down: 5 minutes earlier/later. Ctrl+Left/Right: the same time in the
        previous/next room."""
        g = self.geometry_
        column, start, _end = self._placed[item.session_id]
        if dy:
            self.move_requested.emit(
                item.session_id, at_minute(column.day, start + dy * SNAP_MINUTES), None
            )
            return
        rooms = [r for r in self.data.rooms] if self.data else []
        ids = [r.id for r in rooms]
        i = ids.index(column.room.id) + dx
        if 0 <= i < len(ids) and g is not None:
            self.move_requested.emit(item.session_id, at_minute(column.day, start), ids[i])

    # ---- mouse
    def block_at(self, scene_pos: QPointF) -> BlockItem | None:
        for item in self.scene_.items(scene_pos):
            if isinstance(item, BlockItem) and item.isVisible():
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or self.geometry_ is None:
            super().mousePressEvent(event)
            return
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        pos = self.mapToScene(event.position().toPoint())
        item = self.block_at(pos)
        g = self.geometry_
        if item is not None:
            self.select(item.session_id, show=False)
            column, start, end = self._placed[item.session_id]
            near_bottom = pos.y() >= item.y() + item.h - EDGE and item.h > 2 * EDGE
            self._press = {
                "mode": "resize" if near_bottom else "move",
                "item": item,
                "origin": pos,
                "box": item.box(),
                "column": column,
                "start": start,
                "end": end,
                "texts": item.texts,
                "moved": False,
            }
        else:
            column = g.column_at(pos.x())
            if column is None or not 0 <= pos.y() <= g.height:
                return
            self.select(None)
            self._press = {"mode": "create", "origin": pos, "column": column, "moved": False}
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = self.mapToScene(event.position().toPoint())
        press = self._press
        if press is None:
            self._hover(pos)
            return
        if not press["moved"]:
            delta = (pos - press["origin"]).manhattanLength()
            if delta < QApplication.startDragDistance():
                return
            press["moved"] = True
        self.ensureVisible(QRectF(pos.x() - 1, pos.y() - 1, 2, 2), 10, 10)
        mode = press["mode"]
        if mode == "move":
            self._drag_move(press, pos)
        elif mode == "resize":
            self._drag_resize(press, pos)
        else:
            self._drag_create(press, pos)
        event.accept()

    def _hover(self, pos: QPointF) -> None:
        item = self.block_at(pos)
        if item is None:
            self.viewport().setCursor(
                Qt.CursorShape.CrossCursor if self.geometry_ else Qt.CursorShape.ArrowCursor
            )
        elif pos.y() >= item.y() + item.h - EDGE and item.h > 2 * EDGE:
            self.viewport().setCursor(Qt.CursorShape.SizeVerCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def _drag_move(self, press: dict, pos: QPointF) -> None:
        g = self.geometry_
        item: BlockItem = press["item"]
        column = g.column_at(pos.x()) or press["column"]
        length = press["end"] - press["start"]
        moved = (pos.y() - press["origin"].y()) / g.px_per_minute
        start = g.clamp_minute(snap(press["start"] + moved), length)
        x, y, w, h = g.block_rect(column, start, start + length)
        ppm = g.px_per_minute
        s = item.session
        item.set_box(x, y, w, h, s.setup_minutes * ppm, s.teardown_minutes * ppm)
        item.setZValue(10)
        item.setOpacity(0.85)
        item.texts = replace(
            press["texts"], time=span_label(start, start + length), start=span_label(start)
        )
        press["target"] = (column, start)

    def _drag_resize(self, press: dict, pos: QPointF) -> None:
        g = self.geometry_
        item: BlockItem = press["item"]
        end = snap(g.minute_at(pos.y()))
        end = max(press["start"] + SNAP_MINUTES, min(end, g.last_minute))
        x, y, w, _h = item.box()[:4]
        top = g.y_of(max(press["start"], g.first_minute))
        item.set_box(
            x,
            y,
            w,
            g.y_of(end) - top,
            item.setup_px,
            item.session.teardown_minutes * g.px_per_minute,
        )
        item.setZValue(10)
        item.texts = replace(press["texts"], time=span_label(press["start"], end))
        press["target_end"] = end

    def _drag_create(self, press: dict, pos: QPointF) -> None:
        g = self.geometry_
        column: Column = press["column"]
        a = snap(g.minute_at(press["origin"].y()))
        b = snap(g.minute_at(pos.y()))
        lo, hi = min(a, b), max(a, b)
        hi = max(hi, lo + SNAP_MINUTES)
        lo, hi = g.clamp_minute(lo), g.clamp_minute(hi)
        x, y, w, h = g.block_rect(column, lo, hi)
        self.draft.set_box(x, y, w, h, span_label(lo, hi))
        self.draft.setVisible(True)
        press["range"] = (lo, hi)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            super().mouseReleaseEvent(event)
            return
        self._press = None
        mode = press["mode"]
        event.accept()
        if mode == "move":
            target = press.get("target")
            if not press["moved"] or target is None:
                self._restore(press)
                return
            column, start = target
            if column.index == press["column"].index and start == press["start"]:
                self._restore(press)
                return
            item: BlockItem = press["item"]
            room = column.room.id if column.room.id != item.session.room_id else None
            self._pending = press
            self.move_requested.emit(item.session_id, at_minute(column.day, start), room)
        elif mode == "resize":
            end = press.get("target_end")
            if not press["moved"] or end is None or end == press["end"]:
                self._restore(press)
                return
            self._pending = press
            item = press["item"]
            self.resize_requested.emit(item.session_id, at_minute(press["column"].day, end))
        else:
            column: Column = press["column"]
            if press["moved"] and "range" in press:
                lo, hi = press["range"]
            else:
                g = self.geometry_
                lo = int(g.minute_at(press["origin"].y()) // CREATE_STEP * CREATE_STEP)
                hi = min(lo + CREATE_LENGTH, max(g.last_minute, lo + SNAP_MINUTES))
                self.draft.set_box(*g.block_rect(column, lo, hi), span_label(lo, hi))
                self.draft.setVisible(True)
            try:
                self.create_requested.emit(
                    column.room.id, at_minute(column.day, lo), at_minute(column.day, hi)
                )
            finally:
                self.draft.setVisible(False)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = self.mapToScene(event.position().toPoint())
        item = self.block_at(pos)
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self._press = None
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
    def _restore(self, press: dict) -> None:
        item: BlockItem = press["item"]
        item.set_box(*press["box"])
        item.texts = press["texts"]
        item.setOpacity(1.0)
        item.setZValue(2 if item.current else 0)

    def _cancel_press(self) -> None:
        press, self._press = self._press, None
        if press and press["mode"] in ("move", "resize"):
            self._restore(press)
        self.draft.setVisible(False)

    def refuse(self, session_id: int, message: str) -> None:
        """A move or resize was refused: the block snaps back and says why (tooltip, outline)."""
        press, self._pending = self._pending, None
        item = self.items.get(session_id)
        if item is None:
            return
        if press is not None and press.get("item") is item:
            self._restore(press)
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
