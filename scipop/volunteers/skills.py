"""Skills and languages as people type them: "引导、英语, 急救；手语" is four of them."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_SEPARATORS = re.compile(r"[、,，;；/\s]+")
JOINER = "、"  # how a list is stored, and shown


@lru_cache(maxsize=4096)
def parse_list(text: str | None) -> tuple[str, ...]:
    """The items of a skills or languages text, each once, in the order typed."""
    seen: dict[str, str] = {}
    for item in _SEPARATORS.split(text or ""):
        item = item.strip()
        if item and item.casefold() not in seen:
            seen[item.casefold()] = item
    return tuple(seen.values())


def join_list(items: Iterable[str]) -> str:
    """The stored form of a list: items joined by "、"."""
    return JOINER.join(parse_list(JOINER.join(items)))


def normalize(text: str | None) -> str:
    """The stored form of a typed text."""
    return join_list(parse_list(text))


def missing(required: Iterable[str], has: Iterable[str]) -> tuple[str, ...]:
    """The required items that ``has`` lacks (case-insensitive)."""
    own = {h.casefold() for h in has}
    return tuple(r for r in required if r.casefold() not in own)


EVERY_DAY = (0, 1, 2, 3, 4, 5, 6)  # Monday = 0
