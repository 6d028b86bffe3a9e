# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk publish KS 2026 -o DIR`: the site, the OParl data, the folder rules."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from tests.publication.conftest import cli, mark_all
from tests.publication.oparl_schemas import errors, list_errors
from tests.publication.scenario import (
    PERSONNUMMER,
    PRIVATE_NAME,
    SECRET_TEXT,
    Scenario,
    build_scenario,
    justera,
    justera_unchecked,
)

OPARL = "https://schema.oparl.org/1.1/"


@pytest.fixture
def published(scenario: Scenario, register_path: Path, tmp_path: Path) -> Path:
    mark_all(scenario)
    justera(scenario)
    site = tmp_path / "webb"
    code, out, err = cli(register_path, "publish", "KS", "2026", "-o", str(site))
    assert (code, err) == (0, "")
    assert out == f"KS 2026 är publicerat i {site}: 1 sammanträde, 3 paragrafer, 27 filer.\n"
    return site


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*")
            if p.is_file()}


def test_the_site_has_every_page_type(published: Path) -> None:
    files = _files(published)
    for path in ("index.html", "style.css", "KS/2026/index.html",
                 "KS/2026/2026-02-04/index.html", "KS/2026/2026-02-04/paragraf-1.html",
                 "KS/2026/2026-02-04/paragraf-2.html", "KS/2026/arenden/ks-2026-12.html",
                 "KS/2026/2026-02-04/protokoll-KS-2026-02-04.pdf",
                 "oparl/system.json", ".kraftdesk-publicering.json"):
        assert path in files, path
    assert not any(b"<script" in data for path, data in files.items() if path.endswith(".html"))
    page = files["KS/2026/2026-02-04/paragraf-2.html"].decode()
    assert '<html lang="sv">' in page
    assert "<h1>§ 2 Placering enligt LVU</h1>" in page
    assert "Paragrafen omfattas av sekretess enligt 26 kap. 1 § OSL." in page


def test_nothing_marked_is_published_anywhere(published: Path) -> None:
    for path, data in _files(published).items():
        for secret in (PERSONNUMMER, PRIVATE_NAME, SECRET_TEXT, "Placeringen godkänns"):
            assert secret.encode() not in data, (secret, path)


def test_every_oparl_object_has_its_type_and_matches_the_schema(published: Path) -> None:
    problems: list[str] = []
    kinds: set[str] = set()
    for path, data in _files(published).items():
        if not path.startswith("oparl/"):
            continue
        value = json.loads(data)
        if "data" in value:
            problems += list_errors(value, path)
            continue
        problems += errors(value, path)
        kinds.add(value["type"].removeprefix(OPARL))
    assert problems == []
    assert {"System", "Body", "Meeting", "AgendaItem", "Paper", "Consultation",
            "File"} <= kinds
    meeting = json.loads((published / "oparl/meeting/1.json").read_text())
    assert meeting["type"] == f"{OPARL}Meeting"
    assert meeting["start"] == "2026-02-04T13:00:00+01:00"
    items = {i["number"]: i for i in meeting["agendaItem"]}
    assert items["2"]["public"] is False and "resolutionText" not in items["2"]
    assert items["1"]["resolutionText"].startswith("Kommunstyrelsen beslutar")


def test_votes_as_popolo(published: Path) -> None:
    events = json.loads((published / "popolo/KS-vote-events-2026.json").read_text())
    (event,) = events["vote_events"]
    assert event["result"] == "Ja vann"
    assert event["counts"] == [{"option": "yes", "value": 3}, {"option": "no", "value": 1},
                               {"option": "abstain", "value": 1}]
    assert {"voter": {"name": "Ulf Lind"}, "option": "no", "group": {"name": "SD"}} in \
        event["votes"]


def test_publishing_again_into_the_same_folder(published: Path, register_path: Path) -> None:
    before = _files(published)
    assert cli(register_path, "publish", "KS", "2026", "-o", str(published))[0] == 0
    assert _files(published) == before  # the same register, the same bytes


def test_a_folder_with_other_files_is_refused(scenario: Scenario, register_path: Path,
                                              tmp_path: Path) -> None:
    mark_all(scenario)
    justera(scenario)
    folder = tmp_path / "annat"
    folder.mkdir()
    (folder / "viktigt.docx").write_bytes(b"kommunens eget dokument")
    code, out, err = cli(register_path, "publish", "KS", "2026", "-o", str(folder))
    assert (code, out) == (1, "")
    assert err == (f"kraftdesk: Mappen {folder} innehåller andra filer (viktigt.docx) och är "
                   "ingen tidigare publicering från kraftdesk. Välj en tom mapp, eller mappen "
                   "där registret publicerades förut.\n")
    assert sorted(p.name for p in folder.iterdir()) == ["viktigt.docx"]


def test_a_file_added_to_a_publication_is_refused(published: Path,
                                                  register_path: Path) -> None:
    (published / "KS" / "extra.html").write_text("egen sida")
    code, _, err = cli(register_path, "publish", "KS", "2026", "-o", str(published))
    assert code == 1
    assert "innehåller filer som inte hör till publiceringen (KS/extra.html)" in err


def test_another_registers_publication_is_refused(published: Path, tmp_path: Path) -> None:
    other_path = tmp_path / "annat.sqlite3"
    other = open_register(f"sqlite:///{other_path}", create=True)
    scenario = build_scenario(other)
    mark_all(scenario)
    justera(scenario)
    other.close()
    before = _files(published)
    code, _, err = cli(other_path, "publish", "KS", "2026", "-o", str(published))
    assert code == 1
    assert err == (f"kraftdesk: Mappen {published} innehåller en publicering från ett annat "
                   "register (Malmö stad). Välj en tom mapp.\n")
    assert _files(published) == before


def test_minutes_not_justerade_are_not_published(scenario: Scenario, register_path: Path,
                                                 tmp_path: Path) -> None:
    mark_all(scenario)
    site = tmp_path / "webb"
    code, out, err = cli(register_path, "publish", "KS", "2026", "-o", str(site))
    assert (code, out) == (1, "")
    assert err == ("kraftdesk: KS har inga justerade protokoll 2026 att publicera "
                   "(1 sammanträde är inte justerat).\n")
    assert not site.exists()


def test_a_draft_beside_justerade_minutes_is_left_out_and_named(
        register: Register, scenario: Scenario, register_path: Path, tmp_path: Path) -> None:
    mark_all(scenario)
    justera(scenario)
    build_scenario(register, starts="2026-03-04 13:00", world=scenario.world)
    code, out, _ = cli(register_path, "publish", "KS", "2026", "-o", str(tmp_path / "w"))
    assert code == 0
    assert out.endswith("Inte justerade och därför inte publicerade: KS:2026-03-04.\n")
    assert not (tmp_path / "w" / "KS" / "2026" / "2026-03-04").exists()


def test_an_unmarked_personnummer_stops_publishing(scenario: Scenario, register_path: Path,
                                                  tmp_path: Path) -> None:
    justera_unchecked(scenario)
    site = tmp_path / "webb"
    code, out, err = cli(register_path, "publish", "KS", "2026", "-o", str(site))
    assert (code, out) == (1, "")
    assert err.startswith(f"kraftdesk: Publiceringen stoppas. {scenario.ref}, § 1, "
                          f"Sammanfattning: «{PERSONNUMMER}» ser ut som ett personnummer.")
    assert not site.exists()


@pytest.mark.parametrize(("argv", "code", "message"), [
    (["publish", "XX", "2026", "-o", "w"], 1,
     "kraftdesk: Det finns inget organ med kortnamnet «XX» (organ i registret: KF, KS, KSAU).\n"),
    (["publish", "KS", "2026", "-o", "w", "--adress", "ftp://x"], 1,
     "kraftdesk: Adressen ska börja med https:// (till exempel "
     "https://www.kommun.se/protokoll/).\n"),
])
def test_bad_arguments(scenario: Scenario, register_path: Path, argv: list[str], code: int,
                       message: str) -> None:
    assert cli(register_path, *argv)[0::2] == (code, message)


def test_one_of_each_is_said_in_the_singular(tmp_path: Path) -> None:
    """The demo's one justerat KS meeting of 2026 has one paragraph: "1 paragraf"."""
    db = tmp_path / "demo.sqlite3"
    assert cli(db, "demo")[0] == 0
    site = tmp_path / "webb"
    code, out, err = cli(db, "publish", "KS", "2026", "-o", str(site))
    assert (code, err) == (0, "")
    assert out.startswith(f"KS 2026 är publicerat i {site}: 1 sammanträde, 1 paragraf, ")
