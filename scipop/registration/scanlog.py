"""Writing a scan row: any text a scanner (or an attacker) sends is stored safely, bounded.

A scan row is written for every scan, so nothing in it may make the INSERT fail: lone
surrogates, NUL bytes (PostgreSQL refuses them in text) and other control characters are
written as visible escapes, and every text is cut to its column's length.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from scipop.models import ScanMethod, ScanVerdict
from scipop.models.base import UTCDateTime
from scipop.registration.driver_sql import DriverStatement
from scipop.registration.dto import AdmitResult

# A ticket code is 26 characters; with an AIM prefix, ECI and spaces a scanner sends < 60.
# Anything longer is cut here, before it is normalised or verified.
MAX_SCAN_CHARS = 200


_UNSAFE = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def safe_text(text: object, limit: int) -> str:
    """``text`` as a string any database stores: escapes for controls and lone surrogates."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    if len(text) <= limit and _UNSAFE.search(text) is None:
        return text  # nothing to escape (most texts): the same result, without the work
    text = text[: limit * 2]
    out = []
    for ch in text:
        code = ord(ch)
        if code < 0x20 or code == 0x7F or 0xD800 <= code <= 0xDFFF:
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            out.append(ch)
    return "".join(out)[:limit]


_COLUMNS = (
    "ticket_id, session_id, raw_code, station, operator, scanned_at, verdict, admitted,"
    " method, ref_scan_id, reason, reason_detail"
)
_INSERT = text(
    f"INSERT INTO scan ({_COLUMNS}) VALUES ("
    + ", ".join(f":{c.strip()}" for c in _COLUMNS.split(","))
    + ") RETURNING id"
).bindparams(bindparam("scanned_at", type_=UTCDateTime()))


# run on the driver's own cursor on SQLite (driver_sql.py), by write_scan and the door's fast path
INSERT_SCAN = DriverStatement(_INSERT, datetime_params=["scanned_at"])


def _safe_params(params: dict[str, Any]) -> dict[str, Any]:
    return {k: safe_text(v, 200) if isinstance(v, str) else v for k, v in params.items()}


def write_scan(s: Session, **fields: Any) -> AdmitResult:
    """Insert the scan row (one statement) and return the verdict it records (see scan_row)."""
    values, result = scan_row(**fields)
    result.scan_id = INSERT_SCAN.first(s.connection(), values)[0]
    return result


def scan_row(
    *,
    raw: str,
    station: str,
    operator: str,
    now: datetime,
    verdict: ScanVerdict,
    template: str,
    params: dict[str, Any],
    ticket_id: int | None = None,
    session_id: int | None = None,
    admitted: int = 0,
    method: ScanMethod = ScanMethod.SCAN,
    ref_scan_id: int | None = None,
    context: str = "scan",
) -> tuple[dict[str, Any], AdmitResult]:
    """The scan row's values (made safe) and the verdict it records, its ``scan_id`` unset."""
    params = _safe_params(params)
    values = {
        "ticket_id": ticket_id,
        "session_id": session_id,
        "raw_code": safe_text(raw, 200),
        "station": safe_text(station, 100),
        "operator": safe_text(operator, 100),
        "scanned_at": now,
        "verdict": verdict.value,
        "admitted": admitted,
        "method": method.value,
        "ref_scan_id": ref_scan_id,
        "reason": safe_text(template.format(**params), 300),
        "reason_detail": json.dumps(
            {"context": context, "template": template, "params": params},
            ensure_ascii=False,
            default=str,
        ),
    }
    result = AdmitResult(
        verdict,
        admitted,
        template,
        params,
        context=context,
        session_id=session_id,
        ticket_id=ticket_id,
        station=values["station"],
        at=now,
        method=method,
    )
    return values, result
