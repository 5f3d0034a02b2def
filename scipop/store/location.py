"""Where the database is (``--db``, ``SCIPOP_DB`` or the user data folder) and who runs the
program; no SQLAlchemy here.

Kept apart from :mod:`scipop.store.engine` so the window can name its database (for the
single-instance check) before it paints, without importing SQLAlchemy.
"""

from __future__ import annotations

import getpass
import os
from pathlib import Path

from platformdirs import user_data_dir

APP_NAME = "SciPopDesk"
DB_FILENAME = "scipop.sqlite3"


def default_db_path() -> Path:
    """The SQLite file in the platform's user data dir (e.g. %LOCALAPPDATA%\\SciPopDesk)."""
    return Path(user_data_dir(APP_NAME, appauthor=False)) / DB_FILENAME


def resolve_url(db: str | None = None) -> str:
    """``--db`` beats ``SCIPOP_DB`` beats the default file; a plain path means SQLite."""
    value = db or os.environ.get("SCIPOP_DB") or str(default_db_path())
    if "://" in value:
        return value
    path = Path(value).expanduser()
    return f"sqlite:///{path.resolve()}"


def os_account() -> str:
    """The operating-system account of this process (``DOMAIN\\user`` style names as given)."""
    try:
        if os.name == "posix":
            import pwd

            return pwd.getpwuid(os.geteuid()).pw_name
        return os.getlogin()  # Windows: the account logged on (GetUserNameW)
    except (OSError, KeyError, ImportError):
        pass
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no login name on some systems
        return "unknown"
