"""Calendar: the halls' day or week at a glance; book, move, resize and cancel sessions.

Every change goes through ``SchedulingService`` — the one conflict check — and a refusal
snaps the block back and says why in a banner, the status bar and the block's tooltip.
One query per range shown (``CalendarQueries.load``); filters by program and organization
only hide blocks, a venue filter picks the rooms shown as columns.
"""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QPoint, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from scipop.app import Services
from scipop.errors import DomainError
from scipop.scheduling.calendar import CalendarData, CalendarSession, week_of
from scipop.scheduling.rules import SessionDraft
from scipop.timeutil import local_zone, to_local
from ui.calendar.banner import Banner
from ui.calendar.headers import date_label
from ui.calendar.view import CalendarView
from ui.context import AppContext
from ui.dialogs.event_dialog import color_icon
from ui.errors import error_text
from ui.i18n import display_name, is_chinese
from ui.operations import Operation, QueryOp, WriteOp
from ui.pages.base import EditActions, Page
from ui.resources import icon

NO_PROGRAM = -1


class CalendarPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.day = to_local(datetime.now(local_zone())).date()
        self.week = True
        self.data: CalendarData | None = None
        self.last_event_id: int | None = None
        self.load_ms = 0.0

        self.view = CalendarView(self)
        self.banner = Banner(self)
        self._build_toolbar()
        self._build_filters()

        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addLayout(self.filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.view, 1)

        v = self.view
        v.move_requested.connect(self.move_session)
        v.resize_requested.connect(self.resize_session)
        v.create_requested.connect(self.create_at)
        v.edit_requested.connect(self.edit_session)
        v.cancel_requested.connect(self.cancel_session)
        v.step_requested.connect(self.step)
        v.day_activated.connect(self.show_day)
        v.context_requested.connect(self._context_menu)
        v.current_changed.connect(self._current_changed)
        self.setFocusProxy(v)

    # ---- building
    def _build_toolbar(self) -> None:
        self.toolbar = QHBoxLayout()
        self.prev_button = QToolButton(self)
        self.prev_button.setArrowType(Qt.ArrowType.LeftArrow)
        self.prev_button.setToolTip(self.tr("Previous day or week (Page Up)"))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.today_button = QToolButton(self)
        self.today_button.setText(self.tr("&Today"))
        self.today_button.clicked.connect(self.go_today)
        self.next_button = QToolButton(self)
        self.next_button.setArrowType(Qt.ArrowType.RightArrow)
        self.next_button.setToolTip(self.tr("Next day or week (Page Down)"))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.date_edit = QDateEdit(self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))
        self.date_edit.dateChanged.connect(self._date_chosen)
        self.range_label = QLabel(self)
        self.range_label.setObjectName("calendarRange")
        font = self.range_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setWeight(font.Weight.DemiBold)
        self.range_label.setFont(font)

        self.day_button = QToolButton(self)
        self.day_button.setText(self.tr("&Day"))
        self.week_button = QToolButton(self)
        self.week_button.setText(self.tr("&Week"))
        self.mode_group = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.mode_group.addButton(button)
        self.week_button.setChecked(True)
        self.day_button.toggled.connect(self._mode_toggled)

        self.zoom_out = QToolButton(self)
        self.zoom_out.setText("−")
        self.zoom_out.setToolTip(self.tr("Zoom out (-)"))
        self.zoom_out.clicked.connect(lambda: self.view.set_zoom(self.view.zoom - 1))
        self.zoom_in = QToolButton(self)
        self.zoom_in.setText("+")
        self.zoom_in.setToolTip(self.tr("Zoom in (+)"))
        self.zoom_in.clicked.connect(lambda: self.view.set_zoom(self.view.zoom + 1))

        self.new_action = QAction(icon("add"), self.tr("&New session…"), self)  # Ctrl+N: window's
        self.new_action.triggered.connect(self.new_session)
        self.series_action = QAction(icon("calendar"), self.tr("New se&ries…"), self)
        self.series_action.triggered.connect(self.new_series)
        self.import_action = QAction(self.tr("&Import schedule…"), self)
        self.import_action.triggered.connect(self.import_schedule)

        # Fits 1280 px beside the navigation in English too (tests/ui/test_calendar_formats.py).
        for w in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            self.toolbar.addWidget(w)
        self.toolbar.addSpacing(4)
        self.toolbar.addWidget(self.range_label)
        self.toolbar.addStretch(1)
        for w in (self.day_button, self.week_button):
            self.toolbar.addWidget(w)
        self.toolbar.addSpacing(4)
        self.toolbar.addWidget(self.zoom_out)
        self.toolbar.addWidget(self.zoom_in)
        self.toolbar.addSpacing(4)
        for action in (self.new_action, self.series_action, self.import_action):
            button = QToolButton(self)
            button.setDefaultAction(action)
            button.setText(action.text())  # with its "…" and mnemonic
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            self.toolbar.addWidget(button)

    def _build_filters(self) -> None:
        self.filters = QHBoxLayout()
        self.venue_combo = QComboBox(self)
        self.program_combo = QComboBox(self)
        self.organization_combo = QComboBox(self)
        self.venue_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.venue_combo.setMaximumWidth(320)
        for combo in (self.program_combo, self.organization_combo):
            # As wide as "All organizations", not as the longest name (the list is wider).
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            combo.currentIndexChanged.connect(
                lambda _i, combo=combo: combo.setToolTip(combo.currentText())
            )
        self.filters.addWidget(QLabel(self.tr("Venue:"), self))
        self.filters.addWidget(self.venue_combo)
        self.halls_button = QPushButton(self)  # its menu's arrow beside the text, not on it
        self.halls_button.setToolTip(self.tr("Choose the halls shown as columns"))
        self.halls_menu = QMenu(self.halls_button)
        self.halls_menu.triggered.connect(self._hall_toggled)
        self.halls_button.setMenu(self.halls_menu)
        self.hidden_rooms: set[int] = set()
        self.filters.addWidget(self.halls_button)
        self.filters.addSpacing(10)
        self.filters.addWidget(QLabel(self.tr("Program:"), self))
        self.filters.addWidget(self.program_combo)
        self.filters.addSpacing(10)
        self.filters.addWidget(QLabel(self.tr("Organization:"), self))
        self.filters.addWidget(self.organization_combo)
        self.filters.addStretch(1)
        self.count_label = QLabel(self)
        self.filters.addWidget(self.count_label)
        self.venue_combo.currentIndexChanged.connect(self._venue_changed)
        self.program_combo.currentIndexChanged.connect(self._filter_changed)
        self.organization_combo.currentIndexChanged.connect(self._filter_changed)

    def _fill_filters(self, venues, programs, organizations) -> None:
        """The choices of the three filters, keeping what was chosen."""
        keep = (
            self.venue_combo.currentData(),
            self.program_combo.currentData(),
            self.organization_combo.currentData(),
        )
        combos = (self.venue_combo, self.program_combo, self.organization_combo)
        blockers = [QSignalBlocker(combo) for combo in combos]
        for combo in combos:
            combo.clear()
        self.venue_combo.addItem(self.tr("All venues"), None)
        for v in venues:
            self.venue_combo.addItem(display_name(v.name, v.name_en), v.id)
        self.program_combo.addItem(self.tr("All programs"), None)
        self.program_combo.addItem(self.tr("No program"), NO_PROGRAM)
        for p in programs:
            self.program_combo.addItem(color_icon(p.color), display_name(p.name, p.name_en), p.id)
        self.organization_combo.addItem(self.tr("All organizations"), None)
        for o in organizations:
            name = (
                o.short_name
                if o.short_name and not is_chinese()
                else display_name(o.name, o.name_en)
            )
            self.organization_combo.addItem(name, o.id)
            self.organization_combo.setItemData(
                self.organization_combo.count() - 1,
                display_name(o.name, o.name_en),
                Qt.ItemDataRole.ToolTipRole,
            )
        for combo, value in zip(combos, keep, strict=True):
            index = combo.findData(value) if value is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.setToolTip(combo.currentText())
            view = combo.view()
            scroll = view.verticalScrollBar().sizeHint().width()
            view.setMinimumWidth(view.sizeHintForColumn(0) + scroll)
        for blocker in blockers:
            blocker.unblock()

    def edit_actions(self) -> EditActions:
        return EditActions(new=self.new_action)

    def setup_hint_position(self) -> int:
        """Above the (empty) timeline, below the toolbar and filters."""
        return self.layout().indexOf(self.view)

    # ---- loading (in workers: see ui.operations)
    def reload(self) -> None:
        """The filters' choices, then the days shown."""
        QueryOp(
            self.ctx,
            self,
            lambda s: (s.venues.list(), s.programs.list(), s.organizations.list()),
            self._choices_read,
        ).latest("choices").run()

    def _choices_read(self, choices: tuple) -> None:
        self._fill_filters(*choices)
        self.load()

    def first_last(self) -> tuple[date, date]:
        return week_of(self.day) if self.week else (self.day, self.day)

    def load(self, select: int | None = None) -> None:
        """One query for the days shown; the view keeps the selection and scroll position.

        Only the newest request is shown (stepping through weeks quickly reads only the last
        one); ``select`` is the session to select once it is shown.
        """
        started = time.perf_counter()
        first, last = self.first_last()
        venue = self.venue_combo.currentData()
        hidden = set(self.hidden_rooms)
        week = self.week

        def read(services: Services):
            rooms = services.calendar.rooms(venue)
            shown = [r.id for r in rooms if r.id not in hidden]
            return rooms, services.calendar.load(first, last, venue_id=venue, room_ids=shown)

        QueryOp(
            self.ctx, self, read, lambda result: self._show(*result, week, started, select)
        ).latest("week").run()

    def _show(self, rooms, data: CalendarData, week: bool, started: float, select) -> None:
        self._fill_halls(rooms)
        self.data = data
        self.view.set_week(week)
        self.view.set_data(data, week=week, accept=self._accept())
        if select is not None:
            self.view.select(select)
        self.load_ms = (time.perf_counter() - started) * 1000
        self._update_labels()
        self.reloaded.emit()

    def _update_labels(self) -> None:
        first, last = self.first_last()
        if self.week:
            iso = first.isocalendar()
            text = (
                self.tr("%1 – %2 · week %3")
                .replace("%1", first.strftime("%m-%d"))  # the year is in the date box
                .replace("%2", last.strftime("%m-%d"))
                .replace("%3", str(iso.week))
            )
        else:
            text = date_label(first)
        self.range_label.setText(text)
        if self.data is not None:
            shown = len(self.view.shown_items())
            total = len(self.data.sessions)
            if shown == total:
                count = self.tr("%n session(s)", "", total)
            else:
                count = (
                    self.tr("%1 of %2 sessions shown")
                    .replace("%1", str(shown))
                    .replace("%2", str(total))
                )
            self.count_label.setText(count)
        with QSignalBlocker(self.date_edit):
            self.date_edit.setDate(QDate(self.day.year, self.day.month, self.day.day))

    # ---- navigation
    @Slot(int)
    def step(self, direction: int) -> None:
        self.day += timedelta(days=direction * (7 if self.week else 1))
        self.load()

    @Slot()
    def go_today(self) -> None:
        self.day = to_local(datetime.now(local_zone())).date()
        self.load()

    def go_to(self, day: date, *, week: bool | None = None, select: int | None = None) -> None:
        self.day = day
        if week is not None and week != self.week:
            self.week = week
            (self.week_button if week else self.day_button).setChecked(True)
        self.load(select)

    @Slot(object)
    def show_day(self, day: date) -> None:
        self.go_to(day, week=False)

    @Slot(QDate)
    def _date_chosen(self, value: QDate) -> None:
        self.day = value.toPython()
        self.load()

    @Slot(bool)
    def _mode_toggled(self, day_checked: bool) -> None:
        if self.week == (not day_checked):
            return
        self.week = not day_checked
        self.load()

    # ---- filters
    def _fill_halls(self, rooms) -> None:
        """One checkable entry per hall of the venue; unchecked halls are not shown."""
        self.halls_menu.clear()
        every = self.halls_menu.addAction(self.tr("All halls"))
        every.setData(None)
        self.halls_menu.addSeparator()
        for r in rooms:
            action = self.halls_menu.addAction(display_name(r.name, r.name_en))
            action.setCheckable(True)
            action.setChecked(r.id not in self.hidden_rooms)
            action.setData(r.id)
        shown = sum(1 for r in rooms if r.id not in self.hidden_rooms)
        if shown == len(rooms):
            self.halls_button.setText(self.tr("All halls"))
        else:
            self.halls_button.setText(
                self.tr("%1 of %2 halls").replace("%1", str(shown)).replace("%2", str(len(rooms)))
            )

    def show_halls(self, room_ids: list[int] | None) -> None:
        """Show only these halls as columns (None: every hall of the venue)."""
        venue = self.venue_combo.currentData()

        def shown(rooms) -> None:
            keep = set(room_ids) if room_ids is not None else {r.id for r in rooms}
            self.hidden_rooms = {r.id for r in rooms if r.id not in keep}
            self.load()

        QueryOp(self.ctx, self, lambda s: s.calendar.rooms(venue), shown).latest("halls").run()

    @Slot(QAction)
    def _hall_toggled(self, action: QAction) -> None:
        room_id = action.data()
        if room_id is None:
            self.hidden_rooms = set()
        elif action.isChecked():
            self.hidden_rooms.discard(room_id)
        else:
            self.hidden_rooms.add(room_id)
        self.load()

    @Slot(int)
    def _venue_changed(self, _index: int) -> None:
        self.load()

    @Slot(int)
    def _filter_changed(self, _index: int) -> None:
        self._apply_filter()
        self._update_labels()

    def _apply_filter(self) -> None:
        self.view.set_filter(self._accept())

    def _accept(self):
        """The test a session passes to be shown (None: every session)."""
        program = self.program_combo.currentData()
        org = self.organization_combo.currentData()
        if program is None and org is None:
            return None

        def accept(x: CalendarSession) -> bool:
            if program == NO_PROGRAM and x.program_id is not None:
                return False
            if program not in (None, NO_PROGRAM) and x.program_id != program:
                return False
            return org is None or org in x.organization_ids

        return accept

    # ---- writes through the scheduling service
    def _write(self, session_id: int | None, action, done: str) -> Operation:
        """Run a scheduling write in a worker; on a refusal snap the block back and say why."""

        def refused(exc: DomainError) -> None:
            text = error_text(exc)
            if session_id is not None:
                self.view.refuse(session_id, text)
            self.say(text, error=True)

        def written(result) -> None:
            self.view.clear_refusals()
            self.say(done)
            self.load(select=getattr(result, "id", session_id))
            self.data_changed.emit()

        return WriteOp(self.ctx, self, action, written).failure(refused).run()

    def say(self, text: str, *, error: bool = False) -> None:
        """A message in the banner and the main window's status bar (never blocking)."""
        self.banner.show_message(text, "error" if error else "info")
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(text, 10_000)

    @Slot(int, object, object)
    def move_session(self, session_id: int, starts_at: datetime, room_id: int | None) -> Operation:
        when = to_local(starts_at).strftime("%Y-%m-%d %H:%M")
        return self._write(
            session_id,
            lambda s: s.scheduling.move(session_id, starts_at, room_id),
            self.tr("Moved to %1.").replace("%1", when),
        )

    @Slot(int, object)
    def resize_session(self, session_id: int, ends_at: datetime) -> Operation:
        when = to_local(ends_at).strftime("%H:%M")
        return self._write(
            session_id,
            lambda s: s.scheduling.resize(session_id, ends_at),
            self.tr("Now ends at %1.").replace("%1", when),
        )

    @Slot(int)
    def cancel_session(self, session_id: int) -> None:
        from ui.dialogs.session_actions import cancel_session

        def cancelled() -> None:
            self.say(self.tr("Session cancelled; the hall is free again."))
            self.load()
            self.data_changed.emit()

        def ask(session) -> None:
            cancel_session(self, self.ctx, session, cancelled)

        self.run_read(lambda s: s.scheduling.get(session_id), ask)

    # ---- dialogs
    @Slot(int, object, object)
    def create_at(self, room_id: int, starts_at: datetime, ends_at: datetime) -> None:
        draft = SessionDraft(
            event_id=self.last_event_id or 0, room_id=room_id, starts_at=starts_at, ends_at=ends_at
        )
        self.open_session_dialog(draft=draft)

    @Slot()
    def new_session(self) -> None:
        room_id = self.data.rooms[0].id if self.data and self.data.rooms else 0
        start = datetime.combine(
            self.day, datetime.min.time().replace(hour=10), tzinfo=local_zone()
        )
        draft = SessionDraft(
            event_id=self.last_event_id or 0,
            room_id=room_id,
            starts_at=start,
            ends_at=start + timedelta(hours=1),
        )
        current = self.view.current_session()
        if current is not None:
            draft.room_id = current.room_id
        self.open_session_dialog(draft=draft)

    @Slot(int)
    def edit_session(self, session_id: int) -> None:
        from ui.dialogs.pickers import read_schedule_choices

        self.run_read(
            lambda s: (s.scheduling.get(session_id), read_schedule_choices(s)),
            lambda read: self._session_dialog(read[1], session=read[0]),
        )

    def open_session_dialog(self, *, draft: SessionDraft | None = None, session=None) -> None:
        """Read the events and halls in a worker, then open the dialog with them."""
        from ui.dialogs.pickers import read_schedule_choices

        self.run_read(
            read_schedule_choices,
            lambda choices: self._session_dialog(choices, draft=draft, session=session),
        )

    def _session_dialog(self, choices, *, draft: SessionDraft | None = None, session=None) -> None:
        from ui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(self.ctx, choices=choices, session=session, draft=draft, parent=self)
        if dialog.exec():
            info = dialog.result_info
            if info.session is not None:
                self.last_event_id = info.session.event_id
                self.go_to(to_local(info.session.starts_at).date(), select=info.session.id)
                self.say(self.tr("Saved."))
            else:
                self.say(self.tr("Session cancelled; the hall is free again."))
                self.load()
            self.view.clear_refusals()
            self.data_changed.emit()
        elif dialog.start_instead:  # no event or no hall yet: create it first
            self.start_requested.emit(dialog.start_instead)
        dialog.deleteLater()

    @Slot()
    def new_series(self, room_id: int | None = None, starts_at: datetime | None = None) -> None:
        """Read the events and halls in a worker, then open the series dialog with them."""
        from ui.dialogs.pickers import read_schedule_choices

        self.run_read(
            read_schedule_choices, lambda choices: self._series_dialog(choices, room_id, starts_at)
        )

    def _series_dialog(self, choices, room_id: int | None, starts_at: datetime | None) -> None:
        from ui.dialogs.series_dialog import SeriesDialog

        dialog = SeriesDialog(
            self.ctx,
            choices=choices,
            event_id=self.last_event_id,
            room_id=room_id or (self.data.rooms[0].id if self.data and self.data.rooms else None),
            first_day=to_local(starts_at).date() if starts_at else self.day,
            start_time=to_local(starts_at).time() if starts_at else None,
            parent=self,
        )
        if dialog.exec() and dialog.result_data is not None:
            self.say(
                self.tr("%n session(s) created in the series.", "", dialog.result_data.created)
            )
            self.load()
            self.data_changed.emit()
        dialog.deleteLater()

    @Slot()
    def import_schedule(self) -> None:
        from ui.dialogs.import_sessions import ImportSessionsDialog

        dialog = ImportSessionsDialog(self.ctx, self)
        dialog.exec()
        if dialog.result_data is not None:  # closed on its last page or with Finish
            self.say(self.tr("%n session(s) imported.", "", dialog.result_data.count))
            self.load()
            self.data_changed.emit()
        dialog.deleteLater()

    # ---- context menu and selection
    @Slot(QPoint, object, object, object)
    def _context_menu(self, pos: QPoint, session, room, starts_at) -> None:
        menu = QMenu(self)
        if session is not None:
            menu.addAction(self.tr("&Edit…"), lambda: self.edit_session(session.id))
            menu.addAction(self.tr("&Cancel session…"), lambda: self.cancel_session(session.id))
            menu.addSeparator()
            menu.addAction(self.tr("Open the &event…"), lambda: self.open_event(session.event_id))
        else:
            end = starts_at + timedelta(hours=1)
            menu.addAction(
                self.tr("New &session here…"), lambda: self.create_at(room.id, starts_at, end)
            )
            menu.addAction(
                self.tr("New se&ries here…"), lambda: self.new_series(room.id, starts_at)
            )
        menu.exec(pos)

    def open_event(self, event_id: int) -> None:
        from ui.pages.event_detail import EventDetailDialog

        dialog = EventDetailDialog(self.ctx, event_id, self)
        dialog.exec()
        if dialog.changed:
            self.load()
            self.data_changed.emit()
        dialog.deleteLater()

    @Slot(object)
    def _current_changed(self, session: CalendarSession | None) -> None:
        if session is not None:
            self.last_event_id = session.event_id
