# SPDX-License-Identifier: EUPL-1.2
"""The same register ranks the same on SQLite and PostgreSQL (issue 18): the same hits in
the same order with the same bm25 scores, FTS5's on SQLite and PostgreSQL's own
(kraftdesk.register.search_lists_postgresql), for single words, phrases, several words and
words left out, ranked over every match and from the lists."""

from __future__ import annotations

from pathlib import Path

import pytest

from kraftdesk.register import search_lists, search_lists_postgresql
from kraftdesk.register.database import Register
from kraftdesk.register.migrate import open_register
from kraftdesk.services.search import search
from tests.databases import sqlite_database
from tests.search.test_search_lists import _fill

#: Words whose Swedish stem begins as the word does (where a stem differs, "förs" → "för",
#: PostgreSQL finds more: docs/performance.md).
QUERIES = ("budget", "förslag", "nämnd", "budget förslag", "budget -förskola",
           '"anslaget till förfogande"', "ks", "nämnd -skola -plan", "motion yttrande",
           'budget -"anslaget till förfogande"', '"särskilt yttrande" budget', "om",
           "stadskontoret", "avslag bifall", "skola", "plan")


def _ranking(register: Register, query: str, limit: int) -> list[tuple[str, float]]:
    return [(hit.reference, hit.score) for hit in search(register, query, limit=limit)]


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
@pytest.mark.parametrize("lists", [False, True], ids=["every-match", "lists"])
def test_sqlite_and_postgresql_rank_alike(register: Register, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch,
                                          lists: bool) -> None:
    for module in (search_lists, search_lists_postgresql):
        monkeypatch.setattr(module, "LIST_MIN_HITS", 30 if lists else 10**9)
        monkeypatch.setattr(module, "MEMBERS", 12)
    twin = open_register(sqlite_database(tmp_path / "twin.sqlite3").url, create=True)
    try:
        _fill(register)
        _fill(twin)
        compared = 0
        for query in QUERIES:
            for limit in (3, 10, 200):
                on_postgresql = _ranking(register, query, limit)
                on_sqlite = _ranking(twin, query, limit)
                assert [ref for ref, _score in on_postgresql] == \
                    [ref for ref, _score in on_sqlite], (query, limit)
                assert [score for _ref, score in on_postgresql] == \
                    pytest.approx([score for _ref, score in on_sqlite], rel=1e-12,
                                  abs=1e-15), (query, limit)
                compared += len(on_sqlite)
        assert compared > 1000
    finally:
        twin.close()
