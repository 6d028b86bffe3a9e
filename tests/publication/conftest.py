# SPDX-License-Identifier: EUPL-1.2
"""A register with a justerad KS meeting that needs marking, and the command line."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.main import parse, run
from kraftdesk.domain.enums import MarkKind
from kraftdesk.register.database import Register
from kraftdesk.services import marks
from tests.publication.scenario import PERSONNUMMER, PRIVATE_NAME, Scenario, build_scenario


def cli(db: Path, *argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    ctx = CliContext(db=str(db), out=out, err=err, now=datetime(2026, 3, 1, 10, 0))
    code = run(parse(["--db", str(db), *argv]), ctx)
    return code, out.getvalue(), err.getvalue()


def mark_all(scenario: Scenario) -> None:
    """The marks the scenario needs before it can be published."""
    register = scenario.register
    marks.mark_text(register, scenario.open_paragraph, PERSONNUMMER,
                    kind=MarkKind.PERSONAL_DATA)
    marks.mark_text(register, scenario.open_paragraph, PRIVATE_NAME,
                    kind=MarkKind.PERSONAL_DATA)
    marks.mark_paragraph(register, scenario.secret_paragraph, kind=MarkKind.SECRECY,
                         provision="26 kap. 1 § OSL")


@pytest.fixture
def scenario(register: Register) -> Iterator[Scenario]:
    yield build_scenario(register)
