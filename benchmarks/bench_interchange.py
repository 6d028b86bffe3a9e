# SPDX-License-Identifier: EUPL-1.2
"""Export and import of the whole large register, as whole `kraftdesk` processes.

    uv run python benchmarks/bench_interchange.py [--db /tmp/big.sqlite3] [--repeat 1]

Runs `kraftdesk --db BIG export FILE.json`, then `kraftdesk --db NEW import FILE.json` into a
new register, each under /usr/bin/time -v (elapsed time and peak memory, max RSS), and
checks that exporting the imported register gives the same bytes. With --repeat N each is
run N times and the median printed; an import of ten years takes minutes on this machine,
so the default is one run.
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


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_REGISTER)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()))
    args = parser.parse_args(argv)
    require_register(args.db)
    exported = args.workdir / "kraftdesk-bench-export.json"
    again = args.workdir / "kraftdesk-bench-export-2.json"
    imported = args.workdir / "kraftdesk-bench-import.sqlite3"
    print_machine()
    print(f"# register: {args.db} ({args.db.stat().st_size / 2**20:.0f} MiB); "
          f"{args.repeat} run(s) each\n")
    exports, imports = [], []
    for _ in range(args.repeat):
        run = time_process([*KRAFTDESK, "--db", str(args.db), "export", str(exported)])
        if run.returncode != 0:
            sys.exit(f"export failed:\n{run.output}")
        exports.append(run)
        _remove(imported)
        run = time_process([*KRAFTDESK, "--db", str(imported), "import", str(exported)])
        if run.returncode != 0:
            sys.exit(f"import failed:\n{run.output}")
        imports.append(run)
    check = time_process([*KRAFTDESK, "--db", str(imported), "export", str(again)])
    same = check.returncode == 0 and _sha(exported) == _sha(again)
    size = exported.stat().st_size / 2**20
    print_table(("process", "s", "max RSS MiB"), [
        (f"kraftdesk export ({size:.0f} MiB JSON)",
         statistics.median(r.wall_s for r in exports),
         statistics.median(r.max_rss_mib for r in exports)),
        ("kraftdesk import into a new register",
         statistics.median(r.wall_s for r in imports),
         statistics.median(r.max_rss_mib for r in imports)),
        ("kraftdesk export of the imported register", check.wall_s, check.max_rss_mib),
    ])
    print(f"\nround trip gives the same bytes: {'yes' if same else 'NO'}")
    for path in (exported, again):
        path.unlink(missing_ok=True)
    _remove(imported)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
