"""Suggesting what a form's answer means: the session, the number of people, the category.

Suggestions are what the import offers, preselected, for the user to confirm; only answers
that cannot mean anything else (``12``, ``3人``, ``三人``) are read without asking.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher

from scipop.importing.attendee_rows import CATEGORY_WORDS, SessionIndex, _category, _SessionInfo
from scipop.importing.cells import count_in_words, text_of
from scipop.importing.spreadsheet import Table
from scipop.importing.value_mapping import CATEGORY, HEADCOUNT, SESSION, ValueMapping
from scipop.models import AttendeeCategory

_DATE = re.compile(r"(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?")
_TIME = re.compile(r"(上午|下午|晚上)?\s*(\d{1,2})\s*[:：点]\s*(\d{2}|半)?")
_TITLE = re.compile(r"[《「“\"]([^》」”\"]+)[》」”\"]")


@dataclass
class Answer:
    """One distinct answer in a mapped column: how often it occurs and what it maps to."""

    field: str
    text: str
    rows: int
    suggested: int | str | None  # the program's guess (None: no idea)
    value: int | str | None  # what it maps to now: remembered, else the suggestion
    remembered: bool = False
    label: str = ""  # the suggested session as a person reads it: "2026-11-29 10:00 title (hall)"


def distinct_answers(table: Table, column: int | None) -> list[tuple[str, int]]:
    """Each different non-empty answer in ``column``, in file order, with its row count."""
    if column is None:
        return []
    counts: dict[str, int] = {}
    for row in table.rows:
        if column < len(row):
            text = text_of(row[column])
            if text:
                counts[text] = counts.get(text, 0) + 1
    return list(counts.items())


def answers(
    table: Table,
    columns: dict[str, int | None],
    index: SessionIndex,
    remembered: ValueMapping,
) -> list[Answer]:
    """Every answer of the session, headcount and category columns that needs a mapping."""
    out: list[Answer] = []
    for name, suggest in (
        (SESSION, lambda t: suggest_session(t, index)),
        (HEADCOUNT, suggest_headcount),
        (CATEGORY, suggest_category),
    ):
        for text, rows in distinct_answers(table, columns.get(name)):
            known = remembered.get(name, text)
            if known is None and _plain(name, text, index):
                continue  # read as it is, without asking
            guess = suggest(text)
            if isinstance(guess, AttendeeCategory):
                guess = guess.value
            answer = Answer(name, text, rows, guess, known if known is not None else guess)
            answer.remembered = known is not None
            if name == SESSION and guess is not None:
                answer.label = describe(index.by_id[int(guess)])
            out.append(answer)
    return out


def _plain(name: str, text: str, index: SessionIndex) -> bool:
    """Whether the import reads the answer without a mapping, and nobody could read it otherwise:
    a number, a category's own word, a session's number or its unique date and time."""
    if name == HEADCOUNT:
        return text.isdigit()
    if name == CATEGORY:
        return _category(text) is not None
    if re.fullmatch(r"#?\s*\d+", text):
        return True  # a session number: right, or reported as no such session
    return index.resolve(text)[0] is not None


def describe(info: _SessionInfo) -> str:
    """``2026-11-29 10:00 数字球幕：地球的脉动 (球幕/数字球 展厅)``."""
    return f"{info.start:%Y-%m-%d %H:%M} {info.title or info.event} ({info.room})"


def suggest_session(text: str, index: SessionIndex) -> int | None:
    """The session an answer names by its date, time and title; None when unsure."""
    sid, _template, _params = index.resolve(text)
    if sid is not None:
        return sid
    live = [i for i in index.by_id.values() if not i.cancelled]
    d = _DATE.search(text)
    if d:
        month, day = int(d.group(2)), int(d.group(3))
        year = int(d.group(1)) if d.group(1) else None
        live = [
            i
            for i in live
            if (i.start.month, i.start.day) == (month, day) and year in (None, i.start.year)
        ]
    t = _TIME.search(text, d.end() if d else 0)
    if t:
        hour = int(t.group(2))
        minute = 30 if t.group(3) == "半" else int(t.group(3) or 0)
        if t.group(1) in ("下午", "晚上") and hour < 12:
            hour += 12
        live = [i for i in live if (i.start.hour, i.start.minute) == (hour, minute)]
    if not live:
        return None
    if d and len(live) == 1:
        return live[0].id
    best = _best_by_title(text, live)
    return best.id if best is not None else None


def _best_by_title(text: str, sessions: list[_SessionInfo]) -> _SessionInfo | None:
    quoted = _TITLE.search(text)
    wanted = quoted.group(1) if quoted else text
    scored = sorted(
        ((_similarity(wanted, s), s.start, s) for s in sessions),
        key=lambda x: (-x[0], x[1]),
    )
    if not scored or scored[0][0] < 0.5:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        same_time = scored[1][1] == scored[0][1]
        if same_time or not _DATE.search(text):
            return None  # two equally good: the user must say which
    return scored[0][2]


def _similarity(wanted: str, info: _SessionInfo) -> float:
    names = [n for n in (info.title, info.event, info.event_en) if n]
    return max((SequenceMatcher(None, wanted, n).ratio() for n in names), default=0.0)


def suggest_headcount(text: str) -> int | None:
    """``3``, ``3人``, ``三人``, ``共 3 位``, ``2大1小`` (3); None for no number at all."""
    return count_in_words(text)


_KEYWORDS = sorted(
    ((w, c) for c, words in CATEGORY_WORDS.items() for w in words),
    key=lambda wc: -len(wc[0]),
)


def suggest_category(text: str) -> AttendeeCategory | None:
    """The category whose word the answer contains (``我是带队老师`` → teacher)."""
    folded = text.strip().lower()
    for word, category in _KEYWORDS:
        if word in folded:
            return category
    return None
