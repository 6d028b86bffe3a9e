# SPDX-License-Identifier: EUPL-1.2
"""Full-text search over paragraphs and their statements, ranked, with a highlighted snippet.

    search(register, "kraftsamlande insatser")  -> [SearchHit, …]  best first

What is searched: each paragraph's title, its case (diarienummer and title), summary,
decision points, statement texts and free sections, as one document per paragraph kept
current by the register's own triggers (migration 0003). A paragraph is found when every
word of the query occurs in it.

How a query is read (the same on SQLite and PostgreSQL):
- words are letters and digits; everything else separates them, so quotes, brackets, "*",
  ":" and the words AND/OR/NOT are ordinary text and never query syntax;
- every word of three letters or more also finds longer words it begins ("nämnd" finds
  "nämnden" and "nämndsekreterare"); shorter words must match whole ("KS", "17");
- å, ä and ö are letters of their own: "Malmö" never finds "Malmo"; case does not matter;
- "…" around several words asks for them in that order ("särskilt yttrande");
- a minus before a word or a quoted phrase leaves out paragraphs that contain it
  ("budget -förskola");
- a diarienummer is a phrase of its parts: "STK-2024-1374".
A query with no word to look for is refused with a Swedish message (UserError).

Ranking: bm25 over every match, the same on both databases, with the title weighted
highest, then the case, then decision points, then the rest (COLUMN_WEIGHTS): FTS5's own on
SQLite; on PostgreSQL the same formula computed by the server from its tsvector, built with
Swedish stemming and no stop words (search_lists_postgresql; so a word also finds its
inflected forms there, and "om" is a word like any other). The same register gives the same
hits in the same order with the same scores on both, wherever both read the words alike
(docs/performance.md, "PostgreSQL"). Equal scores: newest first. Words left out with a
minus only leave paragraphs out; they change no score. A statement is found by its text,
its kind as the minutes say it ("reservation", "särskilt yttrande") and its authors' names
(migration 0100_i19_search).

A word or phrase in thousands of paragraphs is ranked from its list of best paragraphs
(kraftdesk.register.search_lists on SQLite, search_lists_postgresql): the same hits in the
same order, with the same scores, as ranking every match; the first search for such a word
makes its list.

Snippets are made here, not by the database, for the chosen hits only: about SNIPPET_CHARS
characters of the column where most query words occur, the matched words between MARK_START
and MARK_END (control characters that never occur in register text); front ends render
them with render_snippet(), snippet_parts() or match_spans().

like_search() is the plain LIKE scan the benchmark compares with: no index, no ranking.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from kraftdesk.domain.errors import UserError
from kraftdesk.register import search_lists, search_lists_postgresql
from kraftdesk.register.search_lists import COLUMN_WEIGHTS

if TYPE_CHECKING:
    from kraftdesk.register.database import Register

MARK_START = "\x02"
MARK_END = "\x03"
ELLIPSIS = "…"

#: Words of at least this many letters also match as the beginning of longer words.
PREFIX_MIN_LENGTH = 3
MAX_TERMS = 32
#: A query longer than this is refused (a pasted document is no query; the message would
#: otherwise repeat it whole).
MAX_QUERY_CHARS = 500
MAX_LIMIT = 1000
#: A snippet is about this many characters; it is anchored at one of the first matches.
SNIPPET_CHARS = 160
MAX_SNIPPET_ANCHORS = 20


_TERM = re.compile(r'(?P<neg>-?)(?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))')
_TOKEN = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Term:
    """One term of a query: a word, or a phrase of words in order; negated with a minus."""

    tokens: tuple[str, ...]
    negated: bool = False


@dataclass(frozen=True)
class SearchHit:
    paragraph_id: int
    meeting_id: int
    reference: str  # "KS:2026:16" (an unnumbered item: "KS:2026-01-07 punkt 3")
    body_short_name: str
    meeting_date: date
    number: int | None
    title: str
    case_number: str | None
    snippet: str  # matched words between MARK_START and MARK_END
    score: float  # higher is better


# Reading the query ---------------------------------------------------------------------------

def parse_query(query: str) -> list[Term]:
    """The terms of a user's query; raises UserError when there is nothing to look for."""
    if len(query) > MAX_QUERY_CHARS:
        from kraftdesk.text.formats import amount  # Babel: only for this message

        raise UserError(f"Sökningen är {amount(len(query))} tecken lång; använd högst "
                        f"{MAX_QUERY_CHARS} tecken.", field="sök")
    terms: list[Term] = []
    for match in _TERM.finditer(query):
        chunk = match["phrase"] if match["phrase"] is not None else match["word"]
        tokens = tuple(token.lower() for token in _TOKEN.findall(chunk or ""))
        if tokens:
            terms.append(Term(tokens, negated=bool(match["neg"])))
    if not any(not term.negated for term in terms):
        if terms:
            raise UserError(
                "Sökningen behöver minst ett ord som ska finnas med; ord med minus framför "
                "utesluter bara träffar.", field="sök")
        raise UserError("Skriv minst ett ord att söka efter (bokstäver eller siffror).",
                        field="sök")
    if len(terms) > MAX_TERMS:
        raise UserError(f"Sökningen har {len(terms)} ord; använd högst {MAX_TERMS}.",
                        field="sök")
    return terms


def _is_prefix(token: str) -> bool:
    return len(token) >= PREFIX_MIN_LENGTH


def fts5_query(terms: Sequence[Term]) -> str:
    """The FTS5 MATCH expression: only quoted tokens, parentheses and AND/NOT of our own."""

    def phrase(term: Term) -> str:
        quoted = '"' + " ".join(term.tokens) + '"'
        return quoted + " *" if _is_prefix(term.tokens[-1]) else quoted

    positive = " AND ".join(phrase(t) for t in terms if not t.negated)
    negative = " OR ".join(phrase(t) for t in terms if t.negated)
    return f"({positive}) NOT ({negative})" if negative else f"({positive})"


def tsquery(terms: Sequence[Term]) -> str:
    """The PostgreSQL to_tsquery text with the same meaning as fts5_query()."""

    def phrase(term: Term) -> str:
        lexemes = [f"'{token}'" for token in term.tokens]
        if _is_prefix(term.tokens[-1]):
            lexemes[-1] += ":*"
        return "(" + " <-> ".join(lexemes) + ")"

    positive = " & ".join(phrase(t) for t in terms if not t.negated)
    negative = [f"!{phrase(t)}" for t in terms if t.negated]
    return " & ".join([f"({positive})", *negative])


# Searching -----------------------------------------------------------------------------------

def search(register: Register, query: str, *, limit: int = 50) -> list[SearchHit]:
    """The paragraphs matching `query`, best first, at most `limit`.

    Plain SQL on `Register.read_rows()`: nothing of the ORM is needed (`kraftdesk search`
    opens the register with kraftdesk.services.read_only). The first search for a word in
    very many paragraphs makes its ranked list (kraftdesk.register.search_lists) and then
    reads it."""
    terms = parse_query(query)
    limit = max(1, min(limit, MAX_LIMIT))
    with register.read_rows() as connection:
        lists = _lists_of(connection)
        missing = lists.wanted(connection, _keys(connection, terms)) \
            if limit <= lists.MAX_LIMIT else []
        if not missing:
            return _hits(connection, _ranked(connection, terms, limit), terms)
    lists.build_lists(register.engine, missing)
    with register.read_rows() as connection:
        return _hits(connection, _ranked(connection, terms, limit), terms)


def _lists_of(connection: Connection) -> Any:
    """The ranked lists (and bm25) of this database: FTS5's on SQLite, the server's own on
    PostgreSQL."""
    if connection.dialect.name == "postgresql":
        return search_lists_postgresql
    return search_lists


def _keys(connection: Connection, terms: Sequence[Term], *, negated: bool = False) -> list[str]:
    """The names of the lists of the words and phrases a query asks for (with `negated`:
    those it leaves out), in the query's order: search_lists.list_key's on SQLite; on
    PostgreSQL each term's tsquery (also what its bm25 scores)."""
    chosen = [term for term in terms if term.negated == negated]
    if connection.dialect.name == "postgresql":
        return [tsquery([Term(term.tokens)]) for term in chosen]
    return [search_lists.list_key(term.tokens, _is_prefix(term.tokens[-1]))
            for term in chosen]


def _ranked(connection: Connection, terms: Sequence[Term],
            limit: int) -> list[tuple[int, float]]:
    """(paragraph id, score) of the best `limit` documents, best first: from the words'
    lists when they can tell (the same hits in the same order as ranking every match,
    reading a few hundred rows), otherwise ranking every match."""
    listed = _lists_of(connection).ranked(connection, _keys(connection, terms),
                                          _keys(connection, terms, negated=True), limit)
    if listed is not None:
        return listed  # type: ignore[no-any-return]
    if connection.dialect.name == "postgresql":  # bm25 computed by the server
        return search_lists_postgresql.every_match(
            connection, _keys(connection, terms), tsquery(terms), limit)
    return _rank_every_match(connection, terms, limit)


def _rank_every_match(session: Connection, terms: Sequence[Term],
                      limit: int) -> list[tuple[int, float]]:
    """SQLite: bm25 over every match (one pass over the index, the best kept by SQLite's
    sorter)."""
    weights = ", ".join(str(weight) for _column, weight in COLUMN_WEIGHTS)
    rows = session.execute(
        text(f"SELECT rowid, bm25(search_fts, {weights}) AS score FROM search_fts "
             "WHERE search_fts MATCH :match ORDER BY score, rowid DESC LIMIT :limit"),
        {"match": fts5_query(terms), "limit": limit},
    ).all()
    # bm25 is lower for better matches; a hit's score is higher for better ones.
    return [(pid, -score) for pid, score in rows]


_DETAILS = (
    "SELECT p.id, p.meeting_id, b.short_name, m.starts_at, p.series, p.number, p.position, "
    'p.title, c.number{documents} FROM paragraph p JOIN meeting m ON m.id = p.meeting_id '
    'JOIN body b ON b.id = p.body_id LEFT JOIN "case" c ON c.id = p.case_id{join} '
    "WHERE p.id IN ({ids})"
)


def _hits(session: Connection, ranked: Sequence[tuple[int, float]],
          terms: Sequence[Term] | None) -> list[SearchHit]:
    """The hits in the order given; with `terms`, each with its snippet.

    One query reads where each paragraph is and, for snippets, its indexed text.
    """
    if not ranked:
        return []
    ids = [pid for pid, _score in ranked]
    placeholders = ", ".join(f":id{n}" for n in range(len(ids)))
    columns = [column for column, _weight in COLUMN_WEIGHTS]
    documents, join = "", ""
    if terms is not None:
        key = "rowid" if session.dialect.name == "sqlite" else "paragraph_id"
        documents = "".join(f", f.{column}" for column in columns)
        join = f" JOIN search_fts f ON f.{key} = p.id"
    rows = session.execute(
        text(_DETAILS.format(documents=documents, join=join, ids=placeholders)),
        {f"id{n}": pid for n, pid in enumerate(ids)})
    details = {row[0]: row for row in rows}
    hits = []
    for pid, score in ranked:
        row = details.get(pid)
        if row is None:  # the index lags behind the paragraphs: never expected
            continue
        _id, meeting_id, short, starts_at, series, number, position, title, case_number = row[:9]
        snippet = ("" if terms is None else
                   make_snippet(dict(zip(columns, row[9:], strict=True)), terms))
        starts = _datetime(starts_at)
        reference = (f"{short}:{series}:{number}" if number is not None
                     else f"{short}:{starts.date().isoformat()} punkt {position}")
        hits.append(SearchHit(
            paragraph_id=pid, meeting_id=meeting_id, reference=reference,
            body_short_name=short, meeting_date=starts.date(), number=number, title=title,
            case_number=case_number, snippet=snippet, score=score))
    return hits


def _datetime(value: Any) -> datetime:
    """starts_at as read by text() SQL: a datetime (PostgreSQL) or its ISO text (SQLite)."""
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


# Making snippets -----------------------------------------------------------------------------

#: Which column a snippet comes from when several match equally well.
SNIPPET_PREFERENCE = ("summary", "decisions", "statements", "sections", "title", "case_ref")


def _wanted(terms: Sequence[Term]) -> list[tuple[str, bool]]:
    """(token, may be a prefix) for every token of the positive terms."""
    wanted: list[tuple[str, bool]] = []
    for term in terms:
        if term.negated:
            continue
        for index, token in enumerate(term.tokens):
            wanted.append((token, index == len(term.tokens) - 1 and _is_prefix(token)))
    return wanted


def _pattern(wanted: Sequence[tuple[str, bool]]) -> re.Pattern[str]:
    """Finds the wanted tokens in lower-cased text, one named group per token.

    A prefix token matches the words it begins, others whole words only.
    """
    prefix_tail, word_end = r"\w*", r"\b"
    parts = [f"(?P<t{n}>{re.escape(token)}){prefix_tail if prefix else word_end}"
             for n, (token, prefix) in enumerate(wanted)]
    return re.compile(r"\b(?:" + "|".join(parts) + ")")


def make_snippet(document: dict[str, str], terms: Sequence[Term], *,
                 width: int = SNIPPET_CHARS) -> str:
    """A passage of about `width` characters where most query words occur, matches marked.

    Made here rather than by the database, so both dialects show the same snippet and only
    the chosen hits cost anything (FTS5's snippet() re-runs the whole query for each row).
    Matching runs on lower-cased text, as FTS5 folds case; å, ä and ö stay letters.
    """
    wanted = _wanted(terms)
    pattern = _pattern(wanted) if wanted else None
    best: tuple[tuple[int, int, int], str, list[re.Match[str]]] | None = None
    for rank, column in enumerate(SNIPPET_PREFERENCE):
        value = document.get(column) or ""
        lower = value.lower()
        if pattern is None or not any(token in lower for token, _prefix in wanted):
            continue
        if len(lower) == len(value):
            found = list(pattern.finditer(lower))
        else:  # a letter whose lower case is longer ("İ"): positions must be the original's
            found = list(re.compile(pattern.pattern, re.IGNORECASE).finditer(value))
        if not found:
            continue
        key = (len({m.lastgroup for m in found}), len(found), -rank)
        if best is None or key > best[0]:
            best = (key, value, found)
    if best is None:
        value = document.get("summary") or document.get("title") or ""
        return _render(value, 0, width, [])
    _key, value, found = best
    begin = _best_window(found, width, len(value))
    return _render(value, begin, begin + width, found)


def _best_window(found: Sequence[re.Match[str]], width: int, length: int) -> int:
    """Where the stretch of `width` characters with the most distinct, then most, matches
    begins: a little before one of the matches, or earlier when the text ends sooner."""
    lead = width // 5
    best, best_key = 0, (-1, -1)
    for anchor in found[:MAX_SNIPPET_ANCHORS]:
        begin = max(0, min(anchor.start() - lead, length - width))
        inside = [m.lastgroup for m in found if begin <= m.start() and m.end() <= begin + width]
        key = (len(set(inside)), len(inside))
        if key > best_key:
            best, best_key = begin, key
    return best


def _render(value: str, begin: int, end: int, found: Sequence[re.Match[str]]) -> str:
    """value[begin:end] cut at word boundaries, with ellipses, matches inside it marked."""
    if begin > 0:
        space = value.find(" ", begin)
        first_match = min((m.start() for m in found if m.start() >= begin), default=end)
        begin = space + 1 if 0 <= space < first_match else begin
    if end < len(value):
        space = value.rfind(" ", begin, end)
        last_match = max((m.end() for m in found if m.end() <= end), default=begin)
        end = space if space > last_match else end
    else:
        end = len(value)
    pieces = [ELLIPSIS if begin > 0 else ""]
    cursor = begin
    for match in found:
        if match.start() < begin or match.end() > end:
            continue
        pieces += [value[cursor:match.start()], MARK_START, value[match.start():match.end()],
                   MARK_END]
        cursor = match.end()
    pieces += [value[cursor:end], ELLIPSIS if end < len(value) else ""]
    return " ".join("".join(pieces).split())


# Rendering snippets --------------------------------------------------------------------------

def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """The snippet as (text, is_match) pieces, for a front end to style."""
    parts: list[tuple[str, bool]] = []
    for index, piece in enumerate(re.split(f"[{MARK_START}{MARK_END}]", snippet)):
        if piece:
            parts.append((piece, index % 2 == 1))
    return parts


def render_snippet(snippet: str, *, start: str = "[", end: str = "]") -> str:
    """The snippet with the matched words between `start` and `end`."""
    return "".join(f"{start}{piece}{end}" if match else piece
                   for piece, match in snippet_parts(snippet))


def match_spans(snippet: str) -> tuple[str, list[tuple[int, int]]]:
    """(plain text, [(start, end), …] of the matched words in it)."""
    plain, spans, offset = [], [], 0
    for piece, match in snippet_parts(snippet):
        if match:
            spans.append((offset, offset + len(piece)))
        plain.append(piece)
        offset += len(piece)
    return "".join(plain), spans


# The plain scan, for comparison ---------------------------------------------------------------

_LIKE_FIELDS = (
    "p.title {like} :{w} ESCAPE '\\' OR p.summary {like} :{w} ESCAPE '\\' "
    "OR c.number {like} :{w} ESCAPE '\\' OR c.title {like} :{w} ESCAPE '\\' "
    "OR EXISTS (SELECT 1 FROM decision_point d WHERE d.paragraph_id = p.id "
    "AND d.text {like} :{w} ESCAPE '\\') "
    "OR EXISTS (SELECT 1 FROM statement s WHERE s.paragraph_id = p.id "
    "AND s.text {like} :{w} ESCAPE '\\') "
    "OR EXISTS (SELECT 1 FROM paragraph_section x WHERE x.paragraph_id = p.id "
    "AND (x.heading {like} :{w} ESCAPE '\\' OR x.body {like} :{w} ESCAPE '\\'))"
)


def like_search(register: Register, query: str, *, limit: int = 50) -> list[SearchHit]:
    """The same fields scanned with LIKE '%word%' for every word; newest first, no ranking.

    For comparison only: it reads every paragraph, folds case for A–Z only (SQLite's LIKE),
    takes the query's words as they are written, and gives no snippet.
    """
    parse_query(query)  # the same refusal of a query with nothing to look for
    words = [word for word in query.replace('"', " ").split()
             if _TOKEN.search(word) and not word.startswith("-")]
    params: dict[str, Any] = {f"w{n}": "%" + _escape_like(word) + "%"
                              for n, word in enumerate(words)}
    # SQLite's LIKE folds the case of A–Z; PostgreSQL's ILIKE does that (and more).
    like = "LIKE" if register.is_sqlite else "ILIKE"
    where = " AND ".join(f"({_LIKE_FIELDS.format(w=f'w{n}', like=like)})"
                         for n in range(len(words)))
    with register.read_rows() as connection:
        ids = [row[0] for row in connection.execute(
            text('SELECT p.id FROM paragraph p LEFT JOIN "case" c ON c.id = p.case_id '
                 "JOIN meeting m ON m.id = p.meeting_id "
                 f"WHERE {where} ORDER BY m.starts_at DESC, p.position LIMIT :limit"),
            {**params, "limit": max(1, min(limit, MAX_LIMIT))})]
        return _hits(connection, [(pid, 0.0) for pid in ids], None)


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
