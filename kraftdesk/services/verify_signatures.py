# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk verify`, part two: the electronic signatures of justerade minutes.

For each meeting with signatures, the PDF the last signature left (for justerade minutes
the final PDF kept with the seal) is validated as an independent reader would
(kraftdesk.documents.pades, pyHanko's validator): each signature's integrity, its chain to
the trust anchors (the organisation's, or the ones given with `verify --trust`), revocation
data when the PDF carries it. Each signature recorded in the register must be in the PDF,
made with the certificate recorded, by the person the register names; each signature in
the PDF must be recorded. Findings are Swedish sentences: `notes` name who signed what
when, `problems` what does not hold.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import MinutesState
from kraftdesk.domain.errors import UserError
from kraftdesk.reading.references import meeting_ref
from kraftdesk.reading.signing import is_open, round_of
from kraftdesk.register.models import Body, Meeting, MinutesSeal, MinutesSignature, StoredFile
from kraftdesk.text import signing as words


@dataclass
class SignatureFindings:
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    signatures: int = 0


def check_signatures(session: Session, anchors: tuple[bytes, ...],
                     crls: tuple[bytes, ...]) -> SignatureFindings:
    from kraftdesk.documents import pades

    trust = pades.Trust(anchors, crls, False)
    found = SignatureFindings()
    meeting_ids = session.scalars(select(MinutesSignature.meeting_id).distinct()
                                  .order_by(MinutesSignature.meeting_id)).all()
    for meeting_id in meeting_ids:
        meeting = session.get_one(Meeting, meeting_id)
        ref = meeting_ref(session.get_one(Body, meeting.body_id), meeting)
        signing_round = round_of(session, meeting_id)
        complete = meeting.minutes_state is MinutesState.APPROVED
        if not complete and not is_open(meeting, signing_round):
            continue  # a round that ended with a refusal: nothing in force to check
        rows = signing_round.signed
        if not rows:
            continue
        pdf = _pdf(session, meeting_id, rows[-1].file_id, complete)
        if pdf is None:
            found.problems.append(words.signed_pdf_missing(ref))
            continue
        try:
            checks = pades.validate(pdf, trust)
        except UserError:
            found.problems.append(words.unreadable_pdf(ref))
            continue
        found.signatures += len(checks)
        _compare(ref, session, rows, checks, found)
    return found


def _pdf(session: Session, meeting_id: int, file_id: int | None, complete: bool) -> bytes | None:
    if complete:
        sealed = session.scalars(select(MinutesSeal.pdf_file_id).where(
            MinutesSeal.meeting_id == meeting_id)).first()
        file_id = sealed if sealed is not None else file_id
    stored = session.get(StoredFile, file_id) if file_id is not None else None
    return bytes(stored.content) if stored is not None else None


def _compare(ref: str, session: Session, rows: tuple, checks: tuple,
             found: SignatureFindings) -> None:
    by_field = {c.field_name: c for c in checks}
    for row in rows:
        role = words.ROLE_WORDS[row.role]
        check = by_field.pop(row.field_name, None)
        stored = session.get_one(MinutesSignature, row.id)
        if check is None:
            found.problems.append(words.signature_missing(ref, row.name, role))
        elif check.problem is not None:
            found.problems.append(words.signature_problem(ref, row.name, role, check.problem))
        elif _normal(check.signer) != _normal(row.name):
            found.problems.append(words.signature_problem(
                ref, row.name, role, f"underskriften är gjord av «{check.signer}», men "
                f"registret säger att den är gjord av {row.name}."))
        elif stored.certificate_sha256 and check.certificate_sha256 != \
                stored.certificate_sha256:
            found.problems.append(words.signature_problem(
                ref, row.name, role, "den är gjord med ett annat certifikat än det registret "
                "har antecknat."))
        else:
            found.notes.append(words.signature_ok(ref, row.name, role, check.signed_at,
                                                  check.timestamp))
    for check in by_field.values():
        found.problems.append(words.signature_unknown(ref, check.signer or "okänd"))


def _normal(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())
