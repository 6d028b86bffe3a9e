# SPDX-License-Identifier: EUPL-1.2
"""Every forgery of issue 16's first paragraph, each detected by `kraftdesk verify`, against a
register whose forger dropped the lock triggers first (and put them back, to hide that), on
minutes justerade with electronic signatures (chair and two justerare)."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kraftdesk.register.database import Register
from tests.justering.helpers import Built
from tests.signing.conftest import CHAIR, FIRST, MEETING, SECOND, cli
from tests.signing.forger import rechain, reseal, without_locks
from tests.signing.helpers import require, sign, trust
from tests.signing.pki import Pki


@pytest.fixture
def db(register: Register, register_path: Path, sent: Built, pki: Pki) -> Path:
    register.close()
    trust(register_path, pki)
    require(register_path, "ordförande,justerare")
    for name in (CHAIR, FIRST, SECOND):
        assert sign(register_path, pki, name)[0] == 0
    assert cli(register_path, "justering", "anslag", MEETING, "--datum", "2026-01-15")[0] == 0
    code, out, err = cli(register_path, "verify")
    assert (code, err) == (0, ""), out
    return register_path


def _verify(db: Path) -> list[str]:
    code, out, err = cli(db, "verify")
    assert (code, err) == (1, ""), out
    return [line[2:] for line in out.splitlines() if line.startswith("– ")]


def test_dropped_triggers_alone(db: Path) -> None:
    with without_locks(db, restore=False):
        pass
    *problems, index = _verify(db)
    assert problems and all(p.startswith("Låsningen av justerade protokoll är inte i kraft på "
                                         "tabellen «") for p in problems)
    # every trigger was dropped, the search index's too
    assert index.startswith("17 av sökindexets utlösare saknas, är ändrade eller avstängda")
    assert any("«lock_meeting_update»" in p for p in problems)
    assert any("«lock_minutes_signature_delete»" in p for p in problems)


def test_deleting_the_last_audit_rows(db: Path) -> None:
    with without_locks(db) as conn:
        conn.execute("DELETE FROM audit_entry WHERE id > (SELECT max(id) - 6 FROM audit_entry)")
    problems = _verify(db)
    assert (f"{MEETING}: protokollet är justerat, men granskningsloggen har ingen post om "
            "justeringen; poster har tagits bort.") in problems


def test_deleting_audit_rows_back_to_before_the_anchored_head(db: Path) -> None:
    with without_locks(db) as conn:
        (head,) = conn.execute("SELECT audit_head_id FROM minutes_seal").fetchone()
        conn.execute("DELETE FROM audit_entry WHERE id >= ?", (head,))
    problems = _verify(db)
    assert any(p.startswith("Granskningsloggen är kortare än det huvud som senast förankrades "
                            f"i ett justerat protokoll (post {head}; loggen slutar vid post ")
               for p in problems)


def test_un_justering(db: Path) -> None:
    with without_locks(db) as conn:
        conn.execute("DELETE FROM posting_seal")
        conn.execute("DELETE FROM minutes_seal")
        conn.execute("UPDATE meeting SET minutes_state = 'sent_for_approval', "
                     "approved_on = NULL, posted_on = NULL")
    problems = _verify(db)
    assert any(p.startswith(f"{MEETING}: granskningsloggen visar att protokollet justerades "
                            "(post ") and p.endswith("men i registret är det inte justerat "
                                                     "längre.") for p in problems)
    assert (f"{MEETING}: alla underskrifter finns, men protokollet är inte justerat i "
            "registret.") in problems


def test_un_justering_with_the_audit_trail_rewritten(db: Path) -> None:
    with without_locks(db) as conn:
        conn.execute("DELETE FROM posting_seal")
        conn.execute("DELETE FROM minutes_seal")
        conn.execute("UPDATE meeting SET minutes_state = 'sent_for_approval', "
                     "approved_on = NULL, posted_on = NULL")
        conn.execute("DELETE FROM audit_entry WHERE entity = 'meeting' AND after LIKE "
                     "'%\"minutes_state\":\"approved\"%'")
        rechain(conn)
    assert (f"{MEETING}: alla underskrifter finns, men protokollet är inte justerat i "
            "registret.") in _verify(db)


@pytest.mark.parametrize(("sql", "expected"), [
    (f"UPDATE person SET name = 'Bo Bergström' WHERE name = '{FIRST}'",
     f"{MEETING}, förstasidan, «Utses att justera»: har ändrats efter justeringen (förseglat: "
     f"«{FIRST} (SD)»; nu: «Bo Bergström (SD)»)."),
    ("UPDATE party SET abbreviation = 'SDX' WHERE abbreviation = 'SD'",
     f"{MEETING}, förstasidan, «Beslutande»: har ändrats efter justeringen"),
    ("UPDATE body SET name = 'Kommunstyrelsens utskott' WHERE short_name = 'KS'",
     f"{MEETING}, organets namn: har ändrats efter justeringen (förseglat: "
     "«Kommunstyrelsen»; nu: «Kommunstyrelsens utskott»)."),
    ("UPDATE organisation SET name = 'Malmö kommun'",
     f"{MEETING}, organisationens namn: har ändrats efter justeringen (förseglat: «Malmö "
     "stad»; nu: «Malmö kommun»)."),
    ("UPDATE organisation SET distribution_heading = 'Expedieras till'",
     f"{MEETING}, § 16, "),
    ("UPDATE organisation SET minutes_kept_at = 'Ett källarförråd'",
     f"{MEETING}, anslaget: har ändrats efter justeringen"),
])
def test_what_prints_but_lies_outside_the_rows_is_sealed(db: Path, sql: str,
                                                         expected: str) -> None:
    with without_locks(db) as conn:
        conn.execute(sql)
    problems = _verify(db)
    assert any(p.startswith(expected) for p in problems), problems
    assert (f"{MEETING}: protokollet i registret stämmer inte längre med den justerade "
            "PDF-filen: dess metadata förseglar ett annat innehåll (dokumentets SHA-256) än "
            "det registret ger nu.") in problems


def test_a_case_title_and_number(db: Path) -> None:
    with without_locks(db) as conn:
        conn.execute("INSERT INTO \"case\" (organisation_id, number, title, status) "
                     "VALUES (1, 'STK-2026-1', 'Ärendet', 'open')")
        conn.execute("UPDATE paragraph SET case_id = (SELECT max(id) FROM \"case\") "
                     "WHERE number = 16")
    before = _verify(db)
    assert any(p.startswith(f"{MEETING}, § 16 (KS:2026:16): fältet «ärende» har ändrats")
               for p in before)
    with without_locks(db) as conn:
        conn.execute("UPDATE \"case\" SET number = 'STK-2026-2', title = 'Annat'")
    assert any("§ 16, diarienumret: har ändrats efter justeringen" in p for p in _verify(db))


def test_the_anslag_day(db: Path) -> None:
    with without_locks(db) as conn:
        conn.execute("UPDATE meeting SET posted_on = '2026-01-20'")
    assert (f"{MEETING}: anslagsdagen har ändrats efter att anslaget förseglades (förseglat: "
            "2026-01-15; nu: 2026-01-20).") in _verify(db)


def test_seal_pdf_and_audit_chain_rewritten_together(db: Path) -> None:
    with without_locks(db) as conn:
        conn.execute("UPDATE decision_point SET text = 'Rapporten underkänns.' "
                     "WHERE text = 'Rapporten godkänns.'")
        reseal(db, conn)
        rechain(conn)
    problems = _verify(db)
    assert (f"{MEETING}: protokollet i registret stämmer inte längre med den justerade "
            "PDF-filen: dess metadata förseglar ett annat innehåll (dokumentets SHA-256) än "
            "det registret ger nu.") in problems


def test_history_before_justering_rewritten_and_rechained(db: Path) -> None:
    with without_locks(db) as conn:
        (head,) = conn.execute("SELECT audit_head_id FROM minutes_seal").fetchone()
        conn.execute("DELETE FROM audit_entry WHERE id = 3")  # a trace someone wants gone
        rechain(conn)
    assert (f"{MEETING}: granskningsloggen har skrivits om före justeringen: post {head} har "
            "inte det hashvärde som den justerade PDF-filen förankrar.") in _verify(db)


def test_signed_pdf_replaced_by_an_unsigned_one(db: Path, tmp_path: Path) -> None:
    draft = tmp_path / "utkast.pdf"
    assert cli(db, "pdf", "minutes", MEETING, "--utkast", "-o", str(draft), "--pdfa")[0] == 0
    data = draft.read_bytes()
    with without_locks(db) as conn:
        digest = hashlib.sha256(data).hexdigest()
        conn.execute("UPDATE stored_file SET content = ?, sha256 = ?, size = ? WHERE id = "
                     "(SELECT pdf_file_id FROM minutes_seal)", (data, digest, len(data)))
        conn.execute("UPDATE minutes_seal SET pdf_sha256 = ?", (digest,))
        rechain(conn)
    problems = _verify(db)
    for name, role in ((CHAIR, "ordförande"), (FIRST, "justerare"), (SECOND, "justerare")):
        assert (f"{MEETING}: registret säger att {name} undertecknade som {role}, men den "
                "justerade PDF-filen har ingen sådan underskrift.") in problems


def test_an_untouched_register_still_verifies_after_reopening(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.close()
    assert cli(db, "verify")[0] == 0
