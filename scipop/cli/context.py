"""What a CLI command gets: the store and services, opened lazily on first use.

Only the commands that make databases (``init``, ``demo``) create a missing SQLite file;
for every other command a missing file is an error (NoDatabase, exit 2). A database this
user may not write is opened read-only, with one note on stderr.
"""

from __future__ import annotations

import sys
from pathlib import Path

from scipop.app import Services
from scipop.errors import no_database
from scipop.store.access import writable
from scipop.store.backup import NOT_ON_POSTGRES, database_path
from scipop.store.engine import describe_url, resolve_url
from scipop.store.migrate import HEAD_REVISION
from scipop.store.uow import Store


class CliContext:
    def __init__(self, db: str | None, *, create: bool = False, upgrade: bool = True):
        self.db = db
        self.create = create
        self.upgrade = upgrade
        self._store: Store | None = None
        self._services: Services | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.db, create=self.create, upgrade=self.upgrade)
            if self._store.read_only:
                self._note_read_only(self._store)
        return self._store

    @property
    def services(self) -> Services:
        if self._services is None:
            self._services = Services(self.store)
        return self._services

    def describe(self) -> str:
        return describe_url(resolve_url(self.db))

    def database_file(self, refusal: str = NOT_ON_POSTGRES) -> Path:
        """The SQLite file itself, for commands that work on the file (backup, check...).

        NotSupported (``refusal``) for PostgreSQL, NoDatabase when it does not exist; a
        read-only file gets the same note as a read-only store.
        """
        path = database_path(self.db, refusal)
        if not path.exists():
            raise no_database(str(path))
        if not writable(path):
            print(
                f"note: the database {path} is read-only; nothing can be changed",
                file=sys.stderr,
            )
        return path

    def close(self) -> None:
        if self._store is not None:
            self._store.dispose()
            self._store = None

    def _note_read_only(self, store: Store) -> None:
        note = f"note: the database {store.description} is read-only; nothing can be changed"
        if self.upgrade and store.revision != HEAD_REVISION:
            note += (
                f" (its schema is at revision {store.revision or 'none'}, this program's is"
                f" {HEAD_REVISION}; it cannot be upgraded)"
            )
        print(note, file=sys.stderr)
