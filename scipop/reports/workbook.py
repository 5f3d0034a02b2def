"""The attendance workbook: Summary, Arrivals (with a native chart), Attendance detail, Scan log,
Volunteers and National statistics, in Chinese or English.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from contextlib import suppress
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from sqlalchemy.orm import Session

from scipop.models import EventKind, OrganizerRole
from scipop.phones import display_phone
from scipop.progress import NO_PROGRESS, Progress
from scipop.redact import mask_phone, mask_phones
from scipop.reports import queries as q
from scipop.reports.cells import LocalTimes, excel_time
from scipop.reports.labels import Words
from scipop.reports.national import national_rows
from scipop.reports.scope import ExportOptions, ReportScope
from scipop.reports.sheets import Column, Sheet
from scipop.reports.survey import COUNTED, load_mapping
from scipop.reports.volunteer_sheet import VolunteerSheets
from scipop.reports.volunteers import VolunteerFigures, english_names
from scipop.timeutil import fmt_local, utcnow


def scope_lines(words: Words, scope: ReportScope, names: dict[str, str]) -> list[str]:
    if scope.date_from is None and scope.date_to is None:
        lines = [words("period.all")]
    else:
        start = scope.date_from.isoformat() if scope.date_from else "…"
        end = scope.date_to.isoformat() if scope.date_to else "…"
        lines = [words("period", start=start, end=end)]
    for key in ("program", "event", "session"):
        if key in names:
            lines.append(words(f"scope.{key}", name=names[key]))
    lines.append(words("made", at=fmt_local(utcnow())))
    return lines


class WorkbookWriter:
    """Writes one workbook from one read-only session; progress by rows written.

    ``volunteers`` are the hours of the scope's shifts (``scipop.reports.volunteers``); without
    them the Volunteers sheet and the survey's volunteers line are left out.
    """

    def __init__(
        self,
        s: Session,
        scope: ReportScope,
        options: ExportOptions,
        *,
        figures: bool = True,
        volunteers: VolunteerFigures | None = None,
    ):
        self.s = s
        self.scope = scope
        self.options = options
        self.words = Words(options.lang)
        self.zh = options.lang == "zh_CN"
        self.now = utcnow()
        self.lines = scope_lines(self.words, scope, q.scope_names(s, scope))
        self.figures = q.session_figures(s, scope) if figures else []
        self.volunteers: VolunteerSheets | None = None
        if volunteers is not None:
            english = {} if self.zh else english_names(s)
            self.volunteers = VolunteerSheets(
                self.words,
                volunteers,
                lambda name: english.get(name, name),
                personal_data=options.personal_data,
            )

    def _name(self, zh: str, en: str) -> str:
        return zh if self.zh or not en else en

    def write(self, path: Path, progress: Progress = NO_PROGRESS) -> None:
        w = self.words
        wb = Workbook(write_only=True)
        total = q.detail_count(self.s, self.scope) + q.scan_count(self.s, self.scope)
        try:
            self._summary(wb)
            self._arrivals(wb)
            done = self._detail(wb, progress, total)
            self._scans(wb, progress, total, done)
            if self.volunteers is not None:
                self.volunteers.write(wb, self.lines)
            self._national(wb)
            progress.check()
        except BaseException:
            _discard(wb)
            raise
        progress.report(total, total, "saving")
        wb.properties.title = w("title.summary")
        wb.properties.creator = "SciPop Desk"
        wb.save(path)

    # ---- Summary
    def _summary(self, wb: Workbook) -> None:
        w = self.words
        sheet = Sheet(wb, w("sheet.summary"), w("title.summary"), self.lines)
        figures_cols = [
            Column(w("col.registered"), "int"),
            Column(w("col.checked_in"), "int"),
            Column(w("col.no_shows"), "int"),
            Column(w("col.no_show_rate"), "pct"),
            Column(w("col.walk_ins"), "int"),
            Column(w("col.group_headcount"), "int"),
            Column(w("col.capacity"), "int"),
            Column(w("col.fill_rate"), "pct"),
        ]
        cols = [
            Column(w("col.event")),
            Column(w("col.session")),
            Column(w("col.kind")),
            Column(w("col.hall")),
            Column(w("col.start"), "datetime"),
            *figures_cols,
        ]
        rows = [self._session_row(f) for f in self.figures]
        org_cols = [
            Column(w("col.organization")),
            Column(w("col.role")),
            Column(w("col.events"), "int"),
            Column(w("col.sessions"), "int"),
        ]
        count_cols = [
            Column(w("col.tickets"), "int"),
            Column(w("col.registered"), "int"),
            Column(w("col.checked_in"), "int"),
        ]
        school_cols = [
            Column(w("col.groups"), "int"),
            Column(w("col.headcount"), "int"),
            Column(w("col.arrived"), "int"),
        ]
        blocks = [
            (
                w("block.events"),
                [Column(w("col.event")), Column(w("col.sessions"), "int"), *figures_cols],
                [*self._per_event(), [w("total"), len(self.figures), *self._figures(self.figures)]],
            ),
            (w("block.organizations"), [*org_cols, *figures_cols], self._per_org()),
            (
                w("block.halls"),
                [Column(w("col.hall")), Column(w("col.sessions"), "int"), *figures_cols],
                self._per_hall(),
            ),
            (
                w("block.categories"),
                [Column(w("col.category")), *count_cols],
                [
                    [w.enum(c.category), c.tickets, c.registered, c.checked_in]
                    for c in q.by_category(self.s, self.scope)
                ],
            ),
            (
                w("block.schools"),
                [Column(w("col.school")), *school_cols],
                [
                    [x.school or "—", x.groups, x.headcount, x.arrived]
                    for x in q.by_school(self.s, self.scope)
                ],
            ),
        ]
        # the widths fit every block of the sheet, headers included (text only: numbers fit)
        sample: list[list[Any]] = list(rows)
        for _title, block_cols, block_rows in blocks:
            sample.append([c.label for c in block_cols])
            sample += [[v if isinstance(v, str) else None for v in r] for r in block_rows]
        sheet.set_widths([Column(c.label) if c.kind == "text" else c for c in cols], sample)
        sheet.table(cols, rows, main=True)
        for title, block_cols, block_rows in blocks:
            sheet.block(title, block_cols, block_rows)
        sheet.blank()
        sheet.note(w("block.notes"))
        sheet.note(w("note.no_shows"))
        if not self.options.personal_data:
            sheet.note(w("note.personal"))

    def _session_row(self, f: q.SessionFigures) -> list[Any]:
        return [
            self._name(f.event_title, f.event_title_en),
            f.session_title or fmt_local(f.starts_at, "%H:%M"),
            self.words.enum(f.kind),
            self._name(f.room_name, f.room_name_en),
            excel_time(f.starts_at),
            *self._figures([f]),
        ]

    def _figures(self, figs: list[q.SessionFigures]) -> list[Any]:
        """registered, checked in, no-shows, no-show rate, walk-ins, groups, capacity, fill."""
        registered = sum(f.registered for f in figs)
        checked_in = sum(f.checked_in for f in figs)
        ended = [f for f in figs if f.ended(self.now)]
        no_shows = sum(f.no_shows(self.now) or 0 for f in ended) if ended else None
        ended_registered = sum(f.registered for f in ended)
        rate = no_shows / ended_registered if no_shows is not None and ended_registered else None
        capacity = sum(f.capacity for f in figs)
        return [
            registered,
            checked_in,
            no_shows,
            rate,
            sum(f.walk_ins for f in figs),
            sum(f.group_headcount for f in figs),
            capacity,
            checked_in / capacity if capacity else None,
        ]

    def _per_event(self) -> list[list[Any]]:
        groups: dict[int, list[q.SessionFigures]] = defaultdict(list)
        for f in self.figures:
            groups[f.event_id].append(f)
        return [
            [self._name(fs[0].event_title, fs[0].event_title_en), len(fs), *self._figures(fs)]
            for fs in groups.values()
        ]

    def _per_org(self) -> list[list[Any]]:
        by_event: dict[int, list[q.SessionFigures]] = defaultdict(list)
        for f in self.figures:
            by_event[f.event_id].append(f)
        groups: dict[tuple[int, OrganizerRole], tuple[str, list[int]]] = {}
        for o in q.organizers(self.s, list(by_event)):
            key = (o.organization_id, o.role)
            groups.setdefault(key, (self._name(o.name, o.name_en), []))[1].append(o.event_id)
        rows = []
        for (_org, role), (name, event_ids) in sorted(
            groups.items(), key=lambda kv: (kv[1][0], kv[0][1] != OrganizerRole.LEAD)
        ):
            figs = [f for e in event_ids for f in by_event[e]]
            rows.append(
                [name, self.words.enum(role), len(event_ids), len(figs), *self._figures(figs)]
            )
        return rows

    def _per_hall(self) -> list[list[Any]]:
        groups: dict[int, list[q.SessionFigures]] = defaultdict(list)
        for f in self.figures:
            groups[f.room_id].append(f)
        return [
            [self._name(fs[0].room_name, fs[0].room_name_en), len(fs), *self._figures(fs)]
            for fs in groups.values()
        ]

    # ---- Arrivals
    def _arrivals(self, wb: Workbook) -> None:
        w = self.words
        sheet = Sheet(wb, w("sheet.arrivals"), w("title.arrivals"), self.lines)
        by_id = {f.id: f for f in self.figures}
        rows = []
        slots: dict[str, int] = defaultdict(int)
        for session_id, bucket, people in q.arrivals(self.s, self.scope):
            f = by_id.get(session_id)
            if f is None:
                continue
            minutes = int((bucket - f.starts_at).total_seconds() // 60)
            rows.append(
                [
                    f.label(),
                    self._name(f.room_name, f.room_name_en),
                    excel_time(f.starts_at),
                    excel_time(bucket),
                    minutes,
                    people,
                ]
            )
            slots[fmt_local(bucket, "%H:%M")] += people
        chart_rows = sorted(slots.items())
        cols = [
            Column(w("col.session")),
            Column(w("col.hall")),
            Column(w("col.start"), "datetime"),
            Column(w("col.bucket"), "datetime"),
            Column(w("col.minutes"), "int"),
            Column(w("col.check_ins"), "int"),
            Column(""),
            Column(w("col.time_of_day")),
            Column(w("col.all_sessions"), "int"),
        ]
        n = max(len(rows), len(chart_rows))
        table = []
        for i in range(n):
            left = rows[i] if i < len(rows) else [None] * 6
            right = list(chart_rows[i]) if i < len(chart_rows) else [None, None]
            table.append([*left, None, *right])
        sheet.set_widths(cols, table)
        sheet.table(cols, table, main=True)
        header_row = sheet.header_row
        sheet.ws.auto_filter.ref = f"A{header_row}:F{header_row + max(len(rows), 1)}"
        if chart_rows:
            chart = BarChart()
            chart.type = "col"
            chart.title = w("title.arrivals")
            chart.y_axis.title = w("col.check_ins")
            chart.x_axis.title = w("col.time_of_day")
            chart.legend = None
            data = Reference(
                sheet.ws, min_col=9, min_row=header_row, max_row=header_row + len(chart_rows)
            )
            labels = Reference(
                sheet.ws, min_col=8, min_row=header_row + 1, max_row=header_row + len(chart_rows)
            )
            chart.add_data(data, titles_from_data=True)
            chart.set_categories(labels)
            chart.width, chart.height = 22, 11
            sheet.ws.add_chart(chart, "K4")

    # ---- Attendance detail
    def detail_table(self) -> tuple[list[Column], Iterator[list[Any]]]:
        """The Attendance detail's columns and rows (also the CSV's)."""
        w = self.words
        personal = self.options.personal_data
        cols = [
            Column(w("col.ticket"), "int"),
            Column(w("col.name")),
            Column(w("col.phone")),
            *([Column(w("col.email"))] if personal else []),
            Column(w("col.org_school")),
            Column(w("col.category")),
            Column(w("col.event")),
            Column(w("col.session"), "datetime"),
            Column(w("col.hall")),
            Column(w("col.ticket_kind")),
            Column(w("col.headcount"), "int"),
            Column(w("col.arrived"), "int"),
            Column(w("col.status")),
            Column(w("col.first_scan"), "seconds"),
            Column(w("col.first_door")),
            Column(w("col.last_scan"), "seconds"),
            Column(w("col.last_door")),
        ]
        return cols, self._detail_rows()

    def _detail(self, wb: Workbook, progress: Progress, total: int) -> int:
        w = self.words
        sheet = Sheet(wb, w("sheet.detail"), w("title.detail"), self.lines)
        cols, rows = self.detail_table()
        return sheet.table(cols, rows, main=True, progress=progress, total=total, stage="detail")

    def _detail_rows(self) -> Iterator[list[Any]]:
        enum = self.words.enum
        kinds = {"single": self.words("ticket.single"), "group": self.words("ticket.group")}
        personal = self.options.personal_data
        zh = self.zh
        local = LocalTimes()
        for (
            tid,
            name,
            phone,
            email,
            org,
            category,
            title,
            title_en,
            _stitle,
            start,
            room,
            room_en,
            kind,
            headcount,
            arrived,
            status,
            first_at,
            first_door,
            last_at,
            last_door,
        ) in q.detail_rows(self.s, self.scope):
            row = [
                tid,
                name if personal else mask_phones(name),
                phone_text(phone) if personal else mask_phone(phone) if phone else "",
            ]
            if personal:
                row.append(email)
            row += [
                org if personal else mask_phones(org),
                enum(category),
                title if zh or not title_en else title_en,
                local(start),
                room if zh or not room_en else room_en,
                kinds.get(kind, kind),
                headcount,
                arrived,
                enum(status),
                local(first_at),
                first_door,
                local(last_at),
                last_door,
            ]
            yield row

    # ---- Scan log
    def _scans(self, wb: Workbook, progress: Progress, total: int, done: int) -> None:
        w = self.words
        sheet = Sheet(wb, w("sheet.scans"), w("title.scans"), self.lines)
        cols = [
            Column(w("col.time"), "seconds"),
            Column(w("col.door")),
            Column(w("col.operator")),
            Column(w("col.event")),
            Column(w("col.session"), "datetime"),
            Column(w("col.ticket"), "int"),
            Column(w("col.name")),
            Column(w("col.verdict")),
            Column(w("col.method")),
            Column(w("col.admitted"), "int"),
            Column(w("col.reason")),
            Column(w("col.code")),
        ]
        sheet.table(
            cols,
            self._scan_rows(),
            main=True,
            progress=_Offset(progress, done),
            total=total,
            stage="scans",
        )

    def _scan_rows(self) -> Iterator[list[Any]]:
        words = self.words
        personal = self.options.personal_data
        zh = self.zh
        local = LocalTimes()
        for (
            at,
            door,
            operator,
            title,
            title_en,
            start,
            tid,
            name,
            verdict,
            method,
            admitted,
            reason,
            detail,
            raw,
        ) in q.scan_rows(self.s, self.scope):
            text = words.reason(reason, detail)
            if not personal:
                text, raw, name = mask_phones(text), mask_phones(raw), mask_phones(name or "")
            yield [
                local(at),
                door,
                operator,
                title if zh or not title_en else title_en,
                local(start),
                tid,
                name,
                words.enum(verdict),
                words.method(method),
                admitted,
                text,
                raw,
            ]

    # ---- National statistics
    def _national(self, wb: Workbook) -> None:
        w = self.words
        sheet = Sheet(wb, w("sheet.national"), w("title.national"), self.lines)
        mapping = load_mapping(self.s)
        cols = [Column(w("col.organization")), Column(w("col.role"))]
        for category in COUNTED:
            name = w(f"survey.{category.value}")
            cols += [
                Column(w("survey.held", category=name), "int"),
                Column(w("survey.people", category=name), "int"),
            ]
        rows = national_rows(
            self.figures, q.organizers(self.s, sorted({f.event_id for f in self.figures})), mapping
        )
        table = [[self._name(r.name, r.name_en), w.enum(r.role), *r.flat()] for r in rows]
        sample = [*table, [w("block.survey_volunteers"), w("col.served"), w("col.service_hours")]]
        sheet.set_widths(cols, sample)
        sheet.table(cols, table, main=True)
        sheet.block(
            w("block.mapping"),
            [Column(w("col.kind")), Column(w("col.survey_category"))],
            [[w.enum(kind), w(f"survey.{mapping[kind].value}")] for kind in EventKind],
        )
        if self.volunteers is not None:
            self.volunteers.survey_block(sheet)
        sheet.blank()
        sheet.note(w("note.national"))
        if self.volunteers is not None:
            sheet.note(w("note.survey_volunteers"))


def phone_text(stored: str) -> str:
    """A stored phone as people write it (``138 1234 5678``); Chinese mobiles without a parse."""
    if len(stored) == 14 and stored.startswith("+861") and stored[1:].isdigit():
        national = stored[3:]
        return f"{national[:3]} {national[3:7]} {national[7:]}"
    return display_phone(stored)


def _discard(wb: Workbook) -> None:
    """Close a workbook given up half-way (cancelled): its sheets' temporary files go too."""
    for ws in wb.worksheets:
        rows, writer = getattr(ws, "_rows", None), getattr(ws, "_writer", None)
        with suppress(Exception):
            if rows is not None:
                rows.close()
        with suppress(Exception):
            if writer is not None:
                writer.close()
                Path(writer.out).unlink(missing_ok=True)


class _Offset(Progress):
    """Progress of a later stage, counted on from what earlier stages did."""

    def __init__(self, inner: Progress, offset: int):
        self.inner = inner
        self.offset = offset

    def report(self, done: int, total: int, stage: str = "") -> None:
        self.inner.report(self.offset + done, total, stage)

    def cancelled(self) -> bool:
        return self.inner.cancelled()
