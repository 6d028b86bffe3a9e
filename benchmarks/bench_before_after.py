# SPDX-License-Identifier: EUPL-1.2
"""Before and after the meeting (issue 15) on a generated register.

    uv run python benchmarks/bench_before_after.py [--db /tmp/small.sqlite3] [--repeat 11]

Times, each as the GUI and the command line call it (one read session per call):

- the ärende page (kraftdesk.services.cases.case_view) of the case with the most handlings;
- Bevakning's bordlagda and återremitterade ärenden (ledger.awaiting_return), after marking
  paragraphs of the last meetings not yet justerade bordlagda (in a copy of the register:
  the original is not changed);
- the kallelse of the meeting with the most paragraphs, composed and rendered
  (notices.notice_pdf), and the kallelse's pages;
- the expediering overview of that meeting (dispatch.dispatch_overview).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import measure, print_machine, print_table, require_register
from sqlalchemy import func, select, text

from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import Meeting, Paragraph
from kraftdesk.services import cases, dispatch, ledger, notices

DEFAULT = Path("/tmp/small.sqlite3")
TABLED = 20  # paragraphs marked bordlagda in the last draft meetings


def _prepare(path: Path) -> tuple[int, int]:
    """(the case with most handlings, the draft meeting with most paragraphs)."""
    register = open_register(f"sqlite:///{path}", create=False)
    try:
        with register.read() as s:
            case_id = s.execute(select(Paragraph.case_id).where(Paragraph.case_id.is_not(None))
                                .group_by(Paragraph.case_id)
                                .order_by(func.count().desc(), Paragraph.case_id)
                                .limit(1)).scalar_one()
            meeting_id = s.execute(
                select(Paragraph.meeting_id).join(Meeting, Meeting.id == Paragraph.meeting_id)
                .where(Meeting.minutes_state != "approved").group_by(Paragraph.meeting_id)
                .order_by(func.count().desc(), Paragraph.meeting_id).limit(1)).scalar_one()
        with register.write() as s:
            s.execute(text(
                "UPDATE paragraph SET deferral = 'tabled' WHERE id IN (SELECT p.id FROM "
                "paragraph p JOIN meeting m ON m.id = p.meeting_id WHERE m.minutes_state != "
                "'approved' AND p.immediately_approved_on IS NULL AND p.case_id IS NOT NULL "
                "ORDER BY m.starts_at DESC, p.id LIMIT :n)"),
                {"n": TABLED})
    finally:
        register.close()
    return case_id, meeting_id


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT)
    parser.add_argument("--repeat", type=int, default=11)
    args = parser.parse_args(argv)
    require_register(args.db)
    print_machine()
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "register.sqlite3"
        shutil.copyfile(args.db, copy)
        case_id, meeting_id = _prepare(copy)
        register = open_register(f"sqlite:///{copy}", create=False)
        try:
            page, view = measure(lambda: cases.case_view(register, case_id), repeat=args.repeat)
            waiting, rows = measure(lambda: ledger.awaiting_return(register),
                                    repeat=args.repeat)
            pdf, data = measure(lambda: notices.notice_pdf(register, meeting_id),
                                repeat=max(3, args.repeat // 3))
            overview, _ = measure(lambda: dispatch.dispatch_overview(register, meeting_id),
                                  repeat=args.repeat)
            with register.read() as s:
                paragraphs = s.scalar(select(func.count()).where(
                    Paragraph.meeting_id == meeting_id))
                total = s.scalar(select(func.count()).select_from(Paragraph))
        finally:
            register.close()
    pages = data.count(b"/Type /Page\n") or data.count(b"/Type /Page")
    print(f"Register: {args.db} ({total} paragrafer)")
    print_table(("what", "median wall ms", "median cpu ms", "runs", "note"), [
        ("ärende page (case_view)", f"{page.wall_ms:.1f}", f"{page.cpu_ms:.1f}", page.runs,
         f"{len(view.handlings)} handlings"),
        ("bordlagda ärenden (awaiting_return)", f"{waiting.wall_ms:.1f}",
         f"{waiting.cpu_ms:.1f}", waiting.runs, f"{len(rows)} ärenden"),
        ("kallelse PDF (notice_pdf)", f"{pdf.wall_ms:.1f}", f"{pdf.cpu_ms:.1f}", pdf.runs,
         f"{paragraphs} ärenden, {pages} sidor"),
        ("expediering (dispatch_overview)", f"{overview.wall_ms:.1f}",
         f"{overview.cpu_ms:.1f}", overview.runs, ""),
    ])
    return 0


if __name__ == "__main__":
    sys.exit(main())
