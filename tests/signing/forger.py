# SPDX-License-Identifier: EUPL-1.2
"""A forger who can write the register file: drops the lock triggers, rewrites rows, recomputes
the seal with kraftdesk's own code, rewrites the audit chain from start to end, and (careful)
puts the triggers back. Everything the issue says 13 of 30 forgeries did unnoticed."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.register.audit import GENESIS_HASH, entry_hash
from kraftdesk.register.engine import make_engine
from kraftdesk.register.models import MinutesSeal
from kraftdesk.register.seal import canonical_bytes_v2, document_form, sha256
from kraftdesk.services.sealing import sealed_document


@contextmanager
def without_locks(db: Path, *, restore: bool = True) -> Iterator[sqlite3.Connection]:
    """The sqlite3 shell with every trigger dropped (and put back afterwards if `restore`)."""
    conn = sqlite3.connect(db, isolation_level=None)
    saved = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _sql in saved:
        conn.execute(f"DROP TRIGGER {name}")
    try:
        yield conn
        if restore:
            for _name, sql in saved:
                conn.execute(sql)
    finally:
        conn.close()


def rechain(conn: sqlite3.Connection) -> None:
    """Recompute every audit entry's prev_hash and hash, so the chain holds again."""
    prev = GENESIS_HASH
    rows = conn.execute("SELECT id, at, os_user, action, entity, entity_key, before, after "
                        "FROM audit_entry ORDER BY id").fetchall()
    for row_id, at, user, action, entity, key, before, after in rows:
        digest = entry_hash(prev, at=at, os_user=user, action=action, entity=entity,
                            entity_key=key, before=before, after=after)
        conn.execute("UPDATE audit_entry SET prev_hash = ?, hash = ? WHERE id = ?",
                     (prev, digest, row_id))
        prev = digest


def reseal(db: Path, conn: sqlite3.Connection) -> None:
    """Recompute every version 2 seal over the rows as they are now, keep the new form."""
    engine = make_engine(f"sqlite:///{db}")
    try:
        with Session(engine) as session:
            for seal in session.scalars(select(MinutesSeal)).all():
                form = canonical_bytes_v2(session.connection(), seal.meeting_id,
                                          document_form(sealed_document(session,
                                                                        seal.meeting_id)))
                digest = sha256(form)
                conn.execute("INSERT OR IGNORE INTO stored_file (sha256, filename, media_type, "
                             "size, content) VALUES (?, 'försegling.json', "
                             "'application/json', ?, ?)", (digest, len(form), form))
                conn.execute("UPDATE minutes_seal SET content_sha256 = ? WHERE id = ?",
                             (digest, seal.id))
    finally:
        engine.dispose()
