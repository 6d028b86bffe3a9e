# SPDX-License-Identifier: EUPL-1.2
"""bm25 on PostgreSQL reads each document's length in words as FTS5 counts them
(migration 0102_i18_search_bm25), also on a database whose own locale is C, where the
regular expressions of the database's collation know no letter beyond A–Z: "Malmö" would be
one word and "Åkesson" another without their å, ä and ö."""

from __future__ import annotations

from pathlib import Path

from psycopg import sql
from sqlalchemy import text

from kraftdesk.register import search_lists
from kraftdesk.register.migrate import open_register
from kraftdesk.services.search import search
from tests.databases import OWNER_ROLE, PostgresForTests, sqlite_database
from tests.search.helpers import add_paragraph, seed

TEXTS = (("Malmö stads Åkesson", "Öppna förskolor i Östra Sorgenfri, Ängelholmsvägen 12–14: "
          "ärendet återremitteras (KS-2026-117)."),
         ("Yttrande över medborgarförslag", "Ålderdomshem, äldreomsorg och öppenvård i "
          "Husie; 3,5 miljoner kronor."))


def _lengths(register: object) -> list[int]:
    with register.read_rows() as connection:  # type: ignore[attr-defined]
        if register.is_sqlite:  # type: ignore[attr-defined]
            ids = connection.execute(text("SELECT rowid FROM search_fts ORDER BY rowid")).all()
            found = search_lists.lengths(connection, [row[0] for row in ids])
            return [found[row[0]] for row in ids]
        return list(connection.execute(text(
            "SELECT length FROM search_fts ORDER BY paragraph_id")).scalars())


def test_words_are_counted_as_fts5_counts_them_in_a_c_locale_database(
        postgres: PostgresForTests, tmp_path: Path) -> None:
    name = f"{postgres.prefix}_c_locale"
    with postgres.admin() as conn:
        conn.execute(sql.SQL(
            "CREATE DATABASE {} TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' "
            "LC_CTYPE 'C' OWNER {}").format(sql.Identifier(name), sql.Identifier(OWNER_ROLE)))
    registers = []
    try:
        for url in (postgres.url(name, OWNER_ROLE),
                    sqlite_database(tmp_path / "twin.sqlite3").url):
            register = open_register(url, create=True)
            registers.append(register)
            seeded = seed(register)
            with register.write() as s:
                for number, (title, summary) in enumerate(TEXTS, start=1):
                    add_paragraph(s, seeded, number, title, summary=summary)
        on_postgresql, on_sqlite = registers
        assert _lengths(on_postgresql) == _lengths(on_sqlite) == [16, 13]
        for query in ("öppna", "Åkesson", "äldreomsorg Husie", "KS-2026-117"):
            assert [(hit.reference, round(hit.score, 9))
                    for hit in search(on_postgresql, query)] == \
                [(hit.reference, round(hit.score, 9)) for hit in search(on_sqlite, query)]
    finally:
        for register in registers:
            register.close()
        with postgres.admin() as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(
                sql.Identifier(name)))
