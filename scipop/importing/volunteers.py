"""Importing the volunteer roster from a spreadsheet (.xlsx/.xls/.ods/.csv), all or nothing.

The same reader and column-mapping wizard as the attendee import, with the volunteer target
(:mod:`scipop.importing.volunteer_rows`): ``read`` → ``mapping_for`` (remembered or guessed:
姓名, 手机号, 单位/组织, 技能/特长, 语言/外语, 邮箱, 备注) → ``preview`` (every bad row with its
reason; duplicates by phone in the file and against the roster) → ``commit`` in one unit of
work, checked again inside it. A file with bad rows imports nothing (ImportRejected) unless
``only_good`` is chosen. Organizations the file names that the list does not have are created
by the import (listed in the preview), unless ``create_organizations`` is False.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.orm import Session

from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.importing import columns
from scipop.importing.columns import ColumnMapping
from scipop.importing.flow import AllOrNothingImporter, CheckedFile, check_columns
from scipop.importing.report import RowError
from scipop.importing.spreadsheet import Table
from scipop.importing.volunteer_rows import (
    VOLUNTEERS,
    VolunteerRow,
    check_rows,
    new_organizations,
    org_key,
)
from scipop.models import Organization, OrgKind, Volunteer
from scipop.progress import NO_PROGRESS, Progress
from scipop.store.uow import UnitOfWork

MISSING_COLUMNS = QT_TRANSLATE_NOOP("errors", "'{name}' has no {columns} column; map one.")
NO_ROWS = QT_TRANSLATE_NOOP("errors", "'{name}' has a header row but no volunteers under it.")


@dataclass
class VolunteerPreview(CheckedFile):
    """The checked file: good rows, every bad row's problems, the organizations to create."""

    file_name: str
    table: Table
    mapping: ColumnMapping
    rows: list[VolunteerRow]
    errors: list[RowError]
    create_organizations: bool = True

    @property
    def new_organizations(self) -> list[str]:
        return new_organizations(self.rows)


@dataclass
class VolunteerImportSummary:
    volunteers: int
    new_organizations: list[str] = field(default_factory=list)
    volunteer_ids: list[int] = field(default_factory=list)
    skipped_rows: list[int] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    dry_run: bool = False


class VolunteerImporter(AllOrNothingImporter[VolunteerPreview, VolunteerImportSummary]):
    target = VOLUNTEERS

    def mapping_for(self, headers: list[str]) -> ColumnMapping:
        """The mapping remembered for these headers, else a guess from their names."""
        with self.store.uow() as uow:
            remembered = columns.remembered_mapping(uow.session, headers, VOLUNTEERS)
        return remembered or columns.guess_mapping(headers, VOLUNTEERS)

    def preview(
        self,
        table: Table,
        mapping: ColumnMapping | None = None,
        *,
        create_organizations: bool = True,
        file_name: str = "",
        progress: Progress = NO_PROGRESS,
    ) -> VolunteerPreview:
        """Check every row without writing anything."""
        mapping = mapping or self.mapping_for(table.headers)
        _check_columns(table, mapping, file_name)
        with self.store.uow() as uow:
            rows, errors = check_rows(
                uow.session,
                table,
                mapping,
                create_organizations=create_organizations,
                progress=progress,
            )
        return VolunteerPreview(file_name, table, mapping, rows, errors, create_organizations)

    def _check(self, session: Session, preview: VolunteerPreview, progress: Progress):
        return check_rows(
            session,
            preview.table,
            preview.mapping,
            create_organizations=preview.create_organizations,
            progress=progress,
        )

    def _write(
        self,
        uow: UnitOfWork,
        preview: VolunteerPreview,
        rows: list[VolunteerRow],
        errors: list[RowError],
        progress: Progress,
    ) -> VolunteerImportSummary:
        s = uow.session
        progress.report(0, 1, "saving")
        created: dict[str, Organization] = {}
        for name in new_organizations(rows):
            org = Organization(name=name, kind=guess_kind(name))
            s.add(org)
            created[org_key(name)] = org
        s.flush()
        volunteers = []
        for r in rows:
            org_id = r.organization_id
            if org_id is None and r.organization:
                org_id = created[org_key(r.organization)].id
            volunteers.append(
                Volunteer(
                    name=r.name,
                    phone=r.phone,
                    email=r.email,
                    organization_id=org_id,
                    skills=r.skills,
                    languages=r.languages,
                    notes=r.notes,
                    active=True,
                )
            )
        s.add_all(volunteers)
        s.flush()
        progress.check()
        columns.remember_mapping(s, preview.mapping, VOLUNTEERS)
        summary = VolunteerImportSummary(
            volunteers=len(volunteers),
            new_organizations=[o.name for o in created.values()],
            volunteer_ids=[v.id for v in volunteers],
            skipped_rows=sorted({e.row for e in errors}),
            errors=errors,
        )
        uow.audit(
            "import",
            "volunteer",
            None,
            f"{summary.volunteers} volunteer(s) imported from "
            f"{preview.file_name or 'a file'}"
            + (f", {len(created)} organization(s) created" if created else "")
            + (f", {len(summary.skipped_rows)} bad row(s) skipped" if errors else ""),
            after={
                "file": preview.file_name,
                "volunteers": summary.volunteer_ids,
                "organizations_created": {o.id: o.name for o in created.values()},
                "skipped_rows": summary.skipped_rows,
            },
        )
        return summary

    def _after_commit(self, progress: Progress) -> None:
        progress.report(1, 1, "saving")

    def import_file(
        self,
        path: str | Path,
        *,
        sheet: str | None = None,
        mapping: ColumnMapping | None = None,
        only_good: bool = False,
        dry_run: bool = False,
        create_organizations: bool = True,
        progress: Progress = NO_PROGRESS,
    ) -> VolunteerImportSummary:
        """Read, check and import a file in one go (``scipop import volunteers``)."""
        return self._import_file(
            path,
            sheet=sheet,
            mapping=mapping,
            only_good=only_good,
            dry_run=dry_run,
            progress=progress,
            create_organizations=create_organizations,
        )

    def _unchecked(
        self, file_name: str, table: Table, mapping: ColumnMapping, options: dict
    ) -> VolunteerPreview:
        return VolunteerPreview(file_name, table, mapping, [], [], options["create_organizations"])

    def _check_columns(
        self, table: Table, mapping: ColumnMapping, file_name: str, options: dict
    ) -> None:
        _check_columns(table, mapping, file_name)

    def _dry_summary(self, preview: VolunteerPreview) -> VolunteerImportSummary:
        return VolunteerImportSummary(
            volunteers=len(preview.rows),
            new_organizations=preview.new_organizations,
            skipped_rows=preview.bad_rows,
            errors=preview.errors,
            dry_run=True,
        )


_KIND_WORDS = (
    (OrgKind.SCHOOL, ("学校", "中学", "小学", "大学", "学院", "附中", "school", "university",
                      "college")),
    (OrgKind.SOCIETY, ("学会", "协会", "society", "association")),
    (OrgKind.COMPANY, ("公司", "有限", "company", "ltd", "inc")),
)  # fmt: skip


def guess_kind(name: str) -> OrgKind:
    """A new organization's kind from its name (北京四中 stays "other": edit it later)."""
    folded = name.casefold()
    for kind, words in _KIND_WORDS:
        if any(w in folded for w in words):
            return kind
    return OrgKind.OTHER


def _check_columns(table: Table, mapping: ColumnMapping, file_name: str) -> None:
    missing = [f for f in VOLUNTEERS.required if mapping.index(f) is None]
    check_columns(table, file_name, missing, MISSING_COLUMNS, NO_ROWS)
