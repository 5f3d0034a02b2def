"""Booking sessions into halls: create, edit, move, resize, cancel, delete — conflict-checked.

Every write runs in one writing unit of work (``BEGIN IMMEDIATE`` on SQLite), re-checks the
rules inside it, and records an audit entry; two PCs cannot both book the same slot.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from scipop.errors import InUse
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.models import Room, SessionStatus, Ticket
from scipop.models import Session as EventSession
from scipop.progress import NO_PROGRESS, Progress
from scipop.scheduling import detail, following, importing, recurrence
from scipop.scheduling.booking import (
    apply,
    checked_or_raise,
    describe,
    draft_from,
    load_session,
    same_days,
    snapshot,
)
from scipop.scheduling.detail import EventDetail
from scipop.scheduling.following import FollowingChange
from scipop.scheduling.importing import SchedulePreview, SessionImportResult
from scipop.scheduling.recurrence import Occurrence, RecurrenceRule, Resolution, SeriesResult
from scipop.scheduling.rules import Checked, Planner, Problem, SessionDraft
from scipop.services.base import writing
from scipop.services.sessions import SessionData, load_data
from scipop.store.uow import Store, UnitOfWork
from scipop.timeutil import fmt_local

HAS_TICKETS = QT_TRANSLATE_NOOP(
    "errors",
    "Session {when} of '{event}' has {count} ticket(s); cancel the session instead of deleting it.",
)


class SchedulingService:
    """The write side of sessions (the read side is :class:`SessionQueries`).

    Every method that books a time slot runs the same :class:`Planner` check, which
    refuses with :class:`~scipop.errors.Conflict` naming the clashing session, its event
    and its local times, or with a ValidationError/InvalidInput for the fields.
    """

    def __init__(self, store: Store):
        self.store = store

    # ---- reading
    def get(self, session_id: int) -> SessionData:
        with self.store.uow() as uow:
            return load_data(uow.session, session_id)

    def draft_of(self, session_id: int) -> SessionDraft:
        """The draft for an edit dialog, pre-filled from the session."""
        with self.store.uow() as uow:
            return draft_from(load_session(uow.session, session_id))

    def check(self, draft: SessionDraft, session_id: int | None = None) -> None:
        """Raise what :meth:`create` (or :meth:`update` of ``session_id``) would; write nothing.

        For live feedback while dragging or typing in a dialog.
        """
        with self.store.uow() as uow:
            checked_or_raise(Planner(uow.session).check(draft, session_id=session_id))

    def problems(self, draft: SessionDraft, session_id: int | None = None) -> list[Problem]:
        """Every rule the draft breaks, by field (empty when it can be booked); writes nothing.

        For a dialog that highlights fields: ``p.field`` names the draft field, ``p.error`` is
        the DomainError to show, ``p.clash`` is set for a clash with another booking.
        """
        with self.store.uow() as uow:
            result = Planner(uow.session).check(draft, session_id=session_id)
            return [] if isinstance(result, Checked) else result

    # ---- writing one session
    def create(self, draft: SessionDraft) -> SessionData:
        with writing(self.store) as uow:
            s = uow.session
            c = checked_or_raise(Planner(s, lock=True).check(draft))
            x = EventSession(status=SessionStatus.SCHEDULED)
            apply(x, c)
            s.add(x)
            s.flush()
            uow.audit("create", "session", x.id, describe(x), None, snapshot(x))
            return self._done(uow, x)

    def update(self, session_id: int, draft: SessionDraft) -> SessionData:
        """Replace every field of the session by the draft's (an edit dialog's OK)."""
        with writing(self.store) as uow:
            x = load_session(uow.session, session_id)
            return self._change(uow, x, draft, "update")

    def move(
        self,
        session_id: int,
        starts_at: datetime,
        room_id: int | None = None,
        *,
        outside_hours: bool | None = None,
        allow_closed_day: bool = False,
    ) -> SessionData:
        """Move to a new start (keeping the duration), optionally into another room (a drag).

        Into a smaller hall the capacity shrinks to the hall's (refused if that is fewer
        places than are already booked).
        """
        with writing(self.store) as uow:
            x = load_session(uow.session, session_id)
            duration = x.ends_at - x.starts_at
            changes: dict[str, Any] = {
                "starts_at": starts_at,
                "ends_at": starts_at + duration,
                "allow_closed_day": allow_closed_day,
            }
            if room_id is not None and room_id != x.room_id:
                changes["room_id"] = room_id
                target = uow.session.get(Room, room_id)
                if target is not None and x.capacity > target.capacity:
                    changes["capacity"] = target.capacity  # a smaller hall: as many as fit
            if outside_hours is not None:
                changes["outside_hours"] = outside_hours
            return self._change(uow, x, draft_from(x, **changes), "move")

    def resize(
        self,
        session_id: int,
        ends_at: datetime,
        starts_at: datetime | None = None,
        *,
        outside_hours: bool | None = None,
    ) -> SessionData:
        """Change the end (and optionally the start) — dragging a block's edge."""
        with writing(self.store) as uow:
            x = load_session(uow.session, session_id)
            changes: dict[str, Any] = {"ends_at": ends_at}
            if starts_at is not None:
                changes["starts_at"] = starts_at
            if outside_hours is not None:
                changes["outside_hours"] = outside_hours
            return self._change(uow, x, draft_from(x, **changes), "resize")

    def cancel(self, session_id: int) -> SessionData:
        """Mark cancelled: it stays visible (tickets keep pointing at it) but frees the hall."""
        with writing(self.store) as uow:
            x = load_session(uow.session, session_id)
            if x.status != SessionStatus.CANCELLED:
                before = snapshot(x)
                x.status = SessionStatus.CANCELLED
                uow.session.flush()
                uow.audit("cancel", "session", x.id, describe(x), before, snapshot(x))
            return self._done(uow, x)

    def restore(self, session_id: int) -> SessionData:
        """Undo a cancellation — only if the slot is still free."""
        with writing(self.store) as uow:
            s = uow.session
            x = load_session(s, session_id)
            if x.status == SessionStatus.CANCELLED:
                draft = draft_from(x, allow_closed_day=True)
                checked_or_raise(Planner(s, lock=True).check(draft, session_id=x.id))
                before = snapshot(x)
                x.status = SessionStatus.SCHEDULED
                s.flush()
                uow.audit("restore", "session", x.id, describe(x), before, snapshot(x))
            return self._done(uow, x)

    def delete(self, session_id: int) -> None:
        """Delete a session that has no tickets (otherwise cancel it)."""
        with writing(self.store) as uow:
            s = uow.session
            x = load_session(s, session_id)
            tickets = s.scalar(
                select(func.count()).select_from(Ticket).where(Ticket.session_id == x.id)
            )
            if tickets:
                raise InUse(
                    HAS_TICKETS, when=fmt_local(x.starts_at), event=x.event.title, count=tickets
                )
            before, summary = snapshot(x), describe(x)
            s.delete(x)
            s.flush()
            uow.audit("delete", "session", session_id, summary, before, None)
            uow.commit()

    # ---- series, event detail and imports (implemented in their own modules)
    def preview_series(
        self, rule: RecurrenceRule, resolutions: dict[int, Resolution] | None = None
    ) -> list[Occurrence]:
        """See :func:`scipop.scheduling.recurrence.preview`."""
        return recurrence.preview(self.store, rule, resolutions)

    def create_series(
        self, rule: RecurrenceRule, resolutions: dict[int, Resolution] | None = None
    ) -> SeriesResult:
        """See :func:`scipop.scheduling.recurrence.create_series`."""
        return recurrence.create_series(self.store, rule, resolutions)

    def edit_following(self, session_id: int, change: FollowingChange) -> list[SessionData]:
        """See :func:`scipop.scheduling.following.edit_following`."""
        return following.edit_following(self.store, session_id, change)

    def cancel_following(self, session_id: int) -> list[SessionData]:
        """See :func:`scipop.scheduling.following.cancel_following`."""
        return following.cancel_following(self.store, session_id)

    def event_detail(self, event_id: int) -> EventDetail:
        """See :func:`scipop.scheduling.detail.event_detail`."""
        return detail.event_detail(self.store, event_id)

    def preview_import(
        self, path: str | Path, sheet: str | None = None, progress: Progress = NO_PROGRESS
    ) -> SchedulePreview:
        """See :func:`scipop.scheduling.importing.preview_import`."""
        return importing.preview_import(self.store, path, sheet, progress)

    def import_sessions(
        self, path: str | Path, sheet: str | None = None, progress: Progress = NO_PROGRESS
    ) -> SessionImportResult:
        """See :func:`scipop.scheduling.importing.import_sessions`."""
        return importing.import_sessions(self.store, path, sheet, progress=progress)

    # ---- helpers
    def _change(
        self, uow: UnitOfWork, x: EventSession, draft: SessionDraft, action: str
    ) -> SessionData:
        s = uow.session
        if same_days(x, draft):  # booked on a closed day on purpose: editing keeps it allowed
            draft = replace(draft, allow_closed_day=True)
        scheduled = x.status == SessionStatus.SCHEDULED
        planner = Planner(s, lock=True)
        c = checked_or_raise(planner.check(draft, session_id=x.id, check_clash=scheduled))
        before = snapshot(x)
        apply(x, c)
        s.flush()
        uow.audit(action, "session", x.id, describe(x), before, snapshot(x))
        return self._done(uow, x)

    @staticmethod
    def _done(uow: UnitOfWork, x: EventSession) -> SessionData:
        uow.session.flush()
        uow.session.expire(x)
        data = load_data(uow.session, x.id)
        uow.commit()
        return data
