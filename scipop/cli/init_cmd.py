"""``scipop init``: create or upgrade the database."""

from __future__ import annotations

import argparse

from scipop.store.engine import resolve_url
from scipop.store.migrate import HEAD_REVISION, upgrade_to_head
from scipop.store.uow import Store


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("init", help="create or upgrade the database", description=__doc__)
    p.set_defaults(run=run, creates_database=True)


def run(args: argparse.Namespace, ctx) -> int:
    store = Store(resolve_url(args.db))
    try:
        changed = upgrade_to_head(store.engine)
    finally:
        store.dispose()
    state = "upgraded to" if changed else "already at"
    print(f"{ctx.describe()}: schema {state} revision {HEAD_REVISION}")
    return 0
