"""The Attendees table's rows without Qt: keyset pages, the search index, and that both list
the same rows in the same order (the page switches from one to the other mid-scroll)."""

from __future__ import annotations

import random

import pytest

from scipop.registration.dto import Registrant
from scipop.registration.table_index import Haystack, build_index
from scipop.registration.table_queries import AttendeeTable, Pager
from scipop.services.people import AttendeeData
from tests.fixtures.tickets_world import build_shows


@pytest.fixture
def table(services):
    world = build_shows(services.store, capacity=60, morning=2)
    reg = services.registration
    for i, name in enumerate(["张伟", "王芳", "李娜", "刘洋", "陈静"]):
        reg.register(world.morning, Registrant(name=name, phone=f"1380000{i:04d}"))
    reg.register(world.noon, Registrant(name="张伟", phone="13800000000"))  # a second ticket
    services.attendees.create(AttendeeData(name="赵六", organization="北京景山学校"))
    return world, AttendeeTable(services.store)


def test_keyset_pages_and_the_index_list_the_same_rows_in_the_same_order(services, table):
    _world, rows = table
    pager = Pager.everything(rows)
    paged = []
    while pager.has_more:
        paged += [r.key for r in pager.next_page(3)]
    index = build_index(services.store)
    assert paged == index.match("")
    assert pager.total == len(paged) == 7  # six tickets (张伟 holds two) and 赵六 without one
    assert rows.row_count() == 7
    names = [r.name for r in rows.rows(paged)]
    assert names == ["赵六", "陈静", "刘洋", "李娜", "王芳", "张伟", "张伟"]


def test_the_index_matches_every_word_in_person_session_or_code(services, table):
    world, rows = table
    index = build_index(services.store)
    names = lambda keys: [r.name for r in rows.rows(keys)]  # noqa: E731
    assert names(index.match("张伟")) == ["张伟", "张伟"]
    assert names(index.match("张伟", session_id=world.noon)) == ["张伟"]
    assert names(index.match("景山")) == ["赵六"]
    assert names(index.match("10:00 王")) == ["王芳"]  # the morning show's local time
    assert len(index.match("waiting")) == 0
    code = services.tickets.for_session(world.noon)[0].code
    assert names(index.match(code[-8:].lower())) == ["张伟"]
    by_status = names(index.match("", sort="status"))  # active, the waiting list in order, none
    assert by_status == ["王芳", "张伟", "张伟", "李娜", "刘洋", "陈静", "赵六"]
    by_name = names(index.match("", sort="name"))  # code point order without a collator
    assert by_name == sorted(by_name)
    pinyin = {
        "陈静": "chen",
        "李娜": "li",
        "刘洋": "liu",
        "王芳": "wang",
        "张伟": "zhang",
        "赵六": "zhao",
    }
    collated = build_index(services.store, collate=pinyin.__getitem__)
    assert names(collated.match("", sort="name", descending=True))[:2] == ["赵六", "张伟"]
    assert names(collated.match("", sort="name"))[:3] == ["陈静", "李娜", "刘洋"]


def test_the_haystack_finds_what_a_plain_scan_finds_for_rare_and_common_words():
    rnd = random.Random(4)
    texts = {
        i: "".join(rnd.choice("王李张13800") for _ in range(rnd.randint(0, 9))) for i in range(500)
    }
    hay = Haystack(texts.items())
    for word in ["王", "13", "138", "王李", "张张张", "0", "x"]:
        assert hay.find(word) == {i for i, t in texts.items() if word in t}, word
