"""The workbook's Volunteers sheet and the volunteers' block of the National statistics sheet."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from openpyxl import Workbook

from scipop.redact import mask_phones
from scipop.reports.labels import Words
from scipop.reports.sheets import Column, Sheet
from scipop.reports.volunteers import VolunteerFigures


class VolunteerSheets:
    """Writes the volunteers' figures in the workbook's language.

    ``org_name`` gives an organization's name as the workbook shows it (English or Chinese);
    without personal data a name that holds a phone number is masked, as everywhere.
    """

    def __init__(
        self,
        words: Words,
        figures: VolunteerFigures,
        org_name: Callable[[str], str],
        *,
        personal_data: bool = True,
    ):
        self.w = words
        self.figures = figures
        self.org_name = org_name
        self.personal = personal_data

    def _org(self, name: str) -> str:
        return self.org_name(name) if name else self.w("org.none")

    def write(self, wb: Workbook, lines: Sequence[str]) -> None:
        """Per volunteer (by name), then per organization with a total row, then the notes."""
        w = self.w
        sheet = Sheet(wb, w("sheet.volunteers"), w("title.volunteers"), lines)
        cols = [
            Column(w("col.volunteer")),
            Column(w("col.organization")),
            Column(w("col.shifts"), "int"),
            Column(w("col.planned_hours"), "hours"),
            Column(w("col.worked_hours"), "hours"),
            Column(w("col.volunteer_no_shows"), "int"),
            Column(w("col.missing_checkouts"), "int"),
        ]
        rows = [
            [
                h.name if self.personal else mask_phones(h.name),
                self._org(h.organization_name),
                h.shifts,
                h.planned_hours,
                h.worked_hours,
                h.no_shows,
                h.missing_checkouts,
            ]
            for h in self.figures.people
        ]
        orgs = self.figures.organizations
        org_cols = [
            Column(w("col.organization")),
            Column(w("col.volunteers"), "int"),
            Column(w("col.shifts"), "int"),
            Column(w("col.planned_hours"), "hours"),
            Column(w("col.worked_hours"), "hours"),
            Column(w("col.volunteer_no_shows"), "int"),
        ]
        org_rows = [
            [
                self._org(o.organization_name),
                o.volunteers,
                o.shifts,
                o.planned_hours,
                o.worked_hours,
                o.no_shows,
            ]
            for o in orgs
        ]
        org_rows.append(
            [
                w("total"),
                len(self.figures.people),
                sum(o.shifts for o in orgs),
                round(sum(o.planned_hours for o in orgs), 2),
                round(sum(o.worked_hours for o in orgs), 2),
                sum(o.no_shows for o in orgs),
            ]
        )
        sample = [*rows, *([r[0], None] for r in org_rows), [c.label for c in org_cols[:2]]]
        sheet.set_widths(cols, sample)
        sheet.table(cols, rows, main=True)
        sheet.block(w("block.volunteer_orgs"), org_cols, org_rows)
        sheet.blank()
        sheet.note(w("block.notes"))
        sheet.note(w("note.hours"))

    def survey_block(self, sheet: Sheet) -> None:
        """The survey's volunteers line per organization, with a total, and what it counts."""
        w = self.w
        survey = self.figures.survey()
        rows: list[list[object]] = [
            [self._org(v.organization_name), v.volunteers, v.hours] for v in survey
        ]
        rows.append(
            [
                w("total"),
                sum(v.volunteers for v in survey),
                round(sum(v.hours for v in survey), 2),
            ]
        )
        sheet.block(
            w("block.survey_volunteers"),
            [
                Column(w("col.organization")),
                Column(w("col.served"), "int"),
                Column(w("col.service_hours"), "hours"),
            ],
            rows,
        )
