"""What every page and dialog is handed: services, preferences and the worker pool."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QThreadPool

from scipop.services import Services
from ui.settings import Settings


@dataclass
class AppContext:
    services: Services
    settings: Settings
    pool: QThreadPool = field(default_factory=QThreadPool.globalInstance)

    @property
    def store(self):
        return self.services.store
