"""The domain layer stays headless: importing it never pulls in Qt or the GUI."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_every_scipop_module_does_not_import_pyside6_or_ui():
    code = (
        "import pkgutil, importlib, sys, scipop\n"
        "for m in pkgutil.walk_packages(scipop.__path__, 'scipop.'):\n"
        "    if '.migrations' in m.name or m.name.endswith('__main__'):\n"
        "        continue\n"
        "    importlib.import_module(m.name)\n"
        "top = ('PySide6', 'shiboken6', 'ui')\n"
        "bad = sorted(n for n in sys.modules if n.split('.')[0] in top)\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == ""


def test_no_scipop_source_mentions_pyside6_imports():
    offenders = [
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "scipop").rglob("*.py")
        if any(
            line.lstrip().startswith(("import PySide6", "from PySide6", "from ui", "import ui"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
