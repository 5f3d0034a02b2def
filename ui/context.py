"""What every page and dialog is handed: services, preferences and the worker pool.

``services`` (the composition root) is the one way in to the domain; they are called off
the GUI thread through :mod:`ui.operations`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QThreadPool

from ui.settings import Settings

if TYPE_CHECKING:  # importing the services pulls in SQLAlchemy; the shell paints without it
    from scipop.app import Services


@dataclass
class AppContext:
    services: Services
    settings: Settings
    pool: QThreadPool = field(default_factory=QThreadPool.globalInstance)

    @property
    def store(self):
        """For tests and the status bar: pages and dialogs use ``services``, in operations."""
        return self.services.store
