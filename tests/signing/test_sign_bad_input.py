# SPDX-License-Identifier: EUPL-1.2
"""Every bad input of issue 16 refused in Swedish, with nothing changed and no half-signed
file left: wrong password, unreadable key, expired or not yet valid certificates, another
issuer, another person's certificate, a signer who is not a justerare, minutes not sent for
justering or already justerade, a signature tampered with before the next one."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kraftdesk.register.database import Register
from tests.justering.helpers import Built
from tests.signing.conftest import CHAIR, FIRST, MEETING, cli
from tests.signing.helpers import sign, snapshot, trust
from tests.signing.pki import Pki


@pytest.fixture
def db(register: Register, register_path: Path, sent: Built, pki: Pki) -> Path:
    register.close()
    trust(register_path, pki)
    return register_path


def _refused(db: Path, argv_result: tuple[int, str, str], before: tuple[object, ...]) -> str:
    code, out, err = argv_result
    assert (code, out) == (1, "")
    assert snapshot(db) == before
    assert err.startswith("kraftdesk: ") and err.endswith("\n") and "Traceback" not in err
    return err[len("kraftdesk: "):-1]


def test_wrong_password(db: Path, pki: Pki, tmp_path: Path) -> None:
    wrong = tmp_path / "fel.txt"
    wrong.write_text("fel lösenord\n", encoding="utf-8")
    before = snapshot(db)
    key = pki.person(CHAIR)
    message = _refused(db, cli(db, "sign", MEETING, "--as", CHAIR, "--pkcs12", str(key),
                               "--password-file", str(wrong)), before)
    assert message == f"Fel lösenord för nyckelfilen {key}."


def test_unreadable_or_missing_key_file(db: Path, pki: Pki, tmp_path: Path) -> None:
    garbage = tmp_path / "nyckel.p12"
    garbage.write_bytes("det här är ingen nyckel".encode())
    before = snapshot(db)
    assert _refused(db, sign(db, pki, CHAIR, key=garbage), before) == (
        f"Nyckelfilen {garbage} går inte att läsa: den är inte en PKCS#12-fil (.p12 eller "
        ".pfx) eller är skadad.")
    missing = tmp_path / "finns-inte.p12"
    assert _refused(db, sign(db, pki, CHAIR, key=missing), before) == (
        f"Nyckelfilen {missing} finns inte.")


def test_expired_and_not_yet_valid_certificates(db: Path, pki: Pki) -> None:
    before = snapshot(db)
    expired = _refused(db, sign(db, pki, CHAIR, key=pki.person(CHAIR, expired=True)), before)
    assert expired.startswith(f"Certifikatet för {CHAIR} gällde till ")
    assert expired.endswith(" och har gått ut.")
    early = _refused(db, sign(db, pki, CHAIR, key=pki.person(CHAIR, not_yet=True)), before)
    assert early.startswith(f"Certifikatet för {CHAIR} gäller först från ")
    assert early.endswith("; det kan inte användas ännu.")


def test_a_certificate_from_an_issuer_the_organisation_does_not_trust(db: Path,
                                                                     pki: Pki) -> None:
    before = snapshot(db)
    assert _refused(db, sign(db, pki, CHAIR, key=pki.person(CHAIR, foreign=True)), before) == (
        f"Certifikatet för {CHAIR} är utfärdat av «Någon annans utfärdare, Testkommunen, SE», "
        "som inte är en av organisationens betrodda utfärdare.")


def test_another_persons_certificate(db: Path, pki: Pki) -> None:
    before = snapshot(db)
    assert _refused(db, sign(db, pki, CHAIR, key=pki.person(FIRST)), before) == (
        f"Certifikatet är utfärdat till «{FIRST}», inte till {CHAIR}; var och en "
        "undertecknar med sitt eget certifikat.")


def test_a_signer_who_is_not_chair_secretary_or_justerare(db: Path, pki: Pki) -> None:
    before = snapshot(db)
    assert _refused(db, sign(db, pki, "Okänd Person"), before) == (
        f"Okänd Person är varken sekreterare, ordförande eller justerare för {MEETING} och kan "
        "inte underteckna protokollet.")


def test_minutes_not_sent_for_justering_or_already_justerade(db: Path, pki: Pki) -> None:
    conn = sqlite3.connect(db)
    conn.execute("UPDATE meeting SET minutes_state = 'draft', sent_for_approval_on = NULL")
    conn.commit()
    conn.close()
    before = snapshot(db)
    assert _refused(db, sign(db, pki, CHAIR), before) == (
        f"Protokollet {MEETING} är inte skickat för justering; skicka det först (kraftdesk "
        "justering skicka).")


def test_no_trust_anchor_yet(register: Register, register_path: Path, sent: Built,
                             pki: Pki) -> None:
    register.close()
    before = snapshot(register_path)
    assert _refused(register_path, sign(register_path, pki, CHAIR), before) == (
        "Organisationen har inga betrodda utfärdare för underskrifter; lägg till utfärdarens "
        "certifikat med «kraftdesk trust add CA.pem».")


def test_paper_only_organisation(db: Path, pki: Pki) -> None:
    assert cli(db, "justering", "inställningar", "--sätt", "papper")[0] == 0
    before = snapshot(db)
    assert _refused(db, sign(db, pki, CHAIR), before) == (
        "Malmö stad justerar protokollen med underskrifter på papper; elektroniska "
        "underskrifter är avstängda i inställningarna.")


def test_a_signature_tampered_with_before_the_next_one(db: Path, pki: Pki) -> None:
    assert sign(db, pki, CHAIR)[0] == 0
    conn = sqlite3.connect(db)
    (file_id, content), = conn.execute(
        "SELECT s.file_id, f.content FROM minutes_signature s JOIN stored_file f "
        "ON f.id = s.file_id").fetchall()
    forged = bytes(content).replace(b"Kommunstyrelsen", b"Kommunstyrelsem", 1)
    assert forged != bytes(content)

    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                "AND tbl_name = 'stored_file'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute("UPDATE stored_file SET content = ?, sha256 = ? WHERE id = ?",
                 (forged, hashlib.sha256(forged).hexdigest(), file_id))
    conn.commit()
    conn.close()
    before = snapshot(db)
    assert _refused(db, sign(db, pki, FIRST), before) == (
        f"{MEETING}: underskriften av {CHAIR} (ordförande) gäller inte: dokumentet har ändrats "
        "efter underskriften. Protokollet kan inte undertecknas vidare; kör «kraftdesk verify».")


def test_signing_twice_and_after_justering(db: Path, pki: Pki) -> None:
    assert cli(db, "justering", "inställningar", "--underskrifter", "ordförande")[0] == 0
    code, out, _ = sign(db, pki, CHAIR)
    assert code == 0 and "är justerat 2026-01-14" in out
    before = snapshot(db)
    assert _refused(db, sign(db, pki, FIRST), before) == f"Protokollet {MEETING} är redan " \
                                                          "justerat."
