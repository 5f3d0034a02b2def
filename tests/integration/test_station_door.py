"""The door's verdicts, as a volunteer meets them: every scan logged, first scan wins."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from scipop.app import Services
from scipop.errors import CapacityExceeded, DomainError
from scipop.models import AuditEntry, Scan, ScanMethod, ScanVerdict
from scipop.registration import verdicts as V
from scipop.registration.dto import Registrant
from scipop.station.config import PinKind
from scipop.station.service import Mode
from tests.fixtures.station_world import build_door


@pytest.fixture
def door(any_services: Services):
    return any_services, build_door(any_services.store)


def scan(services: Services, code: str, session_id: int, **kw):
    return services.station.scan(code, session_id, station="东门", operator="志愿者", **kw)


def scan_rows(services: Services) -> int:
    with services.store.uow() as uow:
        return uow.session.scalar(select(func.count()).select_from(Scan))


def test_first_scan_is_welcomed_and_second_is_already_used_with_first_time_and_door(door):
    services, w = door
    first = scan(services, w.tickets["张伟"].code, w.now_show)
    again = scan(services, w.tickets["张伟"].code.lower(), w.now_show)
    assert first.verdict == ScanVerdict.ACCEPTED and first.ticket.attendee_name == "张伟"
    assert first.in_hall == 1 and first.hall_capacity == 60
    assert again.verdict == ScanVerdict.DUPLICATE
    assert again.first_station == "东门" and again.first_at == first.at
    assert again.params["first_station"] == "东门"


def test_door_opens_thirty_minutes_before_and_closes_at_the_end_by_default(door):
    services, w = door
    assert scan(services, w.tickets["later"].code, w.later).verdict == ScanVerdict.NOT_OPEN
    assert scan(services, w.tickets["over"].code, w.over).verdict == ScanVerdict.CLOSED
    services.station.config.set_window(240, 0)
    assert scan(services, w.tickets["later"].code, w.later).verdict == ScanVerdict.ACCEPTED


def test_ticket_of_a_cancelled_session_is_refused(door):
    services, w = door
    result = scan(services, w.tickets["cancelled"].code, w.cancelled)
    assert result.verdict == ScanVerdict.CANCELLED


def test_wrong_session_says_which_and_move_here_admits_when_there_is_room(door):
    services, w = door
    wrong = scan(services, w.tickets["later"].code, w.now_show)
    assert wrong.verdict == ScanVerdict.WRONG_SESSION and wrong.ticket.session_id == w.later
    moved = services.station.move_here(wrong.ticket_id, w.now_show, station="东门")
    assert moved.verdict == ScanVerdict.ACCEPTED and moved.method == ScanMethod.MOVE


def test_move_here_is_refused_when_this_session_is_full(door):
    services, w = door
    for i in range(3):  # the last 3 places of the show open now
        services.registration.register(w.now_show, Registrant(name=f"观众{i}"))
    with pytest.raises(CapacityExceeded):
        services.station.move_here(w.tickets["later"].id, w.now_show, station="东门")


def test_hall_full_refuses_until_a_supervisor_overrides_and_it_is_audited(any_services):
    w = build_door(any_services.store, hall=2)
    st_ = any_services.station
    assert scan(any_services, w.tickets["张伟"].code, w.now_show).verdict == ScanVerdict.ACCEPTED
    full = scan(any_services, w.tickets["group"].code, w.now_show)
    assert full.verdict == ScanVerdict.FULL and full.params["in_hall"] == 1
    st_.config.set_pin(PinKind.SUPERVISOR, "2468")
    with pytest.raises(DomainError):
        st_.override(full.ticket_id, w.now_show, "1111", station="东门")
    ok = st_.override(full.ticket_id, w.now_show, "2468", station="东门", count=5)
    assert ok.verdict == ScanVerdict.PARTIAL and ok.in_hall == 6
    with any_services.store.uow() as uow:
        actions = uow.session.scalars(select(AuditEntry.action)).all()
    assert "override" in actions


def test_pins_are_stored_hashed_never_as_text(services):
    services.station.config.set_pin(PinKind.STAFF, "13579")
    with services.store.uow() as uow:
        from scipop.models import Setting

        stored = uow.session.get(Setting, "station.pin.staff").value
    assert "13579" not in stored and "scrypt" in stored
    assert services.station.config.check_pin(PinKind.STAFF, "13579")
    assert not services.station.config.check_pin(PinKind.STAFF, "13578")


def test_group_arrives_in_parts_and_exit_mode_and_minus_one_empty_the_hall(door):
    services, w = door
    code = w.tickets["group"].code
    part = scan(services, code, w.now_show, count=32)
    assert part.verdict == ScanVerdict.PARTIAL and part.params["arrived"] == 32
    rest = scan(services, code, w.now_show)
    assert rest.verdict == ScanVerdict.ACCEPTED and rest.in_hall == 40
    out = scan(services, code, w.now_show, mode=Mode.EXIT)
    assert out.verdict == ScanVerdict.EXIT and out.in_hall == 0 and out.admitted == -40
    scan(services, w.tickets["张伟"].code, w.now_show)
    assert services.station.minus_one(w.now_show, station="东门").in_hall == 0
    assert services.station.counters(w.now_show).checked_in == 41


def test_undo_takes_back_the_last_check_in_once_and_is_audited(door):
    services, w = door
    first = scan(services, w.tickets["李娜"].code, w.now_show)
    undone = services.station.undo(first.scan_id, station="东门")
    assert undone.verdict == ScanVerdict.UNDONE and undone.in_hall == 0
    with pytest.raises(DomainError):
        services.station.undo(first.scan_id, station="东门")
    assert scan(services, w.tickets["李娜"].code, w.now_show).verdict == ScanVerdict.ACCEPTED
    with services.store.uow() as uow:
        assert "undo" in uow.session.scalars(select(AuditEntry.action)).all()


def test_check_in_by_hand_is_logged_as_manual_and_walk_in_is_admitted(door):
    services, w = door
    found = services.station.lookup(w.now_show, "LN")
    assert [r.name for r in found] == ["李娜"] and found[0].phone_masked == "139****1111"
    assert [r.name for r in services.station.lookup(w.now_show, "5678")] == ["张伟"]
    assert [r.name for r in services.station.lookup(w.now_show, "王")] == ["王老师"]
    manual = services.station.check_in_by_hand(found[0].ticket_id, w.now_show, station="东门")
    assert manual.verdict == ScanVerdict.ACCEPTED and manual.method == ScanMethod.MANUAL
    walk = services.registration.walk_in(w.now_show, "刘一", "13311112222", station="东门").ticket
    assert walk.arrived == 1
    assert services.station.counters(w.now_show).in_hall == 2


def test_code_signed_with_a_retired_key_does_not_admit_a_ticket_reissued_under_the_new_key(door):
    services, w = door
    old = w.tickets["张伟"]
    services.registration.rotate_key()
    new = services.registration.reissue(old.id)
    # a forger holding the old key signs the ticket's new generation with it
    from scipop.tickets.codes import sign
    from scipop.tickets.keys import load_keyring

    with services.store.uow() as uow:
        ring = load_keyring(uow.session, create=False)
    old_key = min(ring.keys)
    forged = sign(ring.keys[old_key], old_key, old.id, new.generation)
    assert scan(services, forged, w.now_show).verdict == ScanVerdict.REVOKED
    assert scan(services, new.code, w.now_show).verdict == ScanVerdict.ACCEPTED


def test_a_ticket_with_no_code_issued_is_admitted_by_no_code(door):
    """A ticket holds the key its code was issued under; one with none (no code issued)
    is admitted by no code at all, however well signed."""
    services, w = door
    from sqlalchemy import update

    from scipop.models import Ticket

    t = w.tickets["李娜"]
    with services.store.uow(write=True) as uow:
        uow.session.execute(update(Ticket).where(Ticket.id == t.id).values(key_id=None))
        uow.commit()
    result = scan(services, t.code, w.now_show)
    assert result.verdict == ScanVerdict.REVOKED and result.template == V.REVOKED
    assert services.station.counters(w.now_show).checked_in == 0


@pytest.mark.parametrize(
    "junk",
    [
        "",
        "\x00",
        "SP\x00" * 10,
        "\ud800abc",
        "x" * 1_000_000,
        "]Q3\\000026" + "Z" * 26,
        "\u202e\ufeff",
    ],
)
def test_any_text_gets_a_verdict_and_a_scan_row(door, junk):
    services, w = door
    before = scan_rows(services)
    result = scan(services, junk, w.now_show)
    assert result.verdict == ScanVerdict.INVALID
    assert scan_rows(services) == before + 1


def test_a_megabyte_of_junk_is_refused_before_any_lock(door, monkeypatch):
    """Capped first (nothing reads more than MAX_SCAN_CHARS of it), verified with no unit of
    work open and no lock held, and only then one short write: the scan row."""
    services, w = door
    from scipop.registration import admission
    from scipop.registration.scanlog import MAX_SCAN_CHARS
    from scipop.store import uow as uow_module
    from scipop.tickets import codes

    scan(services, "warm-up", w.now_show)  # the window setting is read (and cached) once
    writes, open_units, seen = [], [], []
    real_uow, real_verify, real_normalise = (
        uow_module.Store.uow, admission.verify, codes.normalise
    )  # fmt: skip

    class Counted:
        def __init__(self, unit):
            self.unit = unit

        def __enter__(self):
            open_units.append(self)
            return self.unit.__enter__()

        def __exit__(self, *exc):
            open_units.remove(self)
            return self.unit.__exit__(*exc)

    def uow(self, **kw):
        writes.append(kw)
        return Counted(real_uow(self, **kw))

    def verify(store, text):
        free = []
        if store.database_file is not None:  # SQLite: another connection can take the lock
            import sqlite3 as sqlite

            probe = sqlite.connect(store.database_file, timeout=0, isolation_level=None)
            probe.execute("BEGIN IMMEDIATE")
            probe.execute("ROLLBACK")
            probe.close()
            free.append(not store.door_lock._thread_lock.locked())
        seen.append(("verify", len(text), list(open_units), free))
        return real_verify(store, text)

    def normalise(text):
        seen.append(("normalise", len(text), list(open_units), []))
        return real_normalise(text)

    monkeypatch.setattr(uow_module.Store, "uow", uow)
    monkeypatch.setattr(admission, "verify", verify)
    monkeypatch.setattr(codes, "normalise", normalise)
    result = scan(services, "Q" * 1_000_000, w.now_show)
    assert result.verdict == ScanVerdict.INVALID
    assert [s[0] for s in seen if s[0] == "verify"] == ["verify"]
    for _what, length, units, free in seen:
        assert length <= MAX_SCAN_CHARS  # the cap comes before any normalising
        assert units == [] and all(free)  # no unit of work, no lock while verifying
    assert writes == [
        {"write": True, "operator": "志愿者", "racing": True}
    ]  # the scan row's INSERT


def test_a_scan_costs_one_select_two_updates_and_one_insert(door):
    """Counted as the database sees them (SQLite's trace: the door's writes run on the
    driver's cursor, beside SQLAlchemy's events)."""
    services, w = door
    from sqlalchemy import event

    scan(services, w.tickets["李娜"].code, w.now_show)  # the key ring and window are cached now
    statements = []
    engine = services.store.engine

    def trace(sql: str) -> None:
        statements.append(sql.split()[0].upper())

    if engine.dialect.name == "sqlite":
        engine.dispose()  # new connections, each traced (the door's own one too)
        services.store.door_connection.close()
        listener = lambda conn, _rec: conn.set_trace_callback(trace)  # noqa: E731
        event.listen(engine, "connect", listener)
    else:
        listener = lambda *a: trace(a[2])  # noqa: E731
        event.listen(engine, "before_cursor_execute", listener)
    try:
        scan(services, w.tickets["张伟"].code, w.now_show)
    finally:
        event.remove(
            engine,
            "connect" if engine.dialect.name == "sqlite" else "before_cursor_execute",
            listener,
        )
        engine.dispose()
        if services.store.door_connection is not None:
            services.store.door_connection.close()
    work = [s for s in statements if s in ("SELECT", "UPDATE", "INSERT")]
    if engine.dialect.name == "sqlite":
        assert work == ["SELECT", "UPDATE", "UPDATE", "INSERT"]
    else:  # PostgreSQL: the hall's row is locked first (SELECT … FOR UPDATE), so two doors
        # admitting to two shows of one hall cannot both take its last place
        assert work == ["SELECT", "SELECT", "UPDATE", "UPDATE", "INSERT"]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(max_size=80) | st.binary(max_size=60).map(lambda b: b.decode("latin-1")))
def test_no_string_is_accepted_unless_it_is_a_genuine_code(services, text):
    w = _world(services)
    genuine = {t.code for t in w.tickets.values()}
    result = scan(services, text, w.now_show)
    from scipop.tickets.codes import parse_scanned

    if result.accepted:
        assert parse_scanned(text) in genuine
    assert result.scan_id is not None


_NEAR = "0123456789ABCDEFGHJKMNPQRSTVWXYZILOUabcxyz -]\\\x00\u3000１"


@st.composite
def _near_genuine(draw, codes: list[str]) -> str:
    """A genuine code with one mistake (a character changed, dropped, doubled or swapped,
    the case flipped) and perhaps noise around it: what a bad print or a forger makes."""
    code = draw(st.sampled_from(sorted(codes)))
    i = draw(st.integers(0, len(code) - 1))
    how = draw(st.sampled_from(["change", "drop", "double", "swap", "lower", "as is"]))
    if how == "change":
        code = code[:i] + draw(st.sampled_from(_NEAR)) + code[i + 1 :]
    elif how == "drop":
        code = code[:i] + code[i + 1 :]
    elif how == "double":
        code = code[:i] + code[i] + code[i:]
    elif how == "swap" and i + 1 < len(code):
        code = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
    elif how == "lower":
        code = code.lower()
    before = draw(st.text(alphabet=_NEAR, max_size=3))
    after = draw(st.text(alphabet=_NEAR, max_size=3))
    return before + code + after


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_no_near_miss_of_a_genuine_code_is_taken_for_a_ticket(services, data):
    """Near misses are where a forged or misread code would slip through: whatever the text,
    if the door took it for a ticket at all (admitted, or refused as used, too early…) it
    reads as one of the genuine codes."""
    from scipop.tickets.codes import parse_scanned

    w = _world(services)
    genuine = {t.code for t in w.tickets.values()}
    text = data.draw(_near_genuine(sorted(genuine)))
    result = scan(services, text, w.now_show)
    assert result.scan_id is not None  # logged, whatever it was
    if result.accepted or result.ticket_id is not None:
        assert parse_scanned(text) in genuine, (text, result.verdict, result.message)


_WORLDS: dict[int, object] = {}


def _world(services: Services):
    key = id(services.store)
    if key not in _WORLDS:
        _WORLDS[key] = build_door(services.store)
    return _WORLDS[key]


def test_a_scan_while_another_process_holds_the_write_lock_waits_and_is_logged(services):
    import threading
    import time

    w = build_door(services.store)
    holder = sqlite3.connect(
        services.store.database_file, isolation_level=None, timeout=5, check_same_thread=False
    )
    holder.execute("BEGIN IMMEDIATE")
    released: list[float] = []

    def release() -> None:
        released.append(time.monotonic())
        holder.execute("COMMIT")

    timer = threading.Timer(0.4, release)
    timer.start()
    start = time.monotonic()
    result = scan(services, w.tickets["张伟"].code, w.now_show)
    end = time.monotonic()
    timer.join()
    holder.close()
    # The scan was under way while the other connection held the lock, and ended after it
    # let go: it waited for the lock rather than running before or after it.
    assert released and start < released[0] < end
    assert result.verdict == ScanVerdict.ACCEPTED and result.scan_id is not None


def test_a_scan_outlasting_the_busy_timeout_retries_until_the_lock_is_free(services, monkeypatch):
    """Busy past the timeout: the unit of work gives up its place in the door's queue, so
    the retry gets it again (it used to wait on it for ever)."""
    import threading
    import time

    monkeypatch.setattr("scipop.store.engine.BUSY_TIMEOUT_MS", 50)
    w = build_door(services.store)
    holder = sqlite3.connect(
        services.store.database_file, isolation_level=None, timeout=5, check_same_thread=False
    )
    holder.execute("BEGIN IMMEDIATE")
    waits: list[int] = []
    released: list[float] = []

    def release() -> None:
        released.append(time.monotonic())
        holder.execute("COMMIT")

    timer = threading.Timer(0.4, release)
    timer.start()
    result = services.station.scan(
        w.tickets["张伟"].code, w.now_show, station="东门", on_wait=waits.append
    )
    end = time.monotonic()
    timer.join()
    holder.close()
    assert waits[:2] == [1, 2] and released and end > released[0]  # busy, retried, then in
    assert result.verdict == ScanVerdict.ACCEPTED


def test_in_the_hall_now_is_the_halls_across_its_sessions_of_the_day(any_services):
    from scipop.registration import verdicts as V
    from tests.fixtures.station_world import build_hall_day

    services = any_services
    d = build_hall_day(services.store, hall=3)
    station = services.station
    t = d.tickets
    assert scan(services, t["a1"].code, d.first).in_hall == 1
    assert scan(services, t["a2"].code, d.first).in_hall == 2
    # the 14:00 people who have not left are still inside when the 15:00 door opens
    assert station.counters(d.second).in_hall == 2
    assert scan(services, t["b1"].code, d.second).in_hall == 3
    full = scan(services, t["b2"].code, d.second)  # the hall holds 3, whichever show
    assert full.verdict == ScanVerdict.FULL and full.params["in_hall"] == 3
    assert scan(services, t["c1"].code, d.elsewhere).in_hall == 1  # another hall: its own
    # a first-show ticket scanned out at the second show's door leaves the hall
    out = scan(services, t["a1"].code, d.second, mode=Mode.EXIT)
    assert out.verdict == ScanVerdict.EXIT and out.in_hall == 2 and out.session_id == d.first
    # "-1": off this show while it has anyone inside, then off the earlier one; never below 0
    assert station.minus_one(d.second, station="东门").in_hall == 1
    assert station.minus_one(d.second, station="东门").in_hall == 0
    before = scan_rows(services)
    nobody = station.minus_one(d.second, station="东门")
    assert nobody.verdict == ScanVerdict.INVALID and nobody.template == V.NOBODY_IN
    assert nobody.admitted == 0 and scan_rows(services) == before + 1  # refused, logged
    assert station.counters(d.first).in_hall == station.counters(d.second).in_hall == 0
    assert station.counters(d.elsewhere).in_hall == 1
    # the definition: the sum of "admitted" of the hall's scans that day
    with services.store.uow() as uow:
        total = uow.session.scalar(
            select(func.coalesce(func.sum(Scan.admitted), 0)).where(
                Scan.session_id.in_([d.first, d.second])
            )
        )
    assert total == 0


def test_a_ticket_scanned_out_twice_or_never_in_is_refused_and_the_count_kept(door):
    from scipop.registration import verdicts as V

    services, w = door
    scan(services, w.tickets["张伟"].code, w.now_show)
    li_na = scan(services, w.tickets["李娜"].code, w.now_show)
    out = scan(services, w.tickets["张伟"].code, w.now_show, mode=Mode.EXIT)
    assert out.verdict == ScanVerdict.EXIT and out.in_hall == 1
    before = scan_rows(services)
    again = scan(services, w.tickets["张伟"].code, w.now_show, mode=Mode.EXIT)
    assert again.verdict == ScanVerdict.DUPLICATE and again.template == V.ALREADY_LEFT
    assert again.admitted == 0 and "东门" in again.message and "already left" in again.message
    never = scan(services, w.tickets["group"].code, w.now_show, mode=Mode.EXIT)
    assert never.verdict == ScanVerdict.INVALID and never.template == V.NEVER_IN
    assert scan_rows(services) == before + 2  # both refusals logged with their reason
    assert services.station.counters(w.now_show).in_hall == 1
    # an undo cannot take back people who were already scanned out
    scan(services, w.tickets["李娜"].code, w.now_show, mode=Mode.EXIT)
    with pytest.raises(DomainError) as refused:
        services.station.undo(li_na.scan_id, station="东门")
    assert "already been scanned out" in str(refused.value.message)
    assert services.station.counters(w.now_show).in_hall == 0


def _another_door_first(services: Services, monkeypatch, code: str, session_id: int, **kw):
    """Another door (another station's process: its own store) scans ``code`` after this
    scan read the ticket, before it takes the lock."""
    from scipop.store.uow import Store

    lock = services.store.door_lock
    real = lock.acquire
    pending = [True]

    def acquire() -> None:
        if pending:
            pending.clear()
            other = Store(services.store.url, actor="西门的电脑")
            try:
                Services(other).station.scan(code, session_id, station="西门", **kw)
            finally:
                other.dispose()
        real()

    monkeypatch.setattr(lock, "acquire", acquire)


def test_a_ticket_taken_between_its_read_and_the_lock_is_judged_again(services, monkeypatch):
    """The queued path writes nothing when the ticket is no longer as it was read: the scan
    says "already used" with the other door, and the hall counts the person once."""
    w = build_door(services.store)
    code = w.tickets["张伟"].code
    _another_door_first(services, monkeypatch, code, w.now_show)
    result = scan(services, code, w.now_show)
    assert result.verdict == ScanVerdict.DUPLICATE and result.first_station == "西门"
    assert result.in_hall in (None, 1) and scan_rows(services) == 2
    with services.store.uow() as uow:
        admitted = uow.session.scalars(select(Scan.admitted).order_by(Scan.id)).all()
    assert admitted == [1, 0]


def test_a_group_admitted_in_part_elsewhere_meanwhile_counts_both_parts(services, monkeypatch):
    w = build_door(services.store)
    code = w.tickets["group"].code
    _another_door_first(services, monkeypatch, code, w.now_show, count=10)
    result = scan(services, code, w.now_show, count=5)
    assert result.verdict == ScanVerdict.PARTIAL and result.ticket.arrived == 15
    assert result.params["arrived"] == 15 and result.in_hall == 15


def test_the_doors_own_read_of_a_ticket_gives_what_sqlalchemy_gives(services):
    """The door reads the ticket on sqlite3's cursor (no SQLAlchemy execution per scan); each
    value goes through its column's own conversion, so the row is the same, types and all."""
    from scipop.registration.admission import _TICKET_BY_ID_RAW, TICKET_BY_ID

    w = build_door(services.store)
    scan(services, w.tickets["张伟"].code, w.now_show)  # first_scan_at and the door set
    scan(services, w.tickets["group"].code, w.now_show, count=3)
    compared = 0
    dialect = services.store.engine.dialect
    with services.store.uow() as uow, services.store.door_connection.use() as driver:
        for ticket in w.tickets.values():
            ours = _TICKET_BY_ID_RAW.first(driver, dialect, {"tid": ticket.id})
            theirs = uow.session.execute(TICKET_BY_ID, {"tid": ticket.id}).one()
            assert ours._fields == tuple(theirs._fields)
            assert [(type(v), v) for v in ours] == [(type(v), v) for v in theirs]
            compared += 1
        assert _TICKET_BY_ID_RAW.first(driver, dialect, {"tid": 10**9}) is None
    assert compared == len(w.tickets) >= 3
    assert ours.starts_at.tzinfo is not None and isinstance(ours.status, type(theirs.status))


def test_the_door_connection_is_its_own_closed_with_the_store_and_renewed_by_reopen(tmp_path):
    from scipop.store.uow import Store

    store = Store.open(str(tmp_path / "东门.sqlite3"), actor="tester")
    services = Services(store)
    w = build_door(store)
    assert scan(services, w.tickets["张伟"].code, w.now_show).accepted
    assert store.engine.pool.checkedout() == 0  # the door's connection is not the pool's
    with store.door_connection.use() as driver:
        first = driver
        pragma = lambda name: driver.execute(f"PRAGMA {name}").fetchone()[0]  # noqa: E731
        assert pragma("busy_timeout") == 0  # the doors queue on the door lock, polled
        assert pragma("journal_mode") == "wal" and pragma("synchronous") == 2  # FULL
        assert pragma("foreign_keys") == 1 and not driver.in_transaction
    store.reopen()  # after a restore: every connection afresh
    assert scan(services, w.tickets["李娜"].code, w.now_show).accepted
    with pytest.raises(sqlite3.ProgrammingError):
        first.execute("SELECT 1")  # closed by reopen
    with store.door_connection.use() as driver:
        second = driver
    assert second is not first
    store.dispose()
    assert store.door_connection is None
    with pytest.raises(sqlite3.ProgrammingError):
        second.execute("SELECT 1")


def _another_hall_ticket(services: Services, w):
    """A ticket to a show open now in another hall (the forum's lecture hall)."""
    from datetime import timedelta

    from scipop.models import Event, EventKind, Room
    from scipop.models import Session as EventSession
    from scipop.timeutil import utcnow

    now = utcnow().replace(microsecond=0)
    with services.store.uow(write=True) as uow:
        s = uow.session
        venue = s.get(Room, w.room).venue
        hall = Room(venue=venue, name="学术报告厅", name_en="Lecture hall", capacity=100)
        forum = Event(title="青少年科技论坛", title_en="Youth science forum", kind=EventKind.FORUM)
        show = EventSession(
            event=forum, room=hall, starts_at=now - timedelta(minutes=5),
            ends_at=now + timedelta(minutes=55), capacity=100,
        )  # fmt: skip
        s.add_all([hall, forum, show])
        uow.commit()
        show_id = show.id
    return services.registration.register(show_id, Registrant(name="钱九", phone="13300006666"))


def test_a_halls_door_with_no_session_open_refuses_a_ticket_of_another_hall(door):
    """Hall mode between shows (or before its first look): the ticket's own session only if
    it is in this hall; a ticket of another hall is the wrong session, logged, nobody in."""
    services, w = door
    other = _another_hall_ticket(services, w)
    before = scan_rows(services)
    result = scan(services, other.code, None, room_id=w.room)
    assert result.verdict == ScanVerdict.WRONG_SESSION and not result.accepted
    assert "青少年科技论坛" in result.message and "学术报告厅" in result.message
    assert scan_rows(services) == before + 1
    # nobody was let in anywhere
    assert services.station.counters(other.session_id).checked_in == 0
    out = scan(services, other.code, None, room_id=w.room, mode=Mode.EXIT)
    assert out.verdict == ScanVerdict.WRONG_SESSION and out.template == V.NEVER_IN_HALL
    # this hall's tickets are judged for their own session
    assert scan(services, w.tickets["张伟"].code, None, room_id=w.room).accepted
    assert scan(services, w.tickets["later"].code, None, room_id=w.room).verdict == (
        ScanVerdict.NOT_OPEN
    )
    # a door for every session (no hall) still takes the ticket's own
    assert scan(services, other.code, None).accepted
    # a door of a session: the hall is that session's, whatever room is passed
    assert scan(services, w.tickets["李娜"].code, w.now_show, room_id=10**6).accepted


def test_a_door_name_with_control_characters_is_stored_escaped_everywhere(door):
    """The door's name goes into the scan row and the ticket's first door: both escaped (a
    NUL would make PostgreSQL refuse the UPDATE), and the scan still admits."""
    services, w = door
    from scipop.models import Ticket

    name = "东门\x00\x07" + "门" * 150
    result = services.station.scan(w.tickets["张伟"].code, w.now_show, station=name)
    assert result.accepted
    with services.store.uow() as uow:
        first = uow.session.get(Ticket, w.tickets["张伟"].id).first_scan_station
        logged = uow.session.scalar(select(Scan.station).where(Scan.id == result.scan_id))
    assert first.startswith("东门\\x00\\x07") and len(first) <= 100 and "\x00" not in first
    assert logged.startswith("东门\\x00\\x07") and "\x00" not in logged
    again = services.station.scan(w.tickets["张伟"].code, w.now_show, station="西门")
    assert again.verdict == ScanVerdict.DUPLICATE and again.first_station == first


def test_wrong_pins_are_audited_and_five_in_a_row_make_the_station_wait(door, monkeypatch):
    """A 4-digit PIN must not be guessable at the door: each wrong one is in the audit trail
    with the station, and after five in a row that PIN is not taken for a minute."""
    services, w = door
    from scipop.station import config as config_module

    clock = [1000.0]
    monkeypatch.setattr(config_module.time, "monotonic", lambda: clock[0])
    cfg = services.station.config
    cfg.set_pin(PinKind.SUPERVISOR, "2468")
    for guess in ("0000", "1111", "2222", "3333"):
        with pytest.raises(DomainError):
            services.station.override(w.tickets["张伟"].id, w.now_show, guess, station="东门")
        clock[0] += 1
    assert not cfg.check_pin(PinKind.SUPERVISOR, "4444", where="东门")  # the fifth
    with pytest.raises(DomainError) as waiting:
        cfg.check_pin(PinKind.SUPERVISOR, "2468", where="东门")  # even the right one waits
    assert "Too many wrong PINs" in str(waiting.value.message)
    assert waiting.value.params["seconds"] == 60
    assert cfg.check_pin(PinKind.STAFF, "1234") is False  # the other PIN is not held up
    with services.store.uow() as uow:
        refused = uow.session.scalars(
            select(AuditEntry.summary).where(AuditEntry.action == "pin_refused")
        ).all()
    assert len(refused) == 6 and refused[0] == "wrong supervisor PIN at 东门"
    clock[0] += 61
    assert cfg.check_pin(PinKind.SUPERVISOR, "2468")  # a minute later, and it starts afresh
    assert not cfg.check_pin(PinKind.SUPERVISOR, "0000")
    assert cfg.check_pin(PinKind.SUPERVISOR, "2468")


def test_move_here_waits_for_a_busy_database_as_a_scan_does(services, monkeypatch):
    """Another connection holds the write lock past the busy timeout: "move here" waits and
    retries (the station shows "waiting"), it does not fail."""
    import threading
    import time

    w = build_door(services.store)
    monkeypatch.setattr("scipop.store.engine.BUSY_TIMEOUT_MS", 100)
    services.store.engine.dispose()  # connections made afresh, with the short busy timeout
    holder = sqlite3.connect(
        services.store.database_file, isolation_level=None, timeout=5, check_same_thread=False
    )
    holder.execute("BEGIN IMMEDIATE")
    timer = threading.Timer(0.6, lambda: holder.execute("COMMIT"))
    timer.start()
    start = time.monotonic()
    try:
        moved = services.station.move_here(w.tickets["later"].id, w.now_show, station="东门")
    finally:
        timer.join()
        holder.close()
    assert time.monotonic() - start >= 0.5
    assert moved.verdict == ScanVerdict.ACCEPTED and moved.method == ScanMethod.MOVE
