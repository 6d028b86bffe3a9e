# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk justering …` and `kraftdesk calendar …`: exact Swedish output, exit codes 0/1/2."""

from __future__ import annotations

import io
import json
from datetime import datetime
from pathlib import Path

import pytest

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.main import parse, run
from kraftdesk.register.database import Register
from tests.databases import TestDatabase
from tests.justering.helpers import build_meeting


def cli(db: Path | str, *argv: str, now: str = "2026-01-20 10:00") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    ctx = CliContext(db=str(db), out=out, err=err, now=datetime.fromisoformat(now))
    code = run(parse(["--db", str(db), *argv]), ctx)
    return code, out.getvalue(), err.getvalue()


def test_the_whole_justering_from_the_command_line(register: Register,
                                                   database: TestDatabase) -> None:
    build_meeting(register)
    register.close()
    db = database.url
    assert cli(db, "justering", "skicka", "KS:2026-01-07", "--datum", "2026-01-08") == (
        0, "Protokollet KS:2026-01-07 är skickat för justering 2026-01-08.\n"
           "Kontrollen före justeringen:\n"
           "  Varning – § 16, Reservationer och särskilda yttranden: Särskilt yttrande från "
           "Cecilia Ceder (SD) har inte kommit in (frist 2026-01-14 kl. 13:00).\n", "")
    code, out, err = cli(db, "justering", "justera", "KS:2026-01-07", "--datum", "2026-01-14",
                         now="2026-01-14 14:00")
    assert (code, out) == (1, "")
    assert err == (
        "kraftdesk: En utlovad text har inte kommit in för KS:2026-01-07: § 16: särskilt "
        "yttrande från Cecilia Ceder. Bekräfta för att justera ändå; texterna registreras då "
        "som inte inkomna.\n"
        "Kör kommandot igen med --bekräfta för att justera ändå.\n")
    assert cli(db, "justering", "justera", "KS:2026-01-07", "--datum", "2026-01-14",
               "--justerare", "Bo Berg", "--bekräfta", now="2026-01-14 14:00") == (
        0, "Protokollet KS:2026-01-07 är justerat 2026-01-14 och förseglat.\n"
           "Sista dag för anslag: 2026-01-16 (fredag).\n"
           "Varning: Bilaga 1 är en inkommen PDF-fil som inte följer PDF/A; dess sidor är "
           "återgivna som bilder i PDF/A-filen, med texten osynlig ovanpå.\n", "")
    assert cli(db, "justering", "anslag", "KS:2026-01-07", now="2026-01-15 08:00") == (
        0, "Anslaget för KS:2026-01-07 är registrerat 2026-01-15.\n"
           "Sista dag för överklagande: 2026-02-05 (torsdag).\n"
           "Anslaget får tas ned från 2026-02-06 (fredag).\n", "")
    assert cli(db, "justering", "omedelbar", "KS:2026:17") == (
        1, "", "kraftdesk: Protokollet är justerat och kan inte ändras (§ 17).\n")
    assert cli(db, "verify")[0] == 0


def test_calendar_of_a_meeting_in_the_register(register: Register,
                                              database: TestDatabase) -> None:
    build_meeting(register, promised=False)
    register.close()
    db = database.url
    assert cli(db, "calendar", "KS:2026-01-07", now="2026-01-22 09:00") == (0, (
        "Sammanträde:             KS:2026-01-07 (onsdag)\n"
        "Sista dag för justering: 2026-01-21 (onsdag)\n"
        "Justering:               inte gjord ännu\n"
        "Varning: Protokollet är inte justerat, och sista dag för justering (2026-01-21) har "
        "passerat.\n"), "")
    cli(db, "justering", "skicka", "KS:2026-01-07", "--datum", "2026-01-08")
    cli(db, "justering", "justera", "KS:2026-01-07", "--datum", "2026-01-16",
        now="2026-01-16 12:00")
    code, out, _ = cli(db, "calendar", "KS:2026-01-07", "--json", now="2026-01-21 09:00")
    assert code == 0
    assert json.loads(out) == {
        "meeting": "KS:2026-01-07", "meeting_day": "2026-01-07",
        "approval_deadline": "2026-01-21", "approved_on": "2026-01-16",
        "posting_deadline": "2026-01-19", "posted_on": None,
        "appeal_last_day": "2026-02-09", "take_down_earliest": "2026-02-10",
        "warnings": ["Justeringen har inte tillkännagivits på anslagstavlan, och sista dag för "
                     "anslag (2026-01-19) har passerat."],
    }


def test_calendar_for_any_justering_day(tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "används-inte.sqlite3"
    code, out, _ = cli(db, "calendar", "--justering", "2026-12-22", "--json")
    assert (code, json.loads(out)["posting_deadline"], json.loads(out)["appeal_last_day"],
            json.loads(out)["take_down_earliest"]) == (0, "2026-12-28", "2027-01-18",
                                                       "2027-01-19")
    assert cli(db, "calendar", "--justering", "2026-12-02", "--posted", "2026-12-04",
               "--nedtagning", "sista-dagen") == (0, (
        "Justering:                  2026-12-02 (onsdag)\n"
        "Sista dag för anslag:       2026-12-04 (fredag)\n"
        "Anslaget uppsatt:           2026-12-04 (fredag)\n"
        "Sista dag för överklagande: 2026-12-28 (måndag)\n"
        "Anslaget får tas ned:       från 2026-12-28 (måndag)\n"), "")
    assert not db.exists()  # no register is needed or created


@pytest.mark.parametrize("argv, code, err", [
    (["calendar"], 2, "kraftdesk calendar: fel: ange antingen ett sammanträde (KS:2026-01-07), "
                      "en paragraf (KS:2026:16) eller --justering DATUM\n"),
    (["calendar", "--justering", "2026-12-02", "--posted", "2026-12-01"], 1,
     "kraftdesk: Anslagsdagen 2026-12-01 ligger före justeringen 2026-12-02.\n"),
])
def test_calendar_refuses_bad_input(tmp_path: Path, argv: list[str], code: int,
                                    err: str) -> None:
    assert cli(tmp_path / "r.sqlite3", *argv) == (code, "", err)
