# SPDX-License-Identifier: EUPL-1.2
"""Sealing justerade minutes with canonical version 2, and the anslag with its own seal.

    sealed_document(session, meeting_id) -> MinutesDoc       what the seal covers, composed
    anchor_identifiers(digest, head) -> tuple[str, …]        for the final PDF's XMP packet
    seal_ink_justering(session, meeting, ref, now, head)     justering on paper: PDF/A, seal
    seal_signed(session, meeting, ref, now, pdf)             the last signature: seal
    seal_posting(session, meeting)                           the anslag day, when recorded

Used inside the justering and signing transactions (kraftdesk.services.justering,
kraftdesk.services.signing); see kraftdesk.register.seal for the forms.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.document import MinutesDoc
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import minutes as minutes_reading
from kraftdesk.reading.support import organisation
from kraftdesk.register.models import Meeting, MinutesSeal, PostingSeal
from kraftdesk.register.seal import (
    document_form,
    document_sha256,
    posting_form,
    seal_minutes,
    sha256,
)

SEAL_VERSION = 2


def sealed_document(session: Session, meeting_id: int) -> MinutesDoc:
    """The justerade minutes as sealed: final, with the Anslag/Bevis block as at justering."""
    return minutes_reading.minutes_doc(session, meeting_id, final=True, as_justerat=True)


def anchor_identifiers(digest: str, head: tuple[int, str]) -> tuple[str, ...]:
    from kraftdesk.documents.pdfa import identifier

    return (identifier("seal-version", str(SEAL_VERSION)),
            identifier("document-sha256", digest),
            identifier("audit-head", f"{head[0]}:{head[1]}"))


def parse_head(text: str | None) -> tuple[int, str] | None:
    """ "1234:abcd…" → (1234, "abcd…"), or None."""
    if not text or ":" not in text:
        return None
    number, _, digest = text.partition(":")
    return (int(number), digest) if number.isdigit() and len(digest) == 64 else None


def seal_ink_justering(session: Session, meeting: Meeting, ref: str, *, now: datetime,
                       head: tuple[int, str]) -> tuple[str, ...]:
    """Justering on paper: the final minutes as PDF/A with the anchors, sealed (version 2).

    Returns warnings (a received bilaga that could not be made PDF/A).
    """
    from kraftdesk.services.archival import archival_pdf, meeting_identifiers

    session.flush()
    doc = sealed_document(session, meeting.id)
    digest = document_sha256(doc)
    archival = archival_pdf(
        doc, part=organisation(session).pdfa_part, created=now.astimezone(UTC),
        identifiers=(*meeting_identifiers(session, meeting), *anchor_identifiers(digest, head)),
        identifier=ref, strict=False)
    seal_minutes(session, meeting.id, sealed_at=now.astimezone(UTC).isoformat(
        timespec="microseconds"), name=ref.replace(":", "-"), pdf=archival.pdf,
        document=document_form(doc), audit_head=head)
    return archival.warnings


def seal_signed(session: Session, meeting: Meeting, ref: str, *, now: datetime, pdf: bytes,
                signed_digest: str) -> None:
    """The last required signature: seal (version 2) with the signed PDF as the final PDF."""
    from kraftdesk.documents.pdfa import identifiers

    session.flush()
    doc = sealed_document(session, meeting.id)
    if document_sha256(doc) != signed_digest:
        raise UserError(f"Protokollet {ref} stämmer inte längre med det som undertecknades; "
                        "det kan inte justeras. Kör «kraftdesk verify».", field="justering")
    head = parse_head((identifiers(pdf).get("audit-head") or [None])[0])
    seal_minutes(session, meeting.id, sealed_at=now.astimezone(UTC).isoformat(
        timespec="microseconds"), name=ref.replace(":", "-"), pdf=pdf,
        document=document_form(doc), audit_head=head)


def posting_content(session: Session, meeting: Meeting) -> bytes:
    """The canonical form of the recorded anslag (kraftdesk.register.seal.posting_form)."""
    doc = minutes_reading.minutes_doc(session, meeting.id, final=True)
    fields = document_form(doc)["posting_fields"]
    posted = meeting.posted_on.isoformat() if meeting.posted_on else ""
    return posting_form(posted, fields)


def seal_posting(session: Session, meeting: Meeting, *, now: datetime) -> None:
    """Seal the anslag day of minutes sealed with version 2 (older seals: as before)."""
    version = session.scalars(select(MinutesSeal.canonical_version).where(
        MinutesSeal.meeting_id == meeting.id)).first()
    if version is None or version < SEAL_VERSION or meeting.posted_on is None:
        return
    session.flush()
    session.add(PostingSeal(meeting_id=meeting.id, posted_on=meeting.posted_on,
                            sealed_at=now.astimezone(UTC).isoformat(timespec="microseconds"),
                            content_sha256=sha256(posting_content(session, meeting))))
