# SPDX-License-Identifier: EUPL-1.2
"""The two reference paragraphs (../shared/seeds) entered as structured data, via the services.

Only what the services do not own is written at ORM level: the organisation, parties,
bodies, persons and memberships (tests/factories.py), eleven earlier bilagor of the KS
meeting (documents, so that the statements of § 16 become bilaga 12 and 13), and the state
changes of the justering workflow (another service), emulated around the two functions the
justering service calls: statements.assign_appendix_numbers and close_open_promises.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from kraftdesk.domain.enums import (
    AppendixKind,
    AttendanceKind,
    BasisRefKind,
    BodyKind,
    MinutesState,
    Role,
    StatementKind,
)
from kraftdesk.register.database import Register
from kraftdesk.register.models import Appendix, Meeting, Membership, Paragraph, Person
from kraftdesk.services import meetings, paragraphs, statements
from kraftdesk.services.meetings import AttendanceEntry, MeetingPlan
from kraftdesk.services.paragraphs import BasisLine
from tests import factories as f
from tests.seed_texts import BASIS_16_FREE, SUMMARY_16

BILAGA_13 = """\
Kommunfullmäktige beslutade den 26 september 2024 §189 att ge kommunstyrelsen \
samordningsansvaret för kraftsamlande insatser och även uppdraget att utarbeta formerna för \
processen i stort, ta fram förslag på geografiska områden samt föreslå vilka nämnder och \
bolag som ska få ett särskilt ansvar i det fortsatta arbetet. Remissinstanserna ställer sig i \
stort positiva till ambitionen kring förslaget med processen kring de kraftsamlande \
insatserna. Men \
flera av instanserna trycker på att det är viktigt att det inte sker dubbla processer. Vidare \
efterlyser remissinstanserna större tydlighet kring långsiktig finansiering, samordning med \
befintliga strukturer och förtydliganden kring organisering och uppföljning. Stadskontoret har, \
efter synpunkterna från remissrundan och den genomförda analysen, landat i bedömningen att det \
redan finns pågående initiativ som angränsar till arbetet med kraftsamlande insatser. \
Fritidsnämnden håller på att starta upp och formera arbetet med lokal utveckling och \
arbetsmarknads- och socialnämnden har påbörjat arbetet med universell prevention. \
Stadskontoret ser en risk att administrationen kring att fördela medel om en summa om 10 \
miljoner kronor till nystartade kraftsamlande insatser skulle överstiga nyttan av dessa.

Vi välkomnar att styret och stadskontoret har lyssnat in på de olika inspel, synpunkter och \
förslag som framkommit."""

SUMMARY_266 = """\
Genom kommunfullmäktiges budgetuppdrag 2023 fick kommunstyrelsen i uppdrag att \
initiera ett långsiktigt områdeslyft (STK-2023-137), senare benämnt kraftsamlande insatser, \
med fokus på barn och unga i utvalda områden. Kommunfullmäktige beslutade den 26 \
september 2024 §189 att ge kommunstyrelsen samordningsansvaret för kraftsamlande \
insatser och även uppdraget att utarbeta formerna för processen i stort. Stadskontoret \
valde inriktningen förebyggande och främjande arbete för att stärka ungas möjligheter att \
studera eller arbeta efter årskurs 9.

Under remissrundan uttryckte nämnderna stöd för ett brett fokus på goda uppväxtvillkor \
för barn och unga upp till 18 år. Stadskontoret gjorde dock bedömningen att liknande \
initiativ redan pågick inom lokal utveckling och universell prevention. Kommunfullmäktige \
beslutade därför att avsatta medel skulle ligga kvar i budgeten till 2026 och kunna användas \
som en katalysator för att förstärka pågående processer och insatser. Under början av 2026 \
har det pågått dialoger på förvaltningsnivå angående vilka insatser som vore relevanta för \
avrop av medel.

Sammanlagt har det inkommit 11 förlag på interventioner och insatser som kan förstärkas \
med hjälp av avrop från kommunstyrelsen. Initiativtagare är arbetsmarknads- och \
socialnämnden, fritidsnämnden, kulturnämnden, gymnasie- och vuxenutbildningsnämnden \
samt MKB."""

# Amounts typed as a secretary might: grouped or not; the composer groups them (Babel).
POINTS_266 = [
    "Kommunstyrelsen beviljar 1100000 kronor till arbetsmarknads- och socialnämnden, "
    "6100000 kronor till fritidsnämnden, 150000 kronor till förskolenämnden, 800000 kronor "
    "till kulturnämnden, 650 000 kronor till gymnasie- och vuxenutbildningsnämnden och "
    "1 200 000 kronor till MKB år 2026 från kommunstyrelsens anslag till förfogande i "
    "enlighet med ärendet om återrapportering kring kraftsamlande insatser (STK-2024-1374).",
    "Kommunstyrelsen godkänner att i de fall tilldelade medel inte utnyttjas av respektive "
    "nämnd ska dessa kunna avropas av annan nämnd efter överenskommelse med stadskontoret.",
]


@dataclass
class SeedIds:
    people: dict[str, int]
    bodies: dict[str, int]
    kf_189: int
    ksau_564: int
    ks_meeting: int
    ks_16: int
    ksau_meeting_266: int
    ksau_266: int
    joint_statement: int  # bilaga 12
    sd_statement: int  # bilaga 13


MEMBERS = {
    "KS": [("Anna Svensson", "S", Role.CHAIR), ("John Eklöf", "M", Role.MEMBER),
           ("Farishta Sulaiman", "M", Role.MEMBER), ("Anton Sauer", "C", Role.MEMBER),
           ("Magnus Olsson", "SD", Role.MEMBER), ("Anders Olin", "SD", Role.MEMBER),
           ("Anders Pripp", "SD", Role.MEMBER)],
    "KSAU": [("Anna Svensson", "S", Role.CHAIR), ("John Eklöf", "M", Role.MEMBER)],
    "KF": [("Karin Berg", "S", Role.CHAIR), ("Magnus Olsson", "SD", Role.MEMBER),
           ("John Eklöf", "M", Role.MEMBER), ("Anton Sauer", "C", Role.MEMBER)],
}


def _people(register: Register) -> tuple[dict[str, int], dict[str, int]]:
    with register.write() as s:
        org = f.organisation(s)
        parties = {a: f.party(s, org, a) for a in ("S", "M", "C", "SD")}
        ks = f.body(s, org)
        bodies = {"KS": ks,
                  "KSAU": f.body(s, org, "KSAU", "Kommunstyrelsens arbetsutskott",
                                 BodyKind.WORKING_COMMITTEE, parent=ks),
                  "KF": f.body(s, org, "KF", "Kommunfullmäktige", BodyKind.ASSEMBLY)}
        people: dict[str, Person] = {}
        for short, members in MEMBERS.items():
            for name, party, role in members:
                if name not in people:
                    people[name] = f.person(s, org, name, parties[party])
                s.add(Membership(person_id=people[name].id, body_id=bodies[short].id,
                                 role=role, starts_on=date(2023, 1, 1)))
        people["Pamela Lindqvist"] = f.person(s, org, "Pamela Lindqvist",
                                              title="Nämndsekreterare")
        return ({n: p.id for n, p in people.items()}, {k: b.id for k, b in bodies.items()})


def _meeting(register: Register, body: int, starts: str, people: dict[str, int],
             members: list[tuple[str, str, Role]], due: str | None = None) -> int:
    chair = next(n for n, _, r in members if r is Role.CHAIR)
    meeting_id = meetings.plan_meeting(register, MeetingPlan(
        body_id=body, starts_at=f.at(starts), place="Rådhuset, Malmö",
        approval_due_at=f.at(due) if due else None, chair_id=people[chair],
        secretary_id=people["Pamela Lindqvist"])).id
    meetings.set_attendance(register, meeting_id, [
        AttendanceEntry(people[n], AttendanceKind.MEMBER) for n, _, _ in members])
    return meeting_id


def _paragraph(register: Register, meeting_id: int, first: int, number: str, title: str,
               case_title: str | None = None) -> int:
    case = paragraphs.find_case(register, number)
    case_id = case.id if case else paragraphs.create_case(register, number,
                                                          case_title or title).id
    pid = paragraphs.add_paragraph(register, meeting_id, title=title, case_id=case_id).id
    paragraphs.number_paragraphs(register, meeting_id, first=first)
    return pid


def _earlier_handlings(register: Register, people: dict[str, int],
                       bodies: dict[str, int]) -> tuple[int, int]:
    kf = _meeting(register, bodies["KF"], "2024-09-26 17:00", people, MEMBERS["KF"])
    kf_189 = _paragraph(register, kf, 189, "STK-2023-137-50",
                        "Uppdrag budget 2023 - Definiera och starta ett områdeslyft")
    statements.announce(register, kf_189, kind=StatementKind.RESERVATION,
                        author_ids=[people["Magnus Olsson"]], promised=False)
    statements.announce(register, kf_189, kind=StatementKind.SPECIAL_STATEMENT,
                        author_ids=[people["John Eklöf"], people["Anton Sauer"]],
                        promised=False, text="Vi står bakom uppdraget.")
    ksau = _meeting(register, bodies["KSAU"], "2025-12-08 09:00", people, MEMBERS["KSAU"])
    ksau_564 = _paragraph(register, ksau, 564, "STK-2024-1374",
                          "Återrapportering kring kraftsamlande insatser")
    statements.announce(register, ksau_564, kind=StatementKind.SPECIAL_STATEMENT,
                        author_ids=[people["John Eklöf"]], promised=False,
                        text="Moderaterna välkomnar återrapporteringen.")
    return kf_189, ksau_564


def _fill_16(register: Register, ks_16: int, kf_189: int, ksau_564: int,
             bodies: dict[str, int]) -> None:
    paragraphs.update_paragraph(register, ks_16, summary=SUMMARY_16,
                                proposes_to_body_id=bodies["KF"])
    paragraphs.set_decision_points(register, ks_16, [
        "Kommunfullmäktige godkänner återrapporteringen av uppdraget kring kraftsamlande "
        "insatser."])
    paragraphs.set_basis(register, ks_16, [
        BasisLine("Återrapportering kring kraftsamlande insatser", ksau_564,
                   BasisRefKind.PROPOSAL),
        *(BasisLine(line) for line in BASIS_16_FREE),
        BasisLine("Uppdrag budget 2023 - Definiera och starta ett (STK-2023-137-50)", kf_189,
                   BasisRefKind.DECISION),
        BasisLine("Remissvar grundskolenämnden"),
        BasisLine("Grundskolenämnden beslut 250619 § 93 Särskilt yttrande (SD)"),
    ])


def _add_earlier_bilagor(register: Register, ks_meeting: int, count: int) -> None:
    """Eleven earlier bilagor of the meeting (documents attached to its first paragraph)."""
    with register.write() as s:
        first = s.scalars(select(Paragraph).where(Paragraph.meeting_id == ks_meeting)
                          .order_by(Paragraph.position)).first()
        for n in range(count):
            s.add(Appendix(meeting_id=ks_meeting, kind=AppendixKind.DOCUMENT,
                           paragraph_id=first.id, title=f"Handling {n + 1}",
                           text=f"Handling {n + 1}."))


def build(register: Register, *, justera: bool = True) -> SeedIds:
    people, bodies = _people(register)
    kf_189, ksau_564 = _earlier_handlings(register, people, bodies)
    ks = _meeting(register, bodies["KS"], "2026-01-07 13:00", people, MEMBERS["KS"],
                  due="2026-01-14 12:00")
    for n in range(1, 16):
        paragraphs.add_paragraph(register, ks, title=f"Ärende {n}")
    ks_16 = _paragraph(register, ks, 1, "STK-2024-1374",
                       "Återrapportering kring kraftsamlande insatser")
    _fill_16(register, ks_16, kf_189, ksau_564, bodies)
    _add_earlier_bilagor(register, ks, 11)
    joint = statements.announce(
        register, ks_16, kind=StatementKind.SPECIAL_STATEMENT, with_reservation=True,
        author_ids=[people["John Eklöf"], people["Farishta Sulaiman"], people["Anton Sauer"]]).id
    sd = statements.announce(
        register, ks_16, kind=StatementKind.SPECIAL_STATEMENT,
        author_ids=[people["Magnus Olsson"], people["Anders Olin"]],
        concurring_ids=[people["Anders Pripp"]]).id
    ksau_266_meeting = _meeting(register, bodies["KSAU"], "2026-04-20 09:00", people,
                                MEMBERS["KSAU"])
    ksau_266 = _paragraph(register, ksau_266_meeting, 266, "STK-2026-580",
                          "Fördelning av medel avseende kraftsamlande insatser 2026")
    paragraphs.update_paragraph(register, ksau_266, summary=SUMMARY_266,
                                proposes_to_body_id=bodies["KS"])
    paragraphs.set_decision_points(register, ksau_266, POINTS_266)
    paragraphs.set_basis(register, ksau_266, [
        BasisLine("G-Tjänsteskrivelse KSAU 260420 Fördelning av medel avseende "
                   "kraftsamlande insatser"),
        BasisLine("Tjänsteskrivelse KSAU 251208 Återrapportering kring kraftsamlande "
                   "insatser(STK-2024-1374)")])
    ids = SeedIds(people, bodies, kf_189, ksau_564, ks, ks_16, ksau_266_meeting, ksau_266,
                  joint, sd)
    if justera:
        justera_ks(register, ids)
    return ids


def send_for_justering(register: Register, meeting_id: int, on: date) -> None:
    """What the justering service does when the minutes are sent (emulated)."""
    with register.write() as s:
        meeting = s.get_one(Meeting, meeting_id)
        meeting.minutes_state = MinutesState.SENT_FOR_APPROVAL
        meeting.sent_for_approval_on = on
        s.flush()
        statements.assign_appendix_numbers(s, meeting_id)


def approve(register: Register, meeting_id: int, now: datetime) -> list[int]:
    """What the justering service does at justering (emulated)."""
    with register.write() as s:
        closed = statements.close_open_promises(s, meeting_id, now=now)
        meeting = s.get_one(Meeting, meeting_id)
        meeting.minutes_state = MinutesState.APPROVED
        meeting.approved_on = now.date()
        return closed


def justera_ks(register: Register, ids: SeedIds) -> None:
    send_for_justering(register, ids.ks_meeting, date(2026, 1, 8))
    statements.receive(register, ids.sd_statement, received_at=f.at("2026-01-13 16:20"),
                       text=BILAGA_13)
    approve(register, ids.ks_meeting, f.at("2026-01-14 12:00"))
