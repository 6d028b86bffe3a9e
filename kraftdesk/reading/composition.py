# SPDX-License-Identifier: EUPL-1.2
"""The read side of the text: build plain values from the register, call kraftdesk.text.

Used by the PDF renderer, the GUI preview and the command line; all of them get the same
composed documents (kraftdesk.domain.document).

    paragraph_doc(session, paragraph_id) -> ParagraphDoc
    paragraph_docs(session, paragraph_ids) -> list[ParagraphDoc]      in the order given
    appendix_docs(session, meeting_id, paragraph_ids=None) -> list[AppendixDoc]
        bilagor in number order (only those of `paragraph_ids` when given, for extracts)
    paragraph_value(session, paragraph_id) -> ParagraphValue

They take the caller's session (inside register.read() or a write), a connection or a rows
source (kraftdesk.reading.rows), and never write; they import no SQLAlchemy.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from typing import Any

from kraftdesk.domain.document import AppendixDoc, ParagraphDoc, Text
from kraftdesk.domain.enums import AppendixKind, AttendanceKind, ParagraphAttendanceKind, Role
from kraftdesk.domain.participation import MEMBER_ROLES, SERVING_KINDS
from kraftdesk.domain.sorting import swedish_key
from kraftdesk.domain.values import MeetingValue, OrganisationTexts, ParagraphValue, StatementValue
from kraftdesk.reading import appendices, load
from kraftdesk.reading.rows import rows_of
from kraftdesk.text import appendix as appendix_text
from kraftdesk.text import attendance_list
from kraftdesk.text import basis as basis_text
from kraftdesk.text.decision import formula
from kraftdesk.text.paragraph import compose_paragraph, label

#: Called with a stored text's "table.column", row id and value; returns the text to print
#: (the public version leaves marked passages out through it).
TextFilter = Callable[[str, int, str | None], str | None]

_ROLE_RANK = {Role.CHAIR: 0, Role.VICE_CHAIR: 1, Role.SECOND_VICE_CHAIR: 2}
_LISTED_KINDS = (AttendanceKind.MEMBER, AttendanceKind.SERVING_SUBSTITUTE,
                 AttendanceKind.SUBSTITUTE)

__all__ = [
    "appendix_docs", "basis_lines", "formula_of", "paragraph_doc", "paragraph_docs",
    "paragraph_value", "paragraph_values",
]


def paragraph_values(reader: Any, paragraph_ids: Collection[int]) -> list[ParagraphValue]:
    """The plain values of many paragraphs, in the order given; a fixed number of queries."""
    session = rows_of(reader)
    ids = list(dict.fromkeys(paragraph_ids))
    if not ids:
        return []
    heads = load.heads(session, ids)
    missing = [i for i in ids if i not in heads]
    if missing:
        raise load.missing("paragraph", missing[0])
    pieces = load.simple_parts(session, ids)
    proposals = load.proposals(session, ids)
    votes = load.votes(session, (h[0] for h in heads.values()),
                       {pid: h[1].chair_id for pid, h in heads.items()})
    recused = load.recused(session, ids)
    statements = load.by_key(load.statements(session, ids))
    reported = load.reported_items(session, ids)
    appendix_lines = load.appendix_lines(session, (h[0] for h in heads.values()))
    secretaries = load.people(session, (h[1].secretary_id for h in heads.values()))
    participation_of = load.participations(session, (h[0] for h in heads.values()))
    other_cases = load.other_case_numbers(session, ids)
    serving = load.people(session, {x for part in participation_of.values()
                                    for pair in part.substitutions for x in pair}
                          | {h[0].acting_chair_id for h in heads.values()})
    targets = {b.id: load.body_name(b) for b in session.all("bodies", ids=list(
        {h[0].proposes_to_body_id for h in heads.values() if h[0].proposes_to_body_id}))}
    result = []
    for pid in ids:
        p, meeting, body, case_number = heads[pid]
        result.append(ParagraphValue(
            paragraph_id=p.id, number=p.number, title=p.title, case_number=case_number,
            meeting=MeetingValue(load.body_name(body), meeting.starts_at,
                                 secretaries.get(meeting.secretary_id or -1)),
            summary=p.summary,
            proposes_to=targets.get(p.proposes_to_body_id or -1),
            formula_override=p.formula_override,
            decision_points=tuple(pieces["points"].get(pid, [])),
            free_sections=load.free_sections(pieces["sections"].get(pid, [])),
            proposals=tuple(proposals.get(pid, [])), procedure_text=p.procedure_text,
            votes=tuple(votes.get(pid, [])), recused=tuple(recused.get(pid, [])),
            statements=tuple(statements.get(pid, [])),
            basis=tuple(load.basis(session, pieces["basis"].get(pid, []))),
            distribution=tuple(pieces["distribution"].get(pid, [])),
            immediately_approved_on=p.immediately_approved_on,
            deferral=p.deferral, reported_items=tuple(reported.get(pid, [])),
            appendices=tuple(appendix_lines.get(pid, [])),
            outcome=p.outcome,
            acting_chair=serving.get(p.acting_chair_id) if p.acting_chair_id else None,
            substitutions=tuple((serving[sub], serving[member])
                                for sub, member in participation_of[pid].substitutions),
            other_case_numbers=tuple(other_cases.get(pid, [])),
        ))
    return result


def paragraph_value(reader: Any, paragraph_id: int) -> ParagraphValue:
    return paragraph_values(reader, [paragraph_id])[0]


def paragraph_docs(reader: Any, paragraph_ids: Collection[int]) -> list[ParagraphDoc]:
    source = rows_of(reader)
    texts = load.texts(source)
    return [compose_paragraph(v, texts) for v in paragraph_values(source, paragraph_ids)]


def paragraph_doc(reader: Any, paragraph_id: int) -> ParagraphDoc:
    """One § as printed (minutes, extract, preview)."""
    return paragraph_docs(reader, [paragraph_id])[0]


def formula_of(reader: Any, paragraph: Any, body: Any | None = None) -> str:
    """The decision's formula of the paragraph; `body`: its body when the caller has it."""
    source = rows_of(reader)
    body = body if body is not None else load.one(source, "body", paragraph.body_id)
    target = source.first("body", id=paragraph.proposes_to_body_id) \
        if paragraph.proposes_to_body_id else None
    return formula(load.body_name(body), load.body_name(target) if target else None,
                   paragraph.formula_override)


def basis_lines(reader: Any, rows: Iterable[Any]) -> list[str]:
    return [basis_text.basis_line(line) for line in load.basis(reader, rows)]


def _unfiltered(_field: str, _row: int, value: str | None) -> str | None:
    return value


def _statement_appendix(session: Any, appendix: Any, number: int,
                        statement: StatementValue, texts: OrganisationTexts,
                        meeting: MeetingValue, shown: TextFilter = _unfiltered) -> AppendixDoc:
    paragraph = load.one(session, "paragraph", appendix.paragraph_id)
    if statement.text is not None and statement.statement_id is not None:
        statement = replace(statement, text=shown("statement.text", statement.statement_id,
                                                  statement.text))
    case_number = load.case_numbers(session, [paragraph.case_id]).get(paragraph.case_id or -1)
    pdf = None
    if statement.has_file:
        file_id = session.first("statements", ids=[statement.statement_id]).file_id
        pdf = session.scalar("stored_file_content", id=file_id)
    return appendix_text.statement_appendix(
        number, statement, meeting, texts, paragraph_label=label(paragraph.number),
        title=shown("paragraph.title", paragraph.id, paragraph.title) or "",
        case_number=case_number, pdf_bytes=pdf, paragraph_id=paragraph.id)


def _attendance_appendix(session: Any, appendix: Any, number: int) -> AppendixDoc:
    """The närvarolista: the body's ledamöter and the ersättare who came, with each vote."""
    meeting = load.one(session, "meeting", appendix.meeting_id)
    day = meeting.starts_at.date()
    roles = load.roles_on(session, meeting.body_id, day)
    rows = session.all("attendance_of_meetings", ids=[meeting.id])
    servings = session.all("servings_of_meeting", meeting_id=meeting.id,
                           kind=ParagraphAttendanceKind.SERVING)
    members = [pid for pid, role in roles.items() if role in MEMBER_ROLES]
    names = load.people(session, set(roles) | {r.person_id for r in rows}
                        | {r.replaces_person_id for r in rows if r.replaces_person_id}
                        | {x for s in servings for x in (s[0], s[2])})
    members.sort(key=lambda pid: (_ROLE_RANK.get(roles[pid], 3), swedish_key(names[pid].name)))
    substitutes = [pid for pid in dict.fromkeys(r.person_id for r in rows
                                                if r.kind in _LISTED_KINDS)
                   if pid not in members]
    by_person = load.by_key((r.person_id, r) for r in rows if r.kind in _LISTED_KINDS)
    served = load.by_key((pid, (n, names[rep])) for pid, n, rep in servings if n is not None)
    list_rows = [attendance_list.ListRow(
        pid, names[pid], pid in members,
        tuple(attendance_list.Period(r.kind in SERVING_KINDS,
                                     names.get(r.replaces_person_id or -1), r.from_number,
                                     r.to_number, r.arrived_at, r.left_at)
              for r in by_person.get(pid, [])),
        tuple(served.get(pid, []))) for pid in [*members, *substitutes]]
    paragraphs = session.all("paragraphs_of_meeting", meeting_id=meeting.id)
    values = load.votes(session, paragraphs, {p.id: meeting.chair_id for p in paragraphs})
    vote_rows = session.all("votes_of_paragraphs", ids=[p.id for p in paragraphs])
    ballots = load.by_key((b.vote_id, b) for b in session.all(
        "ballots_of_votes", ids=[v.id for v in vote_rows]))
    parts = load.participations(session, paragraphs)
    votes = []
    for p in paragraphs:
        mine = [v for v in vote_rows if v.paragraph_id == p.id]
        for index, (row, value) in enumerate(zip(mine, values.get(p.id, []), strict=True), 1):
            votes.append(attendance_list.ListVote(
                attendance_list.vote_heading(p.number, index, len(mine)), value,
                {b.person_id: b.choice for b in ballots.get(row.id, [])},
                frozenset(parts[p.id].recused)))
    return AppendixDoc(number, appendix.title or attendance_list.TITLE, "",
                       attendance_list.attendance_blocks(list_rows, votes), None, None,
                       kind=AppendixKind.ATTENDANCE_LIST)


def _other_appendix(session: Any, appendix: Any, number: int,
                    meeting: MeetingValue, shown: TextFilter = _unfiltered) -> AppendixDoc:
    if appendix.kind is AppendixKind.ATTENDANCE_LIST:
        return _attendance_appendix(session, appendix, number)
    paragraph = session.first("paragraphs", ids=[appendix.paragraph_id]) \
        if appendix.paragraph_id else None
    title = (shown("paragraph.title", paragraph.id, paragraph.title) or "") if paragraph else ""
    if appendix.kind is AppendixKind.VOTING_LIST and paragraph is not None:
        value = paragraph_value(session, paragraph.id)
        return appendix_text.voting_appendix(number, meeting, value.votes,
                                             paragraph_label=label(paragraph.number),
                                             title=title, paragraph_id=paragraph.id)
    pdf = session.scalar("stored_file_content", id=appendix.file_id) \
        if appendix.file_id else None
    reference = f"{label(paragraph.number)}. {title}" if paragraph else ""
    text = shown("appendix.text", appendix.id, appendix.text) or ""
    blocks = tuple(Text(p.strip()) for p in text.split("\n\n") if p.strip())
    return AppendixDoc(number, appendix.title, reference, blocks, pdf,
                       paragraph.id if paragraph else None)


def appendix_docs(reader: Any, meeting_id: int,
                  paragraph_ids: Collection[int] | None = None, *,
                  shown: TextFilter = _unfiltered) -> list[AppendixDoc]:
    """The meeting's bilagor in number order (provisional numbers in draft minutes).

    `shown` may change each stored text printed (the public version's marks)."""
    session = rows_of(reader)
    meeting = load.one(session, "meeting", meeting_id)
    numbers = appendices.numbers(session, meeting)
    rows = session.all("appendices_of_meeting", meeting_id=meeting.id)
    if paragraph_ids is not None:
        wanted = set(paragraph_ids)
        rows = [a for a in rows if a.paragraph_id in wanted]
    rows = sorted(rows, key=lambda a: numbers[a.id])
    statement_ids = [a.statement_id for a in rows if a.statement_id]
    statements = dict((s.statement_id, s) for _, s in
                      load.statements(session, statement_ids=statement_ids)) \
        if statement_ids else {}
    texts = load.texts(session)
    meeting_value = load.meeting_value(session, meeting)
    docs = []
    for a in rows:
        if a.statement_id:
            docs.append(_statement_appendix(session, a, numbers[a.id],
                                            statements[a.statement_id], texts, meeting_value,
                                            shown))
        else:
            docs.append(_other_appendix(session, a, numbers[a.id], meeting_value, shown))
    return docs

