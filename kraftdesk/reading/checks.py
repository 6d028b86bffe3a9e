# SPDX-License-Identifier: EUPL-1.2
"""The protocol checker: what the minutes of a meeting lack or get wrong (read-only).

    minutes_findings(session, meeting_id) -> list[Finding]          the whole minutes
    minutes_findings(session, meeting_id, paragraph_ids=[…])        those paragraphs only
                                                                    (an omedelbar justering)

The rules are the domain's (kraftdesk.domain.checks says how serious each finding is,
kraftdesk.domain.participation who may vote, propose and reserve, kraftdesk.domain.votes
whether a vote has a result, kraftdesk.domain.personal_numbers what a personnummer is);
the words are kraftdesk.text.checks'. Each finding names its paragraph and field.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import participation
from kraftdesk.domain.calendar import posting_deadline
from kraftdesk.domain.checks import Check, Finding
from kraftdesk.domain.enums import AppendixKind, StatementKind, StatementState
from kraftdesk.domain.personal_numbers import PersonalNumber, find_personal_numbers
from kraftdesk.reading import appendices, load, publication, support
from kraftdesk.register.models import (
    Appendix,
    Attendance,
    BasisDocument,
    Body,
    DecisionPoint,
    Distribution,
    Mark,
    Meeting,
    MeetingApprover,
    Paragraph,
    ParagraphSection,
    Person,
    Proposal,
    Statement,
    StatementAuthor,
    Vote,
)
from kraftdesk.text import checks as words
from kraftdesk.text import formats
from kraftdesk.text.participation import problem_message
from kraftdesk.text.proceedings import count
from kraftdesk.text.vocabulary import STATEMENT_KIND_WORD


def minutes_findings(session: Session, meeting_id: int, *,
                     paragraph_ids: Collection[int] | None = None) -> list[Finding]:
    """Every finding of the minutes (or of the given paragraphs only), meeting first."""
    meeting = support.get(session, Meeting, meeting_id)
    body = session.get_one(Body, meeting.body_id)
    name = _names(session)
    handled = _handled_numbers(session, meeting.id)
    findings: list[Finding] = []
    if paragraph_ids is None:
        findings += _meeting_findings(session, meeting, body, name, handled)
    query = select(Paragraph).where(Paragraph.meeting_id == meeting.id)
    if paragraph_ids is not None:
        query = query.where(Paragraph.id.in_(list(paragraph_ids)))
    paragraphs = session.scalars(query.order_by(Paragraph.position)).all()
    parts = load.participations(session, paragraphs)
    votes = load.votes(session, paragraphs, {p.id: meeting.chair_id for p in paragraphs})
    for paragraph in paragraphs:
        findings += _paragraph_findings(session, meeting, body, paragraph, parts[paragraph.id],
                                        votes.get(paragraph.id, []), name, handled)
    return findings


#: Whether a personnummer found in a text is dealt with (text, the number found).
Handled = Callable[[str, PersonalNumber], bool]


def _handled_numbers(session: Session, meeting_id: int) -> Handled:
    """The numbers the secretary dealt with for the public version: covered by a mark
    (personal data, sekretess) or confirmed as not a personnummer (kraftdesk.reading
    .publication decides, as it does before publishing)."""
    if session.scalar(select(Mark.id).where(Mark.meeting_id == meeting_id).limit(1)) is None:
        return lambda _text, _number: False
    coverage = publication.Coverage(session, meeting_id)
    covered = {(t.text, n.start) for t in coverage.fields
               for n in find_personal_numbers(t.text) if coverage.covers(t, n)}
    confirmed = coverage.confirmed_digits()
    return lambda text, number: (text, number.start) in covered or number.digits in confirmed


def _names(session: Session) -> Callable[[int | None], str]:
    cache: dict[int, str] = {}

    def name(person_id: int | None) -> str:
        if person_id is None:
            return ""
        if person_id not in cache:
            person = session.get(Person, person_id)
            cache[person_id] = support.person_label(person) if person else f"person {person_id}"
        return cache[person_id]

    return name


def _finding(check: Check, number: int | None, field: str, message: str,
             paragraph_id: int | None = None, index: int | None = None) -> Finding:
    return Finding(check, number, words.field_name(field, index), message, paragraph_id)


# --- the minutes as a whole --------------------------------------------------------------------

def _meeting_findings(session: Session, meeting: Meeting, body: Body,
                      name: Callable[[int | None], str], handled: Handled) -> list[Finding]:
    out: list[Finding] = []
    rows = support.presence_rows(session, meeting.id)
    if not rows:
        out.append(_finding(Check.NO_ATTENDANCE, None, "attendance", words.NO_ATTENDANCE))
    else:
        day = meeting.starts_at.date()
        ids = {r.person_id for r in rows} | {r.replaces for r in rows if r.replaces}
        roles = support.roles_on(session, body.id, day, ids)
        numbers = support.meeting_numbers(session, meeting.id)
        for problem in participation.attendance_problems(rows, roles, numbers):
            out.append(_finding(Check.ATTENDANCE, None, "attendance", problem_message(
                problem, name, body=support.body_running(body), day=day, numbers=numbers)))
    if meeting.chair_id is None:
        out.append(_finding(Check.NO_CHAIR, None, "chair", words.NO_CHAIR))
    appointed = session.scalars(select(MeetingApprover.person_id).where(
        MeetingApprover.meeting_id == meeting.id)).first()
    if body.approver_count > 0 and appointed is None:
        out.append(_finding(Check.NO_APPROVERS, None, "approvers", words.NO_APPROVERS))
    if meeting.secretary_id is None:
        out.append(_finding(Check.NO_SECRETARY, None, "secretary", words.NO_SECRETARY))
    if meeting.approved_on is not None and meeting.posted_on is not None:
        deadline = posting_deadline(meeting.approved_on)
        if meeting.posted_on > deadline:
            out.append(_finding(Check.POSTING_LATE, None, "posting",
                                words.posting_late(meeting.posted_on, deadline)))
    texts = [("place", meeting.place)]
    texts += [("attendance", note) for note in session.scalars(
        select(Attendance.note).where(Attendance.meeting_id == meeting.id))]
    texts += [("appendix", text) for text in session.scalars(select(Appendix.text).where(
        Appendix.meeting_id == meeting.id, Appendix.paragraph_id.is_(None)))]
    out += _personal_numbers(None, None, texts, handled)
    return out


# --- one paragraph -----------------------------------------------------------------------------

def _paragraph_findings(session: Session, meeting: Meeting, body: Body, paragraph: Paragraph,
                        part: participation.Participation, votes: list,
                        name: Callable[[int | None], str], handled: Handled) -> list[Finding]:
    n, pid = paragraph.number, paragraph.id
    out: list[Finding] = []
    if n is None:
        out.append(_finding(Check.UNNUMBERED, None, "number",
                            f"{words.UNNUMBERED} ({paragraph.title})", pid))
    points = session.scalars(select(DecisionPoint.text).where(
        DecisionPoint.paragraph_id == pid).order_by(DecisionPoint.position)).all()
    override = (paragraph.formula_override or "").strip()
    if paragraph.outcome is None and not points and not override:
        out.append(_finding(Check.NO_DECISION, n, "decision", words.NO_DECISION, pid))
    if paragraph.outcome is not None and points:
        out.append(_finding(Check.DECISION_AND_NO_DECISION, n, "decision",
                            words.DECISION_AND_NO_DECISION, pid))
    out += _vote_findings(session, paragraph, part, votes)
    rows = support.presence_rows(session, meeting.id)
    what = support.paragraph_what(paragraph)
    for problem in participation.exception_problems(
            rows, support.exception_rows(session, pid), n,
            acting_chair=paragraph.acting_chair_id):
        out.append(_finding(Check.EXCEPTIONS, n, "attendance", problem_message(
            problem, name, body=support.body_running(body), day=meeting.starts_at.date(),
            what=what), pid))
    for conflict in support.conflicts(session, paragraph, part):
        out.append(_finding(Check.CONFLICT, n, _CONFLICT_FIELDS[conflict.what],
                            _conflict(conflict, name(conflict.person_id)), pid))
    chair = meeting.chair_id
    if chair is not None and paragraph.acting_chair_id is None and (
            chair in part.recused or chair in part.absent):
        why = "jävig" if chair in part.recused else "inte närvarande"
        out.append(_finding(Check.CHAIR_OUT, n, "acting_chair", words.chair_out(name(chair), why),
                            pid))
    if paragraph.immediately_approved_on is not None and \
            paragraph.immediately_posted_on is not None:
        deadline = posting_deadline(paragraph.immediately_approved_on)
        if paragraph.immediately_posted_on > deadline:
            out.append(_finding(Check.POSTING_LATE, n, "posting", words.posting_late(
                paragraph.immediately_posted_on, deadline), pid))
    out += _statement_findings(session, meeting, paragraph, name)
    out += _appendix_findings(session, paragraph)
    out += _personal_numbers(n, pid, _paragraph_texts(session, paragraph, points), handled)
    return out


_CONFLICT_FIELDS = {"ballot": "vote", "proposal": "proposal", "statement": "statement",
                    "concurrence": "statement"}


def _conflict(conflict: support.Conflict, label: str) -> str:
    return words.conflict(conflict.what, label, conflict.problem.code, conflict.statement_kind)


def _vote_findings(session: Session, paragraph: Paragraph, part: participation.Participation,
                   votes: list) -> list[Finding]:
    out = []
    n, pid = paragraph.number, paragraph.id
    for index, vote in enumerate(votes, start=1):
        c = count(vote)
        if not c.counted:
            reason = words.VOTE_NO_COUNTS if vote.secret else words.VOTE_NO_BALLOTS
        elif c.outcome is None:
            reason = words.VOTE_TIE_LOT if vote.election else words.VOTE_TIE_CHAIR
        else:
            reason = None
        if reason is not None:
            out.append(_finding(Check.VOTE_WITHOUT_RESULT, n, "vote",
                                words.vote_without_result(index, reason), pid, index))
        if vote.secret and part.attendance_recorded and c.total > len(part.voters):
            out.append(_finding(Check.VOTE_TOO_MANY, n, "vote",
                                words.vote_too_many(index, c.total, len(part.voters)), pid,
                                index))
        if not vote.secret and c.counted and vote.missing:
            out.append(_finding(Check.VOTE_INCOMPLETE, n, "vote", words.vote_incomplete(
                index, [formats.person(p) for p in vote.missing]), pid, index))
    return out


def _statement_findings(session: Session, meeting: Meeting, paragraph: Paragraph,
                        name: Callable[[int | None], str]) -> list[Finding]:
    out = []
    due = meeting.approval_due_at
    rows = session.scalars(select(Statement).where(Statement.paragraph_id == paragraph.id)
                           .order_by(Statement.position)).all()
    for statement in rows:
        authors = session.scalars(select(StatementAuthor.person_id).where(
            StatementAuthor.statement_id == statement.id).order_by(StatementAuthor.position))
        who = formats.join_list([name(a) for a in authors])
        word = STATEMENT_KIND_WORD[statement.kind]
        what = f"{word} från {who}" if who else word
        n, pid = paragraph.number, paragraph.id
        if statement.state is StatementState.PROMISED:
            out.append(_finding(Check.OPEN_PROMISE, n, "statement",
                                words.open_promise(what, statement.deadline), pid))
            if due is not None and statement.deadline is not None and statement.deadline > due:
                out.append(_finding(Check.PROMISED_AFTER_JUSTERING, n, "statement",
                                    words.promised_after_justering(what, statement.deadline,
                                                                   due), pid))
        if (statement.state is StatementState.RECEIVED and due is not None
                and statement.received_at is not None and statement.received_at > due):
            out.append(_finding(Check.RECEIVED_AFTER_JUSTERING, n, "statement",
                                words.received_after_justering(what, statement.received_at,
                                                               due), pid))
    return out


def _appendix_findings(session: Session, paragraph: Paragraph) -> list[Finding]:
    """A bilaga that is a reservation must belong to a reservation of the paragraph."""
    reservations = session.scalars(select(Statement.id).where(
        Statement.paragraph_id == paragraph.id, Statement.kind == StatementKind.RESERVATION,
        Statement.state != StatementState.WITHDRAWN)).all()
    meeting = session.get_one(Meeting, paragraph.meeting_id)
    numbers = appendices.numbers(session, meeting)
    out = []
    rows = session.execute(select(Appendix, Statement.paragraph_id).outerjoin(
        Statement, Statement.id == Appendix.statement_id).where(
        Appendix.paragraph_id == paragraph.id)).all()
    for appendix, statement_paragraph in rows:
        stray = appendix.kind is AppendixKind.STATEMENT and statement_paragraph != paragraph.id
        loose = (appendix.kind is AppendixKind.DOCUMENT
                 and "reservation" in appendix.title.lower() and not reservations)
        if stray or loose:
            out.append(_finding(Check.APPENDIX_WITHOUT_RESERVATION, paragraph.number,
                                "appendix", words.appendix_without_reservation(
                                    numbers.get(appendix.id, 0), appendix.title), paragraph.id))
    return out


def _paragraph_texts(session: Session, paragraph: Paragraph,
                     points: Iterable[str]) -> list[tuple[str, str | None]]:
    pid = paragraph.id
    texts: list[tuple[str, str | None]] = [
        ("title", paragraph.title), ("summary", paragraph.summary),
        ("procedure", paragraph.procedure_text), ("decision", paragraph.formula_override)]
    texts += [("decision_point", p) for p in points]
    for heading, body in session.execute(select(ParagraphSection.heading, ParagraphSection.body)
                                         .where(ParagraphSection.paragraph_id == pid)):
        texts += [("section", heading), ("section", body)]
    for subject, text in session.execute(select(Proposal.subject, Proposal.text).where(
            Proposal.paragraph_id == pid)):
        texts += [("proposal", subject), ("proposal", text)]
    texts += [("statement", t) for t in session.scalars(select(Statement.text).where(
        Statement.paragraph_id == pid))]
    texts += [("basis", t) for t in session.scalars(select(BasisDocument.text).where(
        BasisDocument.paragraph_id == pid))]
    texts += [("distribution", t) for t in session.scalars(select(Distribution.recipient).where(
        Distribution.paragraph_id == pid))]
    texts += [("vote", t) for vote in session.scalars(select(Vote).where(
        Vote.paragraph_id == pid)) for t in (vote.yes_meaning, vote.no_meaning)]
    texts += [("appendix", t) for t in session.scalars(select(Appendix.text).where(
        Appendix.paragraph_id == pid))]
    return texts


def _personal_numbers(number: int | None, paragraph_id: int | None,
                      texts: Iterable[tuple[str, str | None]],
                      handled: Handled) -> list[Finding]:
    out = []
    seen: set[tuple[str, str]] = set()
    for field, text in texts:
        for found in find_personal_numbers(text or ""):
            if (field, found.text) in seen or handled(text or "", found):
                continue
            seen.add((field, found.text))
            out.append(_finding(Check.PERSONAL_NUMBER, number, field, words.personal_number(
                found.text, words.field_name(field)), paragraph_id))
    return out
