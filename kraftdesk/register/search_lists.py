# SPDX-License-Identifier: EUPL-1.2
"""Ranked lists for the words most paragraphs contain: the same ten best as bm25 over every
match, read from a few hundred rows instead of every match (SQLite).

FTS5 ranks a search by calling bm25 for every matching paragraph, about 0.65 µs each: a
word in nearly all 137,000 paragraphs of a 30-year register costs 90 ms however few hits
are shown. For such a word (a word of three letters or more with "*", the words it
begins; a shorter one whole) or quoted phrase this module keeps a list in the register:

- `search_fts_list`: the word's `bound`, and the paragraph count and token count of the
  index when the list was made (so the average document length then);
- `search_fts_member`: the MEMBERS paragraphs with the highest term score at that time,
  each with `f` (the word's occurrences weighted by their columns, COLUMN_WEIGHTS: whole
  numbers, so their sum is the same double in any order) and `length` (the document's
  length in tokens).

The term score is bm25's per-phrase factor, F = f(k1+1) / (f + k1(1 - b + b·D/avgdl)), so a
paragraph's bm25 is the sum over the query's words of idf·F. The list's promise (its
invariant): every paragraph that is not a member has F ≤ bound at the list's avgdl. When
avgdl grows, F grows at most in proportion (F(avgdl') ≤ F(avgdl)·avgdl'/avgdl), so the
bound is raised by that factor when it is used.

Ranking (ranked()): when every word and phrase the query asks for has a list, the members
are the candidates. A member of every list gets its exact score,
computed as FTS5's bm25 computes it (the same operations in the same order, so the same
double; checked on every list when it is made); a candidate missing from some list, and any
paragraph in no list, can score at most the bounds. If the limit-th best exact score beats
every such upper bound, those are the best hits, in bm25's order (equal scores: the newest
first, as `ORDER BY bm25, rowid DESC`). Otherwise, or when anything is not as the lists
expect, ranked() answers None and the caller ranks every match with FTS5.

Keeping the lists true: while there is a list, the index's triggers (migration
0101_i19_search_lists) note every paragraph whose document they rewrite in
`search_fts_change`. Every kraftdesk write (Register.write()) folds the noted paragraphs
into the lists before it commits (fold()): it reads their documents through FTS5's own
tokenizer, updates their memberships, and takes in any whose new score passes a bound. A
change made behind kraftdesk's back stays noted until the next kraftdesk write; until then
ranked() answers None. A rebuilt index drops every list; `kraftdesk verify` asks each list
for its own word's hits and compares them with the ranking over every match
(list_problems()).

Lists are made when a search needs one (wanted(), build_lists(): a word or phrase in at
least LIST_MIN_HITS paragraphs, at most BUILD_AT_ONCE a search), in a short writing
transaction of its own that gives way at once to another writer: a register that cannot be
written (a read-only file) simply has none, and the process does not try again.
"""

from __future__ import annotations

import math
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError, OperationalError

from kraftdesk.register.engine import WRITE_OPTION

#: bm25's column weights, in the order of the index's columns (migrations 0003,
#: 0100_i19_search): a word in the title counts as much as eight in the summary.
COLUMN_WEIGHTS = (("title", 8.0), ("case_ref", 6.0), ("summary", 1.0), ("decisions", 3.0),
                  ("statements", 1.0), ("sections", 1.0))
#: FTS5's bm25 constants (fts5_aux.c).
K1 = 1.2
B = 0.75
#: The idf FTS5 gives a word in more than half the paragraphs.
IDF_FLOOR = 1e-6

#: A word found in at least this many paragraphs gets a list (below it, ranking every match
#: costs FTS5 a few milliseconds).
LIST_MIN_HITS = 5000
#: Paragraphs kept in a list.
MEMBERS = 400
#: Larger limits are ranked by FTS5 over every match (the app shows 200, the command line 50).
MAX_LIMIT = 200
#: At most this many lists are made for one search (a query of 32 common words makes two,
#: the next search two more).
BUILD_AT_ONCE = 2
#: More paragraphs changed at once than this (a migration, an edit behind kraftdesk's back)
#: are not folded one by one: the lists are dropped and made again when searched for.
FOLD_MAX = 500
#: Bounds are compared with this much room for the rounding of doubles.
ROOM = 1e-9

LIST_TABLE = "search_fts_list"
MEMBER_TABLE = "search_fts_member"
CHANGE_TABLE = "search_fts_change"
TABLES = (LIST_TABLE, MEMBER_TABLE, CHANGE_TABLE)
#: The index's tokenizer (migration 0003), used again to read a changed document's words.
TOKENIZER = "unicode61 remove_diacritics 0"
_SCRATCH = "search_fts_scratch"
_CONTENT_COLUMNS = ", ".join(f"c{n}" for n in range(len(COLUMN_WEIGHTS)))


def list_key(tokens: Sequence[str], prefix: bool) -> str:
    """The list's name for a query word or phrase: "förslag*" (the words it begins), "ks",
    "anslaget till förfogande*" (the last word begins a word)."""
    return " ".join(tokens) + ("*" if prefix else "")


def phrase_of(key: str) -> str:
    """The FTS5 MATCH expression of one list's word or phrase (as services.search writes
    it)."""
    return f'"{key[:-1]}" *' if key.endswith("*") else f'"{key}"'


# What FTS5 keeps: its totals and each document's length ------------------------------------

def _varints(blob: bytes) -> list[int]:
    """SQLite's variable-length integers, one after the other (FTS5's records)."""
    values, at = [], 0
    while at < len(blob):
        value = 0
        for step in range(9):
            byte = blob[at]
            at += 1
            if step == 8:
                value = (value << 8) | byte
                break
            value = (value << 7) | (byte & 0x7F)
            if not byte & 0x80:
                break
        values.append(value)
    return values


def totals(connection: Connection) -> tuple[int, int]:
    """(paragraphs, tokens) in the index: what bm25 reads for avgdl (FTS5's averages
    record, row 1 of its data table: the row count, then each column's tokens)."""
    blob = connection.exec_driver_sql(
        "SELECT block FROM search_fts_data WHERE id = 1").scalar()
    values = _varints(bytes(blob or b""))
    if not values:
        return 0, 0
    return values[0], sum(values[1:])


def lengths(connection: Connection, ids: Iterable[int]) -> dict[int, int]:
    """{paragraph id: its document's length in tokens} (FTS5's docsize table)."""
    wanted = sorted(set(ids))
    found: dict[int, int] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start:start + 500]
        rows = connection.exec_driver_sql(
            f"SELECT id, sz FROM search_fts_docsize WHERE id IN "
            f"({', '.join(str(int(i)) for i in chunk)})")
        for pid, blob in rows:
            found[pid] = sum(_varints(bytes(blob)))
    return found


# bm25, as FTS5 computes it --------------------------------------------------------------------

def idf(rows: int, hits: int) -> float:
    value = math.log((rows - hits + 0.5) / (hits + 0.5))
    return IDF_FLOOR if value <= 0.0 else value


def term_score(f: float, length: int, avgdl: float) -> float:
    """bm25's factor for one phrase: the same operations, in the same order, as FTS5."""
    return (f * (K1 + 1.0)) / (f + K1 * (1 - B + B * length / avgdl))


def hits_of(connection: Connection, phrase: str) -> int:
    """How many paragraphs contain `phrase` (a MATCH expression): bm25's nHit."""
    return connection.execute(
        text("SELECT count(*) FROM search_fts WHERE search_fts MATCH :m"),
        {"m": phrase}).scalar() or 0


# Ranking from the lists -----------------------------------------------------------------------

@dataclass(frozen=True)
class List:
    """A list as ranking reads it: its bound, the average document length when it was
    made, how many members it has."""

    bound: float
    avgdl: float
    members: int


def present(connection: Connection) -> bool:
    """Whether this register has the lists' tables (SQLite at 0101_i19_search_lists)."""
    if connection.dialect.name != "sqlite":
        return False
    found = connection.exec_driver_sql(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN "
        f"('{LIST_TABLE}', '{MEMBER_TABLE}', '{CHANGE_TABLE}')").scalar()
    return found == len(TABLES)


def _lists(connection: Connection, keys: Sequence[str]) -> dict[str, List]:
    names = sorted(set(keys))
    params = {f"k{n}": key for n, key in enumerate(names)}
    rows = connection.execute(text(
        f"SELECT term, bound, total_rows, total_tokens, members FROM {LIST_TABLE} "
        f"WHERE term IN ({', '.join(':' + name for name in params)})"), params)
    return {term: List(bound, tokens / rows_, members)
            for term, bound, rows_, tokens, members in rows if rows_}


def ranked(connection: Connection, keys: Sequence[str], negated: Sequence[str],
           limit: int) -> list[tuple[int, float]] | None:
    """The `limit` best (paragraph id, score) for the words and phrases `keys` (all of them
    asked for, in the query's order) without those `negated` (list_key's names too), best
    first, exactly as bm25 over every match ranks them; None when the lists cannot tell."""
    if not keys or limit > MAX_LIMIT or not present(connection):
        return None
    lists = _lists(connection, keys)
    if any(key not in lists for key in keys):
        return None
    if connection.exec_driver_sql(f"SELECT 1 FROM {CHANGE_TABLE} LIMIT 1").first():
        return None  # a change not yet folded in (made behind kraftdesk's back)
    names = sorted(set(keys))
    params = {f"k{n}": key for n, key in enumerate(names)}
    members = connection.execute(text(
        f"SELECT term, paragraph_id, f, length FROM {MEMBER_TABLE} "
        f"WHERE term IN ({', '.join(':' + name for name in params)})"), params).all()
    rows, tokens = totals(connection)
    # No score_of here: FTS5 finds given rowids one by one, each through every word the
    # query's prefixes begin (750 paragraphs of "överenskommelse stadskontoret" took 6 s at
    # 30 years, ranking every match 38 ms).
    return rank_from_lists(
        keys, lists, members, rows, tokens,
        lambda key: hits_of(connection, phrase_of(key)),
        lambda ordered: _without(connection, ordered, negated, limit), limit)


Member = tuple[str, int, float, int]  # (list, paragraph id, f, length)
Scored = list[tuple[float, int]]  # (score, paragraph id), best first
#: At most this many paragraphs found in some of a query's lists but not all are scored
#: one by one when the lists alone cannot tell (three lists' worth).
MAX_PARTIAL = 3 * MEMBERS


def rank_from_lists(keys: Sequence[str], lists: dict[str, List], members: Iterable[Member],
                    rows: int, tokens: int, hits: Callable[[str], int],
                    without: Callable[[Scored], Scored], limit: int,
                    score_of: Callable[[list[int]], Scored] | None = None
                    ) -> list[tuple[int, float]] | None:
    """ranked()'s answer from what the database gave (the same on SQLite and PostgreSQL):
    the lists of `keys`, their `members`, the index's totals, each word's paragraph count
    (`hits`), a filter that leaves out the paragraphs with a left-out word (`without`, on
    (score, id) best first) and, when the lists alone cannot tell, the database's own score
    of the paragraphs in some of the lists but not all (`score_of`: those of them that
    match the whole query, with the same score as ranking every match).

    A paragraph in every list has its exact score; one in some lists at most its exact
    terms plus the other lists' bounds; one in no list at most every list's bound. Where the
    limit-th best exact score beats every bound, those are the hits. Otherwise the
    paragraphs in some lists are scored by the database (a few hundred, not every match)
    and only the paragraphs in no list remain bounded."""
    names = sorted(set(keys))
    found: dict[int, dict[str, tuple[float, int]]] = defaultdict(dict)
    counted: dict[str, int] = defaultdict(int)
    for term, pid, f, length in members:
        found[pid][term] = (f, length)
        counted[term] += 1
    if any(counted[key] != lists[key].members for key in names):
        return None  # the list is not as it was left
    if score_of is None and \
            sum(1 for terms in found.values() if len(terms) == len(names)) < limit:
        return None  # too few paragraphs in every list to tell
    if not rows:
        return None
    avgdl = tokens / rows
    weights = [idf(rows, hits(key)) for key in keys]
    bounds = {key: lists[key].bound * max(1.0, avgdl / lists[key].avgdl) * (1 + ROOM)
              for key in names}
    outside = 0.0  # the best a paragraph in no list can score
    for weight, key in zip(weights, keys, strict=True):
        outside += weight * bounds[key]
    others = outside
    exact: Scored = []
    partial: list[int] = []
    for pid, terms in found.items():
        score = 0.0
        whole = True
        for weight, key in zip(weights, keys, strict=True):
            if key in terms:
                f, length = terms[key]
                score += weight * term_score(f, length, avgdl)
            else:
                whole = False
                score += weight * bounds[key]
        if whole:
            exact.append((score, pid))
        else:
            partial.append(pid)
            others = max(others, score * (1 + ROOM))
    exact.sort(key=lambda pair: (-pair[0], -pair[1]))
    kept = without(exact)
    if len(kept) >= limit and kept[limit - 1][0] > others:
        return [(pid, score) for score, pid in kept[:limit]]
    if score_of is None or not partial or len(partial) > MAX_PARTIAL:
        return None
    merged = sorted(kept + score_of(partial), key=lambda pair: (-pair[0], -pair[1]))
    if len(merged) < limit or not merged[limit - 1][0] > outside:
        return None
    return [(pid, score) for score, pid in merged[:limit]]


def _without(connection: Connection, ordered: list[tuple[float, int]],
             negated: Sequence[str], limit: int) -> list[tuple[float, int]]:
    """The first `limit` of `ordered` that have none of the words or phrases `negated`."""
    kept: list[tuple[float, int]] = []
    at = 0
    while len(kept) < limit and at < len(ordered):
        batch = ordered[at:at + 2 * limit]
        at += len(batch)
        ids = ", ".join(str(int(pid)) for _score, pid in batch)
        excluded: set[int] = set()
        for key in negated:
            # FTS5 looks a word up for each rowid at once; a phrase of several words costs
            # it far more per rowid than one pass over the phrase's matches.
            rowid = "rowid + 0" if " " in key else "rowid"
            excluded.update(row[0] for row in connection.execute(text(
                f"SELECT rowid FROM search_fts WHERE search_fts MATCH :m AND {rowid} IN ({ids})"),
                {"m": phrase_of(key)}))
        kept += [pair for pair in batch if pair[1] not in excluded]
    return kept[:limit]


# Making a list --------------------------------------------------------------------------------

#: The lists this process could not make, for each register (engine): not tried again.
_refused: weakref.WeakKeyDictionary[Engine, set[str]] = weakref.WeakKeyDictionary()


def refused(engine: Engine) -> set[str]:
    """The lists that could not be made on `engine` (a read-only register, a word FTS5
    reads otherwise); kept for the life of the engine."""
    return _refused.setdefault(engine, set())


def wanted(connection: Connection, keys: Iterable[str]) -> list[str]:
    """Of `keys`, those with no list whose words are in at least LIST_MIN_HITS paragraphs
    (and that this process has not failed to make)."""
    names = sorted(set(keys) - refused(connection.engine))
    if not names or not present(connection):
        return []
    have = _lists(connection, names)
    found: list[str] = []
    for key in names:
        if len(found) == BUILD_AT_ONCE:
            break
        if key not in have and hits_of(connection, phrase_of(key)) >= LIST_MIN_HITS:
            found.append(key)
    return found


def build_lists(engine: Engine, keys: Sequence[str]) -> list[str]:
    """Make the lists of `keys` in a writing transaction of their own; returns those made.

    Gives way at once to another writer, and to a register that cannot be written: a list
    is only ever a way to answer faster."""
    made: list[str] = []
    try:
        with engine.execution_options(**{WRITE_OPTION: True}).connect() as connection:
            # Outside any transaction, on the driver's connection (no BEGIN before it).
            raw = connection.connection.dbapi_connection
            assert raw is not None
            waits = int(raw.execute("PRAGMA busy_timeout").fetchone()[0])
            raw.execute("PRAGMA busy_timeout = 0")
            try:
                with connection.begin():
                    fold(connection)
                    for key in keys:
                        if build_list(connection, key):
                            made.append(key)
            finally:
                raw.execute(f"PRAGMA busy_timeout = {waits}")
    except DBAPIError:
        made = []
    refused(engine).update(set(keys) - set(made))
    return made


def build_list(connection: Connection, key: str) -> bool:
    """Make the list of `key` (replacing one there is), in the caller's writing transaction.

    Ranks every match with FTS5's bm25, takes the MEMBERS best and the next one's score as
    the bound. Each member's f is read back from its score, and the score computed again
    here must be FTS5's to the last bit: otherwise (another SQLite's bm25, a word the
    tokenizer reads differently) no list is made."""
    if not _read_as_written(connection, key):
        return False
    rows, tokens = totals(connection)
    if not rows:
        return False
    avgdl = tokens / rows
    phrase = phrase_of(key)
    hits = hits_of(connection, phrase)
    if hits < LIST_MIN_HITS:
        return False
    weight = idf(rows, hits)
    weights = ", ".join(str(w) for _column, w in COLUMN_WEIGHTS)
    best = connection.execute(text(
        f"SELECT rowid, bm25(search_fts, {weights}) AS score FROM search_fts "
        "WHERE search_fts MATCH :m ORDER BY score, rowid DESC LIMIT :n"),
        {"m": phrase, "n": MEMBERS + 1}).all()
    sizes = lengths(connection, [pid for pid, _score in best])
    entries: list[tuple[int, float, int, float]] = []
    for pid, score in best:
        length = sizes.get(pid)
        if length is None:
            return False
        factor = -score / weight
        norm = K1 * (1 - B + B * length / avgdl)
        f = float(round(factor * norm / (K1 + 1.0 - factor))) if factor < K1 + 1.0 else 0.0
        if f <= 0 or weight * term_score(f, length, avgdl) != -score:
            return False
        entries.append((pid, f, length, term_score(f, length, avgdl)))
    members = entries[:MEMBERS]
    bound = entries[MEMBERS][3] if len(entries) > MEMBERS else 0.0
    connection.execute(text(f"DELETE FROM {MEMBER_TABLE} WHERE term = :t"), {"t": key})
    connection.execute(text(f"DELETE FROM {LIST_TABLE} WHERE term = :t"), {"t": key})
    connection.execute(text(
        f"INSERT INTO {LIST_TABLE} (term, bound, total_rows, total_tokens, members) "
        "VALUES (:t, :bound, :rows, :tokens, :members)"),
        {"t": key, "bound": bound, "rows": rows, "tokens": tokens, "members": len(members)})
    connection.execute(text(
        f"INSERT INTO {MEMBER_TABLE} (term, paragraph_id, f, length) "
        "VALUES (:t, :pid, :f, :length)"),
        [{"t": key, "pid": pid, "f": f, "length": length}
         for pid, f, length, _factor in members])
    return True


def _scratch(connection: Connection) -> None:
    """A temporary FTS5 table with the index's tokenizer, and its words (fts5vocab)."""
    columns = ", ".join(f"c{n}" for n in range(len(COLUMN_WEIGHTS)))
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_SCRATCH} USING fts5({columns}, "
        f"tokenize = '{TOKENIZER}')")
    connection.exec_driver_sql(
        f"CREATE VIRTUAL TABLE IF NOT EXISTS temp.{_SCRATCH}_words "
        f"USING fts5vocab(temp, {_SCRATCH}, instance)")


def _read_as_written(connection: Connection, key: str) -> bool:
    """Whether FTS5's tokenizer reads the list's words as exactly those tokens."""
    words = key.rstrip("*")
    read = _read_documents(connection, [(1, words, "", "", "", "", "")])
    return read.get(1, {}).get(0) == words.split(" ")


# Folding changed paragraphs in ------------------------------------------------------------------

def fold(connection: Connection) -> None:
    """Bring the lists up to date with the paragraphs noted as changed, in the caller's
    writing transaction; then forget the notes."""
    if connection.dialect.name != "sqlite":
        return
    try:  # one statement for the usual write (nothing is noted while there is no list)
        changed = [row[0] for row in connection.exec_driver_sql(
            f"SELECT paragraph_id FROM {CHANGE_TABLE} ORDER BY paragraph_id "
            f"LIMIT {FOLD_MAX + 1}")]
    except OperationalError:  # a register of an older schema: no lists
        return
    if not changed:
        return
    lists = {term: List(bound, tokens / rows, members) for term, bound, rows, tokens, members
             in connection.exec_driver_sql(
                 f"SELECT term, bound, total_rows, total_tokens, members FROM {LIST_TABLE}")
             if rows}
    if len(changed) > FOLD_MAX:
        drop_lists(connection)
        return
    if lists:
        _fold_documents(connection, changed, lists)
    connection.exec_driver_sql(
        f"DELETE FROM {CHANGE_TABLE} WHERE paragraph_id IN "
        f"({', '.join(str(int(pid)) for pid in changed)})")


def _fold_documents(connection: Connection, changed: list[int],
                    lists: dict[str, List]) -> None:
    ids = ", ".join(str(int(pid)) for pid in changed)
    documents = connection.exec_driver_sql(
        f"SELECT id, {_CONTENT_COLUMNS} FROM search_fts_content WHERE id IN ({ids})").all()
    sizes = lengths(connection, changed)
    read = _read_documents(connection, documents)
    was: dict[int, set[str]] = defaultdict(set)
    for term, pid in connection.exec_driver_sql(
            f"SELECT term, paragraph_id FROM {MEMBER_TABLE} WHERE paragraph_id IN ({ids})"):
        was[pid].add(term)
    member_delta: dict[str, int] = defaultdict(int)
    phrases = _phrases(lists)
    for pid in changed:
        length = sizes.get(pid)
        document = read.get(pid, {})
        if length is None or length != sum(len(tokens) for tokens in document.values()):
            # Gone, or not read as FTS5 read it: out of every list it was in. A paragraph
            # whose words this cannot read is taken out of every list by dropping them.
            if length is not None:
                drop_lists(connection)
                return
            for term in was[pid]:
                _remove(connection, term, pid)
                member_delta[term] -= 1
            continue
        scores = _per_key(document, lists, phrases)
        for term in was[pid] - scores.keys():  # no longer has the word
            _remove(connection, term, pid)
            member_delta[term] -= 1
        for term, f in scores.items():
            listed = lists[term]
            if term in was[pid]:
                connection.execute(text(
                    f"UPDATE {MEMBER_TABLE} SET f = :f, length = :length "
                    "WHERE term = :t AND paragraph_id = :pid"),
                    {"f": f, "length": length, "t": term, "pid": pid})
            elif term_score(f, length, listed.avgdl) > listed.bound * (1 - ROOM):
                connection.execute(text(
                    f"INSERT INTO {MEMBER_TABLE} (term, paragraph_id, f, length) "
                    "VALUES (:t, :pid, :f, :length)"),
                    {"f": f, "length": length, "t": term, "pid": pid})
                member_delta[term] += 1
    for term, delta in member_delta.items():
        if delta:
            connection.execute(text(
                f"UPDATE {LIST_TABLE} SET members = members + :d WHERE term = :t"),
                {"d": delta, "t": term})


def _remove(connection: Connection, term: str, pid: int) -> None:
    connection.execute(text(
        f"DELETE FROM {MEMBER_TABLE} WHERE term = :t AND paragraph_id = :pid"),
        {"t": term, "pid": pid})


#: A document as FTS5's tokenizer reads it: each column's tokens in order.
Document = dict[int, list[str]]


def _read_documents(connection: Connection,
                    documents: Sequence[Sequence[object]]) -> dict[int, Document]:
    """{paragraph id: its columns' tokens} as FTS5's tokenizer reads them (fts5vocab on a
    temporary FTS5 table with the index's tokenizer)."""
    if not documents:
        return {}
    _scratch(connection)
    columns = ", ".join(f"c{n}" for n in range(len(COLUMN_WEIGHTS)))
    marks = ", ".join(["?"] * (len(COLUMN_WEIGHTS) + 1))
    connection.exec_driver_sql(
        f"INSERT INTO temp.{_SCRATCH} (rowid, {columns}) VALUES ({marks})",
        [tuple(row) for row in documents])
    placed: dict[int, dict[int, dict[int, str]]] = defaultdict(lambda: defaultdict(dict))
    try:
        for term, doc, column, offset in connection.exec_driver_sql(
                f"SELECT term, doc, col, offset FROM temp.{_SCRATCH}_words"):
            placed[doc][int(str(column)[1:])][offset] = term
    finally:
        connection.exec_driver_sql(f"DELETE FROM temp.{_SCRATCH}")
    read: dict[int, Document] = {}
    for doc, by_column in placed.items():
        read[doc] = {column: [tokens[n] for n in sorted(tokens)]
                     for column, tokens in by_column.items()}
    return read


#: The phrase lists by their first word: (name, words, the last word a prefix).
Phrases = dict[str, list[tuple[str, list[str], bool]]]


def _phrases(lists: Iterable[str]) -> Phrases:
    found: Phrases = defaultdict(list)
    for key in lists:
        if " " in key:
            words = key.rstrip("*").split(" ")
            found[words[0]].append((key, words, key.endswith("*")))
    return found


def _per_key(document: Document, lists: dict[str, List], phrases: Phrases) -> dict[str, float]:
    """{list: the document's weighted count of its word or phrase}, for the lists whose
    words it has (a prefix "förslag*" counts every word it begins, as FTS5 does; a phrase
    counts where its words stand one after the other in one column)."""
    weights = [weight for _column, weight in COLUMN_WEIGHTS]
    scores: dict[str, float] = defaultdict(float)
    for column, tokens in document.items():
        weight = weights[column]
        for at, token in enumerate(tokens):
            if token in lists:
                scores[token] += weight
            for end in range(3, len(token) + 1):
                key = token[:end] + "*"
                if key in lists:
                    scores[key] += weight
            for key, words, prefix in phrases.get(token, ()):
                last = len(words) - 1
                if at + last >= len(tokens):
                    continue
                if all(tokens[at + n] == words[n] for n in range(1, last)) and (
                        tokens[at + last].startswith(words[last]) if prefix
                        else tokens[at + last] == words[last]):
                    scores[key] += weight
    return dict(scores)


Ranking = list[tuple[int, float]]


def wrong_answers(names: Iterable[tuple[str, int]],
                  answer: Callable[[str, int], Ranking | None],
                  every_match: Callable[[str, int], Ranking], limit: int = 50) -> int:
    """How many of the lists `names` ((name, members)) answer a search for their own word
    (`answer`) otherwise than ranking every match does (`every_match`); a list that does not
    answer shows nothing wrong. Used by both databases' list_problems."""
    wrong = 0
    for key, members in names:
        n = min(limit, max(1, members // 4))  # as many as the list can answer for
        listed = answer(key, n)
        wrong += listed is not None and listed != every_match(key, n)
    return wrong


def list_problems(connection: Connection) -> int:
    """How many lists answer a search for their own word otherwise than ranking every match
    does (a list edited behind kraftdesk's back); read only."""
    if not present(connection):
        return 0
    weights = ", ".join(str(w) for _column, w in COLUMN_WEIGHTS)

    def every_match(key: str, n: int) -> Ranking:
        return [(pid, -score) for pid, score in connection.execute(text(
            f"SELECT rowid, bm25(search_fts, {weights}) AS s FROM search_fts "
            "WHERE search_fts MATCH :m ORDER BY s, rowid DESC LIMIT :n"),
            {"m": phrase_of(key), "n": n})]

    return wrong_answers(
        connection.exec_driver_sql(f"SELECT term, members FROM {LIST_TABLE}").all(),
        lambda key, n: ranked(connection, [key], [], n), every_match)


def drop_lists(connection: Connection) -> None:
    """Forget every list and every note (they are made again when searched for)."""
    if not present(connection):
        return
    for table in TABLES:
        connection.exec_driver_sql(f"DELETE FROM {table}")
