# SPDX-License-Identifier: EUPL-1.2
"""Enumerations of the domain; the stored value is the string value of each member.

Every enumerated column in the register carries a CHECK constraint built from these.
"""

from __future__ import annotations

from enum import StrEnum


class BodyKind(StrEnum):
    """What kind of decision-making body (organ) a body is."""

    ASSEMBLY = "assembly"  # kommunfullmäktige, regionfullmäktige
    EXECUTIVE_BOARD = "executive_board"  # kommunstyrelsen, regionstyrelsen
    COMMITTEE = "committee"  # en nämnd
    WORKING_COMMITTEE = "working_committee"  # arbetsutskott, beredning
    COMPANY_BOARD = "company_board"  # bolagsstyrelse


class Role(StrEnum):
    """A person's role in a body (Membership.role)."""

    CHAIR = "chair"  # ordförande
    VICE_CHAIR = "vice_chair"  # vice ordförande (förste vice)
    SECOND_VICE_CHAIR = "second_vice_chair"  # andre vice ordförande
    MEMBER = "member"  # ledamot
    SUBSTITUTE = "substitute"  # ersättare


class MinutesState(StrEnum):
    """Where the minutes of a meeting stand."""

    DRAFT = "draft"
    SENT_FOR_APPROVAL = "sent_for_approval"  # skickat för justering
    APPROVED = "approved"  # justerat: locked for ever


class NumberingScheme(StrEnum):
    """How paragraph numbers run (an organisation setting)."""

    PER_YEAR = "per_year"  # per body and calendar year (the common default)
    PER_MINUTES = "per_minutes"  # from § 1 in every minutes


class TakeDownRule(StrEnum):
    """When the posting (anslag) may come down (an organisation setting)."""

    LAST_APPEAL_DAY = "last_appeal_day"
    NEXT_WEEKDAY = "next_weekday"  # the first weekday after the last appeal day


class CaseStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class AttendanceKind(StrEnum):
    """How a person attended a meeting."""

    MEMBER = "member"  # tjänstgörande ledamot
    SERVING_SUBSTITUTE = "serving_substitute"  # tjänstgörande ersättare
    SUBSTITUTE = "substitute"  # ej tjänstgörande ersättare
    OFFICIAL = "official"  # tjänsteperson, övriga närvarande
    OTHER = "other"


class ParagraphAttendanceKind(StrEnum):
    """An exception to the meeting's attendance for one paragraph."""

    RECUSED = "recused"  # jäv: takes no part in the handling
    ABSENT = "absent"  # not present for this paragraph
    SERVING = "serving"  # a substitute serving for this paragraph only


class ProposalKind(StrEnum):
    """What a yrkande asks for."""

    APPROVAL = "approval"  # bifall
    REJECTION = "rejection"  # avslag
    REFERRAL_BACK = "referral_back"  # återremiss
    POSTPONEMENT = "postponement"  # bordläggning
    AMENDMENT = "amendment"  # ändringsyrkande
    ADDITION = "addition"  # tilläggsyrkande
    OWN = "own"  # own wording


class BallotChoice(StrEnum):
    YES = "yes"  # Ja
    NO = "no"  # Nej
    ABSTAIN = "abstain"  # Avstår


class StatementKind(StrEnum):
    RESERVATION = "reservation"
    SPECIAL_STATEMENT = "special_statement"  # särskilt yttrande
    MINUTES_NOTE = "minutes_note"  # protokollsanteckning


class StatementState(StrEnum):
    """The life of a statement announced at a meeting.

    ANNOUNCED: complete as said at the meeting, no written text expected (an oral
    reservation, a protokollsanteckning dictated into the minutes).
    PROMISED: a written text is to come, by the deadline (the justering time).
    RECEIVED: the text (or a PDF) has arrived.
    WITHDRAWN: the author withdrew it before justering.
    NOT_RECEIVED: justering came and the promised text had not arrived.
    """

    ANNOUNCED = "announced"
    PROMISED = "promised"
    RECEIVED = "received"
    WITHDRAWN = "withdrawn"
    NOT_RECEIVED = "not_received"


class AppendixKind(StrEnum):
    STATEMENT = "statement"  # a reservation, särskilt yttrande or protokollsanteckning
    VOTING_LIST = "voting_list"
    DOCUMENT = "document"
    # The närvarolista of the whole meeting ("Beslutande: se bilaga 1"). The value fits the
    # column's original width (11).
    ATTENDANCE_LIST = "attendance"


class ParagraphOutcome(StrEnum):
    """A paragraph that decides nothing new (None on the paragraph: an ordinary decision).

    NONE prints no Beslut section at all (information given at the meeting); the others
    print one standard sentence, for REPORT and DELEGATION in the organisation's wording
    ("Kommunstyrelsen lägger anmälningarna till handlingarna.", kraftdesk.text.decision).
    Issue 15's lists of reported items and delegation decisions hang under REPORT and
    DELEGATION.
    """

    NONE = "none"  # information, nothing decided: no Beslut section
    REPORT = "report"  # anmälningsärende: "… lägger anmälningarna till handlingarna"
    INFORMATION = "information"  # "… lägger informationen till handlingarna"
    DELEGATION = "delegation"  # "… lägger anmälan av delegationsbesluten till handlingarna"


class ApprovalRole(StrEnum):
    """In which capacity someone justerade (a row of Approval)."""

    CHAIR = "chair"  # as ordförande
    APPROVER = "approver"  # as justerare


class BasisRefKind(StrEnum):
    """How a basis-document line refers to another body's handling of the case."""

    PROPOSAL = "proposal"  # "Förslag till beslut KSAU 251208 §564"
    DECISION = "decision"  # "Beslut KF 240926 § 189"


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class MarkKind(StrEnum):
    """What a mark says about the text it covers (the public version leaves it out or not)."""

    SECRECY = "secrecy"  # sekretess under OSL, with its provision ("26 kap. 1 § OSL")
    PERSONAL_DATA = "personal_data"  # a private person's name, an address, a personnummer
    # A detected personnummer that the secretary has confirmed is none: it may be published.
    NOT_PERSONAL_NUMBER = "not_personal_number"


class MarkScope(StrEnum):
    """How much a mark covers."""

    PARAGRAPH = "paragraph"  # the whole § (its heading stays)
    SECTION = "section"  # one section of the § (its heading stays)
    PASSAGE = "passage"  # a passage of one stored text
    APPENDIX = "appendix"  # a whole bilaga


class ParagraphDeferral(StrEnum):
    """A paragraph that did not settle the case: it must come back on a later agenda."""

    TABLED = "tabled"  # bordlagt
    REFERRED_BACK = "referred_back"  # återremitterat


class ReportedItemKind(StrEnum):
    """A line of an anmälningsärenden or delegationsbeslut list."""

    DOCUMENT = "document"  # anmälningsärende: a letter, a decision of another body
    DELEGATED_DECISION = "delegated_decision"  # delegationsbeslut


class DispatchMeans(StrEnum):
    """How an extract was sent (expediering)."""

    EMAIL = "email"  # e-post
    POST = "post"  # brev
    INTERNAL_MAIL = "internal_mail"  # internpost
    CASE_SYSTEM = "case_system"  # through the case management system (ärendehanteringen)
    HAND = "hand"  # lämnat personligen
    OTHER = "other"


class AgendaPlacement(StrEnum):
    """Where a body's standard agenda item goes on every new meeting's agenda."""

    START = "start"
    END = "end"


class JusteringMethod(StrEnum):
    """How the organisation's minutes are justerade (an organisation setting)."""

    EITHER = "either"  # electronic signatures or ink on paper, as each meeting goes
    ELECTRONIC = "electronic"  # PAdES signatures only
    PAPER = "paper"  # ink on paper only (justering recorded by the secretary)


class SignerRole(StrEnum):
    """Whose line on the front page a signature is on."""

    SECRETARY = "secretary"  # sekreterare
    CHAIR = "chair"  # ordförande
    APPROVER = "approver"  # justerare


class SignatureOutcome(StrEnum):
    """What a signer did: signed, or refused to sign (with a comment)."""

    SIGNED = "signed"
    REFUSED = "refused"
