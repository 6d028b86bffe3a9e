# SPDX-License-Identifier: EUPL-1.2
"""A register whose tables were changed outside kraftdesk: a Swedish message, not a crash.

Someone drops a table with the sqlite3 shell, or writes a state kraftdesk does not know past
the CHECK constraints. Printing the minutes and `kraftdesk verify` then say what was found
and what to do (restore the latest backup), exit 1, and change nothing; the same sentence
for PostgreSQL's words.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from kraftdesk.domain.errors import RegisterError
from kraftdesk.register.database_errors import translated
from tests.cli.test_setup_commands import Cli

MEETING = "KS:2027-01-13"
AFTER = (". Inget har ändrats. Återställ den senaste säkerhetskopian («kraftdesk restore FIL») "
         "eller be den som ändrade databasen att ställa tillbaka den.")


def _changed(db: Path, *statements: str) -> None:
    connection = sqlite3.connect(db)
    try:
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()


def _said(kommun: Cli, tmp_path: Path) -> str:
    """What printing the minutes and `verify` both say (exit 1), nothing written."""
    before = kommun.db.read_bytes()
    out = tmp_path / "protokoll.pdf"
    said = kommun.fails("pdf", "minutes", MEETING, "-o", str(out))
    assert kommun.fails("verify") == said
    assert not out.exists()
    assert kommun.db.read_bytes() == before
    return said


def test_a_dropped_table_is_said(kommun: Cli, tmp_path: Path) -> None:
    _changed(kommun.db, "PRAGMA foreign_keys = OFF", "DROP TABLE decision_point")
    assert _said(kommun, tmp_path) == ("Registrets databas har ändrats utanför kraftdesk: "
                                       "tabellen «decision_point» saknas" + AFTER)


def test_a_state_kraftdesk_does_not_know_is_said(kommun: Cli, tmp_path: Path) -> None:
    _changed(kommun.db, "PRAGMA ignore_check_constraints = ON",
             "UPDATE meeting SET minutes_state = 'hackat'")
    assert _said(kommun, tmp_path) == (
        "Registrets databas har ändrats utanför kraftdesk: det står «hackat» i en uppgift "
        "som bara kan ha kraftdesks egna värden" + AFTER)


def test_postgresqls_words_for_the_same() -> None:
    def said(text: str) -> str:
        error = translated(DBAPIError("SELECT …", {}, Exception(text)))
        assert isinstance(error, RegisterError)
        return str(error)

    assert said('relation "decision_point" does not exist') == (
        "Registrets databas har ändrats utanför kraftdesk: tabellen «decision_point» saknas"
        + AFTER)
    assert said('column "title" does not exist') == (
        "Registrets databas har ändrats utanför kraftdesk: kolumnen «title» saknas" + AFTER)
    assert said("no such column: paragraph.title") == (
        "Registrets databas har ändrats utanför kraftdesk: kolumnen «title» saknas" + AFTER)
