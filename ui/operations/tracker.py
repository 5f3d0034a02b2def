"""The operations running for one widget: its busy state, and which of them are still wanted."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from ui.operations.operation import Operation

NAME = "scipop_operations"
BUSY_PROPERTY = "busy"  # a dynamic property of the parent: True while an operation runs


def _forget(running: set[Operation]) -> None:
    """The parent was deleted: its operations will never deliver."""
    for op in list(running):
        op.forget()
    running.clear()


class OperationTracker(QObject):
    """A hidden child of the parent, so it and its operations die with it.

    While any operation runs the parent shows a busy cursor and its ``busy`` property is
    True. A newer operation with the same ``latest`` key drops the older one; a dialog
    that is closed drops all of its operations.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.setObjectName(NAME)
        self.owner = parent
        self.running: set[Operation] = set()
        self.latest: dict[str, Operation] = {}
        if isinstance(parent, QDialog):
            parent.finished.connect(self._dialog_closed)
        running = self.running  # the set, not self: the wrapper is dead when this fires
        self.destroyed.connect(lambda *_a: _forget(running))

    @classmethod
    def of(cls, parent: QObject) -> OperationTracker:
        tracker = cls.find(parent)
        return tracker if tracker is not None else cls(parent)

    @classmethod
    def find(cls, parent: QObject) -> OperationTracker | None:
        return parent.findChild(OperationTracker, NAME, Qt.FindChildOption.FindDirectChildrenOnly)

    @classmethod
    def is_busy(cls, parent: QObject) -> bool:
        tracker = cls.find(parent)
        return tracker is not None and bool(tracker.running)

    def add(self, op: Operation, key: str | None) -> None:
        if key is not None:
            older = self.latest.get(key)
            if older is not None:
                older.drop()  # a newer request wins
            self.latest[key] = op
        was_busy = bool(self.running)
        self.running.add(op)
        if not was_busy:
            self._show_busy(True)

    def remove(self, op: Operation) -> None:
        if op not in self.running:
            return
        self.running.discard(op)
        for key, current in list(self.latest.items()):
            if current is op:
                del self.latest[key]
        if not self.running:
            self._show_busy(False)

    def drop(self, key: str) -> None:
        """Nobody wants the newest ``key`` operation's result any more (e.g. nothing selected)."""
        op = self.latest.get(key)
        if op is not None:
            op.drop()

    def drop_all(self) -> None:
        for op in list(self.running):
            op.drop()

    @Slot(int)
    def _dialog_closed(self, _result: int) -> None:
        self.drop_all()

    def _show_busy(self, busy: bool) -> None:
        owner = self.owner
        if not shiboken6.isValid(owner):
            return
        owner.setProperty(BUSY_PROPERTY, busy)
        if isinstance(owner, QWidget):
            if busy:
                owner.setCursor(Qt.CursorShape.BusyCursor)
            else:
                owner.unsetCursor()
        self.busy_changed.emit(busy)
