# SPDX-License-Identifier: EUPL-1.2
"""Composed documents built by hand from the reference documents (../shared/seeds).

Malmö stad, Kommunstyrelsen 2026-01-07, § 16 "Återrapportering kring kraftsamlande
insatser" with bilaga 12 (the placeholder) and bilaga 13 (a received yttrande), and a
generator of larger meetings for the layout tests and the benchmark.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kraftdesk.domain.document import (
    AppendixDoc,
    BulletList,
    LabelledValue,
    MinutesDoc,
    NumberedList,
    ParagraphDoc,
    Section,
    SignatureField,
    SignatureLines,
    Table,
    Text,
)
from tests.seed_texts import BASIS_16_FREE, SUMMARY_16

MEETING_DAY = date(2026, 1, 7)

STATEMENTS_16 = (
    "John Eklöf (M), Farishta Sulaiman (M) och Anton Sauer (C) avser lämna in ett gemensamt "
    "särskilt yttrande, bilaga 12.\n\n"
    "Magnus Olsson (SD) och Anders Olin (SD) avser lämna in ett särskilt yttrande, bilaga 13."
)

BASIS_16 = (
    "Förslag till beslut KSAU 251208 §564 med särskilt yttrande (M) Återrapportering kring "
    "kraftsamlande insatser",
    *BASIS_16_FREE,
    "Beslut KF 240926 § 189 med reservation (SD) och särskilt yttrande (M+C) Uppdrag budget "
    "2023 - Definiera och starta ett (STK-2023-137-50)",
    "Remissvar grundskolenämnden",
    "Grundskolenämnden beslut 250619 § 93 Särskilt yttrande (SD)",
)

PLACEHOLDER_12 = (
    "Vid kommunstyrelsens sammanträde den 7 januari 2026 reserverade sig John Eklöf (M), "
    "Farishta Sulaiman (M) och Anton Sauer (C) mot beslutet och meddelade avsikt att inkomma "
    "med ett särskilt yttrande. Särskilt yttrande har inte inkommit vid tidpunkt för justering."
)

YTTRANDE_13 = (
    "Kommunfullmäktige beslutade den 26 september 2024 §189 att ge kommunstyrelsen "
    "samordningsansvaret för kraftsamlande insatser och även uppdraget att utarbeta formerna "
    "för processen i stort, ta fram förslag på geografiska områden samt föreslå vilka nämnder "
    "och bolag som ska få ett särskilt ansvar i det fortsatta arbetet.\n\n"
    "Vi välkomnar att styret och stadskontoret har lyssnat in på de olika inspel, synpunkter "
    "och förslag som framkommit."
)


def paragraph_16(paragraph_id: int = 16, number: int = 16) -> ParagraphDoc:
    return ParagraphDoc(
        paragraph_id=paragraph_id,
        label=f"§ {number}",
        title="Återrapportering kring kraftsamlande insatser",
        case_number="STK-2024-1374",
        sections=(
            Section("Sammanfattning", (Text(SUMMARY_16),)),
            Section("Beslut", (
                Text("Kommunstyrelsen föreslår kommunfullmäktige besluta"),
                NumberedList(("Kommunfullmäktige godkänner återrapporteringen av uppdraget "
                              "kring kraftsamlande insatser.",)),
            )),
            Section("Reservationer och särskilda yttranden", (Text(STATEMENTS_16),)),
            Section("Beslutsunderlag", (BulletList(BASIS_16),)),
        ),
    )


def appendix_12() -> AppendixDoc:
    return AppendixDoc(
        number=12, title="Särskilt yttrande",
        reference="§ 16. Återrapportering kring kraftsamlande insatser",
        blocks=(Text(PLACEHOLDER_12), SignatureLines(("Pamela Lindqvist", "Nämndsekreterare"))),
        paragraph_id=16,
    )


def appendix_13() -> AppendixDoc:
    return AppendixDoc(
        number=13, title="Särskilt yttrande",
        reference="STK-2024-1374 Återrapportering kring kraftsamlande insatser",
        blocks=(Text(YTTRANDE_13),
                SignatureLines(("Kommunstyrelsen 2026-01-07", "", "Magnus Olsson (SD)",
                                "Anders Olin (SD)", "", "Med instämmande av",
                                "Anders Pripp (SD)"))),
        paragraph_id=16,
    )


FRONT_FIELDS = (
    LabelledValue("Plats och tid", ("Stadshuset, Malmö, 2026-01-07 kl. 13:00–15:10",)),
    LabelledValue("Beslutande", (
        "Anna Svensson (S), ordförande",
        "John Eklöf (M), förste vice ordförande",
        "Magnus Olsson (SD), andre vice ordförande",
        "Farishta Sulaiman (M)",
        "Anton Sauer (C)",
        "Anders Olin (SD)",
        "Karin Pleijel (MP)",
        "Łukasz Wiśniewski (V), tjänstgörande ersättare för Eva Ström (V)",
    )),
    LabelledValue("Övriga närvarande", (
        "Anders Pripp (SD), ersättare",
        "Zeynep Yılmaz Şahin (L), ersättare",
        "Søren Müller-Lüdenscheidt, stadsdirektör",
        "Pamela Lindqvist, nämndsekreterare",
    )),
    LabelledValue("Utses att justera", ("John Eklöf (M)",)),
    LabelledValue("Justeringens plats och tid", ("Stadshuset, 2026-01-14 kl. 10:00",)),
)

SIGNATURES = (
    SignatureField("Sekreterare", "Pamela Lindqvist", "Paragrafer 1–16"),
    SignatureField("Ordförande", "Anna Svensson"),
    SignatureField("Justerande", "John Eklöf"),
)

POSTING = (
    LabelledValue("ANSLAG/BEVIS", ("Protokollet är justerat. Justeringen har tillkännagivits "
                                   "genom anslag.",)),
    LabelledValue("Organ", ("Kommunstyrelsen",)),
    LabelledValue("Sammanträdesdatum", ("2026-01-07",)),
    LabelledValue("Datum då anslaget sätts upp", ("2026-01-15",)),
    LabelledValue("Datum då anslaget tas ned", ("2026-02-06",)),
    LabelledValue("Sista dag för överklagande", ("2026-02-05",)),
    LabelledValue("Förvaringsplats för protokollet", ("Stadskontoret, August Palms plats 1, "
                                                      "Malmö",)),
    LabelledValue("Underskrift", ("", "Pamela Lindqvist")),
)


def seed_minutes(*, final: bool = False) -> MinutesDoc:
    """Kommunstyrelsen 2026-01-07 with § 16 and bilagor 12 and 13."""
    return MinutesDoc(
        organisation="Malmö stad",
        body_name="Kommunstyrelsen",
        meeting_date=MEETING_DAY,
        heading="Sammanträdesprotokoll",
        is_final=final,
        front_fields=FRONT_FIELDS,
        signatures=SIGNATURES,
        posting_fields=POSTING if final else (),
        paragraphs=(paragraph_16(),),
        appendices=(appendix_13(), appendix_12()),
        title="Sammanträdesprotokoll Kommunstyrelsen 2026-01-07",
        subject="Kommunstyrelsen, sammanträde 2026-01-07, paragraf 16",
        keywords=("STK-2024-1374",),
    )


def voting_table(rows: int) -> Table:
    choices = ("Ja", "Nej", "Avstår")
    return Table(("Ledamot", "Parti", "Röst"),
                 tuple((f"Ledamot nummer {i}", ("S", "M", "SD", "C", "V")[i % 5],
                        choices[i % 3]) for i in range(rows)))


def generated_minutes(paragraphs: int = 40, appendices: int = 10, *, final: bool = False,
                      day: date = MEETING_DAY, first_number: int = 1) -> MinutesDoc:
    """A larger meeting built from the seed paragraph: every § a variation of § 16."""
    docs = []
    for index in range(paragraphs):
        number = first_number + index
        doc = paragraph_16(paragraph_id=number, number=number)
        if index % 4 == 0:
            voting = Section("Omröstning", (Text("Omröstning begärs."), voting_table(15)))
            doc = replace(doc, sections=(*doc.sections, voting))
        docs.append(doc)
    bilagor = tuple(
        replace(appendix_12() if n % 2 else appendix_13(), number=n,
                paragraph_id=first_number + (n - 1) % max(paragraphs, 1))
        for n in range(1, appendices + 1)
    )
    last = first_number + paragraphs - 1
    return replace(
        seed_minutes(final=final), meeting_date=day, paragraphs=tuple(docs),
        appendices=bilagor,
        signatures=(SignatureField("Sekreterare", "Pamela Lindqvist",
                                   f"Paragrafer {first_number}–{last}"), *SIGNATURES[1:]),
    )
