"""A distinct short sound per verdict (QSoundEffect); silent when there is no audio device."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QUrl

from ui.resources import resource_path

log = logging.getLogger("scipop.desk")


class VerdictSounds(QObject):
    """Plays ``resources/sounds/<verdict>.wav``; ``last_played`` says which (for tests)."""

    def __init__(self, parent: QObject | None = None, *, enabled: bool = True):
        super().__init__(parent)
        self.enabled = enabled
        self.last_played = ""
        self._effects: dict[str, object] = {}
        self._files: dict[str, Path | None] = {}  # looked up once: a scan does not touch the disk
        self._broken = False

    def _file(self, verdict: str) -> Path | None:
        if verdict not in self._files:
            path = resource_path("sounds", f"{verdict}.wav")
            self._files[verdict] = path if path.exists() else None
        return self._files[verdict]

    def play(self, verdict: str) -> None:
        path = self._file(verdict)
        if path is None:
            return
        self.last_played = verdict
        if not self.enabled or self._broken:
            return
        effect = self._effects.get(verdict)
        if effect is None:
            try:
                from PySide6.QtMultimedia import QSoundEffect
            except ImportError:  # PySide6-Addons missing: the screen still says it all
                self._broken = True
                log.warning("QtMultimedia is not available; the station is silent")
                return
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(0.9)
            self._effects[verdict] = effect
        effect.play()
