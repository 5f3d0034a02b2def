"""Registration stories: places, the waiting list, groups, walk-ins, cancel, re-issue, move."""

from __future__ import annotations

import pytest

from scipop.app import Services
from scipop.errors import CapacityExceeded, Conflict, InvalidInput, NotFound, ValidationError
from scipop.models import AuditEntry, ScanVerdict, TicketKind, TicketStatus
from scipop.registration.dto import Registrant
from scipop.tickets.codes import InvalidCode, parse_scanned
from scipop.tickets.qr import make as make_qr
from scipop.timeutil import to_local
from tests.fixtures.tickets_world import build_shows


@pytest.fixture
def store(any_store):
    """SQLite, and PostgreSQL too when SCIPOP_TEST_DATABASE_URL is set."""
    return any_store


@pytest.fixture
def world(store):
    return build_shows(store, capacity=60, morning=3)


def person(name: str, phone: str = "", **kw) -> Registrant:
    return Registrant(name=name, phone=phone, **kw)


def test_registering_gives_an_active_ticket_with_a_verifiable_code(services: Services, world):
    t = services.registration.register(world.noon, person("张伟", "138 0013 8000", email="zw@x.cn"))
    assert t.status == TicketStatus.ACTIVE and t.kind == TicketKind.SINGLE
    assert t.phone == "+8613800138000" and t.phone_masked == "138****8000"
    assert t.event_title == "数字球幕秀：蓝色星球" and t.room_name == "球幕/数字球 展厅"
    assert services.tickets.by_code(t.code.lower()).id == t.id
    assert make_qr(t.code).version <= 3


def test_registration_past_capacity_joins_the_waiting_list_in_order(services: Services, world):
    reg = services.registration
    for name in ("甲", "乙", "丙"):
        assert reg.register(world.morning, person(name)).status == TicketStatus.ACTIVE
    fourth = reg.register(world.morning, person("丁"))
    fifth = reg.register(world.morning, person("戊"))
    assert (fourth.status, fourth.waitlist_position, fourth.code) == (
        TicketStatus.WAITLISTED,
        1,
        None,
    )
    assert fifth.waitlist_position == 2
    cap = services.tickets.capacity(world.morning)
    assert (cap.booked, cap.free, cap.waiting, cap.waiting_tickets) == (3, 0, 2, 2)


def test_full_session_refuses_when_the_waiting_list_is_not_wanted(services: Services, world):
    for name in ("甲", "乙", "丙"):
        services.registration.register(world.morning, person(name))
    with pytest.raises(CapacityExceeded, match="0 place"):
        services.registration.register(world.morning, person("丁"), waitlist=False)


def test_cancelling_a_ticket_promotes_the_first_on_the_waiting_list(services: Services, world):
    reg = services.registration
    first = reg.register(world.morning, person("甲"))
    reg.register(world.morning, person("乙"))
    reg.register(world.morning, person("丙"))
    waiting1 = reg.register(world.morning, person("丁"))
    waiting2 = reg.register(world.morning, person("戊"))
    result = reg.cancel(first.id, reason="家里有事")
    assert result.ticket.status == TicketStatus.CANCELLED
    assert [t.attendee_name for t in result.promoted] == ["丁"]
    promoted = services.tickets.get(waiting1.id)
    assert promoted.status == TicketStatus.ACTIVE and promoted.code
    assert services.tickets.get(waiting2.id).waitlist_position == 1
    assert services.tickets.capacity(world.morning).booked == 3


def test_a_group_that_does_not_fit_waits_while_a_single_behind_it_is_promoted(
    services: Services, world
):
    reg = services.registration
    a = reg.register(world.morning, person("甲"))
    reg.register(world.morning, person("乙"))
    reg.register(world.morning, person("丙"))
    group = reg.register(world.morning, person("王老师", "13900001111", headcount=41))
    single = reg.register(world.morning, person("丁"))
    result = reg.cancel(a.id)
    assert [t.id for t in result.promoted] == [single.id]
    still = services.tickets.get(group.id)
    assert (still.status, still.waitlist_position) == (TicketStatus.WAITLISTED, 1)


def test_cancelling_a_waiting_ticket_closes_the_gap(services: Services, world):
    reg = services.registration
    for name in ("甲", "乙", "丙"):
        reg.register(world.morning, person(name))
    w1, w2, w3 = (reg.register(world.morning, person(n)) for n in ("丁", "戊", "己"))
    assert reg.cancel(w2.id).promoted == []
    assert [(t.id, t.waitlist_position) for t in services.tickets.waiting_list(world.morning)] == [
        (w1.id, 1),
        (w3.id, 2),
    ]


def test_reissued_ticket_old_code_is_revoked(services: Services, world):
    reg = services.registration
    t = reg.register(world.noon, person("李娜", "13600000001"))
    new = reg.reissue(t.id)
    assert new.code != t.code and new.generation == t.generation + 1
    old_scan = reg.admit(t.code, world.noon, station="东门")
    assert old_scan.verdict == ScanVerdict.REVOKED and not old_scan.accepted
    assert reg.admit(new.code, world.noon, station="东门").verdict == ScanVerdict.ACCEPTED
    with pytest.raises(NotFound):
        services.tickets.by_code(t.code)


def test_cancelled_ticket_code_is_revoked_at_the_door(services: Services, world):
    reg = services.registration
    t = reg.register(world.noon, person("刘洋"))
    reg.cancel(t.id)
    assert reg.admit(t.code, world.noon).verdict == ScanVerdict.REVOKED
    with pytest.raises(Conflict, match="already cancelled"):
        reg.cancel(t.id)


def test_group_ticket_admits_32_of_40_then_the_rest(services: Services, world):
    reg = services.registration
    group = reg.register(
        world.noon,
        person(
            "王老师", "13900001111", organization="北京市第四中学", category="teacher", headcount=40
        ),
    )
    assert group.kind == TicketKind.GROUP and group.headcount == 40
    first = reg.admit(group.code, world.noon, count=32, station="东门", operator="志愿者小李")
    assert (first.verdict, first.admitted) == (ScanVerdict.PARTIAL, 32)
    assert "32 of 40 arrived" in first.message
    too_many = reg.admit(group.code, world.noon, count=9, station="西门")
    assert too_many.verdict == ScanVerdict.DUPLICATE and "only 8 of 40" in too_many.message
    rest = reg.admit(group.code, world.noon, station="西门")
    assert (rest.verdict, rest.admitted, rest.ticket.arrived) == (ScanVerdict.ACCEPTED, 8, 40)
    again = reg.admit(group.code, world.noon, station="西门")
    assert again.verdict == ScanVerdict.DUPLICATE and "东门" in again.message
    scans = services.tickets.scans(group.id)
    assert [s.verdict for s in scans] == [
        ScanVerdict.PARTIAL,
        ScanVerdict.DUPLICATE,
        ScanVerdict.ACCEPTED,
        ScanVerdict.DUPLICATE,
    ]
    assert scans[0].operator == "志愿者小李" and scans[0].admitted == 32


def test_second_scan_of_same_ticket_is_rejected_with_first_scan_time(services: Services, world):
    reg = services.registration
    t = reg.register(world.noon, person("陈静"))
    ok = reg.admit(f"]Q1{t.code}\r\n", world.noon, station="东门")
    assert ok.verdict == ScanVerdict.ACCEPTED and ok.message == "Welcome, 陈静."
    dup = reg.admit(t.code, world.noon, station="西门")
    assert dup.verdict == ScanVerdict.DUPLICATE
    first_at = to_local(services.tickets.get(t.id).first_scan_at)
    assert f"was admitted at {first_at:%H:%M:%S} at 东门" in dup.message


def test_every_rejected_scan_is_logged_with_its_reason(services: Services, world, store):
    reg = services.registration
    t = reg.register(world.noon, person("杨磊"))
    forged = t.code[:-1] + ("0" if t.code[-1] != "0" else "1")
    refused = reg.admit(forged, world.noon)
    assert refused.verdict == ScanVerdict.INVALID
    assert refused.context == "errors" and "not genuine" in refused.message
    assert reg.admit("hello", world.noon).verdict == ScanVerdict.INVALID
    wrong = reg.admit(t.code, world.morning)
    assert wrong.context == "scan"
    assert wrong.verdict == ScanVerdict.WRONG_SESSION and "12:00" in wrong.message
    from sqlalchemy import select

    from scipop.models import Scan

    with store.uow() as uow:
        rows = uow.session.execute(select(Scan.verdict, Scan.reason, Scan.ticket_id)).all()
    assert [r.verdict for r in rows] == [
        ScanVerdict.INVALID,
        ScanVerdict.INVALID,
        ScanVerdict.WRONG_SESSION,
    ]
    assert "not genuine" in rows[0].reason and rows[0].ticket_id is None
    assert "not a ticket code" in rows[1].reason
    assert rows[2].ticket_id == t.id


def test_a_waitlisted_ticket_is_not_admitted(services: Services, world):
    reg = services.registration
    for name in ("甲", "乙", "丙"):
        reg.register(world.morning, person(name))
    waiting = reg.register(world.morning, person("丁"))
    moved = reg.move(waiting.id, world.noon)
    assert moved.ticket.status == TicketStatus.ACTIVE and moved.ticket.code
    back = reg.move(moved.ticket.id, world.morning, waitlist=True)
    assert back.ticket.status == TicketStatus.WAITLISTED
    result = reg.admit(moved.ticket.code, world.morning)
    assert result.verdict == ScanVerdict.FULL and "waiting list" in result.message


def test_walk_in_gets_a_ticket_on_the_spot_and_is_admitted(services: Services, world):
    t = services.registration.walk_in(world.noon, "赵敏", "13700000002", station="东门").ticket
    assert t.status == TicketStatus.ACTIVE and t.arrived == 1 and t.first_scan_station == "东门"
    scans = services.tickets.scans(t.id)
    assert [s.verdict for s in scans] == [ScanVerdict.ACCEPTED]
    assert services.registration.admit(t.code, world.noon).verdict == ScanVerdict.DUPLICATE


def test_walk_in_to_a_full_session_is_refused_not_waitlisted(services: Services, world):
    for name in ("甲", "乙", "丙"):
        services.registration.register(world.morning, person(name))
    with pytest.raises(CapacityExceeded):
        services.registration.walk_in(world.morning, "黄勇")
    assert services.tickets.capacity(world.morning).waiting == 0


def test_the_same_person_twice_for_a_session_is_refused(services: Services, world):
    reg = services.registration
    reg.register(world.noon, person("周杰", "13800000003"))
    with pytest.raises(Conflict, match=r"周杰 \(138\*\*\*\*0003\) is already registered"):
        reg.register(world.noon, person("周杰", "138-0000-0003"))
    # same person, another session: fine, and the attendee record is shared
    other = reg.register(world.afternoon, person("周杰", "13800000003"))
    assert len(services.tickets.for_attendee(other.attendee_id)) == 2


def test_moving_a_ticket_checks_capacity_and_promotes_in_the_old_session(services: Services, world):
    reg = services.registration
    a = reg.register(world.morning, person("甲"))
    reg.register(world.morning, person("乙"))
    reg.register(world.morning, person("丙"))
    waiting = reg.register(world.morning, person("丁"))
    moved = reg.move(a.id, world.noon)
    assert moved.ticket.session_id == world.noon and moved.ticket.code == a.code
    assert [t.id for t in moved.promoted] == [waiting.id]
    # the code printed before the move still admits, at the new session
    assert reg.admit(a.code, world.noon).verdict == ScanVerdict.ACCEPTED
    latecomer = reg.register(world.afternoon, person("戊"))
    with pytest.raises(CapacityExceeded, match="full"):
        reg.move(latecomer.id, world.morning)
    assert services.tickets.get(latecomer.id).session_id == world.afternoon


def test_a_waiting_ticket_moved_to_another_full_session_queues_at_its_end(
    services: Services, world
):
    reg = services.registration
    for name in ("甲", "乙", "丙"):
        reg.register(world.morning, person(name))
    w1 = reg.register(world.morning, person("丁"))
    w2 = reg.register(world.morning, person("戊"))
    for i in range(60):
        reg.register(world.noon, person(f"观众{i}"))
    n1 = reg.register(world.noon, person("己"))
    moved = reg.move(w1.id, world.noon, waitlist=True)
    assert (moved.ticket.status, moved.ticket.waitlist_position) == (TicketStatus.WAITLISTED, 2)
    assert [t.id for t in services.tickets.waiting_list(world.noon)] == [n1.id, w1.id]
    assert [(t.id, t.waitlist_position) for t in services.tickets.waiting_list(world.morning)] == [
        (w2.id, 1)
    ]


def test_used_tickets_cannot_be_cancelled_or_moved(services: Services, world):
    reg = services.registration
    t = reg.register(world.noon, person("吴婷"))
    reg.admit(t.code, world.noon)
    with pytest.raises(Conflict, match="already been used"):
        reg.cancel(t.id)
    with pytest.raises(Conflict, match="already been used"):
        reg.move(t.id, world.afternoon)


def test_bad_registrations_list_every_problem(services: Services, world):
    with pytest.raises(InvalidInput) as exc:
        services.registration.register(world.noon, person("", "abc", headcount=0))
    assert set(exc.value.by_field()) == {"name", "phone", "headcount"}
    with pytest.raises(ValidationError):
        services.registration.register(world.noon, person("张三", category="alien"))
    with pytest.raises(NotFound):
        services.registration.register(99999, person("张三"))


def test_key_rotation_keeps_old_codes_valid_and_signs_new_ones_with_the_new_key(
    services: Services, world
):
    reg = services.registration
    old = reg.register(world.noon, person("甲"))
    new_key = reg.rotate_key()
    fresh = reg.register(world.noon, person("乙"))
    assert parse_scanned(fresh.code)[2:4] != old.code[2:4]
    assert services.tickets.by_code(old.code).id == old.id
    assert reg.admit(old.code, world.noon).verdict == ScanVerdict.ACCEPTED
    assert reg.reissue(old.id).code[2:4] == fresh.code[2:4]
    assert new_key > 1


def test_every_change_is_audited(services: Services, world, store):
    reg = services.registration
    t = reg.register(world.noon, person("甲"))
    reg.reissue(t.id)
    reg.move(t.id, world.afternoon)
    reg.cancel(t.id)
    from sqlalchemy import select

    with store.uow() as uow:
        actions = uow.session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "ticket").order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "reissue", "move", "cancel"]


def test_printable_tickets_carry_everything_the_pdf_needs(services: Services, world):
    reg = services.registration
    reg.register(world.noon, person("张伟"))
    reg.register(world.noon, person("王老师", headcount=40, category="teacher"))
    for name in ("甲", "乙", "丙"):
        reg.register(world.morning, person(name))
    reg.register(world.morning, person("丁"))  # waitlisted: nothing to print
    noon = services.tickets.printable(session_id=world.noon)
    assert [(p.attendee_name, p.headcount) for p in noon] == [("张伟", 1), ("王老师", 40)]
    assert noon[0].venue_name == "北京科学中心" and noon[1].category == "teacher"
    assert len(services.tickets.printable(session_id=world.morning)) == 3


def test_search_finds_tickets_by_name_phone_school_or_event(services: Services, world):
    reg = services.registration
    reg.register(world.noon, person("张伟", "13800000001", organization="北京景山学校"))
    reg.register(world.afternoon, person("李娜", "13900000002"))
    assert [t.attendee_name for t in services.tickets.search("景山")] == ["张伟"]
    assert [t.attendee_name for t in services.tickets.search("139000")] == ["李娜"]
    assert len(services.tickets.search("蓝色星球")) == 2
    assert services.tickets.count("张") == 1
    assert services.tickets.count(session_id=world.afternoon) == 1


def test_ticket_search_takes_percent_and_underscore_literally(services: Services, world):
    reg = services.registration
    reg.register(world.noon, person("张_伟", "13800000001", organization="100%科学社"))
    reg.register(world.afternoon, person("张大伟", "13900000002"))
    assert [t.attendee_name for t in services.tickets.search("张_伟")] == ["张_伟"]
    assert [t.attendee_name for t in services.tickets.search("%")] == ["张_伟"]
    assert services.tickets.count("_") == 1


def test_a_scan_before_any_ticket_was_issued_is_logged_as_invalid(services: Services, world):
    result = services.registration.admit("SP01000000101ABCDEFGHJKMN", world.noon, station="东门")
    assert result.verdict == ScanVerdict.INVALID and result.ticket is None
    with pytest.raises(InvalidCode):
        services.tickets.by_code("SP01000000101ABCDEFGHJKMN")


def test_someone_on_the_attendee_list_registers_for_another_session(services: Services, world):
    reg = services.registration
    first = reg.register(world.noon, person("欧阳子涵"))  # no phone: matched by record, not name
    second = reg.register_existing(world.afternoon, first.attendee_id)
    assert second.attendee_id == first.attendee_id and second.status == TicketStatus.ACTIVE
    with pytest.raises(Conflict, match="already registered"):
        reg.register_existing(world.afternoon, first.attendee_id)
    with pytest.raises(NotFound):
        reg.register_existing(world.afternoon, 424242)
