# SPDX-License-Identifier: EUPL-1.2
"""Tampering by hand with the sqlite3 shell is found by `kraftdesk verify`, named in Swedish."""

from __future__ import annotations

from pathlib import Path

import pytest

from kraftdesk.cli.main import main
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.services.verify import verify_register
from tests.integrity.helpers import sealed_meeting, shell

#: A paragraph's text changed without the triggers: the search index still has the old one.
STALE_INDEX = ("1 paragraf saknas i sökindexet eller står där med en annan text än registrets; "
               "sökningen hittar den inte rätt. Protokollen är inte berörda. Bygg om sökindexet "
               "med «kraftdesk db reindex» (i appen: Arkiv ▸ Bygg om sökindexet).")

def test_an_untouched_register_verifies(register: Register) -> None:
    sealed_meeting(register)
    report = verify_register(register)
    assert report.ok
    assert (report.seals, report.files) == (1, 3)  # the bilaga, the sealed form, the PDF
    assert report.audit_entries > 30


def test_paragraph_file_and_audit_entry_edited_by_hand_are_named(
        register: Register, register_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    built = sealed_meeting(register)
    register.close()
    shell(register_path,
          f"UPDATE paragraph SET title = 'Förfalskad rubrik' WHERE id = {built.paragraph_ids[0]}",
          f"UPDATE stored_file SET content = x'00ff' WHERE id = {built.file_id}",
          "UPDATE audit_entry SET os_user = 'inkräktare' WHERE id = 5")
    assert main(["--db", str(register_path), "verify"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Kontrollen av 1 förseglade protokoll, 3 filer och ")
    assert out[0].endswith(" poster i granskningsloggen hittade 5 avvikelser:")
    assert out[1:] == [
        "– KS:2026-01-07, § 16 (KS:2026:16): fältet «rubrik» har ändrats efter justeringen "
        "(förseglat: «Återrapportering kring kraftsamlande insatser»; nu: «Förfalskad rubrik»).",
        "– KS:2026-01-07, § 16 (KS:2026:16), fil «reservation-sd.pdf»: fältet «innehåll» har "
        "ändrats efter justeringen.",
        f"– Filen «reservation-sd.pdf» (nr {built.file_id}): innehållet stämmer inte med "
        "filens SHA-256; filen har ändrats.",
        "– Granskningsloggen, post 5 (tabellen person, nyckel {\"id\":1}): posten har ändrats "
        "i efterhand.",
        # the triggers were put back, but the title was changed without them: the search
        # index still has the sealed one
        f"– {STALE_INDEX}",
    ]


def _reopen_and_verify(register_path: Path) -> list[str]:
    reg = open_register(f"sqlite:///{register_path}", create=False)
    try:
        return list(verify_register(reg).problems)
    finally:
        reg.close()


def test_added_and_removed_rows_and_a_deleted_audit_entry(register: Register,
                                                          register_path: Path) -> None:
    built = sealed_meeting(register)
    register.close()
    p16, p17 = built.paragraph_ids
    shell(register_path,
          f"DELETE FROM decision_point WHERE paragraph_id = {p16} AND position = 2",
          f"INSERT INTO distribution (paragraph_id, position, recipient) VALUES ({p17}, 1, 'X')",
          f"UPDATE meeting SET approved_on = '2026-01-13' WHERE id = {built.meeting_id}",
          "DELETE FROM audit_entry WHERE id = 7")
    assert _reopen_and_verify(register_path) == [
        "KS:2026-01-07, § 16 (KS:2026:16), beslutspunkt 2: har tagits bort efter justeringen.",
        "KS:2026-01-07, § 17 (KS:2026:17), sändlistan, rad (ny): har lagts till efter "
        "justeringen.",
        "KS:2026-01-07: fältet «justeringsdag» har ändrats efter justeringen "
        "(förseglat: «2026-01-14»; nu: «2026-01-13»).",
        "Granskningsloggen, post 8 (tabellen membership, nyckel {\"id\":2}): kedjan är bruten före "
        "posten; en eller flera poster har tagits bort eller lagts in.",
        STALE_INDEX,  # the decision point removed: § 16's document still has it
    ]


def test_the_final_pdf_and_the_kept_form_are_checked(register: Register,
                                                     register_path: Path) -> None:
    built = sealed_meeting(register)
    register.close()
    shell(register_path,
          "UPDATE stored_file SET content = x'25504446' WHERE media_type = 'application/pdf' "
          "AND filename LIKE 'protokoll-%'",
          "UPDATE stored_file SET content = x'7b7d' WHERE media_type = 'application/json'",
          f"UPDATE paragraph SET summary = NULL WHERE id = {built.paragraph_ids[1]}")
    problems = _reopen_and_verify(register_path)
    assert problems[:2] == [
        "KS:2026-01-07: protokollet stämmer inte med förseglingen, och förseglingens kopia av "
        "protokollet saknas eller har ändrats, så skillnaderna kan inte pekas ut.",
        "KS:2026-01-07: den justerade PDF-filen har ändrats efter justeringen.",
    ]
    # the two files whose bytes no longer match their hash, and the summary the index still has
    assert len(problems) == 5
    assert all(p.startswith("Filen «") for p in problems[2:4])
    assert problems[4] == STALE_INDEX


def test_justerade_minutes_without_a_seal_are_reported(register: Register) -> None:
    from kraftdesk.domain.enums import MinutesState
    from tests.justering.helpers import build_meeting

    build_meeting(register, state=MinutesState.APPROVED, promised=False)
    assert verify_register(register).problems == (
        "KS:2026-01-07: protokollet är justerat men saknar försegling.",)


def test_imported_justerade_minutes_can_be_sealed_afterwards(register: Register) -> None:
    from kraftdesk.domain.enums import MinutesState
    from kraftdesk.register.seal import seal_unsealed
    from tests.justering.helpers import build_meeting

    built = build_meeting(register, state=MinutesState.APPROVED, promised=False)
    with register.write() as s:
        assert seal_unsealed(s, sealed_at="2026-01-20T08:00:00.000000+00:00") == [
            built.meeting_id]
        assert seal_unsealed(s, sealed_at="2026-01-20T08:00:00.000000+00:00") == []
    report = verify_register(register)
    assert (report.ok, report.seals) == (True, 1)
