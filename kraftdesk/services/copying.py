# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk copy --to URL_OR_PATH`: the whole register into a new, empty one, then checked.

The typical moves: an SQLite file onto a PostgreSQL server when several secretaries are to
share it, and a server's register back into a file (for an archive, or to work offline).

What is copied: every row the interchange format carries (kraftdesk.interchange), with its
id, through the same checks and the same one transaction as `kraftdesk import`, and the
audit trail as it is, entry by entry and hash by hash, ahead of the entries that record the
copy itself. The seals stay valid because their canonical form does not depend on the
database (kraftdesk.register.seal).

Afterwards the copy is checked twice: `kraftdesk verify`'s checks on the target, and the
target exported again must be the same text as the source's export. A plain path names a
new SQLite file; an existing file is never overwritten. A server's database must be empty,
or hold an empty register (made by `kraftdesk db upgrade`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from kraftdesk.config import register_url, sqlite_file
from kraftdesk.domain.errors import UserError
from kraftdesk.interchange import ImportSummary, check_file, import_register
from kraftdesk.interchange.export import build_document, dumps, export_register
from kraftdesk.register.database import Register
from kraftdesk.register.engine import driver_url
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import AuditEntry
from kraftdesk.register.sequences import advance_sequences
from kraftdesk.services.verify import VerifyReport, verify_register

#: Audit entries read and written at a time.
AUDIT_BATCH = 5000


@dataclass(frozen=True)
class CopyReport:
    target: str  # the target's URL, password hidden
    summary: ImportSummary
    audit_entries_copied: int
    verify: VerifyReport
    same_content: bool  # the target's export equals the source's
    #: The target's problems that the source has as well (verify is run on the source only
    #: when the copy has problems).
    inherited: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.verify.ok and self.same_content

    @property
    def new_problems(self) -> tuple[str, ...]:
        """Problems of the copy that the original does not have: the copy's own."""
        return tuple(p for p in self.verify.problems if p not in set(self.inherited))


def copy_register(source: Register, to: str) -> CopyReport:
    """Copy `source` into the new or empty register `to` (a path or a URL), then check it."""
    target_url = driver_url(register_url(to))
    if _same_place(source, target_url):
        raise UserError("Kopian kan inte skrivas till registret självt; ange ett annat mål.",
                        field="--to")
    new_file = sqlite_file(target_url)
    if new_file is not None and new_file.exists():
        raise UserError(f"Filen {new_file} finns redan. Kopian skrivs bara till en ny fil; "
                        "välj ett annat namn.", field="--to")
    target = open_register(target_url, create=True)
    try:
        report = _copy(source, target)
    except BaseException:
        target.close()
        if new_file is not None:  # leave no half-made file behind
            for suffix in ("", "-wal", "-shm"):
                Path(f"{new_file}{suffix}").unlink(missing_ok=True)
        raise
    target.close()
    return report


def _copy(source: Register, target: Register) -> CopyReport:
    with source.read() as read:
        if not source.is_sqlite:  # one snapshot for the rows and the audit trail
            read.connection(execution_options={"isolation_level": "REPEATABLE READ"})
        document = build_document(read)
        source_text = dumps(document)
        checked = check_file(document, source=source.url)
        copied = 0

        def carry_audit_trail(write: Session) -> None:
            nonlocal copied
            conn = write.connection()
            if conn.execute(select(func.count()).select_from(AuditEntry)).scalar():
                raise UserError(f"Registret {target.url} har redan en granskningslogg; kopian "
                                "skrivs bara till ett nytt, tomt register.", field="--to")
            table = AuditEntry.__table__
            last = 0
            while True:
                rows = read.execute(select(table).where(table.c.id > last)
                                    .order_by(table.c.id).limit(AUDIT_BATCH)).mappings().all()
                if not rows:
                    break
                conn.execute(insert(table), [dict(row) for row in rows])
                copied += len(rows)
                last = rows[-1]["id"]
            advance_sequences(conn)  # the copy's own entries follow the carried ones

        summary = import_register(target, checked, prelude=carry_audit_trail)
    report = verify_register(target)
    inherited: tuple[str, ...] = ()
    if not report.ok:
        original = set(verify_register(source).problems)
        inherited = tuple(p for p in report.problems if p in original)
    return CopyReport(target=target.url, summary=summary, audit_entries_copied=copied,
                      verify=report, same_content=export_register(target) == source_text,
                      inherited=inherited)


def _same_place(source: Register, target_url: str) -> bool:
    here = source.engine.url
    try:
        from sqlalchemy.engine import make_url

        there = make_url(target_url)
    except Exception:  # noqa: BLE001 - any unreadable URL is refused by open_register next
        return False
    if here.get_backend_name() == "sqlite":
        path = sqlite_file(target_url)
        return path is not None and here.database is not None and \
            Path(here.database).resolve() == path.resolve()
    return (here.host, here.port, here.database) == (there.host, there.port, there.database)
