"""``scipop restore FILE``: put a backup back into the database.

The backup is checked first (integrity_check, a SciPop Desk database, a schema this program
knows). Refused while any window or command has the database open. The database it replaces
is kept as a backup (scipop-before-restore-….sqlite3 in the backups folder). PostgreSQL:
pg_restore.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from scipop.store.backup import restore


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("restore", help="put a backup back", description=__doc__)
    p.add_argument("file", metavar="FILE", help="the backup to restore")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx) -> int:
    path = ctx.database_file()
    kept = restore(path, Path(args.file).expanduser())
    print(f"restored {args.file} into {path}; the replaced database is kept as {kept.path}")
    return 0
