"""The store (engine + session factory) and the unit of work every user action runs in."""

from __future__ import annotations

import getpass
import json
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from scipop.models import AuditEntry
from scipop.store import guard
from scipop.store.door_lock import door_lock_for
from scipop.store.engine import (
    BEGIN_OPTION,
    SPIN_OPTION,
    create_store_engine,
    describe_url,
    resolve_url,
    sqlite_file,
)


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # pragma: no cover - no login name on some systems
        return "unknown"


class Store:
    """One per process: the engine and the session factory. Thread-safe to share."""

    def __init__(self, url: str, *, engine: Engine | None = None, actor: str | None = None):
        self.url = url
        self.engine = engine or create_store_engine(url)
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        self.actor = actor or current_user()
        self.database_file = sqlite_file(self.engine)
        self.door_lock = door_lock_for(self.database_file)
        if self.database_file is not None:
            guard.register(self.database_file)

    @classmethod
    def open(cls, db: str | None = None, *, upgrade: bool = True, actor: str | None = None):
        """Open (and by default create or upgrade) the database named by --db/SCIPOP_DB."""
        store = cls(resolve_url(db), actor=actor)
        if upgrade:
            from scipop.store.migrate import upgrade_to_head

            upgrade_to_head(store.engine)
        return store

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def description(self) -> str:
        return describe_url(self.url)

    def uow(
        self, *, write: bool = False, actor: str | None = None, racing: bool = False
    ) -> UnitOfWork:
        """``racing``: a short write many processes make at once (a scan): see SPIN_OPTION."""
        return UnitOfWork(self, write=write, actor=actor or self.actor, racing=racing)

    def dispose(self) -> None:
        self.engine.dispose()
        if self.door_lock is not None:
            self.door_lock.close()
        if self.database_file is not None:
            guard.unregister(self.database_file)
            self.database_file = None


class UnitOfWork:
    """``with store.uow() as uow: ...; uow.commit()`` — leaving without commit rolls back.

    ``write=True`` starts SQLite's transaction with ``BEGIN IMMEDIATE`` so that writers that
    race (two stations scanning, two staff booking) queue on the lock instead of failing later.
    """

    def __init__(self, store: Store, *, write: bool = False, actor: str = "", racing: bool = False):
        self.store = store
        self.write = write
        self.racing = racing
        self.actor = actor
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self._queued = self.write and self.racing and self.store.door_lock is not None
        if self._queued:
            self.store.door_lock.acquire()
        self.session = self.store.session_factory()
        if self.write and self.store.is_sqlite:
            options = {BEGIN_OPTION: "IMMEDIATE", SPIN_OPTION: self.racing}
            self.session.connection(execution_options=options)
        return self

    def __exit__(self, *exc: object) -> None:
        try:
            self.session.rollback()
        finally:
            self.session.close()
            if self._queued:
                self._queued = False
                self.store.door_lock.release()

    def commit(self) -> None:
        self.session.commit()

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: int | None,
        summary: str = "",
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
    ) -> None:
        """Record who changed what; flushed with the rest of the unit of work."""
        self.session.add(
            AuditEntry(
                actor=self.actor,
                action=action,
                entity=entity,
                entity_id=entity_id,
                summary=summary[:300],
                before=_dump(before),
                after=_dump(after),
            )
        )


def _dump(data: dict[str, Any] | None) -> str | None:
    if data is None:
        return None
    return json.dumps(data, ensure_ascii=False, default=str, sort_keys=True)
