# SPDX-License-Identifier: EUPL-1.2
"""The command line of issue 14: `calendar` and `justering anslag` with a paragraph
reference, `check`, `justering omedelbar --tid`, `justering justera --justerare` forms."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.main import parse, run
from kraftdesk.domain.enums import MarkKind
from kraftdesk.reading.references import find_paragraph
from kraftdesk.register.database import Register
from kraftdesk.register.models import Approval, CheckConfirmation, MeetingApprover, Person
from kraftdesk.services import marks, paragraphs
from tests.legal import scenario
from tests.services.world import snapshot


def cli(db: Path, *argv: str, now: str = "2015-04-01 10:00") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    ctx = CliContext(db=str(db), out=out, err=err, now=datetime.fromisoformat(now))
    code = run(parse(["--db", str(db), *argv]), ctx)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(register: Register, register_path: Path) -> Path:
    scenario.build(register)
    register.close()
    return register_path


def test_the_anslag_and_calendar_of_a_paragraph_justerad_omedelbart(db: Path) -> None:
    code, out, _ = cli(db, "calendar", "KF:2015:5", "--json")
    assert code == 0
    assert json.loads(out) == {
        "meeting": "KF:2015:5", "meeting_day": "2015-03-17",
        "approval_deadline": "2015-03-31", "approved_on": "2015-03-17",
        "posting_deadline": "2015-03-19", "posted_on": None,
        "appeal_last_day": "2015-04-09", "take_down_earliest": "2015-04-10",
        "warnings": ["Justeringen har inte tillkännagivits på anslagstavlan, och sista dag för "
                     "anslag (2015-03-19) har passerat."]}
    # Late: recorded, with the warning at once.
    assert cli(db, "justering", "anslag", "--datum", "2015-03-31", "KF:2015:5") == (0, (
        "Anslaget för KF:2015:5 är registrerat 2015-03-31.\n"
        "Sista dag för överklagande: 2015-04-21 (tisdag).\n"
        "Anslaget får tas ned från 2015-04-22 (onsdag).\n"
        "Varning: Anslaget sattes upp 2015-03-31, efter sista dag för anslag 2015-03-19 "
        "(andra dagen efter justeringen, KL 8 kap. 12 §).\n"), "")
    code, out, _ = cli(db, "calendar", "KF:2015:5", "--json")
    assert json.loads(out)["posted_on"] == "2015-03-31"
    assert json.loads(out)["appeal_last_day"] == "2015-04-21"
    assert cli(db, "calendar", "KF:2015:5")[1].splitlines()[:4] == [
        "Paragraf:                   KF:2015:5",
        "Sammanträde:                KF:2015-03-17 (tisdag)",
        "Sista dag för justering:    2015-03-31 (tisdag)",
        "Justering:                  2015-03-17 (tisdag)"]
    # The meeting's own calendar is unchanged: not justerat yet.
    assert json.loads(cli(db, "calendar", "KF:2015-03-17", "--json")[1])["approved_on"] is None
    # Once only; a paragraph not justerad omedelbart takes the minutes' anslag.
    assert cli(db, "justering", "anslag", "--datum", "2015-04-01", "KF:2015:5") == (1, "", (
        "kraftdesk: Anslaget för § 5 (KF:2015:5) är redan registrerat (2015-03-31) och kan "
        "inte ändras.\n"))
    assert cli(db, "justering", "anslag", "--datum", "2015-04-01", "KF:2015:4") == (1, "", (
        "kraftdesk: § 4 (KF:2015:4) är inte justerad omedelbart; anslaget registreras för "
        "hela protokollet KF:2015-03-17.\n"))


def test_check_prints_findings_and_exits_1_then_0_when_mended(db: Path) -> None:
    assert cli(db, "check", "KF:2015-03-17") == (
        0, "KF:2015-03-17: protokollet har inga fel eller varningar.\n", "")
    with OpenRegister(db) as register:
        paragraphs.set_decision_points(register, scenario_paragraph(register, 6), [])
        paragraphs.update_paragraph(register, scenario_paragraph(register, 6), outcome=None,
                                    summary="Sökande 811218-9876 har inkommit.")
    code, out, err = cli(db, "check", "KF:2015-03-17")
    assert (code, err) == (1, "")
    assert out.splitlines() == [
        "KF:2015-03-17: 2 fel.",
        "Fel – § 6, Beslut: Paragrafen har inget beslut. Skriv beslutspunkter, eller ange att "
        "paragrafen inte har något beslut (information, anmälan, delegationsbeslut).",
        "Fel – § 6, Sammanfattning: Sammanfattning innehåller ett personnummer (811218-9876); "
        "ett protokoll som blir allmänt tillgängligt ska inte innehålla personnummer. Ta bort "
        "det, markera det som personuppgift för den offentliga versionen eller bekräfta att det "
        "inte är ett personnummer.",
    ]
    data = json.loads(cli(db, "check", "KF:2015-03-17", "--json")[1])
    assert [(d["severity"], d["paragraph"], d["field"]) for d in data] == [
        ("error", 6, "Beslut"), ("error", 6, "Sammanfattning")]
    # Errors stand in the way of justering.
    cli(db, "justering", "skicka", "KF:2015-03-17", "--datum", "2015-03-18")
    code, out, err = cli(db, "justering", "justera", "KF:2015-03-17", "--datum",
                         "2015-03-24", "--bekräfta")
    assert (code, out) == (1, "")
    assert err.startswith("kraftdesk: KF:2015-03-17 kan inte justeras: kontrollen hittade "
                          "2 fel.\n  Fel – § 6, Beslut: Paragrafen har inget beslut.")


@pytest.mark.parametrize("how", ["personal_data", "not_personal_number"])
def test_a_personnummer_dealt_with_by_a_mark_is_no_finding(db: Path, how: str) -> None:
    with OpenRegister(db) as register:
        paragraphs.update_paragraph(register, scenario_paragraph(register, 6),
                                    summary="Sökande 811218-9876 har inkommit.")
    assert cli(db, "check", "KF:2015-03-17")[0] == 1
    with OpenRegister(db) as register:
        if how == "personal_data":
            marks.mark_text(register, "KF:2015:6", "811218-9876", kind=MarkKind.PERSONAL_DATA)
        else:
            marks.confirm_not_personal_number(register, "KF:2015-03-17", "811218-9876")
    assert cli(db, "check", "KF:2015-03-17") == (
        0, "KF:2015-03-17: protokollet har inga fel eller varningar.\n", "")


def test_warnings_need_confirmation_and_the_confirmation_is_kept(db: Path) -> None:
    with OpenRegister(db) as register, register.write() as session:
        from kraftdesk.register.models import Meeting

        session.scalars(select(Meeting)).one().secretary_id = None
    cli(db, "justering", "skicka", "KF:2015-03-17", "--datum", "2015-03-18")
    code, out, err = cli(db, "justering", "justera", "KF:2015-03-17", "--datum", "2015-03-24")
    assert (code, out) == (1, "")
    assert err == (
        "kraftdesk: Kontrollen av KF:2015-03-17 gav en varning; bekräfta den för att justera "
        "ändå (bekräftelsen sparas i granskningsloggen).\n"
        "  Varning – Protokollet, Sekreterare: Sekreterare är inte angiven för "
        "sammanträdet.\n"
        "Kör kommandot igen med --bekräfta för att justera ändå.\n")
    code, out, _ = cli(db, "justering", "justera", "KF:2015-03-17", "--datum", "2015-03-24",
                       "--bekräfta", "--justerare", "Lena Dahl §§ 1-3",
                       "--justerare", "Ivar Lund för Lena Dahl §§ 4-7",
                       "--justerare", "Maria Gran", now="2015-03-24 10:00")
    assert code == 0
    with OpenRegister(db) as register, register.read() as session:
        confirmed = session.scalars(select(CheckConfirmation)).all()
        assert [(c.paragraph_id, c.findings) for c in confirmed] == [
            (None, "Varning – Protokollet, Sekreterare: Sekreterare är inte angiven för "
                   "sammanträdet.")]
        assert confirmed[0].confirmed_at == datetime(2015, 3, 24, 10, 0).astimezone(
            UTC).isoformat(timespec="microseconds")
        assert len(session.scalars(select(MeetingApprover)).all()) == 2  # still appointed
        rows = session.execute(select(Approval.from_number, Approval.to_number)
                               .where(Approval.paragraph_id.is_(None))
                               .order_by(Approval.position)).all()
        assert [tuple(r) for r in rows] == [(None, None), (1, 3), (4, 7), (None, None)]
    assert cli(db, "verify")[0] == 0


def test_bad_justerare_and_omedelbar_justering_are_refused_and_change_nothing(
        db: Path) -> None:
    cli(db, "justering", "skicka", "KF:2015-03-17", "--datum", "2015-03-18")
    with OpenRegister(db) as register:
        before = snapshot(register)
    assert cli(db, "justering", "justera", "KF:2015-03-17", "--datum", "2015-03-24",
               "--justerare", "Lena Dahl §§ 40-45", "--justerare", "Maria Gran") == (1, "", (
        "kraftdesk: Lena Dahl (M) ska justera § 40, som inte finns bland paragraferna som "
        "justeras i KF:2015-03-17 (§§ 1–7).\n"))
    assert cli(db, "justering", "justera", "KF:2015-03-17", "--datum", "2015-03-24",
               "--justerare", "Lena Dahl §§ 1-3", "--justerare", "Maria Gran §§ 1-3") == (
        1, "", "kraftdesk: Ingen justerare justerar § 4 i KF:2015-03-17; ange en justerare "
               "för den paragrafen.\n")
    assert cli(db, "justering", "justera", "KF:2015-03-17", "--datum", "2015-03-24",
               "--justerare", "Jonas Falk", "--justerare", "Ivar Lund",
               "--justerare", "Olle Björk") == (1, "", (
        "kraftdesk: Olle Björk (S) är inte utsedd att justera KF:2015-03-17; ange vilken "
        "utsedd justerare som ersätts.\n"))
    code, _, err = cli(db, "justering", "omedelbar", "KF:2015:5", "--datum", "2015-03-18")
    assert (code, err) == (1, "kraftdesk: § 5 är omedelbart justerad 2015-03-17 och kan inte "
                              "ändras.\n")
    with OpenRegister(db) as register:
        assert snapshot(register) == before


def test_omedelbar_justering_with_its_time_on_the_command_line(db: Path) -> None:
    assert cli(db, "justering", "omedelbar", "KF:2015:6", "--datum", "2015-03-17",
               "--tid", "21.45", now="2015-03-17 21:45") == (0, (
        "Paragrafen KF:2015:6 är omedelbart justerad 2015-03-17 kl. 21:45.\n"
        "Sista dag för anslag: 2015-03-19 (torsdag).\n"), "")
    _, out, _ = cli(db, "calendar", "KF:2015:6", "--json")
    assert json.loads(out)["approved_on"] == "2015-03-17"


class OpenRegister:
    """The register at `path`, opened for a few service calls between CLI runs."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> Register:
        from kraftdesk.register.migrate import open_register

        self.register = open_register(f"sqlite:///{self.path}", create=False)
        return self.register

    def __exit__(self, *exc: object) -> None:
        self.register.close()


def scenario_paragraph(register: Register, number: int) -> int:
    with register.read() as session:
        return find_paragraph(session, f"KF:2015:{number}").id


def test_the_public_notice_of_a_paragraph_justerad_omedelbart(db: Path) -> None:
    cli(db, "justering", "anslag", "--datum", "2015-03-19", "KF:2015:5")
    assert cli(db, "justering", "tillkännagivande", "KF:2015:5") == (0, (
        "Tillkännagivande om justerat protokoll\n"
        "Kommunfullmäktige, Kvarnby kommun\n"
        "Sammanträdesdatum: 2015-03-17\n"
        "Paragraf: § 5 (omedelbart justerad)\n"
        "Justering: 2015-03-17\n"
        "Anslaget sätts upp: 2015-03-19\n"
        "Sista dag för överklagande: 2015-04-09\n"
        "Anslaget tas ned: 2015-04-10\n"
        "Förvaringsplats för protokollet: inte angiven\n"
        "Den som vill överklaga ett beslut genom laglighetsprövning (13 kap. kommunallagen) ska "
        "ge in överklagandet till förvaltningsrätten inom tre veckor från den dag då "
        "justeringen tillkännagavs på anslagstavlan.\n"), "")
    assert cli(db, "justering", "tillkännagivande", "KF:2015-03-17") == (1, "", (
        "kraftdesk: Protokollet KF:2015-03-17 är inte justerat; justeringen kan tillkännages "
        "först efter den.\n"))


def test_the_wording_of_a_received_reservation_is_an_organisation_setting(db: Path) -> None:
    code, out, err = cli(db, "organisation", "set", "--reservation-received-text",
                         "har lämnat in en skriftlig reservation")
    assert (code, err) == (0, "")
    assert "Inkommen reservation:    har lämnat in en skriftlig reservation\n" in out
    with OpenRegister(db) as register:
        from kraftdesk.domain.enums import StatementKind
        from kraftdesk.reading.composition import paragraph_doc
        from kraftdesk.services import statements

        two = scenario_paragraph(register, 2)
        with register.read() as session:
            per_berg = session.scalar(select(Person.id).where(Person.name == "Per Berg"))
        statement = statements.announce(register, two, kind=StatementKind.RESERVATION,
                                        author_ids=[per_berg], promised=True).id
        statements.receive(register, statement, received_at=datetime(2015, 3, 18, 9, 0),
                           text="Motionen borde ha avslagits.")
        with register.read() as session:
            doc = paragraph_doc(session, two)
    sentences = [b.text for s in doc.sections for b in s.blocks if hasattr(b, "text")]
    assert "Per Berg (M) reserverar sig mot beslutet och har lämnat in en skriftlig " \
           "reservation, bilaga 2." in sentences  # bilaga 1: the närvarolista
    assert cli(db, "organisation", "set", "--reservation-received-text", " ")[0::2] == (
        1, "kraftdesk: Texten när en skriftlig reservation har kommit in får inte vara tom.\n")
