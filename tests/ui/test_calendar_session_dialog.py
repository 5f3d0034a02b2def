"""The session dialog: refusals shown beside the fields or atop the form, nothing typed lost;
series sessions edited or cancelled alone or with the following ones."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QMessageBox

from scipop.scheduling.recurrence import RecurrenceRule
from scipop.scheduling.rules import SessionDraft
from scipop.timeutil import local_zone, to_local
from tests.ui.conftest import DEMO_DAY, settle
from tests.ui.modal import ModalHandler
from ui.dialogs.pickers import read_schedule_choices
from ui.dialogs.session_dialog import SessionDialog


def _event_id(ctx, title_en="Nobel Laureates Beijing Forum 2026") -> int:
    return next(e.id for e in ctx.services.events.list() if e.title_en == title_en)


def _room_id(ctx, name_en: str) -> int:
    return next(r.id for r in ctx.services.rooms.list() if r.name_en == name_en)


def _at(hour: int, minute: int = 0, day=DEMO_DAY) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=local_zone())


def _new(qtbot, ctx, room: str, start: datetime, end: datetime) -> SessionDialog:
    draft = SessionDraft(
        event_id=_event_id(ctx), room_id=_room_id(ctx, room), starts_at=start, ends_at=end
    )
    dialog = SessionDialog(ctx, choices=read_schedule_choices(ctx.services), draft=draft)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _ok(dialog: SessionDialog) -> None:
    """Press OK and wait for the save (in a worker) to come back."""
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    while dialog.saving:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 10)


def test_a_clash_is_shown_in_the_dialog_which_stays_open_with_everything_typed(qtbot, demo_ctx):
    dialog = _new(qtbot, demo_ctx, "Science on a Sphere Hall", _at(10, 10), _at(10, 25))
    dialog.title_edit.setText("加场 Extra show")
    _ok(dialog)

    assert dialog.isVisible() and dialog.result_data is None
    assert "10:00–10:20" in dialog.general_error.text()  # the show it clashes with
    assert dialog.title_edit.text() == "加场 Extra show"
    assert dialog.start_edit.time().toPython() == time(10, 10)

    dialog.start_edit.setTime(time(16, 55))
    dialog.end_edit.setTime(time(17, 15))
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = demo_ctx.services.scheduling.get(dialog.result_data.id)
    assert saved.title == "加场 Extra show"
    assert to_local(saved.starts_at).time() == time(16, 55)


def test_the_quiet_check_warns_of_a_clash_before_ok(qtbot, demo_ctx):
    dialog = _new(qtbot, demo_ctx, "Science on a Sphere Hall", _at(10, 10), _at(10, 25))
    with qtbot.waitSignal(dialog.checked) as found:  # checked in a worker
        dialog.check_now()
    assert "10:00–10:20" in found.args[0]
    dialog.start_edit.setTime(time(16, 55))
    dialog.end_edit.setTime(time(17, 15))
    with qtbot.waitSignal(dialog.checked) as found:
        dialog.check_now()
    assert found.args[0] == "The hall is free at this time."


def test_places_default_to_the_halls_capacity_and_cannot_exceed_it(qtbot, demo_ctx):
    dialog = _new(qtbot, demo_ctx, "Lecture Hall", _at(18), _at(19))
    assert dialog.capacity_spin.value() == dialog.capacity_spin.maximum() == 200
    dialog.room_combo.set_room(_room_id(demo_ctx, "Innovation Lab"))
    assert dialog.capacity_spin.value() == dialog.capacity_spin.maximum() == 40


def test_field_errors_appear_beside_their_fields(qtbot, demo_ctx):
    dialog = _new(qtbot, demo_ctx, "Science on a Sphere Hall", _at(18), _at(17))
    _ok(dialog)
    assert "must end after it starts" in dialog.field_error("ends_at")
    assert dialog.isVisible()

    dialog.end_edit.setTime(time(19))
    _ok(dialog)
    assert "outside opening hours" in dialog.field_error("starts_at")
    assert "Tick 'Book outside the hall's opening hours'" in dialog.field_error("starts_at")
    assert "--outside-hours" not in dialog.field_error("starts_at")
    dialog.outside_check.setChecked(True)
    _ok(dialog)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert demo_ctx.services.scheduling.get(dialog.result_data.id).outside_hours


def _series(ctx) -> list[int]:
    """Thursdays 10:00–11:00 in the Innovation Lab, four weeks."""
    rule = RecurrenceRule(
        event_id=_event_id(ctx),
        room_id=_room_id(ctx, "Innovation Lab"),
        first_day=DEMO_DAY,
        start_time=time(10),
        duration_minutes=60,
        weeks=4,
        weekdays=(3,),
    )
    return ctx.services.scheduling.create_series(rule).session_ids


def test_editing_this_and_the_following_occurrences_moves_only_those(qtbot, demo_ctx):
    ids = _series(demo_ctx)
    scheduling = demo_ctx.services.scheduling
    dialog = SessionDialog(
        demo_ctx, choices=read_schedule_choices(demo_ctx.services), session=scheduling.get(ids[2])
    )
    qtbot.addWidget(dialog)
    assert dialog.form.isRowVisible(dialog.scope_row)
    dialog.scope_following.setChecked(True)
    dialog.start_edit.setTime(time(10, 30))
    dialog.end_edit.setTime(time(11, 30))
    _ok(dialog)

    assert dialog.result() == dialog.DialogCode.Accepted
    starts = [to_local(scheduling.get(i).starts_at).time() for i in ids]
    assert starts == [time(10), time(10), time(10, 30), time(10, 30)]


def test_cancelling_this_and_the_following_from_the_dialog(qtbot, demo_ctx):
    ids = _series(demo_ctx)
    scheduling = demo_ctx.services.scheduling
    dialog = SessionDialog(
        demo_ctx, choices=read_schedule_choices(demo_ctx.services), session=scheduling.get(ids[1])
    )
    qtbot.addWidget(dialog)

    def following(box: QMessageBox) -> None:
        assert "Cancel this and the following" in [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == "Cancel this and the following").click()

    handler = ModalHandler(following)
    dialog.cancel_session_button.click()
    assert handler.done
    settle(qtbot)  # cancelled in a worker
    assert dialog.result_info.cancelled
    assert [scheduling.get(i).cancelled for i in ids] == [False, True, True, True]


def test_a_session_not_in_a_series_offers_no_scope(qtbot, demo_ctx):
    sphere = _room_id(demo_ctx, "Science on a Sphere Hall")
    show = demo_ctx.services.sessions.list(room_id=sphere, start=_at(9), end=_at(18))[0]
    dialog = SessionDialog(
        demo_ctx,
        choices=read_schedule_choices(demo_ctx.services),
        session=demo_ctx.services.scheduling.get(show.id),
    )
    qtbot.addWidget(dialog)
    assert not dialog.form.isRowVisible(dialog.scope_row)
    assert dialog.capacity_spin.value() == show.capacity
    assert to_local(show.starts_at) + timedelta(minutes=20) == to_local(show.ends_at)
