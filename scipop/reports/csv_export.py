"""The attendance detail as CSV: UTF-8 with a BOM (Excel then reads Chinese), formula-guarded."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy.orm import Session

from scipop.progress import NO_PROGRESS, Progress
from scipop.reports import queries as q
from scipop.reports.cells import csv_text
from scipop.reports.scope import ExportOptions, ReportScope
from scipop.reports.sheets import REPORT_EVERY
from scipop.reports.workbook import WorkbookWriter


def write_csv(
    s: Session,
    scope: ReportScope,
    options: ExportOptions,
    path: Path,
    progress: Progress = NO_PROGRESS,
) -> int:
    """Write the detail rows to ``path``; returns how many tickets were written."""
    writer = WorkbookWriter(s, scope, options, figures=False)
    columns, rows = writer.detail_table()
    total = q.detail_count(s, scope)
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        out.writerow([csv_text(c.label) for c in columns])
        for row in rows:
            out.writerow([_field(v) for v in row])
            count += 1
            if count % REPORT_EVERY == 0:
                progress.check()
                progress.report(count, total, "detail")
    return count


def _field(value: object) -> str:
    if value is None:
        return ""
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M:%S")  # type: ignore[union-attr]
    return csv_text(str(value))
