"""Assigning volunteers to a shift, one after the other, as a person would want it asked.

Each assignment is a write in a worker. A refusal (overlap, inactive, already on it) is shown
with its reason and changes nothing; warnings (hours a day, hours in a row, missing skills,
full) are listed and asked about: "Assign anyway" repeats the write accepting them.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from scipop.errors import DomainError
from ui.errors import error_text
from ui.operations import WriteOp
from ui.volunteers.texts import issue_text
from ui.widgets.plain_text import plain_box


class Assigner(QObject):
    finished = Signal(int)  # how many were assigned
    refused = Signal(str)  # the reason shown, for tests and the status bar

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.widget = parent
        self._queue: list[int] = []
        self._shift_id = 0
        self._assigned = 0

    @property
    def busy(self) -> bool:
        return bool(self._queue)

    def assign(self, shift_id: int, volunteer_ids: list[int]) -> None:
        if self._queue:
            return  # one drop at a time
        self._shift_id = shift_id
        self._queue = list(dict.fromkeys(volunteer_ids))
        self._assigned = 0
        self._next(accept=False)

    def _next(self, *, accept: bool) -> None:
        if not self._queue:
            self.finished.emit(self._assigned)
            return
        shift_id, volunteer_id = self._shift_id, self._queue[0]
        WriteOp(
            self.widget.ctx,
            self.widget,
            lambda s: s.assignments.assign(shift_id, volunteer_id, accept_warnings=accept),
            self._done,
        ).failure(self._failed).run()

    def _done(self, _result) -> None:
        self._assigned += 1
        self._queue.pop(0)
        self._next(accept=False)

    def _failed(self, error: DomainError) -> None:
        from scipop.volunteers.rules import AssignmentRefused, NeedsConfirmation

        title = self.tr("Assign volunteer")
        if isinstance(error, NeedsConfirmation):
            box = plain_box(
                self.widget,
                QMessageBox.Icon.Warning,
                title,
                self.tr("Assigning them needs your confirmation:"),
                "\n".join("• " + issue_text(w) for w in error.warnings),
            )
            yes = box.addButton(self.tr("Assign &anyway"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is yes:
                self._next(accept=True)
                return
            self._skip()
            return
        if isinstance(error, AssignmentRefused):
            text = "\n".join(issue_text(e) for e in error.check.errors)
        else:
            text = error_text(error)
        self.refused.emit(text)
        plain_box(
            self.widget,
            QMessageBox.Icon.Warning,
            title,
            self.tr("Not assigned:") + "\n" + text,
        ).exec()
        self._skip()

    def _skip(self) -> None:
        self._queue.pop(0)
        self._next(accept=False)
