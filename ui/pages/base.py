"""What the main window expects of a page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QBoxLayout, QWidget

from scipop.errors import DomainError
from ui.context import AppContext
from ui.errors import show_error
from ui.operations import Operation, QueryOp, WriteOp
from ui.widgets.plain_text import ask

if TYPE_CHECKING:
    from scipop.app import Services
    from ui.widgets.setup_hint import Hint, SetupHint


@dataclass(frozen=True)
class EditActions:
    """The page's own New / Edit / Delete, which the window's Edit menu and Ctrl+N trigger."""

    new: QAction | None = None
    edit: QAction | None = None
    delete: QAction | None = None


class Page(QWidget):
    """A page loads its data when first shown and again when marked stale.

    Its reads and writes run off the GUI thread (``query``, ``run_read``, ``run_write``).
    It emits ``data_changed`` after it wrote something other pages may show; the main
    window then marks the other pages stale.
    """

    data_changed = Signal()
    reloaded = Signal()  # a load's rows are on screen
    start_requested = Signal(str)  # a setup hint's button: what to create (see setup_hint)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        self.setup_hint: SetupHint | None = None

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

    # ---- what the window's menus do on this page
    def edit_actions(self) -> EditActions:
        """New / Edit / Delete on this page: by default those of its table (a CrudTable; the
        one with the focus when several are shown), else none."""
        from ui.widgets.crud_table import CrudTable

        tables = [t for t in self.findChildren(CrudTable) if t.isVisibleTo(self)]
        focus = self.focusWidget()
        focused = [t for t in tables if focus is not None and t.isAncestorOf(focus)]
        table = (focused or tables or [None])[0]
        if table is None:
            return EditActions()
        return EditActions(table.new_action, table.edit_action, table.delete_action)

    # ---- what to create first (an empty database)
    def show_setup_hint(self, hint: Hint | None) -> None:
        """Say what to create first above the page's contents, or nothing (``None``)."""
        if self.setup_hint is None:
            if hint is None:
                return
            from ui.widgets.setup_hint import SetupHint

            self.setup_hint = SetupHint(self)
            self.setup_hint.requested.connect(self.start_requested)
            layout = self.layout()
            if isinstance(layout, QBoxLayout):
                layout.insertWidget(self.setup_hint_position(), self.setup_hint)
        self.setup_hint.show_hint(hint)

    def setup_hint_position(self) -> int:
        """Where in the page's layout the hint goes (the top by default)."""
        return 0

    # ---- helpers for the pages' write actions
    def confirm_delete(self, what: str) -> bool:
        return ask(
            self,
            self.tr("Delete"),
            self.tr("Delete “%1”?\nThis cannot be undone.").replace("%1", what),
        )

    # ---- reads and writes off the GUI thread (see ui.operations)
    def query(self, op: Callable[[Services], Any], show: Callable[[Any], None]) -> Operation:
        """Read the page's rows in a worker; only the newest load is shown, then ``reloaded``."""

        def shown(result: Any) -> None:
            show(result)
            self.reloaded.emit()

        return QueryOp(self.ctx, self, op, shown).latest("rows").run()

    def run_read(self, op: Callable[[Services], Any], then: Callable[[Any], None]) -> Operation:
        """Read one record (e.g. fresh for an edit); when it is gone, say so and reload."""

        def gone(error: DomainError) -> None:
            show_error(self, error)
            self.reload()

        return QueryOp(self.ctx, self, op, then).failure(gone).run()

    def run_write(
        self,
        op: Callable[[Services], Any],
        then: Callable[[Any], None] | None = None,
        title: str = "",
    ) -> Operation:
        """Run a service write; a refusal is shown translated. Then ``data_changed``."""

        def done(result: Any) -> None:
            self.data_changed.emit()
            if then is not None:
                then(result)

        return WriteOp(self.ctx, self, op, done).titled(title).run()
