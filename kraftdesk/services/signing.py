# SPDX-License-Identifier: EUPL-1.2
"""Electronic justering: each signer signs the minutes in turn with a PAdES signature.

    load_key_file(path, password_file | password) -> SigningKey     a .p12 file, checked
    sign(register, meeting, signer, key) -> SignOutcome             one signature
    refuse(register, meeting, signer, comment) -> Changes            a signer declines
    status(register, meeting) -> SigningStatus                        who has signed
    add_trust_anchor(register, data, source) -> TrustAnchorInfo     kraftdesk trust add
    add_revocation_list(register, data, source) -> str               kraftdesk trust crl
    trust_anchors(register) -> tuple[TrustAnchorInfo, …]
    signing_settings(register) / set_signing_settings(register, …)

The minutes must be sent for justering. The first signature of a round composes the final
minutes (kraftdesk.reading.minutes.minutes_doc(signing=True)), writes them as PDF/A-2b with
the register's identifiers, the composed document's SHA-256 and the audit trail's head in
the XMP packet (kraftdesk.services.archival), adds an empty visible signature field for
every signature line of the front page, and signs its own field; each later signer signs
their field of the PDF as the one before left it (an incremental update). A signer must be
the meeting's secretary, chair or a justerare, and the certificate must be issued to that
person's name by one of the organisation's trust anchors and be valid now.

While a round is open nothing in the minutes may change (kraftdesk.reading.support refuses).
Should they change all the same (another program, raw SQL), the next signer's document
differs from the one signed: the earlier signatures of the round are void and a new round
begins with that signer. A refusal ends the round; the minutes can then be corrected.

When every required signature (the organisation's setting) is there, the minutes are
justerade that day and sealed, with the signed PDF as the final PDF. Everything happens in
one transaction per signature: a refused or failed signature leaves nothing behind, and a
half-signed PDF is never the register's final PDF.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import (
    JusteringMethod,
    MinutesState,
    SignatureOutcome,
    SignerRole,
)
from kraftdesk.domain.errors import LockedError, UserError, os_reason
from kraftdesk.reading import minutes as minutes_reading
from kraftdesk.reading import signing as reading
from kraftdesk.reading.references import find_meeting, meeting_ref
from kraftdesk.reading.signing import SignatureLine, SigningStatus, TrustMaterial
from kraftdesk.reading.support import organisation as current_organisation
from kraftdesk.register import audit
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Approval,
    Body,
    Meeting,
    MinutesSignature,
    Organisation,
    RevocationList,
    StoredFile,
    TrustAnchor,
)
from kraftdesk.register.seal import document_sha256, sha256, store_file
from kraftdesk.services.changes import Changes
from kraftdesk.services.sealing import anchor_identifiers, seal_signed
from kraftdesk.text import signing as words

#: Signed minutes are PDF/A-2b whatever the organisation's PDF/A part: PAdES signatures
#: need PDF 1.7 (ETSI EN 319 142-1), which PDF/A-1 (PDF 1.4) does not allow.
SIGNED_PDFA_PART = 2


@dataclass(frozen=True)
class SignOutcome:
    meeting: str
    signer: str
    role: SignerRole
    level: str
    justerat_on: date | None  # the day of justering when this signature completed it
    remaining: tuple[tuple[str, SignerRole], ...]  # required signatures still missing
    voided: tuple[str, ...]  # earlier signatures made void (the minutes had changed)
    warnings: tuple[str, ...]
    changes: Changes


@dataclass(frozen=True)
class TrustAnchorInfo:
    subject: str
    sha256: str
    not_after: date
    added: bool  # False: it was already there


@dataclass(frozen=True)
class SigningSettings:
    method: JusteringMethod
    required: frozenset[SignerRole]
    timestamp_url: str | None
    fetch_revocation: bool
    pdfa_part: int


# --- keys ------------------------------------------------------------------------------------

def load_key_file(path: Path, *, password: str | None = None,
                  password_file: Path | None = None) -> object:
    """A PKCS#12 key file and its password (given, or the first line of `password_file`)."""
    from kraftdesk.documents.pades import load_pkcs12

    data = _read(path, "Nyckelfilen")
    if password_file is not None:
        text = _read(password_file, "Lösenordsfilen").decode("utf-8", errors="replace")
        password = text.splitlines()[0] if text.splitlines() else ""
    return load_pkcs12(data, (password or "").encode("utf-8"), source=str(path))


def load_token(module: str, token: str, *, pin: str, key_label: str | None = None) -> object:
    """A key on a PKCS#11 token (an e-legitimation card) through its PKCS#11 module."""
    from kraftdesk.documents.pades import load_pkcs11

    return load_pkcs11(module, token, pin, key_label)


def _read(path: Path, what: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise UserError(f"{what} {path} finns inte.", field=str(path)) from exc
    except OSError as exc:
        raise UserError(f"{what} {path} går inte att läsa: {os_reason(exc)}.",
                        field=str(path)) from exc


# --- signing ---------------------------------------------------------------------------------

def sign(register: Register, meeting: int | str, *, signer: str, key: object,
         now: datetime | None = None, confirm_open_promises: bool = False) -> SignOutcome:
    """`signer` (a name) signs the minutes with `key` (from load_key_file or load_token)."""
    from kraftdesk.documents import pades

    assert isinstance(key, pades.SigningKey)
    now = now or datetime.now()
    with register.write() as session:
        anchored_head = audit.head(session.connection())
        row = find_meeting(session, meeting)
        body = session.get_one(Body, row.body_id)
        ref = meeting_ref(body, row)
        organisation = current_organisation(session)
        _ensure_signable(organisation, row, ref)
        lines = reading.signature_lines(session, row, organisation)
        mine = _lines_of(lines, signer)
        if not mine:
            raise UserError(words.not_a_signer(signer.strip(), ref), field="undertecknare")
        person = mine[0].name
        if _normal(key.certificate.name) != _normal(person):
            raise UserError(words.wrong_certificate(key.certificate.name, person),
                            field="certifikat")
        material = reading.trust_material(session, organisation)
        trust = pades.Trust(material.anchors, material.crls, material.fetch)
        pades.check_certificate(key, trust)

        signing_round = reading.round_of(session, row.id)
        doc = minutes_reading.minutes_doc(session, row.id, final=True, signing=True)
        digest = document_sha256(doc)
        voided: tuple[str, ...] = ()
        open_round = reading.is_open(row, signing_round)
        if open_round and signing_round.document_sha256 != digest:
            voided = tuple(r.name for r in signing_round.signed)
            open_round = False
        signed_fields = {r.field_name for r in signing_round.signed} if open_round else set()
        line = next((ln for ln in mine if ln.field_name not in signed_fields), None)
        if line is None:
            raise UserError(f"{person} har redan undertecknat protokollet {ref}.",
                            field="undertecknare")
        warnings: tuple[str, ...] = ()
        if open_round:
            number = signing_round.number
            source = _file(session, signing_round.signed[-1].file_id)
            _ensure_earlier_signatures_hold(source, trust, signing_round, ref)
        else:
            number = signing_round.number + 1
            doc, digest, source, warnings = _prepare(session, row, ref, lines, anchored_head,
                                                     now, confirm_open_promises)
        signed = pades.sign(
            source, field_name=line.field_name, key=key, trust=trust,
            stamp=words.stamp_lines(person, line.role, now),
            timestamp_url=material.timestamp_url, reason=words.SIGNING_REASON,
            location=organisation.name)
        at = datetime.now(UTC).isoformat(timespec="microseconds")
        stored = store_file(session, signed.pdf,
                            filename=f"protokoll-{ref.replace(':', '-')}-{line.field_name}.pdf",
                            media_type="application/pdf")
        session.add(MinutesSignature(
            meeting_id=row.id, round=number, person_id=line.person_id, role=line.role,
            outcome=SignatureOutcome.SIGNED, at=at, field_name=line.field_name,
            certificate_subject=key.certificate.subject,
            certificate_sha256=key.certificate.sha256, document_sha256=digest,
            level=signed.level, file_id=stored.id))
        session.flush()
        done = {line.field_name} | (signed_fields if open_round else set())
        remaining = tuple((ln.name, ln.role) for ln in lines
                          if ln.required and ln.field_name not in done)
        justerat_on = None
        if not remaining:
            justerat_on = now.date()
            _complete(session, row, ref, on=justerat_on, now=now, pdf=signed.pdf,
                      digest=digest)
        return SignOutcome(ref, person, line.role, signed.level, justerat_on, remaining,
                           voided, warnings, Changes(meetings=frozenset({row.id})))


def refuse(register: Register, meeting: int | str, *, signer: str, comment: str,
           now: datetime | None = None) -> Changes:
    """`signer` declines to sign, with a comment; the round ends and the minutes may change."""
    del now
    comment = (comment or "").strip()
    if not comment:
        raise UserError("Skriv varför du avböjer att underteckna; kommentaren går till "
                        "sekreteraren.", field="kommentar")
    with register.write() as session:
        row = find_meeting(session, meeting)
        ref = meeting_ref(session.get_one(Body, row.body_id), row)
        organisation = current_organisation(session)
        _ensure_signable(organisation, row, ref)
        lines = reading.signature_lines(session, row, organisation)
        mine = _lines_of(lines, signer)
        if not mine:
            raise UserError(words.not_a_signer(signer.strip(), ref), field="undertecknare")
        signing_round = reading.round_of(session, row.id)
        number = signing_round.number if reading.is_open(row, signing_round) \
            else signing_round.number + 1
        session.add(MinutesSignature(
            meeting_id=row.id, round=number, person_id=mine[0].person_id, role=mine[0].role,
            outcome=SignatureOutcome.REFUSED, comment=comment,
            at=datetime.now(UTC).isoformat(timespec="microseconds")))
        return Changes(meetings=frozenset({row.id}))


def status(register: Register, meeting: int | str) -> SigningStatus:
    with register.read() as session:
        row = find_meeting(session, meeting)
        return reading.signing_status(session, row, current_organisation(session))


def signed_pdf(register: Register, meeting: int | str) -> bytes | None:
    """The latest signed PDF of the minutes (complete or not), or None."""
    with register.read() as session:
        row = find_meeting(session, meeting)
        signing_round = reading.round_of(session, row.id)
        if not signing_round.signed:
            return None
        return _file(session, signing_round.signed[-1].file_id)


def _ensure_signable(organisation: Organisation, meeting: Meeting, ref: str) -> None:
    if organisation.justering_method is JusteringMethod.PAPER:
        raise UserError(f"{organisation.name} justerar protokollen med underskrifter på "
                        "papper; elektroniska underskrifter är avstängda i inställningarna.",
                        field="justering")
    if meeting.minutes_state is MinutesState.APPROVED:
        raise LockedError(f"Protokollet {ref} är redan justerat.", field="justering")
    if meeting.minutes_state is not MinutesState.SENT_FOR_APPROVAL:
        raise UserError(f"Protokollet {ref} är inte skickat för justering; skicka det först "
                        "(kraftdesk justering skicka).", field="justering")


def _normal(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _lines_of(lines: tuple[SignatureLine, ...], signer: str) -> list[SignatureLine]:
    return [ln for ln in lines if _normal(ln.name) == _normal(signer)]


def _file(session: Session, file_id: int | None) -> bytes:
    stored = session.get(StoredFile, file_id) if file_id is not None else None
    if stored is None or sha256(bytes(stored.content)) != stored.sha256:
        raise UserError("Den undertecknade PDF-filen saknas i registret eller har ändrats; "
                        "kör «kraftdesk verify».", field="underskrift")
    return bytes(stored.content)


def _ensure_earlier_signatures_hold(pdf: bytes, trust: object, signing_round: object,
                                    ref: str) -> None:
    """Sign only on top of signatures that still hold (none tampered with since)."""
    from kraftdesk.documents import pades

    assert isinstance(trust, pades.Trust)
    assert isinstance(signing_round, reading.SigningRound)
    checks = {c.field_name: c for c in pades.validate(pdf, trust)}
    for row in signing_round.signed:
        check = checks.get(row.field_name or "")
        problem = "den finns inte i PDF-filen." if check is None else check.problem
        if problem is not None:
            raise UserError(
                f"{words.signature_problem(ref, row.name, words.ROLE_WORDS[row.role], problem)} "
                "Protokollet kan inte undertecknas vidare; kör «kraftdesk verify».",
                field="underskrift")


def _prepare(session: Session, meeting: Meeting, ref: str, lines: tuple[SignatureLine, ...],
             head: tuple[int, str], now: datetime,
             confirm_open_promises: bool) -> tuple[object, str, bytes, tuple[str, ...]]:
    """The first signature of a round: the final minutes as PDF/A with empty fields."""
    from kraftdesk.documents import pades
    from kraftdesk.reading import checks
    from kraftdesk.services import justering
    from kraftdesk.services.archival import archival_pdf, meeting_identifiers
    from kraftdesk.services.statements import close_open_promises

    # The protocol checker as for justering on paper: errors refuse the first signature;
    # warnings are confirmed with the open promises (the same confirmation on the command
    # line) and the confirmation is kept with the minutes.
    findings = checks.minutes_findings(session, meeting.id)
    justering.ensure_checked(ref, findings, confirmed=confirm_open_promises)
    promises = justering.open_promises(session, meeting.id, now=now)
    if promises and not confirm_open_promises:
        raise justering.OpenPromisesError(justering.open_promises_message(ref, promises),
                                          promises)
    justering.record_confirmation(session, meeting, None, findings, now)
    if promises:
        close_open_promises(session, meeting.id, now=now)
        session.flush()
    doc = minutes_reading.minutes_doc(session, meeting.id, final=True, signing=True)
    digest = document_sha256(doc)
    boxes: list = []
    identifiers = (*meeting_identifiers(session, meeting), *anchor_identifiers(digest, head))
    archival = archival_pdf(doc, part=SIGNED_PDFA_PART, created=now.astimezone(UTC),
                            identifiers=identifiers, identifier=ref, signature_boxes=boxes,
                            strict=False)
    # The lines of paragraphs justerade omedelbart come last on the front page; they were
    # justerade before, and are signed with ink or not at all, never in this round.
    immediate = session.scalar(select(func.count()).select_from(Approval).where(
        Approval.meeting_id == meeting.id, Approval.paragraph_id.is_not(None))) or 0
    if len(boxes) - immediate != len(lines):
        raise UserError(f"Förstasidan av {ref} har {len(boxes) - immediate} underskriftsrader "
                        f"men {len(lines)} ska underteckna.", field="underskrift")
    pdf = pades.add_signature_fields(archival.pdf, [
        pades.SignatureField(line.field_name, box) for line, box in zip(lines, boxes,
                                                                         strict=False)])
    return doc, digest, pdf, archival.warnings


def _complete(session: Session, meeting: Meeting, ref: str, *, on: date, now: datetime,
              pdf: bytes, digest: str) -> None:
    """The last required signature: the minutes are justerade and sealed."""
    if on < (meeting.sent_for_approval_on or on):
        raise UserError(f"Justeringsdagen ({on.isoformat()}) ligger före dagen då protokollet "
                        "skickades för justering.", field="datum")
    from kraftdesk.services import justering

    # Who justerade: the chair and the appointed justerare, whose lines were signed.
    signers = justering.main_signers(session, meeting, ref, None, None)
    justering.record_approvals(session, meeting, None, signers)
    meeting.minutes_state = MinutesState.APPROVED
    meeting.approved_on = on
    seal_signed(session, meeting, ref, now=now, pdf=pdf, signed_digest=digest)


# --- trust anchors, revocation lists, settings -------------------------------------------------

def add_trust_anchor(register: Register, data: bytes, *, source: str) -> TrustAnchorInfo:
    """A CA certificate (PEM or DER) the organisation trusts for signatures."""
    from kraftdesk.documents.pades import read_certificate

    der, info = read_certificate(data, source=source)
    digest = sha256(der)
    with register.write() as session:
        organisation = current_organisation(session)
        existing = session.scalars(select(TrustAnchor).where(TrustAnchor.sha256 == digest)).first()
        if existing is None:
            session.add(TrustAnchor(organisation_id=organisation.id, subject=info.subject,
                                    sha256=digest, certificate=der,
                                    added_at=datetime.now(UTC).isoformat(timespec="seconds")))
        return TrustAnchorInfo(info.subject, digest, info.not_after.date(), existing is None)


def add_revocation_list(register: Register, data: bytes, *, source: str) -> str:
    """A CRL kept in the register, for B-LT signatures without a network; its issuer."""
    from kraftdesk.documents.pades import read_crl

    der, issuer, this_update = read_crl(data, source=source)
    digest = sha256(der)
    with register.write() as session:
        current_organisation(session)
        if session.scalars(select(RevocationList.id).where(
                RevocationList.sha256 == digest)).first() is None:
            session.add(RevocationList(issuer=issuer, sha256=digest, content=der,
                                       this_update=this_update.isoformat(),
                                       added_at=datetime.now(UTC).isoformat(timespec="seconds")))
    return issuer


def certificate_der(data: bytes, *, source: str) -> bytes:
    """A certificate file (PEM or DER) as DER bytes; a Swedish UserError if it is not one."""
    from kraftdesk.documents.pades import read_certificate

    return read_certificate(data, source=source)[0]


def trust_anchors(register: Register) -> tuple[TrustAnchorInfo, ...]:
    from kraftdesk.documents.pades import read_certificate

    with register.read() as session:
        rows = session.execute(select(TrustAnchor.certificate, TrustAnchor.sha256)
                               .order_by(TrustAnchor.id)).all()
    out = []
    for der, digest in rows:
        _, info = read_certificate(bytes(der), source="certifikatet")
        out.append(TrustAnchorInfo(info.subject, digest, info.not_after.date(), False))
    return tuple(out)


def trust_material(register: Register) -> TrustMaterial:
    with register.read() as session:
        return reading.trust_material(session, current_organisation(session))


def signing_settings(register: Register) -> SigningSettings:
    with register.read() as session:
        org = current_organisation(session)
        return SigningSettings(org.justering_method, reading.required_roles(org),
                               org.timestamp_url, org.fetch_revocation, org.pdfa_part)


def set_signing_settings(register: Register, *, method: JusteringMethod | None = None,
                         required: frozenset[SignerRole] | None = None,
                         timestamp_url: str | None = None, clear_timestamp: bool = False,
                         fetch_revocation: bool | None = None,
                         pdfa_part: int | None = None) -> SigningSettings:
    if required is not None and not required:
        raise UserError("Minst en roll måste underteckna: sekreterare, ordförande eller "
                        "justerare.", field="underskrifter")
    if pdfa_part is not None and pdfa_part not in (1, 2):
        raise UserError("PDF/A-delen är 1 (PDF/A-1b) eller 2 (PDF/A-2b).", field="PDF/A")
    if timestamp_url is not None and not timestamp_url.startswith(("http://", "https://")):
        raise UserError(f"«{timestamp_url}» är ingen adress till en tidsstämpeltjänst; den "
                        "börjar med http:// eller https://.", field="tidsstämpel")
    with register.write() as session:
        org = current_organisation(session)
        if method is not None:
            org.justering_method = method
        if required is not None:
            org.required_signers = ",".join(r.value for r in SignerRole if r in required)
        if timestamp_url is not None:
            org.timestamp_url = timestamp_url
        if clear_timestamp:
            org.timestamp_url = None
        if fetch_revocation is not None:
            org.fetch_revocation = fetch_revocation
        if pdfa_part is not None:
            org.pdfa_part = pdfa_part
        session.flush()
        return SigningSettings(org.justering_method, reading.required_roles(org),
                               org.timestamp_url, org.fetch_revocation, org.pdfa_part)
