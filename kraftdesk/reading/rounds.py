# SPDX-License-Identifier: EUPL-1.2
"""The rounds of electronic signatures of a meeting's minutes, read without SQLAlchemy.

    round_of(reader, meeting_id) -> SigningRound            the current round
    is_electronically_justerat(reader, meeting) -> bool     justerat by signatures, not ink

`reader`: a session, a connection or a rows source (kraftdesk.reading.rows). The rest of
the read side of electronic justering is kraftdesk.reading.signing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kraftdesk.domain.enums import MinutesState, SignatureOutcome, SignerRole
from kraftdesk.reading.rows import rows_of


@dataclass(frozen=True)
class SignedRow:
    id: int
    person_id: int
    name: str
    role: SignerRole
    outcome: SignatureOutcome
    at: str
    field_name: str | None
    comment: str | None
    document_sha256: str | None
    level: str | None
    file_id: int | None


@dataclass(frozen=True)
class SigningRound:
    """The latest round of signatures: `number` 0 before any. Open: signed, not finished."""

    number: int
    rows: tuple[SignedRow, ...]
    refused: SignedRow | None

    @property
    def signed(self) -> tuple[SignedRow, ...]:
        return tuple(r for r in self.rows if r.outcome is SignatureOutcome.SIGNED)

    @property
    def document_sha256(self) -> str | None:
        return self.signed[0].document_sha256 if self.signed else None


def round_of(reader: Any, meeting_id: int) -> SigningRound:
    source = rows_of(reader)
    number = source.scalar("signature_round", meeting_id=meeting_id) or 0
    if number == 0:
        return SigningRound(0, (), None)
    rows = tuple(
        SignedRow(s.id, s.person_id, s.person_name, s.role, s.outcome, s.at, s.field_name,
                  s.comment, s.document_sha256, s.level, s.file_id)
        for s in source.all("signatures_of_round", meeting_id=meeting_id, round=number))
    refused = next((r for r in rows if r.outcome is SignatureOutcome.REFUSED), None)
    return SigningRound(number, rows, refused)


def is_electronically_justerat(reader: Any, meeting: Any) -> bool:
    """Justerat by electronic signatures (the last round complete), not by ink."""
    if meeting.minutes_state is not MinutesState.APPROVED:
        return False
    signing_round = round_of(reader, meeting.id)
    return signing_round.refused is None and bool(signing_round.signed)
