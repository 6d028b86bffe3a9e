# SPDX-License-Identifier: EUPL-1.2
"""Publishing a year of a kommunstyrelse beside rendering the same protocols without tags.

    uv run python benchmarks/bench_publish.py [--db /tmp/ks40.sqlite3] [--rounds 3]

The register (made once if missing): `benchmarks/generate.py --years 1 --bodies 1
--until 2026-12-31 --ks-meetings 40`, a kommunstyrelse with 40 meetings in 2026 (39
justerade), 20–40 paragraphs each. Three whole processes, in turn, `--rounds` times:

- untagged: read and compose the public version of the year and render it with the
  ordinary renderer (benchmarks/_render_year.py): the baseline;
- tagged: the same, rendered as tagged PDF (kraftdesk.documents.public);
- publish: `kraftdesk publish KS 2026 -o DIR`: the tagged PDFs, every web page, the
  OParl and Popolo files, the manifest, written to disk.

Target (issue 17): publish ≤ 1.5 × untagged. Printed: the median wall-clock and CPU
(user + system) time of each, and the ratios of the medians (CPU is the steadier measure
on a shared machine).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import ROOT, ProcessRun, print_machine, print_table, time_process

DEFAULT = Path("/tmp/ks40.sqlite3")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    if not args.db.exists():
        subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--years",
                        "1", "--bodies", "1", "--until", "2026-12-31", "--ks-meetings", "40",
                        "--out", str(args.db)], check=True)
    print_machine()
    work = Path(tempfile.mkdtemp(prefix="bench-publish-"))
    python = sys.executable
    script = str(ROOT / "benchmarks" / "_render_year.py")
    commands = {
        "untagged": [python, script, str(args.db), "KS", "2026", str(work / "u")],
        "tagged": [python, script, str(args.db), "KS", "2026", str(work / "t"), "--tagged"],
        "publish": [python, "-m", "kraftdesk", "--db", str(args.db), "publish", "KS", "2026",
                    "-o", str(work / "p")],
    }
    runs: dict[str, list[ProcessRun]] = {name: [] for name in commands}
    try:
        for _ in range(args.rounds + 1):  # the first round warms the caches, not counted
            for name, command in commands.items():
                shutil.rmtree(work / name[0], ignore_errors=True)
                run = time_process(command)
                if run.returncode != 0:
                    sys.exit(f"{name} failed:\n{run.output}")
                runs[name].append(run)
        files = sum(1 for p in (work / "p").rglob("*") if p.is_file())
        pages = sum(1 for p in (work / "t").glob("*.pdf"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    wall = {n: statistics.median(r.wall_s for r in rs[1:]) for n, rs in runs.items()}
    cpu = {n: statistics.median(r.cpu_s for r in rs[1:]) for n, rs in runs.items()}
    rss = {n: max(r.max_rss_mib for r in rs) for n, rs in runs.items()}
    print(f"# {pages} protokoll; publish wrote {files} files\n")
    print_table(["process", "wall s", "CPU s", "× untagged (CPU)", "max RSS MiB"],
                [[n, wall[n], cpu[n], cpu[n] / cpu["untagged"], rss[n]] for n in commands])
    print(f"\npublish / untagged: {cpu['publish'] / cpu['untagged']:.2f} × CPU, "
          f"{wall['publish'] / wall['untagged']:.2f} × wall (target ≤ 1.5 ×)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
