# SPDX-License-Identifier: EUPL-1.2
"""Backups for the front ends (the GUI may not reach into kraftdesk.register itself).

    backup_now(register, dest)      `kraftdesk backup [MÅL]`, "Säkerhetskopiera…" in the app
    backup_on_close(register)       the app calls this when it closes (rotating, keep N)
    restore(url, file)              `kraftdesk restore FIL`: verifies the backup (integrity, seals,
                                    files, audit trail) before anything is replaced, keeps the
                                    register it replaces; the backup file is only read
    newest_backup(register)         for "Återställ senaste säkerhetskopian…"
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import make_url

from kraftdesk.domain.errors import UserError
from kraftdesk.register import backup
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register, sqlite_path
from kraftdesk.services.verify import verify_register


@dataclass(frozen=True)
class Restored:
    register: Path  # the register file now holding the backup's content
    kept: Path | None  # the copy of the register it replaced


def _path(register: Register, command: str) -> Path:
    path = sqlite_path(register.engine)
    if path is None:
        raise UserError(f"«{command}» gäller SQLite-register; registret {register.url} "
                        "säkerhetskopieras med databasserverns egna verktyg (pg_dump), eller "
                        "kopieras till en fil med «kraftdesk copy --to FIL.sqlite3».",
                        field="register")
    return path


def backup_now(register: Register, dest: Path | None = None) -> Path:
    """A consistent copy of the (possibly busy) register; DEST may be a file or a folder."""
    return backup.manual_backup(register.engine, _path(register, "kraftdesk backup"), dest)


def backup_on_close(register: Register, *, keep: int | None = None) -> Path | None:
    """A rotating automatic backup when the app closes; None for a non-file register."""
    return backup.backup_on_close(register, keep=keep)


def newest_backup(register: Register) -> Path | None:
    path = sqlite_path(register.engine)
    return backup.newest_backup(path) if path is not None else None


def restore(url: str, file: Path, *, keep: int | None = None) -> Restored:
    """Replace the register at `url` with the backup `file`, after checking `file`.

    The register must not be open in this process. An older backup is upgraded on the way
    (with its own backup first); nothing changes if `file` is not an intact register.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        raise UserError(f"«kraftdesk restore» gäller SQLite-register; registret "
                        f"{parsed.render_as_string(hide_password=True)} återställs med "
                        "databasens egna verktyg.", field="register")
    target = Path(parsed.database)  # type: ignore[arg-type]
    source = file.expanduser()
    if source.exists() and target.exists() and source.resolve() == target.resolve():
        raise UserError("Filen är själva registret; välj en säkerhetskopia.",
                        field=str(source))
    with backup.working_copy(source) as copy:
        _verified(copy, source)
        kept = backup.restore_register(copy, target, keep=keep)
    open_register(url, create=False).close()
    return Restored(register=target, kept=kept)


def _verified(copy: Path, source: Path) -> None:
    """Refuse (nothing replaced) a backup whose seals, files or audit trail do not hold."""
    register = open_register(f"sqlite:///{copy}", create=False,
                             backup_dir=copy.parent / "backups")
    try:
        report = verify_register(register)
    finally:
        register.close()
    if report.ok:
        return
    count = ("1 avvikelse" if len(report.problems) == 1
             else f"{len(report.problems)} avvikelser")
    shown = "\n".join(f"– {problem}" for problem in report.problems[:20])
    more = (f"\n… och {len(report.problems) - 20} till." if len(report.problems) > 20 else "")
    raise UserError(f"Säkerhetskopian {source} återställs inte: kontrollen av den hittade "
                    f"{count}, och registret har inte ändrats.\n{shown}{more}",
                    field=str(source))
