# SPDX-License-Identifier: EUPL-1.2
"""Golden tests for every statement sentence form, from plain values."""

from __future__ import annotations

from datetime import datetime

import pytest

from kraftdesk.domain.document import SignatureLines, Text
from kraftdesk.domain.enums import BodyKind, ProposalKind, StatementKind, StatementState
from kraftdesk.domain.values import (
    BodyName,
    MeetingValue,
    OrganisationTexts,
    PersonName,
    ProposalValue,
    StatementValue,
)
from kraftdesk.text import statements as st

KS = BodyName("Kommunstyrelsen", "KS", BodyKind.EXECUTIVE_BOARD)
MEETING = MeetingValue(KS, datetime(2026, 1, 7, 13, 0),
                       PersonName("Pamela Lindqvist", title="Nämndsekreterare"))
TEXTS = OrganisationTexts()
JOHN, FARISHTA, ANTON = (PersonName("John Eklöf", "M"), PersonName("Farishta Sulaiman", "M"),
                         PersonName("Anton Sauer", "C"))
MAGNUS, ANDERS, PRIPP = (PersonName("Magnus Olsson", "SD"), PersonName("Anders Olin", "SD"),
                         PersonName("Anders Pripp", "SD"))
EVA, AXEL, ULF = (PersonName("Eva Ek", "L", "hon"), PersonName("Axel Darvik", "L", "han"),
                  PersonName("Ulf Lind", "SD"))
SPECIAL, RESERVATION, NOTE = (StatementKind.SPECIAL_STATEMENT, StatementKind.RESERVATION,
                              StatementKind.MINUTES_NOTE)
PROMISED, ANNOUNCED = StatementState.PROMISED, StatementState.ANNOUNCED
NOT_RECEIVED = StatementState.NOT_RECEIVED


def sentences(s: StatementValue) -> list[str]:
    return [b.text for b in st.announcement_blocks(s, TEXTS)]


def bilaga(kind: StatementKind, authors: tuple[PersonName, ...], number: int,
           state: StatementState = PROMISED, **kw: object) -> StatementValue:
    return StatementValue(kind, state, authors, appendix_number=number, has_appendix=True, **kw)


@pytest.mark.parametrize(("authors", "number", "sentence"), [
    ((MAGNUS,), 7, "Magnus Olsson (SD) avser lämna in ett särskilt yttrande, bilaga 7."),
    ((MAGNUS, ANDERS), 13,
     "Magnus Olsson (SD) och Anders Olin (SD) avser lämna in ett särskilt yttrande, bilaga 13."),
    ((JOHN, FARISHTA, ANTON), 12,
     "John Eklöf (M), Farishta Sulaiman (M) och Anton Sauer (C) avser lämna in ett gemensamt "
     "särskilt yttrande, bilaga 12."),
    ((JOHN, ANTON), 2,
     "John Eklöf (M) och Anton Sauer (C) avser lämna in ett gemensamt särskilt yttrande, "
     "bilaga 2."),
    ((JOHN, FARISHTA, PersonName("Ann Berg", "M")), 3,
     "John Eklöf (M), Farishta Sulaiman (M) och Ann Berg (M) avser lämna in ett särskilt "
     "yttrande, bilaga 3."),
])
def test_special_statement_one_two_three_authors(authors: tuple[PersonName, ...], number: int,
                                                 sentence: str) -> None:
    assert sentences(bilaga(SPECIAL, authors, number)) == [sentence]
    # What was announced stays the sentence once the text arrived or did not.
    for state in (StatementState.RECEIVED, StatementState.NOT_RECEIVED):
        assert sentences(bilaga(SPECIAL, authors, number, state)) == [sentence]


def test_reservation_without_written_motivation() -> None:
    assert sentences(StatementValue(RESERVATION, ANNOUNCED, (ULF,))) == [
        "Ulf Lind (SD) reserverar sig mot beslutet."]
    own = ProposalValue(ProposalKind.AMENDMENT, (ULF,), text="Punkt 2 stryks.")
    assert sentences(StatementValue(RESERVATION, ANNOUNCED, (ULF,), in_favour_of=own)) == [
        "Ulf Lind (SD) reserverar sig mot beslutet till förmån för det egna yrkandet."]
    other = ProposalValue(ProposalKind.APPROVAL, (PersonName("Karin Pleijel", "MP"),),
                          subject="Karin Pleijels (MP) förslag")
    assert sentences(StatementValue(RESERVATION, ANNOUNCED, (ULF,), in_favour_of=other)) == [
        "Ulf Lind (SD) reserverar sig mot beslutet till förmån för Karin Pleijels (MP) förslag."]
    rejection = ProposalValue(ProposalKind.REJECTION, (MAGNUS,), subject="förslaget")
    assert sentences(StatementValue(RESERVATION, ANNOUNCED, (ULF,), in_favour_of=rejection)) \
        == ["Ulf Lind (SD) reserverar sig mot beslutet till förmån för Magnus Olssons (SD) "
            "avslagsyrkande."]


@pytest.mark.parametrize(("authors", "sentence"), [
    ((EVA,), "Eva Ek (L) reserverar sig mot beslutet och anmäler att hon avser inkomma med en "
             "skriftlig reservation."),
    ((AXEL,), "Axel Darvik (L) reserverar sig mot beslutet och anmäler att han avser inkomma "
              "med en skriftlig reservation."),
    ((ULF,), "Ulf Lind (SD) reserverar sig mot beslutet och anmäler avsikt att inkomma med en "
             "skriftlig reservation."),
    ((AXEL, EVA), "Axel Darvik (L) och Eva Ek (L) reserverar sig mot beslutet och anmäler att "
                  "de avser inkomma med en skriftlig reservation."),
])
def test_reservation_with_promised_motivation(authors: tuple[PersonName, ...],
                                              sentence: str) -> None:
    assert sentences(StatementValue(RESERVATION, PROMISED, authors)) == [sentence]
    assert sentences(bilaga(RESERVATION, authors, 4)) == [sentence[:-1] + ", bilaga 4."]


def test_reservation_not_received_in_the_paragraph() -> None:
    s = StatementValue(RESERVATION, StatementState.NOT_RECEIVED, (EVA,))
    assert sentences(s) == [
        "Eva Ek (L) reserverar sig mot beslutet och anmäler att hon avser inkomma med en "
        "skriftlig reservation.",
        "Vid justering av protokollet har ingen skriftlig reservation inkommit."]
    local = OrganisationTexts(reservation_not_received="Ingen skriftlig reservation har "
                                                       "lämnats in.")
    assert st.announcement_blocks(s, local)[1] == Text("Ingen skriftlig reservation har "
                                                        "lämnats in.")
    # The sentence fixed at justering wins over a later change of the setting.
    fixed = StatementValue(RESERVATION, StatementState.NOT_RECEIVED, (EVA,),
                           text="Vid justering av protokollet har ingen skriftlig reservation "
                                "inkommit.")
    assert st.announcement_blocks(fixed, local)[1].text.startswith("Vid justering")


def test_reservation_received_in_the_paragraph_and_handed_in_at_the_meeting() -> None:
    received = StatementValue(RESERVATION, StatementState.RECEIVED, (EVA,),
                              text="Beslutet saknar finansiering.\n\nDärför reserverar jag mig.")
    assert sentences(received)[1:] == ["Beslutet saknar finansiering.",
                                       "Därför reserverar jag mig."]
    handed_in = bilaga(RESERVATION, (MAGNUS, ANDERS), 5, ANNOUNCED, text="…")
    assert sentences(handed_in) == [
        "Magnus Olsson (SD) och Anders Olin (SD) reserverar sig mot beslutet och lämnar en "
        "skriftlig reservation, bilaga 5."]


def test_protokollsanteckning() -> None:
    lann = PersonName("Elisabet Lann", "KD")
    note = StatementValue(NOTE, ANNOUNCED, (lann,),
                          text="Om jag hade haft rätt att rösta hade jag röstat Ja.")
    assert sentences(note) == ["Elisabet Lann (KD) antecknar följande till protokollet: Om jag "
                               "hade haft rätt att rösta hade jag röstat Ja."]
    longer = StatementValue(NOTE, ANNOUNCED, (lann, ULF), text="Första stycket.\n\nAndra.")
    assert sentences(longer) == [
        "Elisabet Lann (KD) och Ulf Lind (SD) antecknar följande till protokollet: "
        "Första stycket.", "Andra."]
    assert sentences(bilaga(NOTE, (lann, ULF), 9)) == [
        "Elisabet Lann (KD) och Ulf Lind (SD) avser lämna in en gemensam protokollsanteckning, "
        "bilaga 9."]


def test_withdrawn_statements() -> None:
    assert sentences(StatementValue(SPECIAL, StatementState.WITHDRAWN, (ULF,))) == []
    promised = bilaga(SPECIAL, (ULF,), 3, StatementState.WITHDRAWN,
                      deadline=datetime(2026, 1, 14, 12, 0))
    assert sentences(promised) == [
        "Ulf Lind (SD) avser lämna in ett särskilt yttrande, bilaga 3. Det särskilda yttrandet "
        "har därefter återkallats."]
    handed_in = bilaga(SPECIAL, (ULF,), 3, StatementState.WITHDRAWN)
    assert sentences(handed_in) == [
        "Ulf Lind (SD) lämnar ett särskilt yttrande, bilaga 3. Det särskilda yttrandet har "
        "därefter återkallats."]


def test_placeholder_bilaga_12() -> None:
    s = bilaga(SPECIAL, (JOHN, FARISHTA, ANTON), 12, NOT_RECEIVED, with_reservation=True)
    assert st.placeholder_blocks(s, MEETING, TEXTS) == (
        Text("Vid kommunstyrelsens sammanträde den 7 januari 2026 reserverade sig John Eklöf "
             "(M), Farishta Sulaiman (M) och Anton Sauer (C) mot beslutet och meddelade avsikt "
             "att inkomma med ett särskilt yttrande. Särskilt yttrande har inte inkommit vid "
             "tidpunkt för justering."),
        SignatureLines(("Pamela Lindqvist", "Nämndsekreterare")))


def test_the_placeholder_keeps_the_sentence_fixed_at_justering() -> None:
    """The organisation's sentence as it was at justering is the statement's text; a later
    wording of the organisation does not change the bilaga."""
    fixed = bilaga(SPECIAL, (MAGNUS,), 2, NOT_RECEIVED, text="Inget yttrande har kommit in.")
    later = OrganisationTexts(special_statement_not_received="Ändrad mening.")
    assert st.placeholder_sentence(fixed, MEETING, later).endswith(
        "ett särskilt yttrande. Inget yttrande har kommit in.")
    no_secretary = MeetingValue(KS, datetime(2026, 1, 7, 13, 0))
    assert st.placeholder_blocks(fixed, no_secretary, later) == (
        Text(st.placeholder_sentence(fixed, no_secretary, later)),)


def test_placeholder_without_reservation_and_for_a_reservation() -> None:
    special = bilaga(SPECIAL, (MAGNUS,), 2)
    assert st.placeholder_sentence(special, MEETING, TEXTS) == (
        "Vid kommunstyrelsens sammanträde den 7 januari 2026 meddelade Magnus Olsson (SD) "
        "avsikt att inkomma med ett särskilt yttrande. Särskilt yttrande har inte inkommit vid "
        "tidpunkt för justering.")
    reservation = bilaga(RESERVATION, (EVA,), 3)
    assert st.placeholder_sentence(reservation, MEETING, TEXTS) == (
        "Vid kommunstyrelsens sammanträde den 7 januari 2026 reserverade sig Eva Ek (L) mot "
        "beslutet och meddelade avsikt att inkomma med en skriftlig reservation. Vid justering "
        "av protokollet har ingen skriftlig reservation inkommit.")


def test_received_bilaga_13_ends_with_body_date_authors_and_concurring() -> None:
    s = bilaga(SPECIAL, (MAGNUS, ANDERS), 13, StatementState.RECEIVED, concurring=(PRIPP,),
               text="Första stycket.\n\nVi välkomnar förslaget.")
    assert st.received_blocks(s, MEETING) == (
        Text("Första stycket."), Text("Vi välkomnar förslaget."),
        SignatureLines(("Kommunstyrelsen 2026-01-07",)),
        SignatureLines(("Magnus Olsson (SD)", "Anders Olin (SD)", "Med instämmande av",
                        "Anders Pripp (SD)")))
    alone = bilaga(SPECIAL, (MAGNUS,), 13, StatementState.RECEIVED, text="Text.")
    assert st.received_blocks(alone, MEETING)[-1] == SignatureLines(("Magnus Olsson (SD)",))


def test_reminder_before_and_after_the_deadline() -> None:
    s = bilaga(SPECIAL, (JOHN, ANTON), 12, deadline=datetime(2026, 1, 14, 12, 0))
    before = st.reminder_text(s, MEETING, TEXTS, now=datetime(2026, 1, 12, 9, 30),
                              reference="§ 16 Återrapportering kring kraftsamlande insatser",
                              case_number="STK-2024-1374")
    assert before == (
        "Påminnelse: särskilt yttrande till § 16 Återrapportering kring kraftsamlande insatser"
        "\n\nTill John Eklöf (M) och Anton Sauer (C)\n\n"
        "Vid kommunstyrelsens sammanträde den 7 januari 2026 anmälde ni att ni avser lämna in "
        "ett gemensamt särskilt yttrande till § 16 Återrapportering kring kraftsamlande "
        "insatser (STK-2024-1374), bilaga 12.\n\n"
        "Texten behöver komma in senast den 14 januari 2026 kl. 12:00, då protokollet "
        "justeras. Det är 2 dygn och 2 timmar kvar.\n\n"
        "Om texten inte har kommit in vid justeringen skrivs i protokollet: ”Särskilt yttrande "
        "har inte inkommit vid tidpunkt för justering.”\n\n"
        "Med vänlig hälsning\nPamela Lindqvist\nNämndsekreterare")
    after = st.reminder_text(bilaga(RESERVATION, (EVA,), 3,
                                    deadline=datetime(2026, 1, 14, 12, 0)),
                             MEETING, TEXTS, now=datetime(2026, 1, 14, 17, 5),
                             reference="§ 16 Återrapportering", case_number=None)
    assert "anmälde du att du avser lämna in en skriftlig reservation till § 16 " \
           "Återrapportering, bilaga 3." in after
    assert "Tidsfristen gick ut den 14 januari 2026 kl. 12:00, för 5 timmar och 5 minuter " \
           "sedan. Protokollet är ännu inte justerat; skicka texten snarast." in after
