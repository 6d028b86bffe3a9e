# SPDX-License-Identifier: EUPL-1.2
"""Expediering: which extract went to whom and when, what is still to send, the extracts of
a meeting one per recipient group, and an .eml per recipient whose e-mail address is known.

Read:
    dispatch_overview(register, meeting) -> DispatchOverview
        per paragraph and recipient of its distribution list: what was sent, and whether
        it is still to send (justerad and no justerat extract sent yet)
    recipient_addresses(register) -> list[RecipientAddress]

Write (one transaction each; UserError in Swedish; nothing changes on error):
    record_dispatch(register, meeting, recipient, *, sent_on, means, paragraphs=None,
                    final=True, address=None) -> Changes
        the extract to `recipient` of the given paragraphs (default: every paragraph of the
        meeting whose distribution list names it). A justerat (final) extract of a paragraph
        not yet justerad is refused; a preliminary one (final=False) may go before.
    set_recipient_address(register, name, email) -> Changes     None or "" forgets it

Files (nothing in the register changes):
    export_recipient_extracts(register, meeting, folder, *, on, force=False) -> RecipientExport
        one protokollsutdrag per recipient ("KS 2026-12-02 utdrag Stadskontoret.pdf") and,
        where the address is known, an .eml with it attached, ready to send (no mail server
        is needed: the system's mail program opens it)

A meeting is an id or a reference ("KS:2026-12-02"), a paragraph an id or "KS:2026:412".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage
from email.utils import formataddr
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import rules, setup
from kraftdesk.domain.enums import DispatchMeans
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import load, minutes, support
from kraftdesk.reading.references import find_meeting, find_paragraph, meeting_ref
from kraftdesk.register import versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Body,
    Dispatch,
    Distribution,
    Meeting,
    Paragraph,
    Person,
    Recipient,
)
from kraftdesk.services.changes import Changes
from kraftdesk.services.output_files import check_target, write_bytes
from kraftdesk.text import dispatch as words
from kraftdesk.text.minutes import file_name
from kraftdesk.text.paragraph import label

__all__ = [
    "DispatchOverview",
    "DispatchRow",
    "RecipientAddress",
    "RecipientExport",
    "build_eml",
    "dispatch_overview",
    "export_recipient_extracts",
    "recipient_addresses",
    "record_dispatch",
    "set_recipient_address",
]


@dataclass(frozen=True)
class DispatchRow:
    paragraph_id: int
    label: str  # "§ 412"
    title: str
    recipient: str
    justerad: bool
    sent: tuple[str, ...]  # "Skickat 2026-12-10 med e-post", in order
    to_send: bool  # justerad, and no justerat extract has gone to the recipient
    status: str  # the latest of `sent`, else "Att skicka" or "Väntar på justering"
    email: str | None  # the recipient's address, if known
    # The version of the recipient's address row the edit is saved against; 0: no address
    # has been saved for the recipient (set_recipient_address's expected_version).
    address_version: int = 0


@dataclass(frozen=True)
class DispatchOverview:
    meeting_id: int
    reference: str
    rows: tuple[DispatchRow, ...]  # paragraph order, then the distribution list's order
    to_send: int  # how many rows are still to send
    recipients: tuple[str, ...]  # the recipient groups, in order of first appearance


@dataclass(frozen=True)
class RecipientAddress:
    id: int
    name: str
    email: str | None
    version: int = 1


@dataclass(frozen=True)
class RecipientExport:
    folder: Path
    extracts: tuple[Path, ...]  # one per recipient
    emails: tuple[Path, ...]  # .eml files, for the recipients with an address
    without_address: tuple[str, ...]  # recipients whose e-mail address is not known


# --- reading ------------------------------------------------------------------------------

def _addresses(session: Session) -> dict[str, str]:
    """Recipient name (case and spacing folded) → e-mail address."""
    rows = session.execute(select(Recipient.name, Recipient.email)
                           .where(Recipient.email.is_not(None))).all()
    return {_key(name): email for name, email in rows}


def _address_versions(session: Session) -> dict[str, int]:
    """Recipient name (folded as _key) → the version of its address row."""
    return {_key(name): version for name, version in
            session.execute(select(Recipient.name, Recipient.version))}


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _groups(session: Session, meeting: Meeting) -> list[tuple[Paragraph, list[str]]]:
    paragraphs = session.scalars(select(Paragraph).where(Paragraph.meeting_id == meeting.id)
                                 .order_by(Paragraph.position)).all()
    recipients = load.by_key(session.execute(
        select(Distribution.paragraph_id, Distribution.recipient)
        .where(Distribution.paragraph_id.in_([p.id for p in paragraphs]))
        .order_by(Distribution.paragraph_id, Distribution.position)).all())
    spelled: dict[str, str] = {}  # one spelling per recipient: the first met
    out = []
    for p in paragraphs:
        names = [spelled.setdefault(_key(r), " ".join(r.split()))
                 for r in recipients.get(p.id, [])]
        out.append((p, list(dict.fromkeys(names))))
    return out


def _justerad(meeting: Meeting, paragraph: Paragraph) -> bool:
    return rules.is_locked(meeting.minutes_state, paragraph.immediately_approved_on)


def dispatch_overview(register: Register, meeting: int | str) -> DispatchOverview:
    with register.read() as session:
        row = find_meeting(session, meeting)
        body = session.get_one(Body, row.body_id)
        groups = _groups(session, row)
        sent = load.by_key(((d.paragraph_id, _key(d.recipient)), d) for d in session.scalars(
            select(Dispatch).where(Dispatch.paragraph_id.in_([p.id for p, _ in groups]))
            .order_by(Dispatch.sent_on, Dispatch.id)))
        addresses, address_versions = _addresses(session), _address_versions(session)
        rows = []
        for paragraph, recipients in groups:
            justerad = _justerad(row, paragraph)
            for recipient in recipients:
                done = sent.get((paragraph.id, _key(recipient)), [])
                texts = tuple(words.sent_text(d.sent_on, d.means, final=d.final) for d in done)
                to_send = justerad and not any(d.final for d in done)
                status = texts[-1] if texts and not to_send else (
                    words.TO_SEND if justerad else words.AWAITING_APPROVAL)
                rows.append(DispatchRow(paragraph.id, label(paragraph.number), paragraph.title,
                                        recipient, justerad, texts, to_send, status,
                                        addresses.get(_key(recipient)),
                                        address_versions.get(_key(recipient), 0)))
        order = list(dict.fromkeys(r.recipient for r in rows))
        return DispatchOverview(row.id, meeting_ref(body, row), tuple(rows),
                                sum(1 for r in rows if r.to_send), tuple(order))


def recipient_addresses(register: Register) -> list[RecipientAddress]:
    with register.read() as session:
        rows = session.scalars(select(Recipient).order_by(Recipient.name)).all()
        return [RecipientAddress(r.id, r.name, r.email, r.version) for r in rows]


# --- recording -----------------------------------------------------------------------------

def set_recipient_address(register: Register, name: str, email: str | None, *,
                          expected_version: int | None = None) -> Changes:
    """The e-mail address of a usual recipient of extracts ("Stadskontoret"), saved against
    the version the secretary read (`expected_version`: 0 when no address was saved for
    the recipient; refused if someone else saved one since)."""
    name, email = " ".join(name.split()), (email or "").strip() or None
    if not name:
        raise UserError("Mottagarens namn saknas.", field="recipient")
    if len(name) > 300:
        raise UserError("Mottagarens namn är för långt (högst 300 tecken).", field="recipient")
    if email is not None and (setup.email_problem(email) or len(email) > 300):
        raise UserError(f"«{email}» är ingen e-postadress (till exempel "
                        "stadskontoret@kommun.se).", field="email")
    with register.write() as session:
        organisation = support.organisation(session)
        existing = next((r for r in session.scalars(select(Recipient))
                         if _key(r.name) == _key(name)), None)
        if existing is None:
            session.add(Recipient(organisation_id=organisation.id, name=name, email=email))
        else:
            versions.check(existing, expected_version, f"adressen till {existing.name}")
            existing.name, existing.email = name, email
        return Changes(meetings=frozenset(session.scalars(select(Meeting.id).join(
            Paragraph, Paragraph.meeting_id == Meeting.id).join(
            Distribution, Distribution.paragraph_id == Paragraph.id).where(
            Distribution.recipient == name))))


def record_dispatch(register: Register, meeting: int | str, recipient: str, *,
                    sent_on: date, means: DispatchMeans,
                    paragraphs: Sequence[int | str] | None = None, final: bool = True,
                    address: str | None = None) -> Changes:
    """Record that `recipient` was sent the extract of `paragraphs` (see the module doc)."""
    recipient = " ".join(recipient.split())
    problem = setup.email_problem((address or "").strip() or None)
    if problem:
        raise UserError(f"{problem}.", field="address")
    with register.write() as session:
        row = find_meeting(session, meeting)
        ref = meeting_ref(session.get_one(Body, row.body_id), row)
        groups = _groups(session, row)
        chosen = _chosen(session, row, ref, groups, recipient, paragraphs)
        if sent_on < row.starts_at.date():
            raise UserError(f"Utdraget kan inte ha skickats {sent_on.isoformat()}, före "
                            f"sammanträdet {ref}.", field="sent_on")
        if final:
            early = [p for p in chosen if not _justerad(row, p)]
            if early:
                what = ", ".join(label(p.number) for p in early)
                raise UserError(
                    f"Protokollet {ref} är inte justerat ({what}); ett justerat "
                    "protokollsutdrag kan inte ha skickats ännu. Registrera ett preliminärt "
                    "utdrag i stället, eller vänta till justeringen.", field="final")
        given = (address or "").strip() or None
        if given is None and means is DispatchMeans.EMAIL:
            given = _addresses(session).get(_key(recipient))
        for paragraph in chosen:
            session.add(Dispatch(paragraph_id=paragraph.id, recipient=recipient,
                                 sent_on=sent_on, means=means, final=final, address=given))
        return Changes(meetings=frozenset({row.id}),
                       paragraphs=frozenset(p.id for p in chosen))


def _chosen(session: Session, meeting: Meeting, ref: str,
            groups: list[tuple[Paragraph, list[str]]], recipient: str,
            paragraphs: Sequence[int | str] | None) -> list[Paragraph]:
    if not recipient:
        raise UserError("Ange vem utdraget skickades till.", field="recipient")
    listed = {p.id: {_key(r) for r in recipients} for p, recipients in groups}
    if paragraphs is None:
        chosen = [p for p, _ in groups if _key(recipient) in listed[p.id]]
        if not chosen:
            known = ", ".join(dict.fromkeys(r for _, rs in groups for r in rs)) or "inga"
            raise UserError(f"{recipient} står inte på sändlistan för någon paragraf i "
                            f"{ref} (mottagare: {known}).", field="recipient")
        return chosen
    chosen = []
    for given in paragraphs:
        paragraph = find_paragraph(session, given)
        if paragraph.meeting_id != meeting.id:
            raise UserError(f"{label(paragraph.number)} hör inte till sammanträdet {ref}.",
                            field="paragraf")
        if _key(recipient) not in listed[paragraph.id]:
            raise UserError(f"{recipient} står inte på sändlistan för "
                            f"{label(paragraph.number)} i {ref}.", field="recipient")
        chosen.append(paragraph)
    return list({p.id: p for p in chosen}.values())


# --- files -------------------------------------------------------------------------------

def build_eml(*, to: Sequence[tuple[str, str]], subject: str, body: str, sender: str | None,
              sender_name: str | None, attachment: bytes | None = None,
              attachment_name: str | None = None) -> bytes:
    """An unsent e-mail (X-Unsent: 1, opened as a draft by Outlook and others) to the
    (name, address) pairs `to`."""
    def line(text: str) -> str:  # a header never spans lines (no header injection)
        return " ".join(text.split())

    message = EmailMessage()
    message["To"] = ", ".join(formataddr((line(name), line(address))) for name, address in to)
    if sender:
        message["From"] = formataddr((line(sender_name or ""), line(sender)))
    message["Subject"] = line(subject)
    message["X-Unsent"] = "1"
    message.set_content(body)
    if attachment is not None:
        message.add_attachment(attachment, maintype="application", subtype="pdf",
                               filename=attachment_name or "utdrag.pdf")
    return bytes(message)


def export_recipient_extracts(register: Register, meeting: int | str, folder: Path, *,
                              on: date, force: bool = False) -> RecipientExport:
    """One extract per recipient group of the meeting, and its .eml where possible. Every
    file goes through kraftdesk.services.output_files (an existing one only with `force`),
    and every one is checked before the first is written."""
    from kraftdesk.documents import render_minutes_bytes  # ReportLab: only when printing

    folder = Path(folder)
    with register.read() as session:
        row = find_meeting(session, meeting)
        body = session.get_one(Body, row.body_id)
        groups = _groups(session, row)
        by_recipient: dict[str, list[Paragraph]] = defaultdict(list)
        for paragraph, recipients in groups:
            for recipient in recipients:
                by_recipient[recipient].append(paragraph)
        if not by_recipient:
            raise UserError(f"Ingen paragraf i {meeting_ref(body, row)} har någon sändlista "
                            "(Protokollsutdrag skickas till).", field="distribution")
        addresses = _addresses(session)
        secretary = session.get(Person, row.secretary_id) if row.secretary_id else None
        sender = secretary.email if secretary else None
        day = row.starts_at.date()
        planned = []
        for recipient, chosen in by_recipient.items():
            doc = minutes.extract_doc(session, [p.id for p in chosen], on=on)
            name = file_name(body.short_name, day, words.recipient_file_label(recipient))
            planned.append((recipient, [(label(p.number), p.title) for p in chosen], doc,
                            name))
        body_name = load.body_name(body)
        secretary_name = support.person_name(secretary) if secretary else None
    for _recipient, _listed, _doc, name in planned:
        check_target(folder / name, force=force, create_folder=True)
        check_target(folder / (name.removesuffix(".pdf") + ".eml"), force=force,
                     create_folder=True)
    extracts, emails, missing = [], [], []
    for recipient, listed, doc, name in planned:
        data = render_minutes_bytes(doc)
        write_bytes(folder / name, data, force=force, create_folder=True)
        extracts.append(folder / name)
        email = addresses.get(_key(recipient))
        if email is None:
            missing.append(recipient)
            continue
        message = build_eml(
            to=[(recipient, email)],
            subject=words.mail_subject(body_name.short_name, day, [lb for lb, _ in listed]),
            body=words.mail_body(recipient, body_name, day, listed, final=doc.is_final,
                                 secretary=secretary_name),
            sender=sender, sender_name=secretary_name.name if secretary_name else None,
            attachment=data, attachment_name=name)
        eml = folder / (name.removesuffix(".pdf") + ".eml")
        write_bytes(eml, message, force=force)
        emails.append(eml)
    return RecipientExport(folder, tuple(extracts), tuple(emails), tuple(missing))
