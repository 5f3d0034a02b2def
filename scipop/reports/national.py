"""The national survey's figures per organization: sessions held and people, per category."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from scipop.models import EventKind, OrganizerRole
from scipop.reports.queries import Organizer, SessionFigures
from scipop.reports.survey import COUNTED, SurveyCategory


@dataclass
class NationalRow:
    """One organization in one role: per counted category, sessions held and attendance."""

    organization_id: int
    name: str
    name_en: str
    role: OrganizerRole
    held: dict[SurveyCategory, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))
    people: dict[SurveyCategory, int] = field(default_factory=lambda: dict.fromkeys(COUNTED, 0))

    def flat(self) -> list[int]:
        out: list[int] = []
        for category in COUNTED:
            out += [self.held[category], self.people[category]]
        return out


def national_rows(
    figures: list[SessionFigures],
    organizers: list[Organizer],
    mapping: dict[EventKind, SurveyCategory],
) -> list[NationalRow]:
    """Rows by organization name, each organization's lead row before its co-organizer row."""
    by_event: dict[int, list[SessionFigures]] = defaultdict(list)
    for f in figures:
        by_event[f.event_id].append(f)
    rows: dict[tuple[int, OrganizerRole], NationalRow] = {}
    for o in organizers:
        row = rows.setdefault(
            (o.organization_id, o.role), NationalRow(o.organization_id, o.name, o.name_en, o.role)
        )
        for f in by_event.get(o.event_id, []):
            category = mapping.get(f.kind, SurveyCategory.NONE)
            if category is SurveyCategory.NONE:
                continue
            row.held[category] += 1
            row.people[category] += f.checked_in
    return sorted(rows.values(), key=lambda r: (r.name, r.role != OrganizerRole.LEAD))
