# SPDX-License-Identifier: EUPL-1.2
"""The statements of the read side that composes the printed documents, each written once.

    statement(name) -> Select          the statement, built once per process
    NAMES                              every name, in a stable order

The readers (kraftdesk.reading.load, .composition, .appendices, .minutes, .rounds) never
build SQL themselves: they ask kraftdesk.reading.rows for the rows of a statement by its
name, with its parameters (`ids` and the like are lists: an expanding IN). Through
SQLAlchemy (an ORM session, a connection, PostgreSQL) the statement below runs as it is;
on an SQLite register opened by a command that only prints (`kraftdesk pdf minutes`), the
same statement runs as compiled ahead into kraftdesk/reading/compiled_sqlite.py
(kraftdesk.reading.compile_queries writes that file from here; a test keeps it current), so
that the command needs no SQLAlchemy at all (issue 19).

Every column is selected under the name the readers use as an attribute (the model's
column name, or the label given here), so that a row reads like the model it comes from.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from sqlalchemy import Select, bindparam, func, literal_column, or_, select

from kraftdesk.register import models

_BUILDERS: dict[str, Callable[[], Select]] = {}


def _query(builder: Callable[[], Select]) -> Callable[[], Select]:
    _BUILDERS[builder.__name__] = builder
    return builder


def _ids(name: str = "ids") -> object:
    return bindparam(name, expanding=True)


def _one(name: str = "id") -> object:
    return bindparam(name)


@cache
def statement(name: str) -> Select:
    """The statement called `name` (a KeyError for a name that is not here)."""
    return _BUILDERS[name]()


_organisation = models.Organisation.__table__
_body = models.Body.__table__
_meeting = models.Meeting.__table__
_paragraph = models.Paragraph.__table__
_person = models.Person.__table__
_party = models.Party.__table__
_appendix = models.Appendix.__table__
_statement = models.Statement.__table__
_statement_author = models.StatementAuthor.__table__
_statement_concurrence = models.StatementConcurrence.__table__
_proposal = models.Proposal.__table__
_proposal_author = models.ProposalAuthor.__table__
_attendance = models.Attendance.__table__
_membership = models.Membership.__table__
_approval = models.Approval.__table__
_meeting_approver = models.MeetingApprover.__table__
_decision_point = models.DecisionPoint.__table__
_paragraph_section = models.ParagraphSection.__table__
_distribution = models.Distribution.__table__
_basis_document = models.BasisDocument.__table__
_vote = models.Vote.__table__
_ballot = models.Ballot.__table__
_paragraph_attendance = models.ParagraphAttendance.__table__
_reported_item = models.ReportedItem.__table__
_paragraph_case = models.ParagraphCase.__table__
_case = models.Case.__table__
_stored_file = models.StoredFile.__table__
_minutes_seal = models.MinutesSeal.__table__
_minutes_signature = models.MinutesSignature.__table__


# --- the organisation, bodies, meetings, paragraphs ----------------------------------------

@_query
def organisation() -> Select:
    return select(*_organisation.c).order_by(_organisation.c.id).limit(1)


@_query
def body() -> Select:
    return select(*_body.c).where(_body.c.id == _one())


@_query
def bodies() -> Select:
    return select(*_body.c).where(_body.c.id.in_(_ids()))


@_query
def body_by_short_name() -> Select:
    return select(*_body.c).where(_body.c.short_name == _one("short_name")).limit(1)


@_query
def body_short_names() -> Select:
    return select(_body.c.short_name).order_by(_body.c.short_name)


@_query
def meeting() -> Select:
    return select(*_meeting.c).where(_meeting.c.id == _one())


@_query
def meetings() -> Select:
    return select(*_meeting.c).where(_meeting.c.id.in_(_ids()))


@_query
def meetings_of_body_between() -> Select:
    return (select(*_meeting.c)
            .where(_meeting.c.body_id == _one("body_id"),
                   _meeting.c.starts_at >= _one("start"), _meeting.c.starts_at <= _one("end"))
            .order_by(_meeting.c.starts_at, _meeting.c.id))


@_query
def paragraph() -> Select:
    return select(*_paragraph.c).where(_paragraph.c.id == _one())


@_query
def paragraphs() -> Select:
    return select(*_paragraph.c).where(_paragraph.c.id.in_(_ids()))


@_query
def paragraph_by_number() -> Select:
    return select(*_paragraph.c).where(
        _paragraph.c.body_id == _one("body_id"), _paragraph.c.series == _one("series"),
        _paragraph.c.number == _one("number")).limit(1)


@_query
def paragraphs_of_meeting() -> Select:
    return (select(*_paragraph.c).where(_paragraph.c.meeting_id == _one("meeting_id"))
            .order_by(_paragraph.c.position))


@_query
def cases() -> Select:
    return select(_case.c.id, _case.c.number).where(_case.c.id.in_(_ids()))


@_query
def other_case_numbers() -> Select:
    return (select(_paragraph_case.c.paragraph_id, _case.c.number)
            .join(_case, _case.c.id == _paragraph_case.c.case_id)
            .where(_paragraph_case.c.paragraph_id.in_(_ids()))
            .order_by(_paragraph_case.c.paragraph_id, _paragraph_case.c.position))


# --- people -----------------------------------------------------------------------------

def _people() -> Select:
    return (select(*_person.c, _party.c.abbreviation.label("party_abbreviation"))
            .select_from(_person).outerjoin(_party, _party.c.id == _person.c.party_id))


@_query
def people() -> Select:
    return _people().where(_person.c.id.in_(_ids()))


@_query
def meeting_approvers() -> Select:
    return (_people().join(_meeting_approver, _meeting_approver.c.person_id == _person.c.id)
            .where(_meeting_approver.c.meeting_id == _one("meeting_id"))
            .order_by(_meeting_approver.c.position))


@_query
def memberships_on() -> Select:
    return _memberships_on()


@_query
def memberships_on_of() -> Select:
    return _memberships_on().where(_membership.c.person_id.in_(_ids("person_ids")))


def _memberships_on() -> Select:
    on = _one("on")
    return select(_membership.c.person_id, _membership.c.body_id, _membership.c.role,
                  _membership.c.starts_on, _membership.c.ends_on).where(
        _membership.c.body_id == _one("body_id"), _membership.c.starts_on <= on,
        or_(_membership.c.ends_on.is_(None), _membership.c.ends_on >= on))


# --- attendance, justering ------------------------------------------------------------

@_query
def attendance_of_meetings() -> Select:
    return (select(*_attendance.c).where(_attendance.c.meeting_id.in_(_ids()))
            .order_by(_attendance.c.position, _attendance.c.id))


@_query
def paragraph_attendance() -> Select:
    return (select(*_paragraph_attendance.c)
            .where(_paragraph_attendance.c.paragraph_id.in_(_ids()))
            .order_by(_paragraph_attendance.c.id))


@_query
def servings_of_meeting() -> Select:
    return (select(_paragraph_attendance.c.person_id, _paragraph.c.number,
                   _paragraph_attendance.c.replaces_person_id)
            .join(_paragraph, _paragraph.c.id == _paragraph_attendance.c.paragraph_id)
            .where(_paragraph.c.meeting_id == _one("meeting_id"),
                   _paragraph_attendance.c.kind == _one("kind"))
            .order_by(_paragraph.c.position))


@_query
def meeting_approvals() -> Select:
    return (select(*_approval.c, _paragraph.c.number.label("paragraph_number"))
            .select_from(_approval)
            .outerjoin(_paragraph, _paragraph.c.id == _approval.c.paragraph_id)
            .where(_approval.c.meeting_id == _one("meeting_id"))
            .order_by(_approval.c.position))


@_query
def signature_round() -> Select:
    return select(func.max(_minutes_signature.c.round).label("round")).where(
        _minutes_signature.c.meeting_id == _one("meeting_id"))


@_query
def signatures_of_round() -> Select:
    return (select(*_minutes_signature.c, _person.c.name.label("person_name"))
            .join(_person, _person.c.id == _minutes_signature.c.person_id)
            .where(_minutes_signature.c.meeting_id == _one("meeting_id"),
                   _minutes_signature.c.round == _one("round"))
            .order_by(_minutes_signature.c.id))


@_query
def sealed_pdf() -> Select:
    return (select(_stored_file.c.content, _stored_file.c.sha256)
            .join(_minutes_seal, _minutes_seal.c.pdf_file_id == _stored_file.c.id)
            .where(_minutes_seal.c.meeting_id == _one("meeting_id")))


# --- the parts of a paragraph -------------------------------------------------------------

def _of_paragraphs(table: object, *columns: object) -> Select:
    return (select(*columns).where(table.c.paragraph_id.in_(_ids()))  # type: ignore[attr-defined]
            .order_by(table.c.paragraph_id, table.c.position))  # type: ignore[attr-defined]


@_query
def decision_points() -> Select:
    return _of_paragraphs(_decision_point, _decision_point.c.paragraph_id,
                          _decision_point.c.text)


@_query
def paragraph_sections() -> Select:
    return _of_paragraphs(_paragraph_section, _paragraph_section.c.paragraph_id,
                          _paragraph_section.c.heading, _paragraph_section.c.body,
                          _paragraph_section.c.id)


@_query
def distributions() -> Select:
    return _of_paragraphs(_distribution, _distribution.c.paragraph_id,
                          _distribution.c.recipient)


@_query
def basis_documents() -> Select:
    return _of_paragraphs(_basis_document, *_basis_document.c)


@_query
def basis_references() -> Select:
    return (select(_paragraph.c.id, _paragraph.c.number, _meeting.c.starts_at,
                   _body.c.short_name)
            .join(_meeting, _meeting.c.id == _paragraph.c.meeting_id)
            .join(_body, _body.c.id == _paragraph.c.body_id)
            .where(_paragraph.c.id.in_(_ids())))


@_query
def reported_items() -> Select:
    return _of_paragraphs(_reported_item, *_reported_item.c)


@_query
def proposals_of_paragraphs() -> Select:
    return (select(*_proposal.c).where(_proposal.c.paragraph_id.in_(_ids()),
                                       _proposal.c.withdrawn.is_(False))
            .order_by(_proposal.c.paragraph_id, _proposal.c.position))


@_query
def proposals() -> Select:
    return select(*_proposal.c).where(_proposal.c.id.in_(_ids()))


@_query
def proposal_authors() -> Select:
    return (select(_proposal_author.c.proposal_id, _proposal_author.c.person_id)
            .where(_proposal_author.c.proposal_id.in_(_ids()))
            .order_by(_proposal_author.c.proposal_id, _proposal_author.c.position))


@_query
def votes_of_paragraphs() -> Select:
    return (select(*_vote.c).where(_vote.c.paragraph_id.in_(_ids()))
            .order_by(_vote.c.paragraph_id, _vote.c.position))


@_query
def ballots_of_votes() -> Select:
    return select(*_ballot.c).where(_ballot.c.vote_id.in_(_ids()))


# --- statements (reservationer, särskilda yttranden) --------------------------------------

@_query
def statements_of_paragraphs() -> Select:
    return (select(*_statement.c).where(_statement.c.paragraph_id.in_(_ids()))
            .order_by(_statement.c.paragraph_id, _statement.c.position))


@_query
def statements() -> Select:
    return (select(*_statement.c).where(_statement.c.id.in_(_ids()))
            .order_by(_statement.c.paragraph_id, _statement.c.position))


@_query
def statement_authors() -> Select:
    return (select(_statement_author.c.statement_id, _statement_author.c.person_id)
            .where(_statement_author.c.statement_id.in_(_ids()))
            .order_by(_statement_author.c.statement_id, _statement_author.c.position))


@_query
def statement_concurrences() -> Select:
    return (select(_statement_concurrence.c.statement_id, _statement_concurrence.c.person_id)
            .where(_statement_concurrence.c.statement_id.in_(_ids()))
            .order_by(_statement_concurrence.c.statement_id,
                      _statement_concurrence.c.position))


# --- bilagor ------------------------------------------------------------------------------

@_query
def appendix_order() -> Select:
    return (select(_appendix.c.id, _appendix.c.number, _appendix.c.kind,
                   func.coalesce(_paragraph.c.position, literal_column("-1"))
                   .label("paragraph_position"),
                   func.coalesce(_statement.c.position, literal_column("0"))
                   .label("statement_position"))
            .select_from(_appendix)
            .outerjoin(_paragraph, _paragraph.c.id == _appendix.c.paragraph_id)
            .outerjoin(_statement, _statement.c.id == _appendix.c.statement_id)
            .where(_appendix.c.meeting_id == _one("meeting_id")))


@_query
def appendices_of_meeting() -> Select:
    return select(*_appendix.c).where(_appendix.c.meeting_id == _one("meeting_id"))


@_query
def appendices_of_statements() -> Select:
    return (select(_appendix.c.statement_id, _appendix.c.id, _appendix.c.meeting_id)
            .where(_appendix.c.statement_id.in_(_ids())))


@_query
def appendix_lines() -> Select:
    return (select(_appendix.c.id, _appendix.c.paragraph_id, _appendix.c.kind,
                   _appendix.c.title)
            .where(_appendix.c.paragraph_id.in_(_ids()), _appendix.c.kind != _one("kind")))


@_query
def stored_file_content() -> Select:
    return select(_stored_file.c.content).where(_stored_file.c.id == _one())


NAMES: tuple[str, ...] = tuple(sorted(_BUILDERS))
