# SPDX-License-Identifier: EUPL-1.2
"""Electronic justering: the organisation's trust anchors and revocation lists, each signature
(or refusal) on a meeting's minutes, and the seal of the anslag day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from kraftdesk.domain.enums import SignatureOutcome, SignerRole
from kraftdesk.register.base import Base, enum_column


class TrustAnchor(Base):
    """A CA certificate the organisation trusts for signatures (kraftdesk trust add)."""

    __tablename__ = "trust_anchor"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisation.id"))
    subject: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the DER bytes
    certificate: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))  # DER
    added_at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC

    __table_args__ = (CheckConstraint("length(sha256) = 64", name="sha256_length"),)


class RevocationList(Base):
    """A certificate revocation list (CRL) kept for signing B-LT without a network."""

    __tablename__ = "revocation_list"

    id: Mapped[int] = mapped_column(primary_key=True)
    issuer: Mapped[str] = mapped_column(String(500))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))  # DER
    this_update: Mapped[str] = mapped_column(String(32))
    added_at: Mapped[str] = mapped_column(String(32))

    __table_args__ = (CheckConstraint("length(sha256) = 64", name="sha256_length"),)


class MinutesSignature(Base):
    """One signature on a meeting's minutes, or a refusal to sign, in the order given.

    A signing round begins with the first signature after the minutes are sent for justering
    and ends when every required signature is there (the minutes are justerade) or when a
    signer refuses (the signatures of that round are void; the secretary may correct the
    minutes and a new round begins). `file_id` is the PDF as it stood after this signature
    (each signature an incremental update of the one before).
    """

    __tablename__ = "minutes_signature"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"))
    round: Mapped[int]
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"))
    role: Mapped[SignerRole] = mapped_column(enum_column(SignerRole, "role"))
    outcome: Mapped[SignatureOutcome] = mapped_column(enum_column(SignatureOutcome, "outcome"))
    at: Mapped[str] = mapped_column(String(32))  # ISO 8601 UTC
    comment: Mapped[str | None] = mapped_column(Text)  # a refusal's reason
    field_name: Mapped[str | None] = mapped_column(String(100))
    certificate_subject: Mapped[str | None] = mapped_column(String(500))
    certificate_sha256: Mapped[str | None] = mapped_column(String(64))
    # The composed minutes the signer signed (kraftdesk.register.seal.document_sha256).
    document_sha256: Mapped[str | None] = mapped_column(String(64))
    level: Mapped[str | None] = mapped_column(String(10))  # "B-B", "B-T", "B-LT"
    file_id: Mapped[int | None] = mapped_column(ForeignKey("stored_file.id"))

    __table_args__ = (
        CheckConstraint("round >= 1", name="round_positive"),
        CheckConstraint("outcome != 'signed' OR file_id IS NOT NULL", name="signed_has_file"),
        CheckConstraint("outcome != 'refused' OR comment IS NOT NULL", name="refusal_has_comment"),
    )


class PostingSeal(Base):
    """The seal of the anslag day, taken when it is recorded (canonical version 2 onwards)."""

    __tablename__ = "posting_seal"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), unique=True)
    posted_on: Mapped[date]
    sealed_at: Mapped[str] = mapped_column(String(32))
    content_sha256: Mapped[str] = mapped_column(String(64))
