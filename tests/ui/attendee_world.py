"""A few registrations in the sphere hall's three shows, for the Attendees page's tests."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import insert

from scipop.app import Services
from scipop.models import Attendee, AttendeeCategory
from scipop.registration.dto import Registrant, TicketData
from scipop.services.people import AttendeeData
from scipop.timeutil import utcnow
from tests.fixtures.tickets_world import ShowWorld, build_shows


@dataclass
class People:
    world: ShowWorld
    tickets: dict[str, TicketData]  # by attendee name


def register_people(services: Services) -> People:
    """Morning show (3 places): 甲 乙 丙 in, 丁 waiting; noon: 张伟, 李娜's class of 40;
    afternoon: 王秀英; and 赵六, who holds no ticket."""
    world = build_shows(services.store, capacity=60, morning=3)
    reg = services.registration
    tickets = {}
    for name in ("甲", "乙", "丙", "丁"):
        tickets[name] = reg.register(world.morning, Registrant(name=name))
    tickets["张伟"] = reg.register(
        world.noon, Registrant(name="张伟", phone="13800138000", organization="清华大学附属中学")
    )
    tickets["李娜"] = reg.register(
        world.noon,
        Registrant(
            name="李娜",
            phone="13912345678",
            organization="北京市第四中学",
            category=AttendeeCategory.TEACHER,
            headcount=40,
        ),
    )
    tickets["王秀英"] = reg.register(
        world.afternoon, Registrant(name="王秀英", phone="13700001111", email="wxy@example.cn")
    )
    services.attendees.create(AttendeeData(name="赵六", phone="13600002222"))
    return People(world, tickets)


def add_bare_attendees(services: Services, count: int) -> None:
    """``count`` more attendees without tickets, in one insert."""
    now = utcnow()
    with services.store.uow(write=True) as uow:
        uow.session.execute(
            insert(Attendee),
            [
                {
                    "name": f"观众{i:04d}",
                    "phone": f"150{i:08d}",
                    "email": "",
                    "organization": "",
                    "category": AttendeeCategory.PUBLIC,
                    "notes": "",
                    "created_at": now,
                    "updated_at": now,
                }
                for i in range(count)
            ],
        )
        uow.commit()
