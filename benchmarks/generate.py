# SPDX-License-Identifier: EUPL-1.2
"""Generate a realistic register at municipal scale, for the benchmarks.

    uv run python benchmarks/generate.py --years 10 --bodies 8 --seed 1 --out /tmp/big.sqlite3

The same seed and options give the same register. What it holds (defaults):

- the organisation (Malmö stad) with its settings, the eight riksdag parties and a local
  party, kommunfullmäktige (KF, 10 meetings a year) and `--bodies` bodies under it: the
  kommunstyrelse (KS), its arbetsutskott (KSAU) and nämnder, each with ≥ 20 meetings a year;
- members, substitutes, chairs and vice chairs over the terms of office the years span,
  some continuing from term to term and some replaced mid-term (memberships with periods);
- 20–40 paragraphs a meeting with Swedish text of realistic length; cases with
  diarienummer that pass nämnd → KSAU → KS → KF, with Beslutsunderlag lines referring to the
  earlier handlings; decision points, distribution, sections, jäv;
- yrkanden, open votes with one ballot per serving member, reservationer, särskilda
  yttranden and protokollsanteckningar in every state: received (as text or as a small PDF),
  not received (with the placeholder bilaga), withdrawn, and promised and still open in the
  last meetings of each body (some already overdue);
- bilagor numbered per minutes.

The register is created through kraftdesk.register.migrate.open_register (so it has the
real schema, triggers and full-text index) and filled with Core bulk inserts in one write
transaction per year. Each meeting goes in as a draft, then its paragraphs and their rows,
then it is updated to approved: the locking triggers of migration 0002 allow exactly that.
Every row is also logged in the audit trail (kraftdesk.register.audit.append_entries), as
an import would; `--no-audit` leaves the trail empty, to measure what the trail costs.
The full-text index (migration 0003) is built once at the end, its triggers set aside
meanwhile (kraftdesk.register.fulltext); `--index-by-triggers` keeps the triggers working
row by row instead, to measure that path.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import sys
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import Connection, Table, bindparam, func, select, update

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _textgen import (
    FEMALE_NAMES,
    MALE_NAMES,
    OFFICES,
    SURNAMES,
    TextGen,
    long_date,
    yymmdd,
)

from kraftdesk.domain.enums import (
    AppendixKind,
    AttendanceKind,
    AuditAction,
    BallotChoice,
    BasisRefKind,
    BodyKind,
    CaseStatus,
    MinutesState,
    NumberingScheme,
    ParagraphAttendanceKind,
    ProposalKind,
    Role,
    StatementKind,
    StatementState,
    TakeDownRule,
)
from kraftdesk.register import audit
from kraftdesk.register.base import Base
from kraftdesk.register.fulltext import (
    rebuild_index,
    restore_triggers,
    suspend_triggers,
)
from kraftdesk.register.migrate import open_register

#: (short name, name, kind, area, members, substitutes, justerare, meetings a year, dnr prefix)
KF_SPEC = ("KF", "Kommunfullmäktige", BodyKind.ASSEMBLY, "ks", 61, 31, 2, 10, "STK")
BODY_SPECS = (
    ("KS", "Kommunstyrelsen", BodyKind.EXECUTIVE_BOARD, "ks", 13, 13, 1, 20, "STK"),
    ("KSAU", "Kommunstyrelsens arbetsutskott", BodyKind.WORKING_COMMITTEE, "ks", 5, 5, 1, 21,
     "STK"),
    ("FRN", "Fritidsnämnden", BodyKind.COMMITTEE, "fritid", 11, 11, 1, 20, "FRI"),
    ("KN", "Kulturnämnden", BodyKind.COMMITTEE, "kultur", 11, 11, 1, 20, "KN"),
    ("GSN", "Grundskolenämnden", BodyKind.COMMITTEE, "skola", 11, 11, 1, 20, "GSN"),
    ("MN", "Miljönämnden", BodyKind.COMMITTEE, "miljo", 9, 9, 1, 21, "MN"),
    ("TN", "Tekniska nämnden", BodyKind.COMMITTEE, "teknik", 11, 11, 1, 20, "FGK"),
    ("ASN", "Arbetsmarknads- och socialnämnden", BodyKind.COMMITTEE, "social", 13, 13, 1, 20,
     "ASF"),
    ("SBN", "Stadsbyggnadsnämnden", BodyKind.COMMITTEE, "bygg", 11, 11, 1, 21, "SBK"),
)

#: (abbreviation, name, share of seats, in the governing majority)
PARTIES = (
    ("S", "Socialdemokraterna", 0.30, True),
    ("M", "Moderaterna", 0.19, False),
    ("SD", "Sverigedemokraterna", 0.16, False),
    ("V", "Vänsterpartiet", 0.09, True),
    ("C", "Centerpartiet", 0.06, False),
    ("L", "Liberalerna", 0.06, True),
    ("KD", "Kristdemokraterna", 0.05, False),
    ("MP", "Miljöpartiet de gröna", 0.05, True),
    ("MV", "Malmö Väl", 0.04, False),  # a local party
)

SPECIAL_STATEMENT_NOT_RECEIVED = "Särskilt yttrande har inte inkommit vid tidpunkt för justering."
RESERVATION_NOT_RECEIVED = "Vid justering av protokollet har ingen skriftlig reservation inkommit."

PLACES = ("Stadshuset, sal 1", "Stadshuset, Gustav Adolfs rum", "Rådhuset, Stora salen",
          "Kommunhuset, sammanträdesrum Ribersborg", "Digitalt via Teams")
OFFICIAL_TITLES = ("Stadsdirektör", "Ekonomichef", "Förvaltningschef", "Planeringssekreterare",
                   "Kanslichef", "Utredare", "Controller")

#: Tables in an order that satisfies every foreign key.
TABLE_ORDER = (
    "organisation", "party", "body", "person", "membership", "case", "stored_file", "meeting",
    "meeting_approver", "attendance", "paragraph", "decision_point", "basis_document",
    "distribution", "paragraph_section", "paragraph_attendance", "proposal", "proposal_author",
    "vote", "ballot", "statement", "statement_author", "statement_concurrence", "appendix",
)


@dataclass
class Seat:
    person_id: int
    party: str
    role: Role
    starts_on: date
    ends_on: date


@dataclass
class BodyInfo:
    id: int
    short: str
    name: str
    kind: BodyKind
    area: str
    members: int
    substitutes: int
    approvers: int
    per_year: int
    prefix: str
    secretary_id: int = 0
    seats: list[Seat] = field(default_factory=list)

    @property
    def running(self) -> str:
        """The name in running text: "kommunstyrelsen", "fritidsnämnden"."""
        return self.name[0].lower() + self.name[1:]


@dataclass(frozen=True)
class Handling:
    """An earlier handling of a case, referred to in Beslutsunderlag."""

    paragraph_id: int
    body_short: str
    day: date
    number: int
    kind: BasisRefKind
    title: str


@dataclass
class Pending:
    """A case on its way to the next body."""

    case_id: int
    title: str
    topic: str
    area: str
    handlings: list[Handling]


@dataclass
class Person:
    name: str
    party: str | None
    pronoun: str | None


class Generator:
    def __init__(self, *, years: int, bodies: int, seed: int, until: date,
                 ks_meetings: int | None = None) -> None:
        self.rng = random.Random(seed)
        self.text = TextGen(self.rng)
        self.until = until
        self.first_year = until.year - years + 1
        self.ids: dict[str, int] = {}
        self.rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLE_ORDER}
        self.approve: list[dict[str, Any]] = []  # meeting updates after their children
        self.immediate: list[dict[str, Any]] = []  # paragraph updates after their children
        self.persons: dict[int, Person] = {}
        #: (name, party) -> the person rows of that name and party (namesakes get notes)
        self.namesakes: dict[tuple[str, str | None], list[dict[str, Any]]] = {}
        self.party_ids: dict[str, int] = {}
        self.majority = {abbr for abbr, _n, _s, gov in PARTIES if gov}
        self.case_counters: dict[tuple[str, int], int] = {}
        self.queues: dict[str, deque[Pending]] = {}
        self.bodies = [BodyInfo(0, *KF_SPEC[:2], *KF_SPEC[2:])]
        for spec in BODY_SPECS[:bodies]:
            self.bodies.append(BodyInfo(0, *spec[:2], *spec[2:]))
        if ks_meetings is not None:
            self.by_short_name("KS").per_year = ks_meetings
        self.by_short = {b.short: b for b in self.bodies}
        self.officials: list[int] = []
        self.pdf_count = 0

    # ids and rows ------------------------------------------------------------------------

    def by_short_name(self, short: str) -> BodyInfo:
        return next(b for b in self.bodies if b.short == short)

    def next_id(self, table: str) -> int:
        self.ids[table] = self.ids.get(table, 0) + 1
        return self.ids[table]

    def add(self, table: str, **row: Any) -> int:
        if "id" not in row and table not in _NO_ID:
            row = {"id": self.next_id(table), **row}
        self.rows[table].append(row)
        return row.get("id", 0)

    # the organisation ----------------------------------------------------------------------

    def organisation(self) -> None:
        self.org_id = self.add(
            "organisation", name="Malmö stad", case_number_pattern=r"[A-Z]{2,4}-\d{4}-\d{1,5}",
            numbering_scheme=NumberingScheme.PER_YEAR, take_down_rule=TakeDownRule.NEXT_WEEKDAY,
            special_statement_not_received_text=SPECIAL_STATEMENT_NOT_RECEIVED,
            reservation_not_received_text=RESERVATION_NOT_RECEIVED,
            distribution_heading="Protokollsutdrag skickas till",
            minutes_kept_at="Stadskontoret, August Palms plats 1, Malmö",
        )
        for abbr, name, _share, _gov in PARTIES:
            self.party_ids[abbr] = self.add("party", organisation_id=self.org_id,
                                            abbreviation=abbr, name=name)
        for body in self.bodies:
            parent = self.by_short["KS"].id if body.short == "KSAU" else None
            body.id = self.add("body", organisation_id=self.org_id, name=body.name,
                               short_name=body.short, kind=body.kind, parent_id=parent,
                               approver_count=body.approvers)
            body.secretary_id = self.new_person(None, title="Nämndsekreterare")
        for title in OFFICIAL_TITLES * 3:
            self.officials.append(self.new_person(None, title=title))
        self.memberships()

    def new_person(self, party: str | None, *, title: str | None = None) -> int:
        female = self.rng.random() < 0.5
        first = self.text.pick(FEMALE_NAMES if female else MALE_NAMES)
        name = f"{first} {self.text.pick(SURNAMES)}"
        pronoun = "hon" if female else "han"
        person_id = self.add("person", organisation_id=self.org_id, name=name,
                             party_id=self.party_ids[party] if party else None,
                             pronoun=pronoun, title=title, note=None)
        self.persons[person_id] = Person(name, party, pronoun)
        # Two people of one name and party are told apart by their notes (issue 12's rule,
        # which import and copy apply): number them, the first one too.
        same = self.namesakes.setdefault((name, party), [])
        same.append(self.rows["person"][-1])
        if len(same) > 1:
            for number, row in enumerate(same, start=1):
                row["note"] = f"nr {number}"
        return person_id

    def terms(self) -> list[tuple[date, date]]:
        """Terms of office (1 January after the election, four years) spanning the years."""
        start = self.first_year - (self.first_year - 2023) % 4
        terms = []
        while start <= self.until.year:
            terms.append((date(start, 1, 1), date(start + 3, 12, 31)))
            start += 4
        return terms

    def seat_parties(self, seats: int) -> list[str]:
        """Seats per party by largest remainder, the biggest party first."""
        quotas = [(abbr, share * seats) for abbr, _n, share, _g in PARTIES]
        counts = {abbr: int(q) for abbr, q in quotas}
        rest = sorted(quotas, key=lambda item: item[1] - int(item[1]), reverse=True)
        for abbr, _q in rest[: seats - sum(counts.values())]:
            counts[abbr] += 1
        return [abbr for abbr, _n, _s, _g in PARTIES for _ in range(counts[abbr])]

    def memberships(self) -> None:
        previous: dict[tuple[str, Role, int], int] = {}
        for start, end in self.terms():
            ks_members: list[tuple[int, str]] = []
            for body in self.bodies:
                for role_kind, count in ((Role.MEMBER, body.members),
                                         (Role.SUBSTITUTE, body.substitutes)):
                    parties = self.seat_parties(count)
                    for index, party in enumerate(parties):
                        if body.short == "KSAU" and role_kind is Role.MEMBER and ks_members:
                            person = ks_members[index % len(ks_members)][0]
                            party = ks_members[index % len(ks_members)][1]
                        else:
                            key = (body.short, role_kind, index)
                            person = previous.get(key) if self.rng.random() < 0.6 else None
                            if person is None or self.persons[person].party != party:
                                person = self.new_person(party)
                            previous[key] = person
                        role = role_kind
                        if role_kind is Role.MEMBER and index == 0:
                            role = Role.CHAIR
                        elif role_kind is Role.MEMBER and party == "M" and not any(
                                s.role is Role.VICE_CHAIR and s.starts_on == start
                                for s in body.seats):
                            role = Role.VICE_CHAIR
                        self.seat(body, person, party, role, start, end)
                        if body.short == "KS" and role_kind is not Role.SUBSTITUTE:
                            ks_members.append((person, party))

    def seat(self, body: BodyInfo, person: int, party: str, role: Role, start: date,
             end: date) -> None:
        """One seat for a term; one in twelve is handed to a party colleague mid-term."""
        if role is not Role.CHAIR and self.rng.random() < 1 / 12:
            split = start + timedelta(days=self.rng.randint(200, 1200))
            self.membership(body, person, party, role, start, split - timedelta(days=1))
            self.membership(body, self.new_person(party), party, role, split, end)
        else:
            self.membership(body, person, party, role, start, end)

    def membership(self, body: BodyInfo, person: int, party: str, role: Role, start: date,
                   end: date) -> None:
        self.add("membership", person_id=person, body_id=body.id, role=role, starts_on=start,
                 ends_on=end)
        body.seats.append(Seat(person, party, role, start, end))

    # meetings ----------------------------------------------------------------------------

    def schedule(self, year: int) -> list[tuple[datetime, BodyInfo]]:
        """Every meeting of the year, in time order (cases move from body to body in it)."""
        days = [date(year, 1, 1) + timedelta(days=n) for n in range(366)]
        usable = [d for d in days if d.year == year and d.weekday() < 4 and d.month != 7
                  and not (d.month == 1 and d.day < 10) and not (d.month == 12 and d.day > 18)
                  and not (d.month == 8 and d.day < 10)]
        meetings = []
        for body in self.bodies:
            step = len(usable) / body.per_year
            hour = 18 if body.kind is BodyKind.ASSEMBLY else self.rng.choice((9, 13, 13, 17))
            for n in range(body.per_year):
                index = min(len(usable) - 1, int(n * step + self.rng.random() * step * 0.6))
                day = usable[index]
                moment = datetime(year, day.month, day.day, hour, 0)
                if moment.date() <= self.until:
                    meetings.append((moment, body))
        meetings.sort(key=lambda item: (item[0], item[1].id))
        return meetings

    def seats_on(self, body: BodyInfo, day: date) -> list[Seat]:
        return [s for s in body.seats if s.starts_on <= day <= s.ends_on]

    def meeting(self, starts: datetime, body: BodyInfo, numbers: dict[str, int], *,
                last: bool = False) -> None:
        rng = self.rng
        due = (starts + timedelta(days=rng.choice((6, 7, 8, 9)))).replace(hour=10)
        if due.weekday() >= 5:  # justering on a weekday
            due += timedelta(days=7 - due.weekday())
        meeting_id = self.next_id("meeting")
        seats = self.seats_on(body, starts.date())
        chair = next((s.person_id for s in seats if s.role is Role.CHAIR), None)
        self.add("meeting", id=meeting_id, body_id=body.id, starts_at=starts,
                 ends_at=starts + timedelta(hours=rng.randint(2, 6),
                                            minutes=rng.choice((0, 20, 45))),
                 place=rng.choice(PLACES), minutes_state=MinutesState.DRAFT, is_example=False,
                 approval_due_at=due, approval_place="Stadskontoret", chair_id=chair,
                 secretary_id=body.secretary_id, sent_for_approval_on=None, approved_on=None,
                 posted_on=None)
        serving = self.attendance(meeting_id, seats, starts.date())
        opposition = [p for p in serving if self.persons[p].party not in self.majority]
        for position, person in enumerate(rng.sample(opposition, min(body.approvers,
                                                                       len(opposition)))):
            self.add("meeting_approver", meeting_id=meeting_id, person_id=person,
                     position=position + 1)
        state = self.state(starts, due, last=last)
        open_minutes = state is not MinutesState.APPROVED
        appendix_number = 0
        # 20–40 paragraphs, most meetings nearer 20 than 40.
        count = round(rng.triangular(20, 40, 20))
        for position in range(1, count + 1):
            numbers[body.short] = numbers.get(body.short, 0) + 1
            appendix_number = self.paragraph(
                meeting_id=meeting_id, body=body, starts=starts, due=due, position=position,
                number=numbers[body.short], serving=serving, open_minutes=open_minutes,
                appendix_number=appendix_number)
        if state is not MinutesState.DRAFT:
            sent = starts.date() + timedelta(days=1)
            change: dict[str, Any] = {"b_id": meeting_id, "minutes_state": state,
                                      "sent_for_approval_on": sent, "approved_on": None,
                                      "posted_on": None}
            if state is MinutesState.APPROVED:
                approved = due.date() - timedelta(days=rng.choice((0, 0, 1, 2)))
                approved = max(approved, sent)
                change["approved_on"] = approved
                change["posted_on"] = approved + timedelta(days=1 if approved.weekday() < 4 else 3)
            self.approve.append(change)

    def state(self, starts: datetime, due: datetime, *, last: bool) -> MinutesState:
        """Justerade when the justering day is past, except each body's last meeting; the
        open ones are sent for justering (some already late) or, the newest, drafts."""
        if due.date() < self.until - timedelta(days=2) and not last:
            return MinutesState.APPROVED
        if starts.date() < self.until - timedelta(days=3):
            return MinutesState.SENT_FOR_APPROVAL
        return MinutesState.DRAFT

    def attendance(self, meeting_id: int, seats: list[Seat], day: date) -> list[int]:
        """Record who came; returns the serving persons (members and serving substitutes)."""
        rng = self.rng
        members = [s for s in seats if s.role is not Role.SUBSTITUTE]
        substitutes = [s for s in seats if s.role is Role.SUBSTITUTE]
        free = list(substitutes)
        serving: list[int] = []
        position = 0
        for seat in members:
            position += 1
            if rng.random() < 0.92:
                self.add("attendance", meeting_id=meeting_id, person_id=seat.person_id,
                         kind=AttendanceKind.MEMBER, replaces_person_id=None, note=None,
                         position=position)
                serving.append(seat.person_id)
                continue
            stand_in = next((s for s in free if s.party == seat.party), None)
            if stand_in is not None:
                free.remove(stand_in)
                self.add("attendance", meeting_id=meeting_id, person_id=stand_in.person_id,
                         kind=AttendanceKind.SERVING_SUBSTITUTE,
                         replaces_person_id=seat.person_id, note=None, position=position)
                serving.append(stand_in.person_id)
        for seat in free:
            if rng.random() < 0.5:
                position += 1
                self.add("attendance", meeting_id=meeting_id, person_id=seat.person_id,
                         kind=AttendanceKind.SUBSTITUTE, replaces_person_id=None,
                         note=rng.choice((None, None, "deltar digitalt")), position=position)
        for official in rng.sample(self.officials, rng.randint(1, 3)):
            position += 1
            self.add("attendance", meeting_id=meeting_id, person_id=official,
                     kind=AttendanceKind.OFFICIAL, replaces_person_id=None,
                     note=rng.choice((None, f"§§ 1–{rng.randint(5, 15)}")), position=position)
        return serving

    # paragraphs --------------------------------------------------------------------------

    def case_number(self, body: BodyInfo, year: int) -> str:
        key = (body.prefix, year)
        self.case_counters[key] = self.case_counters.get(key, 0) + self.rng.randint(1, 9)
        return f"{body.prefix}-{year}-{self.case_counters[key]}"

    def take_case(self, body: BodyInfo, year: int) -> Pending | None:
        """A case from the body's queue, a new case, or None for an item without a case."""
        queue = self.queues.setdefault(body.short, deque())
        share = 0.85 if body.kind is BodyKind.ASSEMBLY else 0.45
        if queue and self.rng.random() < share:
            return queue.popleft()
        if self.rng.random() < 0.08:
            return None
        topic = self.text.topic(body.area)
        title = self.text.title(body.area, year, case_topic=topic)
        case_id = self.add("case", organisation_id=self.org_id,
                           number=self.case_number(body, year), title=title,
                           status=CaseStatus.OPEN)
        return Pending(case_id, title, topic, body.area, [])

    def forward(self, body: BodyInfo) -> BodyInfo | None:
        """Where the body sends the case next, if anywhere (KSAU → KS → KF, nämnd → KSAU)."""
        r = self.rng.random()
        if body.short == "KSAU" and "KS" in self.by_short and r < 0.7:
            return self.by_short["KS"]
        if body.short == "KS" and r < 0.25:
            return self.by_short["KF"]
        if body.kind is BodyKind.COMMITTEE and "KSAU" in self.by_short and r < 0.10:
            return self.by_short["KSAU"]
        return None

    def paragraph(self, *, meeting_id: int, body: BodyInfo, starts: datetime, due: datetime,
                  position: int, number: int, serving: list[int], open_minutes: bool,
                  appendix_number: int) -> int:
        rng, day, year = self.rng, starts.date(), starts.year
        pending = self.take_case(body, year)
        if pending is None:
            topic = self.text.topic(body.area)
            title = rng.choice(("Anmälan av delegationsbeslut", "Anmälningsärenden",
                                f"Information från förvaltningen om {topic}",
                                f"Val av ersättare i {body.running}"))
            area, case_id, handlings = body.area, None, []
        else:
            topic, title, area = pending.topic, pending.title, pending.area
            case_id, handlings = pending.case_id, pending.handlings
        target = self.forward(body) if pending is not None else None
        # KSAU proposes to KS and KS to KF; a nämnd's remissvar is its own decision.
        proposes = target if target is not None and body.kind is not BodyKind.COMMITTEE \
            else None
        decider = proposes.name if proposes is not None else body.name
        paragraph_id = self.add(
            "paragraph", meeting_id=meeting_id, body_id=body.id, series=str(year), number=number,
            position=position, case_id=case_id, title=title,
            summary=self.text.summary(area, topic=topic, when=day, body_running="kommunstyrelsen"
                                      if body.kind is BodyKind.ASSEMBLY else body.running),
            proposes_to_body_id=proposes.id if proposes is not None else None,
            formula_override=None, procedure_text=None, immediately_approved_on=None)
        points = self.text.decision_points(
            decider=decider, topic=topic, year=year, count=rng.choice((1, 1, 1, 2, 2, 3, 4)),
            receivers=[b.running for b in self.bodies if b.kind is BodyKind.COMMITTEE] or
            ["kommunstyrelsen"])
        for index, point in enumerate(points, start=1):
            self.add("decision_point", paragraph_id=paragraph_id, position=index, text=point)
        self.basis(paragraph_id, body, day, title, handlings)
        for index, recipient in enumerate(rng.sample(list(OFFICES.values()),
                                                     rng.randint(0, 3)), start=1):
            self.add("distribution", paragraph_id=paragraph_id, position=index,
                     recipient=recipient)
        if rng.random() < 0.15:
            earlier = day - timedelta(days=rng.randint(20, 200))
            self.add("paragraph_section", paragraph_id=paragraph_id, position=1,
                     heading="Tidigare behandling",
                     body=f"Bordlagt den {long_date(earlier)}, § {rng.randint(1, 300)}.")
        if rng.random() < 0.01 and len(serving) > 3:
            recused = rng.choice(serving)
            self.add("paragraph_attendance", paragraph_id=paragraph_id,
                     person_id=recused, kind=ParagraphAttendanceKind.RECUSED,
                     replaces_person_id=None)
            # jäv: the recused member neither proposes, votes nor writes under the paragraph
            # (issue 14's rule, which import and copy apply)
            serving = [person for person in serving if person != recused]
        appendix_number = self.proceedings(
            paragraph_id=paragraph_id, meeting_id=meeting_id, body=body, starts=starts, due=due,
            serving=serving, open_minutes=open_minutes, appendix_number=appendix_number,
            topic=topic, area=area, title=title, number=number)
        if rng.random() < 0.02:
            self.immediate.append({"b_id": paragraph_id, "immediately_approved_on": day})
        if target is not None and pending is not None:
            kind = BasisRefKind.PROPOSAL if proposes is not None else BasisRefKind.DECISION
            handling = Handling(paragraph_id, body.short, day, number, kind, title)
            self.queues.setdefault(target.short, deque()).append(
                Pending(pending.case_id, title, topic, area, [*pending.handlings, handling]))
        return appendix_number

    def basis(self, paragraph_id: int, body: BodyInfo, day: date, title: str,
              handlings: list[Handling]) -> None:
        rng, position = self.rng, 0
        for handling in handlings:
            position += 1
            self.add("basis_document", paragraph_id=paragraph_id, position=position,
                     ref_paragraph_id=handling.paragraph_id, ref_kind=handling.kind,
                     text=handling.title)
        lines = [f"Tjänsteskrivelse {body.short} {yymmdd(day)} {title}",
                 f"G-Tjänsteskrivelse {body.short} {yymmdd(day)} {title}"]
        lines += [f"Remissvar {b.running}" for b in self.bodies if b.kind is BodyKind.COMMITTEE]
        lines.append("Yrkande från S, V och MP den 1 mars 2024")
        first = lines[rng.randrange(2)]
        extra = rng.sample(lines[2:], rng.randint(0, min(3, len(lines) - 2)))
        for line in [first, *extra]:
            position += 1
            self.add("basis_document", paragraph_id=paragraph_id, position=position,
                     ref_paragraph_id=None, ref_kind=None, text=line)

    def proceedings(self, *, paragraph_id: int, meeting_id: int, body: BodyInfo,
                    starts: datetime, due: datetime, serving: list[int], open_minutes: bool,
                    appendix_number: int, topic: str, area: str, title: str,
                    number: int) -> int:
        """Yrkanden, a vote, and the statements of one paragraph; bilagor numbered on."""
        rng = self.rng
        majority = [p for p in serving if self.persons[p].party in self.majority]
        opposition = [p for p in serving if self.persons[p].party not in self.majority]
        if rng.random() > 0.35 or not majority or not opposition:
            return appendix_number
        office = OFFICES[area].lower()
        first = self.proposal(paragraph_id, 1, ProposalKind.APPROVAL, f"{office}s förslag",
                              rng.sample(majority, 1), adopted=True)
        if rng.random() < 0.5:
            return appendix_number
        party = self.persons[rng.choice(opposition)].party
        own = [p for p in opposition if self.persons[p].party == party]
        kind = rng.choice((ProposalKind.REJECTION, ProposalKind.REFERRAL_BACK, ProposalKind.OWN))
        second = self.proposal(paragraph_id, 2, kind, None if kind is ProposalKind.OWN else
                               f"{office}s förslag", own[: rng.randint(1, 3)],
                               text=self.text.statement_text(topic=topic, year=starts.year,
                                                             area=area)
                               if kind is ProposalKind.OWN else None)
        if rng.random() < 0.3:
            appendix_number = self.vote(paragraph_id, meeting_id, body, serving, first, second,
                                        appendix_number)
        if rng.random() < 0.6:
            appendix_number = self.statement(
                paragraph_id=paragraph_id, meeting_id=meeting_id, position=1,
                kind=StatementKind.RESERVATION, authors=own[: rng.randint(1, 3)],
                concurring=[], in_favour_of=second, body=body, starts=starts, due=due,
                open_minutes=open_minutes, appendix_number=appendix_number, topic=topic,
                area=area, title=title, number=number)
        if rng.random() < 0.35:
            others = [p for p in opposition if p not in own]
            appendix_number = self.statement(
                paragraph_id=paragraph_id, meeting_id=meeting_id, position=2,
                kind=StatementKind.SPECIAL_STATEMENT,
                authors=others[: rng.randint(1, 3)] or own[:1],
                concurring=others[3: 3 + rng.randint(0, 2)], in_favour_of=None, body=body,
                starts=starts, due=due, open_minutes=open_minutes,
                appendix_number=appendix_number, topic=topic, area=area, title=title,
                number=number)
        if rng.random() < 0.1:
            author = rng.choice(serving)
            note = self.text.note_text(name=self.label(author), topic=topic,
                                       year=starts.year, area=area)
            sid = self.add("statement", paragraph_id=paragraph_id, position=3,
                           kind=StatementKind.MINUTES_NOTE, state=StatementState.ANNOUNCED,
                           in_favour_of_proposal_id=None, with_reservation=False,
                           deadline=None, received_at=None, file_id=None, text=note)
            self.add("statement_author", statement_id=sid, person_id=author, position=1)
        return appendix_number

    def label(self, person: int) -> str:
        p = self.persons[person]
        return f"{p.name} ({p.party})" if p.party else p.name

    def proposal(self, paragraph_id: int, position: int, kind: ProposalKind,
                 subject: str | None, authors: list[int], *, adopted: bool = False,
                 text: str | None = None) -> int:
        proposal_id = self.add("proposal", paragraph_id=paragraph_id, position=position,
                               kind=kind, subject=subject, text=text, withdrawn=False,
                               adopted=adopted)
        for index, person in enumerate(authors, start=1):
            self.add("proposal_author", proposal_id=proposal_id, person_id=person,
                     position=index)
        return proposal_id

    def vote(self, paragraph_id: int, meeting_id: int, body: BodyInfo, serving: list[int],
             yes: int, no: int, appendix_number: int) -> int:
        rng = self.rng
        vote_id = self.add("vote", paragraph_id=paragraph_id, position=1,
                           yes_meaning=f"bifall till {body.running}s förslag",
                           no_meaning="bifall till oppositionens yrkande",
                           yes_proposal_id=yes, no_proposal_id=no)
        for person in serving:
            in_majority = self.persons[person].party in self.majority
            r = rng.random()
            choice = BallotChoice.ABSTAIN if r < 0.04 else (
                BallotChoice.YES if in_majority else BallotChoice.NO)
            self.add("ballot", vote_id=vote_id, person_id=person, choice=choice)
        if body.kind is BodyKind.ASSEMBLY:
            appendix_number += 1
            self.add("appendix", meeting_id=meeting_id, number=appendix_number,
                     kind=AppendixKind.VOTING_LIST, paragraph_id=paragraph_id, statement_id=None,
                     title="Omröstningslista", text=None, file_id=None)
        return appendix_number

    def statement(self, *, paragraph_id: int, meeting_id: int, position: int,
                  kind: StatementKind, authors: list[int], concurring: list[int],
                  in_favour_of: int | None, body: BodyInfo, starts: datetime, due: datetime,
                  open_minutes: bool, appendix_number: int, topic: str, area: str, title: str,
                  number: int) -> int:
        rng = self.rng
        written = kind is StatementKind.SPECIAL_STATEMENT or rng.random() < 0.6
        text: str | None = None
        file_id: int | None = None
        received_at: datetime | None = None
        placeholder: str | None = None
        if not written:
            state = StatementState.ANNOUNCED
        elif open_minutes:
            state = StatementState.PROMISED
        else:
            r = rng.random()
            state = (StatementState.RECEIVED if r < 0.62 else
                     StatementState.NOT_RECEIVED if r < 0.92 else StatementState.WITHDRAWN)
        heading = "Särskilt yttrande" if kind is StatementKind.SPECIAL_STATEMENT \
            else "Reservation"
        names = [self.label(p) for p in authors]
        if state is StatementState.RECEIVED:
            received_at = due - timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 20))
            body_text = self.text.statement_text(topic=topic, year=starts.year, area=area)
            signature = "\n".join([f"{body.name} {starts.date().isoformat()}", *names])
            if concurring:
                signature += "\nMed instämmande av\n" + "\n".join(
                    self.label(p) for p in concurring)
            text = f"{body_text}\n\n{signature}"
            if rng.random() < 0.15:
                file_id = self.pdf(heading, f"§ {number} {title}", text)
                text = None
        elif state is StatementState.NOT_RECEIVED:
            missing = (SPECIAL_STATEMENT_NOT_RECEIVED if kind is StatementKind.SPECIAL_STATEMENT
                       else RESERVATION_NOT_RECEIVED)
            secretary = self.persons[body.secretary_id].name
            what = "ett särskilt yttrande" if kind is StatementKind.SPECIAL_STATEMENT \
                else "en skriftlig reservation"
            placeholder = (
                f"{heading}\n\n§ {number}. {title}\n\nVid {body.running}s sammanträde den "
                f"{long_date(starts.date())} meddelade {_join(names)} avsikt att inkomma med "
                f"{what}. {missing}\n\n{secretary}\nNämndsekreterare")
        statement_id = self.add(
            "statement", paragraph_id=paragraph_id, position=position, kind=kind, state=state,
            in_favour_of_proposal_id=in_favour_of,
            with_reservation=kind is StatementKind.SPECIAL_STATEMENT and rng.random() < 0.3,
            deadline=due if written else None, received_at=received_at, text=text,
            file_id=file_id)
        for index, person in enumerate(authors, start=1):
            self.add("statement_author", statement_id=statement_id, person_id=person,
                     position=index)
        for index, person in enumerate(concurring, start=1):
            self.add("statement_concurrence", statement_id=statement_id, person_id=person,
                     position=index)
        if written and state is not StatementState.WITHDRAWN:
            appendix_number += 1
            self.add("appendix", meeting_id=meeting_id, number=appendix_number,
                     kind=AppendixKind.STATEMENT, paragraph_id=paragraph_id,
                     statement_id=statement_id, title=heading, text=placeholder, file_id=None)
        return appendix_number

    def pdf(self, heading: str, paragraph: str, text: str) -> int:
        """A small one-page PDF, as a received statement scanned or exported by a party."""
        self.pdf_count += 1
        out = io.BytesIO()
        canvas = Canvas(out, pagesize=(595, 842), invariant=1)
        canvas.setTitle(heading)
        canvas.setFont("Helvetica-Bold", 14)
        canvas.drawString(72, 770, heading)
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 745, paragraph[:90])
        y = 715
        for line in _wrap(text, 88):
            canvas.drawString(72, y, line)
            y -= 15
        canvas.showPage()
        canvas.save()
        content = out.getvalue()
        return self.add("stored_file", sha256=hashlib.sha256(content).hexdigest(),
                        filename=f"{heading.lower().replace(' ', '-')}-{self.pdf_count}.pdf",
                        media_type="application/pdf", size=len(content), content=content)

    # one year ------------------------------------------------------------------------------

    def year(self, year: int) -> None:
        numbers: dict[str, int] = {}
        meetings = self.schedule(year)
        last = {body.short: starts for starts, body in meetings} if year == self.until.year \
            else {}
        for starts, body in meetings:
            self.meeting(starts, body, numbers, last=last.get(body.short) == starts)


_NO_ID = {"meeting_approver", "proposal_author", "statement_author", "statement_concurrence"}


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " och " + items[-1]


def _wrap(text: str, width: int) -> list[str]:
    lines: list[str] = []
    for block in text.split("\n"):
        line = ""
        for word in block.split():
            if len(line) + len(word) + 1 > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        lines.append(line)
    return lines


# writing -----------------------------------------------------------------------------------

@dataclass
class Timings:
    build: float = 0.0
    insert: float = 0.0
    audit: float = 0.0
    index: float = 0.0


def _key(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def write_batch(conn: Connection, gen: Generator, *, with_audit: bool, timings: Timings) -> None:
    """Insert the buffered rows in foreign-key order, then approve the meetings."""
    tables = Base.metadata.tables
    for name in TABLE_ORDER:
        rows = gen.rows[name]
        if not rows:
            continue
        table = tables[name]
        started = time.perf_counter()
        conn.execute(table.insert(), rows)
        timings.insert += time.perf_counter() - started
        if with_audit:
            started = time.perf_counter()
            audit.append_entries(conn, [(AuditAction.INSERT, name, _key(table, row), None, row)
                                        for row in rows])
            timings.audit += time.perf_counter() - started
        gen.rows[name] = []
    started = time.perf_counter()
    paragraph, meeting = tables["paragraph"], tables["meeting"]
    if gen.immediate:
        conn.execute(update(paragraph).where(paragraph.c.id == bindparam("b_id"))
                     .values(immediately_approved_on=bindparam("immediately_approved_on")),
                     gen.immediate)
    if gen.approve:
        conn.execute(update(meeting).where(meeting.c.id == bindparam("b_id")).values(
            minutes_state=bindparam("minutes_state"),
            sent_for_approval_on=bindparam("sent_for_approval_on"),
            approved_on=bindparam("approved_on"), posted_on=bindparam("posted_on")),
            gen.approve)
    timings.insert += time.perf_counter() - started
    if with_audit:
        started = time.perf_counter()
        changes = [(AuditAction.UPDATE, "paragraph", {"id": c["b_id"]},
                    {"immediately_approved_on": None},
                    {"immediately_approved_on": c["immediately_approved_on"]})
                   for c in gen.immediate]
        changes += [(AuditAction.UPDATE, "meeting", {"id": c["b_id"]},
                     {"minutes_state": MinutesState.DRAFT.value, "sent_for_approval_on": None,
                      "approved_on": None, "posted_on": None},
                     {k: v for k, v in c.items() if k != "b_id"}) for c in gen.approve]
        if changes:
            audit.append_entries(conn, changes)
        timings.audit += time.perf_counter() - started
    gen.immediate, gen.approve = [], []


def generate(out: Path, *, years: int, bodies: int, seed: int, until: date,
             with_audit: bool = True, index_at_end: bool = True,
             ks_meetings: int | None = None) -> tuple[dict[str, int], Timings]:
    """Create the register at `out` and fill it; returns row counts and where time went.

    With `index_at_end` the full-text triggers are set aside for the whole load and the
    index is built once at the end (kraftdesk.register.fulltext: the same documents, in a
    fraction of the time, since the triggers rebuild a paragraph's document for each of its
    rows); without it every row goes through the triggers.
    """
    register = open_register(f"sqlite:///{out}", create=True)
    gen = Generator(years=years, bodies=bodies, seed=seed, until=until,
                    ks_meetings=ks_meetings)
    timings = Timings()
    try:
        started = time.perf_counter()
        gen.organisation()
        timings.build += time.perf_counter() - started
        with register.write() as session:
            triggers = suspend_triggers(session.connection()) if index_at_end else []
            write_batch(session.connection(), gen, with_audit=with_audit, timings=timings)
        for year in range(gen.first_year, until.year + 1):
            started = time.perf_counter()
            gen.year(year)
            timings.build += time.perf_counter() - started
            with register.write() as session:
                write_batch(session.connection(), gen, with_audit=with_audit, timings=timings)
        if index_at_end:
            started = time.perf_counter()
            with register.write() as session:
                restore_triggers(session.connection(), triggers)
                rebuild_index(session.connection())
            timings.index = time.perf_counter() - started
        with register.read() as session:
            conn = session.connection()
            counts = {name: conn.execute(select(func.count()).select_from(
                Base.metadata.tables[name])).scalar_one()
                for name in (*TABLE_ORDER, "audit_entry")}
        with register.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        register.close()
    return counts, timings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Skapa ett stort, realistiskt register för "
                                                 "prestandamätningar.")
    parser.add_argument("--years", type=int, default=10, help="antal år (standard 10)")
    parser.add_argument("--bodies", type=int, default=8, choices=range(1, len(BODY_SPECS) + 1),
                        metavar="N", help="organ under fullmäktige: KS, KSAU och nämnder "
                        f"(1–{len(BODY_SPECS)}, standard 8); KF finns alltid")
    parser.add_argument("--seed", type=int, default=1, help="slumpfrö (standard 1)")
    parser.add_argument("--until", type=date.fromisoformat, default=date(2026, 11, 20),
                        help="sista dag registret når (standard 2026-11-20)")
    parser.add_argument("--out", type=Path, required=True, help="registerfilen som skapas")
    parser.add_argument("--force", action="store_true", help="skriv över en befintlig fil")
    parser.add_argument("--ks-meetings", type=int, metavar="N",
                        help="kommunstyrelsens sammanträden per år (annars 20)")
    parser.add_argument("--no-audit", action="store_true",
                        help="fyll inte granskningsloggen (för att mäta vad den kostar)")
    parser.add_argument("--index-by-triggers", action="store_true",
                        help="låt sökindexets triggrar bygga indexet rad för rad, som vid "
                             "import (långsammare)")
    args = parser.parse_args(argv)
    if args.out.exists():
        if not args.force:
            parser.error(f"{args.out} finns redan (använd --force för att skriva över)")
        for suffix in ("", "-wal", "-shm"):
            Path(f"{args.out}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    counts, timings = generate(args.out, years=args.years, bodies=args.bodies, seed=args.seed,
                               until=args.until, with_audit=not args.no_audit,
                               index_at_end=not args.index_by_triggers,
                               ks_meetings=args.ks_meetings)
    total = time.perf_counter() - started
    width = max(len(name) for name in counts)
    for name, count in counts.items():
        print(f"{name:<{width}}  {count:>9,}".replace(",", " "))
    size = args.out.stat().st_size / 2**20
    print(f"\nfil: {args.out} ({size:.1f} MiB)")
    print(f"tid: {total:.1f} s totalt; texter och rader {timings.build:.1f} s, "
          f"inskrivning {timings.insert:.1f} s, granskningslogg {timings.audit:.1f} s, "
          f"sökindex i slutet {timings.index:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
