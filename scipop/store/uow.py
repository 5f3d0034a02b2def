"""The store (engine + session factory) and the unit of work every user action runs in.

Every audit entry names the **actor**, the operating-system account the program runs under
(the login of the PC, not an environment variable anyone can set), and, where staff sign in
at a check-in station, the **operator** they signed in as.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from scipop.errors import no_database
from scipop.models import AuditEntry
from scipop.store import checkpoint, guard
from scipop.store.access import (
    create_read_only_engine,
    sqlite_file,
    translate_read_only_errors,
    writable,
)
from scipop.store.door_lock import DoorConnection, door_lock_for
from scipop.store.engine import (
    BEGIN_OPTION,
    BUSY_TIMEOUT_MS,
    SPIN_OPTION,
    create_store_engine,
    describe_url,
    resolve_url,
)
from scipop.store.location import os_account


class Store:
    """One per process: the engine and the session factory. Thread-safe to share."""

    def __init__(
        self,
        url: str,
        *,
        engine: Engine | None = None,
        actor: str | None = None,
        read_only: bool = False,
        operator: str = "",
    ):
        self.url = url
        self.read_only = read_only
        self.engine = engine or self._new_engine()
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        self.actor = actor or os_account()
        self.operator = operator
        self.database_file: str | None = None
        self.door_lock = None
        self.door_connection: DoorConnection | None = None  # with the door lock (SQLite, POSIX)
        self._claim_files()
        self.revision: str | None = None  # set by open(): the schema revision found

    def _claim_files(self) -> None:
        """The database's files are SQLite's alone while this store is open (store/guard.py)."""
        path = sqlite_file(self.url)
        if path is not None and self.database_file is None:
            self.database_file = str(path.resolve())
            self.door_lock = None if self.read_only else door_lock_for(self.database_file)
            if self.door_lock is not None:
                self.door_connection = DoorConnection(self.engine)
            guard.register(self.database_file)
            if not self.read_only:
                checkpoint.watch(self)

    def _new_engine(self) -> Engine:
        path = sqlite_file(self.url)
        if self.read_only and path is not None:
            engine = create_read_only_engine(path, busy_timeout_s=BUSY_TIMEOUT_MS / 1000)
        else:
            engine = create_store_engine(self.url)
        if engine.dialect.name == "sqlite":
            translate_read_only_errors(engine, describe_url(self.url))
        return engine

    @classmethod
    def open(
        cls,
        db: str | None = None,
        *,
        upgrade: bool = True,
        create: bool = True,
        actor: str | None = None,
        operator: str = "",
    ) -> Store:
        """Open the database named by --db/SCIPOP_DB (by default creating or upgrading it).

        ``create=False``: a SQLite file that does not exist raises NoDatabase instead of
        being made. A file this user may not write is opened read-only (``read_only``) and
        is never upgraded; ``revision`` then tells how old its schema is.
        """
        from scipop.store.migrate import HEAD_REVISION, current_revision, upgrade_to_head

        url = resolve_url(db)
        path = sqlite_file(url)
        read_only = False
        if path is not None:
            if not path.exists():
                if not create:
                    raise no_database(str(path))
            else:
                read_only = not writable(path)
        store = cls(url, actor=actor, read_only=read_only, operator=operator)
        try:
            if upgrade and not read_only:
                upgrade_to_head(store.engine)
                store.revision = HEAD_REVISION
            else:
                store.revision = current_revision(store.engine)
        except BaseException:
            store.dispose()
            raise
        return store

    def reopen(self) -> None:
        """Close every connection and start afresh (after a restore replaced the contents)."""
        self._close_door_connection()
        self.engine.dispose()
        self.engine = self._new_engine()
        self.session_factory = sessionmaker(self.engine, expire_on_commit=False)
        if self.door_lock is not None:
            self.door_connection = DoorConnection(self.engine)
        self._claim_files()

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def description(self) -> str:
        return describe_url(self.url)

    def uow(
        self,
        *,
        write: bool = False,
        actor: str | None = None,
        operator: str | None = None,
        racing: bool = False,
    ) -> UnitOfWork:
        """A unit of work; ``operator`` is who signed in at a station (default: the store's);
        ``racing``: a short write many processes make at once (a scan): see SPIN_OPTION."""
        return UnitOfWork(
            self,
            write=write,
            actor=actor or self.actor,
            operator=self.operator if operator is None else operator,
            racing=racing,
        )

    def _close_door_connection(self) -> None:
        if self.door_connection is not None:
            self.door_connection.close()
            self.door_connection = None

    def dispose(self) -> None:
        self._close_door_connection()
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

    def __init__(
        self,
        store: Store,
        *,
        write: bool = False,
        actor: str = "",
        operator: str = "",
        racing: bool = False,
    ):
        self.store = store
        self.write = write
        self.racing = racing
        self.actor = actor
        self.operator = operator
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self._queued = self.write and self.racing and self.store.door_lock is not None
        if self._queued:
            self.store.door_lock.acquire()
        try:
            self.session = self.store.session_factory()
            self.session.info[UOW_KEY] = self
            if self.write and self.store.is_sqlite:
                options = {BEGIN_OPTION: "IMMEDIATE", SPIN_OPTION: self.racing}
                self.session.connection(execution_options=options)
        except BaseException:
            # No __exit__ follows a failed __enter__ (the database busy past the timeout):
            # let the door go here, or the station's retry would wait on it for ever.
            session = getattr(self, "session", None)
            if session is not None:
                session.close()
            if self._queued:
                self._queued = False
                self.store.door_lock.release()
            raise
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
        if self._queued:  # the next door goes on while this one tidies up
            self._queued = False
            self.store.door_lock.release()

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
                actor=self.actor[:100],
                operator=self.operator[:100],
                action=action,
                entity=entity,
                entity_id=entity_id,
                summary=summary[:300],
                before=_dump(before),
                after=_dump(after),
            )
        )


UOW_KEY = "scipop.unit_of_work"


def audit_in(
    session: Session,
    action: str,
    entity: str,
    entity_id: int | None,
    summary: str = "",
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
) -> None:
    """Audit from code that holds only a Session (inside a unit of work, as every write is)."""
    uow = session.info.get(UOW_KEY)
    if uow is not None:
        uow.audit(action, entity, entity_id, summary, before, after)
        return
    session.add(
        AuditEntry(
            actor=os_account()[:100],
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
