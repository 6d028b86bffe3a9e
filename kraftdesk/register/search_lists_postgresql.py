# SPDX-License-Identifier: EUPL-1.2
"""bm25 on PostgreSQL: ranking every match, and the ranked lists of the words most
paragraphs contain, as kraftdesk.register.search_lists does on SQLite.

PostgreSQL has no bm25, so it is computed here, FTS5's formula with FTS5's constants and
the same column weights (search_lists.COLUMN_WEIGHTS), from what the index keeps (migration
0102_i18_search_bm25):

- a word's weighted count f in a document is RANK_SCALE times ts_rank_cd of the word alone
  with RANK_WEIGHTS and no normalisation: ts_rank_cd adds up the weights of a lone word's
  (or phrase's) occurrences, and the document's weight classes are bm25's (title A = 8,
  case B = 6, decision points C = 3, the rest D = 1, over 8);
- the document's length in words (`search_fts.length`, counted as FTS5 counts);
- the index's totals (`search_fts_total`: documents and words, for avgdl) and each word's
  paragraph count (for its idf): a count over the index, or the list's own `hits`.

So the same register ranks the same on both databases, to the same score, wherever both
read a paragraph's words alike (the Swedish stemming here finds inflected forms FTS5's
prefixes do not, and a tsvector keeps at most 256 positions of a word: docs/performance.md).

The lists: `search_fts_list` (a word's tsquery, its bound, the totals when it was made, its
members and its paragraph count `hits`) and `search_fts_member` (each member's f and length),
read by search_lists.rank_from_lists as SQLite's are; where they alone cannot tell (words
that seldom stand together), the few hundred paragraphs in some of the query's lists are
scored by the server (every_match over their ids), not every match. The database keeps the
lists itself:
search_fts_refresh() folds each rewritten document in (search_fts_fold(): out of every
list, back into each whose word it has with a term score above the bound), and statement
triggers on search_fts keep the totals and `hits` (search_fts_count()), whoever writes.
The app's role cannot pass the triggers; an owner who switches one off is told so by
`kraftdesk verify` (the index's check), which also compares each list with ranking every
match and the totals with the index.
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

from kraftdesk.register import search_lists
from kraftdesk.register.engine import WRITE_OPTION
from kraftdesk.register.search_lists import (
    BUILD_AT_ONCE,
    MAX_LIMIT,
    MEMBERS,
    List,
    idf,
    term_score,
    wrong_answers,
)

#: PostgreSQL's text search configuration of the index (migration 0100_i18): Swedish
#: stemming, no stop words.
TEXT_SEARCH_CONFIG = "kraftdesk_swedish"
#: ts_rank_cd's weights, in its order D, C, B, A, and the scale that makes its sum bm25's
#: weighted count (migration 0102_i18_search_bm25).
RANK_WEIGHTS = "{0.125, 0.375, 0.75, 1.0}"
RANK_SCALE = 8
#: A word found in at least this many paragraphs gets a list: lower than SQLite's
#: (search_lists.LIST_MIN_HITS), as PostgreSQL reads each matching document from the table to
#: rank it (about 6 µs each on the ten-year register, FTS5 0.65 µs).
LIST_MIN_HITS = 1000
LIST_TABLE = "search_fts_list"
MEMBER_TABLE = "search_fts_member"
TOTAL_TABLE = "search_fts_total"

_refused: weakref.WeakKeyDictionary[Engine, set[str]] = weakref.WeakKeyDictionary()


def present(connection: Connection) -> bool:
    return bool(connection.exec_driver_sql(
        f"SELECT to_regclass('{LIST_TABLE}') IS NOT NULL "
        f"AND to_regclass('{MEMBER_TABLE}') IS NOT NULL "
        f"AND to_regclass('{TOTAL_TABLE}') IS NOT NULL").scalar())


def _query(name: str) -> str:
    return f"to_tsquery('{TEXT_SEARCH_CONFIG}', :{name})"


def weighted_count(query: str, document: str = "f.document") -> str:
    """SQL: bm25's weighted count f of the tsquery `query` (an SQL expression) in
    `document`."""
    return f"({RANK_SCALE} * ts_rank_cd('{RANK_WEIGHTS}', {document}, {query}, 0)::float8)"


def _term_score(f: str, avgdl: str, length: str = "f.length") -> str:
    """SQL: search_lists.term_score, the same operations in the same order."""
    k1, b = search_lists.K1, search_lists.B
    return (f"(({f} * {k1 + 1.0}::float8) / ({f} + {k1}::float8 * ({1 - b}::float8 + "
            f"{b}::float8 * {length} / {avgdl})))")


# What bm25 reads ----------------------------------------------------------------------------

def totals(connection: Connection) -> tuple[int, int]:
    """(documents, words) in the index (search_fts_total, kept by the index's triggers)."""
    found = connection.exec_driver_sql(f"SELECT documents, tokens FROM {TOTAL_TABLE}").all()
    if len(found) != 1:  # not as the triggers keep it: counted (verify tells)
        found = connection.exec_driver_sql(
            "SELECT count(*), coalesce(sum(length), 0) FROM search_fts").all()
    rows, tokens = found[0]
    return int(rows), int(tokens)


def recount(connection: Connection) -> None:
    """The index's totals counted afresh (after a rebuild, a repair)."""
    connection.exec_driver_sql(f"DELETE FROM {TOTAL_TABLE}")
    connection.exec_driver_sql(
        f"INSERT INTO {TOTAL_TABLE} (documents, tokens) "
        "SELECT count(*), coalesce(sum(length), 0) FROM search_fts")


def hits_of(connection: Connection, key: str) -> int:
    """How many paragraphs have the tsquery `key`: bm25's nHit."""
    return connection.execute(text(
        f"SELECT count(*) FROM search_fts WHERE document @@ {_query('q')}"),
        {"q": key}).scalar() or 0


def _lists(connection: Connection, keys: Iterable[str]) -> dict[str, tuple[List, int]]:
    rows = connection.execute(text(
        f"SELECT term, bound, total_rows, total_tokens, members, hits FROM {LIST_TABLE} "
        "WHERE term = ANY(:keys)"), {"keys": sorted(set(keys))})
    return {term: (List(bound, tokens / rows_, members), hits)
            for term, bound, rows_, tokens, members, hits in rows if rows_}


def _hits(connection: Connection, keys: Sequence[str]) -> list[int]:
    """Each key's paragraph count: its list's, or counted."""
    listed = _lists(connection, keys)
    return [listed[key][1] if key in listed else hits_of(connection, key) for key in keys]


# Ranking every match ------------------------------------------------------------------------

def every_match(connection: Connection, keys: Sequence[str], match: str,
                limit: int, ids: Sequence[int] | None = None) -> list[tuple[int, float]]:
    """(paragraph id, bm25) of the `limit` best paragraphs matching the tsquery `match`,
    best first (equal scores: the newest first), scored for the tsqueries `keys` (the words
    and phrases asked for; those left out only leave paragraphs out, as in FTS5); with
    `ids`, of those paragraphs only (scored alike).

    Planned for each query's own words: psycopg prepares a statement it has run five times,
    and PostgreSQL may then keep one generic plan for every query. A word found in a few
    paragraphs is best looked up in the index, a word found in most of them by reading the
    table; a generic plan made after searches for rare words looked up "förslag" in the
    index, three times slower (84 ms against 29 on the 10-year register)."""
    rows, tokens = totals(connection)
    if not rows:
        return []
    params: dict[str, Any] = {"match": match, "limit": limit, "avgdl": tokens / rows}
    avgdl = "CAST(:avgdl AS float8)"
    connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
    among = ""
    if ids is not None:
        among, params["ids"] = " AND f.paragraph_id = ANY(:ids)", list(ids)
    if len(keys) == 1 and match == keys[0] and ids is None:
        # One word, nothing left out: its paragraph count is the number of matches, counted
        # in the same pass; bm25 is its idf times the term score.
        found = connection.execute(text(
            f"SELECT f.paragraph_id, {_term_score('r.f0', avgdl)} AS score, "
            f"count(*) OVER () AS hits FROM search_fts f "
            f"CROSS JOIN LATERAL (SELECT {weighted_count(_query('match'))} AS f0) r "
            f"WHERE f.document @@ {_query('match')} "
            "ORDER BY score DESC, f.paragraph_id DESC LIMIT :limit"), params).all()
        if not found:
            return []
        weight = idf(rows, found[0][2])
        scored = [(pid, weight * float(score)) for pid, score, _hits in found]
        return sorted(scored, key=lambda pair: (-pair[1], -pair[0]))
    weights = [idf(rows, hits) for hits in _hits(connection, keys)]
    counts, terms = [], []
    for n, (key, weight) in enumerate(zip(keys, weights, strict=True)):
        params[f"k{n}"], params[f"w{n}"] = key, weight
        counts.append(f"{weighted_count(_query(f'k{n}'))} AS f{n}")
        terms.append(f":w{n} * {_term_score(f'r.f{n}', avgdl)}")
    found = connection.execute(text(
        f"SELECT f.paragraph_id, {' + '.join(terms)} AS score FROM search_fts f "
        f"CROSS JOIN LATERAL (SELECT {', '.join(counts)}) r "
        f"WHERE f.document @@ {_query('match')}{among} "
        "ORDER BY score DESC, f.paragraph_id DESC LIMIT :limit"), params).all()
    return [(pid, float(score)) for pid, score in found]


# Ranking from the lists ---------------------------------------------------------------------

def ranked(connection: Connection, keys: Sequence[str], negated: Sequence[str],
           limit: int) -> list[tuple[int, float]] | None:
    """The `limit` best (paragraph id, bm25) for the tsqueries `keys` (all asked for, in the
    query's order) without the paragraphs that have one of `negated`, best first, exactly
    as every_match ranks them; None when the lists cannot tell."""
    if not keys or limit > MAX_LIMIT or not present(connection):
        return None
    listed = _lists(connection, keys)
    if any(key not in listed for key in keys):
        return None
    members = connection.execute(text(
        f"SELECT term, paragraph_id, f, length FROM {MEMBER_TABLE} WHERE term = ANY(:keys)"),
        {"keys": sorted(set(keys))}).all()
    rows, tokens = totals(connection)
    match = " & ".join([*keys, *(f"!{key}" for key in negated)])

    def scores_of(ids: list[int]) -> list[tuple[float, int]]:
        return [(score, pid) for pid, score in
                every_match(connection, keys, match, len(ids), ids)]

    return search_lists.rank_from_lists(
        keys, {key: found for key, (found, _hits) in listed.items()}, members, rows, tokens,
        lambda key: listed[key][1],
        lambda ordered: _without(connection, ordered, negated, limit), limit, scores_of)


def _without(connection: Connection, ordered: list[tuple[float, int]],
             negated: Sequence[str], limit: int) -> list[tuple[float, int]]:
    """The first `limit` of `ordered` ((score, id), best first) that have none of the
    tsqueries `negated`."""
    if not negated:
        return ordered[:limit]
    kept: list[tuple[float, int]] = []
    at = 0
    either = " | ".join(f"({key})" for key in negated)
    while len(kept) < limit and at < len(ordered):
        batch = ordered[at:at + 2 * limit]
        at += len(batch)
        excluded = set(connection.execute(text(
            "SELECT paragraph_id FROM search_fts WHERE paragraph_id = ANY(:ids) "
            f"AND document @@ {_query('q')}"),
            {"ids": [pid for _score, pid in batch], "q": either}).scalars())
        kept += [pair for pair in batch if pair[1] not in excluded]
    return kept[:limit]


# Making a list ------------------------------------------------------------------------------

def refused(engine: Engine) -> set[str]:
    return _refused.setdefault(engine, set())


def wanted(connection: Connection, keys: Iterable[str]) -> list[str]:
    """Of `keys`, those with no list that are in at least LIST_MIN_HITS paragraphs (at most
    BUILD_AT_ONCE, and none this process failed to make)."""
    names = sorted(set(keys) - refused(connection.engine))
    if not names or not present(connection):
        return []
    have = _lists(connection, names)
    connection.exec_driver_sql("SET LOCAL plan_cache_mode = force_custom_plan")
    found: list[str] = []
    for key in names:
        if len(found) == BUILD_AT_ONCE:
            break
        if key not in have and connection.execute(text(
                f"SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE document @@ "
                f"{_query('q')} LIMIT {LIST_MIN_HITS}) s"), {"q": key}).scalar() \
                == LIST_MIN_HITS:
            found.append(key)
    return found


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
    """Make the list of `key` (replacing one there is) in the caller's writing transaction:
    the MEMBERS paragraphs with the highest term score, and the next one's as the bound."""
    hits = hits_of(connection, key)
    rows, tokens = totals(connection)
    if hits < LIST_MIN_HITS or not rows:
        return False
    avgdl = tokens / rows
    best = connection.execute(text(
        f"SELECT s.paragraph_id, s.f, s.length FROM (SELECT f.paragraph_id, f.length, "
        f"{weighted_count(_query('q'))} AS f FROM search_fts f "
        f"WHERE f.document @@ {_query('q')}) s "
        f"ORDER BY {_term_score('s.f', 'CAST(:avgdl AS float8)', 's.length')}"
        " DESC, s.paragraph_id DESC LIMIT :n"),
        {"q": key, "avgdl": avgdl, "n": MEMBERS + 1}).all()
    members = best[:MEMBERS]
    bound = term_score(best[MEMBERS][1], best[MEMBERS][2], avgdl) \
        if len(best) > MEMBERS else 0.0
    connection.execute(text(f"DELETE FROM {MEMBER_TABLE} WHERE term = :t"), {"t": key})
    connection.execute(text(f"DELETE FROM {LIST_TABLE} WHERE term = :t"), {"t": key})
    connection.execute(text(
        f"INSERT INTO {LIST_TABLE} (term, bound, total_rows, total_tokens, members, hits) "
        "VALUES (:t, :bound, :rows, :tokens, :members, :hits)"),
        {"t": key, "bound": bound, "rows": rows, "tokens": tokens, "members": len(members),
         "hits": hits})
    connection.execute(text(
        f"INSERT INTO {MEMBER_TABLE} (term, paragraph_id, f, length) "
        "VALUES (:t, :pid, :f, :length)"),
        [{"t": key, "pid": pid, "f": f, "length": length} for pid, f, length in members])
    return True


# Checking and dropping ----------------------------------------------------------------------

def list_problems(connection: Connection) -> int:
    """How many lists answer a search for their own word otherwise than ranking every match
    does, or count their word's paragraphs wrong (a list edited behind kraftdesk's back);
    read only."""
    if not present(connection):
        return 0
    names = connection.exec_driver_sql(f"SELECT term, members, hits FROM {LIST_TABLE}").all()
    counted = [(key, members) for key, members, hits in names
               if hits == hits_of(connection, key)]
    return len(names) - len(counted) + wrong_answers(
        counted, lambda key, n: ranked(connection, [key], [], n),
        lambda key, n: every_match(connection, [key], key, n))


def totals_wrong(connection: Connection) -> bool:
    """Whether the index's totals differ from its documents (read only)."""
    if not present(connection):
        return False
    kept = connection.exec_driver_sql(f"SELECT documents, tokens FROM {TOTAL_TABLE}").all()
    actual = connection.exec_driver_sql(
        "SELECT count(*), coalesce(sum(length), 0) FROM search_fts").one()
    return len(kept) != 1 or tuple(kept[0]) != tuple(actual)


def drop_lists(connection: Connection) -> None:
    """Forget every list (made again when searched for)."""
    if present(connection):
        connection.exec_driver_sql(f"DELETE FROM {MEMBER_TABLE}")
        connection.exec_driver_sql(f"DELETE FROM {LIST_TABLE}")
