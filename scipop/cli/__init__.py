"""The ``scipop`` command: the headless face of the same services the GUI uses.

Each subcommand lives in its own module with ``register(subparsers)``, which adds a parser
and sets ``run=function(args, ctx) -> int`` (plus ``creates_database=True`` for the commands
that may make a new database, ``upgrades_database=False`` for those that must leave the
schema as it is). Domain errors print one line and exit 2.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Sequence

from sqlalchemy.exc import OperationalError, SQLAlchemyError

from scipop import __version__
from scipop.cli import (
    backup_cmd,
    check_cmd,
    demo_cmd,
    import_cmd,
    init_cmd,
    list_cmd,
    restore_cmd,
    session_cmd,
    tickets_cmd,
)
from scipop.cli.context import CliContext
from scipop.errors import DomainError

COMMANDS = [
    init_cmd,
    demo_cmd,
    list_cmd,
    import_cmd,
    tickets_cmd,
    session_cmd,
    check_cmd,
    backup_cmd,
    restore_cmd,
]

EXIT_ERROR = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="scipop",
        description="SciPop Desk on the command line: the same database and services as the GUI.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help="SQLite file path or SQLAlchemy URL (default: $SCIPOP_DB, else the user data dir)",
    )
    parser.add_argument("--version", action="version", version=f"scipop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    ctx = CliContext(
        args.db,
        create=getattr(args, "creates_database", False),
        upgrade=getattr(args, "upgrades_database", True),
    )
    try:
        return int(args.run(args, ctx) or 0)
    except DomainError as exc:
        _fail(str(exc))
    except OperationalError as exc:
        _fail(f"cannot use the database {ctx.describe()}: {exc.orig}")
    except sqlite3.Error as exc:  # backup, restore and check use SQLite directly
        _fail(f"cannot use the database {ctx.describe()}: {exc}")
    except SQLAlchemyError as exc:
        _fail(f"database error: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")
    except (OSError, ValueError) as exc:
        _fail(str(exc))
    except KeyboardInterrupt:
        _fail("interrupted")
    finally:
        ctx.close()
    return EXIT_ERROR


def _fail(message: str) -> None:
    print(f"scipop: error: {' '.join(message.split())}", file=sys.stderr)
