"""Finding someone whose code is lost: by name, pinyin initials or the last 4 phone digits.

The search runs over one session's tickets (a few hundred), so the pinyin initials
(张伟 → ZW) are computed on the fly; phones only ever leave here masked.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from sqlalchemy import select

from scipop.models import Attendee, Ticket, TicketStatus
from scipop.redact import mask_phone
from scipop.store.uow import Store


@dataclass
class LookupRow:
    ticket_id: int
    name: str
    phone_masked: str
    organization: str
    headcount: int
    arrived: int
    status: TicketStatus


@lru_cache(maxsize=50_000)
def initials(name: str) -> str:
    """张伟 → ZW; Latin words give their first letters (Li Na → LN)."""
    from pypinyin import Style, lazy_pinyin

    letters = []
    for part in lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default"):
        for word in re.findall(r"[A-Za-z]+", part):
            letters.append(word[0])
    return "".join(letters).upper()


def search_text(text: str) -> str:
    """What was typed in a search box, as compared: what a Chinese input method types
    full-width (５６７８, ＺＷ) is the plain text (NFKC), without the spaces around it."""
    return unicodedata.normalize("NFKC", text or "").strip()


def matches(text: str, name: str, phone: str) -> bool:
    text = search_text(text)
    if not text:
        return False
    digits = re.sub(r"\D", "", phone)
    if text.isdigit():
        return len(text) == 4 and digits.endswith(text)
    if text.lower() in name.lower():
        return True
    return text.isascii() and text.isalpha() and initials(name).startswith(text.upper())


def lookup(store: Store, session_id: int, text: str, limit: int = 50) -> list[LookupRow]:
    """The session's live tickets whose holder matches ``text``, by name."""
    with store.uow() as uow:
        rows = uow.session.execute(
            select(
                Ticket.id,
                Attendee.name,
                Attendee.phone,
                Attendee.organization,
                Ticket.headcount,
                Ticket.arrived,
                Ticket.status,
            )
            .join(Attendee, Ticket.attendee_id == Attendee.id)
            .where(Ticket.session_id == session_id, Ticket.status != TicketStatus.CANCELLED)
            .order_by(Attendee.name)
        ).all()
    found = [
        LookupRow(
            r.id, r.name, mask_phone(r.phone), r.organization, r.headcount, r.arrived, r.status
        )
        for r in rows
        if matches(text, r.name, r.phone)
    ]
    return found[:limit]
