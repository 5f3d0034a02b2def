"""What the Attendees page does to tickets: register, walk in, import, cancel, re-issue, move,
print and save QR images. Every write goes through the registration service."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox, QToolBar, QToolButton

from scipop.errors import DomainError
from scipop.models import TicketStatus
from scipop.registration.dto import ChangeResult, TicketData
from scipop.registration.table_queries import AttendeeRow
from scipop.tickets.codes import format_for_print
from scipop.tickets.png import save_code_png
from ui.dialogs.files import existing_directory, save_file_name
from ui.errors import show_error
from ui.i18n import display_name, is_chinese
from ui.models.attendees import session_text
from ui.operations import WriteOp
from ui.resources import icon
from ui.widgets.plain_text import ask, tell

if TYPE_CHECKING:
    from scipop.app import Services
    from ui.pages.attendees import AttendeesPage


def png_name(ticket_id: int, name: str) -> str:
    """``000123_张伟.png`` (without characters Windows forbids in file names)."""
    clean = "".join(ch for ch in name if ch not in '<>:"/\\|?*' and ch >= " ").strip()
    return f"{ticket_id:06d}_{clean or 'ticket'}"[:80] + ".png"


class AttendeeActions(QObject):
    def __init__(self, page: AttendeesPage):
        super().__init__(page)
        self.page = page

        def action(name: str, text: str, slot: Callable[[], None], tip: str = "") -> QAction:
            a = QAction(icon(name), text, page)
            a.setToolTip(tip or text.replace("&", "").rstrip("…"))
            a.triggered.connect(slot)
            return a

        self.register_action = action("add", self.tr("&Register…"), self.register)
        self.walk_in_action = action(
            "walk_in", self.tr("&Walk-in…"), self.walk_in, self.tr("Register someone at the door")
        )
        self.import_action = action(
            "import",
            self.tr("&Import…"),
            self.import_registrations,
            self.tr("Import registrations from a spreadsheet"),
        )
        self.cancel_action = action("cancel_ticket", self.tr("&Cancel ticket…"), self.cancel)
        self.reissue_action = action(
            "reissue",
            self.tr("Re-iss&ue…"),
            self.reissue,
            self.tr("A new code for a lost ticket; the old one stops working"),
        )
        self.move_action = action(
            "move", self.tr("&Move…"), self.move, self.tr("Move the ticket to another session")
        )
        self.print_selected_action = action(
            "print", self.tr("Print the selected tickets…"), self.print_selected
        )
        self.print_session_action = action(
            "print", self.tr("Print every ticket of the session…"), self.print_session
        )
        self.png_action = action(
            "qr",
            self.tr("Save &QR PNG…"),
            self.save_png,
            self.tr("Save the QR code of each selected ticket as a PNG image"),
        )
        self.print_menu = QMenu(page)
        self.print_menu.addAction(self.print_selected_action)
        self.print_menu.addAction(self.print_session_action)
        self.print_action = action("print", self.tr("&Print tickets…"), self.print_default)
        self.print_action.setMenu(self.print_menu)
        # Short labels on the toolbar (menus keep the full text), so that every action fits
        # beside the filters at 1280 px in English and Chinese; the mnemonics stay the same.
        self.print_action.setIconText(self.tr("Print"))
        self.png_action.setIconText(self.tr("QR PNG"))

    def fill_toolbar(self, bar: QToolBar) -> None:
        for a in (self.register_action, self.walk_in_action, self.import_action):
            bar.addAction(a)
        bar.addSeparator()
        for a in (self.cancel_action, self.reissue_action, self.move_action):
            bar.addAction(a)
        bar.addSeparator()
        bar.addAction(self.print_action)
        button = bar.widgetForAction(self.print_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        bar.addAction(self.png_action)

    @Slot(QPoint)
    def context_menu(self, pos: QPoint) -> None:
        view = self.page.view
        index = view.indexAt(pos)
        if index.isValid() and not view.selectionModel().isRowSelected(index.row()):
            view.selectRow(index.row())
        menu = QMenu(view)
        for a in (self.cancel_action, self.reissue_action, self.move_action):
            menu.addAction(a)
        menu.addSeparator()
        for a in (self.print_selected_action, self.png_action):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(self.register_action)
        menu.exec(view.viewport().mapToGlobal(pos))

    # ---- what is selected
    def _ticket_rows(self, *statuses: TicketStatus) -> list[AttendeeRow]:
        return [r for r in self.page.selected_rows() if r.status in statuses]

    def _one(self, *statuses: TicketStatus) -> AttendeeRow | None:
        row = self.page.current_row()
        return row if row is not None and row.status in statuses else None

    def print_session_id(self) -> int | None:
        chosen = self.page.session_filter.session_id()
        if chosen is not None:
            return chosen
        row = self.page.current_row()
        return row.session_id if row is not None else None

    def update_enabled(self) -> None:
        live = (TicketStatus.ACTIVE, TicketStatus.WAITLISTED)
        self.cancel_action.setEnabled(self._one(*live) is not None)
        self.move_action.setEnabled(self._one(*live) is not None)
        self.reissue_action.setEnabled(self._one(TicketStatus.ACTIVE) is not None)
        printable = self._ticket_rows(TicketStatus.ACTIVE)
        self.print_selected_action.setEnabled(bool(printable))
        self.print_selected_action.setText(
            self.tr("Print the selected tickets (%1)…").replace("%1", str(len(printable)))
        )
        self.print_session_action.setEnabled(self.print_session_id() is not None)
        self.print_action.setEnabled(bool(printable) or self.print_session_id() is not None)
        self.png_action.setEnabled(bool(printable))

    # ---- running a write
    def _write(
        self, fn: Callable[[Services], Any], title: str, then: Callable[[Any], None]
    ) -> None:
        """Run a registration write in a worker, then ``then``; a refusal is shown."""

        def refused(exc: DomainError) -> None:
            show_error(self.page, exc, title)
            self.page.after_write()  # the row may have changed under us: show it as it is

        WriteOp(self.page.ctx, self.page, fn, then).failure(refused).run()

    def _ask(self, title: str, text: str) -> bool:
        return ask(self.page, title, text)

    def _promoted_text(self, result: ChangeResult) -> str:
        if not result.promoted:
            return ""
        names = [
            t.attendee_name
            + (
                ""
                if t.headcount == 1
                else self.tr(" (group of %1)").replace("%1", str(t.headcount))
            )
            for t in result.promoted
        ]
        joined = ("、" if is_chinese() else ", ").join(names)
        return self.tr("Promoted from the waiting list: %1.").replace("%1", joined)

    # ---- registering
    @Slot()
    def register(self) -> None:
        """The sessions open for registration are read in a worker, then the dialog opens."""
        from ui.dialogs.register_dialog import open_session_list

        self.page.run_read(open_session_list, self._register_for)

    def _register_for(self, sessions) -> None:
        from ui.dialogs.register_dialog import RegisterDialog

        dialog = RegisterDialog(
            self.page.ctx,
            self.page,
            session_id=self.page.session_filter.session_id(),
            sessions=sessions,
        )
        if dialog.exec() and dialog.result_data is not None:
            self.registered(dialog.result_data)

    def registered(self, t: TicketData) -> None:
        where = display_name(t.event_title, t.event_title_en)
        if t.status == TicketStatus.WAITLISTED:
            text = (
                self.tr("%1 is on the waiting list of %2 (position %3).")
                .replace("%1", t.attendee_name)
                .replace("%2", where)
                .replace("%3", str(t.waitlist_position))
            )
        else:
            text = (
                self.tr("%1 is registered for %2: ticket #%3.")
                .replace("%1", t.attendee_name)
                .replace("%2", where)
                .replace("%3", str(t.id))
            )
        self.page.say(text)
        self.page.after_write(select=(t.attendee_id, t.id))

    @Slot()
    def walk_in(self) -> None:
        from ui.dialogs.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(
            self.page.ctx, self.page, session_id=self.page.session_filter.session_id()
        )
        if dialog.exec() and dialog.result_data is not None:
            t = dialog.result_data
            self.page.say(
                self.tr("Walk-in %1 registered for %2 (%3 of %4 admitted).")
                .replace("%1", t.attendee_name)
                .replace("%2", display_name(t.event_title, t.event_title_en))
                .replace("%3", str(t.arrived))
                .replace("%4", str(t.headcount))
            )
            self.page.after_write(select=(t.attendee_id, t.id))

    @Slot()
    def import_registrations(self) -> None:
        """The sessions open for registration are read in a worker, then the dialog opens."""
        from ui.dialogs.register_dialog import open_session_list

        self.page.run_read(open_session_list, self._import_for)

    def _import_for(self, sessions) -> None:
        from ui.dialogs.import_attendees import ImportAttendeesDialog

        dialog = ImportAttendeesDialog(
            self.page.ctx,
            self.page,
            sessions=sessions,
            session_id=self.page.session_filter.session_id(),
        )
        dialog.exec()
        if dialog.summary is not None:
            self.page.say(dialog.summary_text())
            self.page.after_write()

    # ---- changing a ticket
    @Slot()
    def cancel(self) -> None:
        row = self._one(TicketStatus.ACTIVE, TicketStatus.WAITLISTED)
        if row is None or row.ticket_id is None:
            return
        title = self.tr("Cancel ticket")
        question = (
            self.tr("Cancel the ticket of %1 for %2?")
            .replace("%1", row.name)
            .replace("%2", session_text(row))
            + "\n\n"
            + self.tr("Its code stops working at once. Freed places go to the waiting list.")
        )
        if not self._ask(title, question):
            return
        ticket_id = row.ticket_id

        def cancelled(result: ChangeResult) -> None:
            text = self.tr("The ticket of %1 is cancelled.").replace("%1", row.name)
            promoted = self._promoted_text(result)
            self.page.say(" ".join(t for t in (text, promoted) if t))
            self.page.after_write(select=row.key)
            if promoted:
                tell(self.page, title, promoted, QMessageBox.Icon.Information)

        self._write(lambda s: s.registration.cancel(ticket_id), title, cancelled)

    @Slot()
    def reissue(self) -> None:
        row = self._one(TicketStatus.ACTIVE)
        if row is None or row.ticket_id is None:
            return
        title = self.tr("Re-issue ticket")
        question = (
            self.tr("Give %1 a new code?").replace("%1", row.name)
            + "\n\n"
            + self.tr("The old code (printed or sent) stops working at once.")
        )
        if not self._ask(title, question):
            return
        ticket_id = row.ticket_id

        def reissued(fresh: TicketData) -> None:
            self.page.say(
                self.tr("New code for %1: %2. The old code is revoked; print the new ticket.")
                .replace("%1", row.name)
                .replace("%2", format_for_print(fresh.code or ""))
            )
            self.page.after_write(select=row.key)

        self._write(lambda s: s.registration.reissue(ticket_id), title, reissued)

    @Slot()
    def move(self) -> None:
        """The sessions it may move to are read in a worker, then the dialog opens."""
        from ui.dialogs.register_dialog import open_session_list

        row = self._one(TicketStatus.ACTIVE, TicketStatus.WAITLISTED)
        if row is None:
            return
        self.page.run_read(open_session_list, lambda sessions: self._move_to(row, sessions))

    def _move_to(self, row, sessions) -> None:
        from ui.dialogs.move_dialog import MoveDialog

        dialog = MoveDialog(self.page.ctx, row, self.page, sessions=sessions)
        if not dialog.exec() or dialog.result_data is None:
            return
        result: ChangeResult = dialog.result_data
        t = result.ticket
        text = (
            self.tr("%1 moved to %2.")
            .replace("%1", row.name)
            .replace("%2", display_name(t.event_title, t.event_title_en))
        )
        if t.status == TicketStatus.WAITLISTED:
            text += " " + self.tr("Waiting list position %1.").replace(
                "%1", str(t.waitlist_position)
            )
        promoted = self._promoted_text(result)
        self.page.say(" ".join(x for x in (text, promoted) if x))
        self.page.after_write(select=row.key)

    # ---- printing and images
    @Slot()
    def print_default(self) -> None:
        if self._ticket_rows(TicketStatus.ACTIVE):
            self.print_selected()
        else:
            self.print_session()

    def print_dialog(self, **kwargs):
        from ui.printing.print_dialog import TicketPrintDialog

        return TicketPrintDialog(self.page.ctx, self.page, **kwargs)

    @Slot()
    def print_selected(self) -> None:
        rows = self._ticket_rows(TicketStatus.ACTIVE)
        if not rows:
            return
        what = self.tr("%n selected ticket(s)", "", len(rows))
        if len(rows) == 1:
            what = f"{rows[0].name} · {session_text(rows[0])}"
        stem = png_name(rows[0].ticket_id or 0, rows[0].name)[:-4] if len(rows) == 1 else "tickets"
        self.print_dialog(ticket_ids=[r.ticket_id for r in rows], what=what, file_stem=stem).exec()

    @Slot()
    def print_session(self) -> None:
        session_id = self.print_session_id()
        if session_id is None:
            return
        choice = self.page.search.index.sessions.get(session_id) if self.page.search.index else None
        what = self.tr("Every active ticket of session #%1").replace("%1", str(session_id))
        if choice is not None:
            from ui.widgets.session_combo import describe_session

            what = self.tr("Every active ticket of %1").replace(
                "%1",
                describe_session(
                    choice.starts_at,
                    choice.event_title,
                    choice.event_title_en,
                    choice.room_name,
                    choice.room_name_en,
                ),
            )
        self.print_dialog(
            session_id=session_id, what=what, file_stem=f"tickets_session_{session_id}"
        ).exec()

    @Slot()
    def save_png(self) -> None:
        rows = [r for r in self._ticket_rows(TicketStatus.ACTIVE) if r.code and r.ticket_id]
        if not rows:
            return
        title = self.tr("Save QR PNG")
        if len(rows) == 1:
            r = rows[0]
            path = save_file_name(
                self.page,
                title,
                str(Path.home() / png_name(r.ticket_id, r.name)),
                self.tr("PNG images (*.png)"),
            )
            if not path:
                return
            saved = [save_code_png(r.code, path)]
        else:
            folder = existing_directory(self.page, title, str(Path.home()))
            if not folder:
                return
            saved = [
                save_code_png(r.code, Path(folder) / png_name(r.ticket_id, r.name)) for r in rows
            ]
        self.page.say(
            self.tr("Saved %n QR image(s) in %1.", "", len(saved)).replace(
                "%1", str(saved[0].parent)
            )
        )
