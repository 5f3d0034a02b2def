"""Start SciPop Desk.

``python main.py [--db PATH_OR_URL] [--lang zh_CN|en] [--smoke] [--version]``
"""

from ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
