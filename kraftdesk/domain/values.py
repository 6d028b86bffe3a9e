# SPDX-License-Identifier: EUPL-1.2
"""Plain values the text composer works from: no ORM objects, no SQL, no Qt.

kraftdesk.services.composition reads the register and builds these; kraftdesk.text turns
them into Swedish sentences and composed documents (kraftdesk.domain.document). Tests of the
wording build them by hand.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from kraftdesk.domain.enums import (
    BallotChoice,
    BasisRefKind,
    BodyKind,
    ParagraphOutcome,
    ProposalKind,
    StatementKind,
    StatementState,
)


@dataclass(frozen=True)
class PersonName:
    """A person as printed: "John Eklöf (M)"; pronoun for "anmäler att hon avser …"."""

    name: str
    party: str | None = None  # abbreviation: "M"
    pronoun: str | None = None  # "hon", "han", "hen" or None (unknown: phrased without it)
    title: str | None = None  # for officials and the secretary: "Nämndsekreterare"


@dataclass(frozen=True)
class BodyName:
    """A body: name in definite form as a heading ("Kommunstyrelsen"), short name ("KS")."""

    name: str
    short_name: str
    kind: BodyKind = BodyKind.COMMITTEE
    # Set when the rule of kraftdesk.text.formats does not give them: in running text
    # ("kommunstyrelsen") and its genitive ("kommunstyrelsens").
    running: str | None = None
    genitive: str | None = None


@dataclass(frozen=True)
class OrganisationTexts:
    """Standard wordings that differ between kommuner (organisation settings)."""

    special_statement_not_received: str = (
        "Särskilt yttrande har inte inkommit vid tidpunkt för justering."
    )
    reservation_not_received: str = (
        "Vid justering av protokollet har ingen skriftlig reservation inkommit."
    )
    distribution_heading: str = "Protokollsutdrag skickas till"
    # "X reserverar sig mot beslutet och lämnar skriftlig reservation, bilaga 3."
    reservation_received: str = "lämnar skriftlig reservation"


@dataclass(frozen=True)
class ProposalValue:
    """A yrkande not withdrawn, as made at the meeting."""

    kind: ProposalKind
    authors: tuple[PersonName, ...]
    subject: str | None = None  # "stadsledningskontorets förslag"
    text: str | None = None  # own wording
    adopted: bool = False  # the chair found it adopted
    proposal_id: int | None = None


@dataclass(frozen=True)
class BallotValue:
    person: PersonName
    choice: BallotChoice
    serving_substitute: bool = False  # "tjänstgörande ersättaren …"


@dataclass(frozen=True)
class VoteValue:
    """A vote: the approved proposition and one ballot per serving member (open), or the
    counts only (closed: a val with slutna sedlar)."""

    yes_meaning: str  # "bifall till kommunstyrelsens förslag"
    no_meaning: str
    ballots: tuple[BallotValue, ...]
    yes_proposal: ProposalValue | None = None
    no_proposal: ProposalValue | None = None
    # The chair's own ballot decides a tie (None: the chair did not vote Ja or Nej).
    chair: PersonName | None = None
    chair_choice: BallotChoice | None = None
    missing: tuple[PersonName, ...] = ()  # serving members without a ballot yet
    acting_chair: bool = False  # `chair` is the paragraph's tjänstgörande ordförande
    election: bool = False  # a val: a tie is settled by lot
    secret: bool = False  # slutna sedlar: counts only
    counts: tuple[int | None, int | None, int | None] = (None, None, None)  # Ja, Nej, blank
    lot_winner: BallotChoice | None = None


@dataclass(frozen=True)
class StatementValue:
    """A reservation, särskilt yttrande or protokollsanteckning announced at the meeting."""

    kind: StatementKind
    state: StatementState
    authors: tuple[PersonName, ...]
    concurring: tuple[PersonName, ...] = ()
    appendix_number: int | None = None  # bilaga N; None: written into the paragraph
    has_appendix: bool = False
    # "till förmån för det egna yrkandet" / "till förmån för Karin Pleijels (MP) yrkande".
    in_favour_of: ProposalValue | None = None
    with_reservation: bool = False
    text: str | None = None  # received or dictated text
    has_file: bool = False  # received as a PDF
    deadline: datetime | None = None
    statement_id: int | None = None


@dataclass(frozen=True)
class HandlingRef:
    """Another body's handling of the case, as referred to in a Beslutsunderlag line."""

    kind: BasisRefKind
    body_short_name: str  # "KSAU"
    meeting_date: date
    number: int | None
    statements: tuple[StatementValue, ...] = ()  # those attached to that decision


@dataclass(frozen=True)
class BasisLine:
    """A Beslutsunderlag line: free text, and/or a reference to another handling of the case.

    The secretary gives the text and, for a reference, the paragraph referred to and whether
    it is a förslag till beslut or a beslut (ref_paragraph_id, ref_kind); reading the line
    from the register also fills in `ref`, the referred handling as the line prints it.
    """

    text: str | None = None
    ref_paragraph_id: int | None = None
    ref_kind: BasisRefKind | None = None  # PROPOSAL: "Förslag till beslut …"; DECISION: "Beslut …"
    ref: HandlingRef | None = None


@dataclass(frozen=True)
class FreeSection:
    """A section of the paragraph under its own heading ("Tidigare behandling", "Yttrande")."""

    heading: str
    body: str
    section_id: int | None = None  # the paragraph_section row


@dataclass(frozen=True)
class MeetingValue:
    body: BodyName
    starts_at: datetime
    secretary: PersonName | None = None


@dataclass(frozen=True)
class ParagraphValue:
    """Everything a § prints, as plain values."""

    paragraph_id: int
    number: int | None
    title: str
    case_number: str | None
    meeting: MeetingValue
    summary: str | None = None
    proposes_to: BodyName | None = None  # None: the meeting's body decides itself
    formula_override: str | None = None
    decision_points: tuple[str, ...] = ()
    free_sections: tuple[FreeSection, ...] = ()
    proposals: tuple[ProposalValue, ...] = ()
    procedure_text: str | None = None  # beslutsgång written by hand
    votes: tuple[VoteValue, ...] = ()
    recused: tuple[PersonName, ...] = ()  # jäv
    statements: tuple[StatementValue, ...] = ()
    basis: tuple[BasisLine, ...] = ()
    distribution: tuple[str, ...] = ()
    immediately_approved_on: date | None = None
    outcome: ParagraphOutcome | None = None  # None: an ordinary decision
    acting_chair: PersonName | None = None  # tjänstgörande ordförande in this §
    # (ersättare, member): serving otherwise than for the whole meeting, in this §.
    substitutions: tuple[tuple[PersonName, PersonName], ...] = ()
    other_case_numbers: tuple[str, ...] = ()  # further diarienummer
