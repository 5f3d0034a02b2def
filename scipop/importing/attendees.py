"""Importing registrations from the spreadsheets online forms export (.xlsx/.xls/.ods/.csv).

The steps the import dialog walks through, each a method of :class:`AttendeeImporter`:

1. ``read(path)`` the table; ``mapping_for(table.headers)`` gives the remembered or guessed
   column mapping (姓名, 手机号, 邮箱, 单位/学校, 类别, 场次, 人数 …), which the user may change.
   ``answers(table, mapping)`` lists each distinct answer of the session, headcount and
   category columns with its suggested (or remembered) meaning, which the user confirms into
   a :class:`ValueMapping`.
2. ``preview(table, mapping, session_id=…)`` checks every row and lists every bad one with its
   row number and reason: missing name, bad phone, unknown session, over capacity, the same
   person twice in the file or already registered.
3. ``commit(preview, only_good=…)`` imports in one unit of work, checking again inside it. A
   file with bad rows imports nothing (ImportRejected) unless ``only_good`` is chosen. The
   column and value mappings are remembered for the next file with the same headers.

``import_file`` does all three for the CLI. Slow steps report progress and can be cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.importing.attendee_mapping import (
    ColumnMapping,
    guess_mapping,
    remember_mapping,
    remembered_mapping,
)
from scipop.importing.attendee_rows import AttendeeRow, check_rows
from scipop.importing.attendee_write import write_rows
from scipop.importing.flow import AllOrNothingImporter, CheckedFile, check_columns
from scipop.importing.report import RowError
from scipop.importing.spreadsheet import Table
from scipop.importing.suggestions import Answer, answers
from scipop.importing.value_mapping import ValueMapping, remember_values, remembered_values
from scipop.progress import NO_PROGRESS, Progress
from scipop.registration.capacity import lock_session
from scipop.store.uow import UnitOfWork

MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "errors",
    "'{name}' has no {columns} column; map one, or choose the session for the whole file.",
)
NO_ROWS = QT_TRANSLATE_NOOP("errors", "'{name}' has a header row but no registrations under it.")
CHUNK = 2000


@dataclass
class AttendeePreview(CheckedFile):
    """The checked file: good rows, every bad row's problems, and what will happen."""

    file_name: str
    table: Table
    mapping: ColumnMapping
    session_id: int | None
    waitlist: bool
    rows: list[AttendeeRow]
    errors: list[RowError]
    values: ValueMapping = field(default_factory=ValueMapping)

    @property
    def people(self) -> int:
        return sum(r.headcount for r in self.rows if not r.waitlisted)

    @property
    def waitlisted(self) -> int:
        return sum(1 for r in self.rows if r.waitlisted)


@dataclass
class ImportSummary:
    tickets: int
    people: int
    waitlisted: int
    new_attendees: int
    skipped_rows: list[int] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False


class AttendeeImporter(AllOrNothingImporter[AttendeePreview, ImportSummary]):
    def mapping_for(self, headers: list[str]) -> ColumnMapping:
        """The mapping remembered for these headers, else a guess from their names."""
        with self.store.uow() as uow:
            return remembered_mapping(uow.session, headers) or guess_mapping(headers)

    def values_for(self, headers: list[str]) -> ValueMapping:
        """The answers mapped for this form before (empty for a new form)."""
        with self.store.uow() as uow:
            return remembered_values(uow.session, headers)

    def answers(self, table: Table, mapping: ColumnMapping) -> list[Answer]:
        """Each distinct answer of the session, headcount and category columns to confirm.

        Its ``value`` is what it was mapped to before for this form, else the suggestion
        (from the date, time and title in the text; the number in ``3人``; a category word).
        """
        from scipop.importing.attendee_rows import SessionIndex

        with self.store.uow() as uow:
            index = SessionIndex(uow.session)
            remembered = remembered_values(uow.session, table.headers)
        return answers(table, dict(mapping.columns), index, remembered)

    def preview(
        self,
        table: Table,
        mapping: ColumnMapping | None = None,
        *,
        session_id: int | None = None,
        waitlist: bool = False,
        file_name: str = "",
        progress: Progress = NO_PROGRESS,
        values: ValueMapping | None = None,
    ) -> AttendeePreview:
        """Check every row without writing anything.

        ``session_id`` puts every row in that session (the file then needs no session column);
        with ``waitlist`` rows past capacity join the waiting list instead of being bad rows.
        ``values`` maps answers to sessions, headcounts and categories (default: the ones
        remembered for this form).
        """
        mapping = mapping or self.mapping_for(table.headers)
        values = values if values is not None else self.values_for(table.headers)
        _check_columns(table, mapping, session_id, file_name)
        with self.store.uow() as uow:
            rows, errors = check_rows(
                uow.session,
                table,
                mapping,
                session_id=session_id,
                waitlist=waitlist,
                progress=progress,
                values=values,
            )
        return AttendeePreview(
            file_name, table, mapping, session_id, waitlist, rows, errors, values
        )

    def _check(self, session: Session, preview: AttendeePreview, progress: Progress):
        return check_rows(
            session,
            preview.table,
            preview.mapping,
            session_id=preview.session_id,
            waitlist=preview.waitlist,
            progress=progress,
            values=preview.values,
        )

    def _write(
        self,
        uow: UnitOfWork,
        preview: AttendeePreview,
        rows: list[AttendeeRow],
        errors: list[RowError],
        progress: Progress,
    ) -> ImportSummary:
        s = uow.session
        for sid in sorted({r.session_id for r in rows}):
            lock_session(s, sid)
        written = write_rows(s, rows, progress)
        remember_mapping(s, preview.mapping)
        remember_values(s, preview.table.headers, preview.values)
        summary = ImportSummary(
            tickets=len(rows),
            people=sum(r.headcount for r in rows if not r.waitlisted),
            waitlisted=sum(1 for r in rows if r.waitlisted),
            new_attendees=len(written.attendee_ids),
            skipped_rows=sorted({e.row for e in errors}),
            errors=errors,
        )
        uow.audit(
            "import",
            "ticket",
            None,
            f"{summary.tickets} registration(s) imported from {preview.file_name or 'a file'}"
            + (f", {len(summary.skipped_rows)} bad row(s) skipped" if errors else ""),
            after={
                "file": preview.file_name,
                "tickets": written.ticket_ids,
                "attendees_created": written.attendee_ids,
                "skipped_rows": summary.skipped_rows,
            },
        )
        progress.check()
        return summary

    def import_file(
        self,
        path: str | Path,
        *,
        session_id: int | None = None,
        mapping: ColumnMapping | None = None,
        sheet: str | None = None,
        only_good: bool = False,
        waitlist: bool = False,
        dry_run: bool = False,
        progress: Progress = NO_PROGRESS,
        values: ValueMapping | None = None,
    ) -> ImportSummary:
        """Read, check and import a file in one go (the CLI's ``scipop import attendees``).

        ``values`` adds to (and overrides) the answers remembered for this form.
        """
        return self._import_file(
            path,
            sheet=sheet,
            mapping=mapping,
            only_good=only_good,
            dry_run=dry_run,
            progress=progress,
            session_id=session_id,
            waitlist=waitlist,
            values=values,
        )

    def _options(self, table: Table, options: dict) -> dict:
        values = self.values_for(table.headers).update(options["values"] or ValueMapping())
        return {**options, "values": values}

    def _unchecked(
        self, file_name: str, table: Table, mapping: ColumnMapping, options: dict
    ) -> AttendeePreview:
        return AttendeePreview(
            file_name,
            table,
            mapping,
            options["session_id"],
            options["waitlist"],
            [],
            [],
            options["values"],
        )

    def _check_columns(
        self, table: Table, mapping: ColumnMapping, file_name: str, options: dict
    ) -> None:
        _check_columns(table, mapping, options["session_id"], file_name)

    def _dry_summary(self, preview: AttendeePreview) -> ImportSummary:
        return ImportSummary(
            tickets=len(preview.rows),
            people=preview.people,
            waitlisted=preview.waitlisted,
            new_attendees=0,
            skipped_rows=preview.bad_rows,
            errors=preview.errors,
            dry_run=True,
        )


def _check_columns(
    table: Table, mapping: ColumnMapping, session_id: int | None, file_name: str
) -> None:
    missing = [f for f in ("name",) if mapping.index(f) is None]
    if session_id is None and mapping.index("session") is None:
        missing.append("session")
    check_columns(table, file_name, missing, MISSING_COLUMNS, NO_ROWS)
