# SPDX-License-Identifier: EUPL-1.2
"""The kallelse of a meeting, read from its agenda (caller's session, never commits).

    notice_rows(session, meeting_id) -> list[NoticeRow]          the notices sent, in order
    pending_paragraphs(session, meeting_id) -> list[Paragraph]   on the agenda, in no notice
    notice_doc(session, meeting_id, *, final, on) -> NoticeDoc   the next notice to send
    notice_warnings(session, meeting_id, *, today) -> list[str]  the notice period and
                                                                 ärenden added after it

What the next notice is: the kallelse while none has been sent; then a tilläggskallelse of
the ärenden added since. A draft with nothing added shows the kallelse of the whole agenda.
The members and ersättare called are the body's on the meeting day (memberships).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.document import NoticeDoc
from kraftdesk.domain.enums import AppendixKind, Role
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.sorting import swedish_key
from kraftdesk.domain.values import CalledValue, NoticeItemValue, NoticeValue, PersonName
from kraftdesk.reading import load, support
from kraftdesk.reading.composition import basis_lines
from kraftdesk.reading.minutes import letterhead
from kraftdesk.reading.references import meeting_ref
from kraftdesk.register.models import (
    Appendix,
    BasisDocument,
    Body,
    Case,
    Meeting,
    Membership,
    Notice,
    NoticeItem,
    Paragraph,
    Person,
)
from kraftdesk.text import notice as words

_ROLE_ORDER = (Role.CHAIR, Role.VICE_CHAIR, Role.SECOND_VICE_CHAIR, Role.MEMBER)


@dataclass(frozen=True)
class NoticeRow:
    id: int
    sent_on: date
    supplementary: bool
    paragraph_ids: tuple[int, ...]
    has_file: bool
    label: str  # "Kallelse skickad 2027-01-05", "Tilläggskallelse skickad 2027-01-09"


def notice_rows(session: Session, meeting_id: int) -> list[NoticeRow]:
    notices = session.scalars(select(Notice).where(Notice.meeting_id == meeting_id)
                              .order_by(Notice.sent_on, Notice.id)).all()
    items = load.by_key(session.execute(
        select(NoticeItem.notice_id, NoticeItem.paragraph_id)
        .where(NoticeItem.notice_id.in_([n.id for n in notices]))).all()) if notices else {}
    return [NoticeRow(n.id, n.sent_on, n.supplementary, tuple(items.get(n.id, [])),
                      n.file_id is not None,
                      words.sent_label(supplementary=n.supplementary, sent_on=n.sent_on))
            for n in notices]


def pending_paragraphs(session: Session, meeting_id: int) -> list[Paragraph]:
    """The agenda items no sent notice has called to, in agenda order."""
    noticed = select(NoticeItem.paragraph_id).join(Notice, Notice.id == NoticeItem.notice_id) \
        .where(Notice.meeting_id == meeting_id)
    return list(session.scalars(select(Paragraph).where(Paragraph.meeting_id == meeting_id,
                                                        Paragraph.id.not_in(noticed))
                                .order_by(Paragraph.position)))


def agenda(session: Session, meeting: Meeting, body: Body) -> list[Paragraph]:
    rows = list(session.scalars(select(Paragraph).where(Paragraph.meeting_id == meeting.id)
                                .order_by(Paragraph.position)))
    if not rows:
        raise UserError(f"Sammanträdet {meeting_ref(body, meeting)} har ingen "
                        "föredragningslista ännu; sätt upp ärenden på den innan kallelsen "
                        "skrivs.", field="kallelse")
    return rows


def next_notice(session: Session, meeting: Meeting, body: Body, *,
                final: bool) -> tuple[list[Paragraph], bool]:
    """(the agenda items of the next notice, whether it is a tilläggskallelse)."""
    rows = agenda(session, meeting, body)
    if not notice_rows(session, meeting.id):
        return rows, False
    pending = pending_paragraphs(session, meeting.id)
    if pending:
        return pending, True
    if final:
        sent = notice_rows(session, meeting.id)[-1]
        raise UserError(f"Kallelsen till {meeting_ref(body, meeting)} är redan skickad "
                        f"({sent.label.lower()}) och inga ärenden har tillkommit sedan dess.",
                        field="kallelse")
    return rows, False


def _items(session: Session, rows: list[Paragraph]) -> tuple[NoticeItemValue, ...]:
    ids = [p.id for p in rows]
    cases = dict(session.execute(select(Case.id, Case.number).where(
        Case.id.in_([p.case_id for p in rows if p.case_id]))).all())
    basis = load.by_key((b.paragraph_id, b) for b in session.scalars(
        select(BasisDocument).where(BasisDocument.paragraph_id.in_(ids))
        .order_by(BasisDocument.paragraph_id, BasisDocument.position)))
    documents = load.by_key(session.execute(
        select(Appendix.paragraph_id, Appendix.title)
        .where(Appendix.paragraph_id.in_(ids), Appendix.kind == AppendixKind.DOCUMENT)
        .order_by(Appendix.id)).all())
    items = []
    for p in rows:
        lines = [line for line in basis_lines(session, basis.get(p.id, [])) if line]
        lines += [t for t in documents.get(p.id, []) if t not in lines]
        items.append(NoticeItemValue(p.position, p.title, cases.get(p.case_id or -1),
                                     p.presenter, tuple(lines)))
    return tuple(items)


def called(session: Session, body: Body, on: date) -> tuple[tuple[CalledValue, ...],
                                                            tuple[CalledValue, ...]]:
    """(members with the presidium first, ersättare in their order) of the body on the day.

    Ersättare are called in the order of their seats (Membership.position, as the member
    list gives it); those without an order after them, by name."""
    roles = support.roles_on(session, body.id, on)
    people = session.scalars(select(Person).where(Person.id.in_(list(roles)))).all()
    order = dict(session.execute(select(Membership.person_id, Membership.position).where(
        Membership.body_id == body.id, Membership.role == Role.SUBSTITUTE,
        Membership.position.is_not(None), Membership.starts_on <= on,
        Membership.ends_on.is_(None) | (Membership.ends_on >= on))).all())
    rows = [(CalledValue(support.person_name(p), roles[p.id]), order.get(p.id)) for p in people]
    members = sorted((r for r, _ in rows if r.role in _ROLE_ORDER),
                     key=lambda r: (_ROLE_ORDER.index(r.role), swedish_key(r.person.name)))
    substitutes = sorted(((r, n) for r, n in rows if r.role not in _ROLE_ORDER),
                         key=lambda rn: (rn[1] is None, rn[1] or 0,
                                         swedish_key(rn[0].person.name)))
    return tuple(members), tuple(r for r, _ in substitutes)


def _chair(session: Session, meeting: Meeting,
           members: tuple[CalledValue, ...]) -> PersonName | None:
    if meeting.chair_id is not None:
        return support.person_name(session.get_one(Person, meeting.chair_id))
    return next((m.person for m in members if m.role is Role.CHAIR), None)


def notice_value(session: Session, meeting: Meeting, rows: list[Paragraph], *,
                 supplementary: bool, sent_on: date | None) -> NoticeValue:
    body = session.get_one(Body, meeting.body_id)
    organisation = support.organisation(session)
    members, substitutes = called(session, body, meeting.starts_at.date())
    secretary = session.get(Person, meeting.secretary_id) if meeting.secretary_id else None
    return NoticeValue(
        organisation=organisation.name, body=load.body_name(body),
        starts_at=meeting.starts_at, place=meeting.place, items=_items(session, rows),
        members=members, substitutes=substitutes,
        absence_text=organisation.notice_absence_text, supplementary=supplementary,
        chair=_chair(session, meeting, members),
        secretary=support.person_name(secretary) if secretary else None, sent_on=sent_on)


def notice_doc(session: Session, meeting_id: int, *, final: bool,
               on: date | None = None) -> tuple[NoticeDoc, list[Paragraph], bool]:
    """The next notice as composed: (document, its agenda items, tilläggskallelse?).

    `final` with the day `on` it is sent; otherwise a draft.
    """
    meeting = support.get(session, Meeting, meeting_id)
    body = session.get_one(Body, meeting.body_id)
    rows, supplementary = next_notice(session, meeting, body, final=final)
    value = notice_value(session, meeting, rows, supplementary=supplementary,
                         sent_on=on if final else None)
    doc = replace(words.compose_notice(value),
                  **letterhead(support.organisation(session)))
    return doc, rows, supplementary


def notice_warnings(session: Session, meeting_id: int, *, today: date) -> list[str]:
    """What the checker says about the kallelse: sent too late, not sent, ärenden added."""
    meeting = support.get(session, Meeting, meeting_id)
    body = session.get_one(Body, meeting.body_id)
    ref, name = meeting_ref(body, meeting), load.body_name(body)
    day = meeting.starts_at.date()
    sent = notice_rows(session, meeting.id)
    out: list[str] = []
    if body.notice_days is not None:
        latest = day - timedelta(days=body.notice_days)
        out += [words.sent_late(ref, name, supplementary=row.supplementary,
                                sent_on=row.sent_on, meeting_day=day, days=body.notice_days)
                for row in sent if row.sent_on > latest]
        if not sent and latest < today <= day:
            out.append(words.not_sent(ref, name, meeting_day=day, days=body.notice_days))
    if sent and today <= day:
        added = pending_paragraphs(session, meeting.id)
        if added:
            out.append(words.items_added(ref, tuple(p.title for p in added)))
    return out
