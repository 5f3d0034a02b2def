"""Cancelling a session (or it and the following ones of its series), asked first."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from scipop.timeutil import fmt_local
from ui.context import AppContext
from ui.i18n import display_name
from ui.operations import Operation, WriteOp

if TYPE_CHECKING:
    from scipop.app import Services

ONE = "one"
FOLLOWING = "following"


def ask_cancel_scope(parent: QWidget, session) -> str | None:
    """ONE, FOLLOWING (only for a session of a series) or None when the person keeps it.

    ``session`` is a SessionData or a CalendarSession (title, start, series)."""
    title = display_name(session.event_title, session.event_title_en)
    when = f"{fmt_local(session.starts_at)}–{fmt_local(session.ends_at, '%H:%M')}"
    box = QMessageBox(parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # the title is the staff's own text
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("SessionActions", "Cancel session"))
    box.setText(
        QCoreApplication.translate("SessionActions", "Cancel the session “%1” on %2?")
        .replace("%1", title)
        .replace("%2", when)
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "SessionActions",
            "The hall becomes free again. Tickets already issued stay on record, "
            "so their holders can be told.",
        )
    )
    one = box.addButton(
        QCoreApplication.translate("SessionActions", "Cancel this session"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    following = None
    if session.series_id is not None:
        following = box.addButton(
            QCoreApplication.translate("SessionActions", "Cancel this and the following"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    keep = box.addButton(
        QCoreApplication.translate("SessionActions", "Keep it"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    clicked = box.clickedButton()
    if clicked is one:
        return ONE
    if following is not None and clicked is following:
        return FOLLOWING
    return None


def cancel_session(
    parent: QWidget, ctx: AppContext, session, then: Callable[[], None]
) -> Operation | None:
    """Ask, then cancel through the scheduling service in a worker; ``then`` once cancelled.

    None when the person kept the session.
    """
    scope = ask_cancel_scope(parent, session)
    if scope is None:
        return None
    session_id = session.id

    def cancel(services: Services) -> None:
        if scope == FOLLOWING:
            services.scheduling.cancel_following(session_id)
        else:
            services.scheduling.cancel(session_id)

    title = QCoreApplication.translate("SessionActions", "Cancel session")
    return WriteOp(ctx, parent, cancel, lambda _r: then()).titled(title).run()
