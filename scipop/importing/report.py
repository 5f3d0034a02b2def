"""What an import reports: every bad row with its spreadsheet row number and reason."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scipop.errors import DomainError
from scipop.i18n import QT_TRANSLATE_NOOP

ROW_WITH_COLUMN = QT_TRANSLATE_NOOP("errors", "Row {row}, column '{column}': {reason}")
ROW_ONLY = QT_TRANSLATE_NOOP("errors", "Row {row}: {reason}")


@dataclass
class RowError:
    """One problem in one spreadsheet row (``row`` is 1-based, as Excel and WPS show it).

    ``column`` is the header as written in the file ("" when the whole row is wrong);
    ``reason_template`` is an English template marked for translation, filled from ``params``.
    """

    row: int
    column: str
    reason_template: str
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def reason(self) -> str:
        return self.reason_template.format(**self.params)

    @property
    def message(self) -> str:
        if self.column:
            return ROW_WITH_COLUMN.format(row=self.row, column=self.column, reason=self.reason)
        return ROW_ONLY.format(row=self.row, reason=self.reason)

    def __str__(self) -> str:
        return self.message


class ImportFileError(DomainError):
    """The file cannot be read at all (missing, not a spreadsheet, empty, no such sheet)."""


class ImportRejected(DomainError):
    """The file has bad rows, so nothing was imported; ``errors`` lists every one of them."""

    def __init__(self, errors: list[RowError]):
        self.errors = sorted(errors, key=lambda e: e.row)
        first = self.errors[0].message if self.errors else ""
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "Nothing was imported: {count} row(s) have problems. First: {first}"
            ),
            count=len({e.row for e in self.errors}),
            first=first,
        )

    @property
    def bad_rows(self) -> int:
        """How many rows have at least one problem (a row may have several)."""
        return len({e.row for e in self.errors})

    @property
    def lines(self) -> list[str]:
        """One line per problem, in row order."""
        return [e.message for e in self.errors]
