"""Importing registrations from the spreadsheets online forms export (.xlsx/.xls/.ods/.csv).

The steps the import dialog walks through, each a method of :class:`AttendeeImporter`:

1. ``read(path)`` the table; ``mapping_for(table.headers)`` gives the remembered or guessed
   column mapping (姓名, 手机号, 邮箱, 单位/学校, 类别, 场次, 人数 …), which the user may change.
2. ``preview(table, mapping, session_id=…)`` checks every row and lists every bad one with its
   row number and reason: missing name, bad phone, unknown session, over capacity, the same
   person twice in the file or already registered.
3. ``commit(preview, only_good=…)`` imports in one unit of work, checking again inside it. A
   file with bad rows imports nothing (ImportRejected) unless ``only_good`` is chosen. The
   mapping is remembered for the next file with the same headers.

``import_file`` does all three for the CLI. Slow steps report progress and can be cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import insert, select, update

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.importing.attendee_mapping import (
    ColumnMapping,
    guess_mapping,
    remember_mapping,
    remembered_mapping,
)
from scipop.importing.attendee_rows import AttendeeRow, check_rows
from scipop.importing.report import ImportFileError, ImportRejected, RowError
from scipop.importing.spreadsheet import Table, read_table
from scipop.models import Attendee, Ticket, TicketKind, TicketStatus
from scipop.progress import NO_PROGRESS, Progress
from scipop.registration.capacity import lock_session, waiting_count
from scipop.store.uow import Store
from scipop.tickets.keys import load_keyring
from scipop.timeutil import utcnow

MISSING_COLUMNS = QT_TRANSLATE_NOOP(
    "errors",
    "'{name}' has no {columns} column; map one, or choose the session for the whole file.",
)
NO_ROWS = QT_TRANSLATE_NOOP("errors", "'{name}' has a header row but no registrations under it.")
CHUNK = 2000


@dataclass
class AttendeePreview:
    """The checked file: good rows, every bad row's problems, and what will happen."""

    file_name: str
    table: Table
    mapping: ColumnMapping
    session_id: int | None
    waitlist: bool
    rows: list[AttendeeRow]
    errors: list[RowError]

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def bad_rows(self) -> list[int]:
        return sorted({e.row for e in self.errors})

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


class AttendeeImporter:
    def __init__(self, store: Store):
        self.store = store

    def read(self, path: str | Path, sheet: str | None = None) -> Table:
        return read_table(path, sheet)

    def mapping_for(self, headers: list[str]) -> ColumnMapping:
        """The mapping remembered for these headers, else a guess from their names."""
        with self.store.uow() as uow:
            return remembered_mapping(uow.session, headers) or guess_mapping(headers)

    def preview(
        self,
        table: Table,
        mapping: ColumnMapping | None = None,
        *,
        session_id: int | None = None,
        waitlist: bool = False,
        file_name: str = "",
        progress: Progress = NO_PROGRESS,
    ) -> AttendeePreview:
        """Check every row without writing anything.

        ``session_id`` puts every row in that session (the file then needs no session column);
        with ``waitlist`` rows past capacity join the waiting list instead of being bad rows.
        """
        mapping = mapping or self.mapping_for(table.headers)
        _check_columns(table, mapping, session_id, file_name)
        with self.store.uow() as uow:
            rows, errors = check_rows(
                uow.session,
                table,
                mapping,
                session_id=session_id,
                waitlist=waitlist,
                progress=progress,
            )
        return AttendeePreview(file_name, table, mapping, session_id, waitlist, rows, errors)

    def commit(
        self, preview: AttendeePreview, *, only_good: bool = False, progress: Progress = NO_PROGRESS
    ) -> ImportSummary:
        """Import the previewed file (checked again inside the transaction)."""
        with self.store.uow(write=True) as uow:
            s = uow.session
            rows, errors = check_rows(
                s,
                preview.table,
                preview.mapping,
                session_id=preview.session_id,
                waitlist=preview.waitlist,
                progress=progress,
            )
            if errors and not only_good:
                raise ImportRejected(errors)
            for sid in sorted({r.session_id for r in rows}):
                lock_session(s, sid)
            new_people = _write(s, rows, progress)
            remember_mapping(s, preview.mapping)
            summary = ImportSummary(
                tickets=len(rows),
                people=sum(r.headcount for r in rows if not r.waitlisted),
                waitlisted=sum(1 for r in rows if r.waitlisted),
                new_attendees=new_people,
                skipped_rows=sorted({e.row for e in errors}),
                errors=errors,
            )
            uow.audit(
                "import",
                "ticket",
                None,
                f"{summary.tickets} registration(s) imported from {preview.file_name or 'a file'}"
                + (f", {len(summary.skipped_rows)} bad row(s) skipped" if errors else ""),
            )
            progress.check()
            uow.commit()
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
    ) -> ImportSummary:
        """Read, check and import a file in one go (the CLI's ``scipop import attendees``)."""
        progress.report(0, 1, "reading")
        table = self.read(path, sheet)
        preview = self.preview(
            table,
            mapping,
            session_id=session_id,
            waitlist=waitlist,
            file_name=Path(path).name,
            progress=progress,
        )
        if dry_run:
            if preview.errors and not only_good:
                raise ImportRejected(preview.errors)
            return ImportSummary(
                tickets=len(preview.rows),
                people=preview.people,
                waitlisted=preview.waitlisted,
                new_attendees=0,
                skipped_rows=preview.bad_rows,
                errors=preview.errors,
                dry_run=True,
            )
        return self.commit(preview, only_good=only_good, progress=progress)


def _check_columns(
    table: Table, mapping: ColumnMapping, session_id: int | None, file_name: str
) -> None:
    name = file_name or table.sheet
    missing = [f for f in ("name",) if mapping.index(f) is None]
    if session_id is None and mapping.index("session") is None:
        missing.append("session")
    if missing:
        raise ImportFileError(MISSING_COLUMNS, name=name, columns=" / ".join(missing))
    if not table.numbered():
        raise ImportFileError(NO_ROWS, name=name)


def _write(s, rows: list[AttendeeRow], progress: Progress) -> int:
    """Insert attendees (reusing known name+phone) and tickets in bulk; returns new people."""
    now = utcnow()
    known = _known_attendees(s, rows)
    fresh: dict[tuple[str, str], dict] = {}
    for r in rows:
        key = (r.name, r.phone)
        if r.phone and key in known:
            continue
        if r.phone and key in fresh:
            continue
        fresh[key if r.phone else (r.name, f"#row{r.row}")] = {
            "name": r.name,
            "phone": r.phone,
            "email": r.email,
            "organization": r.organization,
            "category": r.category,
            "notes": r.notes,
            "created_at": now,
            "updated_at": now,
        }
    keys = list(fresh)
    values = list(fresh.values())
    for start in range(0, len(values), CHUNK):
        ids = s.scalars(
            insert(Attendee).returning(Attendee.id, sort_by_parameter_order=True),
            values[start : start + CHUNK],
        ).all()
        known.update(zip(keys[start : start + CHUNK], ids, strict=True))
        progress.report(start, len(values) + 2 * len(rows), "saving")
        progress.check()
    positions = {sid: waiting_count(s, sid) for sid in {r.session_id for r in rows if r.waitlisted}}
    tickets = []
    for r in rows:
        attendee_id = known[(r.name, r.phone) if r.phone else (r.name, f"#row{r.row}")]
        position = None
        if r.waitlisted:
            positions[r.session_id] += 1
            position = positions[r.session_id]
        tickets.append(
            {
                "session_id": r.session_id,
                "attendee_id": attendee_id,
                "kind": TicketKind.GROUP if r.headcount > 1 else TicketKind.SINGLE,
                "headcount": r.headcount,
                "arrived": 0,
                "status": TicketStatus.WAITLISTED if r.waitlisted else TicketStatus.ACTIVE,
                "waitlist_position": position,
                "generation": 1,
                "first_scan_station": "",
                "created_at": now,
                "updated_at": now,
            }
        )
    ring = load_keyring(s)
    for start in range(0, len(tickets), CHUNK):
        part = tickets[start : start + CHUNK]
        ids = s.scalars(
            insert(Ticket).returning(Ticket.id, sort_by_parameter_order=True), part
        ).all()
        codes = [
            {"id": tid, "code": ring.sign(tid, 1), "key_id": ring.signing_id}
            for tid, t in zip(ids, part, strict=True)
            if t["status"] == TicketStatus.ACTIVE
        ]
        if codes:
            s.execute(update(Ticket), codes)
        progress.report(
            len(values) + 2 * (start + len(part)), len(values) + 2 * len(rows), "saving"
        )
        progress.check()
    return len(values)


def _known_attendees(s, rows: list[AttendeeRow]) -> dict[tuple[str, str], int]:
    phones = sorted({r.phone for r in rows if r.phone})
    known: dict[tuple[str, str], int] = {}
    for start in range(0, len(phones), 500):
        part = phones[start : start + 500]
        for aid, name, phone in s.execute(
            select(Attendee.id, Attendee.name, Attendee.phone).where(Attendee.phone.in_(part))
        ):
            known.setdefault((name, phone), aid)
    return known
