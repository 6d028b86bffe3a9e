# SPDX-License-Identifier: EUPL-1.2
"""Whole `kraftdesk` processes beside their floors, in interleaved pairs.

    uv run python benchmarks/generate.py --years 3 --bodies 8 --seed 1 --no-audit \\
        --out /tmp/y3.sqlite3
    uv run python benchmarks/bench_cli.py --db /tmp/y3.sqlite3 [--pairs 7] [--only pdf,pending]

What the user runs is timed: the installed `kraftdesk` command (the console script beside
this Python, which calls kraftdesk.launcher.main) as a whole process under
/usr/bin/time -v, and beside it, in the same run, the floor of the same work as a whole
process. The two run in turn (A B A B …: interleaved pairs, so the machine's load falls on
both) after one warm-up each, which also compiles their bytecode as an installed program
has it. Each line gives the medians of the pairs and the median of the pairs' ratios; the
load average is printed before and after each comparison.

- pdf: `kraftdesk pdf minutes` of the meeting with the most paragraphs, against
  benchmarks/floor_platypus.py rendering the text pypdf extracts from that PDF, one
  platypus Paragraph per line in the same font (ReportLab's defaults; `same settings`: no
  ASCII85 and invariant, as kraftdesk writes).
- pending: `kraftdesk pending` against benchmarks/floor_sql.py, SQLAlchemy running the join
  of statement, paragraph, meeting and body for the promised statements.
- search: `kraftdesk search WORDS` against floor_sql.py running the same full-text query.
- year: `kraftdesk pdf minutes BODY:YEAR --mapp DIR` for the body and year of that meeting,
  against one floor_platypus.py process rendering every one of those PDFs' text.
- export: peak memory (max RSS) and time of `kraftdesk export` of the whole register.
- bound (only with --only bound): a Python process that imports the register's models
  (SQLAlchemy and its ORM) and ReportLab's platypus, configures the mappers and does
  nothing else, against the pdf floor: the least any `pdf` process reading the register
  through the ORM costs; and one that imports only SQLAlchemy (Core, with its SQLite
  dialect) and platypus: the least of any process reading the register through SQLAlchemy.
  Then benchmarks/_render_composed.py: the meeting's minutes composed here (the real
  reading code), and a process that does all the command does except reading them (the
  command line's modules, kraftdesk's renderer, the file), once with SQLAlchemy's Core
  imported as any reader through SQLAlchemy must, once without.

Targets (issue 19): every ratio ≤ 1.5; export peak ≤ 250 MiB.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    ProcessRun,
    load_average,
    print_machine,
    print_table,
    require_register,
    time_process,
)

HERE = Path(__file__).resolve().parent
TARGET_RATIO = 1.5
TARGET_EXPORT_MIB = 250.0
SEARCH_WORDS = ("budget", "kommunstyrelsen", "ekonomiskt bistånd")


def kraftdesk_command() -> list[str]:
    """The installed `kraftdesk` console script beside this Python, else `python -m`."""
    script = Path(sys.executable).with_name("kraftdesk")
    if script.exists():
        return [str(script)]
    found = shutil.which("kraftdesk")
    return [found] if found else [sys.executable, "-m", "kraftdesk"]


def environment() -> dict[str, str]:
    """As an installed program runs: bytecode written and read (no PYTHONDONTWRITEBYTECODE)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.pop("KRAFTDESK_DB", None)
    return env


def biggest_meeting(db: Path) -> tuple[str, str, int]:
    """(meeting reference, body:year, paragraphs) of the meeting with the most paragraphs."""
    with sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True) as connection:
        short, starts, count = connection.execute(
            "SELECT b.short_name, m.starts_at, count(p.id) AS n FROM meeting m "
            "JOIN body b ON b.id = m.body_id JOIN paragraph p ON p.meeting_id = m.id "
            "GROUP BY m.id ORDER BY n DESC, m.starts_at, m.id LIMIT 1").fetchone()
    day = str(starts)[:10]
    return f"{short}:{day}", f"{short}:{day[:4]}", count


def extract_text(pdfs: Sequence[Path], out: Path) -> int:
    """The text of the PDFs as pypdf extracts it, one document after another (form feed
    between them); returns the number of lines."""
    from pypdf import PdfReader

    texts = ["\n".join(page.extract_text() for page in PdfReader(pdf).pages) for pdf in pdfs]
    out.write_text("\f".join(texts), encoding="utf-8")
    return sum(len(text.splitlines()) for text in texts)


def pairs(a: list[str], b: list[str], count: int, env: dict[str, str]) -> list[tuple[ProcessRun,
                                                                                       ProcessRun]]:
    """`count` interleaved runs of A and B after one warm-up of each."""
    for argv in (a, b):
        warm = time_process(argv, env=env)
        if warm.returncode:
            sys.exit(f"{' '.join(argv)} failed:\n{warm.output[-3000:]}")
    done = []
    for _ in range(count):
        first = time_process(a, env=env)
        second = time_process(b, env=env)
        for run, argv in ((first, a), (second, b)):
            if run.returncode:
                sys.exit(f"{' '.join(argv)} failed:\n{run.output[-3000:]}")
        done.append((first, second))
    return done


def summary(name: str, runs: list[tuple[ProcessRun, ProcessRun]]) -> tuple:
    median = statistics.median
    wall_ratios = [a.wall_s / b.wall_s for a, b in runs]
    cpu_ratios = [a.cpu_s / b.cpu_s for a, b in runs]
    return (name, len(runs), median(a.wall_s for a, _ in runs), median(b.wall_s for _, b in runs),
            median(wall_ratios), min(wall_ratios), max(wall_ratios),
            median(a.cpu_s for a, _ in runs), median(b.cpu_s for _, b in runs),
            median(cpu_ratios), max(a.max_rss_mib for a, _ in runs),
            max(b.max_rss_mib for _, b in runs))


HEADER = ("comparison", "pairs", "A s", "floor s", "A/floor", "min", "max", "A cpu s",
          "floor cpu s", "A/floor cpu", "A MiB", "floor MiB")


def compare(name: str, a: list[str], b: list[str], count: int, env: dict[str, str],
            rows: list[tuple]) -> None:
    print(f"# {name}: load before {load_average()}", flush=True)
    print(f"#   A:     {' '.join(a)}\n#   floor: {' '.join(b)}", flush=True)
    runs = pairs(a, b, count, env)
    rows.append(summary(name, runs))
    print(f"#   load after {load_average()}; ratios pair by pair (wall): "
          + " ".join(f"{x.wall_s / y.wall_s:.2f}" for x, y in runs), flush=True)


def composed_minutes(db: Path, meeting: str) -> bytes:
    """The meeting's minutes as `kraftdesk pdf minutes` composes them, pickled."""
    import pickle

    from kraftdesk.reading.minutes import minutes_doc
    from kraftdesk.reading.references import find_meeting
    from kraftdesk.register.migrate import open_register

    register = open_register(f"sqlite:///{db}")
    try:
        with register.read() as session:
            row = find_meeting(session, meeting)
            from kraftdesk.domain.enums import MinutesState

            final = row.minutes_state is MinutesState.APPROVED
            return pickle.dumps(minutes_doc(session, row.id, final=final))
    finally:
        register.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/y3.sqlite3"))
    parser.add_argument("--pairs", type=int, default=7)
    parser.add_argument("--only", default="pdf,pending,search,year,export",
                        help="comma-separated: pdf, pending, search, year, export, bound")
    args = parser.parse_args(argv)
    require_register(args.db)
    wanted = set(args.only.split(","))
    kraftdesk = kraftdesk_command()
    env = environment()
    python = sys.executable
    db = str(args.db.resolve())
    print_machine()
    meeting, year, paragraphs = biggest_meeting(args.db)
    print(f"# register {db}; the meeting with the most paragraphs: {meeting} ({paragraphs} §§)")
    print(f"# kraftdesk: {' '.join(kraftdesk)}\n")
    rows: list[tuple] = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        if "pdf" in wanted:
            ours = work / "kraftdesk.pdf"
            done = time_process([*kraftdesk, "--db", db, "pdf", "minutes", meeting, "-o",
                                 str(ours)], env=env)
            if done.returncode:
                sys.exit(done.output)
            text = work / "text.txt"
            lines = extract_text([ours], text)
            print(f"# {meeting}: {lines} lines of text extracted with pypdf")
            a = [*kraftdesk, "--db", db, "pdf", "minutes", meeting, "-o", str(ours), "--force"]
            floor = [python, str(HERE / "floor_platypus.py"), str(text), str(work / "f.pdf")]
            compare(f"pdf minutes {meeting}", a, floor, args.pairs, env, rows)
            compare(f"pdf minutes {meeting}, same settings", a, [*floor, "--same-settings"],
                    args.pairs, env, rows)
        if "pending" in wanted:
            compare("pending", [*kraftdesk, "--db", db, "pending"],
                    [python, str(HERE / "floor_sql.py"), db, "pending"], args.pairs, env, rows)
        if "search" in wanted:
            from kraftdesk.services.search import fts5_query, parse_query

            for words in SEARCH_WORDS:
                match = fts5_query(parse_query(words))
                compare(f"search {words}", [*kraftdesk, "--db", db, "search", *words.split()],
                        [python, str(HERE / "floor_sql.py"), db, "search", match],
                        args.pairs, env, rows)
        if "year" in wanted:
            folder_out = work / "year"
            done = time_process([*kraftdesk, "--db", db, "pdf", "minutes", year, "--mapp",
                                 str(folder_out)], env=env)
            if done.returncode:
                sys.exit(done.output)
            pdfs = sorted(folder_out.glob("*.pdf"))
            text = work / "year.txt"
            lines = extract_text(pdfs, text)
            print(f"# {year}: {len(pdfs)} meetings, {lines} lines of text")
            a = [*kraftdesk, "--db", db, "pdf", "minutes", year, "--mapp", str(folder_out),
                 "--force"]
            floor = [python, str(HERE / "floor_platypus.py"), str(text), str(work / "y.pdf")]
            compare(f"pdf minutes {year} (a year)", a, floor, max(3, args.pairs // 2), env,
                    rows)
            compare(f"pdf minutes {year}, same settings", a, [*floor, "--same-settings"],
                    max(3, args.pairs // 2), env, rows)
        print()
        if rows:
            print_table(HEADER, rows)
            worst = max(row[4] for row in rows)
            print(f"\ntarget every A/floor ≤ {TARGET_RATIO}: "
                  f"{'met' if worst <= TARGET_RATIO else 'MISSED'} (highest median {worst:.2f})")
        if "bound" in wanted:
            text = work / "text.txt"
            if not text.exists():
                ours = work / "kraftdesk.pdf"
                time_process([*kraftdesk, "--db", db, "pdf", "minutes", meeting, "-o",
                              str(ours), "--force"], env=env)
                extract_text([ours], text)
            imports = ("import gc; gc.disable(); import kraftdesk.register.models, "
                       "reportlab.platypus; from sqlalchemy.orm import configure_mappers; "
                       "configure_mappers()")
            floor = [python, str(HERE / "floor_platypus.py"), str(text), str(work / "f.pdf")]
            compare("imports only (models, ORM, platypus)", [python, "-c", imports], floor,
                    args.pairs, env, rows)
            # The least of any process that reads the register through SQLAlchemy at all.
            core = ("import gc; gc.disable(); import sqlalchemy, sqlalchemy.dialects.sqlite, "
                    "reportlab.platypus")
            compare("imports only (SQLAlchemy Core, platypus)", [python, "-c", core], floor,
                    args.pairs, env, rows)
            # The minutes composed here, rendered there: all of the command but the reading.
            composed = work / "minutes.pickle"
            composed.write_bytes(composed_minutes(args.db, meeting))
            render = [python, str(HERE / "_render_composed.py"), str(composed),
                      str(work / "r.pdf")]
            compare("render only, with SQLAlchemy Core imported", [*render, "--sqlalchemy"],
                    floor, args.pairs, env, rows)
            compare("render only, without SQLAlchemy", render, floor, args.pairs, env, rows)
            print()
            print_table(HEADER, rows[-4:])
        if "export" in wanted:
            print(f"\n# export: load before {load_average()}", flush=True)
            runs = []
            for _ in range(3):  # export never writes over a file: each run a new one
                done = time_process([*kraftdesk, "--db", db, "export", str(work / "r.json")],
                                    env=env)
                if done.returncode:
                    sys.exit(done.output)
                runs.append(done)
                (work / "r.json").unlink()
            size = args.db.stat().st_size / 2**20
            print_table(("export", "runs", "s (median)", "cpu s", "peak MiB (max)"),
                        [(f"kraftdesk export ({size:.0f} MiB register)", len(runs),
                          statistics.median(r.wall_s for r in runs),
                          statistics.median(r.cpu_s for r in runs),
                          max(r.max_rss_mib for r in runs))])
            peak = max(r.max_rss_mib for r in runs)
            print(f"# load after {load_average()}\ntarget peak ≤ {TARGET_EXPORT_MIB:.0f} MiB: "
                  f"{'met' if peak <= TARGET_EXPORT_MIB else 'MISSED'} ({peak:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
