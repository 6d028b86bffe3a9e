# SPDX-License-Identifier: EUPL-1.2
"""Electronic justering on both databases: chair and two justerare sign, verify names them; on
a server the signatures and the anslag's seal survive the owner's TRUNCATE and a switched-off
lock of them is reported."""

from __future__ import annotations

import psycopg
import pytest

from kraftdesk.domain.enums import MinutesState
from kraftdesk.register.database import Register
from kraftdesk.register.models import MeetingApprover, Person
from tests.databases import TestDatabase
from tests.justering.helpers import build_meeting
from tests.postgresql.helpers import cli, connect, sql
from tests.signing.conftest import CHAIR, FIRST, MEETING, SECOND, pki  # noqa: F401 (fixture)
from tests.signing.pki import Pki

pytestmark = pytest.mark.parametrize("database", ["sqlite", "postgresql"], indirect=True)


def _signed(register: Register, database: TestDatabase, pki: Pki) -> None:  # noqa: F811
    built = build_meeting(register, state=MinutesState.SENT_FOR_APPROVAL, promised=False)
    with register.write() as session:
        ceder = session.query(Person).filter_by(name=SECOND).one()
        session.add(MeetingApprover(meeting_id=built.meeting_id, person_id=ceder.id,
                                    position=2))
    register.close()
    db = database.url
    assert cli(db, "trust", "add", str(pki.ca_pem))[0] == 0
    assert cli(db, "justering", "inställningar", "--underskrifter",
               "ordförande,justerare")[0] == 0
    for name in (CHAIR, FIRST, SECOND):
        code, out, err = cli(db, "sign", MEETING, "--as", name, "--pkcs12",
                             str(pki.person(name)), "--password-file", str(pki.password_file))
        assert (code, err) == (0, ""), out
    code, out, err = cli(db, "justering", "anslag", MEETING, "--datum", "2026-01-21")
    assert code == 0, err


def test_signed_and_verified(register: Register, database: TestDatabase,
                             pki: Pki) -> None:  # noqa: F811
    _signed(register, database, pki)
    code, out, err = cli(database.url, "verify")
    assert (code, err) == (0, ""), out
    for name in (CHAIR, FIRST, SECOND):
        assert f"{MEETING}: undertecknat av {name} (" in out


def test_the_owners_truncate_and_a_switched_off_lock(register: Register,
                                                    database: TestDatabase,
                                                    pki: Pki) -> None:  # noqa: F811
    if not database.is_postgresql:
        pytest.skip("TRUNCATE and switching a trigger off are a server's")
    _signed(register, database, pki)
    with connect(database.owner_url) as conn:
        for table, message in (("minutes_signature", "En underskrift av ett protokoll kan "
                                                     "inte ändras eller tas bort"),
                               ("posting_seal", "Förseglingen av anslaget kan inte ändras "
                                                "eller tas bort")):
            with pytest.raises(psycopg.errors.RaiseException, match=message):
                conn.execute(f"TRUNCATE {table} CASCADE")
    sql(database.owner_url, "ALTER TABLE minutes_signature DISABLE TRIGGER "
                            "lock_minutes_signature_delete")
    code, out, _ = cli(database.url, "verify")
    assert code == 1
    assert "«lock_minutes_signature_delete» är avstängd" in out
