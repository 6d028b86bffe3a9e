# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk verify` notices locks that are gone or switched off, and an emptied audit trail."""

from __future__ import annotations

import pytest

from kraftdesk.register.database import Register
from tests.databases import TestDatabase
from tests.integrity.helpers import sealed_meeting, shell
from tests.postgresql.helpers import cli, sql


def _as_owner(database: TestDatabase, *statements: str) -> None:
    """Raw SQL as the tables' owner: the sqlite3 shell, or the owner role on the server."""
    if database.is_postgresql:
        sql(database.owner_url, *statements)
    else:
        assert database.path is not None
        shell(database.path, *statements, drop_triggers=False)


def test_an_emptied_audit_trail_is_reported(register: Register,
                                            database: TestDatabase) -> None:
    sealed_meeting(register)
    register.close()
    assert cli(database.url, "verify")[0] == 0
    if database.is_postgresql:
        _as_owner(database, "ALTER TABLE audit_entry DISABLE TRIGGER USER",
                  "DELETE FROM audit_entry", "ALTER TABLE audit_entry ENABLE TRIGGER USER")
    else:
        _as_owner(database, "DROP TRIGGER lock_audit_entry_delete", "DELETE FROM audit_entry")
    code, out, _err = cli(database.url, "verify")
    assert code == 1
    assert ("– Granskningsloggen är tom, men registret innehåller 1 justerade protokoll: "
            "loggen har tömts eller tagits bort.") in out.splitlines()


def test_an_audit_trail_emptied_and_begun_again_is_reported(register: Register,
                                                            database: TestDatabase) -> None:
    sealed_meeting(register)
    if database.is_postgresql:
        _as_owner(database, "ALTER TABLE audit_entry DISABLE TRIGGER USER",
                  "DELETE FROM audit_entry", "ALTER TABLE audit_entry ENABLE TRIGGER USER")
    else:
        _as_owner(database, "DROP TRIGGER lock_audit_entry_delete", "DELETE FROM audit_entry")
    with register.write() as session:  # a new, unbroken chain starts
        from tests import factories as f
        f.person(session, session.get(f.Organisation, 1), "Ny Person")
    register.close()
    code, out, _err = cli(database.url, "verify")
    assert code == 1
    assert ("– KS:2026-01-07: granskningsloggen saknar posten om förseglingen; loggen har "
            "tömts eller poster har tagits bort.") in out.splitlines()


def test_a_lock_dropped_by_hand_is_reported(register: Register, database: TestDatabase) -> None:
    built = sealed_meeting(register)
    register.close()
    on = " ON paragraph" if database.is_postgresql else ""
    _as_owner(database, f"DROP TRIGGER lock_paragraph_update_old{on}",
              f"DROP TRIGGER lock_paragraph_update_new{on}",
              f"UPDATE paragraph SET title = 'Ändrad i efterhand' WHERE id = "
              f"{built.paragraph_ids[0]}")
    code, out, _err = cli(database.url, "verify")
    assert code == 1
    lines = out.splitlines()
    assert ("– Låsningen av justerade protokoll är inte i kraft på tabellen «paragraph»: "
            "2 utlösare «lock_paragraph_update_new», «lock_paragraph_update_old» saknas "
            "(någon har tagit bort dem). Ändringar som låsningen skulle hindra släpps "
            "igenom.") in lines
    assert ("– KS:2026-01-07, § 16 (KS:2026:16): fältet «rubrik» har ändrats efter justeringen "
            "(förseglat: «Återrapportering kring kraftsamlande insatser»; nu: «Ändrad i "
            "efterhand»).") in lines


@pytest.mark.parametrize("how", ["disable all", "disable one", "replica"])
def test_locks_switched_off_on_the_server_are_reported(pg: TestDatabase, pg_register: Register,
                                                       how: str) -> None:
    sealed_meeting(pg_register)
    pg_register.close()
    if how == "disable all":  # ALL takes the foreign keys' triggers too: a superuser's right
        sql(pg.admin_url, "ALTER TABLE meeting DISABLE TRIGGER ALL")
        expected = ("– Låsningen av justerade protokoll är inte i kraft på tabellen «meeting»: "
                    "3 utlösare «lock_meeting_delete», «lock_meeting_update», "
                    "«truncate_guard_meeting» är avstängda (ALTER TABLE … DISABLE TRIGGER). "
                    "Ändringar som låsningen skulle hindra släpps igenom.")
    elif how == "disable one":
        sql(pg.owner_url, "ALTER TABLE audit_entry DISABLE TRIGGER truncate_guard_audit_entry")
        expected = ("– Låsningen av justerade protokoll är inte i kraft på tabellen "
                    "«audit_entry»: utlösaren «truncate_guard_audit_entry» är avstängd (ALTER "
                    "TABLE … DISABLE TRIGGER). Ändringar som låsningen skulle hindra släpps "
                    "igenom.")
    else:  # a superuser makes every session of the database skip the triggers
        database = pg.url.rsplit("/", 1)[1]
        sql(pg.admin_url, f"ALTER DATABASE {database} SET session_replication_role = replica")
        expected = ("– Databasen kör med session_replication_role = replica: då verkar inga "
                    "utlösare, och justerade protokoll och granskningsloggen är inte låsta.")
    code, out, _err = cli(pg.url, "verify")
    assert code == 1
    assert expected in out.splitlines()
