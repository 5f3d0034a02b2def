"""The all-or-nothing import flow every spreadsheet import shares (attendees, volunteers …).

``read`` → ``preview`` (checks every row, writes nothing) → ``commit`` (checks again inside one
writing unit of work; bad rows import nothing unless ``only_good``); ``import_file`` does it
all for the CLI. A target's importer subclasses :class:`AllOrNothingImporter` and fills in
the hooks: how rows are checked, written and summarised, and which columns it needs.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar

from sqlalchemy.orm import Session

from scipop.importing.report import ImportFileError, ImportRejected, RowError
from scipop.importing.spreadsheet import Table, read_table
from scipop.progress import NO_PROGRESS, Progress
from scipop.store.uow import Store, UnitOfWork

P = TypeVar("P")  # the target's preview
S = TypeVar("S")  # the target's summary


class CheckedFile:
    """What every preview says about its rows (mixed into the targets' preview dataclasses)."""

    errors: list[RowError]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def bad_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})


def check_columns(
    table: Table, file_name: str, missing: list[str], missing_columns: str, no_rows: str
) -> None:
    """Refuse a file that lacks the ``missing`` fields' columns, or has no rows under its header."""
    name = file_name or table.sheet
    if missing:
        raise ImportFileError(missing_columns, name=name, columns=" / ".join(missing))
    if not table.numbered():
        raise ImportFileError(no_rows, name=name)


class AllOrNothingImporter(Generic[P, S]):
    def __init__(self, store: Store):
        self.store = store

    def read(self, path: str | Path, sheet: str | None = None) -> Table:
        return read_table(path, sheet)

    # ---- the hooks each target fills in
    def mapping_for(self, headers: list[str]) -> Any:
        raise NotImplementedError

    def preview(self, table: Table, mapping: Any = None, **options: Any) -> P:
        raise NotImplementedError

    def _check(self, session: Session, preview: P, progress: Progress) -> tuple[list, list]:
        """The good rows and every bad row's errors of ``preview``'s file."""
        raise NotImplementedError

    def _write(
        self, uow: UnitOfWork, preview: P, rows: list, errors: list[RowError], progress: Progress
    ) -> S:
        """Write the good rows, remember the mapping, audit; the summary."""
        raise NotImplementedError

    def _after_commit(self, progress: Progress) -> None:
        """Called inside the unit of work once it has committed."""

    def _unchecked(self, file_name: str, table: Table, mapping: Any, options: dict) -> P:
        """A preview without rows: what ``commit`` needs to check the file itself."""
        raise NotImplementedError

    def _check_columns(self, table: Table, mapping: Any, file_name: str, options: dict) -> None:
        raise NotImplementedError

    def _options(self, table: Table, options: dict) -> dict:
        """The preview options ``import_file`` passes on (a target may complete them)."""
        return options

    def _dry_summary(self, preview: P) -> S:
        raise NotImplementedError

    # ---- the shared flow
    def commit(self, preview: P, *, only_good: bool = False, progress: Progress = NO_PROGRESS) -> S:
        """Import the previewed file (checked again inside the transaction)."""
        with self.store.uow(write=True) as uow:
            rows, errors = self._check(uow.session, preview, progress)
            if errors and not only_good:
                raise ImportRejected(errors)
            summary = self._write(uow, preview, rows, errors, progress)
            uow.commit()
            self._after_commit(progress)
            return summary

    def _import_file(
        self,
        path: str | Path,
        *,
        sheet: str | None,
        mapping: Any,
        only_good: bool,
        dry_run: bool,
        progress: Progress,
        **options: Any,
    ) -> S:
        """Read, check and import a file in one go (the CLI's ``scipop import …``)."""
        progress.report(0, 1, "reading")
        table = self.read(path, sheet)
        mapping = mapping or self.mapping_for(table.headers)
        options = self._options(table, options)
        file_name = Path(path).name
        self._check_columns(table, mapping, file_name, options)
        if not dry_run:  # checked once, inside the writing transaction
            preview = self._unchecked(file_name, table, mapping, options)
            return self.commit(preview, only_good=only_good, progress=progress)
        preview = self.preview(table, mapping, file_name=file_name, progress=progress, **options)
        if preview.errors and not only_good:  # type: ignore[attr-defined]
            raise ImportRejected(preview.errors)  # type: ignore[attr-defined]
        return self._dry_summary(preview)
