# SPDX-License-Identifier: EUPL-1.2
"""The open-promises ledger (Bevakning) on the large register.

    uv run python benchmarks/bench_ledger.py [--db /tmp/big.sqlite3] [--repeat 21]

Times kraftdesk.services.ledger.open_promises(register, now=…) as the GUI and `kraftdesk
pending` call it: each call opens its own read session and reads every promised statement.
Printed beside it:
the same query inside an already open session (pending_in), which is the query alone, and
the cost of opening a read session with a trivial query (the engine's share).

Target (issue 7): ledger ≤ 10 ms.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import (
    DEFAULT_REGISTER,
    measure,
    print_machine,
    print_table,
    register_url_of,
    require_register,
    shown,
)
from sqlalchemy import text

from kraftdesk.register.migrate import open_register
from kraftdesk.services.ledger import open_promises, pending_in

TARGET_MS = 10.0
#: The generated register ends 2026-11-20 (generate.py --until): the last meetings are open.
NOW = datetime(2026, 11, 20, 12, 0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default=str(DEFAULT_REGISTER),
                        help="the register: a file or a URL (postgresql+psycopg://…)")
    parser.add_argument("--repeat", type=int, default=21)
    args = parser.parse_args(argv)
    require_register(args.db)
    register = open_register(register_url_of(args.db), create=False)
    print_machine()
    print(f"# register: {shown(args.db)}; "
          f"now = {NOW.isoformat(sep=' ')}; median of {args.repeat} runs\n")

    def session_only() -> None:
        with register.read() as session:
            session.execute(text("SELECT count(*) FROM body")).all()

    whole, promises = measure(lambda: open_promises(register, now=NOW), repeat=args.repeat)
    opening, _ = measure(session_only, repeat=args.repeat)
    with register.read() as session:
        query, _ = measure(lambda: pending_in(session, now=NOW), repeat=args.repeat)
    overdue = sum(1 for p in promises if p.overdue)
    print_table(("what", "ms", "cpu ms"), [
        ("open_promises(register, now) — what a caller waits", whole.wall_ms, whole.cpu_ms),
        ("  of which: opening a read session", opening.wall_ms,
         opening.cpu_ms),
        ("  of which: the query and its rows (pending_in)", query.wall_ms, query.cpu_ms),
    ])
    print(f"\n{len(promises)} open promises ({overdue} overdue) across "
          f"{len({p.meeting_id for p in promises})} meetings")
    verdict = "met" if whole.wall_ms <= TARGET_MS else "MISSED"
    print(f"target ≤ {TARGET_MS:.0f} ms: {verdict} ({whole.wall_ms:.1f} ms wall, "
          f"{whole.cpu_ms:.1f} ms cpu)")
    register.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
