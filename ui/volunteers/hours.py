"""The hours tab: planned and worked hours per volunteer and per organization over a period;
double-click a volunteer for their shift lines."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from scipop.reports.cells import csv_text
from ui.dialogs.pickers import date_edit
from ui.operations import QueryOp
from ui.resources import icon
from ui.volunteers.models import OrgHoursModel, ShiftLineModel, VolunteerHoursModel
from ui.volunteers.texts import hours_text, local_today
from ui.volunteers.widgets import EmptyState, Tab, on_open, table_view
from ui.widgets.crud_table import current_row


def write_rows(path: Path, rows: list[list[str]]) -> None:
    """UTF-8 with a BOM (Excel then reads Chinese); formula-like text kept as text."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle)
        for row in rows:
            out.writerow([csv_text(cell) for cell in row])


def this_month(today: date | None = None) -> tuple[date, date]:
    today = today or local_today()
    first = today.replace(day=1)
    nxt = (first + timedelta(days=32)).replace(day=1)
    return first, nxt - timedelta(days=1)


class HoursTab(Tab):
    shown = Signal()

    def __init__(self, page):
        super().__init__(page)
        first, last = this_month()
        self.from_edit = date_edit(self, first)
        self.to_edit = date_edit(self, last)
        from_label = QLabel(self.tr("&From:"), self)
        from_label.setBuddy(self.from_edit)
        to_label = QLabel(self.tr("t&o"), self)
        to_label.setBuddy(self.to_edit)
        self.month_button = QPushButton(self.tr("This &month"), self)
        self.month_button.clicked.connect(self.show_this_month)
        self.export_button = QPushButton(icon("import"), self.tr("&Export CSV…"), self)
        self.export_button.setToolTip(
            self.tr("Both tables as a CSV file that Excel and WPS open (UTF-8, Chinese intact)")
        )
        self.export_button.clicked.connect(self.export_csv)
        self.from_edit.dateChanged.connect(lambda _d: self.reload())
        self.to_edit.dateChanged.connect(lambda _d: self.reload())
        self.totals = QLabel(self)
        self.totals.setProperty("role", "muted")

        self.people = VolunteerHoursModel(self)
        self.people_view, _ = table_view(self, self.people, stretch=VolunteerHoursModel.NAME)
        on_open(self.people_view, self.show_lines)
        self.people_view.setToolTip(self.tr("Double-click (or Enter) for the volunteer's shifts"))
        self.orgs = OrgHoursModel(self)
        self.orgs_view, _ = table_view(self, self.orgs, stretch=OrgHoursModel.ORGANIZATION)

        def titled(title: str, view) -> QWidget:
            box = QWidget(self)
            lay = QVBoxLayout(box)
            lay.setContentsMargins(0, 0, 0, 0)
            label = QLabel(title, box)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
            lay.addWidget(label)
            lay.addWidget(view, 1)
            return box

        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(titled(self.tr("Per volunteer"), self.people_view))
        splitter.addWidget(titled(self.tr("Per organization"), self.orgs_view))
        splitter.setSizes([460, 240])

        self.empty = EmptyState(self)
        self.empty.set_texts(
            self.tr("No hours in this period"),
            self.tr(
                "Hours come from shifts and badge check-ins: the planned hours of the shifts "
                "volunteers are assigned to on the Staffing tab, and the hours between their "
                "badge check-in and check-out. Pick another period above, or plan shifts."
            ),
        )
        self.empty_staffing = self.empty.add_button(
            QPushButton(icon("shift"), self.tr("Go to S&taffing"), self.empty)
        )
        self.empty_staffing.clicked.connect(self.go_to_staffing)
        self.empty_new_shift = self.empty.add_button(
            QPushButton(icon("add"), self.tr("&New shift…"), self.empty)
        )
        self.empty_new_shift.clicked.connect(self.new_shift)
        self.empty.finish()
        self.stack = QStackedWidget(self)
        self.stack.addWidget(splitter)
        self.stack.addWidget(self.empty)
        self.splitter = splitter

        bar = QHBoxLayout()
        bar.addWidget(from_label)
        bar.addWidget(self.from_edit)
        bar.addWidget(to_label)
        bar.addWidget(self.to_edit)
        bar.addWidget(self.month_button)
        bar.addSpacing(12)
        bar.addWidget(self.totals, 1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)

    @Slot()
    def go_to_staffing(self) -> None:
        self.page.show_tab(self.page.staffing)

    @Slot()
    def new_shift(self) -> None:
        self.go_to_staffing()
        self.page.staffing.new_shift()

    def period(self) -> tuple[date, date]:
        return self.from_edit.date().toPython(), self.to_edit.date().toPython()

    def set_period(self, first: date, last: date) -> None:
        for edit, value in ((self.from_edit, first), (self.to_edit, last)):
            with QSignalBlocker(edit):
                edit.setDate(QDate(value.year, value.month, value.day))
        self.reload()

    @Slot()
    def show_this_month(self) -> None:
        self.set_period(*this_month())

    def reload(self) -> None:
        first, last = self.period()
        if last < first:
            self.totals.setText(self.tr("The end of the period is before its start."))
            self.people.set_rows([])
            self.orgs.set_rows([])
            self.stack.setCurrentWidget(self.splitter)
            return
        self.read(
            "hours",
            lambda s: (s.hours.by_volunteer(first, last), s.hours.by_organization(first, last)),
            self._show,
        )

    def _show(self, result) -> None:
        people, orgs = result
        self.people.set_rows(people)
        self.orgs.set_rows(orgs)
        self.stack.setCurrentWidget(self.splitter if people or orgs else self.empty)
        self.export_button.setEnabled(bool(people or orgs))
        planned = sum(p.planned_hours for p in people)
        worked = sum(p.worked_hours for p in people)
        no_shows = sum(p.no_shows for p in people)
        self.totals.setText(
            " · ".join(
                (
                    self.tr("%n volunteer(s)", "", len(people)),
                    self.tr("planned %1 h · worked %2 h")
                    .replace("%1", hours_text(planned))
                    .replace("%2", hours_text(worked)),
                    self.tr("%n no-show(s)", "", no_shows),
                )
            )
        )
        self.shown.emit()

    def table_rows(self) -> list[list[str]]:
        """What the CSV holds: the period, then each table with its headers, as shown."""
        first, last = self.period()
        rows: list[list[str]] = [
            [self.tr("Volunteer hours"), f"{first.isoformat()} – {last.isoformat()}"],
            [],
        ]
        for model in (self.people, self.orgs):
            rows.append(
                [
                    str(model.headerData(c, Qt.Orientation.Horizontal))
                    for c in range(model.columnCount())
                ]
            )
            for r in range(model.rowCount()):
                rows.append([str(model.index(r, c).data()) for c in range(model.columnCount())])
            rows.append([])
        return rows

    @Slot()
    def export_csv(self) -> None:
        from ui.dialogs.files import save_file_name

        first, _last = self.period()
        name = self.tr("volunteer hours %1").replace("%1", first.strftime("%Y-%m")) + ".csv"
        path = save_file_name(
            self,
            self.tr("Export volunteer hours"),
            str(Path.home() / name),
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.write_csv(path)

    def write_csv(self, path: str | Path) -> None:
        """Write the tables to ``path`` in a worker; the totals line says where."""
        rows = self.table_rows()
        target = Path(path)
        if target.suffix.lower() != ".csv":
            target = target.with_suffix(".csv")
        QueryOp(
            self.ctx,
            self,
            lambda _s: write_rows(target, rows),
            lambda _r: self.totals.setText(self.tr("Saved %1.").replace("%1", str(target))),
        ).disabling(self.export_button).run()

    @Slot()
    def show_lines(self) -> QDialog | None:
        row = current_row(self.people_view)
        if row is None:
            return None
        dialog = ShiftLinesDialog(self, row, *self.period())
        dialog.open()
        return dialog


class ShiftLinesDialog(QDialog):
    """One volunteer's shifts in the period, with planned and worked hours."""

    loaded = Signal()

    def __init__(self, tab: HoursTab, row, first: date, last: date):
        super().__init__(tab)
        self.setWindowTitle(self.tr("Shifts of %1").replace("%1", row.name))
        self.model = ShiftLineModel(self)
        self.view, _ = table_view(self, self.model, stretch=ShiftLineModel.PLACE)
        self.summary = QLabel(self)
        self.summary.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(900, 420)
        ident = row.volunteer_id
        QueryOp(
            tab.ctx, self, lambda s: s.hours.for_volunteer(ident, first, last), self._loaded
        ).run()

    def _loaded(self, lines) -> None:
        self.model.set_rows(lines)
        self.summary.setText(
            self.tr("%n shift(s)", "", len(lines))
            + " · "
            + self.tr("planned %1 h · worked %2 h")
            .replace("%1", hours_text(sum(x.planned_hours for x in lines)))
            .replace("%2", hours_text(sum(x.worked_hours for x in lines)))
        )
        self.loaded.emit()
