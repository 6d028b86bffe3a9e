# SPDX-License-Identifier: EUPL-1.2
"""What the ReportLab patch still in kraftdesk buys, measured on real commands.

    uv run python benchmarks/bench_patches.py --db /tmp/y3.sqlite3 [--pairs 5]

kraftdesk/documents/plain_paragraph.py re-implements ReportLab's Paragraph layout and
drawing for plain lines (issue 19 keeps such a patch only where it buys at least 10 % of a
real command). This script copies the kraftdesk package to a temporary folder with the
patch taken out (kraftdesk.documents.markup makes ReportLab's own Paragraph of the same
fragment), then runs the same `kraftdesk pdf minutes` commands with and without it as
whole processes under /usr/bin/time -v, in interleaved pairs after a warm-up, and compares
the PDFs' bytes: the meeting with the most paragraphs, and that body's year
(`--mapp`). Printed: the medians and the median ratio without / with the patch.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    load_average,
    print_machine,
    print_table,
    require_register,
    time_process,
)
from bench_cli import biggest_meeting, environment

ROOT = Path(__file__).resolve().parent.parent
PATCHED = "return PlainParagraph(line, style, bulletText=bullet, frags=[fragment])"
PLAIN = "return Paragraph(line, style, bulletText=bullet, frags=[fragment])"


def without_patch(folder: Path) -> Path:
    """A copy of the package (and its resources) with PlainParagraph left out."""
    shutil.copytree(ROOT / "kraftdesk", folder / "kraftdesk",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("resources", "ui"):
        (folder / name).symlink_to(ROOT / name)
    markup = folder / "kraftdesk" / "documents" / "markup.py"
    text = markup.read_text(encoding="utf-8")
    if PATCHED not in text:
        sys.exit("kraftdesk/documents/markup.py no longer makes PlainParagraph as expected")
    markup.write_text(text.replace(PATCHED, PLAIN), encoding="utf-8")
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/y3.sqlite3"))
    parser.add_argument("--pairs", type=int, default=5)
    args = parser.parse_args(argv)
    require_register(args.db)
    print_machine()
    meeting, year, _count = biggest_meeting(args.db)
    db = str(args.db.resolve())
    rows = []
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        variant = without_patch(work / "variant")
        # PYTHONSAFEPATH: `python -m` must not put the current folder (perhaps this
        # checkout) before PYTHONPATH, or both would run the same code.
        env = {**environment(), "PYTHONSAFEPATH": "1"}
        env_without = {**env, "PYTHONPATH": str(variant)}
        env_with = {**env, "PYTHONPATH": str(ROOT)}
        for name, target in ((f"pdf minutes {meeting}", ["-o"]), (f"pdf minutes {year}",
                                                                   ["--mapp"])):
            what = name.split()[-1]

            def command(out: Path, what: str = what, target: list[str] = target) -> list[str]:
                return [sys.executable, "-m", "kraftdesk", "--db", db, "pdf", "minutes", what,
                        *target, str(out), "--force"]

            outs = {"with": work / f"with-{what}", "without": work / f"without-{what}"}
            if target == ["-o"]:
                outs = {key: path.with_suffix(".pdf") for key, path in outs.items()}
            print(f"# {name}: load before {load_average()}", flush=True)
            for key, environ in (("with", env_with), ("without", env_without)):
                warm = time_process(command(outs[key]), env=environ, timeout=900)
                if warm.returncode:
                    sys.exit(warm.output[-3000:])
            runs = [(time_process(command(outs["without"]), env=env_without, timeout=900),
                     time_process(command(outs["with"]), env=env_with, timeout=900))
                    for _ in range(args.pairs)]
            same = _same_bytes(outs["with"], outs["without"])
            print(f"#   load after {load_average()}; the same PDF bytes: {same}", flush=True)
            rows.append((name, args.pairs, statistics.median(a.cpu_s for a, _ in runs),
                         statistics.median(b.cpu_s for _, b in runs),
                         statistics.median(a.cpu_s / b.cpu_s for a, b in runs),
                         statistics.median(a.wall_s / b.wall_s for a, b in runs),
                         "yes" if same else "NO"))
    print()
    print_table(("command", "pairs", "cpu s without", "cpu s with", "without/with cpu",
                 "without/with wall", "same bytes"), rows)
    return 0


def _same_bytes(a: Path, b: Path) -> bool:
    if a.is_file():
        return a.read_bytes() == b.read_bytes()
    names = sorted(os.listdir(a))
    return names == sorted(os.listdir(b)) and all(
        (a / name).read_bytes() == (b / name).read_bytes() for name in names)


if __name__ == "__main__":
    sys.exit(main())
