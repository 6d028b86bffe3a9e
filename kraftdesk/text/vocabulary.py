# SPDX-License-Identifier: EUPL-1.2
"""The Swedish words for the kinds, states and roles of kraftdesk.domain.enums: the one table.

The GUI's lists and choices, the command line, the services' messages and the PDF all take
their words from here. Each table is keyed by the enum; a word that needs a form of its own
(definite, lower case, a phrase for a message) has its own table beside the plain one. Only
kraftdesk.domain.enums is imported, so the window's first screen can use it at start.
"""

from __future__ import annotations

from kraftdesk.domain.enums import (
    AgendaPlacement,
    AppendixKind,
    AttendanceKind,
    BallotChoice,
    CaseStatus,
    DispatchMeans,
    JusteringMethod,
    MinutesState,
    ParagraphDeferral,
    ProposalKind,
    ReportedItemKind,
    Role,
    SignerRole,
    StatementKind,
    StatementState,
)

# --- reservationer, särskilda yttranden, protokollsanteckningar --------------------------

#: Heading of a bilaga, a column, a choice: "Särskilt yttrande". In this order everywhere
#: (Beslutsunderlag lines list reservationer first).
STATEMENT_KIND = {
    StatementKind.RESERVATION: "Reservation",
    StatementKind.SPECIAL_STATEMENT: "Särskilt yttrande",
    StatementKind.MINUTES_NOTE: "Protokollsanteckning",
}

#: Running text, indefinite without article: "ett gemensamt särskilt yttrande" is composed
#: in kraftdesk.text.statements; this is "§ 16: särskilt yttrande från …".
STATEMENT_KIND_WORD = {kind: title.lower() for kind, title in STATEMENT_KIND.items()}

#: Definite form: "Det särskilda yttrandet har därefter återkallats", "Ångra anmälan av
#: reservationen".
STATEMENT_KIND_DEFINITE = {
    StatementKind.RESERVATION: "reservationen",
    StatementKind.SPECIAL_STATEMENT: "det särskilda yttrandet",
    StatementKind.MINUTES_NOTE: "protokollsanteckningen",
}

#: With the indefinite article: "Bo Ek (S) står bakom en reservation under § 16".
STATEMENT_KIND_INDEFINITE = {
    StatementKind.RESERVATION: "en reservation",
    StatementKind.SPECIAL_STATEMENT: "ett särskilt yttrande",
    StatementKind.MINUTES_NOTE: "en protokollsanteckning",
}

#: A column or a list: "Utlovad".
STATEMENT_STATE = {
    StatementState.ANNOUNCED: "Anmäld",
    StatementState.PROMISED: "Utlovad",
    StatementState.RECEIVED: "Inkommen",
    StatementState.WITHDRAWN: "Återkallad",
    StatementState.NOT_RECEIVED: "Ej inkommen",
}

#: After "… är": "Reservationen är redan inkommen; ingen text väntas."
STATEMENT_STATE_PHRASE = {
    StatementState.ANNOUNCED: "anmäld vid sammanträdet utan text att vänta på",
    StatementState.PROMISED: "utlovad",
    StatementState.RECEIVED: "redan inkommen",
    StatementState.WITHDRAWN: "återkallad",
    StatementState.NOT_RECEIVED: "registrerad som inte inkommen vid justeringen",
}

# --- meetings and cases ------------------------------------------------------------------

MINUTES_STATE = {
    MinutesState.DRAFT: "Utkast",
    MinutesState.SENT_FOR_APPROVAL: "Skickat för justering",
    MinutesState.APPROVED: "Justerat",
}

CASE_STATUS = {CaseStatus.OPEN: "Öppet", CaseStatus.CLOSED: "Avslutat"}

#: What came of a paragraph that did not settle its ärende: "Bordlagt".
PARAGRAPH_DEFERRAL = {ParagraphDeferral.TABLED: "Bordlagt",
                     ParagraphDeferral.REFERRED_BACK: "Återremitterat"}

#: The decision, after the body's name: "Kommunstyrelsen beslutar att bordlägga ärendet."
PARAGRAPH_DEFERRAL_DECISION = {ParagraphDeferral.TABLED: "beslutar att bordlägga ärendet",
                              ParagraphDeferral.REFERRED_BACK: "beslutar att återremittera "
                                                              "ärendet"}

#: In the past tense before "i KS:2026-12-02 § 415": "Bordlades".
PARAGRAPH_DEFERRAL_PAST = {ParagraphDeferral.TABLED: "Bordlades",
                          ParagraphDeferral.REFERRED_BACK: "Återremitterades"}

# --- before and after the meeting ---------------------------------------------------------

#: A line of a paragraph's list, as a column: "Delegationsbeslut".
REPORTED_ITEM_KIND = {ReportedItemKind.DOCUMENT: "Anmälan",
                      ReportedItemKind.DELEGATED_DECISION: "Delegationsbeslut"}

#: What a bilaga is, as a column of the meeting's list of bilagor: "Omröstningslista".
APPENDIX_KIND = {AppendixKind.STATEMENT: "Yttrande",
                 AppendixKind.VOTING_LIST: "Omröstningslista",
                 AppendixKind.DOCUMENT: "Dokument",
                 AppendixKind.ATTENDANCE_LIST: "Närvarolista"}

#: Where a standard item goes on the agenda, as a choice: "Början".
AGENDA_PLACEMENT = {AgendaPlacement.START: "Början", AgendaPlacement.END: "Slutet"}

#: How an extract was sent, in running text after "med" ("Skickat … med e-post") and, in
#: lower case, on the command line ("--sätt e-post"). As a choice: capitalised.
DISPATCH_MEANS = {
    DispatchMeans.EMAIL: "e-post",
    DispatchMeans.POST: "brev",
    DispatchMeans.INTERNAL_MAIL: "internpost",
    DispatchMeans.CASE_SYSTEM: "ärendehanteringssystemet",
    DispatchMeans.HAND: "personligen",
    DispatchMeans.OTHER: "annat sätt",
}

# --- people at the meeting ---------------------------------------------------------------

#: A role in the body, in running text and after a name: "Eva Lund (S), ordförande".
#: As a heading or a choice, capitalised: kraftdesk.text.formats.capitalise.
ROLE = {
    Role.CHAIR: "ordförande",
    Role.VICE_CHAIR: "vice ordförande",
    Role.SECOND_VICE_CHAIR: "andre vice ordförande",
    Role.MEMBER: "ledamot",
    Role.SUBSTITUTE: "ersättare",
}

#: The first of two vice chairs, when the body has a second one.
FIRST_VICE_CHAIR = "förste vice ordförande"

#: A seat (uppdrag) as member lists, the Organisation page and the set-up commands name it:
#: "1:e vice ordförande". (The minutes print ROLE: "vice ordförande".)
SEAT = {
    Role.CHAIR: "ordförande",
    Role.VICE_CHAIR: "1:e vice ordförande",
    Role.SECOND_VICE_CHAIR: "2:e vice ordförande",
    Role.MEMBER: "ledamot",
    Role.SUBSTITUTE: "ersättare",
}

#: Other ways a member list may write a seat (lower case, spaces collapsed), besides SEAT's.
SEAT_ALIASES: tuple[tuple[str, Role], ...] = (
    ("ordf", Role.CHAIR), ("ordf.", Role.CHAIR),
    ("1:e vice", Role.VICE_CHAIR), ("1:e vice ordf", Role.VICE_CHAIR),
    ("förste vice ordförande", Role.VICE_CHAIR), ("första vice ordförande", Role.VICE_CHAIR),
    ("vice ordförande", Role.VICE_CHAIR),
    ("2:e vice", Role.SECOND_VICE_CHAIR), ("2:e vice ordf", Role.SECOND_VICE_CHAIR),
    ("andre vice ordförande", Role.SECOND_VICE_CHAIR),
    ("andra vice ordförande", Role.SECOND_VICE_CHAIR),
    ("ledamöter", Role.MEMBER), ("ordinarie", Role.MEMBER),
    ("ers", Role.SUBSTITUTE), ("ers.", Role.SUBSTITUTE),
)


def read_seat(text: str) -> Role | None:
    """The role a member list names ("1:e vice ordförande", "Ledamot"), or None."""
    wanted = " ".join(text.strip().lower().split())
    for word, role in (*((w, r) for r, w in SEAT.items()), *SEAT_ALIASES):
        if word == wanted:
            return role
    return None


def seat_choices() -> str:
    """ "ordförande, 1:e vice ordförande, 2:e vice ordförande, ledamot eller ersättare"."""
    words = list(SEAT.values())
    return ", ".join(words[:-1]) + " eller " + words[-1]

#: How a person attended, as a column: "Tjänstgörande ersättare".
ATTENDANCE_KIND = {
    AttendanceKind.MEMBER: "Ledamot",
    AttendanceKind.SERVING_SUBSTITUTE: "Tjänstgörande ersättare",
    AttendanceKind.SUBSTITUTE: "Ersättare",
    AttendanceKind.OFFICIAL: "Övriga närvarande",
    AttendanceKind.OTHER: "Övrig",
}

#: A capacity in running text: "… står både som tjänstgörande ledamot och som ej
#: tjänstgörande ersättare under § 3".
ATTENDANCE_CAPACITY = {
    AttendanceKind.MEMBER: "tjänstgörande ledamot",
    AttendanceKind.SERVING_SUBSTITUTE: "tjänstgörande ersättare",
    AttendanceKind.SUBSTITUTE: "ej tjänstgörande ersättare",
    AttendanceKind.OFFICIAL: "tjänsteperson",
    AttendanceKind.OTHER: "övrig närvarande",
}

# --- proposals and votes -----------------------------------------------------------------

#: A choice in the yrkande dialog: "Återremiss".
PROPOSAL_KIND = {
    ProposalKind.APPROVAL: "Bifall",
    ProposalKind.REJECTION: "Avslag",
    ProposalKind.REFERRAL_BACK: "Återremiss",
    ProposalKind.POSTPONEMENT: "Bordläggning",
    ProposalKind.AMENDMENT: "Ändringsyrkande",
    ProposalKind.ADDITION: "Tilläggsyrkande",
    ProposalKind.OWN: "Eget yrkande",
}

#: The noun in running text: "Karin Pleijels (MP) återremissyrkande".
PROPOSAL_KIND_NOUN = {
    ProposalKind.APPROVAL: "yrkande",
    ProposalKind.REJECTION: "avslagsyrkande",
    ProposalKind.REFERRAL_BACK: "återremissyrkande",
    ProposalKind.POSTPONEMENT: "yrkande om bordläggning",
    ProposalKind.AMENDMENT: "ändringsyrkande",
    ProposalKind.ADDITION: "tilläggsyrkande",
    ProposalKind.OWN: "yrkande",
}

#: A ballot, in the voting list's columns and in the vote grid, in this order.
BALLOT_CHOICE = {BallotChoice.YES: "Ja", BallotChoice.NO: "Nej", BallotChoice.ABSTAIN: "Avstår"}


# --- elektronisk justering ------------------------------------------------------------------

#: Whose line a signature is on, in running text: "som ordförande".
SIGNER_ROLE = {SignerRole.SECRETARY: "sekreterare", SignerRole.CHAIR: "ordförande",
               SignerRole.APPROVER: "justerare"}

#: How the organisation's minutes are justerade, as a setting says it.
JUSTERING_METHOD = {
    JusteringMethod.EITHER: "elektroniska underskrifter eller underskrifter på papper",
    JusteringMethod.ELECTRONIC: "bara elektroniska underskrifter",
    JusteringMethod.PAPER: "bara underskrifter på papper",
}
