"""Importing a schedule from a spreadsheet: every row checked, all or nothing.

Columns (English or Chinese headers, any order): event/活动, room/场地/展厅 (a room name or
"venue/room"), date/日期, start/开始, end/结束, and optionally capacity/容量 and title/标题.
Every row goes through the same rules as a booking made by hand — including clashes with
the database and with other rows of the same file — and a file with any bad row imports
nothing: :class:`ImportRejected` lists every bad row with its row number and reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from scipop.errors import DomainError
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.importing.cells import (
    CellError,
    date_in,
    is_empty,
    text_of,
    to_count,
    to_date,
    to_time_of_day,
)
from scipop.importing.report import ImportFileError, ImportRejected, RowError
from scipop.importing.spreadsheet import Table, read_table
from scipop.models import Event, Room, SessionStatus
from scipop.models import Session as EventSession
from scipop.progress import NO_PROGRESS, Progress
from scipop.scheduling.conflicts import Pending
from scipop.scheduling.rules import Checked, Planner, SessionDraft, lock_rooms
from scipop.scheduling.service import apply, describe, snapshot
from scipop.services.base import writing
from scipop.store.uow import Store
from scipop.timeutil import local_zone

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
FIELD_COLUMN = {
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
NO_ROWS = QT_TRANSLATE_NOOP("errors", "'{name}' has a header row but no sessions under it.")


@dataclass
class SessionImportRow:
    """A good row as it will be booked (times tz-aware UTC)."""

    row: int
    event_id: int
    event_title: str
    room_id: int
    room_name: str
    venue_name: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    title: str = ""


@dataclass
class SessionImportPreview:
    """What importing the file would do: good rows and every bad row. Writes nothing."""

    file_name: str
    sheet: str
    headers: list[str]
    columns: dict[str, str]  # column key -> header as written in the file
    rows: list[SessionImportRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and bool(self.rows)

    @property
    def bad_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})


@dataclass
class SessionImportResult:
    file_name: str
    sheet: str
    session_ids: list[int]

    @property
    def count(self) -> int:
        return len(self.session_ids)


def normalise(header: str) -> str:
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


def check_table(
    s: Session,
    table: Table,
    file_name: str,
    progress: Progress = NO_PROGRESS,
    *,
    lock: bool = False,
) -> tuple[SessionImportPreview, list[tuple[int, Checked]]]:
    """Parse and check every row; the preview and the checked bookings of the good rows.

    ``lock=True`` (the import itself) locks every room for booking first.
    """
    cols = find_columns(table, file_name)
    if lock:
        lock_rooms(s)
    headers = {key: table.headers[i] for key, i in cols.items()}
    preview = SessionImportPreview(file_name, table.sheet, table.headers, headers)
    directory = Directory(s)
    planner = Planner(s)
    pending = Pending()
    good: list[tuple[int, Checked]] = []
    numbered = table.numbered()
    if not numbered:
        raise ImportFileError(NO_ROWS, name=file_name)
    zone = local_zone()
    for done, (row_no, cells) in enumerate(numbered, start=1):
        if done % 200 == 0:
            progress.report(done, len(numbered), "checking rows")
            progress.check()
        errors: list[RowError] = []

        def cell(key: str, cells=cells) -> object:
            return cells[cols[key]] if key in cols else ""

        def read(key: str, convert, row_no=row_no, errors=errors):
            try:
                return convert(cell(key))
            except CellError as exc:
                errors.append(RowError(row_no, headers[key], exc.template, exc.params))
                return None

        event = read(
            "event", lambda v: directory.event(text_of(v)) if not is_empty(v) else _empty()
        )
        room = read("room", lambda v: directory.room(text_of(v)) if not is_empty(v) else _empty())
        carried = date_in(cell("start"))  # "2026-12-05 14:00" or a date-time cell
        day = carried if carried and is_empty(cell("date")) else read("date", to_date)
        start = read("start", to_time_of_day)
        end = read("end", to_time_of_day)
        capacity = None
        if "capacity" in cols and not is_empty(cell("capacity")):
            capacity = read("capacity", to_count)
        if errors:
            preview.errors += errors
            continue
        assert isinstance(day, date)
        draft = SessionDraft(
            event_id=event.id,
            room_id=room.id,
            starts_at=datetime.combine(day, start, tzinfo=zone),
            ends_at=datetime.combine(day, end, tzinfo=zone),
            capacity=capacity,
            title=text_of(cell("title")),
        )
        result = planner.check(draft, pending=pending)
        if isinstance(result, Checked):
            pending.add(result.slot(row=row_no))
            good.append((row_no, result))
            preview.rows.append(
                SessionImportRow(
                    row_no,
                    event.id,
                    event.title,
                    room.id,
                    room.name,
                    room.venue.name,
                    result.starts_at,
                    result.ends_at,
                    result.capacity,
                    draft.title,
                )
            )
            continue
        for problem in result:
            column = headers.get(FIELD_COLUMN.get(problem.field, ""), "")
            if problem.clash is not None:
                column = ""
            preview.errors.append(_row_error(row_no, column, problem.error))
    progress.report(len(numbered), len(numbered), "checking rows")
    return preview, good


def preview_sessions(
    store: Store, path: str | Path, sheet: str | None = None, progress: Progress = NO_PROGRESS
) -> SessionImportPreview:
    """Read and check the file as :func:`import_sessions` would, writing nothing."""
    table = read_table(path, sheet)
    with store.uow() as uow:
        return check_table(uow.session, table, Path(path).name, progress)[0]


def import_sessions(
    store: Store, path: str | Path, sheet: str | None = None, *, progress: Progress = NO_PROGRESS
) -> SessionImportResult:
    """Book every row of the file in one unit of work, or nothing (:class:`ImportRejected`).

    Rows are checked again inside the writing transaction, so a slot booked meanwhile on
    another PC is reported rather than double-booked. Cancelling rolls everything back.
    """
    name = Path(path).name
    table = read_table(path, sheet)
    with writing(store) as uow:
        s = uow.session
        preview, good = check_table(s, table, name, progress, lock=True)
        if preview.errors:
            raise ImportRejected(preview.errors)
        rows: list[EventSession] = []
        for done, (_, checked) in enumerate(good, start=1):
            x = EventSession(status=SessionStatus.SCHEDULED)
            apply(x, checked)
            rows.append(x)
            if done % 500 == 0:
                progress.report(done, len(good), "saving")
                progress.check()
        s.add_all(rows)
        s.flush()
        for (row_no, _), x in zip(good, rows, strict=True):
            uow.audit(
                "import", "session", x.id, f"{describe(x)} ({name} row {row_no})", None, snapshot(x)
            )
        progress.report(len(good), len(good), "saving")
        progress.check()
        result = SessionImportResult(name, table.sheet, [x.id for x in rows])
        uow.commit()
        return result


def _empty():
    from scipop.importing.cells import EMPTY

    raise CellError(EMPTY)


def _row_error(row: int, column: str, error: DomainError) -> RowError:
    return RowError(row, column, error.template, dict(error.params))
