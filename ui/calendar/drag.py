"""Dragging on the calendar: move a block, stretch its bottom edge, or sweep out a new one.

A drag is a small state machine held in :class:`Drag`:

    press ──(moved past the drag distance)──▶ dragging ──release──▶ pending ──answer──▶ done
      └──────────────release (a click)────────────────────────────────────────────────▶ done

While dragging, the block (or the draft box) follows the pointer, snapped to 5 minutes. On
release the view emits ``move_requested`` / ``resize_requested`` / ``create_requested`` and
the drag waits, *pending*, for the page's answer: new data (:meth:`DragController.clear`), or
a refusal (:meth:`DragController.refused`), which snaps the block back. While pending, a new
layout (the window resized, a banner shown) keeps the block where it was dropped, in its new
hall, rather than where the old data had it.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from ui.calendar.items import BlockItem, BlockTexts
from ui.calendar.layout import SNAP_MINUTES, Column, Geometry, at_minute, snap
from ui.calendar.texts import span_label

if TYPE_CHECKING:
    from ui.calendar.view import CalendarView

EDGE = 6  # pixels at a block's bottom that resize it
CREATE_STEP = 15  # a click on empty space starts on the quarter hour…
CREATE_LENGTH = 60  # …and lasts an hour


class Mode(enum.Enum):
    MOVE = "move"
    RESIZE = "resize"
    CREATE = "create"


@dataclass
class Drag:
    """One press of the left button on the calendar, until the page has answered it."""

    mode: Mode
    origin: QPointF  # where the button went down (scene)
    column: Column  # the column it went down in
    item: BlockItem | None = None  # the block moved or resized (None: creating)
    box: tuple[float, float, float, float, float, float] | None = None  # the block's box before
    texts: BlockTexts | None = None  # the block's texts before
    start: float = 0.0  # the block's minutes before
    end: float = 0.0
    moved: bool = False  # past the drag distance (else a click)
    target: tuple[Column, float] | None = None  # MOVE: where it would go (column, start)
    target_end: float | None = None  # RESIZE: the new end minute
    span: tuple[float, float] | None = None  # CREATE: the minutes swept

    @property
    def length(self) -> float:
        return self.end - self.start

    def target_key(self) -> tuple[int, date] | None:
        """(room id, day) of the column a move would go to."""
        if self.target is None:
            return None
        column = self.target[0]
        return column.room.id, column.day


def on_bottom_edge(item: BlockItem, y: float) -> bool:
    """Whether scene ``y`` is on the block's bottom edge (grabbing it resizes)."""
    return y >= item.y() + item.h - EDGE and item.h > 2 * EDGE


class DragController:
    """Runs the drags of one view: ``active`` while the button is down, then ``pending``."""

    def __init__(self, view: CalendarView):
        self.view = view
        self.active: Drag | None = None
        self.pending: Drag | None = None

    @property
    def geometry(self) -> Geometry:
        return self.view.geometry_

    # ---- the button goes down
    def press(self, pos: QPointF) -> bool:
        """Start a drag at scene ``pos``; False when there is nothing there to drag."""
        view, g = self.view, self.geometry
        item = view.block_at(pos)
        if item is not None:
            view.select(item.session_id, show=False)
            column, start, end = view.placement(item.session_id)
            self.active = Drag(
                Mode.RESIZE if on_bottom_edge(item, pos.y()) else Mode.MOVE,
                pos,
                column,
                item=item,
                box=item.box(),
                texts=item.texts,
                start=start,
                end=end,
            )
            return True
        column = g.column_at(pos.x())
        if column is None or not 0 <= pos.y() <= g.height:
            return False
        view.select(None)
        self.active = Drag(Mode.CREATE, pos, column)
        return True

    # ---- the pointer moves with the button down
    def move(self, pos: QPointF) -> bool:
        drag = self.active
        if drag is None:
            return False
        if not drag.moved:
            if (pos - drag.origin).manhattanLength() < QApplication.startDragDistance():
                return True
            drag.moved = True
        self.view.ensureVisible(QRectF(pos.x() - 1, pos.y() - 1, 2, 2), 10, 10)
        if drag.mode is Mode.MOVE:
            self._move(drag, pos)
        elif drag.mode is Mode.RESIZE:
            self._resize(drag, pos)
        else:
            self._create(drag, pos)
        return True

    def _move(self, drag: Drag, pos: QPointF) -> None:
        g = self.geometry
        column = g.column_at(pos.x()) or drag.column
        moved = (pos.y() - drag.origin.y()) / g.px_per_minute
        start = g.clamp_minute(snap(drag.start + moved), drag.length)
        drag.target = (column, start)
        self._show_move(drag)

    def _show_move(self, drag: Drag) -> None:
        """Put the dragged block at its target in the current geometry."""
        g = self.geometry
        column, start = drag.target
        column = g.column_for(column.room.id, column.day) or column
        item = drag.item
        x, y, w, h = g.block_rect(column, start, start + drag.length)
        ppm = g.px_per_minute
        s = item.session
        item.set_box(x, y, w, h, s.setup_minutes * ppm, s.teardown_minutes * ppm)
        item.setZValue(10)
        item.setOpacity(0.85)
        item.texts = replace(
            drag.texts, time=span_label(start, start + drag.length), start=span_label(start)
        )

    def _resize(self, drag: Drag, pos: QPointF) -> None:
        g = self.geometry
        end = snap(g.minute_at(pos.y()))
        drag.target_end = max(drag.start + SNAP_MINUTES, min(end, g.last_minute))
        self._show_resize(drag)

    def _show_resize(self, drag: Drag) -> None:
        g = self.geometry
        item = drag.item
        end = drag.target_end
        x, y, w, _h = item.box()[:4]
        top = g.y_of(max(drag.start, g.first_minute))
        teardown = item.session.teardown_minutes * g.px_per_minute
        item.set_box(x, y, w, g.y_of(end) - top, item.setup_px, teardown)
        item.setZValue(10)
        item.texts = replace(drag.texts, time=span_label(drag.start, end))

    def _create(self, drag: Drag, pos: QPointF) -> None:
        g = self.geometry
        a = snap(g.minute_at(drag.origin.y()))
        b = snap(g.minute_at(pos.y()))
        lo, hi = min(a, b), max(a, b)
        hi = max(hi, lo + SNAP_MINUTES)
        lo, hi = g.clamp_minute(lo), g.clamp_minute(hi)
        self.view.draft.set_box(*g.block_rect(drag.column, lo, hi), span_label(lo, hi))
        self.view.draft.setVisible(True)
        drag.span = (lo, hi)

    # ---- the button comes up
    def release(self) -> bool:
        """Ask the page for what the drag did; False when no drag was under way."""
        drag, self.active = self.active, None
        if drag is None:
            return False
        if drag.mode is Mode.MOVE:
            self._release_move(drag)
        elif drag.mode is Mode.RESIZE:
            self._release_resize(drag)
        else:
            self._release_create(drag)
        return True

    def _release_move(self, drag: Drag) -> None:
        if not drag.moved or drag.target is None:
            self.restore(drag)
            return
        column, start = drag.target
        if column.index == drag.column.index and start == drag.start:
            self.restore(drag)
            return
        item = drag.item
        room = column.room.id if column.room.id != item.session.room_id else None
        self.pending = drag
        self.view.move_requested.emit(item.session_id, at_minute(column.day, start), room)

    def _release_resize(self, drag: Drag) -> None:
        end = drag.target_end
        if not drag.moved or end is None or end == drag.end:
            self.restore(drag)
            return
        self.pending = drag
        self.view.resize_requested.emit(drag.item.session_id, at_minute(drag.column.day, end))

    def _release_create(self, drag: Drag) -> None:
        view, g, column = self.view, self.geometry, drag.column
        if drag.moved and drag.span is not None:
            lo, hi = drag.span
        else:  # a click: the quarter hour under it, for an hour
            lo = int(g.minute_at(drag.origin.y()) // CREATE_STEP * CREATE_STEP)
            hi = min(lo + CREATE_LENGTH, max(g.last_minute, lo + SNAP_MINUTES))
            view.draft.set_box(*g.block_rect(column, lo, hi), span_label(lo, hi))
            view.draft.setVisible(True)
        try:
            view.create_requested.emit(
                column.room.id, at_minute(column.day, lo), at_minute(column.day, hi)
            )
        finally:
            view.draft.setVisible(False)

    # ---- answers and interruptions
    def restore(self, drag: Drag) -> None:
        """Put the block back as it was before the drag."""
        if drag.item is None:
            return
        item = drag.item
        item.set_box(*drag.box)
        item.texts = drag.texts
        item.setOpacity(1.0)
        item.setZValue(2 if item.current else 0)

    def cancel(self) -> None:
        """Escape: drop the drag under way."""
        drag, self.active = self.active, None
        if drag is not None:
            self.restore(drag)
        self.view.draft.setVisible(False)

    def refused(self, item: BlockItem) -> None:
        """The page refused the pending move or resize of ``item``: snap it back."""
        drag, self.pending = self.pending, None
        if drag is not None and drag.item is item:
            self.restore(drag)

    def clear(self) -> None:
        """New data replaced the blocks: nothing is dragged or awaited any more."""
        self.active = self.pending = None

    def relaid(self) -> None:
        """The geometry changed (resize, zoom, banner): keep a dropped block where it was
        dropped until the page answers, and a dragged one under the pointer's target."""
        for drag in (self.pending, self.active):
            if drag is None or drag.item is None:
                continue
            if drag.mode is Mode.MOVE and drag.target is not None:
                self._show_move(drag)
            elif drag.mode is Mode.RESIZE and drag.target_end is not None:
                self._show_resize(drag)
