# SPDX-License-Identifier: EUPL-1.2
"""Shared by the benchmark scripts: timing, percentiles, the machine, printing a table."""

from __future__ import annotations

import os
import platform
import re
import resource
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REGISTER = Path("/tmp/big.sqlite3")


@dataclass(frozen=True)
class Timing:
    """Median wall-clock and CPU time of repeated runs, in milliseconds."""

    wall_ms: float
    cpu_ms: float
    runs: int


def measure(action: Callable[[], Any], *, repeat: int, warmup: int = 1) -> tuple[Timing, Any]:
    """Run `action` warmup + repeat times; the median of the timed runs, and the last result."""
    result = None
    for _ in range(warmup):
        result = action()
    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        result = action()
        cpus.append((time.process_time() - cpu) * 1000)
        walls.append((time.perf_counter() - wall) * 1000)
    return Timing(statistics.median(walls), statistics.median(cpus), repeat), result


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0–100) of the values."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * p // 100))  # ceil
    return ordered[int(rank) - 1]


def load_average() -> str:
    one, five, fifteen = os.getloadavg()
    return f"{one:.2f} {five:.2f} {fifteen:.2f}"


def machine() -> dict[str, str]:
    """What the figures were measured on."""
    memory = "?"
    try:
        meminfo = Path("/proc/meminfo").read_text()
        kib = int(re.search(r"MemTotal:\s+(\d+)", meminfo)[1])  # type: ignore[index]
        memory = f"{kib / 2**20:.1f} GiB"
    except (OSError, TypeError):
        pass
    cpu = platform.processor() or "?"
    try:
        model = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        cpu = model[1] if model else cpu
    except OSError:
        pass
    return {
        "cpu": f"{cpu}, {os.cpu_count()} logical cores",
        "memory": memory,
        "os": platform.platform(),
        "python": sys.version.split()[0],
        "sqlite": sqlite3.sqlite_version,
        "load (1/5/15 min)": load_average(),
    }


def print_machine() -> None:
    for key, value in machine().items():
        print(f"# {key}: {value}")


def print_table(header: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain text table, numbers right-aligned."""
    cells = [[str(h) for h in header]] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    numeric = [all(_is_number(row[i]) for row in rows) for i in range(len(header))]
    for index, row in enumerate(cells):
        print("  ".join(v.rjust(w) if numeric[i] else v.ljust(w)
                        for i, (v, w) in enumerate(zip(row, widths, strict=True))).rstrip())
        if index == 0:
            print("  ".join("-" * w for w in widths))


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return str(value)


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float))


def max_rss_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@dataclass(frozen=True)
class ProcessRun:
    wall_s: float
    cpu_s: float  # user + system
    max_rss_mib: float
    returncode: int
    output: str


def time_process(argv: Sequence[str], *, env: dict[str, str] | None = None,
                 timeout: float = 600) -> ProcessRun:
    """Run a whole process under /usr/bin/time -v: elapsed time and peak memory (max RSS)."""
    command = ["/usr/bin/time", "-v", *argv]
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=timeout,
                          check=False)
    wall = time.perf_counter() - started
    report = done.stderr
    rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", report)
    elapsed = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", report)
    if elapsed:
        parts = [float(p) for p in elapsed[1].split(":")]
        wall = sum(p * 60 ** i for i, p in enumerate(reversed(parts)))
    cpu = sum(float(m[1]) for m in re.finditer(r"(?:User|System) time \(seconds\): ([\d.]+)",
                                                report))
    return ProcessRun(wall, cpu, int(rss[1]) / 1024 if rss else float("nan"), done.returncode,
                      done.stdout + report)


def register_url_of(db: str | Path) -> str:
    """The SQLAlchemy URL of a benchmark's --db: a file path or a URL (PostgreSQL)."""
    from kraftdesk.config import register_url

    return register_url(str(db))


def shown(db: str | Path) -> str:
    """--db as printed: a URL without its password."""
    text = str(db)
    if "://" in text and "@" in text:
        scheme, rest = text.split("://", 1)
        return f"{scheme}://{rest.split('@', 1)[1]}"
    return text


def require_register(db: str | Path) -> None:
    if "://" in str(db):
        return  # a server's register: opening it says what is wrong
    path = Path(db)
    if not path.exists():
        sys.exit(f"{path} finns inte. Skapa det först:\n"
                 f"  uv run python benchmarks/generate.py --out {path}")

