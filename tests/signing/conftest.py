# SPDX-License-Identifier: EUPL-1.2
"""A test PKI (made once per session) and a meeting sent for justering, ready to sign."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.main import parse, run
from kraftdesk.domain.enums import MinutesState
from kraftdesk.register.database import Register
from kraftdesk.register.models import MeetingApprover, Person
from tests.justering.helpers import Built, build_meeting
from tests.signing.pki import Pki

MEETING = "KS:2026-01-07"
SECRETARY, CHAIR, FIRST, SECOND = "Sara Sekreterare", "Anna Andersson", "Bo Berg", "Cecilia Ceder"


@pytest.fixture(scope="session")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    return Pki(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def sent(register: Register) -> Iterator[Built]:
    """KS:2026-01-07 sent for justering on 2026-01-08, chair Anna Andersson, justerare Bo
    Berg and Cecilia Ceder, secretary Sara Sekreterare; no promised text open."""
    built = build_meeting(register, state=MinutesState.SENT_FOR_APPROVAL, promised=False)
    with register.write() as session:
        ceder = session.query(Person).filter_by(name=SECOND).one()
        session.add(MeetingApprover(meeting_id=built.meeting_id, person_id=ceder.id,
                                    position=2))
    yield built


def cli(db: Path, *argv: str, now: str = "2026-01-14 10:00") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    ctx = CliContext(db=str(db), out=out, err=err, now=datetime.fromisoformat(now))
    code = run(parse(["--db", str(db), *argv]), ctx)
    return code, out.getvalue(), err.getvalue()
