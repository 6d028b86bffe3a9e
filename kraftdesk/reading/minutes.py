# SPDX-License-Identifier: EUPL-1.2
"""The composed documents of the PDF exports, read from the register (caller's session).

    minutes_doc(session, meeting_id, *, final) -> MinutesDoc        the whole minutes
    extract_doc(session, paragraph_ids, *, on) -> MinutesDoc        a protokollsutdrag
    appendices_doc(session, meeting_id, numbers) -> MinutesDoc      bilagor on their own
    extract_file_name(session, paragraph_id) -> str                 "KS 2026-01-07 § 16.pdf"

Paragraphs and bilagor come from kraftdesk.reading.composition; the front page, the
Anslag/Bevis block and the certification from kraftdesk.text.minutes; the dates of the
anslag from kraftdesk.domain.calendar.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.calendar import legal_calendar
from kraftdesk.domain.document import LabelledValue, MinutesDoc, ParagraphDoc
from kraftdesk.domain.enums import MinutesState, Role
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.values import PersonName
from kraftdesk.reading import support
from kraftdesk.reading.composition import appendix_docs, paragraph_docs
from kraftdesk.reading.references import meeting_ref
from kraftdesk.reading.signing import is_electronically_justerat
from kraftdesk.register.models import (
    Attendance,
    Body,
    Case,
    Distribution,
    Meeting,
    MeetingApprover,
    Organisation,
    Paragraph,
    Person,
)
from kraftdesk.text import minutes as words
from kraftdesk.text.paragraph import label

_PRESIDIUM = (Role.CHAIR, Role.VICE_CHAIR, Role.SECOND_VICE_CHAIR)


def minutes_doc(session: Session, meeting_id: int, *, final: bool, signing: bool = False,
                as_justerat: bool = False) -> MinutesDoc:
    """The whole minutes; `final` only for justerade minutes (no draft mark).

    `signing`: the final minutes as the signers sign them, while still sent for justering.
    Electronically signed minutes give the justering's place and time as set at the meeting
    (the signatures carry their own times), so that the document does not change when the
    last signature justerar it. `as_justerat`: the Anslag/Bevis block as at justering,
    before the anslag is recorded (what the seal and the signatures cover).
    """
    meeting = support.get(session, Meeting, meeting_id)
    body = session.get_one(Body, meeting.body_id)
    organisation = support.organisation(session)
    electronic = signing or is_electronically_justerat(session, meeting)
    if signing and meeting.minutes_state is not MinutesState.SENT_FOR_APPROVAL:
        raise UserError(
            f"Protokollet {meeting_ref(body, meeting)} är inte skickat för justering och kan "
            "inte undertecknas.", field="justering")
    if final and not signing and meeting.minutes_state is not MinutesState.APPROVED:
        raise UserError(
            f"Protokollet {meeting_ref(body, meeting)} är inte justerat; det kan skrivas ut "
            "som slutligt först efter justeringen. Skriv ut ett utkast i stället.",
            field="justering")
    rows = _paragraphs(session, meeting.id)
    numbers = [p.number for p in rows if p.number is not None]
    secretary = _person(session, meeting.secretary_id)
    approvers = _approvers(session, meeting.id)
    day = meeting.starts_at.date()
    return MinutesDoc(
        organisation=organisation.name, body_name=body.name, meeting_date=day,
        heading=words.MINUTES_HEADING, is_final=final,
        front_fields=_front_fields(session, meeting, body, approvers,
                                   final=final and not electronic),
        signatures=words.signature_fields(secretary=secretary,
                                          chair=_person(session, meeting.chair_id),
                                          approvers=approvers, numbers=numbers),
        posting_fields=_posting(meeting, body, organisation, secretary,
                                posted=not (signing or as_justerat)) if final else (),
        paragraphs=tuple(paragraph_docs(session, [p.id for p in rows])),
        appendices=tuple(appendix_docs(session, meeting.id)),
        title=words.document_title(words.MINUTES_HEADING, body.name, day),
        subject=words.document_subject(body.name, day, numbers),
        keywords=_case_numbers(session, rows), **_letterhead(organisation),
    )


def _letterhead(organisation: Organisation) -> dict[str, object]:
    """The logo and address line every PDF of the organisation carries in its header."""
    return {"logo": organisation.logo, "logo_media_type": organisation.logo_media_type,
            "address": organisation.address}


def extract_doc(session: Session, paragraph_ids: Sequence[int], *, on: date) -> MinutesDoc:
    """A protokollsutdrag of paragraphs of one meeting, in their order, certified `on`."""
    if not paragraph_ids:
        raise UserError("Välj minst en paragraf till utdraget.", field="paragraf")
    chosen = [support.get(session, Paragraph, pid) for pid in dict.fromkeys(paragraph_ids)]
    if len({p.meeting_id for p in chosen}) > 1:
        raise UserError("Ett protokollsutdrag kan bara innehålla paragrafer från ett och samma "
                        "sammanträde. Gör ett utdrag per sammanträde.", field="paragraf")
    chosen.sort(key=lambda p: p.position)
    meeting = session.get_one(Meeting, chosen[0].meeting_id)
    body = session.get_one(Body, meeting.body_id)
    approved_on = _approved_on(meeting, chosen)
    ids = [p.id for p in chosen]
    pdocs = tuple(paragraph_docs(session, ids))
    labels = [label(p.number) for p in chosen]
    day = meeting.starts_at.date()
    organisation = support.organisation(session)
    return MinutesDoc(
        organisation=organisation.name, body_name=body.name, meeting_date=day,
        heading=words.EXTRACT_HEADING, is_final=approved_on is not None,
        front_fields=(words.approval_day_field(approved_on),) if approved_on else (),
        signatures=(), posting_fields=(), paragraphs=pdocs,
        appendices=tuple(appendix_docs(session, meeting.id, paragraph_ids=ids)),
        certification=_certification(session, meeting, chosen, pdocs, on),
        title=words.document_title(words.EXTRACT_HEADING, body.name, day, labels),
        subject=words.document_subject(body.name, day, [p.number for p in chosen if p.number]),
        keywords=_case_numbers(session, chosen), **_letterhead(organisation),
    )


def appendices_doc(session: Session, meeting_id: int,
                   numbers: Collection[int] | None = None) -> MinutesDoc:
    """The bilagor of a meeting on their own: all, or those with the given numbers."""
    meeting = support.get(session, Meeting, meeting_id)
    body = session.get_one(Body, meeting.body_id)
    available = appendix_docs(session, meeting.id)
    chosen = available if not numbers else [a for a in available if a.number in set(numbers)]
    missing = sorted(set(numbers or ()) - {a.number for a in available})
    ref = meeting_ref(body, meeting)
    if missing or not chosen:
        listed = ", ".join(str(a.number) for a in available) or "inga"
        what = f"Bilaga {missing[0]} finns inte" if missing else "Det finns inga bilagor"
        raise UserError(f"{what} i protokollet {ref} (bilagor: {listed}).", field="bilaga")
    rows = [session.get_one(Paragraph, a.paragraph_id) for a in chosen if a.paragraph_id]
    day = meeting.starts_at.date()
    organisation = support.organisation(session)
    return MinutesDoc(
        organisation=organisation.name, body_name=body.name, meeting_date=day,
        heading=words.MINUTES_HEADING,
        is_final=meeting.minutes_state is MinutesState.APPROVED,
        front_fields=(), signatures=(), posting_fields=(), paragraphs=(),
        appendices=tuple(chosen),
        title=words.appendices_title(body.name, day, [a.number for a in chosen]),
        subject=words.document_subject(body.name, day, []),
        keywords=_case_numbers(session, rows), **_letterhead(organisation),
    )


def extract_file_name(session: Session, paragraph_id: int) -> str:
    paragraph = support.get(session, Paragraph, paragraph_id)
    meeting = session.get_one(Meeting, paragraph.meeting_id)
    body = session.get_one(Body, meeting.body_id)
    return words.file_name(body.short_name, meeting.starts_at.date(), label(paragraph.number))


# --- the parts ---------------------------------------------------------------------------

def _paragraphs(session: Session, meeting_id: int) -> list[Paragraph]:
    return list(session.scalars(select(Paragraph).where(Paragraph.meeting_id == meeting_id)
                                .order_by(Paragraph.position)))


def _person(session: Session, person_id: int | None) -> PersonName | None:
    person = session.get(Person, person_id) if person_id is not None else None
    return support.person_name(person) if person is not None else None


def _approvers(session: Session, meeting_id: int) -> list[PersonName]:
    people = session.scalars(
        select(Person).join(MeetingApprover, MeetingApprover.person_id == Person.id)
        .where(MeetingApprover.meeting_id == meeting_id).order_by(MeetingApprover.position))
    return [support.person_name(p) for p in people]


def _front_fields(session: Session, meeting: Meeting, body: Body,
                  approvers: list[PersonName], *, final: bool) -> tuple[LabelledValue, ...]:
    present = _present(session, meeting, body)
    return words.front_fields(
        place=words.place_and_time(meeting.place, meeting.starts_at, meeting.ends_at),
        deciding=words.deciding_lines(present), others=words.other_lines(present),
        approvers=approvers,
        approval=words.approval_place_and_time(meeting.approval_place, meeting.approval_due_at,
                                               meeting.approved_on if final else None),
    )


def _present(session: Session, meeting: Meeting, body: Body) -> list[words.Present]:
    rows = session.execute(
        select(Attendance, Person).join(Person, Person.id == Attendance.person_id)
        .where(Attendance.meeting_id == meeting.id)
        .order_by(Attendance.position, Attendance.id)).all()
    roles = support.roles_on(session, body.id, meeting.starts_at.date(),
                         [person.id for _, person in rows])
    replaced = {p.id: support.person_name(p) for p in session.scalars(select(Person).where(
        Person.id.in_([a.replaces_person_id for a, _ in rows if a.replaces_person_id])))}
    present = []
    for attendance, person in rows:
        role = roles.get(person.id)
        if meeting.chair_id is not None:  # who chaired this meeting is its ordförande
            role = Role.CHAIR if person.id == meeting.chair_id else \
                (role if role in _PRESIDIUM[1:] else None)
        present.append(words.Present(
            support.person_name(person), attendance.kind, role if role in _PRESIDIUM else None,
            replaced.get(attendance.replaces_person_id or -1), attendance.note))
    return present


def _posting(meeting: Meeting, body: Body, organisation: Organisation,
             secretary: PersonName | None, *, posted: bool = True) -> tuple[LabelledValue, ...]:
    """Anslag/Bevis. Until the anslag is recorded its dates are left to fill in by hand
    (`posted` False: as before the anslag, whatever the register records now)."""
    posted_on = meeting.posted_on if posted else None
    calendar = legal_calendar(meeting.starts_at.date(), approved_on=meeting.approved_on,
                              posted_on=posted_on, take_down_rule=organisation.take_down_rule) \
        if posted_on is not None else None
    return words.posting_fields(
        body_name=body.name, meeting_day=meeting.starts_at.date(), posted_on=posted_on,
        taken_down_on=calendar.take_down_earliest if calendar else None,
        appeal_last_day=calendar.appeal_last_day if calendar else None,
        kept_at=organisation.minutes_kept_at, secretary=secretary)


def _approved_on(meeting: Meeting, chosen: list[Paragraph]) -> date | None:
    if meeting.minutes_state is MinutesState.APPROVED:
        return meeting.approved_on
    days = [p.immediately_approved_on for p in chosen]
    return max(days) if all(days) else None  # type: ignore[type-var]


def _certification(session: Session, meeting: Meeting, chosen: list[Paragraph],
                   pdocs: tuple[ParagraphDoc, ...], on: date) -> tuple[LabelledValue, ...]:
    blocks = [words.certification(_person(session, meeting.secretary_id), on)]
    heading = support.organisation(session).distribution_heading
    printed = any(s.heading == heading for doc in pdocs for s in doc.sections)
    if not printed:  # the composed paragraphs normally carry their own distribution list
        recipients = [r for p in chosen for r in _distribution(session, p.id)]
        extra = words.distribution(heading, recipients)
        if extra is not None:
            blocks.append(extra)
    return tuple(blocks)


def _distribution(session: Session, paragraph_id: int) -> list[str]:
    return list(session.scalars(select(Distribution.recipient).where(
        Distribution.paragraph_id == paragraph_id).order_by(Distribution.position)))


def _case_numbers(session: Session, rows: Sequence[Paragraph]) -> tuple[str, ...]:
    ids = [p.case_id for p in rows if p.case_id is not None]
    if not ids:
        return ()
    numbers = dict(session.execute(select(Case.id, Case.number).where(Case.id.in_(ids))).all())
    return tuple(dict.fromkeys(numbers[i] for i in ids))
