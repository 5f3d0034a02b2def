"""The per-database signing keys: created on first need, rotated on demand, never exported."""

from __future__ import annotations

import secrets

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
    """Make a new signing key; older keys stop signing but keep verifying. Returns its id."""
    with store.uow(write=True) as uow:
        s = uow.session
        now = utcnow()
        for key in s.scalars(select(SigningKey).where(SigningKey.retired_at.is_(None))):
            key.retired_at = now
        key = _new_key(s)
        uow.audit("rotate", "signing_key", key.id, f"new ticket signing key #{key.id}")
        uow.commit()
        return key.id
