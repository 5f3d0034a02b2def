"""Badge check-in and check-out at the station, and the hours they make."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from scipop.errors import DomainError
from scipop.models import AssignmentStatus, AuditEntry, Scan, ShiftScan, ShiftScanOutcome
from scipop.tickets.keys import key_cache, load_keyring
from scipop.volunteers.dto import ShiftData
from tests.fixtures.volunteer_world import SHOW_DAY, build_volunteers

IN, OUT, NO = ShiftScanOutcome.CHECKED_IN, ShiftScanOutcome.CHECKED_OUT, ShiftScanOutcome.REJECTED
H = timedelta(hours=1)


@pytest.fixture
def store(any_store):
    """SQLite, and PostgreSQL too when SCIPOP_TEST_DATABASE_URL is set."""
    return any_store


@pytest.fixture
def services(any_services):
    return any_services


@pytest.fixture
def world(store):
    return build_volunteers(store)


@pytest.fixture
def shift(services, world):
    """张伟 at the sphere hall's door, 10:00–14:00."""
    x = services.shifts.create(
        ShiftData(
            room_id=world.shows.room, role="检票", starts_at=SHOW_DAY, ends_at=SHOW_DAY + 4 * H
        )
    )
    services.assignments.assign(x.id, world.zhang)
    return x.id


def scan(services, code, at):
    return services.volunteer_checkin.scan(code, station="东门", operator="值班", now=at)


def test_scans_check_in_then_out_and_the_hours_follow(services, world, shift):
    code = services.volunteer_codes.code(world.zhang)
    assert code.startswith("SV") and len(code) == 26
    first = scan(services, code, SHOW_DAY - 0.5 * H)  # early: within the 60-min window
    assert first.outcome == IN and first.role == "检票" and first.room_name == "球幕/数字球 展厅"
    assert "张伟" in first.message and "10:00–14:00" in first.message
    last = scan(services, code, SHOW_DAY + 3.5 * H)
    assert last.outcome == OUT and last.worked_hours == 3.5  # counted from the planned start
    hours = services.hours.by_volunteer(SHOW_DAY.date(), SHOW_DAY.date())
    assert [(h.name, h.planned_hours, h.worked_hours, h.shifts) for h in hours] == [
        ("张伟", 4.0, 3.5, 1)
    ]
    again = scan(services, code, SHOW_DAY + 3.6 * H)
    assert again.outcome == NO and "already checked out" in again.message


def test_a_missing_check_out_counts_to_the_planned_end_and_is_flagged(services, world, shift):
    code = services.volunteer_codes.code(world.zhang)
    scan(services, code, SHOW_DAY + 0.5 * H)
    day = SHOW_DAY.date()
    later = SHOW_DAY + 8 * H
    [line] = services.hours.for_volunteer(world.zhang, day, day, now=later)
    assert line.status == AssignmentStatus.CHECKED_IN
    assert (line.worked_hours, line.missing_checkout) == (3.5, True)
    # while the shift runs, it counts up to now
    [line] = services.hours.for_volunteer(world.zhang, day, day, now=SHOW_DAY + 2 * H)
    assert line.worked_hours == 1.5
    [org] = services.hours.by_organization(day, day, now=later)
    assert (org.organization_name, org.volunteers, org.worked_hours) == (
        "北京市科学技术协会",
        1,
        3.5,
    )


def test_a_manual_correction_wins_over_the_scans_and_is_audited(services, world, shift):
    code = services.volunteer_codes.code(world.zhang)
    scan(services, code, SHOW_DAY)
    scan(services, code, SHOW_DAY + 1 * H)
    [line] = services.hours.for_volunteer(world.zhang, SHOW_DAY.date(), SHOW_DAY.date())
    services.assignments.correct(
        line.assignment_id, SHOW_DAY, SHOW_DAY + 4 * H, "扫码枪故障，实际在岗到14点"
    )
    [line] = services.hours.for_volunteer(world.zhang, SHOW_DAY.date(), SHOW_DAY.date())
    assert (line.worked_hours, line.corrected) == (4.0, True)
    assert line.correction_note == "扫码枪故障，实际在岗到14点"
    with services.store.uow() as uow:
        entry = uow.session.execute(
            select(AuditEntry.summary, AuditEntry.before, AuditEntry.after).where(
                AuditEntry.action == "correct"
            )
        ).one()
    assert "扫码枪故障" in entry.summary and "corrected_out_at" in entry.after
    assert '"corrected_out_at": null' in entry.before


def test_a_reissued_badge_revokes_the_old_code(services, world, shift):
    old = services.volunteer_codes.code(world.zhang)
    new = services.volunteer_codes.reissue(world.zhang)
    assert new != old
    refused = scan(services, old, SHOW_DAY)
    assert refused.outcome == NO and "replaced" in refused.message
    assert scan(services, new, SHOW_DAY).outcome == IN


def test_ticket_codes_and_badge_codes_never_pass_for_each_other(services, store, world, shift):
    with store.uow(write=True) as uow:
        ring = load_keyring(uow.session)
        uow.commit()
    key_cache(store).forget()
    ticket_like = ring.sign(world.zhang, 1)  # a ticket code with the same number
    refused = scan(services, ticket_like, SHOW_DAY)
    assert refused.outcome == NO and refused.volunteer_id is None
    badge = ring.sign_volunteer(world.zhang, 1)
    assert not ring.is_genuine(badge)
    # a badge body relabelled as a ticket (or back) fails the signature
    assert not ring.is_genuine("SP" + badge[2:])
    with pytest.raises(Exception, match="not genuine"):
        ring.verify_volunteer("SV" + ticket_like[2:])


def test_every_badge_scan_is_logged_and_the_door_counters_do_not_move(
    services, store, world, shift
):
    code = services.volunteer_codes.code(world.zhang)
    scan(services, "SV-NOT-A-BADGE", SHOW_DAY)
    scan(services, services.volunteer_codes.code(world.li), SHOW_DAY)  # 李娜 has no shift
    scan(services, code, SHOW_DAY)
    scan(services, code, SHOW_DAY + 30 / 3600 * H)  # a second scan right after: refused
    with store.uow() as uow:
        rows = uow.session.execute(
            select(ShiftScan.outcome, ShiftScan.station, ShiftScan.reason).order_by(ShiftScan.id)
        ).all()
        tickets_scanned = uow.session.scalar(select(func.count()).select_from(Scan))
    assert [r.outcome for r in rows] == [NO, NO, IN, NO]
    assert "no shift" in rows[1].reason and "just checked in" in rows[3].reason
    assert {r.station for r in rows} == {"东门"}
    assert tickets_scanned == 0


def test_an_inactive_volunteer_and_a_shift_far_ahead_are_refused(services, world, shift):
    gone = scan(services, services.volunteer_codes.code(world.gone), SHOW_DAY)
    assert gone.outcome == NO and "inactive" in gone.message
    early = scan(services, services.volunteer_codes.code(world.zhang), SHOW_DAY - 2 * H)
    assert early.outcome == NO and "next one is 检票" in early.message


def test_shifts_that_ended_without_a_check_in_become_no_shows(services, world, shift):
    assert services.assignments.mark_no_shows(before=SHOW_DAY + 3 * H) == 0
    assert services.assignments.mark_no_shows(before=SHOW_DAY + 4 * H) == 1
    [h] = services.hours.by_volunteer(SHOW_DAY.date(), SHOW_DAY.date())
    assert (h.no_shows, h.worked_hours, h.planned_hours) == (1, 0.0, 4.0)
    # arriving late after all: the badge still checks in within the shift
    late = scan(services, services.volunteer_codes.code(world.zhang), SHOW_DAY + 3.9 * H)
    assert late.outcome == IN


def test_a_forgotten_check_out_does_not_swallow_the_next_shifts_check_in(services, world, shift):
    later = services.shifts.create(
        ShiftData(room_id=world.shows.room, role="引导", starts_at=SHOW_DAY + 6 * H,
                  ends_at=SHOW_DAY + 8 * H)
    )  # fmt: skip
    services.assignments.assign(later.id, world.zhang)
    code = services.volunteer_codes.code(world.zhang)
    scan(services, code, SHOW_DAY)  # in to 10:00–14:00, never out
    got = scan(services, code, SHOW_DAY + 5.5 * H)  # 15:30, for the 16:00 shift
    assert got.outcome == IN and got.shift_id == later.id
    day = SHOW_DAY.date()
    lines = services.hours.for_volunteer(world.zhang, day, day, now=SHOW_DAY + 9 * H)
    assert [(x.worked_hours, x.missing_checkout) for x in lines] == [(4.0, True), (2.0, True)]
    out = scan(services, code, SHOW_DAY + 8 * H)
    assert out.outcome == OUT and out.shift_id == later.id and out.worked_hours == 2.0


def test_someone_who_checked_in_cannot_be_taken_off_the_shift(services, world, shift):
    scan(services, services.volunteer_codes.code(world.zhang), SHOW_DAY)
    [line] = services.hours.for_volunteer(world.zhang, SHOW_DAY.date(), SHOW_DAY.date())
    with pytest.raises(DomainError, match="hours stay"):
        services.assignments.unassign(line.assignment_id)
    services.assignments.assign(shift, world.li, accept_warnings=True)  # over the 1 needed
    other = next(a for a in services.assignments.for_shift(shift) if a.volunteer_name == "李娜")
    services.assignments.unassign(other.id)
    assert [a.volunteer_name for a in services.assignments.for_shift(shift)] == ["张伟"]


def test_a_badge_scan_of_any_text_is_logged_escaped(services, store, world, shift):
    """A badge scan is logged whatever the scanner sent, as the door's scans are: NUL, other
    controls and lone surrogates escaped (PostgreSQL refuses a NUL in text), bounded."""
    code = services.volunteer_codes.code(world.zhang)
    junk = "SV\x00\ud800" + "Q" * 30
    checkin = services.volunteer_checkin
    refused = checkin.scan(junk, station="东门\x00", operator="值\x07班", now=SHOW_DAY)
    taken = checkin.scan(code, station="东门\x00", operator="值班", now=SHOW_DAY)
    assert refused.outcome == NO and taken.outcome == IN
    with store.uow() as uow:
        rows = uow.session.execute(
            select(ShiftScan.raw_code, ShiftScan.station, ShiftScan.operator).order_by(ShiftScan.id)
        ).all()
    assert rows[0].raw_code.startswith("SV\\x00\\ud800QQ")
    assert {r.station for r in rows} == {"东门\\x00"} and rows[0].operator == "值\\x07班"
    assert all("\x00" not in "".join(r) for r in rows)
