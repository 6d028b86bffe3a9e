# SPDX-License-Identifier: EUPL-1.2
"""A text longer than its column holds is refused in Swedish, on SQLite as on PostgreSQL.

SQLite would store a 50,000-character place in a VARCHAR(300) column and PostgreSQL refuse
it with an error of its own; the write hook (kraftdesk.register.normalising) refuses it
first, naming the field in Swedish, and nothing is written. A message never repeats a
pasted document whole (kraftdesk.domain.errors.UserError).
"""

from __future__ import annotations

import pytest

from kraftdesk.domain.errors import UserError
from kraftdesk.reading.meetings import MeetingPlan
from kraftdesk.register.database import Register
from kraftdesk.register.database_errors import FIELD_LABELS, too_long
from kraftdesk.services import meetings, people
from tests import factories as f
from tests.services import world as w

BIG = "Å" * 50_000


def test_a_place_longer_than_its_column_is_refused_and_nothing_written(
        register: Register) -> None:
    world = w.build(register)
    before = w.snapshot(register)
    with pytest.raises(UserError) as refused:
        meetings.plan_meeting(register, MeetingPlan(
            body_id=world.body["KS"], starts_at=f.at("2027-01-13 13:00"), place=BIG))
    assert str(refused.value) == ("Platsen är för lång: 50 000 tecken, och det finns plats "
                                  "för högst 300 («" + "Å" * 30 + "…»). Inget har ändrats.")
    assert w.snapshot(register) == before
    planned = meetings.plan_meeting(register, MeetingPlan(
        body_id=world.body["KS"], starts_at=f.at("2027-01-13 13:00"), place="Å" * 300))
    assert meetings.meeting_view(register, planned.id).plan.place == "Å" * 300  # it fits


def test_a_name_is_refused_the_same_way(register: Register) -> None:
    w.build(register)
    before = w.snapshot(register)
    with pytest.raises(UserError, match=r"^Namnet är för långt: 50 005 tecken, och det finns "
                                        r"plats för högst 200 \(«Anna Å+…»\)\. Inget har "
                                        r"ändrats\.$"):
        people.add_person(register, people.PersonDraft("Anna " + BIG))
    assert w.snapshot(register) == before


def test_every_label_agrees_with_its_noun() -> None:
    said = {where: str(too_long(where, "x" * 301, 300)).split(":")[0]
            for where in FIELD_LABELS}
    assert said["meeting.place"] == "Platsen är för lång"
    assert said["person.name"] == "Namnet är för långt"
    assert said["body.short_name"] == "Organets kortnamn är för långt"
    assert said["party.abbreviation"] == "Partiets förkortning är för lång"
    assert said["proposal.subject"] == "Yrkandets ämne är för långt"
    assert str(too_long("audit_entry.entity", "x" * 101, 100)).startswith(
        "En text i granskningsloggen är för lång: 101 tecken")


def test_a_message_never_repeats_a_pasted_document_whole() -> None:
    error = UserError(f"Kortnamnet «{BIG}» är för långt (högst 20 tecken).")
    assert str(error) == f"Kortnamnet «{'Å' * 60}…» är för långt (högst 20 tecken)."
    error = UserError(f"Ärendet {BIG} finns inte.")
    assert str(error) == f"Ärendet {'Å' * 60}… finns inte."
    path = "/tmp/" + "mapp/" * 30 + "register.sqlite3"  # 169 characters: kept whole
    assert str(UserError(f"Registret finns inte: {path}.")) == \
        f"Registret finns inte: {path}."
