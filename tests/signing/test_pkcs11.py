# SPDX-License-Identifier: EUPL-1.2
"""A key on a PKCS#11 token (SoftHSM, a software token, standing in for an e-legitimation
card): signing with it, and a wrong PIN refused in Swedish with nothing changed."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization

from kraftdesk.register.database import Register
from tests.justering.helpers import Built
from tests.signing.conftest import CHAIR, MEETING, cli
from tests.signing.helpers import require, snapshot, trust
from tests.signing.pki import Pki

MODULE = Path("/usr/lib/softhsm/libsofthsm2.so")
TOKEN, PIN = "kraftdesk", "5678"


@pytest.fixture
def token(tmp_path: Path, pki: Pki, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A SoftHSM token holding the chair's key and certificate; the PIN file."""
    if not MODULE.exists() or shutil.which("softhsm2-util") is None:
        message = "SoftHSM saknas (apt-get install softhsm2)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    (tmp_path / "tokens").mkdir()
    conf = tmp_path / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tmp_path / 'tokens'}\n", encoding="utf-8")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    subprocess.run(["softhsm2-util", "--init-token", "--free", "--label", TOKEN, "--so-pin",
                    "1234", "--pin", PIN], check=True, capture_output=True)
    key, cert = pki.ca.issue(CHAIR)
    pem = tmp_path / "nyckel.pem"
    pem.write_bytes(key.private_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    subprocess.run(["softhsm2-util", "--import", str(pem), "--token", TOKEN, "--label",
                    "ordforande", "--id", "01", "--pin", PIN], check=True, capture_output=True)
    library = pkcs11.lib(str(MODULE))
    with library.get_token(token_label=TOKEN).open(user_pin=PIN, rw=True) as session:
        session.create_object({
            Attribute.CLASS: ObjectClass.CERTIFICATE,
            Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
            Attribute.TOKEN: True, Attribute.LABEL: "ordforande", Attribute.ID: b"\x01",
            Attribute.SUBJECT: cert.subject.public_bytes(),
            Attribute.VALUE: cert.public_bytes(serialization.Encoding.DER)})
    pin = tmp_path / "pin.txt"
    pin.write_text(PIN + "\n", encoding="utf-8")
    return pin


def test_signing_with_a_key_on_a_token(register: Register, register_path: Path, sent: Built,
                                       pki: Pki, token: Path) -> None:
    register.close()
    db = register_path
    trust(db, pki)
    require(db, "ordförande")
    argv = ("sign", MEETING, "--as", CHAIR, "--pkcs11", str(MODULE), "--token", TOKEN,
            "--nyckel", "ordforande")
    wrong = token.parent / "fel.txt"
    wrong.write_text("0000\n", encoding="utf-8")
    before = snapshot(db)
    assert cli(db, *argv, "--pin-file", str(wrong)) == (
        1, "", f"kraftdesk: Fel PIN-kod för token «{TOKEN}».\n")
    assert snapshot(db) == before
    code, out, err = cli(db, *argv, "--pin-file", str(token))
    assert (code, err) == (0, ""), out
    assert "Alla underskrifter är klara" in out
    code, out, _ = cli(db, "verify")
    assert code == 0 and f"undertecknat av {CHAIR} (ordförande)" in out
