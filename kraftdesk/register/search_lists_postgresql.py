# SPDX-License-Identifier: EUPL-1.2
"""Ranked lists for the words most paragraphs contain, on PostgreSQL: the same hits as
ts_rank over every match, read from a few hundred rows.

What kraftdesk.register.search_lists does for SQLite's bm25, for PostgreSQL's ranking
(kraftdesk.services.search._rank_postgresql: ts_rank with the columns' weights, divided by
the document's length). ts_rank of one word depends on the paragraph's document alone (no
count over the register, unlike bm25's idf and average length), so a list is simple:

- `search_fts_list`: the word (its tsquery, the list's name), its `bound` and how many
  `members` it has;
- `search_fts_member`: the MEMBERS paragraphs with the highest ts_rank for the word when the
  list was made, each with that rank (`score`, the same `real` ts_rank returns).

The promise: every paragraph that is not a member ranks at most `bound` for the word. The
index's refresh function (migration 0101_i19_search_lists) keeps it whenever it rewrites a
document: it takes the paragraph out of every list and puts it back into each list whose
word it has with a rank above the bound. Its triggers cannot be passed by the app's role;
the owner who switches one off is told so by `kraftdesk verify` (the index's check).

A query of one word or phrase (and any words it leaves out) is answered from its list when
the limit-th best member that does not have a left-out word ranks above the bound; the
members' ranks are ts_rank's own, so the order is the same (equal ranks: the newest first).
ts_rank of several words depends on how near they stand, so such a query ranks every match.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from kraftdesk.register.engine import WRITE_OPTION
from kraftdesk.register.search_lists import wrong_answers

#: PostgreSQL's text search configuration of the index (migration 0100_i18): Swedish
#: stemming, no stop words.
TEXT_SEARCH_CONFIG = "kraftdesk_swedish"
#: ts_rank's weights, in its order D, C, B, A: bm25's column weights (search_lists) over the
#: title's (sections D, summary and statements C, decision points B, title and case A;
#: migration 0100_i18).
PG_WEIGHTS = "{0.125, 0.125, 0.375, 1.0}"
LIST_MIN_HITS = 5000
MEMBERS = 400
MAX_LIMIT = 200
LIST_TABLE = "search_fts_list"
MEMBER_TABLE = "search_fts_member"

_refused: weakref.WeakKeyDictionary[Engine, set[str]] = weakref.WeakKeyDictionary()


def present(connection: Connection) -> bool:
    return bool(connection.exec_driver_sql(
        f"SELECT to_regclass('{LIST_TABLE}') IS NOT NULL "
        f"AND to_regclass('{MEMBER_TABLE}') IS NOT NULL").scalar())


def _query(name: str) -> str:
    return f"to_tsquery('{TEXT_SEARCH_CONFIG}', :{name})"


def hits_of(connection: Connection, key: str) -> int:
    return connection.execute(text(
        f"SELECT count(*) FROM search_fts WHERE document @@ {_query('q')}"),
        {"q": key}).scalar() or 0


def ranked(connection: Connection, keys: Sequence[str], negated: Sequence[str],
           limit: int) -> list[tuple[int, float]] | None:
    """The `limit` best (paragraph id, ts_rank) for the one word or phrase `keys`, without
    the paragraphs that have one of `negated` (tsqueries), best first; None when the list
    cannot tell (or there is none, or more than one word is asked for)."""
    if len(keys) != 1 or limit > MAX_LIMIT or not present(connection):
        return None
    (key,) = keys
    found = connection.execute(text(
        f"SELECT bound, members FROM {LIST_TABLE} WHERE term = :t"), {"t": key}).first()
    if found is None:
        return None
    bound, count = found
    members = connection.execute(text(
        f"SELECT paragraph_id, score FROM {MEMBER_TABLE} WHERE term = :t "
        "ORDER BY score DESC, paragraph_id DESC"), {"t": key}).all()
    if len(members) != count:
        return None  # the list is not as it was left
    kept = _without(connection, [(pid, float(score)) for pid, score in members], negated,
                    limit)
    if len(kept) < limit or not kept[limit - 1][1] > float(bound):
        return None
    return kept[:limit]


def _without(connection: Connection, ordered: list[tuple[int, float]],
             negated: Sequence[str], limit: int) -> list[tuple[int, float]]:
    if not negated:
        return ordered[:limit]
    kept: list[tuple[int, float]] = []
    at = 0
    either = " | ".join(f"({key})" for key in negated)
    while len(kept) < limit and at < len(ordered):
        batch = ordered[at:at + 2 * limit]
        at += len(batch)
        excluded = set(connection.execute(text(
            "SELECT paragraph_id FROM search_fts WHERE paragraph_id = ANY(:ids) "
            f"AND document @@ {_query('q')}"),
            {"ids": [pid for pid, _score in batch], "q": either}).scalars())
        kept += [pair for pair in batch if pair[0] not in excluded]
    return kept[:limit]


def refused(engine: Engine) -> set[str]:
    return _refused.setdefault(engine, set())


def wanted(connection: Connection, keys: Iterable[str]) -> list[str]:
    """The one word asked for, when it has no list and is in LIST_MIN_HITS paragraphs."""
    names = sorted(set(keys) - refused(connection.engine))
    if len(names) != 1 or not present(connection):
        return []
    (key,) = names
    if connection.execute(text(f"SELECT 1 FROM {LIST_TABLE} WHERE term = :t"),
                          {"t": key}).first():
        return []
    connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
    return [key] if hits_of(connection, key) >= LIST_MIN_HITS else []


def build_lists(engine: Engine, keys: Sequence[str]) -> list[str]:
    """Make the lists of `keys` in a writing transaction of their own (it waits its turn
    among the writers as a save does); returns those made."""
    made: list[str] = []
    try:
        with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection, \
                connection.begin():
            connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
            made = [key for key in keys if build_list(connection, key)]
    except DBAPIError:
        made = []
    refused(engine).update(set(keys) - set(made))
    return made


def build_list(connection: Connection, key: str) -> bool:
    """Make the list of `key` (replacing one there is) in the caller's writing transaction."""
    if hits_of(connection, key) < LIST_MIN_HITS:
        return False
    best = connection.execute(text(
        f"SELECT paragraph_id, ts_rank('{PG_WEIGHTS}', document, {_query('q')}, 1) AS score "
        f"FROM search_fts WHERE document @@ {_query('q')} "
        "ORDER BY score DESC, paragraph_id DESC LIMIT :n"),
        {"q": key, "n": MEMBERS + 1}).all()
    members = best[:MEMBERS]
    bound = best[MEMBERS][1] if len(best) > MEMBERS else 0.0
    connection.execute(text(f"DELETE FROM {MEMBER_TABLE} WHERE term = :t"), {"t": key})
    connection.execute(text(f"DELETE FROM {LIST_TABLE} WHERE term = :t"), {"t": key})
    connection.execute(text(
        f"INSERT INTO {LIST_TABLE} (term, bound, members) VALUES (:t, :bound, :members)"),
        {"t": key, "bound": bound, "members": len(members)})
    connection.execute(text(
        f"INSERT INTO {MEMBER_TABLE} (term, paragraph_id, score) VALUES (:t, :pid, :score)"),
        [{"t": key, "pid": pid, "score": score} for pid, score in members])
    return True


def list_problems(connection: Connection) -> int:
    """How many lists answer a search for their own word otherwise than ranking every match
    does (a list edited behind kraftdesk's back); read only."""
    if not present(connection):
        return 0

    def every_match(key: str, n: int) -> list[tuple[int, float]]:
        return [(pid, float(score)) for pid, score in connection.execute(text(
            f"SELECT paragraph_id, ts_rank('{PG_WEIGHTS}', document, {_query('q')}, 1) AS s "
            f"FROM search_fts WHERE document @@ {_query('q')} "
            "ORDER BY s DESC, paragraph_id DESC LIMIT :n"), {"q": key, "n": n})]

    return wrong_answers(
        connection.exec_driver_sql(f"SELECT term, members FROM {LIST_TABLE}").all(),
        lambda key, n: ranked(connection, [key], [], n), every_match)


def drop_lists(connection: Connection) -> None:
    """Forget every list (made again when searched for)."""
    if present(connection):
        connection.exec_driver_sql(f"DELETE FROM {MEMBER_TABLE}")
        connection.exec_driver_sql(f"DELETE FROM {LIST_TABLE}")
