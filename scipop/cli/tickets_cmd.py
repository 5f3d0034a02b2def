"""``scipop tickets --session ID --out FILE.pdf|DIR``: print a session's tickets.

A path ending in .pdf gets a PDF (A4 sheets of eight, or 80 mm thermal tickets, in Chinese
or English); any other path is a folder that gets one QR PNG per ticket, named
``<ticket id>_<name>.png``. Only active tickets are printed (the waiting list has no codes).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from scipop.tickets.pdf import FORMATS, STYLES
from scipop.tickets.printable import LANGS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("tickets", help="print tickets as PDF or QR PNGs", description=__doc__)
    p.add_argument("--session", type=int, metavar="ID", help="the session's active tickets")
    p.add_argument(
        "--ticket", type=int, action="append", metavar="ID", help="a ticket (repeatable)"
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf|DIR", help="where to write them")
    p.add_argument("--format", choices=FORMATS, default="a4", help="PDF page: a4 or 80mm")
    p.add_argument("--lang", choices=LANGS, default="zh", help="labels in Chinese or English")
    p.add_argument("--style", choices=STYLES, default="ticket", help="ticket or badge heading")
    p.set_defaults(run=run)


def run(args: argparse.Namespace, ctx) -> int:
    if args.session is None and not args.ticket:
        raise ValueError("say which tickets: --session ID and/or --ticket ID")
    if args.session is not None:
        ctx.services.sessions.get(args.session)  # "Session #99999 does not exist."
    tickets = ctx.services.tickets.printable(session_id=args.session, ticket_ids=args.ticket)
    if not tickets:
        raise ValueError("no active tickets to print")
    out = Path(args.out)
    if out.suffix.lower() == ".pdf":
        from scipop.tickets.pdf import write_pdf

        out.parent.mkdir(parents=True, exist_ok=True)
        pages = write_pdf(tickets, out, fmt=args.format, lang=args.lang, style=args.style)
        print(f"wrote {len(tickets)} ticket(s) on {pages} page(s) to {out}")
        return 0
    from scipop.tickets.png import save_code_png

    out.mkdir(parents=True, exist_ok=True)
    for t in tickets:
        save_code_png(t.code, out / f"{t.file_stem()}.png")
    print(f"wrote {len(tickets)} QR image(s) to {out}")
    return 0
