# SPDX-License-Identifier: EUPL-1.2
"""The närvarolista bilaga of a large kommunfullmäktige: compose and render it as a PDF.

A fullmäktige of `--members` ledamöter (default 101) and their ersättare, with `--votes`
open votes (default 30), each with a ballot per serving member: the närvarolista table has a
row per person and a column per vote. It is laid out in chunks of rows
(kraftdesk.documents.blocks, PITFALLS: one big ReportLab Table lays out super-linearly).
Prints the time to compose the bilaga (reading the register) and to render the minutes' PDF,
and the pages. Run: uv run python benchmarks/bench_attendance_list.py
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._bench import measure, print_machine, print_table
from kraftdesk.domain.enums import AttendanceKind, BallotChoice, BodyKind, Role
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import Membership
from kraftdesk.services import exports, meetings, paragraphs, proceedings
from kraftdesk.services.meetings import AttendanceEntry, MeetingPlan
from tests import factories


def build(folder: Path, members: int, votes: int) -> tuple[object, int]:
    register = open_register(f"sqlite:///{folder / 'kf.sqlite3'}", create=True)
    with register.write() as s:
        org = factories.organisation(s)
        party = factories.party(s, org, "S")
        kf = factories.body(s, org, "KF", "Kommunfullmäktige", BodyKind.ASSEMBLY)
        ids = []
        for i in range(members + members // 2):
            person = factories.person(s, org, f"Ledamot {i:03d}", party)
            role = (Role.CHAIR if i == 0 else Role.MEMBER) if i < members else Role.SUBSTITUTE
            s.add(Membership(person_id=person.id, body_id=kf.id, role=role,
                             starts_on=date(2023, 1, 1)))
            ids.append(person.id)
    meeting = meetings.plan_meeting(register, MeetingPlan(
        body_id=kf.id, starts_at=datetime(2026, 6, 15, 18, 0), chair_id=ids[0])).id
    for n in range(votes):
        paragraphs.add_paragraph(register, meeting, title=f"Ärende {n + 1}")
    entries = [AttendanceEntry(pid, AttendanceKind.MEMBER) for pid in ids[:members - 5]]
    entries += [AttendanceEntry(ids[members + i], AttendanceKind.SERVING_SUBSTITUTE,
                                ids[members - 5 + i]) for i in range(5)]
    meetings.set_attendance(register, meeting, entries, attendance_appendix=True)
    voters = [e.person_id for e in entries]
    choices = list(BallotChoice)
    for index, row in enumerate(meetings.meeting_view(register, meeting).paragraphs):
        proceedings.record_vote(register, row.id, yes_meaning="bifall", no_meaning="avslag",
                                ballots={pid: choices[(pid + index) % 3] for pid in voters})
    return register, meeting


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=101)
    parser.add_argument("--votes", type=int, default=30)
    args = parser.parse_args(argv)
    print_machine()
    with tempfile.TemporaryDirectory() as folder:
        register, meeting = build(Path(folder), args.members, args.votes)
        out = Path(folder) / "protokoll.pdf"
        timing, done = measure(lambda: exports.export_minutes(register, meeting, out), repeat=3)
        register.close()
    print_table(("ledamöter", "omröstningar", "sidor", "PDF, median ms", "CPU ms"),
                [(args.members, args.votes, done.pages, round(timing.wall_ms),
                  round(timing.cpu_ms))])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
