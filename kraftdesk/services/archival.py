# SPDX-License-Identifier: EUPL-1.2
"""The archival PDF of a composed document: PDF/A with the register's identifiers.

    archival_pdf(doc, *, part, created, identifiers, signature_boxes) -> Archival

Received PDF bilagor are made PDF/A first (kraftdesk.documents.pdfa.convert_received); one
that cannot be is replaced by a page saying so, naming the original's SHA-256, and the
caller is told (Archival.warnings, Archival.unconverted). The whole document is then
rendered and made PDF/A-`part`b, validated before it is returned.
"""

from __future__ import annotations

import dataclasses
import hashlib
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from kraftdesk.domain.document import AppendixDoc, MinutesDoc
from kraftdesk.register.models import Body, Case, Meeting, Organisation, Paragraph
from kraftdesk.text import signing as words


@dataclass(frozen=True)
class Archival:
    pdf: bytes
    warnings: tuple[str, ...] = ()
    unconverted: tuple[AppendixDoc, ...] = ()  # the originals left out (for the archive)


def archival_pdf(doc: MinutesDoc, *, part: int, created: datetime,
                 identifiers: tuple[str, ...] = (), identifier: str | None = None,
                 signature_boxes: list | None = None, strict: bool = True) -> Archival:
    """`strict` False (justering): a document that cannot be made PDF/A is kept as a plain
    PDF with the same metadata, and the user told, rather than refusing the justering."""
    from kraftdesk.documents import render_minutes_bytes
    from kraftdesk.documents.merge import is_encrypted, read_received
    from kraftdesk.documents.pdfa import (
        ArchiveInfo,
        PdfaConversionError,
        convert_received,
        to_pdfa,
        with_metadata,
    )

    appendices: list[AppendixDoc] = []
    warnings: list[str] = []
    unconverted: list[AppendixDoc] = []
    for appendix in doc.appendices:
        if appendix.pdf_bytes is None:
            appendices.append(appendix)
            continue
        # A received file that cannot be read at all is refused as when printing a draft
        # (a Swedish message naming the bilaga): the secretary receives the text again. A
        # password-protected one is marked below instead, with its original kept beside.
        if not is_encrypted(appendix.pdf_bytes):
            read_received((appendix,))
        try:
            converted = convert_received(appendix.pdf_bytes, part)
        except PdfaConversionError as exc:
            digest = hashlib.sha256(appendix.pdf_bytes).hexdigest()
            appendices.append(dataclasses.replace(
                appendix, pdf_bytes=None,
                blocks=words.unconverted_appendix(appendix.number, appendix.title, digest)))
            warnings.append(words.unconverted_warning(appendix.number, exc.message))
            unconverted.append(appendix)
            continue
        if converted.as_images:
            warnings.append(words.appendix_as_images(appendix.number))
        appendices.append(dataclasses.replace(appendix, pdf_bytes=converted.pdf))
    rendered = render_minutes_bytes(dataclasses.replace(doc, appendices=tuple(appendices)),
                                    signature_boxes=signature_boxes)
    info = ArchiveInfo(created=created, identifiers=identifiers, identifier=identifier)
    try:
        pdf = to_pdfa(rendered, info, part)
    except PdfaConversionError as exc:
        if strict:
            raise
        warnings.append(words.not_pdfa(exc.message))
        pdf = with_metadata(rendered, info)
    return Archival(pdf, tuple(warnings), tuple(unconverted))


def meeting_identifiers(session: Session, meeting: Meeting, *,
                        paragraph_ids: tuple[int, ...] | None = None) -> tuple[str, ...]:
    """The register's identifiers of a meeting's document for the XMP packet."""
    from kraftdesk.documents.pdfa import identifier
    from kraftdesk.reading.references import meeting_ref

    body = session.get_one(Body, meeting.body_id)
    organisation = session.get_one(Organisation, body.organisation_id)
    query = session.query(Paragraph).filter(Paragraph.meeting_id == meeting.id)
    if paragraph_ids is not None:
        query = query.filter(Paragraph.id.in_(paragraph_ids))
    paragraphs = query.order_by(Paragraph.position).all()
    cases = [session.get(Case, p.case_id) for p in paragraphs if p.case_id is not None]
    out = [identifier("organisation", organisation.name),
           identifier("meeting", meeting_ref(body, meeting))]
    out += [identifier("paragraph", f"{body.short_name}:{p.series}:{p.number}")
            for p in paragraphs if p.number is not None]
    out += [identifier("case", c.number) for c in dict.fromkeys(cases) if c is not None]
    return tuple(out)
