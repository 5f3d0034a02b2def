"""Each volunteer's personal badge code: signed like a ticket, a kind of its own (``SV…``).

A badge's code is derived from the volunteer's id and ``code_generation``; re-issuing a lost
badge bumps the generation, so the old badge's code no longer checks in (it is "revoked").
"""

from __future__ import annotations

from sqlalchemy import select

from scipop.errors import not_found
from scipop.models import Volunteer
from scipop.store.uow import Store
from scipop.tickets.codes import MAX_GENERATION, KeyRing
from scipop.tickets.keys import key_cache, load_keyring
from scipop.volunteers.assignments import VOLUNTEER_MISSING


class VolunteerCodes:
    def __init__(self, store: Store):
        self.store = store

    def _ring(self) -> KeyRing:
        ring = key_cache(self.store).ring()
        if ring is None or not ring.signing_id:
            with self.store.uow(write=True) as uow:
                ring = load_keyring(uow.session)  # makes the database's first key
                uow.commit()
            key_cache(self.store).forget()
        return ring

    def code(self, volunteer_id: int) -> str:
        """The code printed on the volunteer's badge now."""
        with self.store.uow() as uow:
            v = uow.session.get(Volunteer, volunteer_id)
            if v is None:
                raise not_found(VOLUNTEER_MISSING, volunteer_id)
            generation = v.code_generation
        return self._ring().sign_volunteer(volunteer_id, generation)

    def codes(self, volunteer_ids: list[int] | None = None) -> dict[int, str]:
        """Badge codes of several volunteers (all without ``volunteer_ids``)."""
        q = select(Volunteer.id, Volunteer.code_generation)
        if volunteer_ids is not None:
            q = q.where(Volunteer.id.in_(volunteer_ids))
        with self.store.uow() as uow:
            rows = uow.session.execute(q).all()
        ring = self._ring()
        return {vid: ring.sign_volunteer(vid, gen) for vid, gen in rows}

    def reissue(self, volunteer_id: int) -> str:
        """A new badge code for a lost badge; the old one stops checking in. Audited."""
        with self.store.uow(write=True) as uow:
            v = uow.session.get(Volunteer, volunteer_id)
            if v is None:
                raise not_found(VOLUNTEER_MISSING, volunteer_id)
            before = v.code_generation
            v.code_generation = 1 + before % MAX_GENERATION
            uow.audit(
                "reissue",
                "volunteer",
                v.id,
                f"new badge for {v.name}",
                {"code_generation": before},
                {"code_generation": v.code_generation},
            )
            generation = v.code_generation
            uow.commit()
        return self._ring().sign_volunteer(volunteer_id, generation)
