"""Finding icons, translations and styles, from the source tree and from a PyInstaller bundle."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from scipop.resources import resource_path, resources_root

__all__ = ["icon", "read_text", "resource_path", "resources_root"]


def read_text(*parts: str) -> str:
    path = resource_path(*parts)
    return path.read_text(encoding="utf-8") if path.exists() else ""


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` (an empty icon when it is missing)."""
    path = resource_path("icons", f"{name}.svg")
    return QIcon(str(path)) if path.exists() else QIcon()
