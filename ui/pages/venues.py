"""Venues and their rooms: the venues above, the selected venue's rooms (halls) below."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Qt, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGroupBox, QSplitter, QVBoxLayout, QWidget

from scipop.services.venues import RoomData, VenueData
from ui.context import AppContext
from ui.i18n import display_name
from ui.models.venues import RoomTableModel, VenueTableModel
from ui.operations import QueryOp
from ui.pages.base import Page
from ui.resources import icon
from ui.settings import VENUES_SPLITTER
from ui.widgets.crud_table import CrudTable
from ui.widgets.plain_text import ask


class VenuesPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.venue_model = VenueTableModel(self)
        self.venues = CrudTable(self.venue_model, stretch_column=VenueTableModel.ADDRESS)
        self.venues.new_action.setText(self.tr("New &venue…"))
        self.venues.current_changed.connect(self._venue_changed)
        self.venues.new_requested.connect(self.new_venue)
        self.venues.edit_requested.connect(self.edit_venue)
        self.venues.delete_requested.connect(self.delete_venue)
        self.closed_days_action = QAction(
            icon("calendar"), self.tr("&Closed days and holidays…"), self
        )
        self.closed_days_action.setToolTip(
            self.tr("The days this venue takes no sessions: public holidays, maintenance.")
        )
        self.closed_days_action.triggered.connect(self.edit_closed_days)
        self.venues.add_row_action(self.closed_days_action)

        self.room_model = RoomTableModel(self)
        self.rooms = CrudTable(self.room_model, stretch_column=RoomTableModel.NAME)
        self.rooms.new_action.setText(self.tr("New &room…"))
        self.rooms.new_requested.connect(self.new_room)
        self.rooms.edit_requested.connect(self.edit_room)
        self.rooms.delete_requested.connect(self.delete_room)

        self.venue_box = QGroupBox(self.tr("Venues"), self)
        QVBoxLayout(self.venue_box).addWidget(self.venues)
        self.room_box = QGroupBox(self.tr("Rooms"), self)
        QVBoxLayout(self.room_box).addWidget(self.rooms)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.venue_box)
        self.splitter.addWidget(self.room_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        state = ctx.settings.get(VENUES_SPLITTER)
        if not state.isEmpty():
            self.splitter.restoreState(state)
        self.splitter.splitterMoved.connect(
            lambda *_: ctx.settings.set(VENUES_SPLITTER, self.splitter.saveState())
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    # ---- loading
    def current_venue(self) -> VenueData | None:
        return self.venues.current_row()

    def reload(self, venue_id: int | None = None, room_id: int | None = None) -> None:
        current = self.current_venue()
        keep = venue_id if venue_id is not None else getattr(current, "id", None)
        self.query(
            lambda services: services.venues.list(), lambda rows: self._show(rows, keep, room_id)
        )

    def _show(self, venues: list[VenueData], venue_id: int | None, room_id: int | None) -> None:
        self.venue_model.set_rows(venues)
        with QSignalBlocker(self.venues):  # the rooms are read once, below
            self.venues.select_id(venue_id)
        self._load_rooms(room_id)

    def _load_rooms(self, room_id: int | None = None) -> None:
        venue = self.current_venue()
        current = self.rooms.current_row()
        keep = room_id if room_id is not None else getattr(current, "id", None)
        if venue is None:
            self._show_rooms(None, [], keep)
        else:
            QueryOp(
                self.ctx,
                self.rooms,
                lambda services: services.rooms.list(venue.id),
                lambda rooms: self._show_rooms(venue, rooms, keep),
            ).latest("rooms").run()

    def _show_rooms(
        self, venue: VenueData | None, rooms: list[RoomData], room_id: int | None
    ) -> None:
        self.room_model.set_rows(rooms)
        self.rooms.select_id(room_id)
        self.rooms.new_action.setEnabled(venue is not None)
        title = self.tr("Rooms")
        if venue is not None:
            title = self.tr("Rooms of %1").replace("%1", display_name(venue.name, venue.name_en))
        self.room_box.setTitle(title)

    @Slot(object)
    def _venue_changed(self, _venue: VenueData | None) -> None:
        self._load_rooms()

    # ---- venues
    @Slot()
    def new_venue(self) -> None:
        self._venue_dialog(None)

    @Slot(object)
    def edit_venue(self, venue: VenueData) -> None:
        self.run_read(lambda services: services.venues.get(venue.id), self._venue_dialog)

    def _venue_dialog(self, venue: VenueData | None) -> None:
        from ui.dialogs.venue_dialog import VenueDialog

        dialog = VenueDialog(self.ctx, venue, self)
        if dialog.exec() and dialog.result_data is not None:
            self.reload(venue_id=dialog.result_data.id)
            self.data_changed.emit()

    @Slot(object)
    def delete_venue(self, venue: VenueData) -> None:
        if not self.confirm_delete(display_name(venue.name, venue.name_en)):
            return
        self.run_write(
            lambda services: services.venues.delete(venue.id),
            lambda _r: self.reload(),
            self.tr("Delete venue"),
        )

    def open_closed_days(self) -> None:
        """From the window's menu: the selected venue's closed days, else the first venue's
        (read now: the page may just have been opened); without a venue, say to add one."""
        selected = self.current_venue()

        def chosen(venues: list[VenueData]) -> None:
            venue = next((v for v in venues if selected and v.id == selected.id), None)
            venue = venue or (venues[0] if venues else None)
            if venue is None:
                if ask(
                    self,
                    self.tr("Closed days and holidays"),
                    self.tr("Closed days belong to a venue, and there is none yet. Add one now?"),
                    default_yes=True,
                ):
                    self.new_venue()
                return
            self.venues.select_id(venue.id)
            self._closed_days_dialog(venue)

        self.run_read(lambda services: services.venues.list(), chosen)

    @Slot()
    def edit_closed_days(self) -> None:
        """The selected venue's closed days and holidays, in their own dialog."""
        venue = self.current_venue()
        if venue is not None:
            self._closed_days_dialog(venue)

    def _closed_days_dialog(self, venue: VenueData) -> None:
        from ui.dialogs.closed_days_dialog import ClosedDaysDialog

        dialog = ClosedDaysDialog(self.ctx, venue, self)
        dialog.exec()
        if dialog.changed:
            self.data_changed.emit()  # the calendar shows closed days

    # ---- rooms
    @Slot()
    def new_room(self) -> None:
        venue = self.current_venue()
        room = RoomData(venue_id=venue.id if venue else None)
        self.run_read(lambda s: s.venues.list(), lambda venues: self._room_dialog(room, venues))

    @Slot(object)
    def edit_room(self, room: RoomData) -> None:
        self.run_read(
            lambda s: (s.rooms.get(room.id), s.venues.list()),
            lambda result: self._room_dialog(replace(result[0]), result[1]),
        )

    def _room_dialog(self, room: RoomData, venues: list[VenueData]) -> None:
        from ui.dialogs.venue_dialog import RoomDialog

        dialog = RoomDialog(self.ctx, room, self, venues=venues)
        if dialog.exec() and dialog.result_data is not None:
            saved = dialog.result_data
            self.reload(venue_id=saved.venue_id, room_id=saved.id)
            self.data_changed.emit()

    @Slot(object)
    def delete_room(self, room: RoomData) -> None:
        if not self.confirm_delete(display_name(room.name, room.name_en)):
            return
        self.run_write(
            lambda services: services.rooms.delete(room.id),
            lambda _r: self.reload(),
            self.tr("Delete room"),
        )
