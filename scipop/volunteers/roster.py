"""The roster: every volunteer, searched by name, pinyin initials (张伟 → ZW) or phone digits."""

from __future__ import annotations

import re

from sqlalchemy import select

from scipop.models import Organization, Volunteer
from scipop.station.lookup import initials, search_text
from scipop.store.uow import Store
from scipop.volunteers.dto import VolunteerRow
from scipop.volunteers.skills import parse_list


def roster_row(v: Volunteer | object, organization_name: str) -> VolunteerRow:
    return VolunteerRow(
        id=v.id,
        name=v.name,
        phone=v.phone,
        email=v.email,
        organization_id=v.organization_id,
        organization_name=organization_name or "",
        skills=parse_list(v.skills),
        languages=parse_list(v.languages),
        active=v.active,
        notes=v.notes,
        initials=initials(v.name),
    )


def row_matches(row: VolunteerRow, text: str) -> bool:
    """Name (or organization) contains ``text``, initials start with it, or the phone's
    digits contain its digits (3 or more); full-width input is read as plain."""
    text = search_text(text)
    if not text:
        return True
    folded = text.casefold()
    if folded in row.name.casefold() or folded in row.organization_name.casefold():
        return True
    compact = text.replace(" ", "")
    if compact.isascii() and compact.isalpha() and row.initials.startswith(compact.upper()):
        return True
    digits = re.sub(r"\D", "", text)
    if len(digits) >= 3 and len(digits) >= len(compact) - 2:
        return digits in re.sub(r"\D", "", row.phone)
    return False


class RosterQueries:
    def __init__(self, store: Store):
        self.store = store

    def search(
        self,
        text: str = "",
        *,
        organization_id: int | None = None,
        active: bool | None = None,
        skill: str | None = None,
    ) -> list[VolunteerRow]:
        """Volunteers matching ``text`` (see :func:`row_matches`) and the filters, by name."""
        q = (
            select(Volunteer, Organization.name)
            .outerjoin(Organization, Volunteer.organization_id == Organization.id)
            .order_by(Volunteer.name, Volunteer.id)
        )
        if organization_id is not None:
            q = q.where(Volunteer.organization_id == organization_id)
        if active is not None:
            q = q.where(Volunteer.active.is_(active))
        with self.store.uow() as uow:
            rows = [roster_row(v, org) for v, org in uow.session.execute(q)]
        if skill:
            want = skill.strip().casefold()
            rows = [r for r in rows if any(want == s.casefold() for s in (*r.skills, *r.languages))]
        return [r for r in rows if row_matches(r, text)]

    def get(self, volunteer_id: int) -> VolunteerRow | None:
        q = (
            select(Volunteer, Organization.name)
            .outerjoin(Organization, Volunteer.organization_id == Organization.id)
            .where(Volunteer.id == volunteer_id)
        )
        with self.store.uow() as uow:
            got = uow.session.execute(q).first()
            return roster_row(got[0], got[1]) if got is not None else None

    def skills(self) -> list[str]:
        """Every skill any volunteer lists or any shift requires, for a filter's choices."""
        from scipop.models import Shift

        with self.store.uow() as uow:
            texts = list(uow.session.scalars(select(Volunteer.skills).distinct()))
            texts += list(uow.session.scalars(select(Shift.skills).distinct()))
        seen: dict[str, str] = {}
        for t in texts:
            for item in parse_list(t):
                seen.setdefault(item.casefold(), item)
        return sorted(seen.values())
