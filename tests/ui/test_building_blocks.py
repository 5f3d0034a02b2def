"""Small parts the pages rely on: workers, settings, column fitting, display names."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QThreadPool

from scipop.errors import NotFound
from scipop.progress import Progress
from ui.i18n import CHINESE, ENGLISH, display_name, normalize, set_language
from ui.settings import GEOMETRY, LANGUAGE, LAST_PAGE, OFFER_DEMO, Settings
from ui.widgets.columns import MIN_MAIN, MIN_MAIN_TIGHT, MIN_TEXT, MIN_TEXT_TIGHT, fit_widths
from ui.workers import Job, JobRunner


def test_a_job_reports_progress_and_its_result_by_signal(qtbot):
    def work(progress: Progress) -> str:
        progress.report(1, 2, "first")
        progress.report(2, 2, "second")
        return "done"

    job = Job(work)
    seen: list[tuple] = []
    job.signals.progressed.connect(lambda *a: seen.append(a))
    runner = JobRunner(QThreadPool())
    with qtbot.waitSignal(job.signals.finished, timeout=5000) as blocker:
        runner.start(job)
    assert blocker.args == ["done"]
    qtbot.waitUntil(lambda: len(seen) == 2)
    assert seen == [(1, 2, "first"), (2, 2, "second")]
    qtbot.waitUntil(lambda: not runner.busy)  # the runner lets go of finished jobs


def test_a_cancelled_job_fails_with_cancelled_and_a_domain_error_travels_back(qtbot):
    def work(progress: Progress) -> None:
        progress.check()

    job = Job(work)
    job.cancel()
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        JobRunner(QThreadPool()).start(job)
    assert type(blocker.args[0]).__name__ == "Cancelled"

    def missing(progress: Progress) -> None:
        raise NotFound("Room #{id} does not exist.", id=7)

    job = Job(missing)
    with qtbot.waitSignal(job.signals.failed, timeout=5000) as blocker:
        JobRunner(QThreadPool()).start(job)
    assert str(blocker.args[0]) == "Room #7 does not exist."


def test_settings_have_defaults_and_keep_what_is_set(tmp_path):
    path = str(tmp_path / "s.ini")
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert settings.get(LAST_PAGE) == "events"
    assert settings.get(OFFER_DEMO) is True
    assert settings.get(GEOMETRY) == QByteArray()
    assert settings.language == ""
    settings.set(OFFER_DEMO, False)
    settings.language = "zh_CN"
    settings.sync()
    again = Settings(QSettings(path, QSettings.Format.IniFormat))
    assert again.get(OFFER_DEMO) is False  # read back from text in the INI file
    assert again.get(LANGUAGE) == "zh_CN"


def test_columns_fit_the_width_by_capping_the_widest_but_keep_the_title_readable():
    assert fit_widths([100, 50], 300, stretch=0) == [250, 50]  # spare room to the stretch column
    widths = fit_widths([600, 400, 80, 300], 900, stretch=0)
    assert sum(widths) <= 900
    assert widths[2] == 80  # narrow columns keep their size
    assert widths[0] >= MIN_MAIN and widths[1] >= MIN_TEXT
    tight = [MIN_MAIN_TIGHT, MIN_TEXT_TIGHT, MIN_TEXT_TIGHT]
    assert fit_widths([600, 600, 600], 100, stretch=0) == tight  # scrolls


def test_when_the_floors_are_too_wide_short_columns_keep_their_width():
    # The English Events page at 1280 px: title, kind, program, lead, co-organizers,
    # sessions, first and last date, status in 1028 px.
    wanted = [401, 120, 257, 151, 344, 104, 112, 109, 88]
    widths = fit_widths(wanted, 1028, stretch=0)
    assert sum(widths) == 1028
    assert widths[1] == 120 and widths[5:] == wanted[5:]  # kind, numbers, dates, status whole
    assert widths[0] >= MIN_MAIN_TIGHT and min(widths[2:5]) >= MIN_TEXT_TIGHT


def test_display_names_follow_the_language():
    set_language(CHINESE)
    assert display_name("北京科学中心", "Beijing Science Center") == "北京科学中心"
    set_language(ENGLISH)
    assert display_name("北京科学中心", "Beijing Science Center") == "Beijing Science Center"
    assert display_name("创新实验室", "") == "创新实验室"  # no English name: the Chinese one
    assert normalize("zh-CN") == CHINESE and normalize("en_US") == ENGLISH and normalize("") == ""
