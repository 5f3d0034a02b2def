"""``scipop scan``: a headless station, and several of them racing on the same tickets."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from scipop.app import Services
from scipop.cli import main
from scipop.models import Scan
from scipop.registration.dto import Registrant
from scipop.store.uow import Store
from tests.fixtures.station_world import build_door

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def world(store: Store):
    return build_door(store)


def scipop(capsys, *argv: str) -> tuple[int, list[str]]:
    code = main(list(argv))
    return code, capsys.readouterr().out.splitlines()


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}


def test_codes_as_arguments_give_one_verdict_per_line_and_exit_0_even_when_refused(
    capsys, store, world
):
    db = store.url
    code = world.tickets["张伟"].code
    rc, lines = scipop(capsys, "--db", db, "scan", "--station", "东门", code, code, "junk")
    assert rc == 0
    assert [line.split("\t")[0] for line in lines] == ["accepted", "duplicate", "invalid"]
    assert "张伟" in lines[0]


def test_json_lines_carry_verdict_ticket_attendee_session_station_time_and_first_scan(
    capsys, store, world
):
    code = world.tickets["李娜"].code
    args = ["--db", store.url, "scan", "--station", "西门", "--session", str(world.now_show)]
    rc, lines = scipop(capsys, *args, "--json", code, code)
    first, second = (json.loads(line) for line in lines)
    assert rc == 0
    assert first["verdict"] == "accepted" and first["attendee"] == "李娜"
    assert first["ticket_id"] == world.tickets["李娜"].id
    assert first["session_id"] == world.now_show and first["station"] == "西门"
    assert second["verdict"] == "duplicate"
    assert second["first_at"] == first["at"] and second["first_station"] == "西门"
    assert "139" not in lines[0]  # no phone number leaves the door


def test_codes_from_stdin_until_eof_like_a_wedge_scanner_on_a_terminal(store, world):
    codes = f"{world.tickets['张伟'].code.lower()}\r\n\n{world.tickets['group'].code}\n"
    out = subprocess.run(
        [sys.executable, "-m", "scipop", "--db", store.url, "scan", "--station", "北门", "--json"],
        input=codes,
        capture_output=True,
        text=True,
        env=env(),
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    verdicts = [json.loads(line)["verdict"] for line in out.stdout.splitlines()]
    assert verdicts == ["accepted", "accepted"]


def test_exit_mode_scans_people_out(capsys, store, world):
    code = world.tickets["张伟"].code
    scipop(capsys, "--db", store.url, "scan", "--station", "东门", code)
    rc, lines = scipop(
        capsys, "--db", store.url, "scan", "--station", "东门", "--mode", "exit", "--json", code
    )
    assert rc == 0 and json.loads(lines[0])["verdict"] == "exit"
    assert json.loads(lines[0])["in_hall"] == 0


def test_an_unknown_session_or_mode_is_a_usage_error(capsys, store, world):
    assert main(["--db", store.url, "scan", "--station", "东门", "--session", "999", "x"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["--db", store.url, "scan", "--station", "东门", "--mode", "sideways", "x"])
    assert exc.value.code == 2


def test_four_stations_racing_on_the_same_tickets_accept_each_exactly_once(store):
    w = build_door(store, hall=500)
    services = Services(store)
    codes = [t.code for t in w.tickets.values() if t.session_id == w.now_show]
    codes += [
        services.registration.register(w.now_show, Registrant(name=f"观众{i}")).code
        for i in range(2)
    ]
    stations = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "scipop",
                "--db",
                store.url,
                "scan",
                "--station",
                f"门{i}",
                "--session",
                str(w.now_show),
                "--json",
                *codes,
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env(),
        )
        for i in range(4)
    ]
    results = []
    for proc in stations:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        results += [json.loads(line) for line in out.splitlines()]
    assert len(results) == 4 * len(codes)
    for ticket_id in {r["ticket_id"] for r in results}:
        mine = [r for r in results if r["ticket_id"] == ticket_id]
        assert [r["verdict"] for r in mine].count("accepted") == 1
        assert {r["verdict"] for r in mine} == {"accepted", "duplicate"}
        winner = next(r for r in mine if r["verdict"] == "accepted")
        assert all(r["first_station"] == winner["station"] for r in mine if r is not winner)
    with store.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Scan)) == len(results)


def test_a_station_killed_mid_stream_loses_no_acknowledged_check_in(store):
    w = build_door(store, hall=500)
    services = Services(store)
    tickets = [
        services.registration.register(w.now_show, Registrant(name=f"观众{i}")) for i in range(3)
    ] + [w.tickets["张伟"], w.tickets["李娜"]]
    proc = subprocess.Popen(
        [sys.executable, "-m", "scipop", "--db", store.url, "scan", "--station", "东门", "--json"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env(),
    )
    acked = []
    try:
        for t in tickets[:4]:
            proc.stdin.write(t.code + "\n")
            proc.stdin.flush()
            acked.append(json.loads(proc.stdout.readline()))
        proc.stdin.write(tickets[4].code + "\n")  # killed while (or before) this one is written
        proc.stdin.flush()
        time.sleep(0.005)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert [a["verdict"] for a in acked] == ["accepted"] * 4
    with store.uow() as uow:
        logged = set(uow.session.scalars(select(Scan.id)))
    assert {a["scan_id"] for a in acked} <= logged
    for a in acked:
        assert services.tickets.get(a["ticket_id"]).arrived == 1
    conn = sqlite3.connect(store.database_file)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_a_ticket_scanned_out_twice_is_refused_the_second_time(capsys, store, world):
    code = world.tickets["张伟"].code
    scipop(capsys, "--db", store.url, "scan", "--station", "东门", code)
    rc, lines = scipop(
        capsys, "--db", store.url, "scan", "--station", "东门", "--mode", "exit", "--json",
        code, code,
    )  # fmt: skip
    assert rc == 0
    first, second = (json.loads(line) for line in lines)
    assert first["verdict"] == "exit" and first["in_hall"] == 0
    assert second["verdict"] == "duplicate" and second["admitted"] == 0
    assert "already left the hall" in second["reason"] and "in_hall" not in second
    with Services(store).store.uow() as uow:
        reasons = uow.session.scalars(select(Scan.reason).order_by(Scan.id)).all()
    assert "already left the hall" in reasons[-1]
