"""Finding bundled resources (fonts) in the source tree or a PyInstaller bundle, without Qt."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """``resources/`` beside the code: the repository's, or the bundle's (``sys._MEIPASS``)."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[1] / "resources"


def resource_path(*parts: str) -> Path:
    """The path of a resource file, e.g. ``resource_path("fonts", "WenQuanYiMicroHei.ttf")``."""
    return resources_root().joinpath(*parts)
