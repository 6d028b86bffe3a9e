# SPDX-License-Identifier: EUPL-1.2
"""Start-up of the desktop app to a usable main window, beside a bare PySide6 window.

    uv run python benchmarks/bench_startup.py [--db /tmp/big.sqlite3] [--small /tmp/small.sqlite3]
                                              [--repeat 5] [--server postgresql+psycopg://…]

Each start is a whole process under /usr/bin/time -v (benchmarks/_startup_probe.py), run in
turn: a bare QMainWindow with an empty table, kraftdesk on a small register, kraftdesk on the
large one; one warm-up round, then --repeat rounds, medians reported. Python bytecode is
cached (in a temporary folder, PYTHONPYCACHEPREFIX) as an installed app would have it.
kraftdesk starts through its real entry point (the `kraftdesk` command, kraftdesk.launcher)
with a fresh data folder found the way a user's is (platformdirs, under a temporary
XDG_DATA_HOME).

Printed: the time from exec to a usable window as the probe saw it (kraftdesk: painted with
its first page of meetings) and the process's CPU time at that moment; for kraftdesk the
time until the register is open in the window ("ready": every page and action works); the
whole process's elapsed and CPU time (user + system) and peak memory (max RSS); then the
ratios of the medians, and the same ratio round by round (its spread and how many rounds
are within the target). Qt runs with the offscreen platform unless QT_QPA_PLATFORM is set
(for example to xcb under Xvfb).

Targets (issue 7): start-up ≤ 1.5 × the bare window and not growing with register size;
peak memory with the large register open ≤ 200 MiB. Issue 19: ready ≤ 2 × the bare window's
first paint (printed for the large register, wall and CPU).
"""

from __future__ import annotations

import argparse
import os
import re
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

PROBE = Path(__file__).resolve().parent / "_startup_probe.py"
TARGET_RATIO = 1.5
TARGET_READY_RATIO = 2.0  # issue 19: ready ≤ 2 × the bare window's first paint
TARGET_RSS_MIB = 200.0


def _environment(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("KRAFTDESK_DATA_DIR", None)
    env["XDG_DATA_HOME"] = str(home / "data")
    env["XDG_CONFIG_HOME"] = str(home / "config")
    env.pop("KRAFTDESK_DB", None)
    # An installed app runs from bytecode; a checkout with PYTHONDONTWRITEBYTECODE would
    # compile every kraftdesk module at each start. Cache it outside the checkout instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "kraftdesk-bench-pycache")
    return env


def _usable(output: str) -> tuple[float, float]:
    found = re.search(r"usable after ([\d.]+) s, cpu ([\d.]+) s", output)
    return float(found[1]), float(found[2])


def _ready(output: str) -> tuple[float, float] | None:
    found = re.search(r"ready after ([\d.]+) s, cpu ([\d.]+) s", output)
    return (float(found[1]), float(found[2])) if found else None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_REGISTER)
    parser.add_argument("--small", type=Path, default=Path("/tmp/small.sqlite3"),
                        help="a small register with a full first page "
                             "(generate.py --years 3 --bodies 2)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--server", metavar="URL",
                        help="the large register on PostgreSQL as well (a copy of --db, "
                             "kraftdesk copy --to URL): ready on the server / on SQLite "
                             "(issue 18: ≤ 1.5×)")
    args = parser.parse_args(argv)
    require_register(args.db)
    require_register(args.small)
    cases = {
        "bare PySide6 window": [sys.executable, str(PROBE), "bare"],
        f"kraftdesk, small register ({args.small.stat().st_size / 2**20:.0f} MiB)":
            [sys.executable, str(PROBE), "app", "--db", str(args.small)],
        f"kraftdesk, large register ({args.db.stat().st_size / 2**20:.0f} MiB)":
            [sys.executable, str(PROBE), "app", "--db", str(args.db)],
    }
    floor = "bare window, SQLAlchemy imported first"
    cases[floor] = [sys.executable, str(PROBE), "bare-sqlalchemy"]
    if args.server:
        cases["kraftdesk, large register on PostgreSQL"] = [
            sys.executable, str(PROBE), "app", "--db", args.server]
    print_machine()
    with tempfile.TemporaryDirectory() as home:
        env = _environment(Path(home))
        print(f"# QT_QPA_PLATFORM={env['QT_QPA_PLATFORM']}; {args.repeat} rounds, medians\n")
        runs: dict[str, list] = {name: [] for name in cases}
        notes: dict[str, str] = {}
        for argv_ in cases.values():  # warm-up round: bytecode cache, file cache
            time_process(argv_, env=env)
        for _ in range(args.repeat):
            for name, argv_ in cases.items():
                run = time_process(argv_, env=env)
                if run.returncode != 0:
                    sys.exit(f"{name} failed:\n{run.output}")
                runs[name].append(run)
                notes[name] = re.search(r"usable after .*? \((.*)\)", run.output)[1]
    rows, figures = [], {}
    for name, results in runs.items():
        usable = [_usable(r.output) for r in results]
        ready = [_ready(r.output) for r in results]
        figures[name] = (statistics.median(u[0] for u in usable),
                         statistics.median(u[1] for u in usable),
                         statistics.median(r.max_rss_mib for r in results))
        rows.append((name, figures[name][0], figures[name][1],
                     statistics.median(r[0] for r in ready) if ready[0] else "",
                     statistics.median(r.wall_s for r in results),
                     statistics.median(r.cpu_s for r in results), figures[name][2]))
    print_table(("start", "usable after s", "cpu then s", "ready after s", "process s",
                 "process cpu s", "max RSS MiB"), rows)
    bare, small, large = (figures[name] for name in list(cases)[:3])
    print()
    for name, note in notes.items():
        print(f"{name}: {note}")
    bare_runs, large_runs = (runs[name] for name in (next(iter(cases)), list(cases)[2]))
    for label, index in (("wall, to a usable window", 0), ("cpu, to a usable window", 1)):
        ratio, growth = large[index] / bare[index], large[index] / small[index]
        # The same ratio round by round (each round starts the three in turn), so the spread
        # that the machine's load gives is seen beside the ratio of the medians.
        per_round = sorted(_usable(big.output)[index] / _usable(plain.output)[index]
                           for plain, big in zip(bare_runs, large_runs, strict=True))
        print(f"\n{label}: large register / bare window {ratio:.2f}× (target ≤ "
              f"{TARGET_RATIO}×: {'met' if ratio <= TARGET_RATIO else 'MISSED'}); "
              f"large / small register {growth:.2f}× (target: not growing)")
        print(f"  round by round: {per_round[0]:.2f}–{per_round[-1]:.2f}×, "
              f"{sum(r <= TARGET_RATIO for r in per_round)} of {len(per_round)} rounds within "
              f"{TARGET_RATIO}×")
    ready_large = [_ready(r.output) for r in large_runs]
    for label, index in (("wall", 0), ("cpu", 1)):
        ratio = statistics.median(r[index] for r in ready_large) / bare[index]
        print(f"\nready ({label}), large register / bare window's first paint {ratio:.2f}× "
              f"(target ≤ {TARGET_READY_RATIO}×: "
              f"{'met' if ratio <= TARGET_READY_RATIO else 'MISSED'})")
    floor_ratio = figures[floor][0] / bare[0]
    print(f"\nthe floor of ready: a bare window with SQLAlchemy imported first, "
          f"{figures[floor][0]:.3f} s = {floor_ratio:.2f}× the bare window's first paint "
          f"(ready reads the register through SQLAlchemy: ready ≤ {TARGET_READY_RATIO}× is "
          f"{'within' if floor_ratio <= TARGET_READY_RATIO else 'below'} this floor)")
    print(f"\npeak memory, large register: {large[2]:.0f} MiB (target ≤ {TARGET_RSS_MIB:.0f} "
          f"MiB: {'met' if large[2] <= TARGET_RSS_MIB else 'MISSED'})")
    if args.server:
        names = list(cases)
        ready = {name: statistics.median(_ready(r.output)[0] for r in runs[name])
                 for name in (names[2], names[4])}
        ratio = ready[names[4]] / ready[names[2]]
        print(f"\nready, PostgreSQL / SQLite (large register): {ready[names[4]]:.2f} s / "
              f"{ready[names[2]]:.2f} s = {ratio:.2f}× (target ≤ {TARGET_RATIO}×: "
              f"{'met' if ratio <= TARGET_RATIO else 'MISSED'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
