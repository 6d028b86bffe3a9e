# SPDX-License-Identifier: EUPL-1.2
"""The read side of electronic justering: who signs a meeting's minutes, who has signed.

    signature_lines(session, meeting) -> tuple[SignatureLine, …]   the front page's lines
    round_of(session, meeting_id) -> SigningRound                   the current round
    signing_status(session, meeting) -> SigningStatus               lines with who signed
    trust_material(session) -> TrustMaterial                        anchors and CRLs (DER)
    signers_in_open_round(session, meeting_id) -> tuple[str, …]     names; () when none

The lines follow the front page (kraftdesk.reading.minutes): the secretary, the chair, then
each justerare in the order named. Each line has a signature field in the signed PDF,
"underskrift-1", "underskrift-2", … in that order.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import MinutesState, SignerRole
from kraftdesk.domain.errors import UserError
from kraftdesk.reading.references import meeting_ref
from kraftdesk.reading.rounds import SigningRound, round_of
from kraftdesk.register.models import (
    Body,
    Meeting,
    MeetingApprover,
    Organisation,
    Person,
    RevocationList,
    TrustAnchor,
)

ROLE_ORDER = (SignerRole.SECRETARY, SignerRole.CHAIR, SignerRole.APPROVER)


@dataclass(frozen=True)
class SignatureLine:
    role: SignerRole
    person_id: int
    name: str
    field_name: str  # the signature field's name in the PDF
    required: bool


@dataclass(frozen=True)
class LineStatus:
    line: SignatureLine
    signed_at: str | None  # ISO UTC, when signed in the current round
    level: str | None


@dataclass(frozen=True)
class SigningStatus:
    meeting: str  # "KF:2026-03-02"
    state: MinutesState
    round: int
    lines: tuple[LineStatus, ...]
    refused_by: str | None
    refusal: str | None

    @property
    def missing(self) -> tuple[SignatureLine, ...]:
        """Required lines not yet signed in the current round."""
        return tuple(s.line for s in self.lines if s.line.required and s.signed_at is None)


@dataclass(frozen=True)
class TrustMaterial:
    anchors: tuple[bytes, ...]
    crls: tuple[bytes, ...]
    fetch: bool
    timestamp_url: str | None


def required_roles(organisation: Organisation) -> frozenset[SignerRole]:
    """The roles whose signatures the organisation requires (its required_signers setting)."""
    values = {v.strip() for v in (organisation.required_signers or "").split(",") if v.strip()}
    return frozenset(r for r in SignerRole if r.value in values)


def signature_lines(session: Session, meeting: Meeting,
                    organisation: Organisation) -> tuple[SignatureLine, ...]:
    """The front page's signature lines, or a UserError when the chair or justerare are missing."""
    body = session.get_one(Body, meeting.body_id)
    ref = meeting_ref(body, meeting)
    if meeting.chair_id is None:
        raise UserError(f"Ordförande saknas för {ref}; ange vem som är ordförande innan "
                        "protokollet undertecknas.", field="ordförande")
    approvers = session.execute(
        select(Person.id, Person.name).join(MeetingApprover, MeetingApprover.person_id == Person.id)
        .where(MeetingApprover.meeting_id == meeting.id).order_by(MeetingApprover.position)).all()
    if body.approver_count > 0 and not approvers:
        raise UserError(f"Justerare saknas för {ref}; utse justerarna innan protokollet "
                        "undertecknas.", field="justerare")
    people: list[tuple[SignerRole, int]] = []
    if meeting.secretary_id is not None:
        people.append((SignerRole.SECRETARY, meeting.secretary_id))
    people.append((SignerRole.CHAIR, meeting.chair_id))
    people += [(SignerRole.APPROVER, pid) for pid, _ in approvers]
    names = dict(session.execute(select(Person.id, Person.name).where(
        Person.id.in_([pid for _, pid in people]))).all())
    required = required_roles(organisation)
    return tuple(SignatureLine(role, pid, names[pid], f"underskrift-{i}", role in required)
                 for i, (role, pid) in enumerate(people, start=1))


def is_open(meeting: Meeting, signing_round: SigningRound) -> bool:
    """A round is open from its first signature until justering or a refusal."""
    return (meeting.minutes_state is MinutesState.SENT_FOR_APPROVAL
            and signing_round.refused is None and bool(signing_round.signed))


def signers_in_open_round(session: Session, meeting: Meeting) -> tuple[str, ...]:
    """Who has signed in the open round (nothing may change then), or ()."""
    if meeting.minutes_state is not MinutesState.SENT_FOR_APPROVAL:
        return ()
    signing_round = round_of(session, meeting.id)
    if not is_open(meeting, signing_round):
        return ()
    return tuple(r.name for r in signing_round.signed)


def signing_status(session: Session, meeting: Meeting,
                   organisation: Organisation) -> SigningStatus:
    body = session.get_one(Body, meeting.body_id)
    signing_round = round_of(session, meeting.id)
    current = signing_round.refused is None
    signed = {r.field_name: r for r in signing_round.signed} if current else {}
    try:
        lines = signature_lines(session, meeting, organisation)
    except UserError:
        lines = ()
    return SigningStatus(
        meeting=meeting_ref(body, meeting), state=meeting.minutes_state,
        round=signing_round.number,
        lines=tuple(LineStatus(line, signed[line.field_name].at if line.field_name in signed
                               else None,
                               signed[line.field_name].level if line.field_name in signed
                               else None) for line in lines),
        refused_by=signing_round.refused.name if signing_round.refused else None,
        refusal=signing_round.refused.comment if signing_round.refused else None)


def trust_material(session: Session, organisation: Organisation) -> TrustMaterial:
    anchors = tuple(bytes(c) for c in session.scalars(
        select(TrustAnchor.certificate).order_by(TrustAnchor.id)))
    crls = tuple(bytes(c) for c in session.scalars(
        select(RevocationList.content).order_by(RevocationList.id)))
    return TrustMaterial(anchors, crls, organisation.fetch_revocation,
                         organisation.timestamp_url)
