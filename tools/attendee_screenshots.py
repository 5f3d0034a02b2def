"""Render the Attendees page, its dialogs and a print preview page to PNG files.

    python tools/attendee_screenshots.py --db big.sqlite3 --lang zh_CN --out /tmp/shots [--readme]

Use a demo database with tickets (``benchmarks/attendee_seed.py`` builds one with 100,000
attendees). ``--readme`` also writes ``resources/screenshots/attendees_<lang>.png``. Run it
offscreen (QT_QPA_PLATFORM=offscreen) or under Xvfb with a CJK font installed.
"""

from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.shots import arguments, open_main_window, readme_shot, save, settle


def main() -> int:
    parser = arguments(__doc__.splitlines()[0], size="1440x820")
    parser.add_argument("--filter", default="", help="text typed in the filter box")
    args = parser.parse_args()
    from PySide6.QtCore import QEventLoop

    app, ctx, window, out = open_main_window(args)
    page = window.show_page("attendees")
    settle(app)
    if not page.search.ready or page.search.building:
        loop = QEventLoop()
        page.search.index_ready.connect(loop.quit)
        loop.exec()
    if args.filter:
        page.filter_edit.setText(args.filter)
        page.apply_filter()
    select_scanned(page)
    settle(app)
    short = args.lang.split("_")[0]
    save(window, out / f"attendees_{short}.png")
    if args.readme:
        save(window, readme_shot("attendees", args.lang))

    for name, dialog in dialogs(page, ctx, Path(tempfile.mkdtemp())):
        dialog.show()
        settle(app)
        save(dialog, out / f"dialog_{name}_{short}.png")
        dialog.close()
    preview_page(app, page, ctx, out / f"print_preview_{short}.png")
    return 0


def select_scanned(page) -> None:
    """Select a row whose ticket has scans (else the first row with a ticket)."""
    model = page.model
    fallback = None
    for r in range(model.rowCount()):
        row = model.row(r)
        if row.ticket_id is None:
            continue
        fallback = r if fallback is None else fallback
        if row.first_scan_at is not None:
            page.view.selectRow(r)
            return
    if fallback is not None:
        page.view.selectRow(fallback)


def dialogs(page, ctx, scratch: Path):
    from ui.dialogs.import_attendees import ImportAttendeesDialog
    from ui.dialogs.register_dialog import RegisterDialog
    from ui.dialogs.walk_in_dialog import WalkInDialog
    from ui.printing.print_dialog import TicketPrintDialog

    sessions = ctx.services.sessions.list(include_cancelled=False)
    upcoming = sessions[len(sessions) // 2 :]
    with_room = [x for x in upcoming if x.free >= 10] or upcoming
    upcoming.sort(key=lambda x: (x.id != with_room[0].id, x.starts_at))
    register = RegisterDialog(ctx, page, sessions=upcoming, session_id=upcoming[0].id)
    register.name_edit.setText("李娜")
    register.phone_edit.setText("13912345678")
    register.organization_edit.setText("北京市第四中学")
    register.group_radio.setChecked(True)
    register.headcount_spin.setValue(42)
    yield "register", register

    walk_in = WalkInDialog(ctx, page, sessions=upcoming[:12], session_id=upcoming[0].id)
    walk_in.name_edit.setText("散客 王先生")
    yield "walk_in", walk_in

    path = scratch / "报名表（第一批）.csv"
    first = upcoming[0].id
    with path.open("w", encoding="gb18030", newline="") as f:
        csv.writer(f).writerows(
            [
                ["序号", "姓名", "手机号（必填）", "单位/学校", "类别", "场次", "人数"],
                [1, "周杰", "13511112222", "北京四中", "学生", first, 1],
                [2, "", "13511113333", "", "", first, 1],
                [3, "吴磊", "135-abc", "", "", first, 1],
                [4, "郑爽", "13511114444", "", "", 99999, 1],
                [5, "周杰", "13511112222", "北京四中", "学生", first, 1],
                [6, "钱多", "13511116666", "", "公众", first, 2],
            ]
        )
    from ui.dialogs.register_dialog import open_session_list

    importer = ImportAttendeesDialog(ctx, page, path=path, sessions=open_session_list(ctx.services))
    importer.next()
    wait_for(lambda: importer.step() == importer.MAPPING)
    yield "import_mapping", importer
    importer.next()
    wait_for(lambda: importer.step() == importer.PREVIEW)
    yield "import_preview", importer

    printing = TicketPrintDialog(ctx, page, session_id=first, what=describe(upcoming[0]))
    yield "print", printing


def describe(x) -> str:
    from ui.widgets.session_combo import describe_session

    return describe_session(
        x.starts_at, x.event_title, x.event_title_en, x.room_name, x.room_name_en
    )


def wait_for(condition, timeout_ms: int = 20_000) -> None:
    from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QEventLoop

    deadline = QDeadlineTimer(timeout_ms)
    while not condition() and not deadline.hasExpired():
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def preview_page(app, page, ctx, path: Path) -> None:
    """The print preview dialog showing the first A4 sheet of a session's tickets."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    from ui.printing.pdf_pages import paint_pdf, setup_printer
    from ui.printing.print_dialog import TicketPrintDialog

    session_id = next(
        (
            page.model.row(r).session_id
            for r in range(page.model.rowCount())
            if page.model.row(r).code
        ),
        None,
    )
    dialog = TicketPrintDialog(ctx, page, session_id=session_id)
    made = []
    dialog.with_pdf(made.append, progress=False)
    wait_for(lambda: bool(made))
    pdf = made[0]
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    setup_printer(printer, pdf.data)
    preview = QPrintPreviewDialog(printer, page)
    preview.paintRequested.connect(lambda p: paint_pdf(p, pdf.data))
    preview.resize(900, 1000)
    preview.show()
    settle(app)
    save(preview, path)
    preview.close()


if __name__ == "__main__":
    raise SystemExit(main())
