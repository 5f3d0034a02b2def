"""Printing rows as an aligned text table (CJK counts double width) or as JSON."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from datetime import datetime, time
from enum import Enum
from typing import Any

from scipop.timeutil import fmt_local, to_local


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return fmt_local(value)
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def table(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    texts = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([width(c)] + [width(t[i]) for t in texts]) for i, c in enumerate(columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - width(v)) for v, w in zip(values, widths, strict=True))

    out = [line(columns), line(["-" * w for w in widths])]
    out += [line(t) for t in texts]
    return "\n".join(s.rstrip() for s in out)


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):  # local time with its offset, as every table shows it
        return to_local(value).isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")


def to_json(rows: Sequence[dict[str, Any]]) -> str:
    return json.dumps(list(rows), ensure_ascii=False, indent=2, default=_json_default)
