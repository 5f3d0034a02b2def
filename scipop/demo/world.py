"""The real world the demo shows: BAST and BJAST, Beijing Science Center and its halls, programs."""

from __future__ import annotations

from datetime import time

ORGANIZATIONS = [
    # key, name, name_en, short, kind
    (
        "bast",
        "北京市科学技术协会",
        "Beijing Association for Science and Technology",
        "BAST",
        "association",
    ),
    (
        "bjast",
        "北京市科学技术研究院",
        "Beijing Academy of Science and Technology",
        "BJAST",
        "academy",
    ),
    ("bsc", "北京科学中心", "Beijing Science Center", "BSC", "other"),
    ("ccf", "中国计算机学会", "China Computer Federation", "CCF", "society"),
    ("baa", "北京自动化学会", "Beijing Association of Automation", "BAA", "society"),
    ("no4", "北京市第四中学", "Beijing No. 4 High School", "", "school"),
    ("sdsz", "北京师范大学附属实验中学", "Experimental High School Attached to BNU", "", "school"),
]

VENUES = [
    ("bsc", "北京科学中心", "Beijing Science Center", "北京市西城区北辰路9号院"),
    ("bjast", "北京市科学技术研究院", "BJAST Campus", "北京市海淀区西三环北路27号"),
]

ROOMS = [
    # key, venue, name, name_en, capacity, opens, closes, setup, teardown, shareable
    (
        "theme",
        "bsc",
        "生命·生活·生存 主题展厅",
        "Theme Hall: The Movement of Life, Living and The Dialogue of Survival",
        300,
        time(9, 0),
        time(17, 0),
        0,
        0,
        True,
    ),
    (
        "sphere",
        "bsc",
        "球幕/数字球 展厅",
        "Science on a Sphere Hall",
        60,
        time(9, 0),
        time(17, 30),
        0,
        5,
        False,
    ),
    ("lecture", "bsc", "报告厅", "Lecture Hall", 200, time(8, 30), time(21, 0), 30, 15, False),
    (
        "multi",
        "bsc",
        "多功能厅",
        "Multi-function Hall",
        120,
        time(8, 0),
        time(21, 0),
        60,
        30,
        False,
    ),
    ("lab", "bsc", "创新实验室", "Innovation Lab", 40, time(9, 0), time(18, 0), 15, 15, False),
    (
        "conf",
        "bjast",
        "第一会议室",
        "Conference Room 1",
        80,
        time(8, 30),
        time(18, 0),
        15,
        15,
        False,
    ),
]

PROGRAMS = [
    ("imaging", "科学影像节", "Scientific Imaging Festival", "#8e44ad"),
    ("bridge", "金桥工程", "Golden Bridge Engineering", "#d35400"),
    ("robot", "机器人杯赛", "Robot Cup", "#16a085"),
    ("nobel", "诺贝尔奖获得者北京论坛", "Nobel Laureates Beijing Forum", "#c0392b"),
    ("noi", "全国青少年信息学奥林匹克竞赛", "National Olympiad in Informatics", "#2c3e50"),
    ("sphere", "数字球幕科普秀", "Science on a Sphere Shows", "#2980b9"),
]

EVENTS = [
    # key, title, title_en, kind, program, lead, co-organizers
    (
        "theme",
        "生命·生活·生存 主题展",
        "The Movement of Life, Living and The Dialogue of Survival",
        "exhibition",
        None,
        "bsc",
        ("bast", "bjast"),
    ),
    (
        "sphere",
        "数字球幕秀：蓝色星球",
        "Science on a Sphere: Blue Planet",
        "show",
        "sphere",
        "bjast",
        ("bast", "bsc"),
    ),
    (
        "nobel",
        "2026 诺贝尔奖获得者北京论坛",
        "Nobel Laureates Beijing Forum 2026",
        "forum",
        "nobel",
        "bast",
        ("bjast",),
    ),
    (
        "imaging",
        "第八届科学影像节 展映与颁奖",
        "8th Scientific Imaging Festival: Screenings and Awards",
        "show",
        "imaging",
        "bast",
        ("bjast", "bsc"),
    ),
    (
        "robot",
        "机器人杯赛 北京赛区",
        "Robot Cup Beijing Regional",
        "competition",
        "robot",
        "baa",
        ("bast", "no4"),
    ),
    (
        "noi",
        "NOI 冬季集训营",
        "NOI Winter Training Camp",
        "training",
        "noi",
        "ccf",
        ("bast", "sdsz"),
    ),
    (
        "bridge",
        "金桥工程 项目对接会",
        "Golden Bridge Project Matchmaking",
        "exchange",
        "bridge",
        "bast",
        ("bjast",),
    ),
    (
        "teachers",
        "青少年科技教师培训",
        "Science Teachers' Training",
        "training",
        None,
        "bast",
        ("bjast", "bsc"),
    ),
]

VOLUNTEER_SKILLS = ("讲解", "引导", "签到", "摄影", "英语翻译", "急救", "机器人裁判", "设备保障")
VOLUNTEER_ROLES = ("签到", "引导", "讲解")

# Public holidays (元旦) inside a usual demo season.
HOLIDAYS = [("01-01", "元旦 New Year's Day")]
