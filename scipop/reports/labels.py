"""The report's own words in English and Simplified Chinese, for the CLI and the GUI alike.

The CLI has no Qt translator, so the workbook's sheet names, headers and notes live in this
small table. Scan reasons are domain templates (``scan``/``errors`` contexts) whose Chinese is
already in ``resources/i18n/scipop_zh_CN.ts``: :func:`reason_text` reads them from there.
"""

from __future__ import annotations

import functools
import json
import xml.etree.ElementTree as ET
from typing import Any

from scipop.models import (
    AttendeeCategory,
    EventKind,
    OrganizerRole,
    ScanMethod,
    ScanVerdict,
    TicketStatus,
)
from scipop.resources import resource_path

LANGS = ("zh_CN", "en")

# key -> (English, 简体中文)
_WORDS: dict[str, tuple[str, str]] = {
    # sheets
    "sheet.summary": ("Summary", "汇总"),
    "sheet.arrivals": ("Arrivals", "入场时段"),
    "sheet.detail": ("Attendance detail", "签到明细"),
    "sheet.scans": ("Scan log", "扫码记录"),
    "sheet.volunteers": ("Volunteers", "志愿者"),
    "sheet.national": ("National statistics", "全国科普统计"),
    # titles
    "title.summary": ("Attendance summary", "出席情况汇总"),
    "title.arrivals": ("Check-ins per 15 minutes", "每15分钟入场人数"),
    "title.detail": ("Attendance detail, one row per ticket", "签到明细（每张票一行）"),
    "title.scans": ("Every scan at the door", "全部扫码记录"),
    "title.volunteers": ("Volunteer hours, planned and worked", "志愿者服务时长（计划与实际）"),
    "title.national": (
        "Figures for the national science-popularization survey",
        "全国科普统计数据",
    ),
    "period": ("Period: {start} to {end}", "统计期间：{start} 至 {end}"),
    "period.all": ("Period: all dates", "统计期间：全部日期"),
    "scope.program": ("Program: {name}", "品牌项目：{name}"),
    "scope.event": ("Event: {name}", "活动：{name}"),
    "scope.session": ("Session: {name}", "场次：{name}"),
    "made": ("Made {at} by SciPop Desk", "由 SciPop Desk 于 {at} 生成"),
    # columns
    "col.event": ("Event", "活动"),
    "col.session": ("Session", "场次"),
    "col.kind": ("Kind", "类型"),
    "col.hall": ("Hall", "场馆"),
    "col.start": ("Start", "开始时间"),
    "col.end": ("End", "结束时间"),
    "col.sessions": ("Sessions", "场次数"),
    "col.events": ("Events", "活动数"),
    "col.registered": ("Registered", "报名人数"),
    "col.checked_in": ("Checked in", "签到人数"),
    "col.no_shows": ("No-shows", "未到人数"),
    "col.no_show_rate": ("No-show rate", "未到率"),
    "col.walk_ins": ("Walk-ins", "现场登记"),
    "col.group_headcount": ("Group headcount", "团体人数"),
    "col.capacity": ("Capacity", "容量"),
    "col.fill_rate": ("Fill rate", "上座率"),
    "col.organization": ("Organization", "单位"),
    "col.role": ("Role", "角色"),
    "col.category": ("Visitor category", "观众类别"),
    "col.school": ("School", "学校"),
    "col.groups": ("Groups", "团体数"),
    "col.tickets": ("Tickets", "票数"),
    "col.bucket": ("From", "时段开始"),
    "col.minutes": ("Minutes from start", "距开场（分钟）"),
    "col.check_ins": ("Check-ins", "入场人数"),
    "col.time_of_day": ("Time of day", "时段"),
    "col.all_sessions": ("Check-ins, all sessions", "入场人数（全部场次）"),
    "col.ticket": ("Ticket", "票号"),
    "col.name": ("Name", "姓名"),
    "col.phone": ("Phone", "电话"),
    "col.email": ("Email", "电子邮箱"),
    "col.org_school": ("Organization / school", "单位/学校"),
    "col.ticket_kind": ("Ticket kind", "票种"),
    "col.headcount": ("Headcount", "人数"),
    "col.arrived": ("Arrived", "已到"),
    "col.status": ("Status", "状态"),
    "col.first_scan": ("First scan", "首次扫码"),
    "col.first_door": ("First door", "首次入口"),
    "col.last_scan": ("Last scan", "最后扫码"),
    "col.last_door": ("Last door", "最后入口"),
    "col.time": ("Time", "时间"),
    "col.door": ("Door", "入口"),
    "col.operator": ("Operator", "操作员"),
    "col.verdict": ("Verdict", "结果"),
    "col.admitted": ("People in (+) or out (−)", "进出人数（+入 −出）"),
    "col.method": ("How", "方式"),
    "col.reason": ("Reason", "原因"),
    "col.code": ("Code scanned", "扫描内容"),
    "col.survey_category": ("Survey category", "统计类别"),
    "col.volunteer": ("Volunteer", "志愿者"),
    "col.volunteers": ("Volunteers", "志愿者人数"),
    "col.shifts": ("Shifts", "班次数"),
    "col.planned_hours": ("Planned hours", "计划时长（小时）"),
    "col.worked_hours": ("Hours worked", "实际服务时长（小时）"),
    "col.volunteer_no_shows": ("No-shows", "缺勤次数"),
    "col.missing_checkouts": ("No check-out", "未签退次数"),
    "col.served": ("Volunteers who served", "科普志愿者人数（人）"),
    "col.service_hours": ("Hours of service", "志愿服务时长（小时）"),
    # blocks of the summary
    "block.events": ("Per event", "按活动"),
    "block.organizations": ("By organization (lead and co-organizers)", "按单位（主办与协办）"),
    "block.halls": ("By hall", "按场馆"),
    "block.categories": ("By visitor category", "按观众类别"),
    "block.schools": ("By school (school groups)", "按学校（学生团体）"),
    "block.notes": ("Notes", "说明"),
    "block.mapping": ("Event kind → survey category", "活动类型 → 统计类别"),
    "block.volunteer_orgs": ("By organization", "按单位"),
    "block.survey_volunteers": ("Science-popularization volunteers", "科普志愿者"),
    "org.none": ("No organization", "未填单位"),
    "total": ("Total", "合计"),
    "ticket.single": ("Single", "个人票"),
    "ticket.group": ("Group", "团体票"),
    # notes
    "note.no_shows": (
        "No-shows are counted for sessions that have ended.",
        "未到人数只统计已结束的场次。",
    ),
    "note.hours": (
        "Planned hours are the shifts' lengths (no-shows included, cancelled assignments not); "
        "hours worked run from the badge check-in (not before the shift starts) to the "
        "check-out, or as a person corrected them. Without a check-out the shift counts to its "
        "planned end (see “No check-out”). A shift belongs to the day it starts on.",
        "计划时长为班次时长（含缺勤，不含已取消的安排）；实际服务时长自胸卡签到（不早于班次开始）"
        "至签退，或以人工更正为准。未签退的班次计至计划结束时间（见“未签退次数”）。"
        "班次按开始日期归入统计期间。",
    ),
    "note.survey_volunteers": (
        "Volunteers who served: volunteers with hours worked in the period, counted under "
        "their own organization; hours of service: their hours worked.",
        "科普志愿者人数：统计期间内有实际服务时长的志愿者，按其所属单位统计；"
        "志愿服务时长：其实际服务时长合计。",
    ),
    "note.personal": (
        "Personal data left out: phones and emails are removed or masked.",
        "已去除个人信息：电话与电子邮箱已删除或部分隐藏。",
    ),
    "note.national": (
        "Held = sessions in the period; attendance = people checked in. Co-organized events are "
        "listed apart from those the organization leads.",
        "举办次数按期间内场次计；人次按签到人数计。协办活动与主办活动分列。",
    ),
    # survey categories (全国科普统计)
    "survey.lecture": ("Lectures", "科普(技)讲座"),
    "survey.exhibition": ("Special exhibitions", "科普(技)专题展览"),
    "survey.competition": ("Competitions", "科普(技)竞赛"),
    "survey.training": ("Trainings", "实用技术培训"),
    "survey.open_day": ("Open days of research institutes", "科研机构、大学向社会开放"),
    "survey.exchange": ("International exchanges", "科普国际交流"),
    "survey.none": ("Not counted", "不计入"),
    "survey.held": ("{category}: held", "{category}：举办次数"),
    "survey.people": ("{category}: attendance", "{category}：参加人次"),
}

_ENUMS: dict[object, tuple[str, str]] = {
    EventKind.EXHIBITION: ("Exhibition", "展览"),
    EventKind.SHOW: ("Show", "演示/表演"),
    EventKind.FORUM: ("Forum / lecture", "论坛/讲座"),
    EventKind.COMPETITION: ("Competition", "竞赛"),
    EventKind.TRAINING: ("Training", "培训"),
    EventKind.EXCHANGE: ("Exchange", "交流"),
    OrganizerRole.LEAD: ("Lead organizer", "主办"),
    OrganizerRole.CO_ORGANIZER: ("Co-organizer", "协办"),
    AttendeeCategory.PUBLIC: ("Public", "公众"),
    AttendeeCategory.STUDENT: ("Student", "学生"),
    AttendeeCategory.TEACHER: ("Teacher", "教师"),
    AttendeeCategory.VIP: ("VIP", "嘉宾"),
    AttendeeCategory.PRESS: ("Press", "媒体"),
    TicketStatus.ACTIVE: ("Active", "有效"),
    TicketStatus.WAITLISTED: ("Waiting list", "候补"),
    TicketStatus.CANCELLED: ("Cancelled", "已取消"),
    ScanVerdict.ACCEPTED: ("Admitted", "放行"),
    ScanVerdict.PARTIAL: ("Partly admitted", "部分放行"),
    ScanVerdict.INVALID: ("Invalid", "无效"),
    ScanVerdict.DUPLICATE: ("Already used", "重复"),
    ScanVerdict.WRONG_SESSION: ("Wrong session", "场次不符"),
    ScanVerdict.REVOKED: ("Revoked", "已作废"),
    ScanVerdict.NOT_OPEN: ("Not yet open", "未到入场时间"),
    ScanVerdict.CLOSED: ("Closed", "已停止入场"),
    ScanVerdict.FULL: ("Full", "已满"),
    ScanVerdict.CANCELLED: ("Session cancelled", "场次已取消"),
    ScanVerdict.EXIT: ("Left", "离场"),
    ScanVerdict.UNDONE: ("Check-in undone", "撤销签到"),
    ScanMethod.SCAN: ("Scanned", "扫码"),
    ScanMethod.MANUAL: ("By hand (code lost)", "手动（丢失票码）"),
    ScanMethod.WALK_IN: ("Walk-in", "现场登记"),
    ScanMethod.OVERRIDE: ("Over capacity, supervisor", "超员放行（主管）"),
    ScanMethod.MOVE: ("Moved here", "改签至本场"),
    ScanMethod.EXIT: ("Scanned out", "扫码离场"),
    ScanMethod.MINUS_ONE: ("−1 left", "离场 −1"),
    ScanMethod.UNDO: ("Undo", "撤销"),
}


def check_lang(lang: str) -> str:
    if lang not in LANGS:
        raise ValueError(f"unknown report language {lang!r}; use zh_CN or en")
    return lang


class Words:
    """The report's labels in one language: ``words("col.name")``, ``words.enum(kind)``."""

    def __init__(self, lang: str = "zh_CN"):
        self.lang = check_lang(lang)
        self._i = 1 if lang == "zh_CN" else 0

    def __call__(self, key: str, **params: Any) -> str:
        text = _WORDS[key][self._i]
        return text.format(**params) if params else text

    def enum(self, value: object) -> str:
        pair = _ENUMS.get(value)
        if pair is None:
            return str(getattr(value, "value", value))
        return pair[self._i]

    def method(self, value: object) -> str:
        """How a scan came about; the plain scan of a code is left blank."""
        return "" if value in (None, ScanMethod.SCAN) else self.enum(value)

    def reason(self, reason: str, detail: str) -> str:
        """A scan's reason in this language, from its stored template and parameters."""
        if self.lang == "en" or not detail:
            return reason
        return reason_text(detail) or reason


@functools.cache
def _catalog() -> dict[tuple[str, str], str]:
    """(context, English source) -> Chinese, from the project's own .ts file."""
    path = resource_path("i18n", "scipop_zh_CN.ts")
    found: dict[tuple[str, str], str] = {}
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        return found
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        if name not in ("scan", "errors"):
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if (
                source
                and translation is not None
                and translation.text
                and translation.get("type") != "unfinished"
            ):
                found[(name, source)] = translation.text
    return found


def reason_text(detail: str) -> str:
    """The Chinese reason of a scan's ``reason_detail`` JSON; "" when it cannot be made."""
    try:
        data = json.loads(detail)
        template = _catalog().get((data.get("context", "scan"), data["template"]))
        return template.format(**data.get("params", {})) if template else ""
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        return ""
