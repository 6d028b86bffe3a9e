# SPDX-License-Identifier: EUPL-1.2
"""A test PKI the suite makes itself with `cryptography`: a CA, people's PKCS#12 files,
expired and not yet valid certificates, a foreign CA, revocation lists and a TSA."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSWORD = "hemligt lösenord"
NOW = dt.datetime.now(dt.UTC)


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COUNTRY_NAME, "SE"),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Testkommunen"),
                      x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _usage(*, ca: bool) -> x509.KeyUsage:
    return x509.KeyUsage(digital_signature=not ca, content_commitment=not ca,
                         key_encipherment=False, data_encipherment=False, key_agreement=False,
                         key_cert_sign=ca, crl_sign=ca, encipher_only=False,
                         decipher_only=False)


@dataclass
class Authority:
    """A CA: its key and self-signed certificate."""

    name: str
    key: rsa.RSAPrivateKey = field(
        default_factory=lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048))

    @cached_property
    def certificate(self) -> x509.Certificate:
        return (x509.CertificateBuilder().subject_name(_name(self.name))
                .issuer_name(_name(self.name)).public_key(self.key.public_key())
                .serial_number(x509.random_serial_number())
                .not_valid_before(NOW - dt.timedelta(days=30))
                .not_valid_after(NOW + dt.timedelta(days=3650))
                .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
                .add_extension(_usage(ca=True), critical=True)
                .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()),
                               critical=False)
                .sign(self.key, hashes.SHA256()))

    def pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def issue(self, common_name: str, *, key: object | None = None,
              not_before: dt.datetime | None = None, not_after: dt.datetime | None = None,
              timestamping: bool = False) -> tuple[object, x509.Certificate]:
        key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
        builder = (x509.CertificateBuilder().subject_name(_name(common_name))
                   .issuer_name(self.certificate.subject)
                   .public_key(key.public_key())  # type: ignore[attr-defined]
                   .serial_number(x509.random_serial_number())
                   .not_valid_before(not_before or NOW - dt.timedelta(days=1))
                   .not_valid_after(not_after or NOW + dt.timedelta(days=365))
                   .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                       self.key.public_key()), critical=False))
        if timestamping:
            builder = builder.add_extension(x509.ExtendedKeyUsage(
                [ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        else:
            # Where the CA publishes its revocation list (no server is there: the tests keep
            # the list in the register); without it nothing checks revocation at all.
            builder = builder.add_extension(_usage(ca=False), critical=True).add_extension(
                x509.CRLDistributionPoints([x509.DistributionPoint(
                    full_name=[x509.UniformResourceIdentifier(
                        "http://127.0.0.1:9/testkommunen.crl")],
                    relative_name=None, reasons=None, crl_issuer=None)]), critical=False)
        return key, builder.sign(self.key, hashes.SHA256())

    def crl(self, revoked: list[x509.Certificate]) -> bytes:
        builder = (x509.CertificateRevocationListBuilder().issuer_name(self.certificate.subject)
                   .last_update(NOW - dt.timedelta(hours=1))
                   .next_update(NOW + dt.timedelta(days=7)))
        for cert in revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder().serial_number(cert.serial_number)
                .revocation_date(NOW - dt.timedelta(minutes=30)).build())
        builder = builder.add_extension(x509.CRLNumber(1), critical=False).add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(self.key.public_key()),
            critical=False)
        return builder.sign(self.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def p12(key: object, cert: x509.Certificate, ca: Authority,
        password: str = PASSWORD) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"underskrift", key, cert, [ca.certificate],  # type: ignore[arg-type]
        serialization.BestAvailableEncryption(password.encode("utf-8")))


class Pki:
    """Files in `folder`: ca.pem, losenord.txt, and a .p12 per person on request."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.ca = Authority("Testkommunens utfärdare")
        self.foreign = Authority("Någon annans utfärdare")
        self.ca_pem = folder / "ca.pem"
        self.ca_pem.write_bytes(self.ca.pem())
        self.password_file = folder / "losenord.txt"
        self.password_file.write_text(PASSWORD + "\n", encoding="utf-8")
        self._made: dict[tuple[object, ...], tuple[Path, x509.Certificate]] = {}

    def person(self, name: str, *, expired: bool = False, not_yet: bool = False,
               foreign: bool = False, elliptic: bool = False) -> Path:
        return self.person_with_cert(name, expired=expired, not_yet=not_yet, foreign=foreign,
                                     elliptic=elliptic)[0]

    def person_with_cert(self, name: str, *, expired: bool = False, not_yet: bool = False,
                         foreign: bool = False,
                         elliptic: bool = False) -> tuple[Path, x509.Certificate]:
        wanted = (name, expired, not_yet, foreign, elliptic)
        if wanted in self._made:
            return self._made[wanted]
        ca = self.foreign if foreign else self.ca
        key = ec.generate_private_key(ec.SECP256R1()) if elliptic else None
        not_before = NOW + dt.timedelta(days=10) if not_yet else None
        not_after = NOW - dt.timedelta(days=1) if expired else None
        if expired:
            not_before = NOW - dt.timedelta(days=400)
        key, cert = ca.issue(name, key=key, not_before=not_before, not_after=not_after)
        path = self.folder / f"{len(self._made)}-{name.replace(' ', '_')}.p12"
        path.write_bytes(p12(key, cert, ca))
        self._made[wanted] = (path, cert)
        return path, cert
