"""The event dialog: inline validation errors keep it open; saving creates the event."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from scipop.models import EventKind, OrganizerRole
from scipop.services.events import EventData, OrganizerData
from scipop.services.organizations import OrganizationData
from tests.ui.conftest import settle
from ui.dialogs.event_dialog import EventDialog, read_event_choices


def _org(ctx, name: str, name_en: str = "") -> int:
    return ctx.services.organizations.create(OrganizationData(name=name, name_en=name_en)).id


def test_empty_title_shows_an_inline_error_and_the_dialog_stays_open(qtbot, ctx):
    bast = _org(ctx, "北京市科学技术协会", "BAST")
    dialog = EventDialog(ctx, options=read_event_choices(ctx.services))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.add_organization(bast)
    dialog.description_edit.setPlainText("typed text that must not be lost")

    dialog.submit()
    settle(qtbot)  # saved in a worker

    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.field_error("title") == "Enter the title."
    assert dialog.title_edit.property("invalid") is True
    assert dialog.field_error("organizers") == ""
    assert dialog.description_edit.toPlainText() == "typed text that must not be lost"
    assert ctx.services.events.list() == []


def test_duplicate_title_is_named_beside_the_title_field(qtbot, ctx):
    bast = _org(ctx, "北京市科学技术协会")
    ctx.services.events.create(
        EventData(title="机器人杯赛", organizers=[OrganizerData(bast, OrganizerRole.LEAD)])
    )
    dialog = EventDialog(ctx, options=read_event_choices(ctx.services))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("机器人杯赛")
    dialog.add_organization(bast)

    dialog.submit()
    settle(qtbot)  # saved in a worker

    assert dialog.isVisible()
    assert dialog.field_error("title") == "An event titled '机器人杯赛' already exists."
    # Fixing it clears the message at once, then saves.
    dialog.title_edit.insert(" 决赛")  # as an input method commits it
    assert dialog.field_error("title") == ""
    assert dialog.title_edit.property("invalid") is False
    dialog.submit()
    settle(qtbot)  # saved in a worker
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_data.title == "机器人杯赛 决赛"


def test_missing_lead_organizer_is_shown_under_the_organizers(qtbot, ctx):
    dialog = EventDialog(ctx, options=read_event_choices(ctx.services))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("青少年科技教师培训")
    dialog.submit()
    settle(qtbot)  # saved in a worker
    assert dialog.field_error("organizers") == "Choose exactly one lead organizer (now 0)."
    assert dialog.field_error("title") == ""


def test_errors_are_shown_in_chinese_in_the_chinese_ui(qtbot, chinese, ctx):
    dialog = EventDialog(ctx, options=read_event_choices(ctx.services))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.submit()
    settle(qtbot)  # saved in a worker
    assert dialog.field_error("title") == "请填写标题。"
    assert dialog.field_error("organizers") == "必须且只能有一个主办单位（当前为 0 个）。"


def test_a_new_event_is_saved_with_its_lead_and_co_organizers(qtbot, ctx):
    bast = _org(ctx, "北京市科学技术协会", "BAST")
    bjast = _org(ctx, "北京市科学技术研究院", "BJAST")
    dialog = EventDialog(ctx, options=read_event_choices(ctx.services))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title_edit.setText("金桥工程 项目对接会")
    dialog.title_en_edit.setText("Golden Bridge Project Matchmaking")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(EventKind.EXCHANGE))
    dialog.add_organization(bast)
    dialog.add_organization(bjast)
    dialog.lead_button.click()  # the just-added BJAST becomes the lead
    dialog.submit()
    settle(qtbot)  # saved in a worker

    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = ctx.services.events.get(dialog.result_data.id)
    assert saved.kind == EventKind.EXCHANGE
    assert saved.lead.organization_id == bjast
    assert [o.organization_id for o in saved.co_organizers] == [bast]
