# SPDX-License-Identifier: EUPL-1.2
"""A register made the way a secretary starts one (`kraftdesk init`), with a meeting three
days ago whose § 1 has a promised särskilt yttrande; and ways to prove nothing changed."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select

from kraftdesk.cli.main import main
from kraftdesk.domain.enums import AttendanceKind, Role, StatementKind
from kraftdesk.register.migrate import open_register
from kraftdesk.register.models import Organisation
from kraftdesk.services import meetings, paragraphs, statements
from kraftdesk.services.meetings import AttendanceEntry, MeetingPlan
from tests import factories as f

ROOT = Path(__file__).resolve().parents[2]
PEOPLE = [("Anna Svensson", "S", Role.CHAIR), ("John Eklöf", "M", Role.MEMBER),
          ("Anton Sauer", "C", Role.MEMBER), ("Farishta Sulaiman", "M", Role.MEMBER)]


@dataclass(frozen=True)
class Made:
    path: Path
    meeting: str  # "KS:2026-12-02"
    meeting_id: int
    paragraphs: tuple[int, int]
    statement_id: int  # a promised särskilt yttrande under § 1
    starts: datetime


def make_register(path: Path) -> Made:
    """`kraftdesk init`, then bodies, people, a meeting and a promise through the services."""
    assert cli("--db", str(path), "init", "--organisation", "Malmö stad")[0] == 0
    register = open_register(f"sqlite:///{path}", create=False)
    try:
        with register.write() as s:
            org = s.scalars(select(Organisation)).one()
            parties = {a: f.party(s, org, a) for a in ("S", "M", "C")}
            ks = f.body(s, org)
            ids = {name: f.person(s, org, name, parties[party], body_row=ks, role=role).id
                   for name, party, role in PEOPLE}
            ids["Pamela Lindqvist"] = f.person(s, org, "Pamela Lindqvist",
                                               title="Nämndsekreterare").id
            body_id = ks.id
        starts = datetime.combine(date.today() - timedelta(days=3), time(13, 0))
        meeting_id = meetings.plan_meeting(register, MeetingPlan(
            body_id=body_id, starts_at=starts, place="Rådhuset",
            approval_due_at=datetime.combine(date.today() + timedelta(days=4), time(10, 0)),
            chair_id=ids["Anna Svensson"], secretary_id=ids["Pamela Lindqvist"],
            approver_ids=(ids["John Eklöf"],))).id
        meetings.set_attendance(register, meeting_id, [
            AttendanceEntry(ids[name], AttendanceKind.MEMBER) for name, _, _ in PEOPLE])
        first = paragraphs.add_paragraph(register, meeting_id, title="Budget 2027").id
        second = paragraphs.add_paragraph(register, meeting_id, title="Kulturstrategi").id
        paragraphs.number_paragraphs(register, meeting_id, 1)
        paragraphs.set_decision_points(register, first, ["Kommunstyrelsen antar budgeten."])
        paragraphs.set_decision_points(register, second, ["Kommunstyrelsen antar strategin."])
        statement = statements.announce(register, first, kind=StatementKind.SPECIAL_STATEMENT,
                                        author_ids=[ids["John Eklöf"],
                                                    ids["Farishta Sulaiman"]]).id
    finally:
        register.close()
    return Made(path, f"KS:{starts.date().isoformat()}", meeting_id, (first, second),
                statement, starts)


def cli(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    """`kraftdesk ARGS` through the CLI's main(): exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse's usage errors
            code = int(exit_.code or 0)
    return code, out.getvalue(), err.getvalue()


def process(*args: str, timeout: float = 60, **kwargs: object) -> subprocess.CompletedProcess:
    """`kraftdesk ARGS` as its own process (python -m kraftdesk)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kraftdesk", *args], capture_output=True,
                          text=True, timeout=timeout, env=env, cwd=ROOT, **kwargs)


def export(path: Path) -> str:
    """`kraftdesk export -`: the whole register as text (versions are not in it)."""
    code, out, err = cli("--db", str(path), "export", "-")
    assert (code, err) == (0, ""), err
    return out


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def no_traceback(text: str) -> bool:
    return "Traceback" not in text and 'File "' not in text
