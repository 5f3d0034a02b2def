"""The recurrence dialog: preview every occurrence, resolve clashes, create the series."""

from __future__ import annotations

from datetime import time, timedelta

from PySide6.QtCore import Qt, QTime

from scipop.scheduling.recurrence import OccurrenceStatus
from scipop.timeutil import to_local
from tests.ui.conftest import DEMO_DAY
from ui.dialogs.pickers import read_schedule_choices
from ui.dialogs.series_dialog import SeriesDialog
from ui.models.occurrences import SKIPPING, OccurrenceModel


def _ids(ctx):
    forum = next(
        e for e in ctx.services.events.list() if e.title_en == "Nobel Laureates Beijing Forum 2026"
    )
    lecture = next(r for r in ctx.services.rooms.list() if r.name_en == "Lecture Hall")
    return forum.id, lecture.id


def _dialog(qtbot, ctx) -> SeriesDialog:
    """Every day 14:00–15:00 in the Lecture Hall for one week from Tuesday: Sunday clashes
    with the imaging festival's screening (14:00–16:00)."""
    event_id, room_id = _ids(ctx)
    dialog = SeriesDialog(
        ctx,
        choices=read_schedule_choices(ctx.services),
        event_id=event_id,
        room_id=room_id,
        first_day=DEMO_DAY,
        start_time=time(14),
    )
    qtbot.addWidget(dialog)
    dialog.weeks_spin.setValue(1)
    dialog.duration_spin.setValue(60)
    dialog.show()
    return dialog


def _preview(qtbot, dialog: SeriesDialog) -> None:
    dialog.preview()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)


def _row_of(model: OccurrenceModel, status: OccurrenceStatus) -> int:
    return next(r for r in range(model.rowCount()) if model.row(r).status == status)


def test_the_preview_lists_each_occurrence_and_the_clash_blocks_create(qtbot, demo_ctx):
    dialog = _dialog(qtbot, demo_ctx)
    assert not dialog.create_button().isEnabled()  # nothing previewed yet
    _preview(qtbot, dialog)

    model = dialog.model
    assert model.rowCount() == 7
    clash = model.row(_row_of(model, OccurrenceStatus.CLASH))
    assert to_local(clash.planned_start).date() == DEMO_DAY + timedelta(days=5)  # Sunday
    details = model.index(_row_of(model, OccurrenceStatus.CLASH), OccurrenceModel.DETAILS).data()
    assert "科学影像节" in details and "14:00–16:00" in details  # the screening it clashes with
    assert len(model.unresolved()) == 1
    assert not dialog.create_button().isEnabled()
    assert "cannot be booked as planned" in dialog.summary.text()


def test_create_is_refused_while_a_clash_is_unresolved_and_nothing_is_written(qtbot, demo_ctx):
    dialog = _dialog(qtbot, demo_ctx)
    _preview(qtbot, dialog)
    event_id, room_id = _ids(demo_ctx)
    before = len(demo_ctx.services.sessions.list(event_id=event_id))

    dialog.submit()  # as if the disabled button were pressed anyway
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    assert dialog.result_data is None and dialog.isVisible()
    assert "1 occurrence(s) cannot be booked as planned" in dialog.general_error.text()
    assert len(demo_ctx.services.sessions.list(event_id=event_id)) == before


def test_moving_the_clashing_occurrence_later_lets_the_series_be_created(qtbot, demo_ctx):
    dialog = _dialog(qtbot, demo_ctx)
    _preview(qtbot, dialog)
    model = dialog.model
    row = _row_of(model, OccurrenceStatus.CLASH)
    with qtbot.waitSignal(model.modelReset, timeout=10_000):  # the dialog checks again
        assert model.setData(model.index(row, OccurrenceModel.MOVE_TO), QTime(17, 0))
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)

    moved = model.row(row)
    assert moved.status == OccurrenceStatus.MOVED
    assert to_local(moved.starts_at).time() == time(17, 0)
    assert dialog.create_button().isEnabled()
    assert dialog.summary.text() == "7 sessions will be created."

    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.create_button().click()
    result = dialog.result_data
    assert result.created == 7
    sessions = demo_ctx.services.sessions.list(series_id=result.series_id)
    sunday = [x for x in sessions if to_local(x.starts_at).date() == DEMO_DAY + timedelta(5)]
    assert [to_local(x.starts_at).time() for x in sunday] == [time(17, 0)]


def test_skipping_every_problem_creates_the_rest(qtbot, demo_ctx, qtmodeltester):
    dialog = _dialog(qtbot, demo_ctx)
    qtmodeltester.check(dialog.model)  # before the preview fills it: its reset is checked
    _preview(qtbot, dialog)
    with qtbot.waitSignal(dialog.model.modelReset, timeout=10_000):
        dialog.skip_button.click()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    model = dialog.model
    skipped = model.row(_row_of(model, OccurrenceStatus.SKIPPED))
    assert model.index(skipped.index, OccurrenceModel.ACTION).data(Qt.ItemDataRole.EditRole) == (
        SKIPPING
    )
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.create_button().click()
    assert dialog.result_data.created == 6
    assert [o.status for o in dialog.result_data.not_created] == [OccurrenceStatus.SKIPPED]


def test_changing_the_rule_asks_for_a_new_preview(qtbot, demo_ctx):
    dialog = _dialog(qtbot, demo_ctx)
    _preview(qtbot, dialog)
    dialog.model.skip_all_problems()
    qtbot.waitUntil(lambda: not dialog.working, timeout=10_000)
    assert dialog.create_button().isEnabled()
    dialog.duration_spin.setValue(90)
    assert not dialog.create_button().isEnabled()
    assert "press Preview again" in dialog.summary.text()


def test_a_message_shared_by_several_fields_stays_until_each_is_fixed(qtbot, ctx):
    """The series dialog shows the step's and the last start's messages under one label:
    editing one field takes only its own message away."""
    from scipop.errors import InvalidInput, ValidationError
    from ui.dialogs.series_dialog import SeriesDialog

    dialog = SeriesDialog(ctx, choices=read_schedule_choices(ctx.services))
    qtbot.addWidget(dialog)
    dialog.show_errors(
        InvalidInput(
            [
                ValidationError("every_minutes", "Enter the title."),
                ValidationError("last_start", "Enter the name."),
            ]
        )
    )
    assert dialog.field_error("start_time") == "Enter the title.\nEnter the name."
    assert dialog.last_edit.property("invalid") is True
    dialog.last_edit.setTime(dialog.last_edit.time().addSecs(1800))
    assert dialog.field_error("start_time") == "Enter the title."
    assert dialog.last_edit.property("invalid") is False
    assert dialog.every_spin.property("invalid") is True
