# SPDX-License-Identifier: EUPL-1.2
"""A kommunfullmäktige meeting rebuilt from an empty register through the services, with
what real protocols of other kommuner hold and kraftdesk could not express before issue 14:

- § 1 a vote with the whole assembly;
- § 2 a member who comes late (from § 2, kl. 17:20), and an ersättare who served for her
  until then (§ 1 only);
- § 3 an ersättare serving for a member in this paragraph only, decided by acclamation;
- § 4 the chair jävig, with a tjänstgörande ordförande, and a tied vote decided by him;
- § 5 justerad omedelbart on the meeting day at 21:40, with its own anslag;
- § 6 an anmälningsärende (no decision: "lägger anmälan till handlingarna");
- § 7 a val with slutna sedlar, tied and settled by lot;
- the närvarolista as bilaga 1, with the three open votes.

People and bodies are set up with the ORM factories (the set-up services are issue 12's);
everything of the meeting goes through kraftdesk.services.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kraftdesk.domain.enums import (
    AttendanceKind,
    BallotChoice,
    BodyKind,
    ParagraphAttendanceKind,
    ParagraphOutcome,
    ProposalKind,
    Role,
    StatementKind,
)
from kraftdesk.register.database import Register
from kraftdesk.register.models import Membership
from kraftdesk.services import justering, meetings, paragraphs, proceedings, statements
from kraftdesk.services.meetings import AttendanceEntry, MeetingPlan, ParagraphAttendanceEntry
from tests import factories as f

YES, NO, ABSTAIN = BallotChoice.YES, BallotChoice.NO, BallotChoice.ABSTAIN

MEMBERS = [  # name, party, role, pronoun
    ("Karin Ahl", "S", Role.CHAIR, "hon"),
    ("Per Berg", "M", Role.VICE_CHAIR, "han"),
    ("Anna Ek", "S", Role.MEMBER, "hon"),
    ("Olle Björk", "S", Role.MEMBER, "han"),
    ("Lena Dahl", "M", Role.MEMBER, "hon"),
    ("Jonas Falk", "SD", Role.MEMBER, "han"),
    ("Maria Gran", "V", Role.MEMBER, "hon"),
]
SUBSTITUTES = [("Sara Holm", "S", "hon"), ("Ivar Lund", "M", "han"), ("Eva Nord", "V", "hon")]
DAY = date(2015, 3, 17)
TERM = (date(2014, 10, 15), date(2018, 10, 14))


@dataclass
class Scenario:
    register: Register
    person: dict[str, int]
    meeting: int
    paragraph: dict[int, int]  # number → id
    body: int


def build(register: Register) -> Scenario:
    person, body = _people(register)
    p = person
    meeting = meetings.plan_meeting(register, MeetingPlan(
        body_id=body, starts_at=datetime(2015, 3, 17, 17, 0),
        ends_at=datetime(2015, 3, 17, 22, 5), place="Stadshuset, sessionssalen",
        approval_due_at=datetime(2015, 3, 24, 10, 0), approval_place="Stadskansliet",
        chair_id=p["Karin Ahl"], secretary_id=p["Berit Sekr"],
        approver_ids=(p["Lena Dahl"], p["Maria Gran"]))).id
    titles = ["Budget 2016", "Motion om cykelvägar", "Taxa för bygglov",
              "Markanvisning Kvarnen 4", "Lån till Vårt Hem AB", "Anmälningar",
              "Val av revisor"]
    ids = {}
    for number, title in enumerate(titles, start=1):
        case = paragraphs.create_case(register, f"KS 2015/{10 + number}", title).id
        ids[number] = paragraphs.add_paragraph(register, meeting, title=title, case_id=case).id
    extra = paragraphs.create_case(register, "KS 2014/99", "Bygglovstaxa, tidigare beslut").id
    paragraphs.set_other_cases(register, ids[3], [extra])
    meetings.set_attendance(register, meeting, [
        AttendanceEntry(p["Karin Ahl"], AttendanceKind.MEMBER),
        AttendanceEntry(p["Per Berg"], AttendanceKind.MEMBER),
        AttendanceEntry(p["Anna Ek"], AttendanceKind.MEMBER, from_number=2,
                        arrived_at=datetime(2015, 3, 17, 17, 20)),
        AttendanceEntry(p["Olle Björk"], AttendanceKind.MEMBER),
        AttendanceEntry(p["Lena Dahl"], AttendanceKind.MEMBER),
        AttendanceEntry(p["Jonas Falk"], AttendanceKind.MEMBER),
        AttendanceEntry(p["Maria Gran"], AttendanceKind.MEMBER),
        AttendanceEntry(p["Sara Holm"], AttendanceKind.SERVING_SUBSTITUTE, p["Anna Ek"],
                        to_number=1),
        AttendanceEntry(p["Sara Holm"], AttendanceKind.SUBSTITUTE, from_number=2),
        AttendanceEntry(p["Ivar Lund"], AttendanceKind.SUBSTITUTE),
        AttendanceEntry(p["Gustav Revisor"], AttendanceKind.OFFICIAL, to_number=2),
    ])
    meetings.set_attendance_appendix(register, meeting, True)
    _decisions(register, ids)
    _votes(register, p, ids)
    _serving(register, p, ids)
    justering.approve_paragraph_immediately(
        register, ids[5], on=DAY, at=datetime(2015, 3, 17, 21, 40),
        approvers=["Lena Dahl", "Maria Gran"], now=datetime(2015, 3, 17, 21, 40))
    return Scenario(register, person, meeting, ids, body)


def _people(register: Register) -> tuple[dict[str, int], int]:
    with register.write() as s:
        org = f.organisation(s, "Kvarnby kommun")
        parties = {a: f.party(s, org, a) for a in ("S", "M", "SD", "V")}
        kf = f.body(s, org, "KF", "Kommunfullmäktige", BodyKind.ASSEMBLY)
        kf.approver_count = 2
        ids = {}
        people = [(n, party, role, pronoun) for n, party, role, pronoun in MEMBERS]
        people += [(n, party, Role.SUBSTITUTE, pronoun) for n, party, pronoun in SUBSTITUTES]
        for name, party, role, pronoun in people:
            ids[name] = f.person(s, org, name, parties[party], pronoun=pronoun).id
            s.add(Membership(person_id=ids[name], body_id=kf.id, role=role,
                             starts_on=TERM[0], ends_on=TERM[1]))
        # Membership ended before the meeting: may not attend.
        ids["Gammal Ledamot"] = f.person(s, org, "Gammal Ledamot", parties["S"]).id
        s.add(Membership(person_id=ids["Gammal Ledamot"], body_id=kf.id, role=Role.MEMBER,
                         starts_on=date(2011, 1, 1), ends_on=date(2014, 12, 31)))
        ids["Berit Sekr"] = f.person(s, org, "Berit Sekr", title="Kommunsekreterare").id
        ids["Gustav Revisor"] = f.person(s, org, "Gustav Revisor", title="Stadsrevisor").id
        return ids, kf.id


def _decisions(register: Register, ids: dict[int, int]) -> None:
    for number in (1, 2, 3, 4, 5):
        paragraphs.set_decision_points(register, ids[number],
                                       [f"Kommunfullmäktige bifaller förslaget i § {number}."])
    paragraphs.update_paragraph(register, ids[6], outcome=ParagraphOutcome.REPORT)
    paragraphs.set_decision_points(register, ids[7], ["Till revisor väljs Kim Alm (S)."])


def _votes(register: Register, p: dict[str, int], ids: dict[int, int]) -> None:
    # § 1: Sara Holm serves for Anna Ek (who comes at § 2).
    a = proceedings.add_proposal(register, ids[1], kind=ProposalKind.APPROVAL,
                                 author_ids=[p["Karin Ahl"]],
                                 subject="kommunstyrelsens förslag").id
    b = proceedings.add_proposal(register, ids[1], kind=ProposalKind.REJECTION,
                                 author_ids=[p["Jonas Falk"]]).id
    proceedings.record_vote(register, ids[1], yes_proposal_id=a, no_proposal_id=b, ballots={
        p["Karin Ahl"]: YES, p["Per Berg"]: NO, p["Sara Holm"]: YES, p["Olle Björk"]: YES,
        p["Lena Dahl"]: NO, p["Jonas Falk"]: NO, p["Maria Gran"]: ABSTAIN})
    statements.announce(register, ids[1], kind=StatementKind.RESERVATION,
                        author_ids=[p["Jonas Falk"]], promised=False,
                        in_favour_of_proposal_id=b)
    # § 2: Anna Ek has come; a vote of all seven members.
    c = proceedings.add_proposal(register, ids[2], kind=ProposalKind.APPROVAL,
                                 author_ids=[p["Anna Ek"]], subject="motionen").id
    d = proceedings.add_proposal(register, ids[2], kind=ProposalKind.REJECTION,
                                 author_ids=[p["Per Berg"]], subject="motionen").id
    proceedings.record_vote(register, ids[2], yes_proposal_id=c, no_proposal_id=d, ballots={
        p["Karin Ahl"]: YES, p["Per Berg"]: NO, p["Anna Ek"]: YES, p["Olle Björk"]: YES,
        p["Lena Dahl"]: NO, p["Jonas Falk"]: NO, p["Maria Gran"]: YES})
    # § 7: a val with slutna sedlar, tied, settled by lot.
    vote = proceedings.record_vote(register, ids[7], yes_meaning="val av Kim Alm (S)",
                                   no_meaning="val av Nils Berg (M)", election=True,
                                   secret=True).id
    proceedings.set_vote_result(register, vote, yes=3, no=3, abstain=1, lot_winner=YES)


def _serving(register: Register, p: dict[str, int], ids: dict[int, int]) -> None:
    # § 3: Olle Björk is away for this paragraph only; Sara Holm serves for him.
    meetings.set_paragraph_attendance(register, ids[3], [
        ParagraphAttendanceEntry(p["Olle Björk"], ParagraphAttendanceKind.ABSENT),
        ParagraphAttendanceEntry(p["Sara Holm"], ParagraphAttendanceKind.SERVING,
                                 p["Olle Björk"])])
    proceedings.add_proposal(register, ids[3], kind=ProposalKind.APPROVAL,
                             author_ids=[p["Sara Holm"]], subject="kommunstyrelsens förslag")
    # § 4: the chair is jävig; Per Berg is tjänstgörande ordförande; Ivar Lund serves for her.
    meetings.set_paragraph_attendance(register, ids[4], [
        ParagraphAttendanceEntry(p["Karin Ahl"], ParagraphAttendanceKind.RECUSED),
        ParagraphAttendanceEntry(p["Ivar Lund"], ParagraphAttendanceKind.SERVING,
                                 p["Karin Ahl"])])
    meetings.set_acting_chair(register, ids[4], p["Per Berg"])
    e = proceedings.add_proposal(register, ids[4], kind=ProposalKind.APPROVAL,
                                 author_ids=[p["Anna Ek"]], subject="kommunstyrelsens förslag").id
    g = proceedings.add_proposal(register, ids[4], kind=ProposalKind.REFERRAL_BACK,
                                 author_ids=[p["Lena Dahl"]]).id
    proceedings.record_vote(register, ids[4], yes_proposal_id=e, no_proposal_id=g, ballots={
        p["Ivar Lund"]: NO, p["Per Berg"]: YES, p["Anna Ek"]: YES, p["Olle Björk"]: NO,
        p["Lena Dahl"]: NO, p["Jonas Falk"]: ABSTAIN, p["Maria Gran"]: YES})
