"""Events: a sortable, filterable table; create, edit and delete in a dialog."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from scipop.app import Services
from scipop.models import EventKind
from scipop.services.events import EventData
from ui.context import AppContext
from ui.dialogs.event_dialog import EventChoices
from ui.labels import choices
from ui.models.events import EventTableModel, event_title
from ui.pages.base import Page
from ui.pages.event_detail import install_open_action
from ui.widgets.crud_table import CrudTable


class EventsPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.model = EventTableModel(self)
        self.table = CrudTable(
            self.model,
            filter_placeholder=self.tr("Filter by title, organizer or program…"),
            stretch_column=EventTableModel.TITLE,
            parent=self,
        )
        self.proxy = self.table.proxy
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("All kinds"), None)
        for text, value in choices(EventKind):
            self.kind_combo.addItem(text, value)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.table.toolbar.insertWidget(1, self.kind_combo)
        self.count_label = QLabel(self)
        self.table.toolbar.insertWidget(2, self.count_label)

        self.table.new_requested.connect(self.new_event)
        self.table.edit_requested.connect(self.edit_event)
        self.table.delete_requested.connect(self.delete_event)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)

        install_open_action(self)  # "Open…": the event's sessions, organizers, totals
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def reload(self, select_id: int | None = None) -> None:
        current = self.table.current_row()
        keep = select_id if select_id is not None else getattr(current, "id", None)
        self.query(_read_events, lambda result: self._show(result, keep))

    def _show(self, result: tuple[list[EventData], dict[int, str]], select_id: int | None) -> None:
        events, short_names = result
        self.model.set_rows(events, short_names)
        self.table.select_id(select_id)
        self._update_count()

    @Slot()
    def _update_count(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        if shown == total:
            text = self.tr("%n event(s)", "", total)
        else:
            text = self.tr("%1 of %2 shown").replace("%1", str(shown)).replace("%2", str(total))
        self.count_label.setText(text)

    @Slot(int)
    def _kind_changed(self, _index: int) -> None:
        kind = self.kind_combo.currentData()
        self.proxy.set_predicate(None if kind is None else (lambda e: e.kind == kind))
        self._update_count()

    @Slot()
    def new_event(self) -> None:
        from ui.dialogs.event_dialog import read_event_choices

        self.run_read(read_event_choices, lambda choices: self._open_dialog(None, choices))

    @Slot(object)
    def edit_event(self, event: EventData) -> None:
        # Edit what is in the database now, not what the table showed when it was loaded.
        from ui.dialogs.event_dialog import read_event_choices

        self.run_read(
            lambda services: (services.events.get(event.id), read_event_choices(services)),
            lambda result: self._open_dialog(*result),
        )

    def _open_dialog(self, event: EventData | None, options: EventChoices) -> None:
        from ui.dialogs.event_dialog import EventDialog

        dialog = EventDialog(self.ctx, event, self, options=options)
        if dialog.exec() and dialog.result_data is not None:
            self.reload(select_id=dialog.result_data.id)
            self.data_changed.emit()

    @Slot(object)
    def delete_event(self, event: EventData) -> None:
        if not self.confirm_delete(event_title(event)):
            return
        self.run_write(
            lambda services: services.events.delete(event.id),
            lambda _r: self.reload(),
            self.tr("Delete event"),
        )


def _read_events(services: Services) -> tuple[list[EventData], dict[int, str]]:
    """The events and the organizations' short names (in the worker)."""
    short_names = {o.id: o.short_name for o in services.organizations.list()}
    return services.events.list(), short_names
