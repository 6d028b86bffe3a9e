# SPDX-License-Identifier: EUPL-1.2
"""Reminders of promised texts as .eml files to the authors, parsed back with Python's email
package: the reminder the app composes, from the secretary, to those with an address."""

from __future__ import annotations

import email
import email.policy
from datetime import datetime
from pathlib import Path

import pytest

from kraftdesk.cli.main import main
from kraftdesk.domain.enums import StatementKind
from kraftdesk.domain.errors import UserError
from kraftdesk.register.database import Register
from kraftdesk.services import people, reminders, statements
from tests.databases import TestDatabase
from tests.services import world as w

NOW = datetime(2026, 2, 5, 9, 0)


@pytest.fixture
def world(register: Register) -> w.World:
    return w.build(register)


def _address(world: w.World, name: str, address: str, title: str | None = None) -> None:
    row = next(p for p in people.people(world.register) if p.ref.id == world.person[name])
    people.update_person(world.register, row.ref.id, people.PersonDraft(
        row.ref.name, row.party_id, title=title, email=address, pronoun=row.pronoun))


def _promises(world: w.World) -> tuple[int, int]:
    reg = world.register
    meeting = world.meeting()
    budget = world.paragraph(meeting, "Budget 2027")
    joint = statements.announce(reg, budget, kind=StatementKind.RESERVATION,
                                author_ids=[world.person["Dan Berg"],
                                            world.person["Eva Ek"]]).id
    alone = statements.announce(reg, budget, kind=StatementKind.SPECIAL_STATEMENT,
                                author_ids=[world.person["Ulf Lind"]]).id
    return joint, alone


def _read(path: Path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=email.policy.default)


def test_an_eml_to_the_authors_with_the_reminder_text(world: w.World, tmp_path: Path) -> None:
    reg = world.register
    joint, _alone = _promises(world)
    _address(world, "Dan Berg", "dan.berg@malmo.se")
    _address(world, "Eva Ek", "eva.ek@malmo.se")
    _address(world, "Pamela Lindqvist", "pamela.lindqvist@malmo.se", title="Nämndsekreterare")
    done = reminders.reminder_emails(reg, tmp_path / "ut", now=NOW)
    assert [p.name for p in done.emails] == ["KS 2026-02-04 påminnelse § 1 reservation.eml"]
    assert done.without_address == ("Ulf Lind (KS 2026-02-04 § 1)",)
    message = _read(done.emails[0])
    assert message["To"] == "Dan Berg <dan.berg@malmo.se>, Eva Ek <eva.ek@malmo.se>"
    assert [a.addr_spec for a in message["To"].addresses] == ["dan.berg@malmo.se",
                                                             "eva.ek@malmo.se"]
    assert message["From"] == "Pamela Lindqvist <pamela.lindqvist@malmo.se>"
    assert message["Subject"] == "Påminnelse: reservation till § 1 Budget 2027"
    assert message["X-Unsent"] == "1"
    text = statements.reminder_text(reg, joint, now=NOW)
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert body.rstrip("\n") == text.split("\n", 2)[2]
    assert body.startswith("Till Dan Berg (M) och Eva Ek (L)\n\nVid kommunstyrelsens "
                           "sammanträde den 4 februari 2026 anmälde ni att ni avser lämna in "
                           "en gemensam skriftlig reservation till § 1 Budget 2027")
    assert "Det är 6 dygn och 3 timmar kvar." in body
    assert body.rstrip().endswith("Med vänlig hälsning\nPamela Lindqvist\nNämndsekreterare")
    assert not list(message.iter_attachments())


def test_one_promise_and_the_same_kind_twice(world: w.World, tmp_path: Path) -> None:
    reg = world.register
    joint, alone = _promises(world)
    again = statements.announce(reg, statements.statement_view(reg, joint).paragraph_id,
                                kind=StatementKind.RESERVATION,
                                author_ids=[world.person["Bo Ek"]]).id
    for name in ("Dan Berg", "Ulf Lind", "Bo Ek"):
        _address(world, name, f"{name.split()[0].lower()}@malmo.se")
    done = reminders.reminder_emails(reg, tmp_path, now=NOW, statement_ids=[alone])
    assert [p.name for p in done.emails] == [
        "KS 2026-02-04 påminnelse § 1 särskilt yttrande.eml"]
    assert _read(done.emails[0])["From"] is None  # the secretary has no address
    done = reminders.reminder_emails(reg, tmp_path / "b", now=NOW, statement_ids=[joint, again])
    assert [p.name for p in done.emails] == ["KS 2026-02-04 påminnelse § 1 reservation.eml",
                                             "KS 2026-02-04 påminnelse § 1 reservation 2.eml"]
    assert done.without_address == ("Eva Ek (KS 2026-02-04 § 1)",)
    assert _read(done.emails[1])["To"] == "Bo Ek <bo@malmo.se>"


def test_nothing_to_remind_is_said_and_nothing_written(world: w.World, tmp_path: Path) -> None:
    reg = world.register
    with pytest.raises(UserError, match="Inga utlovade texter väntar"):
        reminders.reminder_emails(reg, tmp_path / "ut", now=NOW)
    joint, _alone = _promises(world)
    statements.withdraw(reg, joint)
    with pytest.raises(UserError, match="Det finns ingen utlovad text att påminna om: "):
        reminders.reminder_emails(reg, tmp_path / "ut", now=NOW, statement_ids=[joint])
    assert not (tmp_path / "ut").exists()


def test_the_command_line(world: w.World, database: TestDatabase, tmp_path: Path,
                          capsys: pytest.CaptureFixture[str]) -> None:
    _promises(world)
    _address(world, "Dan Berg", "dan.berg@malmo.se")
    world.register.close()
    folder = tmp_path / "påminnelser"
    assert main(["--db", database.url, "pending", "--eml", str(folder)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        str(folder / "KS 2026-02-04 påminnelse § 1 reservation.eml"),
        "1 påminnelse är sparad som e-postmeddelande; öppna den i e-postprogrammet och "
        "skicka den.",
        "E-postadress saknas för: Eva Ek (KS 2026-02-04 § 1), Ulf Lind (KS 2026-02-04 § 1)."]
    assert _read(folder / "KS 2026-02-04 påminnelse § 1 reservation.eml")["To"] == \
        "Dan Berg <dan.berg@malmo.se>"
