"""The rows of a schedule file as a preview table shows them: every row, good or bad.

:func:`scipop.importing.sessions.preview_sessions` reports the good rows as bookings and
the bad ones as errors; a person checking a file wants every row beside its cells. This
reads the file once and merges both, writing nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from scipop.importing.cells import text_of
from scipop.importing.report import RowError
from scipop.importing.sessions import (
    COLUMNS,
    SessionImportPreview,
    SessionImportRow,
    check_table,
    find_columns,
)
from scipop.importing.spreadsheet import read_table
from scipop.progress import NO_PROGRESS, Progress
from scipop.store.uow import Store

KEYS = tuple(COLUMNS)  # event, room, date, start, end, capacity, title


@dataclass
class PreviewRow:
    """One row of the file: its cells as written (by column key), and its problems."""

    row: int
    cells: dict[str, str]
    booking: SessionImportRow | None = None
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class SchedulePreview:
    file_name: str
    sheet: str
    columns: dict[str, str]  # column key -> the header as written in the file
    rows: list[PreviewRow]

    @property
    def bad_rows(self) -> list[PreviewRow]:
        return [r for r in self.rows if not r.ok]

    @property
    def ok(self) -> bool:
        return bool(self.rows) and not self.bad_rows


def preview_schedule(
    store: Store, path: str | Path, sheet: str | None = None, progress: Progress = NO_PROGRESS
) -> SchedulePreview:
    """Every non-blank row of the file with its cells and its problems; writes nothing.

    Raises ImportFileError when the file cannot be read or lacks a required column.
    """
    name = Path(path).name
    table = read_table(path, sheet)
    cols = find_columns(table, name)
    with store.uow() as uow:
        checked: SessionImportPreview = check_table(uow.session, table, name, progress)[0]
    bookings = {r.row: r for r in checked.rows}
    errors: dict[int, list[RowError]] = {}
    for e in checked.errors:
        errors.setdefault(e.row, []).append(e)
    rows = []
    for row_no, cells in table.numbered():
        rows.append(
            PreviewRow(
                row_no,
                {key: cell_text(cells[i]) for key, i in cols.items()},
                bookings.get(row_no),
                errors.get(row_no, []),
            )
        )
    return SchedulePreview(name, table.sheet, checked.columns, rows)


def cell_text(value: object) -> str:
    """A cell as a person reads it: dates as 2030-12-03, times as 09:30."""
    if isinstance(value, datetime):
        if value.time() == time(0):
            return value.date().isoformat()
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    return text_of(value)
