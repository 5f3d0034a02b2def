"""What the GUI and the CLI ask of reports: key figures, exports, the dashboard, the mapping."""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from scipop.errors import ValidationError, not_found
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Event, Program
from scipop.models import Session as EventSession
from scipop.progress import NO_PROGRESS, Cancelled, Progress
from scipop.reports import queries as q
from scipop.reports.dashboard import DashboardData, DashboardReader
from scipop.reports.scope import ExportOptions, ReportScope
from scipop.reports.survey import SurveyMappingService
from scipop.reports.volunteers import volunteer_figures
from scipop.services.events import EVENT_MISSING
from scipop.services.organizations import ProgramService
from scipop.services.sessions import SESSION_MISSING
from scipop.store import guard
from scipop.store.uow import Store
from scipop.timeutil import utcnow

BAD_SUFFIX = QT_TRANSLATE_NOOP("errors", "A report is saved as .xlsx or .csv, not “{name}”.")
CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "errors",
    "“{name}” could not be saved ({details}). If it is open in Excel or WPS, close it and"
    " export again; else choose another folder.",
)
FORMATS = (".xlsx", ".csv")


@dataclass(frozen=True)
class KeyFigures:
    """The preview on the Reports page."""

    sessions: int
    registered: int
    checked_in: int
    no_shows: int
    walk_ins: int
    group_headcount: int
    capacity: int
    tickets: int
    scans: int
    ended_registered: int = 0  # registered for the sessions that have ended

    @property
    def no_show_rate(self) -> float:
        """No-shows of the ended sessions over those sessions' registrations."""
        return self.no_shows / self.ended_registered if self.ended_registered else 0.0

    @property
    def fill_rate(self) -> float:
        return self.checked_in / self.capacity if self.capacity else 0.0


class ReportService:
    def __init__(self, store: Store):
        self.store = store
        self.survey = SurveyMappingService(store)

    def check_scope(self, scope: ReportScope) -> None:
        """NotFound when the scope names a program, event or session that does not exist."""
        with self.store.uow() as uow:
            s = uow.session
            for ident, model, missing in (
                (scope.program_id, Program, ProgramService.missing),
                (scope.event_id, Event, EVENT_MISSING),
                (scope.session_id, EventSession, SESSION_MISSING),
            ):
                if ident is not None and s.get(model, ident) is None:
                    raise not_found(missing, ident)

    def key_figures(self, scope: ReportScope) -> KeyFigures:
        now = utcnow()
        with self.store.uow() as uow:
            s = uow.session
            figs = q.session_figures(s, scope)
            ended = [f for f in figs if f.ended(now)]
            return KeyFigures(
                sessions=len(figs),
                registered=sum(f.registered for f in figs),
                checked_in=sum(f.checked_in for f in figs),
                no_shows=sum(f.no_shows(now) or 0 for f in ended),
                walk_ins=sum(f.walk_ins for f in figs),
                group_headcount=sum(f.group_headcount for f in figs),
                capacity=sum(f.capacity for f in figs),
                tickets=q.detail_count(s, scope),
                scans=q.scan_count(s, scope),
                ended_registered=sum(f.registered for f in ended),
            )

    def export(
        self,
        scope: ReportScope,
        path: str | os.PathLike[str],
        options: ExportOptions | None = None,
        progress: Progress = NO_PROGRESS,
    ) -> Path:
        """Write the workbook (.xlsx) or the detail CSV (.csv) to ``path``, all or nothing.

        The file is written beside ``path`` under a temporary name and moved into place at the
        end: a cancelled or failed export leaves nothing behind and never half a file.
        """
        options = options or ExportOptions()
        target = Path(path)
        suffix = target.suffix.lower()
        if suffix not in FORMATS:
            raise ValidationError("out", BAD_SUFFIX, name=target.name)
        guard.refuse_database_file(target)
        try:
            self._write(scope, target, suffix, options, progress)
        except OSError as exc:  # a locked file (open in Excel), a full disk, no permission
            details = exc.strerror or exc.__class__.__name__
            raise ValidationError("out", CANNOT_WRITE, name=target.name, details=details) from exc
        return target

    def _write(
        self,
        scope: ReportScope,
        target: Path,
        suffix: str,
        options: ExportOptions,
        progress: Progress,
    ) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(
            suffix=suffix, prefix=".scipop-report-", dir=target.parent
        )
        os.close(handle)
        temp = Path(temp_name)
        try:
            with self.store.uow() as uow:
                if suffix == ".csv":
                    from scipop.reports.csv_export import write_csv  # openpyxl: not at start-up

                    write_csv(uow.session, scope, options, temp, progress)
                else:
                    from scipop.reports.workbook import WorkbookWriter  # openpyxl: not at start-up

                    WorkbookWriter(
                        uow.session, scope, options, volunteers=volunteer_figures(self.store, scope)
                    ).write(temp, progress)
            progress.check()
            os.replace(temp, target)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise

    def dashboard(self) -> DashboardReader:
        """A live reader for the dashboard; keep it and call ``refresh()`` every few seconds."""
        return DashboardReader(self.store)


__all__ = ["Cancelled", "DashboardData", "KeyFigures", "ReportService"]
