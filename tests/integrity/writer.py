# SPDX-License-Identifier: EUPL-1.2
"""A writer process for the crash and concurrency tests (run as a script, not collected).

    python writer.py REGISTER PREFIX COUNT [BUSY_TIMEOUT_MS]

Commits COUNT cases (PREFIX-1, PREFIX-2, … after those already there), one transaction
each, through Register.write() with the audit trail, and prints "committed N" after each
commit. COUNT 0 means forever. A refused write prints "error: <message>" and exits 1.
"""

from __future__ import annotations

import sys

from sqlalchemy import func, select

from kraftdesk.domain.errors import UserError
from kraftdesk.register.database import Register
from kraftdesk.register.engine import BUSY_TIMEOUT_MS, make_engine
from kraftdesk.register.models import Case, Organisation


def main(path: str, prefix: str, count: int, busy_timeout_ms: int) -> int:
    register = Register(make_engine(f"sqlite:///{path}", busy_timeout_ms=busy_timeout_ms))
    with register.read() as session:
        org_id = session.scalars(select(Organisation.id)).one()
        start = session.scalar(select(func.count()).select_from(Case).where(
            Case.number.like(f"{prefix}-%"))) or 0
    print("ready", flush=True)
    n = start
    try:
        while count == 0 or n < start + count:
            n += 1
            with register.write() as session:
                session.add(Case(organisation_id=org_id, number=f"{prefix}-{n}",
                                 title=f"Ärende {n} från {prefix}"))
            print(f"committed {n}", flush=True)
    except UserError as exc:
        print(f"error: {exc.message}", flush=True)
        return 1
    finally:
        register.close()
    return 0


if __name__ == "__main__":
    timeout = int(sys.argv[4]) if len(sys.argv) > 4 else BUSY_TIMEOUT_MS
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), timeout))
