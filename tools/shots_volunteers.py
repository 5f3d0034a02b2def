"""Screenshots of the Volunteers page's three tabs (and its empty states) in one language.

python tools/shots_volunteers.py --db demo.sqlite3 --lang zh_CN [--day 2030-12-03] [--readme]

``--readme`` also writes the Staffing tab to ``resources/screenshots/volunteers_<lang>.png``.
"""

from __future__ import annotations

from datetime import date, timedelta

from shots import arguments, open_main_window, readme_shot, save, settle

from ui.volunteers.texts import local_today


def main() -> None:
    parser = arguments(__doc__.splitlines()[0])
    parser.add_argument("--day", default="", help="the staffing day shown (default: today)")
    args = parser.parse_args()
    app, ctx, window, out = open_main_window(args)
    lang = args.lang.split("_")[0]
    window.nav.setCurrentRow(
        next(i for i in range(window.nav.count()) if window.nav.item(i).data(256) == "volunteers")
    )
    settle(app)
    page = window.pages["volunteers"]
    save(window, out / f"volunteers_roster_{lang}.png")
    staffing = page.staffing
    page.show_tab(staffing)
    staffing.go(date.fromisoformat(args.day) if args.day else local_today())
    settle(app)
    if staffing.model.rowCount():
        staffing.view.selectRow(0)
        settle(app)
    save(window, out / f"volunteers_staffing_{lang}.png")
    if args.readme:
        save(window, readme_shot("volunteers", args.lang))
    page.show_tab(page.hours)
    if args.day:  # the hours of that day's month
        day = date.fromisoformat(args.day)
        first = day.replace(day=1)
        page.hours.set_period(
            first, (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        )
    settle(app)
    save(window, out / f"volunteers_hours_{lang}.png")


if __name__ == "__main__":
    main()
