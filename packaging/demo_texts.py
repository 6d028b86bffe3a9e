# SPDX-License-Identifier: EUPL-1.2
"""The texts of the demo register (packaging/make_demo.py).

The first part is verbatim from the published protocols of Malmö stad (../shared/seeds,
including their own spelling, "förlag" and "insatser(STK-2024-1374)"); the second part is
invented example text, marked as such in docs/demo.md.
"""

from __future__ import annotations

# --- From the published protocols (seeds 000 and 001), verbatim. ----------------------

S16_TITLE = "Återrapportering kring kraftsamlande insatser"
S16_SUMMARY = "\n\n".join([
    "Kommunfullmäktige beslutade den 26 september 2024 §189 att ge kommunstyrelsen "
    "samordningsansvaret för kraftsamlande insatser och även uppdraget att utarbeta formerna "
    "för processen i stort, ta fram förslag på geografiska områden samt föreslå vilka nämnder "
    "och bolag som ska få ett särskilt ansvar i det fortsatta arbetet.",
    "Remissinstanserna ställer sig i stort positiva till ambitionen kring förslaget med "
    "processen kring de kraftsamlande insatserna. Men flera av instanserna trycker på att det "
    "är viktigt att det inte sker dubbla processer. Vidare efterlyser remissinstanserna större "
    "tydlighet kring långsiktig finansiering, samordning med befintliga strukturer och "
    "förtydliganden kring organisering och uppföljning.",
    "Stadskontoret har, efter synpunkterna från remissrundan och den genomförda analysen, "
    "landat i bedömningen att det redan finns pågående initiativ som angränsar till arbetet "
    "med kraftsamlande insatser. Fritidsnämnden håller på att starta upp och formera arbetet "
    "med lokal utveckling och arbetsmarknads- och socialnämnden har påbörjat arbetet med "
    "universell prevention. Stadskontoret ser en risk att administrationen kring att fördela "
    "medel om en summa om 10 miljoner kronor till nystartade kraftsamlande insatser skulle "
    "överstiga nyttan av dessa.",
    "I förslaget till kommunfullmäktiges budget finns avsatt 10 miljoner kronor för 2026. "
    "Stadskontorets bedömning är att dessa medel fortfarande ska avsättas i budgeten men "
    "avropas vid behov under året för att stötta processerna kring lokal utveckling och "
    "universell prevention med barn och unga som främsta målgrupp.",
])
S16_DECISION = ("Kommunfullmäktige godkänner återrapporteringen av uppdraget kring "
                "kraftsamlande insatser.")
S16_BASIS_FREE = [
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
S16_BASIS_AFTER_KF = ["Remissvar grundskolenämnden",
                      "Grundskolenämnden beslut 250619 § 93 Särskilt yttrande (SD)"]
KF189_DOCUMENT = "Uppdrag budget 2023 - Definiera och starta ett (STK-2023-137-50)"
BILAGA_12 = (
    "§ 16. Återrapportering kring kraftsamlande insatser\n\n"
    "Vid kommunstyrelsens sammanträde den 7 januari 2026 reserverade sig John Eklöf (M), "
    "Farishta Sulaiman (M) och Anton Sauer (C) mot beslutet och meddelade avsikt att inkomma "
    "med ett särskilt yttrande. Särskilt yttrande har inte inkommit vid tidpunkt för "
    "justering.\n\nPamela Lindqvist\nNämndsekreterare"
)
BILAGA_13 = (
    "Kommunfullmäktige beslutade den 26 september 2024 §189 att ge kommunstyrelsen "
    "samordningsansvaret för kraftsamlande insatser och även uppdraget att utarbeta formerna "
    "för processen i stort, ta fram förslag på geografiska områden samt föreslå vilka nämnder "
    "och bolag som ska få ett särskilt ansvar i det fortsatta arbetet. Remissinstanserna "
    "ställer sig i stort positiva till ambitionen kring förslaget med processen kring de "
    "kraftsamlande insatserna. Men flera av instanserna trycker på att det är viktigt att det "
    "inte sker dubbla processer. Vidare efterlyser remissinstanserna större tydlighet kring "
    "långsiktig finansiering, samordning med befintliga strukturer och förtydliganden kring "
    "organisering och uppföljning. Stadskontoret har, efter synpunkterna från remissrundan och "
    "den genomförda analysen, landat i bedömningen att det redan finns pågående initiativ som "
    "angränsar till arbetet med kraftsamlande insatser. Fritidsnämnden håller på att starta upp "
    "och formera arbetet med lokal utveckling och arbetsmarknads- och socialnämnden har "
    "påbörjat arbetet med universell prevention. Stadskontoret ser en risk att administrationen "
    "kring att fördela medel om en summa om 10 miljoner kronor till nystartade kraftsamlande "
    "insatser skulle överstiga nyttan av dessa.\n\n"
    "Vi välkomnar att styret och stadskontoret har lyssnat in på de olika inspel, synpunkter "
    "och förslag som framkommit."
)
S266_TITLE = "Fördelning av medel avseende kraftsamlande insatser 2026"
S266_SUMMARY = "\n\n".join([
    "Genom kommunfullmäktiges budgetuppdrag 2023 fick kommunstyrelsen i uppdrag att initiera "
    "ett långsiktigt områdeslyft (STK-2023-137), senare benämnt kraftsamlande insatser, med "
    "fokus på barn och unga i utvalda områden. Kommunfullmäktige beslutade den 26 september "
    "2024 §189 att ge kommunstyrelsen samordningsansvaret för kraftsamlande insatser och även "
    "uppdraget att utarbeta formerna för processen i stort. Stadskontoret valde inriktningen "
    "förebyggande och främjande arbete för att stärka ungas möjligheter att studera eller "
    "arbeta efter årskurs 9.",
    "Under remissrundan uttryckte nämnderna stöd för ett brett fokus på goda uppväxtvillkor "
    "för barn och unga upp till 18 år. Stadskontoret gjorde dock bedömningen att liknande "
    "initiativ redan pågick inom lokal utveckling och universell prevention. "
    "Kommunfullmäktige beslutade därför att avsatta medel skulle ligga kvar i budgeten till "
    "2026 och kunna användas som en katalysator för att förstärka pågående processer och "
    "insatser. Under början av 2026 har det pågått dialoger på förvaltningsnivå angående "
    "vilka insatser som vore relevanta för avrop av medel.",
    "Sammanlagt har det inkommit 11 förlag på interventioner och insatser som kan förstärkas "
    "med hjälp av avrop från kommunstyrelsen. Initiativtagare är arbetsmarknads- och "
    "socialnämnden, fritidsnämnden, kulturnämnden, gymnasie- och vuxenutbildningsnämnden "
    "samt MKB.",
])
S266_DECISIONS = [
    "Kommunstyrelsen beviljar 1 100 000 kronor till arbetsmarknads- och socialnämnden, "
    "6 100 000 kronor till fritidsnämnden, 150 000 kronor till förskolenämnden, 800 000 "
    "kronor till kulturnämnden, 650 000 kronor till gymnasie- och vuxenutbildningsnämnden "
    "och 1 200 000 kronor till MKB år 2026 från kommunstyrelsens anslag till förfogande i "
    "enlighet med ärendet om återrapportering kring kraftsamlande insatser (STK-2024-1374).",
    "Kommunstyrelsen godkänner att i de fall tilldelade medel inte utnyttjas av respektive "
    "nämnd ska dessa kunna avropas av annan nämnd efter överenskommelse med stadskontoret.",
]
S266_BASIS = [
    "G-Tjänsteskrivelse KSAU 260420 Fördelning av medel avseende kraftsamlande insatser",
    "Tjänsteskrivelse KSAU 251208 Återrapportering kring kraftsamlande insatser(STK-2024-1374)",
]


# --- Invented example texts (docs/demo.md). --------------------------------------------

KF189_TITLE = "Uppdrag budget 2023 - Definiera och starta ett områdeslyft"
KF189_SUMMARY = (
    "Genom kommunfullmäktiges budgetuppdrag 2023 fick kommunstyrelsen i uppdrag att initiera "
    "ett långsiktigt områdeslyft, senare benämnt kraftsamlande insatser, med fokus på barn och "
    "unga i utvalda områden. Kommunstyrelsen har återkommit med förslag till hur arbetet ska "
    "samordnas och organiseras."
)
KF189_DECISIONS = (
    "Kommunfullmäktige ger kommunstyrelsen samordningsansvaret för kraftsamlande insatser.",
    "Kommunfullmäktige ger kommunstyrelsen i uppdrag att utarbeta formerna för processen i "
    "stort, ta fram förslag på geografiska områden samt föreslå vilka nämnder och bolag som "
    "ska få ett särskilt ansvar i det fortsatta arbetet.",
)
KF189_STATEMENT = (
    "Vi ställer oss bakom att kommunstyrelsen får samordningsansvaret, men vill att uppdraget "
    "följs upp med tydliga mål och en plan för långsiktig finansiering innan medel fördelas."
)
KSAU564_DECISION = ("Kommunstyrelsen föreslår kommunfullmäktige att godkänna "
                    "återrapporteringen av uppdraget kring kraftsamlande insatser.")
KSAU564_STATEMENT = (
    "Vi delar bedömningen att dubbla processer ska undvikas. De medel som avsätts bör följas "
    "upp särskilt, så att det går att se vilken nytta de gör för barn och unga i de utvalda "
    "områdena."
)
EX412_TITLE = "Uppföljning av medel för kraftsamlande insatser 2026"
EX412_SUMMARY = (
    "Kommunstyrelsen beviljade i april 2026 medel till fem nämnder och MKB för att förstärka "
    "pågående insatser inom lokal utveckling och universell prevention. Stadskontoret "
    "redovisar hur medlen har använts hittills under året."
)
EX412_DECISION = "Kommunstyrelsen lägger redovisningen till handlingarna."
EX412_BASIS = ("Tjänsteskrivelse KS 261202 Uppföljning av medel för kraftsamlande insatser 2026",)
EX412_NOTE = ("Miljöpartiet vill att nästa redovisning också visar hur insatserna har nått "
              "barn och unga i de utvalda områdena.")
EX413_CASE = "Motion om utökade öppettider på fritidsgårdar"
EX413_TITLE = "Svar på motion om utökade öppettider på fritidsgårdar"
EX413_SUMMARY = (
    "Maria Sjöberg (V) föreslår i en motion att fritidsgårdarna i de utvalda områdena ska hålla "
    "öppet till klockan 22 även på vardagar. Fritidsnämnden bedömer att frågan ryms i det "
    "pågående arbetet med lokal utveckling. Stadskontoret föreslår att motionen avslås."
)
EX413_DECISION = "Kommunfullmäktige avslår motionen."
EX413_BASIS = ("Tjänsteskrivelse KS 261202 Svar på motion om utökade öppettider på fritidsgårdar",
               "Motion från Maria Sjöberg (V)", "Fritidsnämndens yttrande 261015 § 142")
