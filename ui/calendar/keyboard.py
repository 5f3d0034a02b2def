"""Keyboard on the calendar: arrows walk the blocks, Ctrl+arrows move the current one.

Arrows: the block above/below in the same column, or the nearest block in time in the next
column with blocks to the left/right. Ctrl+Up/Down: 5 minutes earlier/later; Ctrl+Left/Right:
the same time in the previous/next hall. Enter edits, Delete cancels, +/- zoom, Page Up/Down
step the days, Escape drops a drag.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent

from ui.calendar.items import BlockItem
from ui.calendar.layout import SNAP_MINUTES, at_minute

if TYPE_CHECKING:
    from ui.calendar.view import CalendarView

ARROWS = {
    Qt.Key.Key_Up: (0, -1),
    Qt.Key.Key_Down: (0, 1),
    Qt.Key.Key_Left: (-1, 0),
    Qt.Key.Key_Right: (1, 0),
}


class KeyboardNavigator:
    """What each key does on the view; ``handle`` says whether the key was used."""

    def __init__(self, view: CalendarView):
        self.view = view

    def handle(self, event: QKeyEvent) -> bool:
        view = self.view
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        item = view.current_item()
        if key in ARROWS and ctrl:
            if item is not None:
                self.nudge(item, *ARROWS[key])
        elif key in ARROWS:
            target = self.neighbour(*ARROWS[key])
            if target is not None:
                view.select(target.session_id)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            view.edit_requested.emit(item.session_id)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None:
            view.cancel_requested.emit(item.session_id)
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            view.set_zoom(view.zoom + 1)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            view.set_zoom(view.zoom - 1)
        elif key == Qt.Key.Key_PageUp:
            view.step_requested.emit(-1)
        elif key == Qt.Key.Key_PageDown:
            view.step_requested.emit(1)
        elif key == Qt.Key.Key_Escape and view.drag.active is not None:
            view.drag.cancel()
        else:
            return False
        return True

    def neighbour(self, step_x: int, step_y: int) -> BlockItem | None:
        """The block an arrow goes to from the current one (none current: the first shown)."""
        view = self.view
        g = view.geometry_
        item = view.current_item()
        if g is None:
            return None
        if item is None:
            shown = [i for blocks in view.blocks_by_column.values() for i in blocks]
            seen = view.mapToScene(view.viewport().rect()).boundingRect()
            inside = [i for i in shown if seen.intersects(i.body())] or shown
            return min(inside, key=lambda i: (i.x(), i.y())) if inside else None
        column = view.placement(item.session_id)[0]
        if step_y:
            blocks = view.column_blocks(column.index)
            i = blocks.index(item) + step_y
            return blocks[i] if 0 <= i < len(blocks) else None
        index = column.index + step_x
        while 0 <= index < len(g.columns):
            blocks = view.column_blocks(index)
            if blocks:
                y = item.y()
                return min(blocks, key=lambda b: abs(b.y() - y))
            index += step_x
        return None

    def nudge(self, item: BlockItem, dx: int, dy: int) -> None:
        """Ctrl+Up/Down: 5 minutes earlier/later. Ctrl+Left/Right: the same time in the
        previous/next hall."""
        view = self.view
        column, start, _end = view.placement(item.session_id)
        if dy:
            view.move_requested.emit(
                item.session_id, at_minute(column.day, start + dy * SNAP_MINUTES), None
            )
            return
        ids = [r.id for r in view.data.rooms] if view.data else []
        i = ids.index(column.room.id) + dx
        if 0 <= i < len(ids):
            view.move_requested.emit(item.session_id, at_minute(column.day, start), ids[i])
