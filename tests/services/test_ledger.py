# SPDX-License-Identifier: EUPL-1.2
"""Bevakning: open promises across meetings and bodies, with a fixed clock."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import event

from kraftdesk.domain.enums import MinutesState, StatementKind
from kraftdesk.services import ledger, statements
from tests import factories as f
from tests.services.world import World

NOW = f.at("2026-02-10 09:00")


def build_ledger(world: World) -> dict[str, int]:
    p = world.person
    january = world.meeting("2026-01-28 13:00", due="2026-02-04 12:00")
    january_p = world.paragraph(january, "Bidrag till föreningar")
    february = world.meeting("2026-02-09 09:00", due="2026-02-12 15:30", body="KSAU",
                             attendance=False)
    february_p = world.paragraph(february, "Lokalfrågor")
    done = world.meeting("2026-01-14 13:00", due="2026-01-21 12:00")
    done_p = world.paragraph(done, "Avslutat ärende")
    ids = {
        "overdue": statements.announce(world.register, january_p,
                                       kind=StatementKind.SPECIAL_STATEMENT,
                                       author_ids=[p["Dan Berg"], p["Eva Ek"]]).id,
        "due_soon": statements.announce(world.register, february_p,
                                        kind=StatementKind.SPECIAL_STATEMENT,
                                        author_ids=[p["Anna Svensson"]]).id,
        "reservation": statements.announce(world.register, january_p,
                                           kind=StatementKind.RESERVATION,
                                           author_ids=[p["Ulf Lind"]],
                                           deadline=f.at("2026-02-03 17:00")).id,
    }
    received = statements.announce(world.register, january_p,
                                   kind=StatementKind.SPECIAL_STATEMENT,
                                   author_ids=[p["Bo Ek"]]).id
    statements.receive(world.register, received, received_at=f.at("2026-01-30 10:00"),
                       text="Text.")
    withdrawn = statements.announce(world.register, february_p,
                                    kind=StatementKind.SPECIAL_STATEMENT,
                                    author_ids=[p["Anna Svensson"]]).id
    statements.withdraw(world.register, withdrawn)
    statements.announce(world.register, done_p, kind=StatementKind.SPECIAL_STATEMENT,
                        author_ids=[p["Dan Berg"]])
    world.set_state(done, MinutesState.APPROVED)  # its promise became not-received
    return ids


def test_open_promises_across_meetings_by_deadline(world: World) -> None:
    ids = build_ledger(world)
    pending = ledger.open_promises(world.register, now=NOW)
    assert [p.statement_id for p in pending] == [ids["reservation"], ids["overdue"],
                                                 ids["due_soon"]]
    first, second, third = pending
    assert (first.what, first.authors_text, first.paragraph_reference, first.overdue,
            first.time_left, first.time_left_text) == (
        "Reservation", "Ulf Lind (SD)", "KS:2026:2", True, -timedelta(days=6, hours=16),
        "försenad med 6 dygn och 16 timmar")
    assert (second.authors, second.deadline, second.overdue) == (
        ("Dan Berg (M)", "Eva Ek (L)"), f.at("2026-02-04 12:00"), True)
    assert (third.body_short_name, third.body_name, third.paragraph_reference,
            third.paragraph_label, third.paragraph_title, third.meeting_date.isoformat()) == (
        "KSAU", "Kommunstyrelsens arbetsutskott", "KSAU:2026:1", "§ 1", "Lokalfrågor",
        "2026-02-09")
    assert (third.overdue, third.time_left_text) == (False, "2 dygn och 6 timmar")
    # The same register an hour after the last deadline: all three overdue.
    later = ledger.open_promises(world.register, now=f.at("2026-02-12 16:30"))
    assert all(p.overdue for p in later)
    assert later[2].time_left_text == "försenad med 1 timme"


def test_the_ledger_is_one_query(world: World) -> None:
    build_ledger(world)
    selects: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            selects.append(statement)

    event.listen(world.register.engine, "before_cursor_execute", count)
    try:
        assert len(ledger.open_promises(world.register, now=NOW)) == 3
    finally:
        event.remove(world.register.engine, "before_cursor_execute", count)
    assert len(selects) == 1
    assert "statement.state = " in selects[0]


def test_an_empty_ledger(world: World) -> None:
    assert ledger.open_promises(world.register, now=NOW) == []


def test_the_open_promises_of_one_meeting_in_agenda_order_named_for_justering(
        world: World) -> None:
    """The same query with a meeting: the justering dialog and the justering service."""
    ids = build_ledger(world)
    pending = ledger.open_promises(world.register, now=NOW)
    january = pending[0].meeting_id
    assert pending[1].meeting_id == january and pending[2].meeting_id != january
    one = ledger.open_promises(world.register, now=NOW, meeting_id=january)
    # Agenda order (the särskilt yttrande was announced first), not deadline order.
    assert [p.statement_id for p in one] == [ids["overdue"], ids["reservation"]]
    assert [p.named for p in one] == ["§ 2: särskilt yttrande från Dan Berg och Eva Ek",
                                      "§ 2: reservation från Ulf Lind"]
    assert ledger.open_promises(world.register, now=NOW, meeting_id=pending[2].meeting_id) \
        == [pending[2]]
