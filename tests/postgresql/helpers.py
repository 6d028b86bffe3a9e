# SPDX-License-Identifier: EUPL-1.2
"""Running the command line, and SQL as the schema's owner or the server's superuser."""

from __future__ import annotations

import io
from datetime import datetime

import psycopg
from sqlalchemy.engine import make_url

from kraftdesk.cli.context import CliContext
from kraftdesk.cli.main import parse, run


def cli(db: str, *argv: str, now: str = "2026-01-20 10:00") -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of `kraftdesk --db DB ARGV…`."""
    out, err = io.StringIO(), io.StringIO()
    ctx = CliContext(db=db, out=out, err=err, now=datetime.fromisoformat(now))
    code = run(parse(["--db", db, *argv]), ctx)
    return code, out.getvalue(), err.getvalue()


def connect(url: str) -> psycopg.Connection:
    """A plain psycopg connection (autocommit) for the SQLAlchemy URL `url`."""
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    return psycopg.connect(dsn, autocommit=True)


def sql(url: str, *statements: str) -> None:
    with connect(url) as conn:
        for statement in statements:
            conn.execute(statement)
