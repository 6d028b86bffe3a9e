# SPDX-License-Identifier: EUPL-1.2
"""Export, import into an empty register, export again: the same bytes and the same rows."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator
from sqlalchemy import func, insert, select

from kraftdesk.domain.enums import MinutesState, ProposalKind
from kraftdesk.domain.errors import UserError
from kraftdesk.interchange import export_register, import_register, write_register
from kraftdesk.interchange.load import IMPORT_ENTITY
from kraftdesk.reading import load
from kraftdesk.register.audit import walk_chain
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    AuditEntry,
    Meeting,
    Paragraph,
    Proposal,
    ProposalAuthor,
)
from tests.interchange.generator import generate
from tests.interchange.helpers import ROOT, demo_text, dump, new_register


def _docs_schema() -> dict:
    return json.loads((ROOT / "docs" / "interchange.schema.json").read_text(encoding="utf-8"))


def test_the_demo_file_survives_import_and_export_byte_for_byte(register: Register) -> None:
    text = demo_text()
    import_register(register, text)
    assert export_register(register) == text


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_generated_register_round_trips(tmp_path: Path, seed: int) -> None:
    original, copy = new_register(tmp_path, "original"), new_register(tmp_path, "copy")
    try:
        generate(original, seed=seed)
        first = export_register(original)
        import_register(copy, first)
        second = export_register(copy)
        assert second == first
        before, after = dump(original), dump(copy)
        del before["audit_entry"], after["audit_entry"]
        assert after == before  # every column of every row, not only what the file shows
        Draft202012Validator(_docs_schema()).validate(json.loads(first))
    finally:
        original.close()
        copy.close()


def test_the_generated_register_covers_every_table_and_enum_value(tmp_path: Path) -> None:
    register = new_register(tmp_path)
    try:
        generate(register, seed=1)
        rows = dump(register)
    finally:
        register.close()
    assert [name for name, found in rows.items() if not found] == []


def test_the_export_is_sorted_by_id_whatever_the_order_rows_were_written(tmp_path: Path) -> None:
    register = new_register(tmp_path)
    try:
        generate(register, seed=2)
        document = json.loads(export_register(register))
    finally:
        register.close()
    for key in ("persons", "meetings", "paragraphs", "appendices"):
        ids = [row["id"] for row in document[key]]
        assert ids == sorted(ids) and len(ids) > 1
    statements = [s for p in document["paragraphs"] for s in p["statements"]]
    authors = [[a["position"] for a in s["authors"]] for s in statements]
    assert authors and all(positions == sorted(positions) for positions in authors)


def test_the_format_starts_with_format_and_version_and_has_one_row_a_line() -> None:
    lines = demo_text().splitlines()
    assert lines[:3] == ["{", '  "format": "kraftdesk-register",', '  "version": 4,']
    assert lines[-1] == "}"
    assert all(line.startswith(("    {", '  "', "  ]", "{", "}")) for line in lines)


def test_the_import_is_logged_in_the_receiving_registers_audit_trail(register: Register) -> None:
    import_register(register, demo_text())
    with register.read() as session:
        rows = sum(len(rows) for name, rows in dump(register).items() if name != "audit_entry")
        inserts = session.scalar(select(func.count()).where(
            AuditEntry.action == "insert", AuditEntry.entity != IMPORT_ENTITY))
        marks = session.scalar(select(func.count()).where(AuditEntry.entity == IMPORT_ENTITY))
        updates = session.scalar(select(func.count()).where(AuditEntry.action == "update"))
        assert list(walk_chain(session.connection())) == []
    assert inserts == rows
    assert marks == 1  # and the import itself, naming the seals it brought
    # The four justerade meetings and the three bodies (their proposes-to body and their
    # secretary), set after every row was in.
    assert updates == 4 + 3


def test_an_empty_register_has_nothing_to_export(register: Register) -> None:
    with pytest.raises(UserError) as caught:
        export_register(register)
    assert caught.value.message == (
        "Registret är tomt: det har ingen organisation och inget att exportera.")


def test_rows_nested_two_deep_stay_with_their_owner_when_ids_interleave(
        tmp_path: Path) -> None:
    """The export reads each nested table with one cursor in written order: a proposal
    added to an earlier paragraph after a later paragraph's proposal (higher id, earlier
    paragraph) keeps its authors, and so do statements and votes."""
    original, copy = new_register(tmp_path, "original"), new_register(tmp_path, "copy")
    try:
        generate(original, seed=4, meetings=6, paragraphs=3)
        with original.write() as session:
            first = session.scalar(
                select(func.min(Paragraph.id)).join(Meeting, Meeting.id == Paragraph.meeting_id)
                .where(Meeting.minutes_state != MinutesState.APPROVED,
                       Paragraph.immediately_approved_on.is_(None)))
            last = session.scalar(select(func.max(Paragraph.id)))
            position = session.scalar(select(func.max(Proposal.position))
                                      .where(Proposal.paragraph_id == first)) or 0
            late = session.scalar(select(func.max(Proposal.id))) + 100
            session.execute(insert(Proposal), [dict(
                id=late, paragraph_id=first, position=position + 1, kind=ProposalKind.OWN,
                subject=None, text="Ett sent yrkande", withdrawn=False, adopted=False)])
            # Someone serving in that paragraph: only they may propose (issue 14).
            person = min(load.participations(
                session, [session.get_one(Paragraph, first)])[first].voter_ids)
            session.execute(insert(ProposalAuthor), [dict(proposal_id=late,
                                                          person_id=person, position=1)])
        assert first != last
        text = export_register(original)
        paragraph = next(p for p in json.loads(text)["paragraphs"] if p["id"] == first)
        late_proposal = paragraph["proposals"][-1]
        assert late_proposal["text"] == "Ett sent yrkande"
        assert late_proposal["authors"] == [{"person_id": person, "position": 1}]
        import_register(copy, text)
        before, after = dump(original), dump(copy)
        del before["audit_entry"], after["audit_entry"]
        assert after == before
    finally:
        original.close()
        copy.close()


def test_the_file_is_written_as_it_is_read(tmp_path: Path) -> None:
    """write_register streams: many small writes, each at most one top-level row."""
    register = new_register(tmp_path)
    writes: list[str] = []

    class Recorder(io.StringIO):
        def write(self, text: str) -> int:
            writes.append(text)
            return super().write(text)

    try:
        generate(register, seed=5)
        out = Recorder()
        write_register(register, out)
        assert out.getvalue() == export_register(register)
    finally:
        register.close()
    paragraphs = len(json.loads(out.getvalue())["paragraphs"])
    assert len(writes) > paragraphs > 10
    assert max(len(text) for text in writes) < len(out.getvalue()) / 10


def test_the_whole_document_and_its_text_are_the_streamed_files(tmp_path: Path) -> None:
    """build_document and dumps (the copy to another database uses them) agree with the
    streamed file."""
    from kraftdesk.interchange.export import build_document, dumps

    register = new_register(tmp_path)
    try:
        generate(register, seed=6)
        text = export_register(register)
        with register.read() as session:
            document = build_document(session)
    finally:
        register.close()
    assert document == json.loads(text)
    assert dumps(document) == text
