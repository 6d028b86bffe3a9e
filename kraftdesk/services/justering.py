# SPDX-License-Identifier: EUPL-1.2
"""Justering: draft → skickat för justering → justerat, omedelbar justering, anslag.

- send_for_justering: records the day; paragraph and bilaga numbers are fixed from here
  (the bilagor are numbered by kraftdesk.services.statements.assign_appendix_numbers).
- justera: records the day, the chair and the justerare; refuses while a promised text is
  still open unless the secretary confirms, in which case each open promise becomes not
  received (kraftdesk.services.statements.close_open_promises). Then the minutes are sealed
  (kraftdesk.register.seal) together with the final PDF, and locked for ever.
- approve_paragraph_immediately: omedelbar justering of one paragraph; it locks at once.
- record_posting: the day the notice went up on the anslagstavla, once.
- meeting_calendar: the legal calendar of a meeting (kraftdesk.domain.calendar).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kraftdesk.domain import rules
from kraftdesk.domain.calendar import LegalCalendar, legal_calendar
from kraftdesk.domain.enums import JusteringMethod, MinutesState
from kraftdesk.domain.errors import LockedError, UserError
from kraftdesk.reading.ledger import pending_in
from kraftdesk.reading.references import find_meeting, find_paragraph, meeting_ref
from kraftdesk.reading.signing import signers_in_open_round
from kraftdesk.reading.support import organisation as current_organisation
from kraftdesk.register import audit
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Body,
    Meeting,
    MeetingApprover,
    Paragraph,
    Person,
    Statement,
)
from kraftdesk.services.changes import Changes
from kraftdesk.services.sealing import seal_ink_justering, seal_posting
from kraftdesk.services.statements import assign_appendix_numbers, close_open_promises
from kraftdesk.text.signing import being_signed


@dataclass(frozen=True)
class Justerat(Changes):
    """Changes of a justering; `warnings` for the user (a bilaga not made PDF/A)."""

    warnings: tuple[str, ...] = ()


class OpenPromisesError(UserError):
    """Justering refused: promised texts are still open. `promises` names each one."""

    def __init__(self, message: str, promises: tuple[str, ...]) -> None:
        super().__init__(message, field="utlovade texter")
        self.promises = promises


def send_for_justering(register: Register, meeting: int | str, *, on: date) -> Changes:
    """Draft → sent for justering on `on`; numbers the bilagor."""
    with register.write() as session:
        row = find_meeting(session, meeting)
        ref = _ref(session, row)
        rules.ensure_editable(row.minutes_state, what=ref)
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


def justera(register: Register, meeting: int | str, *, on: date,
            chair: int | str | None = None, approvers: Sequence[int | str] | None = None,
            confirm_open_promises: bool = False, now: datetime | None = None) -> Changes:
    """Sent for justering → justerat on `on`: record chair and justerare, seal, lock.

    Justering with ink on paper, recorded by the secretary (electronic signatures:
    kraftdesk.services.signing). `chair` and `approvers` are person ids or names; None
    keeps those already recorded.
    """
    now = now or datetime.now()
    with register.write() as session:
        head = audit.head(session.connection())  # anchored in the final PDF's metadata
        row = find_meeting(session, meeting)
        ref = _ref(session, row)
        _ensure_justerable(row, ref, on)
        _ensure_paper_allowed(session, row, ref)
        _record_signatories(session, row, ref, chair, approvers)
        promises = open_promises(session, row.id, now=now)
        if promises and not confirm_open_promises:
            raise OpenPromisesError(open_promises_message(ref, promises), promises)
        if promises:
            close_open_promises(session, row.id, now=now)
            session.flush()
        row.minutes_state = MinutesState.APPROVED
        row.approved_on = on
        warnings = seal_ink_justering(session, row, ref, now=now, head=head)
        return Justerat(meetings=frozenset({row.id}), statements=_statement_ids(session, row),
                        warnings=warnings)


def approve_paragraph_immediately(register: Register, paragraph: int | str, *,
                                  on: date) -> Changes:
    """Omedelbar justering of one paragraph on `on` (the meeting day, as a rule)."""
    with register.write() as session:
        row = find_paragraph(session, paragraph)
        meeting = session.get_one(Meeting, row.meeting_id)
        label = f"§ {row.number}" if row.number is not None else f"«{row.title}»"
        rules.ensure_editable(meeting.minutes_state, what=label,
                              immediately_approved_on=row.immediately_approved_on)
        if row.number is None:
            raise UserError(f"Paragrafen «{row.title}» har inget nummer ännu; numrera den "
                            "innan den justeras omedelbart.", field="paragraf")
        _not_before(on, meeting.starts_at.date(), "Dagen för omedelbar justering",
                    f"sammanträdet {_ref(session, meeting)}")
        promises = open_promises(session, meeting.id, now=datetime.now(),
                                  paragraph_id=row.id)
        if promises:
            raise UserError(
                f"{label} kan inte justeras omedelbart: utlovade texter har inte kommit in "
                f"({'; '.join(promises)}). Registrera dem som inkomna eller återkallade först.",
                field="utlovade texter")
        row.immediately_approved_on = on
        return Changes(meetings=frozenset({meeting.id}), paragraphs=frozenset({row.id}))


def record_posting(register: Register, meeting: int | str, *, on: date) -> Changes:
    """Record the day the justering was tillkännagiven on the anslagstavla (once)."""
    with register.write() as session:
        row = find_meeting(session, meeting)
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


def meeting_calendar(register: Register, meeting: int | str, *,
                     today: date | None = None) -> LegalCalendar:
    with register.read() as session:
        return calendar_of(session, find_meeting(session, meeting), today=today)


def calendar_of(session: Session, meeting: Meeting, *, today: date | None = None) -> LegalCalendar:
    """The legal calendar of a meeting, with the organisation's nedtagning rule."""
    return legal_calendar(
        meeting.starts_at.date(), approved_on=meeting.approved_on, posted_on=meeting.posted_on,
        take_down_rule=current_organisation(session).take_down_rule, today=today)


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


def _record_signatories(session: Session, meeting: Meeting, ref: str,
                        chair: int | str | None, approvers: Sequence[int | str] | None) -> None:
    if chair is not None:
        meeting.chair_id = _person(session, chair).id
    if meeting.chair_id is None:
        raise UserError(f"Ordförande saknas för {ref}; ange vem som justerar som ordförande.",
                        field="ordförande")
    if approvers is not None:
        ids = [_person(session, a).id for a in approvers]
        if len(set(ids)) != len(ids) or meeting.chair_id in ids:
            raise UserError("Samma person kan inte justera två gånger; ordföranden och "
                            "justerarna ska vara olika personer.", field="justerare")
        session.execute(delete(MeetingApprover).where(MeetingApprover.meeting_id == meeting.id))
        session.add_all(MeetingApprover(meeting_id=meeting.id, person_id=pid, position=i)
                        for i, pid in enumerate(ids, start=1))
        session.flush()
    body = session.get_one(Body, meeting.body_id)
    count = len(session.scalars(select(MeetingApprover.person_id).where(
        MeetingApprover.meeting_id == meeting.id)).all())
    if body.approver_count > 0 and count == 0:
        raise UserError(f"Justerare saknas för {ref}; ange vem som justerar utöver "
                        "ordföranden.", field="justerare")


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
