"""The ``scipop`` command: the headless face of the same services the GUI uses.

Each subcommand lives in its own module with ``register(subparsers)``, which adds a parser
and sets ``run=function(args, ctx) -> int`` (plus ``creates_database=True`` for the commands
that may make a new database, ``upgrades_database=False`` for those that must leave the
schema as it is). Domain errors print one line and exit 2 (and are logged as warnings); an
unexpected exception is logged with its traceback, printed as one line naming the log file,
and exits 1: a script can tell "refused" (2) from "a fault in scipop" (1).
"""

from __future__ import annotations

import argparse
import logging
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
    report_cmd,
    restore_cmd,
    scan_cmd,
    session_cmd,
    tickets_cmd,
    volunteers_cmd,
)
from scipop.cli.context import CliContext
from scipop.errors import (
    HINT_CLOSED_DAY,
    HINT_FORCE,
    HINT_OUTSIDE_HOURS,
    DomainError,
    hints_of,
)
from scipop.logsetup import current_log_path, setup_logging
from scipop.redact import redact

COMMANDS = [
    init_cmd,
    demo_cmd,
    list_cmd,
    report_cmd,
    import_cmd,
    tickets_cmd,
    session_cmd,
    check_cmd,
    backup_cmd,
    restore_cmd,
    scan_cmd,
    volunteers_cmd,
]

EXIT_ERROR = 2
EXIT_UNEXPECTED = 1

log = logging.getLogger("scipop.cli")


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
    setup_logging()
    ctx = CliContext(
        args.db,
        create=getattr(args, "creates_database", False),
        upgrade=getattr(args, "upgrades_database", True),
    )
    command = _command_line(args)
    try:
        return int(args.run(args, ctx) or 0)
    except DomainError as exc:
        _fail(command, cli_message(exc))
    except OperationalError as exc:
        _fail(command, f"cannot use the database {ctx.describe()}: {exc.orig}")
    except sqlite3.Error as exc:  # backup, restore and check use SQLite directly
        _fail(command, f"cannot use the database {ctx.describe()}: {exc}")
    except SQLAlchemyError as exc:
        _fail(command, f"database error: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")
    except (OSError, ValueError) as exc:
        _fail(command, str(exc))
    except KeyboardInterrupt:
        print("scipop: error: interrupted", file=sys.stderr)
    except Exception as exc:
        return _unexpected(command, exc)
    finally:
        ctx.close()
    return EXIT_ERROR


CLI_HINTS = {
    HINT_OUTSIDE_HOURS: "add --outside-hours to book it anyway",
    HINT_CLOSED_DAY: "add --allow-closed-day to book it anyway",
    HINT_FORCE: "add --force to load it beside the data already there",
}


def cli_message(error: DomainError) -> str:
    """The error's message with the command's own words for the override it names."""
    words = [CLI_HINTS[h] for h in hints_of(error) if h in CLI_HINTS]
    message = str(error)
    return f"{message} ({'; '.join(words)})" if words else message


def _command_line(args: argparse.Namespace) -> str:
    """``scipop list events``: the command and subcommand, for the log (never the options)."""
    words = [getattr(args, name, None) for name in ("command", "kind", "action")]
    return " ".join(["scipop", *(w for w in words if isinstance(w, str))])


def _fail(command: str, message: str) -> None:
    message = " ".join(message.split())
    log.warning("%s: %s", command, message)
    print(f"scipop: error: {message}", file=sys.stderr)


def _unexpected(command: str, exc: Exception) -> int:
    """A fault of the program: the traceback to the log, one line to the person."""
    log.error("%s: unexpected error", command, exc_info=exc)
    path = current_log_path()
    where = f"details in {path}" if path else "no log file could be written"
    what = redact(" ".join(f"{exc.__class__.__name__}: {exc}".split()))
    print(f"scipop: unexpected error: {what}; {where}", file=sys.stderr)
    return EXIT_UNEXPECTED
