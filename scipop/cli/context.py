"""What a CLI command gets: the store and services, opened lazily on first use."""

from __future__ import annotations

from scipop.app import Services
from scipop.store.engine import describe_url, resolve_url
from scipop.store.uow import Store


class CliContext:
    def __init__(self, db: str | None):
        self.db = db
        self._store: Store | None = None
        self._services: Services | None = None

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.db)
        return self._store

    @property
    def services(self) -> Services:
        if self._services is None:
            self._services = Services(self.store)
        return self._services

    def describe(self) -> str:
        return describe_url(resolve_url(self.db))

    def close(self) -> None:
        if self._store is not None:
            self._store.dispose()
