"""What the main window expects of a page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from scipop.errors import DomainError
from ui.context import AppContext
from ui.errors import show_error
from ui.widgets.plain_text import ask


class Page(QWidget):
    """A page loads its data when first shown and again when marked stale.

    It emits ``data_changed`` after it wrote something other pages may show; the main
    window then marks the other pages stale.
    """

    data_changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True

    @property
    def services(self):
        return self.ctx.services

    def activate(self) -> None:
        """Called when the page becomes visible: reload when needed."""
        if self._stale:
            self._stale = False
            self.reload()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.activate()

    def reload(self) -> None:
        raise NotImplementedError

    # ---- helpers for the pages' write actions
    def confirm_delete(self, what: str) -> bool:
        return ask(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1”?\nThis cannot be undone.").replace("%1", what),
        )

    def run_read(self, action: Callable[[], Any]) -> Any | None:
        """Run a service read; when the record is gone, say so and reload the page."""
        try:
            return action()
        except DomainError as exc:
            show_error(self, exc)
            self.reload()
            return None

    def run_write(self, action: Callable[[], Any], title: str = "") -> bool:
        """Run a service write; show a refusal translated. True when it went through."""
        try:
            action()
        except DomainError as exc:
            show_error(self, exc, title)
            return False
        self.data_changed.emit()
        return True
