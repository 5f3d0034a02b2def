"""Plausible synthetic people for demos and scale work: Chinese names, phones, schools."""

from __future__ import annotations

import random
from collections.abc import Iterator

# The most common surnames, most common first (weights fall off with rank).
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英博宇浩然子涵梓萱一诺欣怡思远俊杰雨"
    "泽晨曦佳琪文轩嘉怡若溪天佑铭浩语桐沐辰晓梅建华志强海燕婷婷雪梅国栋"
)
SCHOOLS = (
    "北京市第四中学",
    "北京师范大学附属实验中学",
    "中国人民大学附属中学",
    "清华大学附属中学",
    "北京大学附属中学",
    "北京市第八十中学",
    "北京市十一学校",
    "北京景山学校",
    "北京市第二中学",
    "北京市海淀区中关村第一小学",
    "北京小学",
    "北京市朝阳区实验小学",
    "北京市东城区史家胡同小学",
    "首都师范大学附属中学",
    "北京市第一六一中学",
)
EMPLOYERS = ("北京市科学技术协会", "北京市科学技术研究院", "北京日报", "新华社", "中关村科技园")
PREFIXES = (
    "130",
    "131",
    "132",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "155",
    "156",
    "157",
    "158",
    "159",
    "176",
    "177",
    "180",
    "181",
    "185",
    "186",
    "187",
    "188",
    "189",
    "199",
)
CATEGORIES = (("student", 55), ("public", 25), ("teacher", 12), ("vip", 4), ("press", 4))


def person_name(rng: random.Random) -> str:
    surname = SURNAMES[min(int(rng.expovariate(1 / 18)), len(SURNAMES) - 1)]
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.7 else "")
    return surname + given


def phone(rng: random.Random) -> str:
    return "+86" + rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}"  # stored form, E.164


def attendee_rows(n: int, seed: int) -> Iterator[dict]:
    """``n`` attendee rows (plain dicts for a bulk insert), the same for the same seed."""
    rng = random.Random(seed)
    cats = [c for c, _ in CATEGORIES]
    weights = [w for _, w in CATEGORIES]
    for i in range(n):
        category = rng.choices(cats, weights)[0]
        org = rng.choice(SCHOOLS) if category in ("student", "teacher") else ""
        if category in ("vip", "press"):
            org = rng.choice(EMPLOYERS)
        yield {
            "name": person_name(rng),
            "phone": phone(rng),
            "email": f"user{seed}x{i}@example.cn" if rng.random() < 0.3 else "",
            "organization": org,
            "category": category,
            "notes": "",
        }


VOLUNTEER_NAMES_SEED = 20261124
