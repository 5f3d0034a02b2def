"""GUI fixtures: an isolated QSettings file, the app context, demo data, the two languages."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThreadPool

from scipop.app import Services
from scipop.demo import load_demo
from scipop.store.uow import Store
from ui.context import AppContext
from ui.i18n import ENGLISH, install_translators, set_language
from ui.settings import Settings

DEMO_DAY = date(2030, 12, 3)  # a Tuesday: the Science Center is open


@pytest.fixture(autouse=True)
def english(qapp) -> Iterator[None]:
    """Every GUI test starts in the English UI (its plural forms loaded), as the app does."""
    QCoreApplication.setOrganizationName("SciPopDeskTests")
    translators = install_translators(qapp, ENGLISH)
    yield
    for t in translators:
        qapp.removeTranslator(t)
    set_language(ENGLISH)


@pytest.fixture
def chinese(qapp) -> Iterator[None]:
    """The Chinese UI: the program's and Qt's translations installed for one test."""
    translators = install_translators(qapp, "zh_CN")
    yield
    for t in translators:
        qapp.removeTranslator(t)
    set_language(ENGLISH)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def pool() -> Iterator[QThreadPool]:
    p = QThreadPool()
    yield p
    p.waitForDone(10_000)


@pytest.fixture
def ctx(services: Services, settings: Settings, pool: QThreadPool) -> AppContext:
    return AppContext(services, settings, pool)


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo database per test run; each test gets a copy."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    store = Store.open(str(path), actor="tester")
    load_demo(store, today=DEMO_DAY)
    store.dispose()
    return path


@pytest.fixture
def demo_store(demo_template: Path, tmp_path: Path) -> Iterator[Store]:
    folder = tmp_path / "演示"
    folder.mkdir()
    path = folder / "demo.sqlite3"
    shutil.copyfile(demo_template, path)
    store = Store.open(str(path), actor="tester")
    yield store
    store.dispose()


@pytest.fixture
def demo_ctx(demo_store: Store, settings: Settings, pool: QThreadPool) -> AppContext:
    return AppContext(Services(demo_store), settings, pool)


def settle(qtbot, timeout: int = 15_000) -> None:
    """Wait until every read and write started so far has landed (see ui.operations)."""
    from ui.operations.operation import operations_pending

    qtbot.waitUntil(lambda: operations_pending() == 0, timeout=timeout)


def window_1280(qtbot, ctx: AppContext):
    """The main window at 1280×800 (the office PCs' smallest screen), shown, not remembered."""
    from ui.main_window import MainWindow

    window = MainWindow(ctx, remember=False)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    return window
