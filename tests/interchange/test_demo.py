# SPDX-License-Identifier: EUPL-1.2
"""The demo register: the reference paragraphs as data, the example meeting, load_demo()."""

from __future__ import annotations

import importlib.util
import re
import sys
from datetime import date, datetime
from types import ModuleType
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.document import SignatureLines, Text
from kraftdesk.domain.enums import BasisRefKind, MinutesState, StatementKind, StatementState
from kraftdesk.domain.errors import UserError
from kraftdesk.reading.composition import appendix_docs
from kraftdesk.reading.references import find_meeting, find_paragraph
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Appendix,
    BasisDocument,
    DecisionPoint,
    Meeting,
    Paragraph,
    Person,
    Statement,
    StatementAuthor,
    StatementConcurrence,
)
from kraftdesk.services.changes import Changes
from kraftdesk.services.demo import demo_file, load_demo
from tests.interchange.helpers import DEMO_FILE, ROOT, dump

SEEDS = ROOT.parent / "shared" / "seeds"


def _make_demo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_demo", ROOT / "packaging" / "make_demo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_demo"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def demo(register: Register) -> Register:
    assert load_demo(register) == Changes(register=True)
    return register


def _names(session: Session, model: Any, statement_id: int) -> list[str]:
    return list(session.scalars(
        select(Person.name).join(model, model.person_id == Person.id)
        .where(model.statement_id == statement_id).order_by(model.position)))


def _statements(session: Session, paragraph: Paragraph) -> list[Statement]:
    return list(session.scalars(select(Statement).where(Statement.paragraph_id == paragraph.id)
                                .order_by(Statement.position)))


def test_the_demo_file_is_found_where_the_program_looks() -> None:
    assert demo_file() == DEMO_FILE


def test_the_demo_file_is_what_make_demo_gives() -> None:
    assert _make_demo().render() == DEMO_FILE.read_text(encoding="utf-8"), (
        "run: uv run python packaging/make_demo.py")


def test_paragraph_16_as_in_the_published_minutes(demo: Register) -> None:
    with demo.read() as s:
        meeting = find_meeting(s, "KS:2026-01-07")
        assert meeting.minutes_state is MinutesState.APPROVED
        assert meeting.approved_on == date(2026, 1, 14)
        p16 = find_paragraph(s, "KS:2026:16")
        assert (p16.meeting_id, p16.title) == (meeting.id, "Återrapportering kring kraftsamlande "
                                                            "insatser")
        assert find_meeting(s, "KF:2024-09-26").body_id == p16.proposes_to_body_id
        assert list(s.scalars(select(DecisionPoint.text)
                              .where(DecisionPoint.paragraph_id == p16.id))) == [
            "Kommunfullmäktige godkänner återrapporteringen av uppdraget kring kraftsamlande "
            "insatser."]
        twelve, thirteen = _statements(s, p16)
        assert (twelve.kind, twelve.state) == (StatementKind.SPECIAL_STATEMENT,
                                               StatementState.NOT_RECEIVED)
        assert twelve.deadline == meeting.approval_due_at == datetime(2026, 1, 14, 10)
        assert _names(s, StatementAuthor, twelve.id) == ["John Eklöf", "Farishta Sulaiman",
                                                          "Anton Sauer"]
        assert thirteen.state is StatementState.RECEIVED
        assert _names(s, StatementAuthor, thirteen.id) == ["Magnus Olsson", "Anders Olin"]
        assert _names(s, StatementConcurrence, thirteen.id) == ["Anders Pripp"]
        bilagor = {a.number: a for a in s.scalars(select(Appendix)
                                                  .where(Appendix.meeting_id == meeting.id))}
        assert (bilagor[12].statement_id, bilagor[13].statement_id) == (twelve.id, thirteen.id)
        assert bilagor[12].text is not None and bilagor[12].text.endswith(
            "Särskilt yttrande har inte inkommit vid tidpunkt för justering.\n\n"
            "Pamela Lindqvist\nNämndsekreterare")
        assert bilagor[13].text is None


def test_a_placeholder_fixed_as_text_before_is_composed_from_the_data_as_it_was_stored(
        demo: Register) -> None:
    """The demo was justerad when the placeholder was stored as one string (Appendix.text):
    the bilaga composed from the statement now says exactly what that sealed string says,
    so the PDF of such a register stays the same."""
    with demo.read() as s:
        meeting = find_meeting(s, "KS:2026-01-07")
        stored = s.scalars(select(Appendix.text).where(Appendix.meeting_id == meeting.id,
                                                       Appendix.number == 12)).one()
        [twelve] = [d for d in appendix_docs(s, meeting.id) if d.number == 12]
    assert isinstance(twelve.blocks[-1], SignatureLines)
    parts = [twelve.reference, *(b.text for b in twelve.blocks[:-1] if isinstance(b, Text)),
             "\n".join(twelve.blocks[-1].lines)]
    assert "\n\n".join(parts) == stored


def test_basis_documents_refer_to_the_earlier_handlings(demo: Register) -> None:
    with demo.read() as s:
        p16 = find_paragraph(s, "KS:2026:16")
        lines = list(s.scalars(select(BasisDocument).where(BasisDocument.paragraph_id == p16.id)
                               .order_by(BasisDocument.position)))
        assert len(lines) == 27
        assert (lines[0].ref_paragraph_id, lines[0].ref_kind) == (
            find_paragraph(s, "KSAU:2025:564").id, BasisRefKind.PROPOSAL)
        assert (lines[24].ref_paragraph_id, lines[24].ref_kind, lines[24].text) == (
            find_paragraph(s, "KF:2024:189").id, BasisRefKind.DECISION,
            "Uppdrag budget 2023 - Definiera och starta ett (STK-2023-137-50)")
        assert lines[26].text == "Grundskolenämnden beslut 250619 § 93 Särskilt yttrande (SD)"
        kinds = [st.kind for st in _statements(s, find_paragraph(s, "KF:2024:189"))]
        assert kinds == [StatementKind.RESERVATION, StatementKind.SPECIAL_STATEMENT]
        assert [st.kind for st in _statements(s, find_paragraph(s, "KSAU:2025:564"))] == [
            StatementKind.SPECIAL_STATEMENT]


def test_paragraph_266_with_its_two_decision_points(demo: Register) -> None:
    with demo.read() as s:
        p266 = find_paragraph(s, "KSAU:2026:266")
        assert find_meeting(s, "KSAU:2026-04-20").minutes_state is MinutesState.APPROVED
        points = list(s.scalars(select(DecisionPoint.text)
                                .where(DecisionPoint.paragraph_id == p266.id)
                                .order_by(DecisionPoint.position)))
    assert len(points) == 2
    assert points[0].startswith("Kommunstyrelsen beviljar 1 100 000 kronor till "
                                "arbetsmarknads- och socialnämnden, 6 100 000 kronor till "
                                "fritidsnämnden, 150 000 kronor till förskolenämnden, 800 000 "
                                "kronor till kulturnämnden, 650 000 kronor till gymnasie- och "
                                "vuxenutbildningsnämnden och 1 200 000 kronor till MKB år 2026")
    assert points[1].startswith("Kommunstyrelsen godkänner att i de fall tilldelade medel")


def test_one_coming_example_meeting_with_an_open_promise(demo: Register) -> None:
    with demo.read() as s:
        examples = list(s.scalars(select(Meeting).where(Meeting.is_example)))
        assert len(examples) == 1
        example = examples[0]
        assert example.starts_at > datetime(2026, 11, 22)
        assert example.minutes_state is MinutesState.DRAFT
        promised = list(s.scalars(select(Statement).join(Paragraph)
                                  .where(Paragraph.meeting_id == example.id,
                                         Statement.state == StatementState.PROMISED)))
        assert [p.deadline for p in promised] == [example.approval_due_at]
        real = list(s.scalars(select(Meeting).where(Meeting.is_example.is_(False))))
        assert all(m.minutes_state is MinutesState.APPROVED for m in real)


def test_load_demo_refuses_a_register_with_data(demo: Register) -> None:
    before = dump(demo)
    with pytest.raises(UserError) as caught:
        load_demo(demo)
    assert caught.value.message == (
        "Demoregistret kan bara läsas in i ett nytt, tomt register. Det här registret "
        "innehåller redan Malmö stad och har inte ändrats.")
    assert dump(demo) == before


def _seed_paragraphs(text: str) -> list[str]:
    blocks = re.split(r"\n\s*\n", text)
    return [" ".join(line.strip() for line in b.splitlines() if line.strip()) for b in blocks
            if b.strip()]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not beside the checkout")
def test_the_texts_are_verbatim_from_the_seeds() -> None:
    texts = _make_demo().__dict__
    seed16 = (SEEDS / "000_674ad7d391daaf6c.txt").read_text(encoding="utf-8")
    seed266 = (SEEDS / "001_2d060f29ac653df2.txt").read_text(encoding="utf-8")
    summary16 = seed16[seed16.index("Sammanfattning") + 14: seed16.index("Beslut \n")]
    assert texts["S16_SUMMARY"].split("\n\n") == _seed_paragraphs(summary16)
    summary266 = seed266[seed266.index("Sammanfattning") + 14: seed266.index("Beslut \n")]
    assert texts["S266_SUMMARY"].split("\n\n") == _seed_paragraphs(summary266)
    flat16 = " ".join(seed16.split())
    for text in (texts["BILAGA_13"], texts["BILAGA_12"], *texts["S266_DECISIONS"]):
        for paragraph in text.split("\n\n"):
            assert " ".join(paragraph.split()) in flat16 + " " + " ".join(seed266.split())
    for line in texts["S16_BASIS_FREE"]:
        assert " ".join(line.split()) in flat16


def test_the_demo_register_verifies_from_the_start(demo: Register) -> None:
    from kraftdesk.services.verify import verify_register

    report = verify_register(demo)
    assert report.problems == ()
    assert report.seals == 4  # KF 2024-09-26, KSAU 2025-12-08, KS 2026-01-07, KSAU 2026-04-20


def test_the_full_text_index_is_built_by_the_import(demo: Register) -> None:
    from kraftdesk.services.search import search

    hits = search(demo, "kraftsamlande insatser")
    assert {hit.reference for hit in hits} >= {"KS:2026:16", "KSAU:2026:266"}
