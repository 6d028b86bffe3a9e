# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk trust add` and `kraftdesk sign`: the secretary, the chair and two justerare
sign in turn; the minutes are justerade with the last required signature."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from kraftdesk.register.database import Register
from tests.justering.helpers import Built
from tests.signing.conftest import CHAIR, FIRST, MEETING, SECOND, SECRETARY, cli
from tests.signing.pki import Pki


def _sign(db: Path, pki: Pki, name: str) -> tuple[int, str, str]:
    return cli(db, "sign", MEETING, "--as", name, "--pkcs12", str(pki.person(name)),
               "--password-file", str(pki.password_file))


def test_four_signatures_in_turn_justera_the_minutes(register: Register, register_path: Path,
                                                     sent: Built, pki: Pki,
                                                     tmp_path: Path) -> None:
    register.close()
    db = register_path
    code, out, err = cli(db, "trust", "add", str(pki.ca_pem))
    assert (code, err) == (0, "")
    assert out.startswith("Betrodd utfärdare tillagd: Testkommunens utfärdare, Testkommunen, "
                          "SE (giltig till ")

    code, out, err = _sign(db, pki, CHAIR)
    assert (code, err) == (0, "")
    assert out == (
        f"{CHAIR} har undertecknat protokollet {MEETING} elektroniskt som ordförande "
        "(PAdES B-B).\n"
        "Varning: Bilaga 1 är en inkommen PDF-fil som inte följer PDF/A; dess sidor är "
        "återgivna som bilder i PDF/A-filen, med texten osynlig ovanpå.\n"
        f"Underskrifter som återstår: {SECRETARY} (sekreterare), {FIRST} (justerare) och "
        f"{SECOND} (justerare).\n")
    assert _sign(db, pki, CHAIR) == (
        1, "", f"kraftdesk: {CHAIR} har redan undertecknat protokollet {MEETING}.\n")
    assert _sign(db, pki, FIRST)[0] == 0
    assert _sign(db, pki, SECOND)[0] == 0
    code, out, err = _sign(db, pki, SECRETARY)
    assert (code, err) == (0, "")
    assert out.endswith(f"Alla underskrifter är klara: protokollet {MEETING} är justerat "
                        "2026-01-14 och förseglat.\n")

    target = tmp_path / "protokoll.pdf"
    assert cli(db, "pdf", "minutes", MEETING, "-o", str(target))[0] == 0
    reader = PdfReader(target)
    fields = reader.get_fields() or {}
    assert sorted(fields) == ["underskrift-1", "underskrift-2", "underskrift-3",
                              "underskrift-4"]
    assert all(f.get("/FT") == "/Sig" and f.get("/V") is not None for f in fields.values())

    code, out, err = cli(db, "verify")
    assert (code, err) == (0, ""), out
    for name, role in ((SECRETARY, "sekreterare"), (CHAIR, "ordförande"),
                       (FIRST, "justerare"), (SECOND, "justerare")):
        assert f"undertecknat av {name} ({role})" in out


def test_minutes_with_a_paragraph_justerad_omedelbart_are_signed(
        register: Register, register_path: Path, sent: Built, pki: Pki,
        tmp_path: Path) -> None:
    """§ 17 was justerad omedelbart at the meeting (its lines are printed last on the front
    page, for ink); the signers sign the minutes' own four lines."""
    register.close()
    db = register_path
    code, out, err = cli(db, "justering", "omedelbar", "KS:2026:17", "--datum", "2026-01-07",
                         "--bekräfta")
    assert (code, err) == (0, ""), out
    assert cli(db, "trust", "add", str(pki.ca_pem))[0] == 0
    for name in (CHAIR, FIRST, SECOND):
        code, out, err = _sign(db, pki, name)
        assert (code, err) == (0, ""), out
    code, out, err = _sign(db, pki, SECRETARY)
    assert (code, err) == (0, "")
    assert out.endswith(f"protokollet {MEETING} är justerat 2026-01-14 och förseglat.\n")
    target = tmp_path / "protokoll.pdf"
    assert cli(db, "pdf", "minutes", MEETING, "-o", str(target))[0] == 0
    reader = PdfReader(target)
    assert sorted(reader.get_fields() or {}) == [
        "underskrift-1", "underskrift-2", "underskrift-3", "underskrift-4"]
    front = reader.pages[0].extract_text()
    assert "Justerande" in front and "§ 17" in front
    code, out, err = cli(db, "verify")
    assert (code, err) == (0, ""), out
