"""Translations: ``update`` the .ts files from the sources, ``release`` the .qm files, ``check``.

    python tools/i18n.py update    # pyside6-lupdate over ui/, scipop/ and main.py
    python tools/i18n.py release   # pyside6-lrelease → resources/i18n/*.qm (+ Qt's own qtbase)
    python tools/i18n.py check     # fails when a string is untranslated or missing from a .ts

English is the source language: ``scipop_en.ts`` only holds the plural forms (``%n``).
After ``update`` lupdate's result is cross-checked with a scan of the Python syntax tree
(``tr``, ``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP`` with literal strings);
any string lupdate missed is added, so the domain's error templates are never left out.
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
SOURCES = ("ui", "scipop", "main.py")
CHINESE_TS = I18N / "scipop_zh_CN.ts"
ENGLISH_TS = I18N / "scipop_en.ts"
QT_BASE = ("qtbase_zh_CN.qm",)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool = False


def python_files() -> list[Path]:
    files: list[Path] = []
    for name in SOURCES:
        path = ROOT / name
        files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
    return [f for f in files if "__pycache__" not in f.parts and "migrations" not in f.parts]


def tool(name: str) -> str:
    """A PySide6 tool next to the running Python, else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / name, here / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found; install PySide6")
    return found


# ---- scanning the sources ourselves
def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def scan(path: Path) -> Iterator[Message]:
    """Translatable strings in one file, as lupdate should find them."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))

    def visit(node: ast.AST, klass: str) -> Iterator[Message]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                yield from visit(child, child.name)
                continue
            if isinstance(child, ast.Call):
                yield from _call(child, klass)
            yield from visit(child, klass)

    yield from visit(tree, "")


def _call(call: ast.Call, klass: str) -> Iterator[Message]:
    func = call.func
    name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
    args = call.args
    if name == "tr" and args and klass:
        text = _literal(args[0])
        if text is not None:
            yield Message(klass, text, numerus=len(args) >= 3)
    elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
        context, text = _literal(args[0]), _literal(args[1])
        if context is not None and text is not None:
            yield Message(context, text, numerus=len(args) >= 4)


def scanned_messages() -> set[Message]:
    found: set[Message] = set()
    for path in python_files():
        found.update(scan(path))
    return found


# ---- reading and writing .ts files
def ts_messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    out = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message
    return out


def drop_contextless(ts: Path) -> list[str]:
    """Remove messages lupdate filed under an empty context (a call it misread, such as a
    ``translate = QCoreApplication.translate`` alias); the syntax-tree scan adds them back
    under their real context. Returns the sources removed."""
    tree = ET.parse(ts)
    root = tree.getroot()
    removed: list[str] = []
    for context in list(root.iter("context")):
        if (context.findtext("name") or "") == "":
            removed += [m.findtext("source") or "" for m in context.iter("message")]
            root.remove(context)
    if removed:
        tree.write(ts, encoding="utf-8", xml_declaration=True)
    return removed


def add_missing(ts: Path, missing: list[Message]) -> None:
    """Append messages lupdate did not find (kept unfinished until translated)."""
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    for m in missing:
        context = contexts.get(m.context)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = m.context
            contexts[m.context] = context
        message = ET.SubElement(context, "message")
        if m.numerus:
            message.set("numerus", "yes")
        ET.SubElement(message, "source").text = m.source
        ET.SubElement(message, "translation", type="unfinished")
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def unfinished(ts: Path) -> list[str]:
    """Messages without a finished translation (obsolete ones do not count)."""
    out = []
    for (context, source), message in ts_messages(ts).items():
        t = message.find("translation")
        kind = t.get("type") if t is not None else None
        if kind in ("obsolete", "vanished"):
            continue
        if t is None or kind == "unfinished" or not _has_text(t):
            out.append(f"{context}: {source!r}")
    return out


def _has_text(translation: ET.Element) -> bool:
    forms = translation.findall("numerusform")
    if forms:
        return all((f.text or "").strip() for f in forms)
    return bool((translation.text or "").strip())


def plural_forms(ts: Path) -> dict[tuple[str, str], list[str]]:
    """The translated plural forms of each numerus message in ``ts``."""
    if not ts.exists():
        return {}
    out = {}
    for key, message in ts_messages(ts).items():
        forms = [f.text or "" for f in message.iter("numerusform")]
        if message.get("numerus") == "yes" and any(forms):
            out[key] = forms
    return out


def restore_plurals(ts: Path, before: dict[tuple[str, str], list[str]]) -> list[str]:
    """Make every plural message the scan finds a plural one in ``ts`` again.

    lupdate misreads ``QCoreApplication.translate(context, text, "", n)`` as a plain message
    (and so drops it from the English file, which keeps only plurals): its plural forms are
    put back from the file as it was before the update. Always rewrites ``ts`` in one layout.
    """
    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    restored = []
    for m in sorted(scanned_messages(), key=lambda m: (m.context, m.source)):
        if not m.numerus:
            continue
        context = contexts.get(m.context)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = m.context
            contexts[m.context] = context
        message = next(
            (x for x in context.iter("message") if x.findtext("source") == m.source), None
        )
        if message is not None and message.get("numerus") == "yes":
            continue
        if message is None:
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = m.source
        message.set("numerus", "yes")
        for old in message.findall("translation"):
            message.remove(old)
        translation = ET.SubElement(message, "translation")
        forms = before.get((m.context, m.source))
        if forms:
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.set("type", "unfinished")
            ET.SubElement(translation, "numerusform")
        restored.append(f"{m.context}: {m.source!r}")
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return restored


# ---- commands
def update() -> int:
    I18N.mkdir(parents=True, exist_ok=True)
    plurals = {ts: plural_forms(ts) for ts in (CHINESE_TS, ENGLISH_TS)}
    files = [str(p.relative_to(ROOT)) for p in python_files()]
    lupdate = tool("pyside6-lupdate")
    run([lupdate, *files, "-no-obsolete", "-locations", "relative", "-ts", str(CHINESE_TS)])
    run([lupdate, *files, "-no-obsolete", "-pluralonly", "-locations", "relative",
         "-ts", str(ENGLISH_TS)])  # fmt: skip
    dropped = drop_contextless(CHINESE_TS)
    if dropped:
        print(f"dropped {len(dropped)} string(s) lupdate found without a context: {dropped}")
    known = ts_messages(CHINESE_TS)
    missing = sorted(
        (m for m in scanned_messages() if (m.context, m.source) not in known),
        key=lambda m: (m.context, m.source),
    )
    if missing:
        print(f"lupdate missed {len(missing)} string(s); added them:")
        for m in missing:
            print(f"  {m.context}: {m.source!r}")
        add_missing(CHINESE_TS, missing)
    for ts, before in plurals.items():
        restored = restore_plurals(ts, before)
        if restored:
            print(f"{ts.name}: plural forms kept for {restored}")
    left = unfinished(CHINESE_TS)
    print(f"{CHINESE_TS.name}: {len(known) + len(missing)} strings, {len(left)} to translate")
    return 0


def release() -> int:
    lrelease = tool("pyside6-lrelease")
    for ts in sorted(I18N.glob("*.ts")):
        run([lrelease, str(ts), "-qm", str(ts.with_suffix(".qm"))])
    from PySide6.QtCore import QLibraryInfo

    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name in QT_BASE:
        shutil.copyfile(qt_dir / name, I18N / name)
        print(f"copied Qt's {name}")
    return 0


def check() -> int:
    problems = [f"untranslated in {CHINESE_TS.name}: {u}" for u in unfinished(CHINESE_TS)]
    problems += [f"untranslated in {ENGLISH_TS.name}: {u}" for u in unfinished(ENGLISH_TS)]
    known = ts_messages(CHINESE_TS)
    problems += [
        f"not in {CHINESE_TS.name}: {m.context}: {m.source!r}"
        for m in sorted(scanned_messages(), key=lambda m: (m.context, m.source))
        if (m.context, m.source) not in known
    ]
    for p in problems:
        print(p)
    print("translations complete" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["update", "release", "check"])
    args = parser.parse_args(argv)
    return {"update": update, "release": release, "check": check}[args.command]()


if __name__ == "__main__":
    raise SystemExit(main())
