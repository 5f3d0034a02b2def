"""The door's few writes, run on the database driver's own cursor when the database is SQLite.

An admission writes three statements while it holds the write lock that every door queues
on (the hall's count, the ticket's claim, the scan row). Through SQLAlchemy's execution
layer each costs about 0.1 ms of Python on top of SQLite's own few microseconds; on
sqlite3's cursor it costs almost nothing, and every other door waits that much less. The
SQL is the same text (``:name`` parameters, which sqlite3 takes as they are); date-times
are converted by the column type's own SQLAlchemy processors, so what is stored is exactly
what the ORM stores. Other databases (PostgreSQL) run the same statement through SQLAlchemy.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import Connection, Select, TextClause

from scipop.models.base import UTCDateTime

_TYPE = UTCDateTime()


class DriverStatement:
    """``statement`` (a ``text()``) with the names of its date-time parameters and results."""

    def __init__(
        self,
        statement: TextClause,
        *,
        datetime_params: Iterable[str] = (),
        datetime_columns: Iterable[int] = (),
    ):
        self.statement = statement
        self.sql = str(statement)
        self.datetime_params = tuple(datetime_params)
        self.datetime_columns = tuple(datetime_columns)
        self._processors: tuple[Callable, Callable] | None = None

    def processors(self, dialect: Any) -> tuple[Callable, Callable]:
        """The date-time converters to and from the database (built once)."""
        if self._processors is None:
            impl = _TYPE.dialect_impl(dialect)
            to_db = impl.bind_processor(dialect) or (lambda v: v)
            from_db = impl.result_processor(dialect, None) or (lambda v: v)
            self._processors = (to_db, from_db)
        return self._processors

    def first(self, conn: Connection, params: dict[str, Any]) -> tuple | None:
        """The first row it returns (its RETURNING clause), or None."""
        if conn.dialect.name != "sqlite":
            row = conn.execute(self.statement, params).first()
            return None if row is None else tuple(row)
        driver = conn.connection.dbapi_connection
        row = self.run(driver, self.bind(conn.dialect, params))
        return None if row is None else self.result(conn.dialect, row)

    def bind(self, dialect: Any, params: dict[str, Any]) -> dict[str, Any]:
        """``params`` as sqlite3 takes them (date-times converted)."""
        if self.datetime_params:
            to_db = self.processors(dialect)[0]
            params = dict(params)
            for name in self.datetime_params:
                params[name] = to_db(params[name])
        return params

    def run(self, driver: Any, bound: dict[str, Any]) -> tuple | None:
        """The first row it returns on the sqlite3 connection ``driver``, unconverted."""
        rows = driver.execute(self.sql, bound).fetchall()  # all: a RETURNING runs to its end
        return rows[0] if rows else None

    def result(self, dialect: Any, row: tuple) -> tuple:
        """A row it returned, its date-times converted."""
        if self.datetime_columns:
            from_db = self.processors(dialect)[1]
            row = list(row)
            for i in self.datetime_columns:
                row[i] = from_db(row[i])
            row = tuple(row)
        return row


class DriverQuery:
    """A ``select()`` run on sqlite3's own cursor, its rows made as SQLAlchemy makes them.

    The SQL is the statement compiled for the dialect (once); each column's value goes
    through that column type's own result processor (enums, date-times), and a row is a
    named tuple with the statement's column names, so it reads as a SQLAlchemy ``Row`` does
    (``row.name``). Its parameters are passed as they are: only plain values (numbers, text).
    """

    def __init__(self, statement: Select):
        self.statement = statement
        self._prepared: dict[str, tuple[str, tuple[str, ...], list, type]] = {}

    def _prepare(self, dialect: Any) -> tuple[str, tuple[str, ...], list, type]:
        got = self._prepared.get(dialect.name)
        if got is None:
            compiled = self.statement.compile(dialect=dialect)
            columns = list(self.statement.selected_columns)
            processors = [
                c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns
            ]
            row_type = namedtuple("DriverRow", list(self.statement.selected_columns.keys()))
            got = (str(compiled), tuple(compiled.positiontup or ()), processors, row_type)
            self._prepared[dialect.name] = got
        return got

    def first(self, driver: Any, dialect: Any, params: dict[str, Any]) -> Any:
        """The first row on the sqlite3 connection ``driver`` (every row is fetched: no
        statement is left open, so no read transaction outlives the call), or None."""
        sql, order, processors, row_type = self._prepare(dialect)
        rows = driver.execute(sql, [params[name] for name in order]).fetchall()
        if not rows:
            return None
        return row_type._make(
            value if process is None else process(value)
            for process, value in zip(processors, rows[0], strict=True)
        )
