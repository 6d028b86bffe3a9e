# SPDX-License-Identifier: EUPL-1.2
"""A whole § from plain values: the sections, their order and their text."""

from __future__ import annotations

from datetime import date, datetime

from kraftdesk.domain.document import BulletList, NumberedList, Text
from kraftdesk.domain.enums import (
    BallotChoice,
    BodyKind,
    ProposalKind,
    StatementKind,
    StatementState,
)
from kraftdesk.domain.values import (
    BallotValue,
    BasisLine,
    BodyName,
    FreeSection,
    MeetingValue,
    OrganisationTexts,
    ParagraphValue,
    PersonName,
    ProposalValue,
    StatementValue,
    VoteValue,
)
from kraftdesk.text.paragraph import compose_paragraph

KS = BodyName("Kommunstyrelsen", "KS", BodyKind.EXECUTIVE_BOARD)
ANNA, BO, ULF = PersonName("Anna Svensson", "S"), PersonName("Bo Ek", "S"), PersonName("Ulf "
                                                                                       "Lind", "SD")
LANN = PersonName("Elisabet Lann", "KD")
BIFALL = ProposalValue(ProposalKind.APPROVAL, (ANNA,), subject="stadskontorets förslag",
                       adopted=True)
AVSLAG = ProposalValue(ProposalKind.REJECTION, (ULF,), subject="förslaget")


def _everything() -> ParagraphValue:
    return ParagraphValue(
        paragraph_id=1, number=7, title="Bidrag", case_number="KS 2026/12",
        meeting=MeetingValue(KS, datetime(2026, 2, 4, 13, 0)),
        summary="Första stycket med 250000 kronor.\n\nAndra stycket.",
        decision_points=("Kommunstyrelsen beviljar 250000 kronor.", "Beslutet gäller 2026."),
        free_sections=(FreeSection("Tidigare behandling", "Bordlagt 2026-01-07."),),
        proposals=(BIFALL, AVSLAG),
        votes=(VoteValue("bifall till stadskontorets förslag", "avslag",
                         (BallotValue(ANNA, BallotChoice.YES), BallotValue(ULF, BallotChoice.NO)),
                         yes_proposal=BIFALL, no_proposal=AVSLAG),),
        recused=(BO,),
        statements=(
            StatementValue(StatementKind.RESERVATION, StatementState.ANNOUNCED, (ULF,),
                           in_favour_of=AVSLAG),
            StatementValue(StatementKind.MINUTES_NOTE, StatementState.ANNOUNCED, (LANN,),
                           text="Jag hade röstat Ja."),
        ),
        basis=(BasisLine("Tjänsteskrivelse 2026-01-20"),),
        distribution=("Stadskontoret", "Fritidsnämnden"),
        immediately_approved_on=date(2026, 2, 4),
    )


def test_section_order_and_content() -> None:
    doc = compose_paragraph(_everything(), OrganisationTexts(distribution_heading="Expedieras "
                                                                                  "till"))
    assert (doc.label, doc.title, doc.case_number, doc.immediately_approved) == \
        ("§ 7", "Bidrag", "KS 2026/12", True)
    assert [s.heading for s in doc.sections] == [
        "Sammanfattning", "Tidigare behandling", "Yrkanden", "Beslutsgång", "Omröstning", "Jäv",
        "Beslut", "Reservationer och särskilda yttranden", "Protokollsanteckning",
        "Beslutsunderlag", "Justering", "Expedieras till"]
    sections = {s.heading: s.blocks for s in doc.sections}
    assert sections["Sammanfattning"] == (Text("Första stycket med 250\u00a0000 kronor."),
                                          Text("Andra stycket."))
    assert sections["Beslut"] == (
        Text("Kommunstyrelsen beslutar"),
        NumberedList(("Kommunstyrelsen beviljar 250\u00a0000 kronor.", "Beslutet gäller 2026.")))
    assert sections["Beslutsgång"] == (Text(
        "Ordföranden ställer propositioner på yrkandena och finner att kommunstyrelsen beslutat "
        "enligt stadskontorets förslag."),)
    assert sections["Jäv"] == (Text("Bo Ek (S) deltar inte i handläggningen av ärendet på "
                                    "grund av jäv."),)
    assert sections["Reservationer och särskilda yttranden"] == (Text(
        "Ulf Lind (SD) reserverar sig mot beslutet till förmån för det egna yrkandet."),)
    assert sections["Protokollsanteckning"] == (Text(
        "Elisabet Lann (KD) antecknar följande till protokollet: Jag hade röstat Ja."),)
    assert sections["Justering"] == (Text("Paragrafen är omedelbart justerad."),)
    assert sections["Expedieras till"] == (BulletList(("Stadskontoret", "Fritidsnämnden")),)


def test_a_bare_paragraph_never_prints_a_formula_followed_by_nothing() -> None:
    bare = ParagraphValue(paragraph_id=2, number=None, title="Information", case_number=None,
                          meeting=MeetingValue(KS, datetime(2026, 2, 4, 13, 0)))
    doc = compose_paragraph(bare, OrganisationTexts())
    assert doc.label == "§ –"
    assert doc.sections == ()  # no Beslut at all; the protocol checker reports it


def test_hand_written_procedure_wins() -> None:
    value = _everything()
    from dataclasses import replace

    doc = compose_paragraph(replace(value, procedure_text="Ordföranden ställer först "
                                                          "proposition på återremiss."),
                            OrganisationTexts())
    procedure = next(s for s in doc.sections if s.heading == "Beslutsgång")
    assert procedure.blocks == (Text("Ordföranden ställer först proposition på återremiss."),)
