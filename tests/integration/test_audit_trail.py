"""The audit trail says who changed what: the OS account, the station operator, the ids."""

from __future__ import annotations

import json
import os
import pwd

import pytest
from sqlalchemy import select

from scipop.importing.attendees import AttendeeImporter
from scipop.models import Attendee, AuditEntry, Ticket
from scipop.registration.dto import Registrant
from scipop.store.uow import Store, os_account
from tests.fixtures.spreadsheets import write_xlsx
from tests.fixtures.tickets_world import build_shows


def _entries(store: Store, **where) -> list[AuditEntry]:
    with store.uow() as uow:
        q = select(AuditEntry).order_by(AuditEntry.id)
        for name, value in where.items():
            q = q.where(getattr(AuditEntry, name) == value)
        entries = list(uow.session.scalars(q))
        uow.session.expunge_all()  # plain records to read after the unit of work
        return entries


def test_an_import_lists_the_tickets_and_attendees_it_created(tmp_path, any_store):
    world = build_shows(any_store)
    path = write_xlsx(
        tmp_path / "报名.xlsx",
        [["姓名", "手机"], ["张伟", "13800000001"], ["李娜", "13800000002"]],
    )
    AttendeeImporter(any_store).import_file(path, session_id=world.noon)
    (entry,) = _entries(any_store, action="import")
    after = json.loads(entry.after)
    with any_store.uow() as uow:
        tickets = sorted(uow.session.scalars(select(Ticket.id)))
        people = sorted(uow.session.scalars(select(Attendee.id)))
    assert sorted(after["tickets"]) == tickets and len(tickets) == 2
    assert sorted(after["attendees_created"]) == people
    assert after["file"] == "报名.xlsx"


def test_the_first_signing_key_and_a_remembered_mapping_are_audited(tmp_path, services):
    world = build_shows(services.store)
    services.registration.register(world.noon, Registrant(name="张伟"))
    (key,) = _entries(services.store, entity="signing_key")
    assert key.action == "create" and "first ticket signing key" in key.summary
    path = write_xlsx(tmp_path / "a.xlsx", [["参会者"], ["李娜"]])
    importer = AttendeeImporter(services.store)
    table = importer.read(path)
    mapping = importer.mapping_for(table.headers)
    mapping.set("name", "参会者")
    importer.commit(importer.preview(table, mapping, session_id=world.noon))
    (setting,) = _entries(services.store, entity="setting")
    assert setting.action == "create" and "参会者" in json.loads(setting.after)["value"]


@pytest.mark.skipif(os.name != "posix", reason="the POSIX account database")
def test_the_actor_is_the_os_account_not_an_environment_variable(monkeypatch, db_url):
    monkeypatch.setenv("LOGNAME", "somebody-else")
    monkeypatch.setenv("USER", "somebody-else")
    account = pwd.getpwuid(os.geteuid()).pw_name
    assert os_account() == account
    store = Store.open(db_url)
    try:
        with store.uow(write=True, operator="志愿者王芳") as uow:
            uow.audit("check", "station", None, "signed in")
            uow.commit()
        (entry,) = _entries(store, entity="station")
        assert (entry.actor, entry.operator) == (account, "志愿者王芳")
    finally:
        store.dispose()
