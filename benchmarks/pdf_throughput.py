# SPDX-License-Identifier: EUPL-1.2
"""PDF throughput: kraftdesk's minutes beside a plain ReportLab platypus rendering.

    uv run python benchmarks/pdf_throughput.py [--repeat 3] [--meetings 20] [--no-process]

Three workloads, each rendered by kraftdesk.documents.render_minutes and, for comparison,
as plain platypus: the same text, one Paragraph per line in the same font and size on a
SimpleDocTemplate, with the same ReportLab settings (invariant, no ASCII85).

- demo: the minutes of every meeting in the demo register (resources/demo);
- 40 §: a generated meeting of 40 paragraphs (each like Malmö's § 16, every fourth with a
  voting list) and 10 bilagor;
- a year: one body's minutes for a year (`--meetings` meetings of 30 paragraphs and 4
  bilagor each).

Pages per second favour kraftdesk a little, because every § and bilaga starts a new page
(more pages for the same text); "same text" compares the times for the same text, which is
the stricter measure. Target (issue 4): at least 0.9 × plain platypus.

Then whole processes under /usr/bin/time -v: rendering the 40-§ meeting to a file
(`--probe`), `kraftdesk pdf minutes` of the demo KS minutes, and bare imports for the floor.
The processes run with bytecode caching on (PYTHONPYCACHEPREFIX in a temporary folder, after
one warm-up run), as an installed kraftdesk has compiled .pyc files. Target: under 0.5 s.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kraftdesk.documents import render_minutes
from kraftdesk.domain.document import (
    BulletList,
    MinutesDoc,
    NumberedList,
    SignatureLines,
    Table,
    Text,
)

ROOT = Path(__file__).resolve().parent.parent


def demo_docs() -> list[MinutesDoc]:
    from sqlalchemy import select

    from kraftdesk.domain.enums import MinutesState
    from kraftdesk.reading.minutes import minutes_doc
    from kraftdesk.register.migrate import open_register
    from kraftdesk.register.models import Meeting
    from kraftdesk.services.demo import load_demo

    with tempfile.TemporaryDirectory() as folder:
        register = open_register(f"sqlite:///{folder}/demo.sqlite3", create=True)
        load_demo(register)
        with register.read() as session:
            meetings = session.scalars(select(Meeting).order_by(Meeting.starts_at)).all()
            docs = [minutes_doc(session, m.id, final=m.minutes_state is MinutesState.APPROVED)
                    for m in meetings]
        register.close()
    return docs


def generated_docs(meetings: int) -> dict[str, list[MinutesDoc]]:
    from tests.documents.samples import MEETING_DAY, generated_minutes

    year = [generated_minutes(30, 4, final=True, day=MEETING_DAY + timedelta(days=14 * i),
                              first_number=1 + 30 * i) for i in range(meetings)]
    return {"40 §, 10 bilagor": [generated_minutes(40, 10, final=True)],
            f"ett år ({meetings} sammanträden)": year}


def doc_lines(doc: MinutesDoc) -> list[str]:
    """Every line of text of the document, in order, for the plain rendering."""
    lines: list[str] = []
    for field in (*doc.front_fields, *doc.posting_fields, *doc.certification):
        lines += [field.label, *field.lines]
    lines += [f"{s.role} {s.name} {s.note or ''}" for s in doc.signatures]
    for paragraph in doc.paragraphs:
        lines += [f"{paragraph.label} {paragraph.title}", paragraph.case_number or ""]
        for section in paragraph.sections:
            lines.append(section.heading or "")
            lines += [line for block in section.blocks for line in _block_lines(block)]
    for appendix in doc.appendices:
        lines += [appendix.title, appendix.reference]
        lines += [line for block in appendix.blocks for line in _block_lines(block)]
    return [line for text in lines for line in text.split("\n") if line.strip()]


def _block_lines(block: object) -> list[str]:
    if isinstance(block, Text):
        return [block.text]
    if isinstance(block, (NumberedList, BulletList)):
        return list(block.items)
    if isinstance(block, Table):
        return [" ".join(block.header), *(" ".join(row) for row in block.rows)]
    if isinstance(block, SignatureLines):
        return list(block.lines)
    return []


def render_ours(docs: list[MinutesDoc]) -> int:
    return sum(render_minutes(doc, io.BytesIO()) for doc in docs)


def render_plain(texts: list[list[str]]) -> int:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from kraftdesk.documents.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=11, leading=14.5)
    pages = 0
    for lines in texts:
        doc = SimpleDocTemplate(io.BytesIO(), invariant=1, initialFontName=REGULAR)
        doc.build([Paragraph(escape(line), style) for line in lines])
        pages += doc.page
    return pages


def throughput(workloads: dict[str, list[MinutesDoc]], repeat: int) -> None:
    from reportlab import rl_config

    from benchmarks._bench import measure, print_table

    rl_config.useA85 = 0  # as kraftdesk.documents.render sets it: same settings for both
    rows = []
    for name, docs in workloads.items():
        texts = [doc_lines(doc) for doc in docs]
        characters = sum(len(line) for lines in texts for line in lines)
        runs = 1 if len(docs) > 5 else repeat
        ours, ours_pages = measure(lambda d=docs: render_ours(d), repeat=runs)
        plain, plain_pages = measure(lambda t=texts: render_plain(t), repeat=runs)
        ours_rate = ours_pages / (ours.wall_ms / 1000)
        plain_rate = plain_pages / (plain.wall_ms / 1000)
        rows.append((name, characters, ours_pages, ours.wall_ms, ours.cpu_ms, ours_rate,
                     plain_pages, plain.wall_ms, plain.cpu_ms, plain_rate,
                     ours_rate / plain_rate, plain.cpu_ms / ours.cpu_ms))
    print_table(("arbete", "tecken", "sidor", "ms", "cpu ms", "sidor/s", "plain sidor",
                 "plain ms", "plain cpu ms", "plain sidor/s", "× sidor/s", "× samma text"),
                rows)


def processes() -> None:
    from benchmarks._bench import print_table, time_process

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "kraftdesk-bench-pyc")
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        register = Path(folder) / "demo.sqlite3"
        _demo_register(register)
        commands = {
            "python utan import": [python, "-c", "pass"],
            "import reportlab.platypus": [python, "-c", "import reportlab.platypus"],
            "import kraftdesk.documents": [python, "-c", "import kraftdesk.documents"],
            "40 § till fil (--probe)": [python, __file__, "--probe", f"{folder}/p.pdf"],
            "kraftdesk pdf minutes KS:2026-01-07": [
                python, "-m", "kraftdesk", "--db", str(register), "pdf", "minutes",
                "KS:2026-01-07", "-o", f"{folder}/ks.pdf"],
        }
        rows = []
        for name, argv in commands.items():
            time_process(argv, env=env)  # warm-up: compiles the .pyc files
            runs = [time_process(argv, env=env) for _ in range(3)]
            best = min(runs, key=lambda r: r.wall_s)
            if best.returncode:
                print(best.output, file=sys.stderr)
            rows.append((name, best.wall_s, best.cpu_s, best.max_rss_mib))
    print_table(("process", "s (bästa av 3)", "cpu s", "max RSS MiB"), rows)


def _demo_register(path: Path) -> None:
    from kraftdesk.register.migrate import open_register
    from kraftdesk.services.demo import load_demo

    register = open_register(f"sqlite:///{path}", create=True)
    load_demo(register)
    register.close()


def probe(out: str) -> None:
    """One whole process: the 40-paragraph meeting with 10 bilagor to a file."""
    from tests.documents.samples import generated_minutes

    with open(out, "wb") as handle:
        render_minutes(generated_minutes(40, 10, final=True), handle)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--meetings", type=int, default=20)
    parser.add_argument("--no-process", action="store_true")
    parser.add_argument("--probe", metavar="OUT")
    args = parser.parse_args()
    if args.probe:
        probe(args.probe)
        return
    # Imported here: the probe process loads nothing a render does not need but argparse.
    from benchmarks._bench import print_machine

    print_machine()
    print(f"# {date.today().isoformat()}, repeat {args.repeat}")
    workloads = {"demo (alla sammanträden)": demo_docs(), **generated_docs(args.meetings)}
    throughput(workloads, args.repeat)
    if not args.no_process:
        print()
        processes()


if __name__ == "__main__":
    main()

