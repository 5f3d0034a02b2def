"""Checking registration rows: each cell, the session it names, places left, duplicates.

Used by :mod:`scipop.importing.attendees` for the preview and again, inside the writing
transaction, for the import itself (places may have gone in between).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from scipop.errors import NotFound
from scipop.i18n import QT_TRANSLATE_NOOP
from scipop.importing.attendee_mapping import ColumnMapping
from scipop.importing.cells import CellError, count_in_words, text_of, to_count
from scipop.importing.report import RowError
from scipop.importing.spreadsheet import Table, is_blank
from scipop.importing.value_mapping import ValueMapping
from scipop.models import (
    Attendee,
    AttendeeCategory,
    Event,
    Room,
    SessionStatus,
    Ticket,
    TicketStatus,
)
from scipop.models import Session as EventSession
from scipop.phones import PhoneError, normalize_phone
from scipop.progress import Progress
from scipop.redact import mask_phone
from scipop.registration.capacity import DUPLICATE_PERSON
from scipop.registration.service import BAD_HEADCOUNT, MAX_HEADCOUNT
from scipop.services.sessions import SESSION_MISSING
from scipop.timeutil import to_local

MISSING_NAME = QT_TRANSLATE_NOOP("errors", "The name is missing.")
BAD_EMAIL = QT_TRANSLATE_NOOP("errors", "'{value}' is not an email address.")
BAD_CATEGORY = QT_TRANSLATE_NOOP(
    "errors", "'{value}' is not a category (public, student, teacher, VIP, press)."
)
MISSING_SESSION = QT_TRANSLATE_NOOP("errors", "The session is missing.")
UNKNOWN_SESSION = QT_TRANSLATE_NOOP("errors", "There is no session '{value}'.")
AMBIGUOUS_SESSION = QT_TRANSLATE_NOOP(
    "errors", "'{value}' matches {count} sessions; give the session number instead."
)
CANCELLED_SESSION = QT_TRANSLATE_NOOP("errors", "Session '{value}' was cancelled.")
OVER_CAPACITY = QT_TRANSLATE_NOOP(
    "errors", "Over capacity: session #{session} has {free} place(s) left, this row needs {count}."
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "errors", "The text is {length} characters long; at most {max} fit in this field."
)
# the longest text each field's column holds (so PostgreSQL never refuses the whole file;
# a phone that is a number always fits)
MAX_LENGTH = {
    name: Attendee.__table__.c[name].type.length for name in ("name", "email", "organization")
}
DUPLICATE_IN_FILE = QT_TRANSLATE_NOOP(
    "errors", "{name} ({phone}) is already on row {other} for the same session."
)

CATEGORY_WORDS = {
    AttendeeCategory.PUBLIC: ("public", "公众", "观众", "普通观众", "社会公众", "市民", "个人"),
    AttendeeCategory.STUDENT: ("student", "学生", "中学生", "小学生", "大学生", "学生团体"),
    AttendeeCategory.TEACHER: ("teacher", "教师", "老师", "带队老师", "领队"),
    AttendeeCategory.VIP: ("vip", "嘉宾", "贵宾", "特邀嘉宾", "领导"),
    AttendeeCategory.PRESS: ("press", "media", "媒体", "记者"),
}
_CATEGORY = {w: c for c, words in CATEGORY_WORDS.items() for w in words}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DATE = re.compile(r"(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?")
_TIME = re.compile(r"(\d{1,2})\s*[:：点]\s*(\d{2})?")
_ID = re.compile(r"#?\s*(\d+)")


@dataclass
class AttendeeRow:
    """A good row, ready to become a ticket."""

    row: int
    name: str
    phone: str
    email: str
    organization: str
    category: AttendeeCategory
    headcount: int
    notes: str
    session_id: int
    waitlisted: bool = False


@dataclass
class _SessionInfo:
    id: int
    start: datetime  # local
    event: str
    event_en: str
    title: str
    room: str
    capacity: int
    cancelled: bool


class SessionIndex:
    """Finds the session a cell names: its number (12, #12) or its local date and time."""

    def __init__(self, s: Session):
        rows = s.execute(
            select(
                EventSession.id,
                EventSession.starts_at,
                Event.title,
                Event.title_en,
                EventSession.title,
                Room.name,
                EventSession.capacity,
                EventSession.status,
            )
            .join(Event, EventSession.event_id == Event.id)
            .join(Room, EventSession.room_id == Room.id)
        ).all()
        self.by_id = {
            r[0]: _SessionInfo(
                r[0], to_local(r[1]), r[2], r[3], r[4], r[5], r[6], r[7] == SessionStatus.CANCELLED
            )
            for r in rows
        }
        self.by_start: dict[tuple, list[_SessionInfo]] = defaultdict(list)
        for info in self.by_id.values():
            self.by_start[(info.start.date(), info.start.hour, info.start.minute)].append(info)
        self._cache: dict[str, tuple[int | None, str, dict]] = {}

    def resolve(self, value: object) -> tuple[int | None, str, dict]:
        """(session id, "", {}) or (None, error template, params)."""
        text = text_of(value)
        hit = self._cache.get(text)
        if hit is None:
            hit = self._cache[text] = self._resolve(text)
        return hit

    def _resolve(self, text: str) -> tuple[int | None, str, dict]:
        if not text:
            return None, MISSING_SESSION, {}
        m = _ID.fullmatch(text)
        if m:
            info = self.by_id.get(int(m.group(1)))
            if info is None:
                return None, UNKNOWN_SESSION, {"value": text}
            return self._usable(info, text)
        candidates = self._by_time(text)
        if len(candidates) > 1:
            named = [
                c
                for c in candidates
                if any(n and n in text for n in (c.event, c.event_en, c.title, c.room))
            ]
            candidates = named or candidates
        if len(candidates) == 1:
            return self._usable(candidates[0], text)
        if len(candidates) > 1:
            return None, AMBIGUOUS_SESSION, {"value": text, "count": len(candidates)}
        return None, UNKNOWN_SESSION, {"value": text}

    def _by_time(self, text: str) -> list[_SessionInfo]:
        d = _DATE.search(text)
        t = _TIME.search(text, d.end()) if d else None
        if not d or not t:
            return []
        month, day = int(d.group(2)), int(d.group(3))
        hour, minute = int(t.group(1)), int(t.group(2) or 0)
        if "下午" in text and hour < 12:
            hour += 12
        years = [int(d.group(1))] if d.group(1) else None
        out = []
        for (when, h, mi), infos in self.by_start.items():
            if (when.month, when.day, h, mi) == (month, day, hour, minute) and (
                years is None or when.year in years
            ):
                out.extend(infos)
        return out

    @staticmethod
    def _usable(info: _SessionInfo, text: str) -> tuple[int | None, str, dict]:
        if info.cancelled:
            return None, CANCELLED_SESSION, {"value": text}
        return info.id, "", {}


def _category(text: str) -> AttendeeCategory | None:
    if not text:
        return AttendeeCategory.PUBLIC
    found = _CATEGORY.get(text)
    return found if found is not None else _CATEGORY.get(text.strip().lower())


def check_rows(
    s: Session,
    table: Table,
    mapping: ColumnMapping,
    *,
    session_id: int | None,
    waitlist: bool,
    progress: Progress,
    values: ValueMapping | None = None,
) -> tuple[list[AttendeeRow], list[RowError]]:
    """Every non-blank row checked, in file order: good rows and one RowError per problem.

    ``values`` maps the answers of the session, headcount and category columns (see
    :mod:`scipop.importing.value_mapping`); an answer it maps wins over reading the cell.
    """
    values = values or ValueMapping()
    index = SessionIndex(s)
    col = {name: mapping.index(name) for name in mapping.columns}
    header = mapping.header
    fixed = index.resolve(session_id) if session_id is not None else None
    if fixed is not None and fixed[0] is None:
        raise NotFound(SESSION_MISSING, id=session_id)

    width = len(table.headers)
    at = {f: (i if i is not None and i < width else None) for f, i in col.items()}
    i_name, i_phone, i_email, i_org = (
        at.get("name"),
        at.get("phone"),
        at.get("email"),
        at.get("organization"),
    )
    i_cat, i_count, i_session, i_notes = (
        at.get("category"),
        at.get("headcount"),
        at.get("session"),
        at.get("notes"),
    )

    def text(row: list, i: int | None) -> str:
        if i is None:
            return ""
        v = row[i]
        return v if type(v) is str else text_of(v)

    parsed: list[AttendeeRow] = []
    errors: list[RowError] = []
    total = len(table.rows)
    for n, row in enumerate(table.rows):
        if n % 5000 == 0:
            progress.report(n, total, "checking")
            progress.check()
        if is_blank(row):
            continue
        number = table.first_row + n
        bad = len(errors)
        name = text(row, i_name)
        if "  " in name or "\t" in name or "\n" in name:
            name = " ".join(name.split())
        if not name:
            errors.append(RowError(number, header("name"), MISSING_NAME))
        raw_phone = text(row, i_phone)
        try:
            phone = normalize_phone(raw_phone)
        except PhoneError as exc:
            phone = raw_phone
            errors.append(RowError(number, header("phone"), exc.template, exc.params))
        email = text(row, i_email)
        if email and not _EMAIL.match(email):
            errors.append(RowError(number, header("email"), BAD_EMAIL, {"value": email}))
        cell_text = text(row, i_cat)
        category = values.category(cell_text) if cell_text else None
        if category is None:
            category = _category(cell_text)
        if category is None:
            errors.append(RowError(number, header("category"), BAD_CATEGORY, {"value": cell_text}))
        headcount = 1
        raw_count = row[i_count] if i_count is not None else ""
        if raw_count != "" and raw_count != 1:
            try:
                mapped = values.headcount(text_of(raw_count))
                headcount = mapped if mapped is not None else _count(raw_count)
            except CellError as exc:
                errors.append(RowError(number, header("headcount"), exc.template, exc.params))
            else:
                if not 1 <= headcount <= MAX_HEADCOUNT:
                    errors.append(
                        RowError(
                            number,
                            header("headcount"),
                            BAD_HEADCOUNT,
                            {"max": MAX_HEADCOUNT, "value": headcount},
                        )
                    )
        if fixed is not None:
            sid = fixed[0]
        else:
            cell = row[i_session] if i_session is not None else ""
            mapped = values.session(text_of(cell)) if cell != "" else None
            sid, template, params = index.resolve(mapped if mapped is not None else cell)
            if sid is None:
                errors.append(RowError(number, header("session"), template, params))
        organization = text(row, i_org)
        for field_name, value in (
            ("name", name),
            ("email", email),
            ("organization", organization),
        ):
            if len(value) > MAX_LENGTH[field_name]:
                errors.append(
                    RowError(
                        number,
                        header(field_name),
                        TOO_LONG,
                        {"length": len(value), "max": MAX_LENGTH[field_name]},
                    )
                )
        if len(errors) == bad:
            parsed.append(
                AttendeeRow(
                    number,
                    name,
                    phone,
                    email,
                    organization,
                    category,
                    headcount,
                    text(row, i_notes),
                    sid,
                )
            )
    good = _places_and_duplicates(s, parsed, index, waitlist, errors)
    progress.report(total, total, "checking")
    return good, errors


def _count(value: object) -> int:
    """A headcount cell: a number, or words that say one (``3人``, ``三人``)."""
    try:
        return to_count(value)
    except CellError:
        said = count_in_words(text_of(value))
        if said is None:
            raise
        return said


def _places_and_duplicates(
    s: Session,
    rows: list[AttendeeRow],
    index: SessionIndex,
    waitlist: bool,
    errors: list[RowError],
) -> list[AttendeeRow]:
    ids = sorted({r.session_id for r in rows})
    free: dict[int, int] = {i: index.by_id[i].capacity for i in ids}
    existing: dict[tuple[int, str, str], int] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk : chunk + 500]
        for sid, heads in s.execute(
            select(Ticket.session_id, func.sum(Ticket.headcount))
            .where(Ticket.session_id.in_(part), Ticket.status == TicketStatus.ACTIVE)
            .group_by(Ticket.session_id)
        ):
            free[sid] -= int(heads or 0)
        for sid, name, phone, tid in s.execute(
            select(Ticket.session_id, Attendee.name, Attendee.phone, Ticket.id)
            .join(Attendee, Ticket.attendee_id == Attendee.id)
            .where(
                Ticket.session_id.in_(part),
                Ticket.status != TicketStatus.CANCELLED,
                Attendee.phone != "",
            )
        ):
            existing[(sid, name, phone)] = tid
    seen: dict[tuple[int, str, str], int] = {}
    good = []
    for r in rows:
        if r.phone:
            key = (r.session_id, r.name, r.phone)
            params = {"name": r.name, "phone": mask_phone(r.phone)}
            if key in existing:
                errors.append(
                    RowError(r.row, "", DUPLICATE_PERSON, {**params, "ticket": existing[key]})
                )
                continue
            if key in seen:
                errors.append(
                    RowError(r.row, "", DUPLICATE_IN_FILE, {**params, "other": seen[key]})
                )
                continue
            seen[key] = r.row
        left = free[r.session_id]
        if r.headcount <= left:
            free[r.session_id] = left - r.headcount
        elif waitlist:
            r.waitlisted = True
        else:
            errors.append(
                RowError(
                    r.row,
                    "",
                    OVER_CAPACITY,
                    {"session": r.session_id, "free": max(0, left), "count": r.headcount},
                )
            )
            continue
        good.append(r)
    return good
