# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk verify --against FILE.pdf`: a protocol PDF held outside the register (the one
that was posted, archived or sent) catches what a forger rewrote inside it, even for minutes
justerade on paper, whose final PDF the forger could rewrite as well."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from kraftdesk.register.database import Register
from tests.justering.helpers import build_meeting
from tests.signing.conftest import CHAIR, FIRST, MEETING, SECOND, cli
from tests.signing.forger import rechain, reseal, without_locks
from tests.signing.helpers import require, sign, trust
from tests.signing.pki import Pki


@pytest.fixture
def ink(register: Register, register_path: Path, tmp_path: Path) -> tuple[Path, Path]:
    """KS:2026-01-07 justerat on paper (seal version 2), and the PDF that was published."""
    build_meeting(register, promised=False)
    register.close()
    db = register_path
    assert cli(db, "justering", "skicka", MEETING, "--datum", "2026-01-08")[0] == 0
    assert cli(db, "justering", "justera", MEETING, "--datum", "2026-01-14")[0] == 0
    published = tmp_path / "anslaget.pdf"
    assert cli(db, "pdf", "minutes", MEETING, "-o", str(published))[0] == 0
    return db, published


def test_the_published_pdf_agrees(ink: tuple[Path, Path]) -> None:
    db, published = ink
    code, out, err = cli(db, "verify", "--against", str(published))
    assert (code, err) == (0, ""), out
    assert f"{published} stämmer med registret: {MEETING}, dess försegling och " \
           "granskningsloggen." in out


def test_a_forger_who_rewrote_everything_inside_is_caught_by_the_published_pdf(
        ink: tuple[Path, Path], tmp_path: Path) -> None:
    db, published = ink
    with without_locks(db) as conn:
        conn.execute("UPDATE decision_point SET text = 'Rapporten underkänns.' "
                     "WHERE text = 'Rapporten godkänns.'")
        reseal(db, conn)
    forged = tmp_path / "forged.pdf"  # the forger's new final PDF, with matching metadata
    assert cli(db, "pdf", "minutes", MEETING, "--utkast", "-o", str(forged), "--pdfa")[0] == 0
    data = forged.read_bytes()
    with without_locks(db) as conn:
        digest = hashlib.sha256(data).hexdigest()
        conn.execute("UPDATE stored_file SET content = ?, sha256 = ?, size = ? WHERE id = "
                     "(SELECT pdf_file_id FROM minutes_seal)", (data, digest, len(data)))
        conn.execute("UPDATE minutes_seal SET pdf_sha256 = ?", (digest,))
        rechain(conn)
    code, out, _ = cli(db, "verify", "--against", str(published))
    assert code == 1
    assert (f"– {MEETING} ({published}): protokollet i registret stämmer inte längre med den "
            "justerade PDF-filen: dess metadata förseglar ett annat innehåll (dokumentets "
            "SHA-256) än det registret ger nu.") in out
    assert f"– {MEETING}: registrets justerade PDF-fil är inte samma som {published}." in out


def test_a_tampered_signed_pdf_is_named(register: Register, register_path: Path, sent: object,
                                        pki: Pki, tmp_path: Path) -> None:
    register.close()
    db = register_path
    trust(db, pki)
    require(db, "ordförande,justerare")
    for name in (CHAIR, FIRST, SECOND):
        assert sign(db, pki, name)[0] == 0
    published = tmp_path / "protokoll.pdf"
    assert cli(db, "pdf", "minutes", MEETING, "-o", str(published))[0] == 0
    assert cli(db, "verify", "--against", str(published))[0] == 0
    data = published.read_bytes()
    at = data.index(b"Kommunstyrelsen")
    published.write_bytes(data[:at] + b"X" + data[at + 1:])
    code, out, _ = cli(db, "verify", "--against", str(published))
    assert code == 1
    assert (f"– {published} ({MEETING}): underskriften av {CHAIR} gäller inte: "
            "dokumentet har ändrats efter underskriften.") in out


def test_against_a_file_that_is_no_protocol(ink: tuple[Path, Path], tmp_path: Path) -> None:
    db, _ = ink
    other = tmp_path / "annat.pdf"
    assert cli(db, "pdf", "minutes", MEETING, "--utkast", "-o", str(other))[0] == 0
    code, out, _ = cli(db, "verify", "--against", str(other))
    assert code == 1
    assert (f"– {other} är inget justerat protokoll från kraftdesk: dess metadata saknar "
            "registrets identiteter.") in out
    assert cli(db, "verify", "--against", str(tmp_path / "saknas.pdf")) == (
        1, "", f"kraftdesk: Filen {tmp_path / 'saknas.pdf'} finns inte.\n")
