# SPDX-License-Identifier: EUPL-1.2
"""The signed minutes as an independent reader sees them: pyHanko's validator (called here
directly, not through kraftdesk), pypdf's form fields; one tampered byte named by verify;
a timestamp from a TSA, validation data embedded (B-LT), a revoked certificate, an
elliptic-curve key; refusal, the freeze while signing and a new round after a change."""

from __future__ import annotations

import hashlib
import io
import sqlite3
from pathlib import Path

import pytest
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext
from pypdf import PdfReader

from kraftdesk.domain.errors import LockedError
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.services import paragraphs, signing
from tests.justering.helpers import Built
from tests.preflight import preflight
from tests.signing.conftest import CHAIR, FIRST, MEETING, SECOND, SECRETARY, cli
from tests.signing.helpers import require, sign, trust
from tests.signing.pki import Pki
from tests.signing.tsa import running_tsa


@pytest.fixture
def db(register: Register, register_path: Path, sent: Built, pki: Pki) -> Path:
    register.close()
    trust(register_path, pki)
    return register_path


def _final_pdf(db: Path, tmp_path: Path) -> Path:
    out = tmp_path / "justerat.pdf"
    assert cli(db, "pdf", "minutes", MEETING, "-o", str(out))[0] == 0
    return out


def test_chair_and_two_justerare_each_validate_in_pyhanko(db: Path, pki: Pki,
                                                         tmp_path: Path) -> None:
    require(db, "ordförande,justerare")
    for name in (CHAIR, FIRST, SECOND):
        code, out, err = sign(db, pki, name)
        assert (code, err) == (0, ""), err
    assert "Alla underskrifter är klara" in out
    pdf = _final_pdf(db, tmp_path)

    context = ValidationContext(trust_roots=[load_cert_from_pemder(str(pki.ca_pem))])
    with pdf.open("rb") as handle:
        signatures = PdfFileReader(handle).embedded_signatures
        assert [s.field_name for s in signatures] == ["underskrift-2", "underskrift-3",
                                                      "underskrift-4"]
        for embedded, name in zip(signatures, (CHAIR, FIRST, SECOND), strict=True):
            status = validate_pdf_signature(embedded, context)
            assert (status.intact, status.valid, status.trusted) == (True, True, True)
            assert status.signing_cert.subject.native["common_name"] == name
            assert status.modification_level in (ModificationLevel.NONE,
                                                 ModificationLevel.FORM_FILLING)
            assert status.docmdp_ok

    reader = PdfReader(pdf)
    fields = reader.get_fields() or {}
    assert {name: field.get("/V") is not None for name, field in fields.items()} == {
        "underskrift-1": False, "underskrift-2": True, "underskrift-3": True,
        "underskrift-4": True}  # the secretary's line was not required and stays empty
    widgets = [a.get_object() for a in reader.pages[0]["/Annots"]]
    rects = sorted(tuple(round(float(v)) for v in w["/Rect"]) for w in widgets)
    assert len(rects) == 4 and all(r[2] - r[0] > 100 and r[3] - r[1] > 20 for r in rects)
    assert all(int(w["/F"]) & 4 for w in widgets)  # printed
    page_text = _visible_text(pdf)  # the signature fields' appearances, as printed
    assert page_text.count("Elektroniskt undertecknad") == 3
    for name, role in ((CHAIR, "ordförande"), (FIRST, "justerare"), (SECOND, "justerare")):
        assert f"{name}, {role}" in page_text
    assert preflight(pdf).only_part_two()

    code, out, err = cli(db, "verify")
    assert (code, err) == (0, "")
    assert f"{MEETING}: undertecknat av {SECOND} (justerare) " in out


def sent_paragraph(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT id FROM paragraph WHERE number = 16").fetchone()[0])
    finally:
        conn.close()


def _visible_text(pdf: Path) -> str:
    """The front page's text with the annotations' appearances drawn in (pikepdf)."""
    import pikepdf

    with pikepdf.open(pdf) as document:
        document.flatten_annotations(mode="all")
        buffer = io.BytesIO()
        document.save(buffer)
    return PdfReader(buffer).pages[0].extract_text()


def test_one_tampered_byte_is_named_by_verify(db: Path, pki: Pki, tmp_path: Path) -> None:
    require(db, "ordförande,justerare")
    for name in (CHAIR, FIRST, SECOND):
        assert sign(db, pki, name)[0] == 0
    conn = sqlite3.connect(db)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        conn.execute(f"DROP TRIGGER {name}")
    (file_id, content), = conn.execute(
        "SELECT f.id, f.content FROM minutes_seal s JOIN stored_file f ON f.id = s.pdf_file_id")
    content = bytes(content)
    at = content.index(b"Kommunstyrelsen")
    forged = content[:at] + b"k" + content[at + 1:]  # one byte, inside every signed range
    digest = hashlib.sha256(forged).hexdigest()
    conn.execute("UPDATE stored_file SET content = ?, sha256 = ? WHERE id = ?",
                 (forged, digest, file_id))
    conn.execute("UPDATE minutes_seal SET pdf_sha256 = ?", (digest,))
    conn.commit()
    conn.close()
    code, out, _ = cli(db, "verify")
    assert code == 1
    for name, role in ((CHAIR, "ordförande"), (FIRST, "justerare"), (SECOND, "justerare")):
        assert (f"– {MEETING}: underskriften av {name} ({role}) gäller inte: dokumentet har "
                "ändrats efter underskriften.") in out


def test_a_refusal_ends_the_round_and_a_change_makes_a_new_one(db: Path, pki: Pki) -> None:
    assert sign(db, pki, CHAIR)[0] == 0
    register = open_register(f"sqlite:///{db}")
    try:
        with pytest.raises(LockedError) as caught:
            paragraphs.update_paragraph(register, sent_paragraph(db), title="Ny rubrik")
        assert caught.value.message == (
            f"Protokollet håller på att undertecknas ({CHAIR} har undertecknat) och kan inte "
            "ändras (§ 16). Vänta tills alla har undertecknat, eller låt en av dem som ska "
            "underteckna avböja så att protokollet kan rättas.")
    finally:
        register.close()
    assert cli(db, "justering", "justera", MEETING)[0] == 1  # no ink justering meanwhile

    assert cli(db, "sign", MEETING, "--as", FIRST, "--avböj", "Rubriken i § 16 är fel.") == (
        0, f"{FIRST} har avböjt att underteckna protokollet {MEETING}: «Rubriken i § 16 är "
           "fel.». Underskrifterna i den här omgången gäller inte längre; protokollet kan "
           "rättas och undertecknas på nytt.\n", "")
    register = open_register(f"sqlite:///{db}")
    try:
        paragraphs.update_paragraph(register, sent_paragraph(db), title="Rättad rubrik")
    finally:
        register.close()
    code, out, _ = cli(db, "justering", "status", MEETING)
    assert f"{FIRST} har avböjt att underteckna: «Rubriken i § 16 är fel.»." in out
    assert sign(db, pki, CHAIR)[0] == 0  # round 2 begins

    conn = sqlite3.connect(db)  # changed behind the services' back: round 2 is void
    conn.execute("UPDATE paragraph SET title = 'Ändrad i smyg' WHERE number = 16")
    conn.commit()
    conn.close()
    code, out, err = sign(db, pki, FIRST)
    assert (code, err) == (0, "")
    assert out.startswith(f"Protokollet {MEETING} har ändrats sedan {CHAIR} undertecknade det; "
                          "den underskriften gäller inte längre och en ny omgång underskrifter "
                          "har börjat.\n")
    code, out, _ = cli(db, "justering", "status", MEETING)
    assert f"  {CHAIR}, ordförande: inte undertecknat" in out
    assert f"  {FIRST}, justerare: undertecknat " in out


def test_timestamp_from_the_organisations_tsa(db: Path, pki: Pki, tmp_path: Path) -> None:
    require(db, "ordförande")
    with running_tsa(pki.ca) as url:
        assert cli(db, "justering", "inställningar", "--tidsstämpel", url)[0] == 0
        code, out, err = sign(db, pki, CHAIR)
    assert (code, err) == (0, "")
    assert "(PAdES B-T)" in out
    code, out, _ = cli(db, "verify")
    assert code == 0 and ", tidsstämplad 20" in out
    assert preflight(_final_pdf(db, tmp_path)).only_part_two()


def test_unreachable_tsa_signs_nothing(db: Path, pki: Pki) -> None:
    require(db, "ordförande")
    assert cli(db, "justering", "inställningar", "--tidsstämpel",
               "http://127.0.0.1:9/tsa")[0] == 0
    code, out, err = sign(db, pki, CHAIR)
    assert (code, out) == (1, "")
    assert err == ("kraftdesk: Tidsstämpeln kunde inte hämtas från http://127.0.0.1:9/tsa; "
                   "protokollet är inte undertecknat.\n")


def test_revocation_list_gives_b_lt_and_refuses_a_revoked_certificate(
        db: Path, pki: Pki, tmp_path: Path) -> None:
    require(db, "ordförande,justerare")
    revoked_key, revoked = pki.person_with_cert(SECOND)
    crl = tmp_path / "lista.crl"
    crl.write_bytes(pki.ca.crl([revoked]))
    assert cli(db, "trust", "crl", str(crl)) == (
        0, "Spärrlistan från Testkommunens utfärdare, Testkommunen, SE är sparad.\n", "")
    code, out, err = sign(db, pki, CHAIR)
    assert (code, err) == (0, "") and "(PAdES B-LT)" in out
    code, out, err = sign(db, pki, SECOND, key=revoked_key)
    assert (code, out) == (1, "")
    assert err == f"kraftdesk: Certifikatet för {SECOND} är spärrat (återkallat) av utfärdaren.\n"
    signed = signing.signed_pdf(open_register(f"sqlite:///{db}"), MEETING)
    assert signed is not None and b"/DSS" in signed
    assert PdfReader(io.BytesIO(signed)).trailer["/Root"].get("/DSS") is not None


def test_an_elliptic_curve_key_keeps_pdf_17(db: Path, pki: Pki, tmp_path: Path) -> None:
    require(db, "sekreterare")
    assert sign(db, pki, SECRETARY, key=pki.person(SECRETARY, elliptic=True))[0] == 0
    pdf = _final_pdf(db, tmp_path)
    assert PdfReader(pdf).trailer["/Root"].get("/Version") in (None, "/1.7")
    assert preflight(pdf).only_part_two()
    assert cli(db, "verify")[0] == 0
