"""How slow services report progress and learn they were cancelled, without knowing about Qt."""

from __future__ import annotations

from scipop.errors import DomainError
from scipop.i18n import QT_TRANSLATE_NOOP


class Cancelled(DomainError):
    """The user cancelled; the unit of work was rolled back and nothing changed."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("errors", "Cancelled; nothing was changed."))


class Progress:
    """Passed into slow services. The default does nothing and is never cancelled.

    A GUI worker subclasses it to emit a signal from ``report`` and to answer ``cancelled``
    from a flag the cancel button sets; the CLI may print.
    """

    def report(self, done: int, total: int, stage: str = "") -> None:
        """``done`` of ``total`` steps of ``stage`` (a short English label) are finished."""

    def cancelled(self) -> bool:
        return False

    def check(self) -> None:
        """Raise :class:`Cancelled` when the user asked to stop."""
        if self.cancelled():
            raise Cancelled()


NO_PROGRESS = Progress()
