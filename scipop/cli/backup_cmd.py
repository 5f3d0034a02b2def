"""``scipop backup [--out FILE|DIR]``: a consistent, checked copy of the live database.

Made with SQLite's online backup API while other windows and commands keep working; fsynced
and checked with integrity_check. Without --out it goes to the backups folder in the user
data folder, named with the time (scipop-2026-11-29-171500.sqlite3). PostgreSQL: pg_dump.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from scipop.store.backup import take_backup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="copy the database safely while in use", description=__doc__)
    p.add_argument(
        "--out",
        metavar="FILE|DIR/",
        help="a file, or a folder (existing, or ending in /) to write it in; default: the "
        "backups folder in the user data folder",
    )
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx) -> int:
    path = ctx.database_file()
    out = Path(args.out).expanduser() if args.out else None
    if out is not None and args.out.endswith(("/", os.sep)):
        out.mkdir(parents=True, exist_ok=True)  # a folder: the backup gets its usual name
    info = take_backup(path, out)
    print(f"backed up {path} to {info.path} ({info.size / 1_000_000:.1f} MB, integrity ok)")
    return 0
