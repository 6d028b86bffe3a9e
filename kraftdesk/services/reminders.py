# SPDX-License-Identifier: EUPL-1.2
"""Reminders of promised texts by e-mail: for each open promise an .eml to its authors with
the reminder the app composes (kraftdesk.services.statements.reminder_text), from the
meeting's secretary, ready to send from the system's mail program; no mail server is
needed. It goes the same way as the extracts of the expediering (services.dispatch).

Files (nothing in the register changes):
    reminder_emails(register, folder, *, now, statement_ids=None, force=False)
        -> ReminderExport
        one .eml per promise ("KS 2026-02-04 påminnelse § 16 reservation.eml"), to the
        authors whose e-mail address is known (Organisation ▸ Personer, `kraftdesk person`);
        the others are named in `without_address`. Without `statement_ids`: every promise
        still open, as `kraftdesk pending` lists them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from kraftdesk.domain.errors import UserError
from kraftdesk.reading.ledger import pending_in
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Body,
    Meeting,
    Paragraph,
    Person,
    Statement,
    StatementAuthor,
)
from kraftdesk.services.dispatch import build_eml
from kraftdesk.services.output_files import check_target, write_bytes
from kraftdesk.services.statements import reminder_text_in
from kraftdesk.text.minutes import file_name
from kraftdesk.text.paragraph import label
from kraftdesk.text.vocabulary import STATEMENT_KIND_WORD

__all__ = ["ReminderExport", "reminder_emails"]


@dataclass(frozen=True)
class ReminderExport:
    folder: Path
    emails: tuple[Path, ...]  # one per promise with at least one address
    #: Authors without a known address: "Dan Berg (KS 2026-02-04 § 16)".
    without_address: tuple[str, ...]


@dataclass(frozen=True)
class _Planned:
    name: str  # the file's name
    to: tuple[tuple[str, str], ...]
    subject: str
    body: str
    sender: str | None
    sender_name: str | None


def reminder_emails(register: Register, folder: Path, *, now: datetime,
                    statement_ids: Sequence[int] | None = None,
                    force: bool = False) -> ReminderExport:
    """An .eml per open promise to its authors (see the module doc); every file is checked
    (kraftdesk.services.output_files, an existing one only with `force`) before the first
    is written."""
    folder = Path(folder)
    planned: list[_Planned] = []
    missing: list[str] = []
    with register.read() as session:
        ids = list(dict.fromkeys(statement_ids)) if statement_ids is not None else \
            [p.statement_id for p in pending_in(session, now=now)]
        if not ids:
            raise UserError("Inga utlovade texter väntar; det finns ingen att påminna.",
                            field="statement")
        used: set[str] = set()
        for statement_id in ids:
            text = reminder_text_in(session, statement_id, now=now)  # refuses a kept promise
            statement = session.get_one(Statement, statement_id)
            paragraph = session.get_one(Paragraph, statement.paragraph_id)
            meeting = session.get_one(Meeting, paragraph.meeting_id)
            body = session.get_one(Body, meeting.body_id)
            day = meeting.starts_at.date()
            authors = session.scalars(
                select(Person).join(StatementAuthor, StatementAuthor.person_id == Person.id)
                .where(StatementAuthor.statement_id == statement_id)
                .order_by(StatementAuthor.position)).all()
            where = f"{body.short_name} {day.isoformat()} {label(paragraph.number)}"
            missing += [f"{a.name} ({where})" for a in authors if not a.email]
            to = tuple((a.name, a.email) for a in authors if a.email)
            if not to:
                continue
            secretary = session.get(Person, meeting.secretary_id) \
                if meeting.secretary_id else None
            name = _unique(file_name(body.short_name, day, f"påminnelse {label(paragraph.number)} "
                                     f"{STATEMENT_KIND_WORD[statement.kind]}", ".eml"), used)
            subject, _, rest = text.partition("\n")
            planned.append(_Planned(name, to, subject, rest.lstrip("\n"),
                                    secretary.email if secretary else None,
                                    secretary.name if secretary else None))
    for p in planned:
        check_target(folder / p.name, force=force, create_folder=True)
    written = []
    for p in planned:
        write_bytes(folder / p.name, force=force, create_folder=True, data=build_eml(
            to=p.to, subject=p.subject, body=p.body, sender=p.sender,
            sender_name=p.sender_name))
        written.append(folder / p.name)
    return ReminderExport(folder, tuple(written), tuple(missing))


def _unique(name: str, used: set[str]) -> str:
    """ "… reservation.eml", then "… reservation 2.eml" for a second one of the same kind."""
    stem, suffix = name.removesuffix(".eml"), ".eml"
    candidate, n = name, 1
    while candidate.casefold() in used:
        n += 1
        candidate = f"{stem} {n}{suffix}"
    used.add(candidate.casefold())
    return candidate
