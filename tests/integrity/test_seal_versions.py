# SPDX-License-Identifier: EUPL-1.2
"""Seals taken before issue 15 stay valid: the lists of anmälningsärenden and
delegationsbeslut and a paragraph's deferral are in the canonical form only when used, and
the föredragande (kallelse, not minutes) never is."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from kraftdesk.domain.enums import MinutesState
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import Meeting, MinutesSeal, ReportedItem, StoredFile
from kraftdesk.register.seal import seal_minutes
from kraftdesk.services.verify import verify_register
from tests.integrity.helpers import shell
from tests.justering.helpers import build_meeting

#: The paragraph's columns before issue 15: what a seal taken then holds for a paragraph.
PARAGRAPH_COLUMNS_BEFORE = {
    "id", "meeting_id", "body_id", "series", "number", "position", "case_id", "title",
    "summary", "proposes_to_body_id", "formula_override", "procedure_text",
    "immediately_approved_on"}


def _sealed(register: Register, *, used: bool) -> int:
    built = build_meeting(register, state=MinutesState.SENT_FOR_APPROVAL, promised=False)
    paragraph = built.paragraph_ids[0]
    with register.write() as session:
        if used:
            session.add(ReportedItem(paragraph_id=paragraph, position=1,
                                     kind="delegated_decision", what="Beslut om attest"))
        meeting = session.get_one(Meeting, built.meeting_id)
        meeting.minutes_state = MinutesState.APPROVED
        meeting.approved_on = meeting.starts_at.date()
        session.flush()
        seal_minutes(session, built.meeting_id, sealed_at="2026-01-14T12:00:00.000000+00:00",
                     name="KS-2026-01-07")
    return paragraph


def _problems(path: Path) -> list[str]:
    register = open_register(f"sqlite:///{path}", create=False)
    try:
        return list(verify_register(register).problems)
    finally:
        register.close()


def _kept_form(register: Register) -> dict:
    with register.read() as s:
        seal = s.scalars(select(MinutesSeal)).one()
        content = s.scalars(select(StoredFile.content)
                            .where(StoredFile.sha256 == seal.content_sha256)).one()
    return json.loads(content)


def test_minutes_without_the_new_parts_have_the_form_seals_had_before(
        register: Register, register_path: Path) -> None:
    paragraph = _sealed(register, used=False)
    form = _kept_form(register)
    assert form["version"] == 1
    assert "reported_item" not in form["rows"]
    assert [set(row) for row in form["rows"]["paragraph"].values()] == [
        PARAGRAPH_COLUMNS_BEFORE] * len(form["rows"]["paragraph"])
    register.close()
    assert _problems(register_path) == []
    shell(register_path, f"UPDATE paragraph SET presenter = 'Ny föredragande' "
                         f"WHERE id = {paragraph}")
    assert _problems(register_path) == []  # the kallelse's föredragande is not sealed
    shell(register_path, f"UPDATE paragraph SET deferral = 'tabled' WHERE id = {paragraph}")
    assert _problems(register_path) == [
        "KS:2026-01-07, § 16 (KS:2026:16): fältet «bordlagt eller återremitterat» har ändrats "
        "efter justeringen (förseglat: tomt; nu: «tabled»)."]


def test_the_lists_are_sealed_when_the_minutes_have_them(register: Register,
                                                         register_path: Path) -> None:
    paragraph = _sealed(register, used=True)
    assert len(_kept_form(register)["rows"]["reported_item"]) == 1
    register.close()
    assert _problems(register_path) == []
    shell(register_path, "UPDATE reported_item SET what = 'Ändrat i efterhand'",
          "INSERT INTO reported_item (paragraph_id, position, kind, what) "
          f"VALUES ({paragraph}, 2, 'document', 'Inlagt i efterhand')")
    assert _problems(register_path) == [
        "KS:2026-01-07, § 16 (KS:2026:16), anmälningslistan, rad 1: fältet «ärende» har "
        "ändrats efter justeringen (förseglat: «Beslut om attest»; nu: «Ändrat i efterhand»).",
        "KS:2026-01-07, § 16 (KS:2026:16), anmälningslistan, rad (ny): har lagts till efter "
        "justeringen."]
