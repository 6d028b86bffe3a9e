# SPDX-License-Identifier: EUPL-1.2
"""Texts of the published § 16 (Malmö KS 2026-01-07, ../shared/seeds/000_…), for tests.

One copy for the tests that build § 16 (through the services, or as a composed document).
The demo register's builder keeps its own (packaging/demo_texts.py), checked against the
seeds by tests/interchange/test_demo.py.
"""

from __future__ import annotations

SUMMARY_16 = """\
Kommunfullmäktige beslutade den 26 september 2024 §189 att ge kommunstyrelsen \
samordningsansvaret för kraftsamlande insatser och även uppdraget att utarbeta formerna \
för processen i stort, ta fram förslag på geografiska områden samt föreslå vilka nämnder \
och bolag som ska få ett särskilt ansvar i det fortsatta arbetet.

Remissinstanserna ställer sig i stort positiva till ambitionen kring förslaget med processen \
kring de kraftsamlande insatserna. Men flera av instanserna trycker på att det är viktigt att \
det inte sker dubbla processer. Vidare efterlyser remissinstanserna större tydlighet kring \
långsiktig finansiering, samordning med befintliga strukturer och förtydliganden kring \
organisering och uppföljning.

Stadskontoret har, efter synpunkterna från remissrundan och den genomförda analysen, \
landat i bedömningen att det redan finns pågående initiativ som angränsar till arbetet med \
kraftsamlande insatser. Fritidsnämnden håller på att starta upp och formera arbetet med \
lokal utveckling och arbetsmarknads- och socialnämnden har påbörjat arbetet med \
universell prevention. Stadskontoret ser en risk att administrationen kring att fördela medel \
om en summa om 10 miljoner kronor till nystartade kraftsamlande insatser skulle överstiga \
nyttan av dessa.

I förslaget till kommunfullmäktiges budget finns avsatt 10 miljoner kronor för 2026. \
Stadskontorets bedömning är att dessa medel fortfarande ska avsättas i budgeten men \
avropas vid behov under året för att stötta processerna kring lokal utveckling och universell \
prevention med barn och unga som främsta målgrupp."""

BASIS_16_FREE = [
    "G-Tjänsteskrivelse KSAU 251208 Återrapportering kring kraftsamlande insatser",
    "Arbetsmarknads- och socialnämndens beslut 250619 § 219 med reservation (M) och (SD)",
    "Remissvar arbetsmarknads- och socialnämnden",
    "Beslut fritidsnämnden 250619 § 91",
    "Remissvar fritidsnämnden",
    "Funktionsstödsnämndens beslut 250623 § 59",
    "Remissvar funktionsstödsnämnden",
    "Förskolenämnden beslut 250611 § 87 Särskilt yttrande (SD)",
    "Remissvar förskolenämnden",
    "Gymnasie- och vuxenutbildningsnämnden beslut 250613 § 95",
    "Remissvar gymnasie- och vuxenutbildningsnämnden",
    "Kulturnämnden beslut 250617 § 79",
    "Remissvar Kulturnämnden",
    "Beslut miljönämnden 250612 § 120 Särskilt yttrande (SD) och (V)",
    "Remissvar miljönämnden",
    "Servicenämndens beslut 250617 §66",
    "Remissvar servicenämnden",
    "Stadsbyggnadsnämnden beslut 250619 § 201",
    "Remissvar stadsbyggnadsnämnden",
    "Tekniska nämnden beslut 250527 § 125",
    "Remissvar tekniska nämnden",
    "Remissvar MINC i Sverige AB",
    "Remissvar MKB",
]
