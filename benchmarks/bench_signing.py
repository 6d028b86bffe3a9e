# SPDX-License-Identifier: EUPL-1.2
"""Electronic signatures: what signing a 40-paragraph protocol costs, as whole processes.

    uv run python benchmarks/bench_signing.py [--repeat 3] [--paragraphs 40]

A register with one meeting of `--paragraphs` paragraphs (summary, three decision points and
a section each), sent for justering, a test CA the script makes itself (tests/signing/pki.py)
and RSA-2048 keys in PKCS#12 files, as e-legitimation files have. For each round a fresh copy
of the register; every command a whole `kraftdesk` process, with bytecode caching on
(PYTHONPYCACHEPREFIX, after a warm-up), as an installed kraftdesk has compiled .pyc files:

- `kraftdesk justering status` (start, open the register, a read): the floor of a command;
- `kraftdesk justering justera` (ink on paper): composes the minutes, writes the final
  PDF/A with its anchors and seals it (what justering costs without signatures);
- `kraftdesk sign` by the chair (the first signature: the same PDF/A plus the empty fields,
  checking the certificate, signing), then the two justerare (each: checking the earlier
  signatures, signing; the last one also justerar and seals).

"Tillägg" is what a signature adds: the first against the ink justering (which makes the
same PDF), the later ones against the floor. Target (issue 16): at most 0.5 s each.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

MEETING = "KS:2026-01-07"
CHAIR, FIRST, SECOND = "Anna Andersson", "Bo Berg", "Cecilia Ceder"
WORDS = ("kommunstyrelsen", "beslutar", "att", "godkänna", "förslaget", "om", "budget",
         "för", "förskola", "och", "skola", "samt", "uppdra", "åt", "stadskontoret", "vidare")


def build(path: Path, paragraphs: int) -> None:
    """The register: one KS meeting with `paragraphs` paragraphs, sent for justering."""
    from kraftdesk.domain.enums import AttendanceKind, MinutesState
    from kraftdesk.register.migrate import open_register
    from kraftdesk.register.models import (
        Attendance,
        DecisionPoint,
        Meeting,
        MeetingApprover,
        Paragraph,
        ParagraphSection,
    )
    from tests import factories as f

    register = open_register(f"sqlite:///{path}", create=True)
    with register.write() as s:
        org = f.organisation(s)
        ks = f.body(s, org)
        party = f.party(s, org, "S", "Socialdemokraterna")
        people = [f.person(s, org, name, party, body_row=ks) for name in (CHAIR, FIRST, SECOND)]
        people += [f.person(s, org, f"Ledamot {i}", party, body_row=ks) for i in range(8)]
        secretary = f.person(s, org, "Sara Sekreterare", title="Nämndsekreterare")
        meeting = Meeting(body_id=ks.id, starts_at=f.at("2026-01-07 13:00"),
                          ends_at=f.at("2026-01-07 16:00"), place="Stadshuset",
                          approval_due_at=f.at("2026-01-14 10:00"), chair_id=people[0].id,
                          secretary_id=secretary.id, minutes_state=MinutesState.DRAFT)
        s.add(meeting)
        s.flush()
        s.add_all(Attendance(meeting_id=meeting.id, person_id=p.id, kind=AttendanceKind.MEMBER,
                             position=i) for i, p in enumerate(people))
        s.add_all(MeetingApprover(meeting_id=meeting.id, person_id=p.id, position=i)
                  for i, p in enumerate(people[1:3], start=1))
        for n in range(1, paragraphs + 1):
            text = " ".join(WORDS[(n * 7 + i) % len(WORDS)] for i in range(120))
            row = Paragraph(meeting_id=meeting.id, body_id=ks.id, series="2026", number=n,
                            position=n, title=f"Ärende {n}: {text[:60]}", summary=text)
            s.add(row)
            s.flush()
            s.add_all(DecisionPoint(paragraph_id=row.id, position=i, text=text[:200])
                      for i in (1, 2, 3))
            s.add(ParagraphSection(paragraph_id=row.id, position=1, heading="Yttrande",
                                   body=text))
        meeting.minutes_state = MinutesState.SENT_FOR_APPROVAL
        meeting.sent_for_approval_on = date(2026, 1, 8)
    register.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--paragraphs", type=int, default=40)
    args = parser.parse_args()

    from benchmarks._bench import print_machine, print_table, time_process
    from tests.signing.pki import Pki

    print_machine()
    print(f"# {datetime.now():%Y-%m-%d %H:%M}, {args.paragraphs} paragrafer, "
          f"repeat {args.repeat}")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "kraftdesk-bench-pyc")
    kraftdesk = [sys.executable, "-m", "kraftdesk"]
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder) / "mall.sqlite3"
        build(base, args.paragraphs)
        pki = Pki(Path(folder))
        keys = {name: pki.person(name) for name in (CHAIR, FIRST, SECOND)}

        def run(db: Path, *argv: str) -> tuple[float, float]:
            done = time_process([*kraftdesk, "--db", str(db), *argv], env=env)
            if done.returncode:
                sys.exit(done.output)
            return done.wall_s, done.cpu_s

        def sign(db: Path, name: str) -> tuple[float, float]:
            return run(db, "sign", MEETING, "--as", name, "--pkcs12", str(keys[name]),
                       "--password-file", str(pki.password_file))

        times: dict[str, list[tuple[float, float]]] = {}
        for round_number in range(args.repeat + 1):  # the first round warms the .pyc cache
            db = Path(folder) / f"r{round_number}.sqlite3"
            ink = Path(folder) / f"i{round_number}.sqlite3"
            shutil.copy(base, db)
            shutil.copy(base, ink)
            run(db, "trust", "add", str(pki.ca_pem))
            run(db, "justering", "inställningar", "--underskrifter", "ordförande,justerare")
            measured = {
                "justering status (golvet)": run(db, "justering", "status", MEETING),
                "justering justera (papper)": run(ink, "justering", "justera", MEETING),
                "sign, ordförande (första)": sign(db, CHAIR),
                "sign, justerare 1": sign(db, FIRST),
                "sign, justerare 2 (justerar)": sign(db, SECOND),
            }
            if round_number:
                for name, seconds in measured.items():
                    times.setdefault(name, []).append(seconds)
            run(db, "verify")
    wall = {name: statistics.median(w for w, _ in values) for name, values in times.items()}
    cpu = {name: statistics.median(c for _, c in values) for name, values in times.items()}
    rows = []
    for name in wall:
        against = ("justering justera (papper)" if name.startswith("sign, ordförande")
                   else "justering status (golvet)" if name.startswith("sign") else None)
        added = (f"{wall[name] - wall[against]:.2f} / {cpu[name] - cpu[against]:.2f}"
                 if against else "")
        rows.append((name, round(wall[name], 2), round(cpu[name], 2), added))
    print_table(("process", "s (median)", "cpu s", "tillägg s / cpu s"), rows)
    print("tillägg: första underskriften mot justering på papper (samma PDF/A), de andra mot "
          "golvet")


if __name__ == "__main__":
    main()
