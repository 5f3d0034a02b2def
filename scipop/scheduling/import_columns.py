"""The columns of a schedule file, and the events and rooms its cells name.

Headers are English or Chinese, in any order: event/活动, room/场地/展厅 (a room name or
"venue/room"), date/日期, start/开始, end/结束, and optionally capacity/容量 and title/标题.
"""

from __future__ import annotations

import re

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.importing.cells import CellError
from scipop.importing.report import ImportFileError
from scipop.importing.spreadsheet import Table
from scipop.models import Event, Room

# column key -> accepted headers (compared after normalising: lower case, no spaces/brackets)
COLUMNS: dict[str, tuple[str, ...]] = {
    "event": ("event", "eventtitle", "活动", "活动名称", "活动标题", "项目"),
    "room": ("room", "hall", "venue/room", "场地", "展厅", "场馆", "地点", "场地/展厅", "厅"),
    "date": ("date", "day", "日期"),
    "start": ("start", "starttime", "starts", "from", "开始", "开始时间", "起始时间"),
    "end": ("end", "endtime", "ends", "to", "until", "结束", "结束时间"),
    "capacity": ("capacity", "places", "seats", "容量", "名额", "人数上限", "座位"),
    "title": ("title", "sessiontitle", "name", "标题", "场次", "场次标题", "场次名称"),
}
REQUIRED = ("event", "room", "date", "start", "end")
FIELD_COLUMN = {  # SessionDraft field -> the column a problem with it points at
    "event_id": "event",
    "room_id": "room",
    "starts_at": "start",
    "ends_at": "end",
    "capacity": "capacity",
}

MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "errors",
    "'{name}' has no {columns} column(s); the header row must name event (活动), "
    "room (场地), date (日期), start (开始) and end (结束).",
)
UNKNOWN_EVENT = QT_TRANSLATE_NOOP("errors", "There is no event titled '{value}'.")
UNKNOWN_ROOM = QT_TRANSLATE_NOOP("errors", "There is no room '{value}'.")
AMBIGUOUS_ROOM = QT_TRANSLATE_NOOP(
    "errors", "Several venues have a room named '{value}'; write it as 'venue/room'."
)


def normalise(header: str) -> str:
    """A header as compared: lower case, without spaces, dashes or a bracketed note."""
    text = re.sub(r"[（(【\[].*?[)）】\]]", "", str(header)).casefold()
    return re.sub(r"[\s_\-:：*]+", "", text)


def find_columns(table: Table, file_name: str) -> dict[str, int]:
    """Column key -> index in the table; ImportFileError naming every missing column."""
    wanted = {alias.replace(" ", ""): key for key, aliases in COLUMNS.items() for alias in aliases}
    found: dict[str, int] = {}
    for i, header in enumerate(table.headers):
        key = wanted.get(normalise(header))
        if key and key not in found:
            found[key] = i
    missing = [k for k in REQUIRED if k not in found]
    if missing:
        raise ImportFileError(MISSING_COLUMNS, name=file_name, columns=", ".join(missing))
    return found


class Directory:
    """Events and rooms by the names people write in spreadsheets."""

    def __init__(self, s: Session):
        self.events: dict[str, Event] = {}
        for e in s.scalars(select(Event)):
            self.events.setdefault(e.title.strip().casefold(), e)
            if e.title_en:
                self.events.setdefault(e.title_en.strip().casefold(), e)
        self.rooms: dict[str, list[Room]] = {}
        self.venue_rooms: dict[tuple[str, str], Room] = {}
        for r in s.scalars(select(Room).options(joinedload(Room.venue))):
            for name in {r.name, r.name_en} - {""}:
                self.rooms.setdefault(name.strip().casefold(), []).append(r)
                for venue in {r.venue.name, r.venue.name_en} - {""}:
                    self.venue_rooms[(venue.strip().casefold(), name.strip().casefold())] = r

    def event(self, text: str) -> Event:
        e = self.events.get(text.strip().casefold())
        if e is None:
            raise CellError(UNKNOWN_EVENT, value=text)
        return e

    def room(self, text: str) -> Room:
        key = re.sub(r"\s*[/／]\s*", "/", text.strip()).casefold()
        matches = {r.id: r for r in self.rooms.get(key, [])}
        if len(matches) == 1:
            return next(iter(matches.values()))
        if len(matches) > 1:
            raise CellError(AMBIGUOUS_ROOM, value=text)
        for i, ch in enumerate(key):  # "venue/room": the room's own name may contain "/"
            if ch == "/":
                room = self.venue_rooms.get((key[:i].strip(), key[i + 1 :].strip()))
                if room is not None:
                    return room
        raise CellError(UNKNOWN_ROOM, value=text)
