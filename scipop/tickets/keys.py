"""The per-database signing keys: created on first need, rotated on demand, never exported."""

from __future__ import annotations

import secrets
import threading
import time
import weakref

from sqlalchemy import select
from sqlalchemy.orm import Session

from scipop.models import SigningKey
from scipop.store.uow import Store, audit_in
from scipop.tickets.codes import MAX_KEY_ID, KeyRing
from scipop.timeutil import utcnow

SECRET_BYTES = 32


def load_keyring(session: Session, *, create: bool = True) -> KeyRing | None:
    """Every key (for verifying) and the newest unretired one (for signing).

    With ``create`` a first key is made when the database has none (the caller's unit of
    work must be writing and commit). Without it, a database with no key gives None.
    """
    rows = session.execute(
        select(SigningKey.id, SigningKey.secret, SigningKey.retired_at).order_by(SigningKey.id)
    ).all()
    active = [r.id for r in rows if r.retired_at is None]
    if not active:
        if not create:
            return KeyRing({r.id: bytes(r.secret) for r in rows}, 0) if rows else None
        key = _new_key(session)
        audit_in(
            session,
            "create",
            "signing_key",
            key.id,
            f"first ticket signing key #{key.id}" if not rows else f"signing key #{key.id}",
        )
        rows = [*rows, key]
        active = [key.id]
    return KeyRing({r.id: bytes(r.secret) for r in rows}, active[-1])


def _new_key(session: Session) -> SigningKey:
    key = SigningKey(secret=secrets.token_bytes(SECRET_BYTES))
    session.add(key)
    session.flush()
    if key.id > MAX_KEY_ID:
        raise RuntimeError(f"signing key id {key.id} exceeds {MAX_KEY_ID}")
    return key


def rotate_key(store: Store) -> int:
    """Make a new signing key; older keys stop signing. Returns its id.

    Rotation policy: a ticket admits only codes signed with the key it was issued under
    (``ticket.key_id``). Tickets issued before keep their key and their printed codes; a
    ticket re-issued after the rotation gets a code under the new key, and the old key can no
    longer admit it. After a leak: rotate, then re-issue the unused tickets.
    """
    with store.uow(write=True) as uow:
        s = uow.session
        now = utcnow()
        for key in s.scalars(select(SigningKey).where(SigningKey.retired_at.is_(None))):
            key.retired_at = now
        key = _new_key(s)
        uow.audit("rotate", "signing_key", key.id, f"new ticket signing key #{key.id}")
        uow.commit()
    key_cache(store).forget()
    return key.id


class KeyCache:
    """The key ring of one store, read once and kept: a scan must not re-read the keys.

    Keys are only ever added (a rotation adds one and retires the old, which keeps verifying
    the tickets issued under it), so a cached ring is only out of date when a code names a
    key it does not hold: then it is read again, at most once per ``refresh_s`` so junk
    codes naming random keys cannot turn every scan into a read of the keys.
    """

    def __init__(self, store: Store, refresh_s: float = 1.0):
        self.store = store
        self.refresh_s = refresh_s
        self._ring: KeyRing | None = None
        self._loaded_at = float("-inf")
        self._lock = threading.Lock()

    def ring(self, *, wanted_key: int | None = None) -> KeyRing | None:
        """The ring; read again when it lacks ``wanted_key`` (rate-limited) or was never read."""
        ring = self._ring
        stale = ring is None or (wanted_key is not None and wanted_key not in ring.keys)
        if stale and time.monotonic() - self._loaded_at >= self.refresh_s:
            with self._lock:
                with self.store.uow() as uow:
                    self._ring = load_keyring(uow.session, create=False)
                self._loaded_at = time.monotonic()
            ring = self._ring
        return ring

    def forget(self) -> None:
        self._ring, self._loaded_at = None, float("-inf")


_CACHES: weakref.WeakKeyDictionary[Store, KeyCache] = weakref.WeakKeyDictionary()
_CACHES_LOCK = threading.Lock()


def key_cache(store: Store) -> KeyCache:
    """The one :class:`KeyCache` of ``store`` in this process."""
    with _CACHES_LOCK:
        cache = _CACHES.get(store)
        if cache is None:
            cache = _CACHES[store] = KeyCache(store)
        return cache
