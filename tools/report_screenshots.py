"""Render the Dashboard and Reports pages (and the survey-category editor) to PNG files.

    QT_QPA_PLATFORM=offscreen python tools/report_screenshots.py --db demo.sqlite3 --lang zh_CN

The pages read in the pool; this waits for their figures before grabbing the window.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tools.shots import arguments, open_main_window, readme_shot, save, wait


def main() -> int:
    args = arguments(__doc__.splitlines()[0]).parse_args()
    from ui.reports.mapping_dialog import MappingDialog

    app, ctx, window, out = open_main_window(args)
    for key, ready in (
        ("dashboard", lambda p: p.data is not None),
        ("reports", lambda p: p.figures.rowCount() > 0),
    ):
        page = window.show_page(key)
        wait(app, lambda p=page, r=ready: r(p))
        wait(app, lambda: False, 0.3)
        save(window, out / f"page_{key}_{args.lang}.png")
        if args.readme:
            save(window, readme_shot(key, args.lang))
    # after an export: the bar gone, "Open the file" and "Show in folder" offered
    page = window.show_page("reports")
    op = page.export_to(out / f"{page.tr('attendance')}-{args.lang}.xlsx")
    save(window, out / f"page_reports_exporting_{args.lang}.png")  # the bar and Cancel
    wait(app, lambda: not op.running, 120)
    wait(app, lambda: False, 0.3)
    save(window, out / f"page_reports_exported_{args.lang}.png")
    dialog = MappingDialog(ctx, window)
    dialog.show()
    wait(app, lambda: False, 0.3)
    save(dialog, out / f"dialog_survey_categories_{args.lang}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
