# SPDX-License-Identifier: EUPL-1.2
"""PAdES signatures (ETSI EN 319 142) on the justerade minutes, with pyHanko.

    load_pkcs12(data, password) -> SigningKey          a key and certificate from a .p12 file
    load_pkcs11(module, token, pin, key_label) -> SigningKey    from a card or token
    check_certificate(key, trust) -> None              valid now, trusted, not revoked
    add_signature_fields(pdf, fields) -> bytes          empty visible fields, before the first
    sign(pdf, field, key, stamp, trust, tsa) -> Signed  one signature, an incremental update
    validate(pdf, trust) -> tuple[SignatureCheck, …]    every signature, as any reader would

Each signature is an incremental update of the PDF before it, so every earlier signature
stays valid; pyHanko's validator reports the later ones as form filling. The visible field
of each signer is the box of their signature line on the front page (left empty by the
renderer): its appearance, drawn here with ReportLab and the embedded Liberation Sans,
says "Elektroniskt undertecknad", the name, the role and the time.

PDF/A: the minutes are PDF/A-2b before the first signature (kraftdesk.documents.pdfa), and
signing keeps them so. Two of pyHanko's writer habits would not: it rewrites the XMP packet
in a form PDF/A validators reject and puts a different producer in the XMP packet than in
the document information, and for elliptic-curve keys it raises the PDF version to 2.0
(PDF/A-2 is PDF 1.7). _PdfaKeepingWriter leaves the metadata as written before the first
signature and stops the version at 1.7 (pyHanko is pinned to 0.38 in pyproject.toml).

Trust: the organisation's trust anchors (kraftdesk trust add) and revocation lists; B-LT
(validation data embedded) when revocation data is at hand, a timestamp from the
organisation's TSA when one is set, offline otherwise.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from kraftdesk.documents.boxes import SignatureBox
from kraftdesk.domain.errors import UserError

#: Bytes reserved for a signature without a timestamp: an RSA-4096 signature with a chain of
#: four certificates fits with room to spare.
SIGNATURE_ROOM = 16384


@dataclass(frozen=True)
class Trust:
    """Trust anchors (DER certificates) and revocation lists (DER CRLs) for one operation."""

    anchors: tuple[bytes, ...] = ()
    crls: tuple[bytes, ...] = ()
    fetch: bool = False  # fetch revocation data (OCSP, CRL) from the network


@dataclass(frozen=True)
class CertificateInfo:
    name: str  # the subject's common name ("Anna Svensson")
    subject: str  # the whole subject, as people read it
    issuer: str
    sha256: str  # of the DER bytes
    not_before: datetime
    not_after: datetime


@dataclass
class SigningKey:
    """A private key (in a file or on a token) and its certificate, ready to sign."""

    signer: Any  # pyhanko.sign.signers.Signer
    certificate: CertificateInfo
    source: str  # "FILE.p12" or "token LABEL", for messages


@dataclass(frozen=True)
class SignatureField:
    """An empty signature field to create: its name and its box on a page."""

    name: str
    box: SignatureBox


@dataclass(frozen=True)
class Signed:
    pdf: bytes
    level: str  # "B-B", "B-T", "B-LT" or "B-LTA"


@dataclass(frozen=True)
class SignatureCheck:
    """One embedded signature as pyHanko's validator sees it."""

    field_name: str
    signer: str  # the certificate's common name
    certificate_sha256: str
    signed_at: datetime | None  # the time the signer reported
    timestamp: datetime | None  # a TSA's time, when there is one
    intact: bool  # the signed bytes are unchanged
    valid: bool  # the cryptographic signature holds
    trusted: bool  # the certificate chains to a trust anchor (and is not revoked)
    revoked: bool
    covers_document: bool  # nothing but later signatures and form filling after it
    problem: str | None  # why it does not hold (Swedish), or None


# --- keys ------------------------------------------------------------------------------------

def load_pkcs12(data: bytes, password: bytes, *, source: str) -> SigningKey:
    """The key and certificate of a PKCS#12 file; a Swedish UserError when they cannot be read.

    The file is decrypted once (its key derivation is slow on purpose) and the key kept in
    memory for the signature (_KeptKeySigner).
    """
    from asn1crypto import pkcs12 as asn1_pkcs12
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    try:
        asn1_pkcs12.Pfx.load(data).native  # noqa: B018 (parses it all: is it PKCS#12 at all?)
    except (ValueError, TypeError, KeyError) as exc:
        raise UserError(f"Nyckelfilen {source} går inte att läsa: den är inte en PKCS#12-fil "
                        "(.p12 eller .pfx) eller är skadad.", field="nyckelfil") from exc
    try:
        key, cert, others = pkcs12.load_key_and_certificates(data, password or None)
    except ValueError as exc:
        raise UserError(f"Fel lösenord för nyckelfilen {source}.", field="lösenord") from exc
    if key is None or cert is None:
        raise UserError(f"Nyckelfilen {source} innehåller ingen privat nyckel med certifikat.",
                        field="nyckelfil")
    store = SimpleCertificateStore()
    store.register_multiple(translate_pyca_cryptography_cert_to_asn1(c) for c in others)
    signing_cert = translate_pyca_cryptography_cert_to_asn1(cert)
    signer = _kept_key_signer_class()(
        key_object=key, signing_key=translate_pyca_cryptography_key_to_asn1(key),
        signing_cert=signing_cert, cert_registry=store)
    return SigningKey(signer, certificate_info(signing_cert), source)


def _kept_key_signer_class() -> type:
    from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey
    from cryptography.hazmat.primitives.asymmetric.padding import PKCS1v15
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey
    from pyhanko.sign.general import get_pyca_cryptography_hash
    from pyhanko.sign.signers import SimpleSigner

    class KeptKeySigner(SimpleSigner):
        """pyHanko's SimpleSigner, but with the key loaded once: SimpleSigner loads (and, for
        RSA, checks) the key again for every raw signature."""

        def __init__(self, *, key_object: Any, **kwargs: Any) -> None:
            super().__init__(**kwargs)
            self._key_object = key_object

        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            try:
                algorithm = mechanism.signature_algo
            except ValueError:
                algorithm = mechanism["algorithm"].native
            hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
            key = self._key_object
            if algorithm == "rsassa_pkcs1v15" and isinstance(key, RSAPrivateKey):
                return key.sign(data, PKCS1v15(), hash_algorithm)  # type: ignore[no-any-return]
            if algorithm == "ecdsa" and isinstance(key, EllipticCurvePrivateKey):
                return key.sign(data, ECDSA(hash_algorithm))  # type: ignore[no-any-return]
            return super().sign_raw(data, digest_algorithm)  # type: ignore[no-any-return]

    return KeptKeySigner


def load_pkcs11(module: str, token: str, pin: str, key_label: str | None = None) -> SigningKey:
    """A key on a PKCS#11 token (an e-legitimation card, SoftHSM); UserError if not usable."""
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign import pkcs11

    source = f"token «{token}»"
    try:
        session = pkcs11.open_pkcs11_session(module, token_criteria=TokenCriteria(label=token),
                                             user_pin=pin)
    except Exception as exc:  # python-pkcs11 raises its own classes, one per error
        name = type(exc).__name__
        if name.startswith("Pin"):
            raise UserError(f"Fel PIN-kod för {source}.", field="PIN") from exc
        if isinstance(exc, OSError) or "load" in str(exc).lower():
            raise UserError(f"PKCS#11-modulen {module} kan inte öppnas.",
                            field="pkcs11") from exc
        raise UserError(f"Det går inte att öppna {source} ({name}).", field="pkcs11") from exc
    try:
        signer = pkcs11.PKCS11Signer(session, key_label=key_label, cert_label=key_label)
        certificate = signer.signing_cert
    except Exception as exc:  # as above
        raise UserError(f"Det finns ingen nyckel med certifikat på {source}"
                        + (f" med etiketten «{key_label}»." if key_label else "."),
                        field="pkcs11") from exc
    return SigningKey(signer, certificate_info(certificate), source)


def certificate_info(cert: Any) -> CertificateInfo:
    subject = cert.subject.native
    name = subject.get("common_name") or subject.get("pseudonym") or ""
    return CertificateInfo(
        name=str(name), subject=readable_name(cert.subject),
        issuer=readable_name(cert.issuer), sha256=hashlib.sha256(cert.dump()).hexdigest(),
        not_before=cert.not_valid_before, not_after=cert.not_valid_after)


def readable_name(name: Any) -> str:
    """A distinguished name as people write it: "Anna Svensson, Testkommunen, SE"."""
    values = name.native
    order = ("common_name", "pseudonym", "organizational_unit_name", "organization_name",
             "locality_name", "country_name")
    parts = [values[k] for k in order if values.get(k)]
    flat = [", ".join(v) if isinstance(v, list) else str(v) for v in parts]
    return ", ".join(flat) or name.human_friendly


def read_certificate(data: bytes, *, source: str) -> tuple[bytes, CertificateInfo]:
    """A certificate file (PEM or DER) as DER bytes and what it says; UserError if it is not."""
    from pyhanko.keys import load_certs_from_pemder_data

    try:
        certs = list(load_certs_from_pemder_data(data))
    except (ValueError, TypeError, KeyError) as exc:
        raise UserError(f"{source} är inte ett certifikat i PEM- eller DER-format.",
                        field="certifikat") from exc
    if len(certs) != 1:
        raise UserError(f"{source} ska innehålla ett certifikat; det innehåller {len(certs)}.",
                        field="certifikat")
    return certs[0].dump(), certificate_info(certs[0])


def read_crl(data: bytes, *, source: str) -> tuple[bytes, str, datetime]:
    """A CRL file (PEM or DER): DER bytes, issuer, thisUpdate; UserError if it is not one."""
    from asn1crypto import crl, pem

    try:
        der = pem.unarmor(data)[2] if pem.detect(data) else data
        parsed = crl.CertificateList.load(der)
        issuer = readable_name(parsed.issuer)
        this_update = parsed["tbs_cert_list"]["this_update"].native
    except (ValueError, TypeError, KeyError) as exc:
        raise UserError(f"{source} är inte en spärrlista (CRL) i PEM- eller DER-format.",
                        field="spärrlista") from exc
    return der, issuer, this_update


# --- checking a certificate before it signs ---------------------------------------------------

def check_certificate(key: SigningKey, trust: Trust, *, at: datetime | None = None) -> None:
    """Refuse (Swedish UserError) a certificate that is not valid now, untrusted or revoked."""
    from pyhanko_certvalidator import CertificateValidator
    from pyhanko_certvalidator.errors import (
        ExpiredError,
        InsufficientRevinfoError,
        NotYetValidError,
        PathBuildingError,
        PathValidationError,
        RevokedError,
    )

    info = key.certificate
    moment = at or datetime.now(UTC)
    if moment < info.not_before:
        raise UserError(f"Certifikatet för {info.name} gäller först från "
                        f"{_day(info.not_before)}; det kan inte användas ännu.",
                        field="certifikat")
    if moment > info.not_after:
        raise UserError(f"Certifikatet för {info.name} gällde till {_day(info.not_after)} och "
                        "har gått ut.", field="certifikat")
    if not trust.anchors:
        raise UserError("Organisationen har inga betrodda utfärdare för underskrifter; lägg "
                        "till utfärdarens certifikat med «kraftdesk trust add CA.pem».",
                        field="betrodda utfärdare")
    validator = CertificateValidator(
        key.signer.signing_cert, intermediate_certs=list(key.signer.cert_registry),
        validation_context=_context(trust, moment=moment))
    try:
        asyncio.run(validator.async_validate_path())
    except RevokedError as exc:
        raise UserError(f"Certifikatet för {info.name} är spärrat (återkallat) av utfärdaren.",
                        field="certifikat") from exc
    except ExpiredError as exc:
        raise UserError(f"Certifikatet för {info.name}, eller ett certifikat i dess kedja, har "
                        "gått ut.", field="certifikat") from exc
    except NotYetValidError as exc:
        raise UserError(f"Certifikatet för {info.name}, eller ett certifikat i dess kedja, "
                        "gäller inte ännu.", field="certifikat") from exc
    except InsufficientRevinfoError as exc:
        raise UserError(f"Det saknas spärrinformation för certifikatet för {info.name}.",
                        field="certifikat") from exc
    except (PathBuildingError, PathValidationError) as exc:
        raise UserError(f"Certifikatet för {info.name} är utfärdat av «{info.issuer}», som inte "
                        "är en av organisationens betrodda utfärdare.",
                        field="certifikat") from exc


def _day(moment: datetime) -> str:
    return moment.date().isoformat()


def _context_kwargs(trust: Trust, *, moment: datetime | None = None,
                    hard: bool = False) -> dict[str, Any]:
    from asn1crypto import crl, x509

    kwargs: dict[str, Any] = dict(
        trust_roots=[x509.Certificate.load(der) for der in trust.anchors],
        crls=[crl.CertificateList.load(der) for der in trust.crls],
        allow_fetching=trust.fetch,
        revocation_mode="hard-fail" if hard else "soft-fail",
    )
    if moment is not None:
        kwargs["moment"] = moment
    return kwargs


def _context(trust: Trust, *, moment: datetime | None = None, hard: bool = False) -> Any:
    from pyhanko_certvalidator import ValidationContext

    return ValidationContext(**_context_kwargs(trust, moment=moment, hard=hard))


# --- signing ---------------------------------------------------------------------------------

def _writer(pdf: bytes) -> Any:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    class _PdfaKeepingWriter(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            pass  # keep the XMP packet and the document information as PDF/A wrote them

        def ensure_output_version(self, version: tuple[int, int]) -> None:
            super().ensure_output_version(min(version, (1, 7)))

    return _PdfaKeepingWriter(io.BytesIO(pdf), strict=False)


def add_signature_fields(pdf: bytes, fields: Sequence[SignatureField]) -> bytes:
    """Empty, visible signature fields for every signer, as one incremental update."""
    from pyhanko.sign.fields import SigFieldSpec, append_signature_field

    writer = _writer(pdf)
    for spec in fields:
        box = spec.box
        append_signature_field(writer, SigFieldSpec(
            spec.name, on_page=box.page, box=(box.left, box.bottom, box.right, box.top),
            empty_field_appearance=False))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def sign(pdf: bytes, *, field_name: str, key: SigningKey, stamp: Sequence[str],
         trust: Trust, timestamp_url: str | None = None, reason: str | None = None,
         location: str | None = None) -> Signed:
    """Sign the empty field `field_name` of `pdf`; the stamp's lines fill its box."""
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.timestamps import HTTPTimeStamper, TimestampRequestError

    box = _field_box(_writer(pdf), field_name)
    timestamper = HTTPTimeStamper(timestamp_url, timeout=20) if timestamp_url else None
    style = _stamp_style(stamp, box)
    # B-LT when revocation data is at hand (kept lists, or fetching allowed); without it,
    # or when it does not cover the certificate after all, B-T with a TSA, else B-B.
    for embed in ([True, False] if (trust.crls or trust.fetch) else [False]):
        meta = signers.PdfSignatureMetadata(
            field_name=field_name, subfilter=fields.SigSeedSubFilter.PADES,
            embed_validation_info=embed, use_pades_lta=False,
            validation_context=_context(trust, hard=embed), name=key.certificate.name,
            reason=reason, location=location, md_algorithm="sha256")
        signer = signers.PdfSigner(meta, key.signer, timestamper=timestamper,
                                   stamp_style=style)
        out = io.BytesIO()
        try:
            # Room for the signature (a CMS container with the certificate chain): reserved
            # outright rather than found by a dry run, which signs once more. A timestamp
            # token or validation data need their estimate.
            reserved = None if (timestamper or embed) else SIGNATURE_ROOM
            signer.sign_pdf(_writer(pdf), output=out, bytes_reserved=reserved)
        except TimestampRequestError as exc:
            raise UserError(f"Tidsstämpeln kunde inte hämtas från {timestamp_url}; protokollet "
                            "är inte undertecknat.", field="tidsstämpel") from exc
        except (SigningError, ValueError) as exc:
            if embed:
                continue
            raise UserError("Underskriften kunde inte göras med den här nyckeln och det här "
                            "certifikatet; protokollet är inte undertecknat. (Skälet enligt "
                            f"signeringsbiblioteket pyHanko: {exc})", field="underskrift") \
                from exc
        return Signed(out.getvalue(), "B-LT" if embed else ("B-T" if timestamper else "B-B"))
    raise AssertionError("unreachable: the last attempt returns or raises")


def _field_box(writer: Any, field_name: str) -> tuple[float, float]:
    """The (width, height) of the empty signature field `field_name`."""
    from pyhanko.sign.fields import enumerate_sig_fields

    for name, value, ref in enumerate_sig_fields(writer, filled_status=None):
        if name == field_name:
            if value is not None:
                raise UserError("Den här underskriften finns redan i PDF-filen.",
                                field="underskrift")
            rect = ref.get_object().get("/Rect") or (0, 0, 0, 0)
            x1, y1, x2, y2 = (float(v) for v in rect)
            return abs(x2 - x1), abs(y2 - y1)
    raise UserError(f"Underskriftsfältet «{field_name}» finns inte i PDF-filen.",
                    field="underskrift")


def _stamp_style(lines: Sequence[str], box: tuple[float, float]) -> Any:
    from pyhanko.pdf_utils import layout
    from pyhanko.stamp import StaticStampStyle

    return StaticStampStyle(
        background=_ImportedStamp(stamp_pdf(lines, *box)), border_width=0,
        background_opacity=1.0,
        background_layout=layout.SimpleBoxLayoutRule(
            x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MIN,
            margins=layout.Margins.uniform(0),
            inner_content_scaling=layout.InnerScaling.NO_SCALING))


def stamp_pdf(lines: Sequence[str], width: float, height: float) -> bytes:
    """A one-page PDF the size of a signature box with `lines` in Liberation Sans."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    from kraftdesk.documents.fonts import REGULAR, register_fonts
    from kraftdesk.documents.styles import INK

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(max(width, 1), max(height, 1)), invariant=1,
                    initialFontName=REGULAR, initialFontSize=7)
    canvas.setFillColor(INK)
    widest = max((stringWidth(line, REGULAR, 7) for line in lines), default=1) or 1
    size = min(7.0, 7.0 * (width - 4) / widest, (height - 2) / max(len(lines), 1) / 1.15)
    leading = size * 1.15
    y = height - size - 1
    for line in lines:
        canvas.setFont(REGULAR, size)
        canvas.drawString(2, y, line)
        y -= leading
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _imported_stamp_class() -> type:
    from pyhanko.pdf_utils import content, layout
    from pyhanko.pdf_utils.reader import PdfFileReader

    class ImportedStamp(content.PdfContent):
        """The stamp's page as a form XObject (pyHanko's ImportedPdfPage, from bytes)."""

        def __init__(self, data: bytes) -> None:
            self._data = data
            super().__init__()

        def render(self) -> bytes:
            reader = PdfFileReader(io.BytesIO(self._data))
            xobject = self._ensure_writer.import_page_as_xobject(reader, page_ix=0)
            self.resources.xobject["/KraftdeskStamp"] = xobject
            x1, y1, x2, y2 = xobject.get_object()["/BBox"]
            self.box = layout.BoxConstraints(width=abs(x1 - x2), height=abs(y1 - y2))
            return b"/KraftdeskStamp Do"

    return ImportedStamp


def _ImportedStamp(data: bytes) -> Any:  # noqa: N802 (a class made on first use)
    return _imported_stamp_class()(data)


# --- validating -------------------------------------------------------------------------------

def validate(pdf: bytes, trust: Trust) -> tuple[SignatureCheck, ...]:
    """Every signature of `pdf`, validated as an independent reader would (pyHanko).

    Raises UserError when the file cannot be read as a PDF at all.
    """
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError) as exc:
        raise UserError("PDF-filen går inte att läsa; den är skadad eller har ändrats.",
                        field="PDF") from exc
    dss = _embedded_validation_data(reader)
    return tuple(_check(signature, trust, dss) for signature in signatures)


def first_signed_revision(pdf: bytes) -> bytes | None:
    """The PDF as its first signer signed it (the bytes up to that signature's revision), or
    None when it has no signature or cannot be read."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        signatures = PdfFileReader(io.BytesIO(pdf), strict=False).embedded_signatures
        if not signatures:
            return None
        ranges = [list(s.sig_object["/ByteRange"]) for s in signatures]
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError):
        return None
    first = min(ranges, key=lambda r: int(r[2]) + int(r[3]))
    return pdf[:int(first[2]) + int(first[3])]


def _embedded_validation_data(reader: Any) -> Any:
    """The PDF's own validation data (its DSS: certificates, CRLs, OCSP), or None."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore
    from pyhanko.sign.validation.errors import ValidationInfoReadingError

    try:
        return DocumentSecurityStore.read_dss(reader)
    except (ValidationInfoReadingError, KeyError, ValueError, TypeError):
        return None


def _check(signature: Any, trust: Trust, dss: Any) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation import validate_pdf_signature

    field_name = signature.field_name or ""
    cert = signature.signer_cert
    name = certificate_info(cert).name if cert is not None else ""
    sha = hashlib.sha256(cert.dump()).hexdigest() if cert is not None else ""
    reported = signature.self_reported_timestamp
    offline = Trust(trust.anchors, trust.crls, False)
    if dss is not None:
        context = dss.as_validation_context(_context_kwargs(offline, moment=reported))
    else:
        context = _context(offline, moment=reported)
    try:
        status = validate_pdf_signature(signature, context, ts_validation_context=context)
    except (ValueError, KeyError, TypeError) as exc:  # pyHanko's validation errors are ValueErrors
        return SignatureCheck(field_name, name, sha, reported, None, False, False, False, False,
                              False, "underskriften går inte att kontrollera (skälet enligt "
                              f"signeringsbiblioteket pyHanko: {exc}).")
    revoked = bool(getattr(status, "revoked", False))
    timestamp = getattr(status.timestamp_validity, "timestamp", None) \
        if status.timestamp_validity else None
    level = status.modification_level
    covers = status.docmdp_ok is not False and (
        level is None or level in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES,
                                   ModificationLevel.FORM_FILLING))
    problem = None
    if not status.intact:
        problem = "dokumentet har ändrats efter underskriften."
    elif not status.valid:
        problem = "den kryptografiska underskriften stämmer inte."
    elif revoked:
        problem = "certifikatet är spärrat (återkallat)."
    elif not status.trusted:
        problem = "certifikatet är inte utfärdat av någon av de betrodda utfärdarna."
    elif not covers:
        problem = "PDF-filen har ändrats efter underskriften på ett sätt som inte är tillåtet."
    return SignatureCheck(field_name, name, sha, reported, timestamp, bool(status.intact),
                          bool(status.valid), bool(status.trusted), revoked, covers, problem)
