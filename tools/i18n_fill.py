"""Filling Chinese translations in bulk: export what is left to translate, apply a JSON file.

    python tools/i18n_fill.py todo todo.json      # {context: {source: ""}} for unfinished strings
    python tools/i18n_fill.py apply done.json     # write those translations into scipop_zh_CN.ts

Several people translate at once by each filling their own JSON and applying it under
``flock`` together with ``tools/i18n.py update`` and ``release``.
"""

from __future__ import annotations

import argparse
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.i18n import CHINESE_TS, _has_text, unfinished


def todo(out: Path) -> int:
    tree = ET.parse(CHINESE_TS)
    data: dict[str, dict[str, str]] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            t = message.find("translation")
            if t is not None and t.get("type") in ("obsolete", "vanished"):
                continue
            if t is None or t.get("type") == "unfinished" or not _has_text(t):
                data.setdefault(name, {})[message.findtext("source") or ""] = ""
    out.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{sum(len(v) for v in data.values())} string(s) to translate written to {out}")
    return 0


def apply(src: Path) -> int:
    data: dict[str, dict[str, str]] = json.loads(src.read_text(encoding="utf-8"))
    tree = ET.parse(CHINESE_TS)
    filled = 0
    for context in tree.getroot().iter("context"):
        table = data.get(context.findtext("name") or "", {})
        for message in context.iter("message"):
            text = table.get(message.findtext("source") or "", "")
            if not text.strip():
                continue
            t = message.find("translation")
            if t is None:
                t = ET.SubElement(message, "translation")
            if message.get("numerus") == "yes":
                for form in list(t):
                    t.remove(form)
                ET.SubElement(t, "numerusform").text = text
                t.text = None
            else:
                t.text = text
            t.attrib.pop("type", None)
            filled += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    CHINESE_TS.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8"
    )
    left = unfinished(CHINESE_TS)
    print(f"filled {filled}; {len(left)} still unfinished")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=["todo", "apply"])
    parser.add_argument("file", type=Path)
    args = parser.parse_args(argv)
    return todo(args.file) if args.command == "todo" else apply(args.file)


if __name__ == "__main__":
    raise SystemExit(main())
