# SPDX-License-Identifier: EUPL-1.2
"""The protocol checker's findings: what it looks for, and how serious each one is.

An ERROR stands in the way of justering (KL 5 kap. 66–69 §§ say the minutes must show it,
or the register would print something legally wrong); a WARNING may be justerad past once
the secretary has confirmed it, and the confirmation is logged. kraftdesk.reading.checks
finds them, kraftdesk.text.checks says them in Swedish (naming paragraph and field), and the
same list is shown by `kraftdesk check`, before sending for justering and in the justering
dialog; the justering service refuses on errors and asks for confirmation of warnings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


class Check(StrEnum):
    # The minutes as a whole
    NO_ATTENDANCE = "no_attendance"  # who served is not recorded (5 kap. 66 §)
    ATTENDANCE = "attendance"  # the attendance contradicts itself or the memberships
    NO_CHAIR = "no_chair"
    NO_APPROVERS = "no_approvers"  # no justerare appointed
    NO_SECRETARY = "no_secretary"
    POSTING_LATE = "posting_late"  # anslag after the second day after justering (8:12)
    OPEN_PROMISE = "open_promise"  # a promised text has not arrived
    PROMISED_AFTER_JUSTERING = "promised_after_justering"  # due after the justering time
    RECEIVED_AFTER_JUSTERING = "received_after_justering"
    # One paragraph
    UNNUMBERED = "unnumbered"
    NO_DECISION = "no_decision"  # neither a decision nor a deliberate "no decision"
    DECISION_AND_NO_DECISION = "decision_and_no_decision"
    VOTE_WITHOUT_RESULT = "vote_without_result"
    VOTE_INCOMPLETE = "vote_incomplete"  # members serving without a ballot
    VOTE_TOO_MANY = "vote_too_many"  # a closed vote's count exceeds those serving
    EXCEPTIONS = "exceptions"  # the paragraph's jäv/absence/serving contradicts attendance
    CONFLICT = "conflict"  # someone jävig, absent or not serving votes, proposes, reserves
    CHAIR_OUT = "chair_out"  # the chair is jävig or absent and no tjänstgörande ordförande
    APPENDIX_WITHOUT_RESERVATION = "appendix_without_reservation"
    PERSONAL_NUMBER = "personal_number"  # a personnummer in a text of the minutes


SEVERITY = {
    Check.NO_ATTENDANCE: Severity.ERROR,
    Check.ATTENDANCE: Severity.ERROR,
    Check.NO_CHAIR: Severity.ERROR,
    Check.NO_APPROVERS: Severity.ERROR,
    Check.NO_SECRETARY: Severity.WARNING,
    Check.POSTING_LATE: Severity.WARNING,
    Check.OPEN_PROMISE: Severity.WARNING,
    Check.PROMISED_AFTER_JUSTERING: Severity.WARNING,
    Check.RECEIVED_AFTER_JUSTERING: Severity.WARNING,
    Check.UNNUMBERED: Severity.ERROR,
    Check.NO_DECISION: Severity.ERROR,
    Check.DECISION_AND_NO_DECISION: Severity.ERROR,
    Check.VOTE_WITHOUT_RESULT: Severity.ERROR,
    Check.VOTE_INCOMPLETE: Severity.WARNING,
    Check.VOTE_TOO_MANY: Severity.ERROR,
    Check.EXCEPTIONS: Severity.ERROR,
    Check.CONFLICT: Severity.ERROR,
    Check.CHAIR_OUT: Severity.WARNING,
    Check.APPENDIX_WITHOUT_RESERVATION: Severity.ERROR,
    Check.PERSONAL_NUMBER: Severity.ERROR,
}


#: Warnings a justering does not ask to confirm: open promises have their own confirmation
#: (they then become "not received"); a late anslag is a fact that cannot be undone.
CONFIRMED_ELSEWHERE = frozenset({Check.OPEN_PROMISE, Check.POSTING_LATE})


@dataclass(frozen=True)
class Finding:
    """One thing the checker found. `number`: the paragraph (None: the minutes as a whole);
    `field`: what in it (a key kraftdesk.text.checks names); `message`: the Swedish text."""

    check: Check
    number: int | None
    field: str
    message: str
    paragraph_id: int | None = None

    @property
    def severity(self) -> Severity:
        return SEVERITY[self.check]

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]


def warnings(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if not f.is_error]


def to_confirm(findings: list[Finding]) -> list[Finding]:
    """The warnings a justering needs the secretary to confirm."""
    return [f for f in findings if not f.is_error and f.check not in CONFIRMED_ELSEWHERE]
