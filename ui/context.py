"""What every page and dialog is handed: services, preferences and the worker pool."""

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
        return self.services.store
