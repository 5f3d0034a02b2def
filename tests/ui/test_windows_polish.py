"""Small things a new user met: the series dialog's mnemonics each lead somewhere, the
value-mapping step shows long session names whole, the Attendees toolbar fits at 1280 px."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtWidgets import QAbstractButton, QLabel, QToolButton

from scipop.importing.suggestions import Answer
from tests.ui.conftest import settle, window_1280
from ui.dialogs.pickers import read_schedule_choices
from ui.dialogs.series_dialog import SeriesDialog
from ui.dialogs.value_mapping import AnswerModel, ValueMappingWidget
from ui.widgets.mnemonics import mnemonic


def _letters(dialog) -> list[str]:
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.isVisibleTo(dialog)]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton) if b.isVisibleTo(dialog)]
    return [m for m in map(mnemonic, texts) if m]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_the_series_dialog_mnemonics_are_unique(qtbot, demo_ctx, request, language):
    if language == "zh_CN":
        request.getfixturevalue("chinese")
    dialog = SeriesDialog(demo_ctx, choices=read_schedule_choices(demo_ctx.services))
    qtbot.addWidget(dialog)
    dialog.show()
    letters = _letters(dialog)
    assert len(letters) >= 12
    assert [k for k, n in Counter(letters).items() if n > 1] == []
    assert dialog.preview_button.text().replace("&", "") in ("Preview", "预览(V)")


LONG = "2030-12-05 10:00 · 数字球幕秀：蓝色星球与我们的海洋——深海探秘特别场 · 球幕/数字球 展厅"


def test_the_means_combo_shows_long_session_names_whole(qtbot):
    widget = ValueMappingWidget()
    qtbot.addWidget(widget)
    widget.resize(500, 300)  # a narrow window: the "Means" column is narrower than a name
    labels = {1: LONG, 2: "2030-12-06 14:00 · Short · Hall"}
    widget.set_answers(
        [Answer("session", "周六上午场", 3, 1, 1), Answer("category", "学生", 2, None, None)],
        labels,
    )
    widget.show()
    qtbot.waitExposed(widget)
    combo = widget.view.indexWidget(widget.model.index(0, AnswerModel.MEANING))
    widest = combo.view().fontMetrics().horizontalAdvance(LONG)
    assert combo.width() < widest  # the closed combo cannot show it all
    combo.showPopup()
    qtbot.waitUntil(combo.view().isVisible)
    assert combo.view().viewport().width() >= widest  # the list shows it whole
    combo.hidePopup()
    # typing narrows the list: the list of matches is as wide
    assert combo.completer().popup().minimumWidth() >= widest
    categories = widget.view.indexWidget(widget.model.index(1, AnswerModel.MEANING))
    longest = max(
        categories.view().fontMetrics().horizontalAdvance(categories.itemText(i))
        for i in range(categories.count())
    )
    assert categories.view().minimumWidth() >= longest


@pytest.fixture
def styled(qapp):
    """The program's font and style sheet, as the app applies them (then the test's again)."""
    font, sheet = qapp.font(), qapp.styleSheet()

    def apply(language: str) -> None:
        from ui.style import apply_style

        apply_style(qapp, language)

    yield apply
    qapp.setStyleSheet(sheet)
    qapp.setFont(font)


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_every_attendees_action_is_visible_at_1280_by_800(
    qtbot, demo_ctx, request, styled, language
):

    if language == "zh_CN":
        request.getfixturevalue("chinese")
    styled(language)
    window = window_1280(qtbot, demo_ctx)
    page = window.show_page("attendees")
    settle(qtbot)
    qtbot.waitExposed(window)
    bar = page.toolbar
    extension = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible(), "nothing hidden behind »"
    actions = [a for a in bar.actions() if not a.isSeparator()]
    assert len(actions) == 8
    for action in actions:
        button = bar.widgetForAction(action)
        assert button.isVisible() and bar.rect().contains(button.geometry()), action.text()
    assert page.mask_check.isVisible()
    keys = {s.objectName() for s in page.mnemonics}  # Alt+Q still saves the QR PNGs
    assert {"mnemonic_P", "mnemonic_Q"} <= keys
    assert page.actions.png_action.text().replace("&", "") in ("Save QR PNG…", "保存二维码 PNG(Q)…")
