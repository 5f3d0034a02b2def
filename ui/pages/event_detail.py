"""An event in one place: its organizers, its sessions with places booked, and totals.

Opened from the Events page ("Open…") and from a calendar block's menu. Sessions are added
(one, or a recurring series), edited and cancelled from here through the scheduling service.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scipop.errors import DomainError
from scipop.scheduling.detail import EventDetail
from scipop.scheduling.rules import SessionDraft
from scipop.services.sessions import SessionData
from ui.context import AppContext
from ui.errors import show_error
from ui.i18n import display_name, is_chinese
from ui.labels import label
from ui.models.base import ROW_ROLE
from ui.models.event_sessions import EventSessionsModel
from ui.models.filter import RowFilterProxy
from ui.operations import QueryOp
from ui.resources import icon
from ui.widgets.columns import ColumnFitter


class EventDetailDialog(QDialog):
    """``changed`` is True once a session was added, edited or cancelled from here."""

    loaded = Signal()  # the event's detail is shown (after each reload)

    def __init__(self, ctx: AppContext, event_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.event_id = event_id
        self.changed = False
        self.detail: EventDetail | None = None

        self.title_label = QLabel(self)
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setWeight(font.Weight.DemiBold)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.subtitle_label = QLabel(self)
        self.subtitle_label.setWordWrap(True)
        self.subtitle_label.setProperty("role", "hint")
        self.organizers_label = QLabel(self)
        self.organizers_label.setWordWrap(True)
        self.organizers_label.setTextFormat(Qt.TextFormat.RichText)

        self.totals_box = QGroupBox(self.tr("Totals"), self)
        self.totals_grid = QGridLayout(self.totals_box)
        self.totals: dict[str, QLabel] = {}
        names = (
            ("sessions", self.tr("Sessions")),
            ("upcoming", self.tr("Upcoming")),
            ("cancelled", self.tr("Cancelled")),
            ("capacity", self.tr("Places")),
            ("booked", self.tr("Booked")),
            ("free", self.tr("Free")),
            ("fill", self.tr("Filled")),
            ("rooms", self.tr("Halls")),
            ("series", self.tr("Series")),
        )
        for i, (key, text) in enumerate(names):
            value = QLabel("–", self.totals_box)
            value.setObjectName(f"total_{key}")
            big = value.font()
            big.setPointSizeF(big.pointSizeF() * 1.2)
            big.setWeight(big.Weight.DemiBold)
            value.setFont(big)
            caption = QLabel(text, self.totals_box)
            caption.setProperty("role", "hint")
            self.totals_grid.addWidget(value, 0, i, Qt.AlignmentFlag.AlignHCenter)
            self.totals_grid.addWidget(caption, 1, i, Qt.AlignmentFlag.AlignHCenter)
            self.totals[key] = value

        self.model = EventSessionsModel(self)
        self.proxy = RowFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(EventSessionsModel.DAY, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.fitter = ColumnFitter(self.table, EventSessionsModel.HALL)
        self.model.modelReset.connect(self.fitter.schedule)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.add_button = QPushButton(icon("add"), self.tr("Add &session…"), self)
        self.add_button.clicked.connect(self.add_session)
        self.series_button = QPushButton(icon("calendar"), self.tr("Add se&ries…"), self)
        self.series_button.clicked.connect(self.add_series)
        self.edit_button = QPushButton(icon("edit"), self.tr("&Edit session…"), self)
        self.edit_button.clicked.connect(self.edit_session)
        self.cancel_button = QPushButton(icon("delete"), self.tr("&Cancel session…"), self)
        self.cancel_button.clicked.connect(self.cancel_session)
        buttons_row = QHBoxLayout()
        for b in (self.add_button, self.series_button, self.edit_button, self.cancel_button):
            buttons_row.addWidget(b)
        buttons_row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subtitle_label)
        layout.addWidget(self.organizers_label)
        layout.addWidget(self.totals_box)
        layout.addLayout(buttons_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(close)
        self.resize(920, 640)
        self.reload()

    # ---- loading
    def reload(self, select_id: int | None = None) -> None:
        """Read the event's detail in a worker; ``loaded`` once it is shown."""
        event_id = self.event_id
        QueryOp(
            self.ctx,
            self,
            lambda services: services.scheduling.event_detail(event_id),
            lambda detail: self._show(detail, select_id),
        ).latest("detail").failure(self._gone).run()

    def _gone(self, error: DomainError) -> None:
        """The event was deleted meanwhile."""
        show_error(self, error)
        self.reject()

    def _show(self, detail: EventDetail, select_id: int | None) -> None:
        self.detail = detail
        e = detail.event
        title = display_name(e.title, e.title_en)
        self.setWindowTitle(title)
        self.title_label.setText(title)
        other = e.title_en if is_chinese() else e.title
        parts = [label(e.kind), label(e.status)]
        if e.program_name:
            parts.append(display_name(e.program_name, e.program_name_en))
        if other and other != title:
            parts.insert(0, other)
        self.subtitle_label.setText(" · ".join(parts))
        self.organizers_label.setText(self._organizers_html(detail))
        t = detail.totals
        values = {
            "sessions": t.sessions,
            "upcoming": t.upcoming,
            "cancelled": t.cancelled,
            "capacity": t.capacity,
            "booked": t.booked,
            "free": t.free,
            "fill": f"{t.fill_rate:.0%}"
            if t.fill_rate >= 0.1 or not t.booked
            else f"{t.fill_rate:.1%}",
            "rooms": t.rooms,
            "series": t.series,
        }
        for key, value in values.items():
            self.totals[key].setText(str(value))
        self.model.set_rows(detail.sessions)
        if select_id is not None:
            row = self.model.row_of_id(select_id)
            if row >= 0:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._update_buttons()
        self.loaded.emit()

    def _organizers_html(self, detail: EventDetail) -> str:
        from html import escape

        lead = detail.lead
        co = detail.co_organizers
        sep = "、" if is_chinese() else ", "
        lead_label = self.tr("Lead organizer:")
        co_label = self.tr("Co-organizers:")
        parts = []
        if lead is not None:
            name = display_name(lead.name, lead.name_en)
            parts.append(f"<b>{escape(lead_label)}</b> {escape(name)}")
        if co:
            names = sep.join(display_name(o.name, o.name_en) for o in co)
            parts.append(f"<b>{escape(co_label)}</b> {escape(names)}")
        if not parts:
            parts.append(escape(self.tr("No organizers yet.")))
        return "&nbsp;&nbsp;&nbsp;".join(parts)

    def current_session(self) -> SessionData | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return index.data(ROW_ROLE)

    @Slot()
    def _update_buttons(self, *_args) -> None:
        session = self.current_session()
        self.edit_button.setEnabled(session is not None)
        self.cancel_button.setEnabled(session is not None and not session.cancelled)

    # ---- actions
    @Slot()
    def add_session(self) -> None:
        draft = None
        last = self.detail.sessions[-1] if self.detail and self.detail.sessions else None
        if last is not None:
            from datetime import timedelta

            draft = SessionDraft(
                event_id=self.event_id,
                room_id=last.room_id,
                starts_at=last.starts_at + timedelta(days=1),
                ends_at=last.ends_at + timedelta(days=1),
            )
        else:
            from datetime import date, datetime, time, timedelta

            from scipop.timeutil import local_zone

            start = datetime.combine(date.today(), time(10), tzinfo=local_zone())
            draft = SessionDraft(
                event_id=self.event_id,
                room_id=0,
                starts_at=start,
                ends_at=start + timedelta(hours=1),
            )
        self._read_choices(lambda choices: self._new_session(choices, draft))

    def _read_choices(self, then) -> None:
        """The events and halls the scheduling dialogs offer, read in a worker."""
        from ui.dialogs.pickers import read_schedule_choices

        QueryOp(self.ctx, self, read_schedule_choices, then).run()

    def _new_session(self, choices, draft: SessionDraft | None) -> None:
        from ui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(self.ctx, choices=choices, draft=draft, parent=self)
        if dialog.exec() and dialog.result_info.session is not None:
            self.changed = True
            self.reload(select_id=dialog.result_info.session.id)
        dialog.deleteLater()

    @Slot()
    def add_series(self) -> None:
        self._read_choices(self._new_series)

    def _new_series(self, choices) -> None:
        from ui.dialogs.series_dialog import SeriesDialog

        last = self.detail.sessions[-1] if self.detail and self.detail.sessions else None
        dialog = SeriesDialog(
            self.ctx,
            choices=choices,
            event_id=self.event_id,
            room_id=last.room_id if last else None,
            parent=self,
        )
        if dialog.exec() and dialog.result_data is not None:
            self.changed = True
            self.reload()
        dialog.deleteLater()

    @Slot()
    def edit_session(self) -> None:

        session = self.current_session()
        if session is None:
            return

        def gone(error: DomainError) -> None:
            show_error(self, error)
            self.reload()

        from ui.dialogs.pickers import read_schedule_choices

        QueryOp(
            self.ctx,
            self,
            lambda services: (services.scheduling.get(session.id), read_schedule_choices(services)),
            lambda read: self._edit(session.id, *read),
        ).failure(gone).run()

    def _edit(self, session_id: int, fresh: SessionData, choices) -> None:
        from ui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(self.ctx, choices=choices, session=fresh, parent=self)
        if dialog.exec():
            self.changed = True
            saved = dialog.result_info.session
            self.reload(select_id=saved.id if saved else session_id)
        dialog.deleteLater()

    @Slot()
    def cancel_session(self) -> None:
        from ui.dialogs.session_actions import cancel_session

        session = self.current_session()
        if session is not None:
            cancel_session(self, self.ctx, session, lambda: self._cancelled(session.id))

    def _cancelled(self, session_id: int) -> None:
        self.changed = True
        self.reload(select_id=session_id)

    @Slot(QModelIndex)
    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.edit_session()


def install_open_action(page) -> QAction:
    """Give the Events page an "Open…" button (Ctrl+O) that opens the selected event here."""
    table = page.table
    action = QAction(
        icon("calendar"), QCoreApplication.translate("EventDetailDialog", "&Open…"), page
    )
    action.setObjectName("openEventAction")
    action.setToolTip(
        QCoreApplication.translate(
            "EventDetailDialog", "The event's sessions, organizers and totals (Ctrl+O)"
        )
    )
    action.setShortcut(QKeySequence.StandardKey.Open)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    page.addAction(action)
    button = QPushButton(action.icon(), action.text(), page)
    button.setObjectName("openEventButton")
    button.setToolTip(action.toolTip())
    button.clicked.connect(action.trigger)
    table._button_row.insertWidget(0, button)

    def update(*_args) -> None:
        enabled = table.current_row() is not None
        action.setEnabled(enabled)
        button.setEnabled(enabled)

    def open_current() -> None:
        event = table.current_row()
        if event is None:
            return
        dialog = EventDetailDialog(page.ctx, event.id, page)
        dialog.exec()
        if dialog.changed:
            page.reload(select_id=event.id)
            page.data_changed.emit()
        dialog.deleteLater()

    action.triggered.connect(open_current)
    table.current_changed.connect(update)
    update()
    page.open_action = action
    return action
