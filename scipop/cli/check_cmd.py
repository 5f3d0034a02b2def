"""``scipop check``: SQLite's integrity_check and foreign_key_check, one line each.

Exit code 0 when both are ok, 2 when either finds a problem. The file is only read.
"""

from __future__ import annotations

import argparse

from scipop.store.backup import open_for_reading
from scipop.store.integrity import NOT_ON_POSTGRES, check_file

EXIT_DAMAGED = 2
SHOWN = 3


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("check", help="check the database file for damage", description=__doc__)
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx) -> int:
    path = ctx.database_file(NOT_ON_POSTGRES)
    conn = open_for_reading(path)
    try:
        result = check_file(conn)
    finally:
        conn.close()
    print(_line("integrity_check", result.integrity))
    print(_line("foreign_key_check", result.foreign_keys))
    return 0 if result.ok else EXIT_DAMAGED


def _line(name: str, problems: list[str]) -> str:
    if not problems:
        return f"{name}: ok"
    shown = "; ".join(" ".join(p.split()) for p in problems[:SHOWN])
    more = f" (and {len(problems) - SHOWN} more)" if len(problems) > SHOWN else ""
    return f"{name}: {len(problems)} problem(s): {shown}{more}"
