# SPDX-License-Identifier: EUPL-1.2
"""Reading the register into the text layer's plain values (the composition and the views use them).

Every loader takes many ids and reads each table once (`IN (…)`), so composing a whole
meeting or a year of paragraphs costs a fixed number of queries, not one per row.

The loaders take a session, a connection or a rows source (kraftdesk.reading.rows) and read
through the named statements of kraftdesk.reading.queries; a row reads like its model
(`paragraph.number`), so they also take the models' objects where they take rows. This
module imports no SQLAlchemy: `kraftdesk pdf minutes` composes on an SQLite register
without it (issue 19).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from typing import Any

from kraftdesk.domain import participation
from kraftdesk.domain.enums import AppendixKind, ParagraphAttendanceKind
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.limits import fits_integer
from kraftdesk.domain.values import (
    AppendixLine,
    BallotValue,
    BasisLine,
    BodyName,
    FreeSection,
    HandlingRef,
    MeetingValue,
    OrganisationTexts,
    PersonName,
    ProposalValue,
    ReportedItemValue,
    StatementValue,
    VoteValue,
)
from kraftdesk.reading import appendices
from kraftdesk.reading.rows import Rows, rows_of

#: What the messages call a row that is not there: (subject, field).
WHAT = {"meeting": ("Sammanträdet", "sammanträde"), "paragraph": ("Paragrafen", "paragraf"),
        "person": ("Personen", "person"), "body": ("Organet", "organ")}


def missing(what: str, row_id: object, *, name: str | None = None) -> UserError:
    """ "Sammanträdet med id 7 finns inte i registret." """
    subject, field = WHAT.get(what, (name or "Posten", what))
    return UserError(f"{name or subject} med id {row_id} finns inte i registret.", field=field)


def one(reader: Any, what: str, row_id: int) -> Any:
    """The row of a meeting, paragraph or body by id, or a UserError (nothing is created).
    `what` is the statement's name: "meeting", "paragraph" or "body"."""
    row = rows_of(reader).first(what, id=row_id) if fits_integer(row_id) else None
    if row is None:
        raise missing(what, row_id)
    return row


def no_organisation() -> UserError:
    return UserError("Registret har ingen organisation ännu. Skapa det med «kraftdesk init» "
                     "eller läs in ett register med «kraftdesk import».", field="organisation")


def organisation(reader: Any) -> Any:
    """The register's organisation (a row); a register holds exactly one."""
    row = rows_of(reader).first("organisation")
    if row is None:
        raise no_organisation()
    return row


def texts(reader: Any) -> OrganisationTexts:
    org = organisation(reader)
    return OrganisationTexts(org.special_statement_not_received_text,
                             org.reservation_not_received_text, org.distribution_heading,
                             org.reported_items_decision_text,
                             org.delegated_decisions_decision_text,
                             org.reservation_received_text)


def name_of(person: Any) -> PersonName:
    """A person row (with its party's abbreviation, statement "people") as printed."""
    return PersonName(person.name, person.party_abbreviation, person.pronoun, person.title)


def people(reader: Any, ids: Iterable[int | None]) -> dict[int, PersonName]:
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    return {p.id: name_of(p) for p in rows_of(reader).all("people", ids=list(wanted))}


def body_name(body: Any) -> BodyName:
    """The body as the text composer takes it, with the forms set on it."""
    return BodyName(body.name, body.short_name, body.kind, body.running_name,
                    body.genitive_name)


def meeting_value(reader: Any, meeting: Any) -> MeetingValue:
    source = rows_of(reader)
    body = one(source, "body", meeting.body_id)
    secretary = people(source, [meeting.secretary_id]).get(meeting.secretary_id or -1)
    return MeetingValue(body_name(body), meeting.starts_at, secretary)


def by_key(rows: Iterable[tuple[int, object]]) -> dict[int, list]:
    grouped: dict[int, list] = defaultdict(list)
    for key, value in rows:
        grouped[key].append(value)
    return grouped


def roles_on(reader: Any, body_id: int, on: Any,
             person_ids: Iterable[int] | None = None) -> dict[int, Any]:
    """Each person's role in the body on a day (kraftdesk.domain.participation.roles_on)."""
    source = rows_of(reader)
    if person_ids is None:
        rows = source.all("memberships_on", body_id=body_id, on=on)
    else:
        rows = source.all("memberships_on_of", body_id=body_id, on=on,
                          person_ids=list(person_ids))
    return participation.roles_on((participation.MembershipRow(*row) for row in rows),
                                  body_id, on)


def _authors(source: Rows, name: str, ids: Collection[int]) -> dict[int, list]:
    return by_key(source.all(name, ids=list(ids)))


def _proposal_value(p: Any, authors: dict[int, list], names: dict[int, PersonName]
                    ) -> ProposalValue:
    return ProposalValue(p.kind, tuple(names[a] for a in authors.get(p.id, [])), p.subject,
                         p.text, p.adopted, p.id)


def proposals(reader: Any, paragraph_ids: Collection[int]) -> dict[int, list[ProposalValue]]:
    """Proposals not withdrawn, per paragraph, in order."""
    source = rows_of(reader)
    rows = source.all("proposals_of_paragraphs", ids=list(paragraph_ids))
    authors = _authors(source, "proposal_authors", [p.id for p in rows])
    names = people(source, (pid for ids in authors.values() for pid in ids))
    return by_key((p.paragraph_id, _proposal_value(p, authors, names)) for p in rows)


def proposal_values(reader: Any, proposal_ids: Collection[int]) -> dict[int, ProposalValue]:
    """Proposals by id, withdrawn or not (for a vote's sides and "till förmån för")."""
    source = rows_of(reader)
    rows = source.all("proposals", ids=list(proposal_ids))
    authors = _authors(source, "proposal_authors", [p.id for p in rows])
    names = people(source, (pid for ids in authors.values() for pid in ids))
    return {p.id: _proposal_value(p, authors, names) for p in rows}


def votes(reader: Any, paragraphs: Iterable[Any],
          chair_of: dict[int, int | None]) -> dict[int, list[VoteValue]]:
    """Votes per paragraph with ballots in the order of who may vote (attendance order).

    The chair whose ballot decides a tie is the paragraph's tjänstgörande ordförande when it
    has one, otherwise `chair_of` (the meeting's chair).
    """
    source = rows_of(reader)
    by_id = {p.id: p for p in paragraphs}
    rows = source.all("votes_of_paragraphs", ids=list(by_id))
    if not rows:
        return {}
    ballots = by_key((b.vote_id, b) for b in source.all("ballots_of_votes",
                                                        ids=[v.id for v in rows]))
    sides = proposal_values(source, {x for v in rows
                                     for x in (v.yes_proposal_id, v.no_proposal_id) if x})
    result: dict[int, list[VoteValue]] = defaultdict(list)
    parts = participations(source, [by_id[pid] for pid in {v.paragraph_id for v in rows}])
    for paragraph_id in {v.paragraph_id for v in rows}:
        paragraph = by_id[paragraph_id]
        part = parts[paragraph_id]
        acting = paragraph.acting_chair_id is not None
        chair = paragraph.acting_chair_id if acting else chair_of.get(paragraph_id)
        names = people(source, [*part.voter_ids, chair])
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


def participations(reader: Any, paragraphs: Iterable[Any]
                   ) -> dict[int, participation.Participation]:
    """Who takes part in each paragraph (kraftdesk.domain.participation), in two queries."""
    source = rows_of(reader)
    by_id = {p.id: p for p in paragraphs}
    if not by_id:
        return {}
    presence: dict[int, list[participation.Presence]] = defaultdict(list)
    for a in source.all("attendance_of_meetings", ids=list({p.meeting_id
                                                            for p in by_id.values()})):
        presence[a.meeting_id].append(participation.Presence(
            a.person_id, a.kind, a.replaces_person_id, a.from_number, a.to_number, key=a.id))
    exceptions: dict[int, list[participation.ParagraphException]] = defaultdict(list)
    for e in source.all("paragraph_attendance", ids=list(by_id)):
        exceptions[e.paragraph_id].append(participation.ParagraphException(
            e.person_id, e.kind, e.replaces_person_id, key=e.id))
    return {pid: participation.participation(presence.get(p.meeting_id, []),
                                             exceptions.get(pid, []), p.number,
                                             acting_chair=p.acting_chair_id)
            for pid, p in by_id.items()}


def other_case_numbers(reader: Any, paragraph_ids: Collection[int]) -> dict[int, list[str]]:
    """The further diarienummer of each paragraph, in order."""
    return by_key(rows_of(reader).all("other_case_numbers", ids=list(paragraph_ids)))


def case_numbers(reader: Any, case_ids: Iterable[int | None]) -> dict[int, str]:
    """Diarienummer by ärende id."""
    wanted = list({i for i in case_ids if i is not None})
    return {c.id: c.number for c in rows_of(reader).all("cases", ids=wanted)} if wanted else {}


def recused(reader: Any, paragraph_ids: Collection[int]) -> dict[int, list[PersonName]]:
    source = rows_of(reader)
    rows = [(e.paragraph_id, e.person_id)
            for e in source.all("paragraph_attendance", ids=list(paragraph_ids))
            if e.kind is ParagraphAttendanceKind.RECUSED]
    names = people(source, (pid for _, pid in rows))
    return by_key((par, names[pid]) for par, pid in rows)


def statements(reader: Any, paragraph_ids: Collection[int] | None = None, *,
               statement_ids: Collection[int] | None = None
               ) -> list[tuple[int, StatementValue]]:
    """(paragraph id, statement) of the paragraphs (or the statement ids given), in order,
    with bilaga numbers."""
    source = rows_of(reader)
    if statement_ids is not None:
        rows = source.all("statements", ids=list(statement_ids))
    else:
        rows = source.all("statements_of_paragraphs", ids=list(paragraph_ids or ()))
    if not rows:
        return []
    ids = [s.id for s in rows]
    authors = _authors(source, "statement_authors", ids)
    concurring = _authors(source, "statement_concurrences", ids)
    names = people(source, [p for group in (authors, concurring)
                            for persons in group.values() for p in persons])
    favour = proposal_values(source, {s.in_favour_of_proposal_id for s in rows
                                      if s.in_favour_of_proposal_id})
    linked = source.all("appendices_of_statements", ids=ids)
    numbers: dict[int, int] = {}
    for meeting_id in {m for _, _, m in linked}:
        numbers |= appendices.numbers(source, one(source, "meeting", meeting_id))
    appendix_of = {sid: aid for sid, aid, _ in linked}
    return [(s.paragraph_id, StatementValue(
        s.kind, s.state, tuple(names[p] for p in authors.get(s.id, [])),
        tuple(names[p] for p in concurring.get(s.id, [])),
        numbers.get(appendix_of[s.id]) if s.id in appendix_of else None, s.id in appendix_of,
        favour.get(s.in_favour_of_proposal_id or -1), s.with_reservation, s.text,
        s.file_id is not None, s.deadline, s.id)) for s in rows]


def basis(reader: Any, rows: Iterable[Any]) -> list[BasisLine]:
    """Beslutsunderlag lines; references read the referred handling and its statements."""
    source = rows_of(reader)
    rows = list(rows)
    ref_ids = {b.ref_paragraph_id for b in rows if b.ref_paragraph_id}
    refs = {r.id: r for r in source.all("basis_references", ids=list(ref_ids))} \
        if ref_ids else {}
    by_paragraph = by_key(statements(source, list(ref_ids))) if ref_ids else {}
    lines = []
    for b in rows:
        ref = None
        if b.ref_paragraph_id and b.ref_kind:
            r = refs[b.ref_paragraph_id]
            ref = HandlingRef(b.ref_kind, r.short_name, r.starts_at.date(), r.number,
                              tuple(by_paragraph.get(r.id, [])))
        lines.append(BasisLine(b.text, b.ref_paragraph_id, b.ref_kind, ref))
    return lines


def simple_parts(reader: Any, ids: Collection[int]) -> dict[str, dict[int, list]]:
    """Decision points, free sections, distribution and basis rows per paragraph."""
    source = rows_of(reader)
    wanted = list(ids)
    return {
        "points": by_key((r.paragraph_id, r.text)
                         for r in source.all("decision_points", ids=wanted)),
        "sections": by_key((r.paragraph_id, (r.heading, r.body, r.id))
                           for r in source.all("paragraph_sections", ids=wanted)),
        "distribution": by_key((r.paragraph_id, r.recipient)
                               for r in source.all("distributions", ids=wanted)),
        "basis": by_key((r.paragraph_id, r) for r in source.all("basis_documents", ids=wanted)),
    }


def heads(reader: Any, ids: Collection[int]) -> dict[int, tuple[Any, Any, Any, str | None]]:
    """Paragraph id → (paragraph, meeting, body, diarienummer) of the paragraphs found."""
    source = rows_of(reader)
    paragraphs = source.all("paragraphs", ids=list(ids))
    meetings = {m.id: m for m in source.all("meetings", ids=list({p.meeting_id
                                                                  for p in paragraphs}))}
    bodies = {b.id: b for b in source.all("bodies", ids=list({p.body_id for p in paragraphs}))}
    cases = case_numbers(source, (p.case_id for p in paragraphs))
    return {p.id: (p, meetings[p.meeting_id], bodies[p.body_id],
                   cases.get(p.case_id) if p.case_id is not None else None)
            for p in paragraphs}


def free_sections(rows: list) -> tuple[FreeSection, ...]:
    return tuple(FreeSection(*row) for row in rows)


def reported_items(reader: Any, ids: Collection[int]) -> dict[int, list[ReportedItemValue]]:
    """The lists of anmälningsärenden and delegationsbeslut per paragraph, in order."""
    return by_key((r.paragraph_id, ReportedItemValue(r.kind, r.what, r.decided_on,
                                                     r.decided_by, r.case_number))
                  for r in rows_of(reader).all("reported_items", ids=list(ids)))


def appendix_lines(reader: Any, paragraphs: Iterable[Any]) -> dict[int, list[AppendixLine]]:
    """Document and voting-list bilagor per paragraph, in number order."""
    source = rows_of(reader)
    by_meeting: dict[int, list[int]] = defaultdict(list)
    for p in paragraphs:
        by_meeting[p.meeting_id].append(p.id)
    result: dict[int, list[AppendixLine]] = defaultdict(list)
    for meeting_id, ids in by_meeting.items():
        rows = source.all("appendix_lines", ids=ids, kind=AppendixKind.STATEMENT)
        if not rows:
            continue
        numbers = appendices.numbers(source, one(source, "meeting", meeting_id))
        for aid, pid, kind, title in sorted(rows, key=lambda r: numbers[r[0]]):
            result[pid].append(AppendixLine(numbers[aid], title,
                                            kind is AppendixKind.DOCUMENT))
    return result
