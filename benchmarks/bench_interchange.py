# SPDX-License-Identifier: EUPL-1.2
"""Export and import of the whole large register, as whole `kraftdesk` processes.

    uv run python benchmarks/bench_interchange.py [--db /tmp/big.sqlite3] [--repeat 1]
        [--against /work/main/.venv/bin/kraftdesk]

Runs `kraftdesk --db BIG export FILE.json`, then `kraftdesk --db NEW import FILE.json` into a
new register, each under /usr/bin/time -v (elapsed time, CPU time and peak memory, max RSS),
and checks that exporting the imported register gives the same bytes. With --repeat N each
is run N times and the median printed; an import of ten years takes minutes on this machine,
so the default is one run. --against KRAFTDESK also imports the same file with another
checkout's `kraftdesk` command (its console script, e.g. /work/main/.venv/bin/kraftdesk:
not `python -m`, which would import the package of the current folder), in turn with this
one (A B A B …), so that the machine's load falls on both.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    DEFAULT_REGISTER,
    print_machine,
    print_table,
    require_register,
    time_process,
)

KRAFTDESK = [sys.executable, "-m", "kraftdesk"]
#: An import of thirty years takes many minutes on a loaded machine.
TIMEOUT = 4 * 3600


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _medians(runs: list) -> tuple[float, float, float]:
    return (statistics.median(r.wall_s for r in runs), statistics.median(r.cpu_s for r in runs),
            statistics.median(r.max_rss_mib for r in runs))


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_REGISTER)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--against", metavar="KRAFTDESK",
                        help="another checkout's kraftdesk command: its import beside this one's")
    args = parser.parse_args(argv)
    require_register(args.db)
    exported = args.workdir / "kraftdesk-bench-export.json"
    again = args.workdir / "kraftdesk-bench-export-2.json"
    imported = args.workdir / "kraftdesk-bench-import.sqlite3"
    print_machine()
    print(f"# register: {args.db} ({args.db.stat().st_size / 2**20:.0f} MiB); "
          f"{args.repeat} run(s) each\n")
    exports, imports, others = [], [], []
    for path in (exported, again):
        path.unlink(missing_ok=True)  # export never writes over a file
    for _ in range(args.repeat):
        exported.unlink(missing_ok=True)
        run = time_process([*KRAFTDESK, "--db", str(args.db), "export", str(exported)])
        if run.returncode != 0:
            sys.exit(f"export failed:\n{run.output}")
        exports.append(run)
        if args.against:
            _remove(imported)
            run = time_process([args.against, "--db", str(imported), "import", str(exported)],
                               timeout=TIMEOUT)
            if run.returncode != 0:
                sys.exit(f"import ({args.against}) failed:\n{run.output}")
            others.append(run)
        _remove(imported)
        run = time_process([*KRAFTDESK, "--db", str(imported), "import", str(exported)],
                           timeout=TIMEOUT)
        if run.returncode != 0:
            sys.exit(f"import failed:\n{run.output}")
        imports.append(run)
    check = time_process([*KRAFTDESK, "--db", str(imported), "export", str(again)])
    same = check.returncode == 0 and _sha(exported) == _sha(again)
    size = exported.stat().st_size / 2**20
    rows = [(f"kraftdesk export ({size:.0f} MiB JSON)", *_medians(exports)),
            ("kraftdesk import into a new register", *_medians(imports))]
    if others:
        rows.append((f"the same import by {args.against}", *_medians(others)))
    rows.append(("kraftdesk export of the imported register", check.wall_s, check.cpu_s,
                 check.max_rss_mib))
    print_table(("process", "s", "cpu s", "max RSS MiB"), rows)
    if others:
        pairs = list(zip(imports, others, strict=True))
        print(f"\nimport, this one / the other (median of the pairs): wall "
              f"{statistics.median(a.wall_s / b.wall_s for a, b in pairs):.2f}, "
              f"cpu {statistics.median(a.cpu_s / b.cpu_s for a, b in pairs):.2f}")
    print(f"\nround trip gives the same bytes: {'yes' if same else 'NO'}")
    for path in (exported, again):
        path.unlink(missing_ok=True)
    _remove(imported)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
