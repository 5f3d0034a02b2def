"""Importing a schedule from a spreadsheet: every row checked, all or nothing.

Every row goes through the same rules as a booking made by hand — including clashes with
the database and with other rows of the same file. :func:`preview_import` is the one
preview (the GUI shows it, ``scipop import sessions --dry-run`` prints its bad rows);
:func:`import_sessions` checks the file again inside its writing transaction and books
every row, or nothing (:class:`ImportRejected` lists every bad row and its reason).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.importing.cells import (
    EMPTY,
    CellError,
    cell_text,
    date_in,
    is_empty,
    text_of,
    to_count,
    to_date,
    to_time_of_day,
)
from scipop.importing.report import ImportFileError, ImportRejected, RowError
from scipop.importing.spreadsheet import Table, read_table
from scipop.models import Session as EventSession
from scipop.models import SessionStatus
from scipop.progress import NO_PROGRESS, Progress
from scipop.scheduling.booking import apply, describe, snapshot
from scipop.scheduling.conflicts import Pending
from scipop.scheduling.import_columns import FIELD_COLUMN, Directory, find_columns
from scipop.scheduling.rules import Checked, Planner, SessionDraft, lock_rooms
from scipop.services.base import writing
from scipop.store.uow import Store
from scipop.timeutil import local_zone

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
class PreviewRow:
    """One row of the file: its cells as written (by column key), its booking or its problems."""

    row: int
    cells: dict[str, str]
    booking: SessionImportRow | None = None
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class SchedulePreview:
    """What importing the file would do, every non-blank row in file order. Writes nothing."""

    file_name: str
    sheet: str
    headers: list[str]
    columns: dict[str, str]  # column key -> header as written in the file
    rows: list[PreviewRow] = field(default_factory=list)

    @property
    def bookings(self) -> list[SessionImportRow]:
        """The good rows as they will be booked."""
        return [r.booking for r in self.rows if r.booking is not None]

    @property
    def errors(self) -> list[RowError]:
        """Every problem of every bad row, in row order."""
        return [e for r in self.rows for e in r.errors]

    @property
    def bad_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.bad_rows


@dataclass
class SessionImportResult:
    file_name: str
    sheet: str
    session_ids: list[int]

    @property
    def count(self) -> int:
        return len(self.session_ids)


def check_table(
    s: Session,
    table: Table,
    file_name: str,
    progress: Progress = NO_PROGRESS,
    *,
    lock: bool = False,
) -> tuple[SchedulePreview, list[tuple[int, Checked]]]:
    """Parse and check every row; the preview and the checked bookings of the good rows.

    ``lock=True`` (the import itself) locks every room for booking first.
    """
    cols = find_columns(table, file_name)
    if lock:
        lock_rooms(s)
    headers = {key: table.headers[i] for key, i in cols.items()}
    preview = SchedulePreview(file_name, table.sheet, table.headers, headers)
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
        line = PreviewRow(row_no, {key: cell_text(cells[i]) for key, i in cols.items()})
        preview.rows.append(line)
        errors = line.errors

        def cell(key: str, cells=cells) -> object:
            return cells[cols[key]] if key in cols else ""

        def read(key: str, convert, row_no=row_no, errors=errors):
            try:
                return convert(cell(key))
            except CellError as exc:
                errors.append(RowError(row_no, headers[key], exc.template, exc.params))
                return None

        event = read("event", lambda v: directory.event(_filled(v)))
        room = read("room", lambda v: directory.room(_filled(v)))
        carried = date_in(cell("start"))  # "2026-12-05 14:00" or a date-time cell
        day = carried if carried and is_empty(cell("date")) else read("date", to_date)
        start = read("start", to_time_of_day)
        end = read("end", to_time_of_day)
        capacity = None
        if "capacity" in cols and not is_empty(cell("capacity")):
            capacity = read("capacity", to_count)
        if errors:
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
            line.booking = SessionImportRow(
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
            continue
        for problem in result:
            column = headers.get(FIELD_COLUMN.get(problem.field, ""), "")
            if problem.clash is not None:  # the row as a whole clashes
                column = ""
            error = problem.error
            errors.append(RowError(row_no, column, error.template, dict(error.params)))
    progress.report(len(numbered), len(numbered), "checking rows")
    return preview, good


def preview_import(
    store: Store, path: str | Path, sheet: str | None = None, progress: Progress = NO_PROGRESS
) -> SchedulePreview:
    """Read and check the file as :func:`import_sessions` would, writing nothing.

    Raises ImportFileError when the file cannot be read or lacks a required column.
    """
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


def _filled(value: object) -> str:
    """The text of a cell that must not be empty."""
    if is_empty(value):
        raise CellError(EMPTY)
    return text_of(value)
