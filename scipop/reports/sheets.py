"""One worksheet the way a manager expects it: title and period on top, a bold header row that
stays in view, an autofilter, columns wide enough for Chinese text, dates and percentages
formatted, and no cell text ever taken for a formula.

Works on openpyxl's write-only worksheets: rows stream to the file, so column widths are
measured on the first rows before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import chain, islice
from typing import Any

from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from scipop.progress import NO_PROGRESS, Progress
from scipop.reports.cells import ERROR_CODES, FORMULA_STARTS, ILLEGAL, column_width, display_width

PLAIN = ("int", "float")  # numbers go to openpyxl as they are
SAMPLE = 500  # rows measured for the column widths
REPORT_EVERY = 2000
FIRST_CHARS = frozenset("".join(FORMULA_STARTS))
DATETIME = "yyyy-mm-dd hh:mm"
DATETIME_SECONDS = "yyyy-mm-dd hh:mm:ss"
TIME = "hh:mm"
PERCENT = "0.0%"
HOURS = "0.00"
TITLE_FONT = Font(bold=True, size=14)
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_BORDER = Border(bottom=Side(style="thin", color="7F7F7F"))
HEADER_ALIGN = Alignment(vertical="center", wrap_text=True)


@dataclass(frozen=True)
class Column:
    label: str
    kind: str = "text"  # text, int, datetime, seconds, time, pct, float, hours


def _width_of(value: Any, kind: str) -> int:
    if value is None:
        return 0
    if kind in ("datetime", "seconds"):
        return 19 if kind == "seconds" else 16
    if kind == "pct":
        return 7
    return display_width(str(value))


class Sheet:
    """A write-only worksheet filled block by block; the first block gets filter and freeze."""

    def __init__(self, wb: Workbook, name: str, title: str, lines: Sequence[str]):
        self.ws: WriteOnlyWorksheet = wb.create_sheet(name[:31])
        self.title = title
        self.lines = list(lines)
        self.row = 0  # rows written so far
        self._widths_set = False
        self.header_row = 0

    # ---- writing
    def _append(self, values: Sequence[Any]) -> None:
        self.ws.append(values)
        self.row += 1

    def _styled(self, value: Any, font: Font | None = None, **style: Any) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.ws, value=self._text(value) if isinstance(value, str) else value)
        if isinstance(value, str):
            cell.data_type = "s"
        if font is not None:
            cell.font = font
        for key, val in style.items():
            setattr(cell, key, val)
        return cell

    def set_widths(self, columns: Sequence[Column], sample: Iterable[Sequence[Any]]) -> None:
        """Column widths from the headers and the sampled rows (wide characters count 2)."""
        texts: list[list[str]] = [[c.label] for c in columns]
        extra: list[int] = [0] * len(columns)
        for row in sample:
            for i, value in enumerate(row[: len(columns)]):
                extra[i] = max(extra[i], _width_of(value, columns[i].kind))
        for i in range(len(columns)):
            width = max(column_width(texts[i]), min(60.0, extra[i] + 2.0))
            self.ws.column_dimensions[get_column_letter(i + 1)].width = width
        self._widths_set = True

    def heading(self) -> None:
        """The title, the period and scope lines, then a blank row."""
        self._append([self._styled(self.title, TITLE_FONT)])
        for line in self.lines:
            self._append([self._styled(line)])
        self._append([])

    def header(self, columns: Sequence[Column]) -> int:
        cells = [
            self._styled(
                c.label, BOLD, fill=HEADER_FILL, border=HEADER_BORDER, alignment=HEADER_ALIGN
            )
            for c in columns
        ]
        self._append(cells)
        self.header_row = self.row
        return self.row

    def table(
        self,
        columns: Sequence[Column],
        rows: Iterable[Sequence[Any]],
        *,
        main: bool = False,
        progress: Progress = NO_PROGRESS,
        total: int = 0,
        stage: str = "",
    ) -> int:
        """Write a header and ``rows``; the main table gets the frozen header and the filter."""
        rows = iter(rows)
        sample = list(islice(rows, SAMPLE)) if not self._widths_set else []
        if not self._widths_set:
            self.set_widths(columns, sample)
        if self.row == 0:
            if main:  # the sheet's top part is written with the first row: freeze before
                self.ws.freeze_panes = f"A{len(self.lines) + 4}"
            self.heading()
        header_row = self.header(columns)
        # only the columns that need it are converted: text (the guard), dates, percentages
        converting = [
            (i, self._converter(c.kind)) for i, c in enumerate(columns) if c.kind not in PLAIN
        ]
        append = self.ws.append
        count = 0
        for values in chain(sample, rows):
            row = list(values)
            for i, convert in converting:
                row[i] = convert(row[i])
            append(row)
            count += 1
            if count % REPORT_EVERY == 0:
                progress.check()
                progress.report(count, total, stage)
        self.row += count
        if main:
            last = get_column_letter(len(columns))
            self.ws.auto_filter.ref = f"A{header_row}:{last}{max(self.row, header_row)}"
        return count

    def block(self, title: str, columns: Sequence[Column], rows: Iterable[Sequence[Any]]) -> int:
        """A further small table below, after a blank row and a bold heading."""
        self._append([])
        self._append([self._styled(title, BOLD)])
        return self.table(columns, rows)

    def note(self, text: str) -> None:
        self._append([self._styled(text)])

    def blank(self) -> None:
        self._append([])

    # ---- cells
    @staticmethod
    def _text(value: str) -> str:
        return ILLEGAL.sub("", value) if ILLEGAL.search(value) else value

    def _converter(self, kind: str) -> Callable[[Any], Any]:
        ws = self.ws
        text = self._text
        if kind == "text":
            search = ILLEGAL.search

            def convert_text(value: Any) -> Any:
                if not value:
                    return None
                if value.__class__ is not str:
                    value = str(value)
                if value[0] in FIRST_CHARS or value in ERROR_CODES:
                    cell = WriteOnlyCell(ws, value=text(value))
                    cell.data_type = "s"  # text, never a formula
                    return cell
                return text(value) if search(value) else value

            return convert_text
        formats = {
            "datetime": DATETIME,
            "seconds": DATETIME_SECONDS,
            "time": TIME,
            "pct": PERCENT,
            "hours": HOURS,
        }
        if kind in formats:
            cell = WriteOnlyCell(ws)
            cell.number_format = formats[kind]

            def convert_formatted(value: Any) -> Any:
                if value is None:
                    return None
                cell.value = value
                return cell

            return convert_formatted
        return _plain


def _plain(value: Any) -> Any:
    return value


def local_rows(rows: Iterable[Sequence[Any]]) -> Iterator[list[Any]]:
    """Rows with every datetime made naive local time (what Excel shows)."""
    from scipop.reports.cells import excel_time

    for row in rows:
        yield [excel_time(v) if isinstance(v, datetime) else v for v in row]
