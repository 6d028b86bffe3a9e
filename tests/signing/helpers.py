# SPDX-License-Identifier: EUPL-1.2
"""Counting what a refused action must leave as it was, and signing through the CLI."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.signing.conftest import MEETING, cli
from tests.signing.pki import Pki


def snapshot(db: Path) -> tuple[object, ...]:
    """Signatures, files, audit entries, the meeting's state: what a refusal must not change."""
    conn = sqlite3.connect(db)
    try:
        return tuple(conn.execute(sql).fetchall() for sql in (
            "SELECT count(*) FROM minutes_signature", "SELECT count(*) FROM stored_file",
            "SELECT count(*) FROM audit_entry", "SELECT minutes_state, approved_on FROM meeting",
            "SELECT count(*) FROM minutes_seal"))
    finally:
        conn.close()


def sign(db: Path, pki: Pki, name: str, *, key: Path | None = None, meeting: str = MEETING,
         extra: tuple[str, ...] = ()) -> tuple[int, str, str]:
    return cli(db, "sign", meeting, "--as", name, "--pkcs12", str(key or pki.person(name)),
               "--password-file", str(pki.password_file), *extra)


def trust(db: Path, pki: Pki) -> None:
    assert cli(db, "trust", "add", str(pki.ca_pem))[0] == 0


def require(db: Path, roles: str) -> None:
    assert cli(db, "justering", "inställningar", "--underskrifter", roles)[0] == 0
