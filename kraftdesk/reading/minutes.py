# SPDX-License-Identifier: EUPL-1.2
"""The composed documents of the PDF exports, read from the register (caller's session or rows).

    minutes_doc(session, meeting_id, *, final) -> MinutesDoc        the whole minutes
    extract_doc(session, paragraph_ids, *, on) -> MinutesDoc        a protokollsutdrag
    appendices_doc(session, meeting_id, numbers) -> MinutesDoc      bilagor on their own
    extract_file_name(session, paragraph_id) -> str                 "KS 2026-01-07 § 16.pdf"

They take a session, a connection or a rows source (kraftdesk.reading.rows) and import no
SQLAlchemy. Paragraphs and bilagor come from kraftdesk.reading.composition; the front page, the
Anslag/Bevis block and the certification from kraftdesk.text.minutes; the dates of the
anslag from kraftdesk.domain.calendar.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from kraftdesk.domain.calendar import LegalCalendar, legal_calendar
from kraftdesk.domain.document import AppendixDoc, LabelledValue, MinutesDoc, ParagraphDoc
from kraftdesk.domain.enums import (
    AppendixKind,
    ApprovalRole,
    AttendanceKind,
    MinutesState,
    Role,
    TakeDownRule,
)
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.values import PersonName
from kraftdesk.reading import load
from kraftdesk.reading.composition import appendix_docs, paragraph_docs
from kraftdesk.reading.references import meeting_ref
from kraftdesk.reading.rounds import is_electronically_justerat
from kraftdesk.reading.rows import Rows, rows_of
from kraftdesk.text import minutes as words
from kraftdesk.text.paragraph import label

_PRESIDIUM = (Role.CHAIR, Role.VICE_CHAIR, Role.SECOND_VICE_CHAIR)


def minutes_doc(reader: Any, meeting_id: int, *, final: bool, signing: bool = False,
                as_justerat: bool = False) -> MinutesDoc:
    """The whole minutes; `final` only for justerade minutes (no draft mark).

    `signing`: the final minutes as the signers sign them, while still sent for justering.
    Electronically signed minutes give the justering's place and time as set at the meeting
    (the signatures carry their own times), so that the document does not change when the
    last signature justerar it. `as_justerat`: the Anslag/Bevis block as at justering,
    before the anslag is recorded (what the seal and the signatures cover).
    """
    session = rows_of(reader)
    meeting = load.one(session, "meeting", meeting_id)
    body = load.one(session, "body", meeting.body_id)
    organisation = load.organisation(session)
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
    immediate = [p for p in rows if p.immediately_approved_on is not None]
    appendices = tuple(appendix_docs(session, meeting.id))
    return MinutesDoc(
        organisation=organisation.name, body_name=body.name, meeting_date=day,
        heading=words.MINUTES_HEADING, is_final=final,
        front_fields=_front_fields(session, meeting, body, approvers, immediate, appendices,
                                   final=final and not electronic),
        signatures=words.signature_fields(
            secretary=secretary, chair=_person(session, meeting.chair_id),
            approvers=approvers, numbers=numbers,
            signers=_signers(session, meeting, final=final)),
        posting_fields=_posting(meeting, body, organisation, secretary,
                                [p.number for p in rows if p not in immediate and p.number],
                                partial=bool(immediate),
                                posted=not (signing or as_justerat)) if final else (),
        paragraphs=tuple(paragraph_docs(session, [p.id for p in rows])),
        appendices=appendices,
        title=words.document_title(words.MINUTES_HEADING, body.name, day),
        subject=words.document_subject(body.name, day, numbers),
        keywords=_case_numbers(session, rows), **letterhead(organisation),
        other_postings=tuple(_immediate_posting(p, meeting, body, organisation, secretary,
                                                posted=not (signing or as_justerat))
                             for p in immediate),
    )


def letterhead(organisation: Any) -> dict[str, object]:
    """The logo and address line every PDF of the organisation carries in its header."""
    return {"logo": organisation.logo, "logo_media_type": organisation.logo_media_type,
            "address": organisation.address}


def extract_doc(reader: Any, paragraph_ids: Sequence[int], *, on: date) -> MinutesDoc:
    """A protokollsutdrag of paragraphs of one meeting, in their order, certified `on`.

    Only an extract of justerade paragraphs is certified ("Rätt utdraget intygar"), after the
    paragraphs and their bilagor; any other is an UTKAST, without a certification.
    """
    if not paragraph_ids:
        raise UserError("Välj minst en paragraf till utdraget.", field="paragraf")
    session = rows_of(reader)
    chosen = [load.one(session, "paragraph", pid) for pid in dict.fromkeys(paragraph_ids)]
    if len({p.meeting_id for p in chosen}) > 1:
        raise UserError("Ett protokollsutdrag kan bara innehålla paragrafer från ett och samma "
                        "sammanträde. Gör ett utdrag per sammanträde.", field="paragraf")
    chosen.sort(key=lambda p: p.position)
    meeting = load.one(session, "meeting", chosen[0].meeting_id)
    body = load.one(session, "body", meeting.body_id)
    organisation = load.organisation(session)
    final = _approved_on(meeting, chosen) is not None
    ids = [p.id for p in chosen]
    pdocs = tuple(paragraph_docs(session, ids))
    labels = [label(p.number) for p in chosen]
    day = meeting.starts_at.date()
    return MinutesDoc(
        organisation=organisation.name, body_name=body.name, meeting_date=day,
        heading=words.EXTRACT_HEADING, is_final=final,
        front_fields=_extract_fields(meeting, organisation, chosen),
        signatures=(), posting_fields=(), paragraphs=pdocs,
        appendices=tuple(appendix_docs(session, meeting.id, paragraph_ids=ids)),
        certification=((words.certification(_person(session, meeting.secretary_id), on),)
                       if final else (words.draft_extract_mark(),)),
        after_paragraphs=_distribution_block(session, organisation, chosen, pdocs),
        title=words.document_title(words.EXTRACT_HEADING, body.name, day, labels),
        subject=words.document_subject(body.name, day, [p.number for p in chosen if p.number]),
        keywords=_case_numbers(session, chosen), **letterhead(organisation),
    )


def appendices_doc(reader: Any, meeting_id: int,
                   numbers: Collection[int] | None = None) -> MinutesDoc:
    """The bilagor of a meeting on their own: all, or those with the given numbers."""
    session = rows_of(reader)
    meeting = load.one(session, "meeting", meeting_id)
    body = load.one(session, "body", meeting.body_id)
    available = appendix_docs(session, meeting.id)
    chosen = available if not numbers else [a for a in available if a.number in set(numbers)]
    missing = sorted(set(numbers or ()) - {a.number for a in available})
    ref = meeting_ref(body, meeting)
    if missing or not chosen:
        listed = ", ".join(str(a.number) for a in available) or "inga"
        what = f"Bilaga {missing[0]} finns inte" if missing else "Det finns inga bilagor"
        raise UserError(f"{what} i protokollet {ref} (bilagor: {listed}).", field="bilaga")
    rows = [load.one(session, "paragraph", a.paragraph_id) for a in chosen if a.paragraph_id]
    day = meeting.starts_at.date()
    organisation = load.organisation(session)
    return MinutesDoc(
        organisation=organisation.name, body_name=body.name, meeting_date=day,
        heading=words.MINUTES_HEADING,
        is_final=meeting.minutes_state is MinutesState.APPROVED,
        front_fields=(), signatures=(), posting_fields=(), paragraphs=(),
        appendices=tuple(chosen),
        title=words.appendices_title(body.name, day, [a.number for a in chosen]),
        subject=words.document_subject(body.name, day, []),
        keywords=_case_numbers(session, rows), **letterhead(organisation),
    )


def extract_file_name(reader: Any, paragraph_id: int) -> str:
    session = rows_of(reader)
    paragraph = load.one(session, "paragraph", paragraph_id)
    meeting = load.one(session, "meeting", paragraph.meeting_id)
    body = load.one(session, "body", meeting.body_id)
    return words.file_name(body.short_name, meeting.starts_at.date(), label(paragraph.number))


# --- the parts ---------------------------------------------------------------------------

def _paragraphs(session: Rows, meeting_id: int) -> list[Any]:
    return list(session.all("paragraphs_of_meeting", meeting_id=meeting_id))


def _person(session: Rows, person_id: int | None) -> PersonName | None:
    return load.people(session, [person_id]).get(person_id) if person_id is not None else None


def _approvers(session: Rows, meeting_id: int) -> list[PersonName]:
    return [load.name_of(p) for p in session.all("meeting_approvers", meeting_id=meeting_id)]


def _front_fields(session: Rows, meeting: Any, body: Any,
                  approvers: list[PersonName], immediate: list[Any],
                  appendices: tuple[AppendixDoc, ...], *, final: bool
                  ) -> tuple[LabelledValue, ...]:
    present = _present(session, meeting, body)
    attendance_list = next((a.number for a in appendices
                            if a.kind is AppendixKind.ATTENDANCE_LIST), None)
    return words.front_fields(
        place=words.place_and_time(meeting.place, meeting.starts_at, meeting.ends_at),
        deciding=words.deciding_lines(present), others=words.other_lines(present),
        approvers=approvers,
        approval=words.approval_place_and_time(meeting.approval_place, meeting.approval_due_at,
                                               meeting.approved_on if final else None),
        attendance_appendix=attendance_list,
        immediate=[words.immediate_sentence(p.number, p.immediately_approved_on,
                                            p.immediately_approved_at)
                   for p in immediate if p.immediately_approved_on is not None],
    )


def _signers(session: Rows, meeting: Any, *, final: bool) -> list[words.Signer]:
    """Who justerade what, for the signature lines; [] leaves them to the chair and the
    appointed justerare (a draft, or minutes justerade before kraftdesk recorded this)."""
    rows = session.all("meeting_approvals", meeting_id=meeting.id)
    names = load.people(session, {x for a in rows for x in (a.person_id,
                                                             a.replaces_person_id)})

    def signer(a: Any, number: int | None) -> words.Signer:
        return words.Signer(names[a.person_id], a.role is ApprovalRole.CHAIR, a.from_number,
                            a.to_number, names.get(a.replaces_person_id or -1), number)

    immediate = [signer(a, a.paragraph_number) for a in rows if a.paragraph_id is not None]
    main = [signer(a, None) for a in rows if a.paragraph_id is None] if final else []
    if not main:
        if not immediate:
            return []
        chair = _person(session, meeting.chair_id)
        main = ([words.Signer(chair, True)] if chair else []) + [
            words.Signer(p, False) for p in _approvers(session, meeting.id)]
    return main + immediate


def _present(session: Rows, meeting: Any, body: Any) -> list[words.Present]:
    """Each person in each capacity once, with the periods (§§) of that capacity."""
    rows = session.all("attendance_of_meetings", ids=[meeting.id])
    roles = load.roles_on(session, body.id, meeting.starts_at.date(),
                          [a.person_id for a in rows])
    names = load.people(session, {x for a in rows for x in (a.person_id,
                                                             a.replaces_person_id)})
    grouped: dict[tuple[int, AttendanceKind, int | None], list[Any]] = {}
    for attendance in rows:
        key = (attendance.person_id, attendance.kind, attendance.replaces_person_id)
        grouped.setdefault(key, []).append(attendance)
    present = []
    for (person_id, kind, replaces), periods in grouped.items():
        role = roles.get(person_id)
        if meeting.chair_id is not None:  # who chaired this meeting is its ordförande
            role = Role.CHAIR if person_id == meeting.chair_id else \
                (role if role in _PRESIDIUM[1:] else None)
        notes = [a.note.strip() for a in periods if a.note and a.note.strip()]
        present.append(words.Present(
            names[person_id], kind,
            role if role in _PRESIDIUM else None, names.get(replaces or -1),
            "; ".join(dict.fromkeys(notes)) or None,
            tuple((a.from_number, a.to_number) for a in periods),
            min((a.arrived_at for a in periods if a.arrived_at), default=None),
            max((a.left_at for a in periods if a.left_at), default=None)))
    return present


def _posting(meeting: Any, body: Any, organisation: Any,
             secretary: PersonName | None, numbers: list[int], *,
             partial: bool, posted: bool = True) -> tuple[LabelledValue, ...]:
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
        kept_at=organisation.minutes_kept_at, secretary=secretary,
        paragraphs=words.numbers_text(numbers) if partial and numbers else None)


def _immediate_posting(paragraph: Any, meeting: Any, body: Any, organisation: Any,
                       secretary: PersonName | None, *, posted: bool = True
                       ) -> tuple[LabelledValue, ...]:
    """The Anslag/Bevis block of a paragraph justerad omedelbart: its own dates.

    `posted` False: its anslag left to fill in by hand, as in the minutes' own block (what
    the seal covers: a paragraph's anslag may be recorded after the minutes are justerade).
    """
    calendar = paragraph_calendar(meeting, paragraph, organisation.take_down_rule)
    posted_on = paragraph.immediately_posted_on if posted else None
    return words.posting_fields(
        body_name=body.name, meeting_day=meeting.starts_at.date(), posted_on=posted_on,
        taken_down_on=calendar.take_down_earliest if posted_on else None,
        appeal_last_day=calendar.appeal_last_day if posted_on else None,
        kept_at=organisation.minutes_kept_at, secretary=secretary, immediate=paragraph.number,
        approved_on=paragraph.immediately_approved_on)


def paragraph_calendar(meeting: Any, paragraph: Any, rule: TakeDownRule,
                       today: date | None = None) -> LegalCalendar:
    """The legal calendar of one paragraph: its own omedelbar justering and anslag, or the
    minutes' when it was justerad with them."""
    if paragraph.immediately_approved_on is None:
        return legal_calendar(meeting.starts_at.date(), approved_on=meeting.approved_on,
                              posted_on=meeting.posted_on, take_down_rule=rule, today=today)
    return legal_calendar(meeting.starts_at.date(),
                          approved_on=paragraph.immediately_approved_on,
                          posted_on=paragraph.immediately_posted_on, take_down_rule=rule,
                          today=today)


def _extract_fields(meeting: Any, organisation: Any,
                    chosen: list[Any]) -> tuple[LabelledValue, ...]:
    """Paragrafer, the day(s) of justering and of the anslag, with each paragraph's own."""
    groups: dict[tuple[date | None, date | None], list[int]] = {}
    for p in chosen:
        if p.immediately_approved_on is not None:
            key = (p.immediately_approved_on, p.immediately_posted_on)
        elif meeting.minutes_state is MinutesState.APPROVED:
            key = (meeting.approved_on, meeting.posted_on)
        else:
            continue
        groups.setdefault(key, []).append(p.number or 0)
    several = len(groups) > 1
    approvals, postings = [], []
    for (approved, posted), numbers in groups.items():
        what = words.numbers_text(numbers) if several else ""
        if approved is not None:
            approvals.append((what, approved))
        if posted is not None:
            calendar = legal_calendar(meeting.starts_at.date(), approved_on=approved,
                                      posted_on=posted,
                                      take_down_rule=organisation.take_down_rule)
            postings.append((what, posted, calendar.appeal_last_day))
    return words.extract_fields(
        numbers=[p.number for p in chosen if p.number is not None], approvals=approvals,
        postings=postings,
        immediate=[words.immediate_sentence(p.number, p.immediately_approved_on,
                                            p.immediately_approved_at)
                   for p in chosen if p.immediately_approved_on is not None])


def _approved_on(meeting: Any, chosen: list[Any]) -> date | None:
    if meeting.minutes_state is MinutesState.APPROVED:
        return meeting.approved_on
    days = [p.immediately_approved_on for p in chosen]
    return max(days) if all(days) else None  # type: ignore[type-var]


def _distribution_block(session: Rows, organisation: Any, chosen: list[Any],
                        pdocs: tuple[ParagraphDoc, ...]) -> tuple[LabelledValue, ...]:
    heading = organisation.distribution_heading
    if any(s.heading == heading for doc in pdocs for s in doc.sections):
        return ()  # the composed paragraphs carry their own distribution list
    lists = load.by_key((r.paragraph_id, r.recipient) for r in session.all(
        "distributions", ids=[p.id for p in chosen]))
    recipients = [r for p in chosen for r in lists.get(p.id, [])]
    extra = words.distribution(heading, recipients)
    return (extra,) if extra is not None else ()


def _case_numbers(session: Rows, rows: Sequence[Any]) -> tuple[str, ...]:
    others = load.other_case_numbers(session, [p.id for p in rows])
    numbers = load.case_numbers(session, (p.case_id for p in rows))
    listed = [numbers[p.case_id] for p in rows if p.case_id is not None]
    listed += [n for p in rows for n in others.get(p.id, [])]
    return tuple(dict.fromkeys(listed))


def posting_notice(reader: Any, found: Any) -> tuple[str, ...]:
    """The tillkännagivande of the minutes' justering, or of a paragraph's omedelbar one
    (`found`: the meeting, or a paragraph: a row or a model's object)."""
    session = rows_of(reader)
    organisation = load.organisation(session)
    if hasattr(found, "meeting_id"):  # a paragraph
        paragraph: Any | None = found if found.immediately_approved_on else None
        meeting = load.one(session, "meeting", found.meeting_id)
    else:
        paragraph, meeting = None, found
    body = load.one(session, "body", meeting.body_id)
    if paragraph is not None:
        approved, posted = paragraph.immediately_approved_on, paragraph.immediately_posted_on
        numbers = [paragraph.number] if paragraph.number else []
    else:
        if meeting.minutes_state is not MinutesState.APPROVED or meeting.approved_on is None:
            raise UserError(f"Protokollet {meeting_ref(body, meeting)} är inte justerat; "
                            "justeringen kan tillkännages först efter den.", field="anslag")
        approved, posted = meeting.approved_on, meeting.posted_on
        numbers = [p.number for p in _paragraphs(session, meeting.id)
                   if p.number and p.immediately_approved_on is None]
    assert approved is not None
    calendar = legal_calendar(meeting.starts_at.date(), approved_on=approved, posted_on=posted,
                              take_down_rule=organisation.take_down_rule)
    return words.posting_notice(
        organisation=organisation.name, body_name=body.name,
        meeting_day=meeting.starts_at.date(), paragraphs=words.numbers_text(numbers),
        immediate=paragraph is not None, approved_on=approved, posted_on=posted,
        appeal_last_day=calendar.appeal_last_day if posted else None,
        taken_down_on=calendar.take_down_earliest if posted else None,
        kept_at=organisation.minutes_kept_at)
