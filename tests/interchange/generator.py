# SPDX-License-Identifier: EUPL-1.2
"""A random register for the interchange tests: every table, every enum value, fixed seed.

Written with Core inserts in one write transaction, independently of kraftdesk.interchange,
and in the order the locking triggers allow (a meeting as a draft, its rows, then its state;
seals last). Values that stress the format: Swedish letters, quotes, backslashes, newlines,
emoji, times with seconds and microseconds, NULLs wherever allowed, binary files.
"""

from __future__ import annotations

import base64
import hashlib
import random
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from kraftdesk.domain import participation
from kraftdesk.domain.enums import (
    AgendaPlacement,
    AppendixKind,
    ApprovalRole,
    AttendanceKind,
    BallotChoice,
    BasisRefKind,
    BodyKind,
    CaseStatus,
    DispatchMeans,
    JusteringMethod,
    MinutesState,
    NumberingScheme,
    ParagraphAttendanceKind,
    ParagraphDeferral,
    ParagraphOutcome,
    ProposalKind,
    ReportedItemKind,
    Role,
    SignatureOutcome,
    SignerRole,
    StatementKind,
    StatementState,
    TakeDownRule,
)
from kraftdesk.register import models as m
from kraftdesk.register.database import Register

WORDS = ("återrapportering", "kraftsamlande", "insatser", "fritidsnämnden", "över", "ärende",
         "\"citat\"", "back\\slash", "tab\tbar", "😀", "ÅÄÖ", "<b>&amp;</b>", "§ 16", "1 100 000")


class Gen:
    def __init__(self, session: Session, seed: int) -> None:
        self.s, self.r = session, random.Random(seed)
        self.ids: dict[str, int] = {}

    def text(self, words: int = 6, *, lines: bool = False) -> str:
        # A one-line field never holds a tab (kraftdesk.domain.normalise); a long text may.
        choices = WORDS if lines else tuple(w for w in WORDS if "\t" not in w)
        parts = [self.r.choice(choices) for _ in range(words)]
        sep = self.r.choice(["\n", "\n\n", " "]) if lines else " "
        return sep.join(" ".join(parts[i:i + 3]) for i in range(0, len(parts), 3))

    def maybe(self, value: Any, p: float = 0.5) -> Any:
        return value if self.r.random() < p else None

    def add(self, model: type, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        table = model.__table__  # type: ignore[attr-defined]
        if "id" in table.c:
            for row in rows:
                self.ids[table.name] = self.ids.get(table.name, 0) + self.r.randint(1, 3)
                row.setdefault("id", self.ids[table.name])
        if rows:
            self.s.execute(insert(table), rows)
        return rows

    def moment(self, base: datetime) -> datetime:
        kind = self.r.randrange(3)
        second = 0 if kind == 0 else self.r.randint(1, 59)
        micro = self.r.randint(1, 999_999) if kind == 2 else 0
        return base.replace(second=second, microsecond=micro)


def generate(register: Register, *, seed: int = 7, meetings: int = 12,
             paragraphs: int = 4) -> None:
    with register.write() as session:
        g = Gen(session, seed)
        org = g.add(m.Organisation, [dict(
            name="Exempelby kommun", case_number_pattern=r"[A-ZÅÄÖÆØÜ]+ (19|20)\d\d/\d+",
            case_number_example="KS 2027/12", address=g.maybe("Storgatan 1, Exempelby"),
            logo=PNG_LOGO, logo_media_type="image/png",
            numbering_scheme=NumberingScheme.PER_YEAR, take_down_rule=TakeDownRule.LAST_APPEAL_DAY,
            special_statement_not_received_text=g.text(), reservation_not_received_text=g.text(),
            distribution_heading="Expedieras till", minutes_kept_at=g.maybe("Kommunhuset"),
            justering_method=g.r.choice(list(JusteringMethod)),
            required_signers=g.r.choice(["secretary,chair,approver", "chair,approver"]),
            timestamp_url=g.maybe("https://tsa.example.se/tsa"),
            fetch_revocation=g.r.random() < 0.5,
            pdfa_part=g.r.choice([1, 2]),
            reservation_received_text=g.text(2),
            notice_absence_text=g.text(), reported_items_decision_text=g.text(3),
            delegated_decisions_decision_text=g.text(3))])[0]
        g.add(m.Term, [dict(organisation_id=org["id"], starts_on=date(2023, 1, 1),
                            ends_on=date(2026, 12, 31)),
                       dict(organisation_id=org["id"], starts_on=date(2027, 1, 1),
                            ends_on=date(2030, 12, 31))])
        world = _people(g, org["id"])
        g.add(m.Recipient, [dict(organisation_id=org["id"], name=f"{g.text(2)} {i}",
                                 email=g.maybe(f"mottagare{i}@exempelby.se"))
                            for i in range(3)])
        g.add(m.TextBlock, [dict(organisation_id=org["id"], name=f"Block {i} {g.text(1)}",
                                 text=g.text(10, lines=True)) for i in range(2)])
        files = g.add(m.StoredFile, [_file(g, i) for i in range(4)])
        cases = g.add(m.Case, [dict(organisation_id=org["id"], number=f"KS {2020 + i}/{i * 7}",
                                    title=g.text(4), status=g.r.choice(list(CaseStatus)),
                                    body_id=g.maybe(world["bodies"][0]["id"]),
                                    handler=g.maybe(f"Handläggare {i}"),
                                    registered_on=g.maybe(date(2020 + i, 3, 1)))
                               for i in range(8)])
        previous: list[int] = []
        for index in range(meetings):
            _meeting(g, world, index, paragraphs, [c["id"] for c in cases],
                     [f["id"] for f in files], previous)
        _signing(g, org["id"], world, [f["id"] for f in files])


def _signing(g: Gen, org_id: int, world: dict[str, Any], files: list[int]) -> None:
    """Trust anchors, revocation lists, signatures and refusals, posting seals."""
    def blob(tag: str) -> dict[str, Any]:
        content = f"{tag}-{g.r.random()}".encode()
        return dict(sha256=hashlib.sha256(content).hexdigest(), content=content)

    anchors = [blob("ca") for _ in range(2)]
    g.add(m.TrustAnchor, [dict(organisation_id=org_id, subject=f"Utfärdare {i}, SE",
                               sha256=a["sha256"], certificate=a["content"],
                               added_at="2026-01-02T10:00:00+00:00")
                          for i, a in enumerate(anchors)])
    crl = blob("crl")
    g.add(m.RevocationList, [dict(issuer="Utfärdare 0, SE", sha256=crl["sha256"],
                                  content=crl["content"], this_update="2026-01-01T00:00:00",
                                  added_at="2026-01-02T10:00:00+00:00")])
    meetings = g.s.execute(select(m.Meeting.id, m.Meeting.posted_on).where(
        m.Meeting.minutes_state == MinutesState.APPROVED).order_by(m.Meeting.id)).all()
    for number, (meeting_id, posted_on) in enumerate(meetings):
        roles = list(SignerRole)
        g.add(m.MinutesSignature, [dict(
            meeting_id=meeting_id, round=1, person_id=g.r.choice(world["persons"]),
            role=roles[i % 3], outcome=SignatureOutcome.SIGNED,
            at=f"2026-01-1{i}T10:00:00.000001+00:00", comment=None,
            field_name=f"underskrift-{i + 1}", certificate_subject="Anna Person, SE",
            certificate_sha256="b" * 64, document_sha256="c" * 64, level="B-B",
            file_id=g.r.choice(files)) for i in range(3)])
        if number == 0:
            g.add(m.MinutesSignature, [dict(
                meeting_id=meeting_id, round=2, person_id=g.r.choice(world["persons"]),
                role=SignerRole.APPROVER, outcome=SignatureOutcome.REFUSED,
                at="2026-01-20T10:00:00+00:00", comment=g.text(), field_name=None,
                certificate_subject=None, certificate_sha256=None, document_sha256=None,
                level=None, file_id=None)])
        if posted_on is not None:
            g.add(m.PostingSeal, [dict(meeting_id=meeting_id, posted_on=posted_on,
                                       sealed_at="2026-01-21T10:00:00+00:00",
                                       content_sha256="d" * 64)])


#: A 1×1 PNG: the organisation's logo travels with the register.
PNG_LOGO = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==")


def _people(g: Gen, org_id: int) -> dict[str, Any]:
    """Bodies, each with five ledamöter (the first chairs) and three ersättare, valid on
    every meeting day; officials outside every body."""
    parties = g.add(m.Party, [dict(organisation_id=org_id, abbreviation=a, name=n) for a, n in
                              [("S", "Socialdemokraterna"), ("M", "Moderaterna"),
                               ("ÖP", "Öppna partiet \"lokalt\"")]])
    ks = g.add(m.Body, [dict(organisation_id=org_id, name="Kommunstyrelsen", short_name="KS",
                             kind=BodyKind.EXECUTIVE_BOARD, parent_id=None, approver_count=1,
                             notice_days=7)])[0]
    others = g.add(m.Body, [dict(organisation_id=org_id, name=name, short_name=short, kind=kind,
                                 parent_id=ks["id"] if kind is BodyKind.WORKING_COMMITTEE else None,
                                 approver_count=g.r.randint(0, 2),
                                 notice_days=g.maybe(g.r.randint(0, 14)))
                            for name, short, kind in [
                                ("Kommunstyrelsens arbetsutskott", "KSAU",
                                 BodyKind.WORKING_COMMITTEE),
                                ("Kommunfullmäktige", "KF", BodyKind.ASSEMBLY),
                                ("Fritidsnämndens arbetsutskott", "FRNAU",
                                 BodyKind.WORKING_COMMITTEE),
                                ("Fritidsnämnden", "FRN", BodyKind.COMMITTEE),
                                ("Malmö Bostäder AB", "MKB", BodyKind.COMPANY_BOARD)]])
    # An arbetsutskott whose parent has the higher id: the import must order bodies.
    g.s.execute(update(m.Body).where(m.Body.id == others[1]["id"])
                .values(parent_id=others[2]["id"]))
    others[1]["parent_id"] = others[2]["id"]
    persons = g.add(m.Person, [dict(
        organisation_id=org_id, name=f"{g.r.choice(['Åsa', 'Örjan', 'Anna'])} Person{i}",
        party_id=g.maybe(g.r.choice(parties)["id"], 0.8),
        pronoun=g.r.choice(["hon", "han", "hen", None]),
        title=g.maybe("Nämndsekreterare", 0.2), email=g.maybe(f"person{i}@exempelby.se"),
        phone=g.maybe("070-123 45 67"), note=g.maybe(f"anteckning {i}", 0.2))
        for i in range(30)])
    ids = [p["id"] for p in persons]
    bodies = [ks, *others]
    # Bodies point at a body written after them, and at a person (written after bodies).
    g.s.execute(update(m.Body).where(m.Body.id == ks["id"]).values(
        proposes_to_id=others[1]["id"], default_secretary_id=ids[24],
        running_name="kommunstyrelsen", genitive_name="kommunstyrelsens",
        numbering_scheme=NumberingScheme.PER_MINUTES, default_place="Kommunhuset",
        default_start_time="13:00", justering_days=7, justering_time="10:00",
        retired_on=None))
    g.s.execute(update(m.Body).where(m.Body.id == others[0]["id"]).values(
        proposes_to_id=ks["id"], retired_on=date(2030, 12, 31)))
    for body in bodies[:2]:
        g.add(m.AgendaTemplateItem, [dict(
            body_id=body["id"], placement=placement, position=i, title=g.text(2),
            decision_text=g.maybe(g.text(4)))
            for placement in AgendaPlacement for i in range(1, 3)])
    seats: dict[int, dict[str, list[int]]] = {}
    memberships = []
    for body in bodies:
        chosen = g.r.sample(ids[:24], 8)
        seats[body["id"]] = {"members": chosen[:5], "substitutes": chosen[5:]}
        roles = [Role.CHAIR, Role.VICE_CHAIR, Role.SECOND_VICE_CHAIR, Role.MEMBER, Role.MEMBER,
                 Role.SUBSTITUTE, Role.SUBSTITUTE, Role.SUBSTITUTE]
        memberships += [dict(person_id=pid, body_id=body["id"], role=role,
                             starts_on=date(2023, 1, 1), ends_on=g.maybe(date(2026, 12, 31)),
                             position=n - 4 if n > 5 else None)
                        for n, (pid, role) in enumerate(zip(chosen, roles, strict=True), 1)]
    # A membership that ended long before: kept, never used at a meeting.
    memberships.append(dict(person_id=ids[0], body_id=ks["id"], role=Role.MEMBER,
                            starts_on=date(2019, 1, 1), ends_on=date(2022, 12, 31),
                            position=None))
    g.add(m.Membership, memberships)
    return {"bodies": bodies, "seats": seats, "officials": ids[24:], "persons": ids}


def _file(g: Gen, index: int) -> dict[str, Any]:
    content = bytes(g.r.randrange(256) for _ in range(g.r.randint(0, 300))) + bytes([index])
    return dict(sha256=hashlib.sha256(content).hexdigest(), filename=f"yttrande-{index}.pdf",
                media_type="application/pdf", size=len(content), content=content)


def _meeting(g: Gen, world: dict[str, Any], index: int, count: int, cases: list[int],
             files: list[int], previous: list[int]) -> None:
    body = g.r.choice(world["bodies"])
    seats = world["seats"][body["id"]]
    members, substitutes = seats["members"], seats["substitutes"]
    official, other = g.r.sample(world["officials"], 2)
    starts = g.moment(datetime(2024, 1, 3, 13) + timedelta(days=11 * index))
    state = g.r.choice(list(MinutesState))
    meeting = g.add(m.Meeting, [dict(
        body_id=body["id"], starts_at=starts, ends_at=g.maybe(starts + timedelta(hours=2)),
        place=g.maybe(g.text(2)), minutes_state=MinutesState.DRAFT, is_example=g.r.random() < 0.2,
        approval_due_at=starts + timedelta(days=7), approval_place=g.maybe("Stadshuset"),
        chair_id=members[0], secretary_id=g.maybe(official), sent_for_approval_on=None,
        approved_on=None, posted_on=None)])[0]
    g.add(m.MeetingApprover, [dict(meeting_id=meeting["id"], person_id=p, position=i)
                              for i, p in enumerate(members[1:3], 1)])
    numbers = [None if meeting["id"] % 5 == 0 and n == 0 else meeting["id"] * 10 + n
               for n in range(count)]
    presence = _attendance(g, meeting, members, substitutes, official, other, numbers)
    immediate = []
    paragraphs = []
    for n in range(count):
        paragraph = _paragraph(g, meeting, body, n, numbers[n], cases, files, presence,
                               members, substitutes, previous)
        paragraphs.append(paragraph)
        if state is not MinutesState.APPROVED and numbers[n] and g.r.random() < 0.2:
            immediate.append(paragraph)
    _appendices(g, meeting, files)
    _marks(g, meeting, paragraphs)  # before the omedelbar justering locks the paragraph
    for paragraph in immediate:
        _approvals(g, meeting, members, paragraph=paragraph)
        at = g.maybe(starts.replace(hour=20, minute=10))
        g.s.execute(update(m.Paragraph).where(m.Paragraph.id == paragraph["id"]).values(
            immediately_approved_on=starts.date(), immediately_approved_at=at,
            immediately_posted_on=g.maybe(starts.date() + timedelta(days=1))))
    _finish(g, meeting, state, files, members, [n for n in numbers if n])
    _notices(g, meeting, files)
    _dispatches(g, meeting, state)


def _attendance(g: Gen, meeting: dict[str, Any], members: list[int], substitutes: list[int],
                official: int, other: int, numbers: list[int | None]
                ) -> list[participation.Presence]:
    """Every capacity, with periods: member 4 leaves after the first paragraph and ersättare
    1 serves for him from the second on (having listened before)."""
    numbered = [n for n in numbers if n is not None]
    mid = meeting["id"]
    rows: list[dict[str, Any]] = []

    def row(person: int, kind: AttendanceKind, replaces: int | None = None,
            first: int | None = None, last: int | None = None, **more: Any) -> None:
        rows.append(dict(meeting_id=mid, person_id=person, kind=kind,
                         replaces_person_id=replaces, note=g.maybe("deltar digitalt", 0.2),
                         position=len(rows) + 1, from_number=first, to_number=last,
                         arrived_at=more.get("arrived_at"), left_at=more.get("left_at")))

    for person in members[:4]:
        row(person, AttendanceKind.MEMBER)
    if len(numbered) >= 2:
        row(members[4], AttendanceKind.MEMBER, last=numbered[0],
            left_at=meeting["starts_at"] + timedelta(minutes=40))
        row(substitutes[1], AttendanceKind.SUBSTITUTE, last=numbered[0])
        row(substitutes[1], AttendanceKind.SERVING_SUBSTITUTE, members[4], first=numbered[1],
            arrived_at=g.maybe(meeting["starts_at"] + timedelta(minutes=41)))
    else:
        row(members[4], AttendanceKind.MEMBER)
    row(substitutes[0], AttendanceKind.SUBSTITUTE)
    row(substitutes[2], AttendanceKind.SUBSTITUTE)
    row(official, AttendanceKind.OFFICIAL)
    row(other, AttendanceKind.OTHER, first=numbered[0] if numbered else None)
    written = g.add(m.Attendance, rows)
    return [participation.Presence(r["person_id"], r["kind"], r["replaces_person_id"],
                                   r["from_number"], r["to_number"], key=r["id"])
            for r in written]


def _paragraph(g: Gen, meeting: dict[str, Any], body: dict[str, Any], n: int,
               number: int | None, cases: list[int], files: list[int],
               presence: list[participation.Presence], members: list[int],
               substitutes: list[int], previous: list[int]) -> dict[str, Any]:
    year = meeting["starts_at"].year
    paragraph = g.add(m.Paragraph, [dict(
        meeting_id=meeting["id"], body_id=body["id"], series=str(year), number=number,
        position=n + 1, case_id=g.maybe(g.r.choice(cases), 0.8), title=g.text(3),
        summary=g.maybe(g.text(12, lines=True), 0.8),
        proposes_to_body_id=g.maybe(body["id"], 0.3), formula_override=g.maybe(g.text(3), 0.1),
        procedure_text=g.maybe(g.text(5), 0.1), immediately_approved_on=None,
        outcome=g.maybe(g.r.choice(list(ParagraphOutcome)), 0.3), acting_chair_id=None,
        immediately_approved_at=None, immediately_posted_on=None,
        presenter=g.maybe(g.text(2)),
        deferral=g.maybe(g.r.choice(list(ParagraphDeferral)), 0.2))])[0]
    pid = paragraph["id"]
    g.add(m.ReportedItem, [dict(
        paragraph_id=pid, position=i, kind=list(ReportedItemKind)[(pid + i) % 2],
        decided_on=g.maybe(meeting["starts_at"].date() - timedelta(days=i)),
        decided_by=g.maybe(g.text(2)), what=g.text(5), case_number=g.maybe(f"KS 2026/{i}"))
        for i in range(1, g.r.randint(0, 3) + 1)])

    g.add(m.DecisionPoint, [dict(paragraph_id=pid, position=i, text=g.text())
                            for i in range(1, g.r.randint(1, 3) + 1)])
    refs = [dict(paragraph_id=pid, position=i + 1, ref_paragraph_id=ref,
                 ref_kind=g.r.choice(list(BasisRefKind)), text=g.maybe(g.text(3)))
            for i, ref in enumerate(g.r.sample(previous, min(2, len(previous))))]
    g.add(m.BasisDocument, [*refs, dict(paragraph_id=pid, position=len(refs) + 1,
                                        ref_paragraph_id=None, ref_kind=None,
                                        text=g.text(4))])
    g.add(m.Distribution, [dict(paragraph_id=pid, position=1, recipient=g.text(2))])
    g.add(m.ParagraphSection, [dict(paragraph_id=pid, position=1, heading="Yttrande",
                                    body=g.text(8, lines=True))][: g.r.randint(0, 1)])
    if paragraph["case_id"] is not None:
        g.add(m.ParagraphCase, [dict(paragraph_id=pid, case_id=c, position=i) for i, c in
                                enumerate(g.r.sample([c for c in cases
                                                      if c != paragraph["case_id"]],
                                                     g.r.randint(0, 2)), 1)])
    exceptions = _exceptions(g, pid, presence, number, members, substitutes)
    acting = None
    part = participation.participation(presence, exceptions, number)
    if members[0] in part.recused:
        acting = next(pid_ for pid_, _ in part.voters)
        g.s.execute(update(m.Paragraph).where(m.Paragraph.id == pid)
                    .values(acting_chair_id=acting))
        part = participation.participation(presence, exceptions, number, acting_chair=acting)
    _proceedings(g, pid, files, part)
    previous.append(pid)
    return paragraph


def _exceptions(g: Gen, pid: int, presence: list[participation.Presence], number: int | None,
                members: list[int], substitutes: list[int]
                ) -> list[participation.ParagraphException]:
    """Jäv (sometimes the chair's), absence, and an ersättare serving for the jävig."""
    kinds = g.r.randint(0, 3)
    here = {r.person_id: r for r in presence if r.covers(number)}
    rows: list[dict[str, Any]] = []
    recused = g.r.choice(members[:3])
    if kinds >= 1 and recused in here:
        rows.append(dict(paragraph_id=pid, person_id=recused,
                         kind=ParagraphAttendanceKind.RECUSED, replaces_person_id=None))
    if kinds >= 2 and members[3] in here:
        rows.append(dict(paragraph_id=pid, person_id=members[3],
                         kind=ParagraphAttendanceKind.ABSENT, replaces_person_id=None))
    if kinds >= 3 and rows and here.get(substitutes[2]) is not None:
        rows.append(dict(paragraph_id=pid, person_id=substitutes[2],
                         kind=ParagraphAttendanceKind.SERVING,
                         replaces_person_id=rows[0]["person_id"]))
    written = g.add(m.ParagraphAttendance, rows)
    return [participation.ParagraphException(r["person_id"], r["kind"],
                                             r["replaces_person_id"]) for r in written]


def _proceedings(g: Gen, pid: int, files: list[int], part: participation.Participation) -> None:
    voters = [p for p, _ in part.voters]
    present = sorted(part.present | part.voter_ids)
    proposals = g.add(m.Proposal, [dict(
        paragraph_id=pid, position=i + 1, kind=list(ProposalKind)[(pid + i) % 7],
        subject=g.maybe(g.text(2)), text=g.maybe(g.text(5)), withdrawn=i == 2, adopted=i == 0)
        for i in range(g.r.randint(0, 3))])
    for proposal in proposals:
        g.add(m.ProposalAuthor, [dict(proposal_id=proposal["id"], person_id=p, position=i)
                                 for i, p in enumerate(g.r.sample(voters, min(2, len(voters))), 1)])
    if len(proposals) >= 2:
        vote = g.add(m.Vote, [dict(paragraph_id=pid, position=1, yes_meaning=g.text(3),
                                   no_meaning=g.text(3), yes_proposal_id=proposals[0]["id"],
                                   no_proposal_id=g.maybe(proposals[1]["id"]),
                                   election=False, secret=False)])[0]
        g.add(m.Ballot, [dict(vote_id=vote["id"], person_id=p,
                              choice=list(BallotChoice)[i % 3]) for i, p in enumerate(voters)])
        g.add(m.Vote, [dict(paragraph_id=pid, position=2, yes_meaning="val av A",
                            no_meaning="val av B", yes_proposal_id=None, no_proposal_id=None,
                            election=True, secret=True, yes_count=2, no_count=2,
                            abstain_count=g.maybe(1), lot_winner=g.r.choice(
                                [BallotChoice.YES, BallotChoice.NO]))])
    for position in range(1, g.r.randint(0, 3) + 1):
        _statement(g, pid, position, proposals, files, voters, present)


def _statement(g: Gen, pid: int, position: int, proposals: list[dict[str, Any]],
               files: list[int], voters: list[int], present: list[int]) -> None:
    state = g.r.choice(list(StatementState))
    received = state is StatementState.RECEIVED
    with_file = received and g.r.random() < 0.4
    kind = g.r.choice(list(StatementKind))
    statement = g.add(m.Statement, [dict(
        paragraph_id=pid, position=position, kind=kind, state=state,
        in_favour_of_proposal_id=proposals[-1]["id"] if proposals else None,
        with_reservation=g.r.random() < 0.3,
        deadline=datetime(2026, 1, 14, 10) if state is StatementState.PROMISED
        else g.maybe(datetime(2026, 1, 14, 10)),
        received_at=g.moment(datetime(2026, 1, 12, 15, 32)) if received else None,
        text=None if with_file else (g.text(20, lines=True) if received
                                     else g.maybe(g.text(20, lines=True), 0.3)),
        file_id=g.r.choice(files) if with_file else None)])[0]
    pool = voters if kind is StatementKind.RESERVATION else present
    authors = g.r.sample(pool, min(len(pool), g.r.randint(1, 3)))
    g.add(m.StatementAuthor, [dict(statement_id=statement["id"], person_id=p, position=i)
                              for i, p in enumerate(authors, 1)])
    others = [p for p in pool if p not in authors]
    g.add(m.StatementConcurrence, [dict(statement_id=statement["id"], person_id=p, position=i)
                                   for i, p in enumerate(others[: g.r.randint(0, 2)], 1)])


def _appendices(g: Gen, meeting: dict[str, Any], files: list[int]) -> None:
    statements = g.s.execute(
        m.Statement.__table__.select().join(m.Paragraph.__table__)
        .where(m.Paragraph.meeting_id == meeting["id"]).order_by(m.Statement.id)).mappings().all()
    rows = [dict(meeting_id=meeting["id"], number=i, kind=AppendixKind.STATEMENT,
                 paragraph_id=s["paragraph_id"], statement_id=s["id"], title="Särskilt yttrande",
                 text=g.maybe(g.text(6)), file_id=None) for i, s in enumerate(statements, 1)]
    rows.append(dict(meeting_id=meeting["id"], number=None, kind=AppendixKind.DOCUMENT,
                     paragraph_id=None, statement_id=None, title="Skrivelse", text=None,
                     file_id=g.r.choice(files)))
    rows.append(dict(meeting_id=meeting["id"], number=len(statements) + 1,
                     kind=AppendixKind.VOTING_LIST, paragraph_id=None, statement_id=None,
                     title="Omröstningslista", text=g.text(3), file_id=None))
    if g.r.random() < 0.5:
        rows.append(dict(meeting_id=meeting["id"], number=None,
                         kind=AppendixKind.ATTENDANCE_LIST, paragraph_id=None,
                         statement_id=None, title="Närvarolista", text=None, file_id=None))
    g.add(m.Appendix, rows)


def _marks(g: Gen, meeting: dict[str, Any], paragraphs: list[dict[str, Any]]) -> None:
    """Marks for the public version: every kind and scope, at random paragraphs."""
    appendix = g.s.execute(m.Appendix.__table__.select().where(
        m.Appendix.meeting_id == meeting["id"]).order_by(m.Appendix.id)).mappings().first()
    empty = dict(provision=None, section=None, field=None, row_id=None, passage_start=None,
                 passage_end=None, passage_text=None)
    whole, part, text = (g.r.choice(paragraphs) for _ in range(3))
    rows = [
        {**empty, "meeting_id": meeting["id"], "paragraph_id": whole["id"], "kind": "secrecy",
         "scope": "paragraph", "provision": "26 kap. 1 § OSL"},
        {**empty, "meeting_id": meeting["id"], "paragraph_id": part["id"],
         "kind": "personal_data", "scope": "section", "section": "summary"},
        {**empty, "meeting_id": meeting["id"], "paragraph_id": text["id"],
         "kind": g.r.choice(["personal_data", "not_personal_number"]), "scope": "passage",
         "field": "paragraph.title", "row_id": text["id"], "passage_start": 0,
         "passage_end": 2, "passage_text": text["title"][:2]},
    ]
    if appendix is not None:
        rows.append({**empty, "meeting_id": meeting["id"], "paragraph_id": None,
                     "kind": "secrecy", "scope": "appendix", "row_id": appendix["id"],
                     "provision": "OSL 18 kap. 8 §"})
    g.add(m.Mark, rows[: g.r.randint(1, len(rows))] if g.r.random() < 0.5 else rows)


def _notices(g: Gen, meeting: dict[str, Any], files: list[int]) -> None:
    paragraphs = g.s.execute(m.Paragraph.__table__.select()
                             .where(m.Paragraph.meeting_id == meeting["id"])
                             .order_by(m.Paragraph.position)).mappings().all()
    day = meeting["starts_at"].date()
    own = random.Random(-meeting["id"])  # the other tables' random values stay as they were
    first = g.add(m.Notice, [dict(meeting_id=meeting["id"], sent_on=day - timedelta(days=8),
                                  supplementary=False,
                                  file_id=own.choice(files) if own.random() < 0.5 else None)])[0]
    g.add(m.NoticeItem, [dict(notice_id=first["id"], paragraph_id=p["id"])
                         for p in paragraphs[:-1]])
    if paragraphs and own.random() < 0.5:
        extra = g.add(m.Notice, [dict(meeting_id=meeting["id"], sent_on=day - timedelta(days=2),
                                      supplementary=True, file_id=None)])[0]
        g.add(m.NoticeItem, [dict(notice_id=extra["id"], paragraph_id=paragraphs[-1]["id"])])


def _dispatches(g: Gen, meeting: dict[str, Any], state: MinutesState) -> None:
    """Extracts sent: justerade ones only of justerade minutes, never before the meeting."""
    paragraphs = g.s.execute(m.Paragraph.__table__.select()
                             .where(m.Paragraph.meeting_id == meeting["id"])).mappings().all()
    day = meeting["starts_at"].date()
    own = random.Random(meeting["id"])  # the other tables' random values stay as they were
    for p in paragraphs:
        g.add(m.Dispatch, [dict(
            paragraph_id=p["id"], recipient=f"Mottagare {own.randint(1, 5)}",
            sent_on=day + timedelta(days=8 + i),
            means=list(DispatchMeans)[(p["id"] + i) % len(DispatchMeans)],
            final=state is MinutesState.APPROVED and i % 2 == 0,
            address=f"utdrag{i}@exempelby.se" if own.random() < 0.5 else None)
            for i in range(own.randint(0, 2))])


def _approvals(g: Gen, meeting: dict[str, Any], members: list[int], *,
               paragraph: dict[str, Any] | None = None,
               numbers: list[int] | None = None) -> None:
    """Who justerade: the chair and the appointed justerare, one of them for a range."""
    start = g.ids.get("approval_position", {}).get(meeting["id"], 0)
    rows = [dict(meeting_id=meeting["id"], paragraph_id=paragraph["id"] if paragraph else None,
                 person_id=members[0], role=ApprovalRole.CHAIR, replaces_person_id=None,
                 from_number=None, to_number=None, position=start + 1),
            dict(meeting_id=meeting["id"], paragraph_id=paragraph["id"] if paragraph else None,
                 person_id=members[1], role=ApprovalRole.APPROVER, replaces_person_id=None,
                 from_number=None, to_number=None, position=start + 2)]
    if paragraph is None and numbers:
        rows.append(dict(meeting_id=meeting["id"], paragraph_id=None, person_id=members[4],
                         role=ApprovalRole.APPROVER, replaces_person_id=members[2],
                         from_number=min(numbers), to_number=max(numbers),
                         position=start + 3))
    g.ids.setdefault("approval_position", {})[meeting["id"]] = start + len(rows)  # type: ignore
    g.add(m.Approval, rows)


def _finish(g: Gen, meeting: dict[str, Any], state: MinutesState, files: list[int],
            members: list[int], numbers: list[int]) -> None:
    day = meeting["starts_at"].date()
    values: dict[str, Any] = {"minutes_state": state}
    if state is not MinutesState.DRAFT:
        values["sent_for_approval_on"] = day + timedelta(days=5)
    if state is MinutesState.APPROVED:
        _approvals(g, meeting, members, numbers=numbers)
        g.add(m.CheckConfirmation, [dict(
            meeting_id=meeting["id"], paragraph_id=None,
            confirmed_at=f"{day + timedelta(days=7)}T08:59:00.000001+00:00",
            findings="Varning – Protokollet, Sekreterare: Sekreterare är inte angiven.")])
        values.update(approved_on=day + timedelta(days=7),
                      posted_on=g.maybe(day + timedelta(days=8), 0.8))
    g.s.execute(update(m.Meeting).where(m.Meeting.id == meeting["id"]).values(**values))
    if state is MinutesState.APPROVED and g.r.random() < 0.7:
        g.add(m.MinutesSeal, [dict(
            meeting_id=meeting["id"], sealed_at=f"{day + timedelta(days=7)}T09:00:00.000001+00:00",
            canonical_version=1, content_sha256=hashlib.sha256(str(meeting).encode()).hexdigest(),
            pdf_sha256=g.maybe("a" * 64), pdf_file_id=g.maybe(g.r.choice(files)),
            audit_head_id=g.maybe(g.r.randint(1, 99)), audit_head_hash=g.maybe("e" * 64))])
