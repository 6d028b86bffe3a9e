# SPDX-License-Identifier: EUPL-1.2
"""The public version of a body's year, as plain values: what the web pages, the tagged PDFs
and the open data are made from (kraftdesk.reading.publication builds it).

Everything here has passed the publication checks: marked content is already replaced by
its note, and no unconfirmed personnummer is left.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kraftdesk.domain.document import AppendixDoc, MinutesDoc, ParagraphDoc


@dataclass(frozen=True)
class PublicBallot:
    name: str
    party: str | None
    choice: str  # "yes", "no", "abstain" (BallotChoice values)


@dataclass(frozen=True)
class PublicVote:
    """An open vote (omröstning): the proposition and each member's ballot."""

    vote_id: int
    yes_meaning: str
    no_meaning: str
    ballots: tuple[PublicBallot, ...]
    result: str  # "yes" (Ja won), "no", or "tie"


@dataclass(frozen=True)
class PublicParagraph:
    paragraph_id: int
    number: int
    label: str  # "§ 16"
    title: str  # with marked passages replaced
    case_id: int | None
    case_number: str | None
    doc: ParagraphDoc  # the public § as printed
    appendices: tuple[AppendixDoc, ...]
    withheld: bool  # the whole § is marked (sekretess or personal data)
    decided: bool  # the body decided itself (not a proposal to another body)
    decision_text: str  # the decision as plain text ("" when withheld)
    votes: tuple[PublicVote, ...] = ()


@dataclass(frozen=True)
class PublicMeeting:
    meeting_id: int
    reference: str  # "KS:2026-02-04"
    starts_at: datetime
    ends_at: datetime | None
    place: str | None
    approved_on: date
    posted_on: date | None
    minutes: MinutesDoc  # the public version, for the tagged PDF
    paragraphs: tuple[PublicParagraph, ...]


@dataclass(frozen=True)
class Handling:
    """One handling of a case: a justerad paragraph of any body."""

    paragraph_id: int
    body_short_name: str
    body_name: str
    day: date
    label: str
    title: str
    published: bool  # part of this publication (its page exists)


@dataclass(frozen=True)
class PublicCase:
    case_id: int
    number: str  # diarienummer
    title: str
    handlings: tuple[Handling, ...]


@dataclass(frozen=True)
class Publication:
    organisation: str
    body_short_name: str
    body_name: str
    year: int
    meetings: tuple[PublicMeeting, ...]
    cases: tuple[PublicCase, ...]
    not_approved: tuple[str, ...] = ()  # meetings of the year left out: not justerade
    confirmed_numbers: frozenset[str] = frozenset()  # ten digits, confirmed not personnummer
