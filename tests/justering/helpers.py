# SPDX-License-Identifier: EUPL-1.2
"""A meeting with everything the minutes can hold, built with the ORM (no drafting services)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from kraftdesk.domain.enums import (
    AppendixKind,
    AttendanceKind,
    BallotChoice,
    MinutesState,
    ParagraphAttendanceKind,
    ProposalKind,
    StatementKind,
    StatementState,
)
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Appendix,
    Attendance,
    Ballot,
    DecisionPoint,
    Distribution,
    Meeting,
    MeetingApprover,
    Paragraph,
    ParagraphAttendance,
    ParagraphSection,
    Person,
    Proposal,
    ProposalAuthor,
    Statement,
    StatementAuthor,
    StatementConcurrence,
    StoredFile,
    Vote,
)
from kraftdesk.register.seal import store_file
from tests import factories as f


def _one_page_pdf() -> bytes:
    """A real one-page PDF, as a received written reservation would be."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.drawString(72, 760, "Reservation (SD) i ärende § 16")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


PDF = _one_page_pdf()


@dataclass(frozen=True)
class Built:
    meeting_id: int
    paragraph_ids: tuple[int, ...]  # § 16, § 17
    chair_id: int
    approver_id: int
    promised_statement_id: int
    received_statement_id: int
    file_id: int


def build_meeting(register: Register, *, day: str = "2026-01-07",
                  state: MinutesState = MinutesState.DRAFT, promised: bool = True) -> Built:
    """KS:<day> with § 16 (full) and § 17 (short), a promised and a received statement.

    Written as the interchange writes justerade minutes: the meeting as a draft first, then
    everything under it, then (for `state`) the meeting's state.
    """
    with register.write() as s:
        org = f.organisation(s)
        ks = f.body(s, org)
        m, sd = f.party(s, org, "M", "Moderaterna"), f.party(s, org, "SD", "Sverigedemokraterna")
        people = (f.person(s, org, "Anna Andersson", m, body_row=ks, pronoun="hon"),
                  f.person(s, org, "Bo Berg", sd, body_row=ks, pronoun="han"),
                  f.person(s, org, "Cecilia Ceder", sd, body_row=ks, pronoun="hon"))
        secretary = f.person(s, org, "Sara Sekreterare", title="Nämndsekreterare")
        meeting = Meeting(body_id=ks.id, starts_at=f.at(f"{day} 13:00"),
                          ends_at=f.at(f"{day} 15:10"), place="Rådhuset, Malmö",
                          approval_due_at=f.at(f"{day} 13:00").replace(day=14),
                          chair_id=people[0].id, secretary_id=secretary.id,
                          minutes_state=MinutesState.DRAFT)
        s.add(meeting)
        s.flush()
        s.add_all([Attendance(meeting_id=meeting.id, person_id=p.id, kind=AttendanceKind.MEMBER,
                              position=i) for i, p in enumerate(people)])
        s.add(MeetingApprover(meeting_id=meeting.id, person_id=people[1].id, position=1))
        p16 = _paragraph(s, meeting, ks.id, 16, 1, "Återrapportering kring kraftsamlande insatser")
        p17 = _paragraph(s, meeting, ks.id, 17, 2, "Anmälan av delegationsbeslut")
        _parts(s, p16, p17, people)
        received, waiting, pdf = _statements(s, meeting, p16, people, day, promised)
        if state is not MinutesState.DRAFT:
            _advance(s, meeting, state, date.fromisoformat(day))
        return Built(meeting.id, (p16.id, p17.id), people[0].id, people[1].id, waiting.id,
                     received.id, pdf.id)


def _parts(s: Session, p16: Paragraph, p17: Paragraph, people: tuple[Person, ...]) -> None:
    chair, approver, third = people
    s.add_all([
        DecisionPoint(paragraph_id=p16.id, position=1, text="Rapporten godkänns."),
        DecisionPoint(paragraph_id=p16.id, position=2, text="Ärendet anses besvarat."),
        Distribution(paragraph_id=p16.id, position=1, recipient="Stadskontoret"),
        ParagraphSection(paragraph_id=p16.id, position=1, heading="Yttrande", body="Text."),
        ParagraphAttendance(paragraph_id=p17.id, person_id=third.id,
                            kind=ParagraphAttendanceKind.RECUSED),
        DecisionPoint(paragraph_id=p17.id, position=1, text="Anmälan läggs till handlingarna."),
    ])
    proposal = Proposal(paragraph_id=p16.id, position=1, kind=ProposalKind.REJECTION)
    s.add(proposal)
    s.flush()
    s.add(ProposalAuthor(proposal_id=proposal.id, person_id=approver.id, position=1))
    vote = Vote(paragraph_id=p16.id, position=1, yes_meaning="bifall till förslaget",
                no_meaning="avslag", no_proposal_id=proposal.id)
    s.add(vote)
    s.flush()
    s.add_all([Ballot(vote_id=vote.id, person_id=p.id, choice=c) for p, c in
               ((chair, BallotChoice.YES), (approver, BallotChoice.NO),
                (third, BallotChoice.NO))])


def _statements(s: Session, meeting: Meeting, p16: Paragraph, people: tuple[Person, ...],
                day: str, promised: bool) -> tuple[Statement, Statement, StoredFile]:
    _, approver, third = people
    pdf = store_file(s, PDF, filename="reservation-sd.pdf", media_type="application/pdf")
    received = Statement(paragraph_id=p16.id, position=1, kind=StatementKind.RESERVATION,
                         state=StatementState.RECEIVED, received_at=f.at(f"{day} 18:00"),
                         file_id=pdf.id)
    waiting = Statement(paragraph_id=p16.id, position=2, kind=StatementKind.SPECIAL_STATEMENT,
                        state=StatementState.PROMISED if promised else StatementState.RECEIVED,
                        deadline=f.at(f"{day} 13:00").replace(day=14),
                        received_at=None if promised else f.at(f"{day} 19:00"),
                        text=None if promised else "Vi anser att rapporten är bra.")
    s.add_all([received, waiting])
    s.flush()
    s.add_all([StatementAuthor(statement_id=received.id, person_id=approver.id, position=1),
               StatementConcurrence(statement_id=received.id, person_id=third.id, position=1),
               StatementAuthor(statement_id=waiting.id, person_id=third.id, position=1),
               Appendix(meeting_id=meeting.id, kind=AppendixKind.STATEMENT, paragraph_id=p16.id,
                        statement_id=received.id, title="Reservation", file_id=pdf.id),
               Appendix(meeting_id=meeting.id, kind=AppendixKind.STATEMENT, paragraph_id=p16.id,
                        statement_id=waiting.id, title="Särskilt yttrande")])
    s.flush()
    return received, waiting, pdf


def _paragraph(s: Session, meeting: Meeting, body_id: int, number: int, position: int,
               title: str) -> Paragraph:
    row = Paragraph(meeting_id=meeting.id, body_id=body_id, series="2026", number=number,
                    position=position, title=title, summary=f"Sammanfattning av § {number}.")
    s.add(row)
    s.flush()
    return row


def _advance(s: Session, meeting: Meeting, state: MinutesState, day: date) -> None:
    meeting.minutes_state = MinutesState.SENT_FOR_APPROVAL
    meeting.sent_for_approval_on = day
    if state is MinutesState.APPROVED:
        meeting.minutes_state = MinutesState.APPROVED
        meeting.approved_on = day.replace(day=day.day + 7)
    s.flush()
