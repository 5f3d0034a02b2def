"""Formula cells of .xlsx files that carry no cached value (written by a program, not Excel).

python-calamine gives a formula cell's cached value, the figure Excel last showed; a file that
was never opened in Excel (many online-form exports, openpyxl) has none, and calamine reads it
as empty. Then the formula's own text is used, as text: the row keeps its name or link
instead of being refused as "name is missing".
"""

from __future__ import annotations

import zipfile
from pathlib import Path


def _has_formulas(path: Path) -> bool:
    """Whether any worksheet of the file holds a formula (read as bytes, without parsing)."""
    try:
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if not name.startswith("xl/worksheets/"):
                    continue
                with z.open(name) as f:
                    tail = b""
                    while chunk := f.read(1 << 20):
                        both = tail + chunk
                        if b"<f>" in both or b"<f " in both:
                            return True
                        tail = chunk[-8:]
    except (OSError, zipfile.BadZipFile):
        return False
    return False


def fill_uncached(path: Path, sheet: str, rows: list[list[object]]) -> int:
    """Put the formula text into every empty cell of ``rows`` that holds a formula.

    ``rows`` is calamine's grid of the sheet (from A1); returns how many cells were filled.
    """
    if not _has_formulas(path):
        return 0
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        ws = book[sheet]
        filled = 0
        for r, values in enumerate(ws.iter_rows(min_row=1, min_col=1, values_only=True)):
            if r >= len(rows):
                break
            row = rows[r]
            for c, value in enumerate(values):
                formula = isinstance(value, str) and value.startswith("=")
                if formula and c < len(row) and row[c] in ("", None):
                    row[c] = value
                    filled += 1
        return filled
    finally:
        book.close()
