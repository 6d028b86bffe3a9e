# SPDX-License-Identifier: EUPL-1.2
"""Justering: draft → skickat för justering → justerat, omedelbar justering, anslag.

- send_for_justering: records the day; paragraph and bilaga numbers are fixed from here
  (the bilagor are numbered by kraftdesk.services.statements.assign_appendix_numbers);
  recall_from_justering takes it back (the undo of sending), while nobody has justerat.
- justera: records the day and who justerade what (Approval rows: the chair, the justerare,
  an ersättare for an appointed justerare, a justerare for §§ 12–17); the appointed
  justerare stay as appointed. The protocol checker runs first: an error refuses the
  justering, warnings need a confirmation, which is stored (CheckConfirmation) and so logged
  in the audit trail. A promised text still open needs its own confirmation, after which it
  becomes not received (kraftdesk.services.statements.close_open_promises). Then the minutes
  are sealed (kraftdesk.register.seal) together with the final PDF, and locked for ever.
- approve_paragraph_immediately: omedelbar justering of one paragraph, with its time and
  who justerade it; the checker runs on the paragraph; it locks at once.
- record_posting: the day the notice went up on the anslagstavla, once: for the minutes, or
  for a paragraph justerad omedelbart (its own appeal period runs from it).
- calendar: the legal calendar of a meeting or of a paragraph (kraftdesk.domain.calendar).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kraftdesk.domain import rules
from kraftdesk.domain.calendar import LegalCalendar, legal_calendar
from kraftdesk.domain.checks import Check, Finding, to_confirm
from kraftdesk.domain.enums import ApprovalRole, JusteringMethod, MinutesState
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.reading import checks
from kraftdesk.reading.ledger import pending_in
from kraftdesk.reading.minutes import paragraph_calendar, posting_notice
from kraftdesk.reading.references import (
    find_meeting,
    find_meeting_or_paragraph,
    find_paragraph,
    meeting_ref,
    paragraph_ref,
)
from kraftdesk.reading.signing import signers_in_open_round
from kraftdesk.reading.support import organisation as current_organisation
from kraftdesk.register import audit, versions
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Approval,
    Body,
    CheckConfirmation,
    Meeting,
    MeetingApprover,
    Paragraph,
    Person,
    Statement,
)
from kraftdesk.services.changes import Changes
from kraftdesk.services.sealing import seal_ink_justering, seal_posting
from kraftdesk.services.statements import assign_appendix_numbers, close_open_promises
from kraftdesk.text import checks as checks_text
from kraftdesk.text.signing import being_signed

__all__ = [
    "Check", "CheckError", "Finding", "Justerare", "Justerat", "OpenPromisesError",
    "approve_paragraph_immediately", "calendar", "calendar_of", "check", "check_paragraph",
    "justera", "meeting_calendar", "meeting_reference_of", "notice", "open_promises",
    "open_promises_message", "record_posting", "send_for_justering",
]


@dataclass(frozen=True)
class Justerat(Changes):
    """Changes of a justering; `warnings` for the user (a bilaga not made PDF/A)."""

    warnings: tuple[str, ...] = ()


class OpenPromisesError(UserError):
    """Justering refused: promised texts are still open. `promises` names each one."""

    def __init__(self, message: str, promises: tuple[str, ...]) -> None:
        super().__init__(message, field="utlovade texter")
        self.promises = promises


class CheckError(UserError):
    """Justering refused by the protocol checker: `findings` are the errors (or, unconfirmed,
    the warnings) in Swedish, naming paragraph and field."""

    def __init__(self, message: str, findings: tuple[Finding, ...]) -> None:
        super().__init__(message, field=findings[0].field if findings else "kontroll")
        self.findings = findings

    @property
    def only_warnings(self) -> bool:
        return not any(f.is_error for f in self.findings)


@dataclass(frozen=True)
class Justerare:
    """Someone who justerar (some of) the paragraphs: a person id or name, the paragraphs
    (from § first to and including § last; None: all), and whom they justerar in place of
    (an appointed justerare who could not come)."""

    person: int | str
    first: int | None = None
    last: int | None = None
    replaces: int | str | None = None


def send_for_justering(register: Register, meeting: int | str, *, on: date,
                       expected_version: int | None = None) -> Changes:
    """Draft → sent for justering on `on`; numbers the bilagor."""
    with register.write() as session:
        row = find_meeting(session, meeting)
        ref = _ref(session, row)
        rules.ensure_editable(row.minutes_state, what=ref)
        versions.check(row, expected_version, f"protokollet {ref}")
        if row.minutes_state is MinutesState.SENT_FOR_APPROVAL:
            raise UserError(f"Protokollet {ref} är redan skickat för justering "
                            f"({_iso(row.sent_for_approval_on)}).", field="justering")
        _not_before(on, row.starts_at.date(), "Dagen då protokollet skickas för justering",
                    f"sammanträdet {ref}")
        _ensure_numbered(session, row, ref)
        assign_appendix_numbers(session, row.id)  # in agenda order, while still a draft
        row.minutes_state = MinutesState.SENT_FOR_APPROVAL
        row.sent_for_approval_on = on
        return Changes(meetings=frozenset({row.id}))


def recall_from_justering(register: Register, meeting: int | str, *,
                          expected_version: int | None = None) -> Changes:
    """Sent for justering → draft again (undoing the sending, before anyone justerat it):
    the numbers of paragraphs and bilagor may change again."""
    with register.write() as session:
        row = find_meeting(session, meeting)
        ref = _ref(session, row)
        rules.ensure_editable(row.minutes_state, what=ref)
        versions.check(row, expected_version, f"protokollet {ref}")
        if row.minutes_state is not MinutesState.SENT_FOR_APPROVAL:
            raise UserError(f"Protokollet {ref} är inte skickat för justering.",
                            field="justering")
        row.minutes_state = MinutesState.DRAFT
        row.sent_for_approval_on = None
        return Changes(meetings=frozenset({row.id}))


def justera(register: Register, meeting: int | str, *, on: date,
            chair: int | str | None = None,
            approvers: Sequence[int | str | Justerare] | None = None,
            confirm_open_promises: bool = False, confirm_warnings: bool = False,
            now: datetime | None = None) -> Changes:
    """Sent for justering → justerat on `on`: record who justerade what, seal, lock.

    Justering with ink on paper, recorded by the secretary (electronic signatures:
    kraftdesk.services.signing). `chair` and `approvers` are person ids, names or Justerare;
    None: the meeting's chair and the appointed justerare. The appointed list is never
    changed by this.
    """
    now = now or datetime.now()
    with register.write() as session:
        head = audit.head(session.connection())  # anchored in the final PDF's metadata
        row = find_meeting(session, meeting)
        ref = _ref(session, row)
        _ensure_justerable(row, ref, on)
        _ensure_paper_allowed(session, row, ref)
        signers = main_signers(session, row, ref, chair, approvers)
        findings = checks.minutes_findings(session, row.id)
        ensure_checked(ref, findings, confirmed=confirm_warnings)
        promises = open_promises(session, row.id, now=now)
        if promises and not confirm_open_promises:
            raise OpenPromisesError(open_promises_message(ref, promises), promises)
        record_confirmation(session, row, None, findings, now)
        if promises:
            close_open_promises(session, row.id, now=now)
            session.flush()
        record_approvals(session, row, None, signers)
        row.minutes_state = MinutesState.APPROVED
        row.approved_on = on
        warnings = seal_ink_justering(session, row, ref, now=now, head=head)
        return Justerat(meetings=frozenset({row.id}), statements=_statement_ids(session, row),
                        warnings=warnings)


def check(register: Register, meeting: int | str) -> list[Finding]:
    """The protocol checker's findings for the minutes (errors and warnings)."""
    with register.read() as session:
        return checks.minutes_findings(session, find_meeting(session, meeting).id)


def check_paragraph(register: Register, paragraph: int | str) -> list[Finding]:
    """The protocol checker's findings for one paragraph (before an omedelbar justering)."""
    with register.read() as session:
        row = find_paragraph(session, paragraph)
        return checks.minutes_findings(session, row.meeting_id, paragraph_ids=[row.id])


def approve_paragraph_immediately(register: Register, paragraph: int | str, *, on: date,
                                  at: datetime | None = None, chair: int | str | None = None,
                                  approvers: Sequence[int | str | Justerare] | None = None,
                                  confirm_warnings: bool = False,
                                  now: datetime | None = None) -> Changes:
    """Omedelbar justering of one paragraph on `on` (at `at`, the same day), by the chair (the
    paragraph's tjänstgörande ordförande, if any) and the appointed justerare unless others
    are named. The checker's errors for the paragraph refuse it; warnings need confirming.
    """
    now = now or datetime.now()
    with register.write() as session:
        row = find_paragraph(session, paragraph)
        meeting = session.get_one(Meeting, row.meeting_id)
        label = f"§ {row.number}" if row.number is not None else f"«{row.title}»"
        rules.ensure_editable(meeting.minutes_state, what=label,
                              immediately_approved_on=row.immediately_approved_on)
        if row.number is None:
            raise UserError(f"Paragrafen «{row.title}» har inget nummer ännu; numrera den "
                            "innan den justeras omedelbart.", field="paragraf")
        if at is not None and at.date() != on:
            raise UserError(f"Tiden för den omedelbara justeringen av {label} "
                            f"({at:%Y-%m-%d %H:%M}) ligger inte på dagen {on.isoformat()}.",
                            field="tid")
        _not_before(on, meeting.starts_at.date(), "Dagen för omedelbar justering",
                    f"sammanträdet {_ref(session, meeting)}")
        promises = open_promises(session, meeting.id, now=now, paragraph_id=row.id)
        if promises:
            raise UserError(
                f"{label} kan inte justeras omedelbart: utlovade texter har inte kommit in "
                f"({'; '.join(promises)}). Registrera dem som inkomna eller återkallade först.",
                field="utlovade texter")
        signers = _immediate_signers(session, meeting, row, label, chair, approvers)
        findings = checks.minutes_findings(session, meeting.id, paragraph_ids=[row.id])
        ensure_checked(label, findings, confirmed=confirm_warnings)
        record_confirmation(session, meeting, row, findings, now)
        record_approvals(session, meeting, row, signers)
        row.immediately_approved_at = at
        row.immediately_approved_on = on
        return Changes(meetings=frozenset({meeting.id}), paragraphs=frozenset({row.id}))


def record_posting(register: Register, reference: int | str, *, on: date) -> Changes:
    """Record the day the justering was tillkännagiven on the anslagstavla (once).

    `reference`: a meeting ("KS:2026-01-07", or its id), or a paragraph justerad omedelbart
    ("KS:2026:16"), whose own anslag starts its own appeal period.
    """
    with register.write() as session:
        found = find_meeting_or_paragraph(session, reference)
        if isinstance(found, Paragraph):
            return _record_paragraph_posting(session, found, on)
        row = found
        ref = _ref(session, row)
        if row.minutes_state is not MinutesState.APPROVED or row.approved_on is None:
            raise UserError(f"Protokollet {ref} är inte justerat; anslaget kan registreras "
                            "först efter justeringen.", field="anslag")
        if row.posted_on is not None:
            raise LockedError(f"Anslaget för {ref} är redan registrerat "
                              f"({row.posted_on.isoformat()}) och kan inte ändras.",
                              field="anslag")
        _not_before(on, row.approved_on, "Anslagsdagen", "justeringen")
        row.posted_on = on
        seal_posting(session, row, now=datetime.now())
        return Changes(meetings=frozenset({row.id}))


def _record_paragraph_posting(session: Session, paragraph: Paragraph, on: date) -> Changes:
    meeting = session.get_one(Meeting, paragraph.meeting_id)
    body = session.get_one(Body, meeting.body_id)
    ref = paragraph_ref(body, paragraph)
    if paragraph.immediately_approved_on is None:
        raise UserError(f"§ {paragraph.number} ({ref}) är inte justerad omedelbart; anslaget "
                        f"registreras för hela protokollet {meeting_ref(body, meeting)}.",
                        field="anslag")
    if paragraph.immediately_posted_on is not None:
        raise LockedError(f"Anslaget för § {paragraph.number} ({ref}) är redan registrerat "
                          f"({paragraph.immediately_posted_on.isoformat()}) och kan inte "
                          "ändras.", field="anslag")
    _not_before(on, paragraph.immediately_approved_on, "Anslagsdagen",
                f"den omedelbara justeringen av § {paragraph.number}")
    paragraph.immediately_posted_on = on
    return Changes(meetings=frozenset({meeting.id}), paragraphs=frozenset({paragraph.id}))


def meeting_calendar(register: Register, meeting: int | str, *,
                     today: date | None = None) -> LegalCalendar:
    with register.read() as session:
        return calendar_of(session, find_meeting(session, meeting), today=today)


def calendar(register: Register, reference: int | str, *,
             today: date | None = None) -> LegalCalendar:
    """The legal calendar of a meeting ("KS:2026-01-07") or a paragraph ("KF:2015:18"): a
    paragraph justerad omedelbart has its own, from its own justering and anslag."""
    with register.read() as session:
        found = find_meeting_or_paragraph(session, reference)
        if isinstance(found, Meeting):
            return calendar_of(session, found, today=today)
        return paragraph_calendar(session.get_one(Meeting, found.meeting_id), found,
                                  current_organisation(session).take_down_rule, today)


def calendar_of(session: Session, meeting: Meeting, *, today: date | None = None) -> LegalCalendar:
    """The legal calendar of a meeting, with the organisation's nedtagning rule."""
    return legal_calendar(
        meeting.starts_at.date(), approved_on=meeting.approved_on, posted_on=meeting.posted_on,
        take_down_rule=current_organisation(session).take_down_rule, today=today)


def notice(register: Register, reference: int | str) -> str:
    """The public notice (tillkännagivande) of a justering, as text for the anslagstavla: the
    minutes' ("KS:2026-01-07") or a paragraph's justerad omedelbart ("KF:2015:18"), with its
    own dates."""
    with register.read() as session:
        return "\n".join(posting_notice(session, find_meeting_or_paragraph(session, reference)))


def meeting_reference_of(register: Register, reference: int | str) -> str:
    """ "KF:2015-03-17" for a meeting's or a paragraph's reference."""
    with register.read() as session:
        found = find_meeting_or_paragraph(session, reference)
        meeting = found if isinstance(found, Meeting) else \
            session.get_one(Meeting, found.meeting_id)
        return _ref(session, meeting)


# --- helpers ---------------------------------------------------------------------------------

def _ref(session: Session, meeting: Meeting) -> str:
    return meeting_ref(session.get_one(Body, meeting.body_id), meeting)


def _iso(day: date | None) -> str:
    return day.isoformat() if day else "–"


def _not_before(day: date, earliest: date, what: str, than: str) -> None:
    if day < earliest:
        raise UserError(f"{what} ({day.isoformat()}) ligger före {than} "
                        f"({earliest.isoformat()}).", field="datum")


def _ensure_numbered(session: Session, meeting: Meeting, ref: str) -> None:
    titles = session.scalars(select(Paragraph.title).where(
        Paragraph.meeting_id == meeting.id).order_by(Paragraph.position)).all()
    if not titles:
        raise UserError(f"Protokollet {ref} har inga paragrafer att justera.", field="paragraf")
    unnumbered = session.scalars(select(Paragraph.title).where(
        Paragraph.meeting_id == meeting.id, Paragraph.number.is_(None))
        .order_by(Paragraph.position)).all()
    if unnumbered:
        raise UserError(f"Paragrafnummer saknas för «{unnumbered[0]}» i {ref}; numrera "
                        "paragraferna innan protokollet skickas för justering.", field="paragraf")


def _ensure_justerable(meeting: Meeting, ref: str, on: date) -> None:
    rules.ensure_editable(meeting.minutes_state, what=ref)
    if meeting.minutes_state is not MinutesState.SENT_FOR_APPROVAL:
        raise UserError(f"Protokollet {ref} är inte skickat för justering; skicka det först.",
                        field="justering")
    assert meeting.sent_for_approval_on is not None
    _not_before(on, meeting.sent_for_approval_on, "Justeringsdagen",
                "dagen då protokollet skickades för justering")


def _ensure_paper_allowed(session: Session, meeting: Meeting, ref: str) -> None:
    organisation = current_organisation(session)
    if organisation.justering_method is JusteringMethod.ELECTRONIC:
        raise UserError(f"{organisation.name} justerar protokollen med elektroniska "
                        f"underskrifter; protokollet {ref} justeras när alla har undertecknat "
                        "(kraftdesk sign).", field="justering")
    signers = signers_in_open_round(session, meeting)
    if signers:
        raise LockedError(being_signed(f"justering av {ref}", signers), field="justering")


def _entries(approvers: Sequence[int | str | Justerare]) -> list[Justerare]:
    return [a if isinstance(a, Justerare) else Justerare(a) for a in approvers]


def main_signers(session: Session, meeting: Meeting, ref: str, chair: int | str | None,
                  approvers: Sequence[int | str | Justerare] | None
                  ) -> list[tuple[ApprovalRole, int, int | None, int | None, int | None]]:
    """(role, person, from §, to §, in place of) of who justerar the minutes, checked."""
    if chair is not None and meeting.chair_id is None:
        meeting.chair_id = _person(session, chair).id  # the meeting's chair was not yet known
    if meeting.chair_id is None:
        raise UserError(f"Ordförande saknas för {ref}; ange vem som justerar som ordförande.",
                        field="ordförande")
    chair_id = _person(session, chair).id if chair is not None else meeting.chair_id
    appointed = list(session.scalars(select(MeetingApprover.person_id).where(
        MeetingApprover.meeting_id == meeting.id).order_by(MeetingApprover.position)))
    entries = _entries(approvers) if approvers is not None else [Justerare(p) for p in appointed]
    numbers = [n for n in session.scalars(select(Paragraph.number).where(
        Paragraph.meeting_id == meeting.id, Paragraph.immediately_approved_on.is_(None)))
        if n is not None]
    signers = _signers(session, meeting, chair_id, entries, appointed, numbers, ref)
    body = session.get_one(Body, meeting.body_id)
    if body.approver_count > 0:
        if not any(role is ApprovalRole.APPROVER for role, *_ in signers):
            raise UserError(f"Justerare saknas för {ref}; ange vem som justerar utöver "
                            "ordföranden.", field="justerare")
        for number in numbers:
            if not any(role is ApprovalRole.APPROVER and _covers(first, last, number)
                       for role, _, first, last, _ in signers):
                raise UserError(f"Ingen justerare justerar § {number} i {ref}; ange en "
                                "justerare för den paragrafen.", field="justerare")
    return signers


def _immediate_signers(session: Session, meeting: Meeting, paragraph: Paragraph, label: str,
                       chair: int | str | None,
                       approvers: Sequence[int | str | Justerare] | None
                       ) -> list[tuple[ApprovalRole, int, int | None, int | None, int | None]]:
    chair_id = (_person(session, chair).id if chair is not None
                else paragraph.acting_chair_id or meeting.chair_id)
    if chair_id is None:
        raise UserError(f"Ordförande saknas för {_ref(session, meeting)}; ange vem som justerar "
                        f"{label} som ordförande.", field="ordförande")
    appointed = list(session.scalars(select(MeetingApprover.person_id).where(
        MeetingApprover.meeting_id == meeting.id).order_by(MeetingApprover.position)))
    entries = _entries(approvers) if approvers is not None else [Justerare(p) for p in appointed]
    if any(e.first is not None or e.last is not None for e in entries):
        raise UserError(f"Vid omedelbar justering justeras bara {label}; ange justerarna utan "
                        "paragrafer.", field="justerare")
    body = session.get_one(Body, meeting.body_id)
    signers = _signers(session, meeting, chair_id, entries, appointed,
                       [paragraph.number] if paragraph.number else [], label)
    if body.approver_count > 0 and len(signers) < 2:
        raise UserError(f"Justerare saknas för den omedelbara justeringen av {label}; ange vem "
                        "som justerar utöver ordföranden.", field="justerare")
    return signers


def _overlap(a: Justerare, b: Justerare) -> bool:
    low = max(a.first or 0, b.first or 0)
    high = min(a.last if a.last is not None else 10**9, b.last if b.last is not None else 10**9)
    return low <= high


def _covers(first: int | None, last: int | None, number: int) -> bool:
    return (first is None or number >= first) and (last is None or number <= last)


def _signers(session: Session, meeting: Meeting, chair_id: int, entries: list[Justerare],
             appointed: list[int], numbers: list[int], ref: str
             ) -> list[tuple[ApprovalRole, int, int | None, int | None, int | None]]:
    """The chair and the justerare, checked: different people, paragraphs of the minutes,
    an ersättare in place of an appointed justerare who does not justera the same §§."""
    chair_replaces = meeting.chair_id if chair_id != meeting.chair_id else None
    signers: list[tuple[ApprovalRole, int, int | None, int | None, int | None]] = [
        (ApprovalRole.CHAIR, chair_id, None, None, chair_replaces)]
    ids = [_person(session, e.person).id for e in entries]
    if len(set(ids)) != len(ids) or chair_id in ids:
        raise UserError("Samma person kan inte justera två gånger; ordföranden och "
                        "justerarna ska vara olika personer.", field="justerare")
    low, high = (min(numbers), max(numbers)) if numbers else (None, None)
    free = [p for p in appointed if p not in ids]  # appointed justerare not justerande
    for entry, person_id in zip(entries, ids, strict=True):
        who = _label(session, person_id)
        for bound in (entry.first, entry.last):
            if bound is not None and (low is None or high is None or not low <= bound <= high):
                shown = (f"§ {low}" if low == high else f"§§ {low}–{high}") if low else "inga"
                raise UserError(f"{who} ska justera § {bound}, som inte finns bland "
                                f"paragraferna som justeras i {ref} ({shown}).",
                                field="justerare")
        if entry.first is not None and entry.last is not None and entry.first > entry.last:
            raise UserError(f"{who}: justeringen kan inte sluta före § {entry.first}, där den "
                            "börjar.", field="justerare")
        replaces = _person(session, entry.replaces).id if entry.replaces is not None else None
        if replaces is None and person_id not in appointed:
            if not free:
                raise UserError(f"{who} är inte utsedd att justera {ref}; ange vilken "
                                "utsedd justerare som ersätts.", field="justerare")
            replaces = free.pop(0)
        elif replaces is not None:
            if replaces not in appointed:
                raise UserError(f"{_label(session, replaces)} är inte utsedd att justera {ref} "
                                f"och kan inte ersättas av {who}.", field="justerare")
            own = next((e for e, pid in zip(entries, ids, strict=True) if pid == replaces),
                       None)
            if own is not None and _overlap(own, entry):
                raise UserError(f"{_label(session, replaces)} justerar själv samma paragrafer "
                                f"och kan inte ersättas av {who} där.", field="justerare")
            if replaces in free:
                free.remove(replaces)
        signers.append((ApprovalRole.APPROVER, person_id, entry.first, entry.last, replaces))
    return signers


def _label(session: Session, person_id: int) -> str:
    person = session.get_one(Person, person_id)
    party = person.party.abbreviation if person.party else None
    return f"{person.name} ({party})" if party else person.name


def record_approvals(session: Session, meeting: Meeting, paragraph: Paragraph | None,
                      signers: list[tuple[ApprovalRole, int, int | None, int | None, int | None]]
                      ) -> None:
    start = session.scalar(select(func.max(Approval.position)).where(
        Approval.meeting_id == meeting.id)) or 0
    session.add_all(Approval(meeting_id=meeting.id,
                             paragraph_id=paragraph.id if paragraph else None, person_id=person,
                             role=role, from_number=first, to_number=last,
                             replaces_person_id=replaces, position=start + index)
                    for index, (role, person, first, last, replaces) in enumerate(signers, 1))
    session.flush()


def ensure_checked(what: str, findings: list[Finding], *, confirmed: bool) -> None:
    """Errors refuse; warnings need `confirmed` (domain.checks.to_confirm says which)."""
    errors = [f for f in findings if f.is_error]
    if errors:
        raise CheckError(checks_text.refusal(what, errors), tuple(errors))
    warnings = to_confirm(findings)
    if warnings and not confirmed:
        raise CheckError(checks_text.needs_confirmation(what, warnings), tuple(warnings))


def record_confirmation(session: Session, meeting: Meeting, paragraph: Paragraph | None,
                         findings: list[Finding], now: datetime) -> None:
    """The confirmed warnings, kept with the minutes (and so in the audit trail)."""
    warnings = to_confirm(findings)
    if warnings:
        session.add(CheckConfirmation(
            meeting_id=meeting.id, paragraph_id=paragraph.id if paragraph else None,
            confirmed_at=now.astimezone(UTC).isoformat(timespec="microseconds"),
            findings="\n".join(checks_text.finding_line(f) for f in warnings)))
        session.flush()


def _person(session: Session, who: int | str) -> Person:
    if isinstance(who, int):
        person = session.get(Person, who)
        if person is None:
            raise UserError(f"Person nr {who} finns inte i registret.", field="person")
        return person
    matches = session.scalars(select(Person).where(Person.name == who.strip())).all()
    if not matches:
        raise UserError(f"Det finns ingen person som heter {who.strip()} i registret.",
                        field="person")
    if len(matches) > 1:
        raise UserError(f"Flera personer heter {who.strip()}; välj personen i listan i stället.",
                        field="person")
    return matches[0]


def open_promises(session: Session, meeting_id: int, *, now: datetime,
                  paragraph_id: int | None = None) -> tuple[str, ...]:
    """Each still promised text of the meeting, named: "§ 16: särskilt yttrande från …"."""
    return tuple(p.named for p in pending_in(session, now=now, meeting_id=meeting_id,
                                             paragraph_id=paragraph_id))


def open_promises_message(ref: str, promises: tuple[str, ...]) -> str:
    count = "En utlovad text har" if len(promises) == 1 else f"{len(promises)} utlovade texter har"
    return (f"{count} inte kommit in för {ref}: {'; '.join(promises)}. Bekräfta för att "
            "justera ändå; texterna registreras då som inte inkomna.")


def _statement_ids(session: Session, meeting: Meeting) -> frozenset[int]:
    return frozenset(session.scalars(select(Statement.id).join(
        Paragraph, Paragraph.id == Statement.paragraph_id).where(
        Paragraph.meeting_id == meeting.id)).all())
