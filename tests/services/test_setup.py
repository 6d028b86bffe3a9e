# SPDX-License-Identifier: EUPL-1.2
"""The set-up services beyond the command line's tests: the one rule for the default
register, an old (version 1) interchange file, the demo past 2026, the wizard's set-up in
one transaction, body forms fed to the text composer, and the CSV reader's file rules."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from kraftdesk import config, paths
from kraftdesk.domain import case_numbers
from kraftdesk.domain.enums import Role
from kraftdesk.domain.errors import UserError
from kraftdesk.domain.setup import Period, standard_term
from kraftdesk.interchange import import_register
from kraftdesk.interchange.csv_table import Column, CsvError, read_table
from kraftdesk.services import bodies, meetings, memberships, organisation
from kraftdesk.services.bodies import BodyDraft
from kraftdesk.services.demo import load_demo
from kraftdesk.services.memberships import MembershipDraft
from kraftdesk.services.organisation import STANDARD_BODIES, SetUp, StandardBody
from kraftdesk.services.people import PersonDraft, add_person
from kraftdesk.services.registers import Register, open_file

DATA = Path(__file__).resolve().parents[1] / "interchange" / "data"


def test_one_rule_chooses_the_register_for_the_app_and_the_command_line(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    default = config.sqlite_url(paths.default_register_path())
    assert config.choose_register() == config.RegisterChoice(
        default, "standardregistret i datamappen")
    chosen = tmp_path / "härnösand.sqlite3"
    chosen.write_bytes(b"")
    config.remember_register(config.sqlite_url(chosen))  # the app opened it
    assert config.choose_register() == config.RegisterChoice(
        config.sqlite_url(chosen), "senast öppnat i kraftdesk")
    assert config.choose_register("annat.sqlite3").reason == "angivet med --db"
    monkeypatch.setenv(config.DB_ENV, str(tmp_path / "miljö.sqlite3"))
    assert config.choose_register().reason == "angivet i miljövariabeln KRAFTDESK_DB"
    monkeypatch.delenv(config.DB_ENV)
    chosen.unlink()  # moved away: the default again, and why
    assert config.choose_register() == config.RegisterChoice(
        default, "standardregistret i datamappen; det senast öppnade registret finns inte "
                 f"längre ({config.sqlite_url(chosen)})")


def test_a_version_1_file_still_imports(register: Register) -> None:
    summary = import_register(register, (DATA / "version-1-demo.json").read_bytes())
    assert summary.organisation == "Malmö stad"
    assert bodies.bodies(register)[0].proposes_to_id is None  # not in version 1
    assert summary.counts["term"] == 0


def test_the_demo_plans_meetings_after_2026(register: Register) -> None:
    load_demo(register)
    ks = bodies.find_body(register, "KS")
    plan = meetings.default_plan(register, ks, date(2027, 2, 3))
    assert plan.starts_at == datetime(2027, 2, 3, 13, 0)
    assert plan.approval_due_at == datetime(2027, 2, 10, 10, 0)
    assert plan.chair_id is not None and plan.secretary_id is not None
    created = meetings.plan_meeting(register, plan)
    roster = meetings.body_roster(register, ks, date(2027, 2, 3))
    names = {row.person.name for row in roster}
    assert "Lena Holm" in names and "Peter Sandberg" not in names  # the new term's seats
    assert meetings.meeting_view(register, created.id).secretary.name == "Pamela Lindqvist"
    # The minutes of 2026 still print Peter Sandberg as he was.
    old = memberships.memberships(register, body_id=ks, on=date(2026, 1, 7))
    assert "Peter Sandberg" in {m.person.name for m in old}


def test_the_wizard_writes_everything_or_nothing(register: Register) -> None:
    broken = (*STANDARD_BODIES[:2], StandardBody("KS", "Kommunstyrelsen igen",
                                                  STANDARD_BODIES[1].kind))
    with pytest.raises(UserError) as raised:
        organisation.set_up(register, SetUp("Härnösands kommun", "KS 2027/12", broken))
    assert raised.value.message == (
        "Kortnamnet KS används redan av Kommunstyrelsen. (Kommunstyrelsen igen)")
    assert organisation.overview(register).organisation is None
    organisation.set_up(register, SetUp("Härnösands kommun", "KS 2027/12", STANDARD_BODIES[:3],
                                        standard_term(date(2027, 3, 1))))
    rows = {b.short_name: b for b in bodies.bodies(register)}
    assert rows["KSAU"].formula == \
        "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta"
    assert rows["KSAU"].parent_id == rows["KS"].id


def test_the_body_forms_feed_the_decision_formula(register: Register) -> None:
    organisation.create_organisation(register, "Region Exempel")
    rs = bodies.add_body(register, BodyDraft("RF", "Regionfullmäktige")).id
    draft = BodyDraft("BUN", "Nämnden för barn och unga", proposes_to_id=rs)
    assert bodies.preview_formula(register, draft) == \
        "Nämnden för barn och unga föreslår regionfullmäktige besluta"
    body = bodies.body(register, bodies.add_body(register, BodyDraft(
        "HSN", "Hälso- och sjukvårdsnämnden", running_name="hälso- och sjukvårdsnämnden",
        genitive_name="hälso- och sjukvårdsnämndens", proposes_to_id=rs)).id)
    assert (body.running_name, body.genitive_name) == (
        "hälso- och sjukvårdsnämnden", "hälso- och sjukvårdsnämndens")
    with pytest.raises(UserError, match="en cirkel"):
        bodies.update_body(register, rs, BodyDraft("RF", "Regionfullmäktige",
                                                    proposes_to_id=body.id))


def test_a_membership_cannot_overlap_another_in_the_same_body(register: Register) -> None:
    organisation.create_organisation(register, "Exempelby")
    ks = bodies.add_body(register, BodyDraft("KS", "Kommunstyrelsen")).id
    eva = add_person(register, PersonDraft("Eva Ek")).id
    memberships.add_membership(register, MembershipDraft(eva, ks, Role.MEMBER,
                                                         date(2027, 1, 1), date(2027, 6, 30)))
    memberships.add_membership(register, MembershipDraft(eva, ks, Role.CHAIR,
                                                         date(2027, 7, 1)))  # a new role
    with pytest.raises(UserError, match="som överlappar"):
        memberships.add_membership(register, MembershipDraft(eva, ks, Role.SUBSTITUTE,
                                                             date(2027, 6, 30)))


@pytest.mark.parametrize(("example", "good", "bad"), [
    ("KS 2027/12", ["KS 2026/1", "BUN 2030/1234"], ["KS2026/1", "KS 26/1", "KS 2026-1"]),
    ("STK-2027-12", ["STK-2024-1374", "SLK-2023-364"], ["STK 2024 1374", "STK-2024-"]),
    ("2027/0012", ["2026/0001"], ["2026/1", "KS 2026/0001"]),
    ("Dnr 2018/KS 0041 001", ["Dnr 2019/BUN 0002 013"], ["dnr 2019/BUN 0002 013"]),
])
def test_the_format_from_an_example(example: str, good: list[str], bad: list[str]) -> None:
    pattern = case_numbers.pattern_from_example(example)
    assert all(case_numbers.matches(pattern, n) for n in good)
    assert not any(case_numbers.matches(pattern, n) for n in bad)


def test_the_csv_reader_counts_rows_as_excel_does() -> None:
    columns = (Column("organ"), Column("namn"), Column("anteckning", required=False))
    data = b'organ;namn\r\nKS;"Eva\r\nEk"\r\n\r\nKF;Per\r\n'
    table = read_table(data, columns, source="x.csv")
    assert [(row.line, row["organ"], row["namn"]) for row in table.rows] == [
        (2, "KS", "Eva\r\nEk"), (4, "KF", "Per")]
    with pytest.raises(CsvError) as raised:
        read_table("organ;namn;ålder\r\nKS;Eva;3\r\n".encode(), columns, source="x.csv")
    assert raised.value.message == ("x.csv: rad 1: okänd kolumn «ålder». Rubrikraden ska ha "
                                    "kolumnerna organ, namn, anteckning.")
    assert standard_term(date(2026, 12, 31)) == Period(date(2023, 1, 1), date(2026, 12, 31))
    assert standard_term(date(2027, 1, 1)) == Period(date(2027, 1, 1), date(2030, 12, 31))


def test_a_register_opened_twice_reads_the_same_default(tmp_path: Path) -> None:
    path = tmp_path / "r.sqlite3"
    register = open_file(path, create=True)
    register.close()
    config.remember_register(config.sqlite_url(path))
    assert config.register_url(None) == config.sqlite_url(path)


def test_namesakes_from_before_the_rule_can_each_be_given_a_note(register: Register) -> None:
    """Two people of one name and party, neither with a note (a register from before the
    rule): each can still be edited and told apart, one after the other."""
    from sqlalchemy import select

    from kraftdesk.register.models import Organisation, Person
    from kraftdesk.services.people import update_person

    load_demo(register)
    with register.write() as session:
        org = session.scalars(select(Organisation)).one()
        twins = [Person(organisation_id=org.id, name="Per Gran") for _ in range(2)]
        session.add_all(twins)
        session.flush()
        first, second = (p.id for p in twins)
    update_person(register, first, PersonDraft("Per Gran", email="per@kommun.se"))
    update_person(register, first, PersonDraft("Per Gran", note="Härnösand"))
    update_person(register, second, PersonDraft("Per Gran", note="Älandsbro"))
    with pytest.raises(UserError, match="med anteckningen «härnösand»"):
        update_person(register, second, PersonDraft("Per Gran", note="härnösand"))
    with pytest.raises(UserError, match="Skriv en anteckning som skiljer dem åt"):
        add_person(register, PersonDraft("Per Gran"))


def test_the_window_reads_the_organisations_name_without_the_orm(register: Register) -> None:
    """The name the app's window opens on (and the first-start wizard's cue): None in a new
    register, the overview's name once set up, read on a plain connection."""
    from kraftdesk.services.registers import organisation_name

    assert organisation_name(register) is None
    organisation.create_organisation(register, "Region Exempel")
    assert organisation_name(register) == "Region Exempel"
    assert organisation_name(register) == organisation.overview(register).organisation
