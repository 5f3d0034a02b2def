"""Read the first table of a spreadsheet: .xlsx/.xlsm/.xls/.ods via python-calamine, or .csv.

Staff keep lists in Excel and WPS, often saved as GBK CSV with Chinese headers; this module
turns any of them into one :class:`Table` whose rows keep the row numbers the user sees.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.importing import formulas
from scipop.importing.report import ImportFileError
from scipop.store import guard

__all__ = ["SPREADSHEET_SUFFIXES", "ImportFileError", "Table", "read_table"]

Cell = str | int | float | bool | date | datetime | time | timedelta

CALAMINE_SUFFIXES = (".xlsx", ".xlsm", ".xlsb", ".xls", ".ods")
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
SPREADSHEET_SUFFIXES = CALAMINE_SUFFIXES + CSV_SUFFIXES
BOMS = ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
DELIMITERS = ",;\t|"


@dataclass
class Table:
    """A sheet's header row and the rows under it.

    ``rows[i]`` is spreadsheet row ``first_row + i`` (1-based). Every row has exactly
    ``len(headers)`` cells; an empty cell is ``""``; text is stripped; whole numbers are ``int``;
    date and time cells of Excel/ODS files arrive as ``date``/``datetime``/``time`` values.
    Blank rows in the middle are kept (so numbering stays right); trailing blank rows are not.
    """

    headers: list[str]
    rows: list[list[Cell]]
    sheet: str
    first_row: int

    def numbered(self) -> list[tuple[int, list[Cell]]]:
        """``(row number, cells)`` for every non-blank row."""
        return [(self.first_row + i, row) for i, row in enumerate(self.rows) if not is_blank(row)]


def is_blank(row: list[Cell]) -> bool:
    return all(c == "" or c is None for c in row)


def read_table(path: str | Path, sheet: str | None = None) -> Table:
    """The table on ``sheet`` (default: the first worksheet) of the file at ``path``."""
    path = Path(path)
    if not path.is_file():
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "File '{name}' does not exist."), name=str(path)
        )
    guard.refuse_database_file(path)  # the Rust reader opens files where Python cannot see
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        name, raw = path.stem, _read_csv(path)
    elif suffix in CALAMINE_SUFFIXES:
        name, raw = _read_workbook(path, sheet)
    else:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "'{name}' is not a spreadsheet this program reads (.xlsx, .xls, .ods or .csv).",
            ),
            name=path.name,
        )
    return _tabulate(raw, name, path.name)


def _read_workbook(path: Path, sheet: str | None) -> tuple[str, list[list[Cell]]]:
    from python_calamine import CalamineError, CalamineWorkbook

    _refuse_text_posing_as_workbook(path)
    try:
        with CalamineWorkbook.from_path(str(path)) as book:
            names = list(book.sheet_names)
            if not names:
                raise _empty(path)
            chosen = names[0] if sheet is None else _match_sheet(names, sheet, path)
            rows = book.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            formulas.fill_uncached(path, chosen, rows)
        return chosen, rows
    except ImportFileError:
        raise
    except (CalamineError, OSError, ValueError) as exc:
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "Cannot read '{name}': {reason}"),
            name=path.name,
            reason=" ".join(str(exc).split()) or exc.__class__.__name__,
        ) from exc
    except Exception as exc:  # calamine raises its own classes for zip/xml damage
        raise ImportFileError(
            QT_TRANSLATE_NOOP("errors", "Cannot read '{name}': {reason}"),
            name=path.name,
            reason=" ".join(str(exc).split()) or exc.__class__.__name__,
        ) from exc


ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0"
NOT_A_WORKBOOK = QT_TRANSLATE_NOOP(
    "errors", "'{name}' is not an Excel file but text; if it is CSV, rename it .csv."
)


def _refuse_text_posing_as_workbook(path: Path) -> None:
    """A CSV or an HTML table saved under an Excel name: say so, not "invalid Zip archive"."""
    with path.open("rb") as f:
        head = f.read(2048)
    if head.startswith((ZIP_MAGIC, OLE_MAGIC)) or not head:
        return
    try:
        decode_text(head, path.name)
    except ImportFileError:
        return  # not text either: let the reader name the damage
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return
    raise ImportFileError(NOT_A_WORKBOOK, name=path.name)


def _match_sheet(names: list[str], wanted: str, path: Path) -> str:
    if wanted in names:
        return wanted
    folded = {n.strip().casefold(): n for n in names}
    if wanted.strip().casefold() in folded:
        return folded[wanted.strip().casefold()]
    raise ImportFileError(
        QT_TRANSLATE_NOOP("errors", "'{name}' has no sheet named '{sheet}' (it has: {sheets})."),
        name=path.name,
        sheet=wanted,
        sheets=", ".join(names),
    )


def _read_csv(path: Path) -> list[list[Cell]]:
    text = decode_text(path.read_bytes(), path.name)
    return [list(r) for r in csv.reader(io.StringIO(text, newline=""), _dialect(text))]


def decode_text(data: bytes, name: str) -> str:
    """The whole file decoded in the one encoding it is in (never guessed line by line).

    A byte-order mark decides (UTF-8, or UTF-16 as Excel's "Unicode text" saves); else strict
    UTF-8; else UTF-16 without a mark (every other byte zero); else GB18030 (a superset of GBK
    and GB2312, what Chinese Excel and WPS save as "CSV").
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError:
                break
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if len(data) >= 4 and data[1::2].count(0) > len(data) // 4:
        try:
            return data.decode("utf-16-le")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Cannot read '{name}': it is not text in UTF-8, UTF-16 or GBK/GB18030.",
            ),
            name=name,
        ) from None


def _dialect(text: str) -> type[csv.Dialect]:
    """Excel's quoting rules with the delimiter the first lines agree on.

    Only the delimiter is sniffed: ``csv.Sniffer`` also guesses quoting and gets it wrong on
    fields such as ``"=HYPERLINK(""http://…"",""点我"")"``.
    """
    sample = text[: 64 * 1024]
    cut = sample.rfind("\n")
    if cut > 0 and len(text) > len(sample):
        sample = sample[:cut]

    def score(delimiter: str) -> tuple[int, int]:
        rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter) if r]
        rows = rows[:50]
        if not rows or len(rows[0]) < 2:
            return (0, 0)
        width = len(rows[0])
        return (sum(1 for r in rows if len(r) == width), width)

    best = max(DELIMITERS, key=score)
    if score(best) == (0, 0):
        best = ","
    return type("ExcelCsv", (csv.excel,), {"delimiter": best})


def _clean(value: object) -> Cell:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value  # type: ignore[return-value]


def _tabulate(raw: list[list[object]], sheet: str, file_name: str) -> Table:
    cleaned = [[_clean(c) for c in row] for row in raw]
    header_index = next((i for i, row in enumerate(cleaned) if not is_blank(row)), None)
    if header_index is None:
        raise _empty(Path(file_name))
    headers = [str(c) for c in cleaned[header_index]]
    while headers and headers[-1] == "":
        headers.pop()
    width = len(headers)
    body = cleaned[header_index + 1 :]
    while body and is_blank(body[-1]):
        body.pop()
    rows = [(row + [""] * width)[:width] for row in body]
    return Table(headers=headers, rows=rows, sheet=sheet, first_row=header_index + 2)


def _empty(path: Path) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("errors", "'{name}' is empty: no header row found."), name=path.name
    )
