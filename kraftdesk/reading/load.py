# SPDX-License-Identifier: EUPL-1.2
"""Reading the register into the text layer's plain values (the composition and the views use them).

Every loader takes many ids and reads each table once (`IN (…)`), so composing a whole
meeting or a year of paragraphs costs a fixed number of queries, not one per row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import participation
from kraftdesk.domain.enums import ParagraphAttendanceKind
from kraftdesk.domain.values import (
    BallotValue,
    BasisLine,
    BodyName,
    FreeSection,
    HandlingRef,
    MeetingValue,
    OrganisationTexts,
    PersonName,
    ProposalValue,
    StatementValue,
    VoteValue,
)
from kraftdesk.reading import appendices, support
from kraftdesk.register.models import (
    Appendix,
    Attendance,
    Ballot,
    BasisDocument,
    Body,
    Case,
    DecisionPoint,
    Distribution,
    Meeting,
    Paragraph,
    ParagraphAttendance,
    ParagraphCase,
    ParagraphSection,
    Person,
    Proposal,
    ProposalAuthor,
    Statement,
    StatementAuthor,
    StatementConcurrence,
    Vote,
)


def texts(session: Session) -> OrganisationTexts:
    org = support.organisation(session)
    return OrganisationTexts(org.special_statement_not_received_text,
                             org.reservation_not_received_text, org.distribution_heading,
                             org.reservation_received_text)


def people(session: Session, ids: Iterable[int | None]) -> dict[int, PersonName]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.scalars(select(Person).where(Person.id.in_(wanted))).all()
    return {p.id: support.person_name(p) for p in rows}


def body_name(body: Body) -> BodyName:
    return support.body_name(body)


def meeting_value(session: Session, meeting: Meeting) -> MeetingValue:
    body = session.get_one(Body, meeting.body_id)
    secretary = people(session, [meeting.secretary_id]).get(meeting.secretary_id or -1)
    return MeetingValue(body_name(body), meeting.starts_at, secretary)


def by_key(rows: Iterable[tuple[int, object]]) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for key, value in rows:
        grouped[key].append(value)
    return grouped


def _authors(session: Session, model: type, key: str, ids: Collection[int]) -> dict[int, list]:
    column = getattr(model, key)
    rows = session.execute(select(column, model.person_id).where(column.in_(ids))
                           .order_by(column, model.position)).all()
    return by_key(rows)


def proposals(session: Session, paragraph_ids: Collection[int]) -> dict[int, list[ProposalValue]]:
    """Proposals not withdrawn, per paragraph, in order."""
    rows = session.scalars(select(Proposal).where(Proposal.paragraph_id.in_(paragraph_ids),
                                                  Proposal.withdrawn.is_(False))
                           .order_by(Proposal.paragraph_id, Proposal.position)).all()
    authors = _authors(session, ProposalAuthor, "proposal_id", [p.id for p in rows])
    names = people(session, (pid for ids in authors.values() for pid in ids))
    return by_key((p.paragraph_id, ProposalValue(
        p.kind, tuple(names[a] for a in authors.get(p.id, [])), p.subject, p.text, p.adopted,
        p.id)) for p in rows)


def proposal_values(session: Session, proposal_ids: Collection[int]) -> dict[int, ProposalValue]:
    """Proposals by id, withdrawn or not (for a vote's sides and "till förmån för")."""
    rows = session.scalars(select(Proposal).where(Proposal.id.in_(proposal_ids))).all()
    authors = _authors(session, ProposalAuthor, "proposal_id", [p.id for p in rows])
    names = people(session, (pid for ids in authors.values() for pid in ids))
    return {p.id: ProposalValue(p.kind, tuple(names[a] for a in authors.get(p.id, [])),
                                p.subject, p.text, p.adopted, p.id) for p in rows}


def votes(session: Session, paragraphs: Iterable[Paragraph],
          chair_of: dict[int, int | None]) -> dict[int, list[VoteValue]]:
    """Votes per paragraph with ballots in the order of who may vote (attendance order).

    The chair whose ballot decides a tie is the paragraph's tjänstgörande ordförande when it
    has one, otherwise `chair_of` (the meeting's chair).
    """
    by_id = {p.id: p for p in paragraphs}
    rows = session.scalars(select(Vote).where(Vote.paragraph_id.in_(list(by_id)))
                           .order_by(Vote.paragraph_id, Vote.position)).all()
    if not rows:
        return {}
    ballots = by_key(session.execute(select(Ballot.vote_id, Ballot).where(
        Ballot.vote_id.in_([v.id for v in rows]))).all())
    sides = proposal_values(session, {x for v in rows
                                      for x in (v.yes_proposal_id, v.no_proposal_id) if x})
    result: dict[int, list[VoteValue]] = defaultdict(list)
    parts = participations(session, [by_id[pid] for pid in {v.paragraph_id for v in rows}])
    for paragraph_id in {v.paragraph_id for v in rows}:
        paragraph = by_id[paragraph_id]
        part = parts[paragraph_id]
        acting = paragraph.acting_chair_id is not None
        chair = paragraph.acting_chair_id if acting else chair_of.get(paragraph_id)
        names = people(session, [*part.voter_ids, chair])
        for vote in (v for v in rows if v.paragraph_id == paragraph_id):
            choice = {b.person_id: b.choice for b in ballots.get(vote.id, [])}
            result[paragraph_id].append(VoteValue(
                vote.yes_meaning, vote.no_meaning,
                tuple(BallotValue(names[pid], choice[pid], sub)
                      for pid, sub in part.voters if pid in choice),
                sides.get(vote.yes_proposal_id or -1), sides.get(vote.no_proposal_id or -1),
                names.get(chair) if chair in part.voter_ids else None,
                choice.get(chair) if chair in part.voter_ids else None,
                () if vote.secret else
                tuple(names[pid] for pid, _ in part.voters if pid not in choice),
                acting_chair=acting and chair in part.voter_ids,
                election=vote.election, secret=vote.secret,
                counts=(vote.yes_count, vote.no_count, vote.abstain_count),
                lot_winner=vote.lot_winner))
    return result


def participations(session: Session, paragraphs: Iterable[Paragraph]
                   ) -> dict[int, support.Participation]:
    """Who takes part in each paragraph (kraftdesk.domain.participation), in two queries."""
    by_id = {p.id: p for p in paragraphs}
    if not by_id:
        return {}
    meeting_ids = {p.meeting_id for p in by_id.values()}
    rows = session.execute(
        select(Attendance.meeting_id, Attendance.id, Attendance.person_id, Attendance.kind,
               Attendance.replaces_person_id, Attendance.from_number, Attendance.to_number)
        .where(Attendance.meeting_id.in_(meeting_ids))
        .order_by(Attendance.position, Attendance.id)).all()
    presence: dict[int, list[participation.Presence]] = defaultdict(list)
    for meeting_id, row_id, pid, kind, rep, first, last in rows:
        presence[meeting_id].append(participation.Presence(pid, kind, rep, first, last,
                                                           key=row_id))
    found = session.execute(
        select(ParagraphAttendance.paragraph_id, ParagraphAttendance.id,
               ParagraphAttendance.person_id, ParagraphAttendance.kind,
               ParagraphAttendance.replaces_person_id)
        .where(ParagraphAttendance.paragraph_id.in_(list(by_id)))
        .order_by(ParagraphAttendance.id)).all()
    exceptions: dict[int, list[participation.ParagraphException]] = defaultdict(list)
    for paragraph_id, row_id, pid, kind, rep in found:
        exceptions[paragraph_id].append(participation.ParagraphException(pid, kind, rep,
                                                                         key=row_id))
    return {pid: participation.participation(presence.get(p.meeting_id, []),
                                             exceptions.get(pid, []), p.number,
                                             acting_chair=p.acting_chair_id)
            for pid, p in by_id.items()}


def other_case_numbers(session: Session, paragraph_ids: Collection[int]
                       ) -> dict[int, list[str]]:
    """The further diarienummer of each paragraph, in order."""
    rows = session.execute(select(ParagraphCase.paragraph_id, Case.number)
                           .join(Case, Case.id == ParagraphCase.case_id)
                           .where(ParagraphCase.paragraph_id.in_(paragraph_ids))
                           .order_by(ParagraphCase.paragraph_id, ParagraphCase.position)).all()
    return by_key(rows)


def recused(session: Session, paragraph_ids: Collection[int]) -> dict[int, list[PersonName]]:
    rows = session.execute(select(ParagraphAttendance.paragraph_id, ParagraphAttendance.person_id)
                           .where(ParagraphAttendance.paragraph_id.in_(paragraph_ids),
                                  ParagraphAttendance.kind == ParagraphAttendanceKind.RECUSED)
                           .order_by(ParagraphAttendance.id)).all()
    names = people(session, (pid for _, pid in rows))
    return by_key((par, names[pid]) for par, pid in rows)


def statements(session: Session, paragraph_ids: Collection[int] | None = None, *,
               statement_ids: Collection[int] | None = None
               ) -> list[tuple[int, StatementValue]]:
    """(paragraph id, statement) of the paragraphs (or the statement ids given), in order,
    with bilaga numbers."""
    query = select(Statement)
    if statement_ids is not None:
        query = query.where(Statement.id.in_(statement_ids))
    else:
        query = query.where(Statement.paragraph_id.in_(paragraph_ids or ()))
    rows = session.scalars(query.order_by(Statement.paragraph_id, Statement.position)).all()
    if not rows:
        return []
    ids = [s.id for s in rows]
    authors = _authors(session, StatementAuthor, "statement_id", ids)
    concurring = _authors(session, StatementConcurrence, "statement_id", ids)
    names = people(session, [p for group in (authors, concurring)
                             for persons in group.values() for p in persons])
    favour = proposal_values(session, {s.in_favour_of_proposal_id for s in rows
                                       if s.in_favour_of_proposal_id})
    linked = session.execute(select(Appendix.statement_id, Appendix.id, Appendix.meeting_id)
                         .where(Appendix.statement_id.in_(ids))).all()
    numbers: dict[int, int] = {}
    for meeting_id in {m for _, _, m in linked}:
        numbers |= appendices.numbers(session, session.get_one(Meeting, meeting_id))
    appendix_of = {sid: aid for sid, aid, _ in linked}
    return [(s.paragraph_id, StatementValue(
        s.kind, s.state, tuple(names[p] for p in authors.get(s.id, [])),
        tuple(names[p] for p in concurring.get(s.id, [])),
        numbers.get(appendix_of[s.id]) if s.id in appendix_of else None, s.id in appendix_of,
        favour.get(s.in_favour_of_proposal_id or -1), s.with_reservation, s.text,
        s.file_id is not None, s.deadline, s.id)) for s in rows]


def basis(session: Session, rows: Iterable[BasisDocument]) -> list[BasisLine]:
    """Beslutsunderlag lines; references read the referred handling and its statements."""
    rows = list(rows)
    ref_ids = {b.ref_paragraph_id for b in rows if b.ref_paragraph_id}
    refs: dict[int, tuple[Paragraph, Meeting, Body]] = {}
    if ref_ids:
        refs = {p.id: (p, m, b) for p, m, b in session.execute(
            select(Paragraph, Meeting, Body).join(Meeting, Meeting.id == Paragraph.meeting_id)
            .join(Body, Body.id == Paragraph.body_id).where(Paragraph.id.in_(ref_ids)))}
    by_paragraph = by_key(statements(session, list(ref_ids))) if ref_ids else {}
    lines = []
    for b in rows:
        ref = None
        if b.ref_paragraph_id and b.ref_kind:
            p, m, body = refs[b.ref_paragraph_id]
            ref = HandlingRef(b.ref_kind, body.short_name, m.starts_at.date(), p.number,
                              tuple(by_paragraph.get(p.id, [])))
        lines.append(BasisLine(b.text, b.ref_paragraph_id, b.ref_kind, ref))
    return lines


def simple_parts(session: Session, ids: Collection[int]) -> dict[str, dict[int, list]]:
    """Decision points, free sections, distribution and basis rows per paragraph."""
    def rows(model: type, *columns: object) -> dict[int, list]:
        found = session.execute(select(model.paragraph_id, *columns)
                                .where(model.paragraph_id.in_(ids))
                                .order_by(model.paragraph_id, model.position)).all()
        return by_key((r[0], r[1] if len(r) == 2 else tuple(r[1:])) for r in found)

    return {
        "points": rows(DecisionPoint, DecisionPoint.text),
        "sections": rows(ParagraphSection, ParagraphSection.heading, ParagraphSection.body,
                         ParagraphSection.id),
        "distribution": rows(Distribution, Distribution.recipient),
        "basis": rows(BasisDocument, BasisDocument),
    }


def headers(session: Session, ids: Collection[int]) -> list[tuple[Paragraph, Meeting, Body,
                                                                  str | None]]:
    return [tuple(row) for row in session.execute(
        select(Paragraph, Meeting, Body, Case.number)
        .join(Meeting, Meeting.id == Paragraph.meeting_id)
        .join(Body, Body.id == Paragraph.body_id)
        .outerjoin(Case, Case.id == Paragraph.case_id)
        .where(Paragraph.id.in_(ids)))]


def free_sections(rows: list) -> tuple[FreeSection, ...]:
    return tuple(FreeSection(*row) for row in rows)
