# SPDX-License-Identifier: EUPL-1.2
"""The ranked lists of common words (kraftdesk.register.search_lists, issue 19, and
search_lists_postgresql, issue 18): a search answered from them gives the hits ranking every
match gives (bm25 on both databases: FTS5's own on SQLite, computed by PostgreSQL there), in
the same order with the same scores, after every kind of write, a change behind kraftdesk's
back, a damaged list and a locked or read-only register.

The lists are made small here (a word in 30 paragraphs gets a list of 12), so a register of
a few hundred paragraphs exercises what a 30-year register does with 400 of 137,000."""

from __future__ import annotations

import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import delete, select, text, update

from kraftdesk.register import search_lists, search_lists_postgresql
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    DecisionPoint,
    Organisation,
    Paragraph,
    Person,
    Statement,
    StatementAuthor,
)
from kraftdesk.register.search_lists_postgresql import TEXT_SEARCH_CONFIG, weighted_count
from kraftdesk.services import search as search_service
from kraftdesk.services.search import (
    COLUMN_WEIGHTS,
    Term,
    fts5_query,
    parse_query,
    search,
    tsquery,
)
from tests import factories as f
from tests.search.helpers import Seeded, add_paragraph, add_statement, seed

WORDS = ("budget", "budgeten", "förslag", "förslaget", "nämnd", "nämnden", "förskola",
         "skola", "anslaget", "till", "förfogande", "stadskontoret", "ks", "kf", "motion",
         "yttrande", "särskilt", "plan", "avslag", "bifall", "och", "att", "för", "om")
QUERIES = ("budget", "förslag", "nämnd", "budget förslag", "budget -förskola",
           '"anslaget till förfogande"', "ks", "nämnd -skola -plan", "förs", "motion yttrande",
           'budget -"anslaget till förfogande"',
           '"särskilt yttrande" budget', "om")


@pytest.fixture
def small_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    for module in (search_lists, search_lists_postgresql):
        monkeypatch.setattr(module, "LIST_MIN_HITS", 30)
        monkeypatch.setattr(module, "MEMBERS", 12)
    monkeypatch.setattr(search_lists, "FOLD_MAX", 40)


@pytest.fixture
def answered(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Whether each search since was answered from the lists (True) or by ranking every
    match (False)."""
    seen: list[bool] = []
    for module in (search_lists, search_lists_postgresql):
        def spy(*args: object, _ranked: object = module.ranked, **kwargs: object) -> object:
            result = _ranked(*args, **kwargs)  # type: ignore[operator]
            seen.append(result is not None)
            return result

        monkeypatch.setattr(module, "ranked", spy)
    yield seen


def _sentence(rng: random.Random, length: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(length))


def _fill(register: Register, count: int = 240, seed_value: int = 7) -> Seeded:
    seeded = seed(register)
    rng = random.Random(seed_value)
    with register.write() as s:
        for number in range(1, count + 1):
            title = _sentence(rng, rng.randint(1, 4)).capitalize()
            summary = _sentence(rng, rng.randint(0, 60))
            if number % 3 == 0:
                summary += " anslaget till förfogande" * rng.randint(1, 3)
            p = add_paragraph(s, seeded, number, title, summary=summary,
                              points=tuple(_sentence(rng, rng.randint(2, 12))
                                           for _ in range(rng.randint(0, 2))))
            if number % 5 == 0:
                add_statement(s, p, _sentence(rng, rng.randint(3, 20)))
    return seeded


def _every_match_ranked(register: Register, query: str,
                        limit: int) -> list[tuple[int, float]]:
    """The ranking over every match, written out here: FTS5's bm25; on PostgreSQL the same
    formula over the documents' weighted counts (which test_same_ranking holds equal to
    FTS5's), with the totals and the words' paragraph counts counted here, not read from
    what the index's triggers keep."""
    if not register.is_sqlite:
        return _pg_bm25(register, parse_query(query), limit)
    weights = ", ".join(str(weight) for _column, weight in COLUMN_WEIGHTS)
    with register.read_rows() as connection:
        return [(pid, -score) for pid, score in connection.execute(text(
            f"SELECT rowid, bm25(search_fts, {weights}) AS s FROM search_fts "
            "WHERE search_fts MATCH :m ORDER BY s, rowid DESC LIMIT :n"),
            {"m": fts5_query(parse_query(query)), "n": limit})]


def _pg_bm25(register: Register, terms: list[Term], limit: int) -> list[tuple[int, float]]:
    def query(name: str) -> str:
        return f"to_tsquery('{TEXT_SEARCH_CONFIG}', :{name})"

    asked = [tsquery([Term(term.tokens)]) for term in terms if not term.negated]
    with register.read_rows() as connection:
        rows, tokens = connection.execute(text(
            "SELECT count(*), sum(length) FROM search_fts")).one()
        params: dict[str, object] = {"m": tsquery(terms), "n": limit,
                                     "avgdl": float(tokens) / rows}
        parts = []
        for n, key in enumerate(asked):
            hits = connection.execute(text(
                f"SELECT count(*) FROM search_fts WHERE document @@ {query('k')}"),
                {"k": key}).scalar_one()
            params[f"k{n}"], params[f"w{n}"] = key, search_lists.idf(rows, hits)
            f = weighted_count(query(f"k{n}"), "document")
            parts.append(f":w{n} * (({f} * 2.2::float8) / ({f} + 1.2::float8 * "
                         "(0.25::float8 + 0.75::float8 * length / CAST(:avgdl AS float8))))")
        return [(pid, float(score)) for pid, score in connection.execute(text(
            f"SELECT paragraph_id, {' + '.join(parts)} AS s FROM search_fts "
            f"WHERE document @@ {query('m')} ORDER BY s DESC, paragraph_id DESC LIMIT :n"),
            params)]


def _same_as_bm25(register: Register, query: str, limit: int = 8) -> None:
    hits = search(register, query, limit=limit)
    assert [(hit.paragraph_id, hit.score) for hit in hits] == \
        _every_match_ranked(register, query, limit), query


def _lists(register: Register) -> dict[str, int]:
    with register.read_rows() as connection:
        return dict(connection.execute(text("SELECT term, members FROM search_fts_list")).all())


def _pending(register: Register) -> int:
    with register.read_rows() as connection:
        return connection.execute(text("SELECT count(*) FROM search_fts_change")).scalar_one()


def test_the_lists_give_bm25s_hits_in_bm25s_order(register: Register, small_lists: None,
                                                  answered: list[bool]) -> None:
    _fill(register)
    for query in QUERIES:  # the first search of a common word makes its list
        _same_as_bm25(register, query)
    made = _lists(register)
    if register.is_sqlite:
        assert {"budget*", "förslag*", "nämnd*", "anslaget till förfogande*", "ks",
                "om"} <= set(made)
    else:
        assert {"(('budget':*))", "(('förslag':*))", "(('nämnd':*))",
                "(('anslaget' <-> 'till' <-> 'förfogande':*))", "(('ks'))",
                "(('om'))"} <= set(made)
    assert all(members == 12 for members in made.values())
    from_lists = set()
    for query in QUERIES:
        for limit in (1, 3, 8):
            answered.clear()
            _same_as_bm25(register, query, limit)
            if answered == [True]:
                from_lists.add(query)
    # The single words and the phrase are answered from their lists; a query the lists
    # cannot decide (few paragraphs in every list) went to FTS5 and agrees all the same.
    assert {"budget", "förslag", "nämnd", "budget -förskola", '"anslaget till förfogande"',
            "ks"} <= from_lists, from_lists


def test_the_lists_follow_every_write(register: Register, small_lists: None,
                                      answered: list[bool]) -> None:
    seeded = _fill(register)
    for query in QUERIES:
        search(register, query)
    rng = random.Random(11)
    with register.write() as s:  # a new paragraph full of the word, with it in its title
        add_paragraph(s, seeded, 900, "Budget budget", summary="budget " * 3)
    if register.is_sqlite:
        assert _pending(register) == 0  # the write folded its change in
    _same_as_bm25(register, "budget")
    assert search(register, "budget", limit=1)[0].reference == "KS:2026:900"

    best = search(register, "förslag", limit=3)
    with register.write() as s:  # the best paragraphs lose the word, one is deleted
        for hit in best[:2]:
            s.execute(update(Paragraph).where(Paragraph.id == hit.paragraph_id)
                      .values(title="Ärende", summary="inget här"))
        s.execute(delete(Statement).where(Statement.paragraph_id == best[2].paragraph_id))
        s.execute(delete(DecisionPoint)
                  .where(DecisionPoint.paragraph_id == best[2].paragraph_id))
        s.execute(delete(Paragraph).where(Paragraph.id == best[2].paragraph_id))
    _same_as_bm25(register, "förslag")

    with register.write() as s:  # statements and a person's name reach the documents
        person = f.person(s, s.get_one(Organisation, seeded.organisation_id),
                          "Nämnd Nämndsson")
        paragraph = s.get_one(Paragraph, search(register, "ks", limit=1)[0].paragraph_id)
        statement = add_statement(s, paragraph, "nämnd " * 6, position=9)
        s.add(StatementAuthor(statement_id=statement.id, person_id=person.id, position=1))
    with register.write() as s:
        s.execute(update(Person).where(Person.id == person.id).values(name="Ks Ksson"))
    for query in QUERIES:
        _same_as_bm25(register, query)

    answered.clear()
    for _round in range(6):  # many small writes, each searched after
        with register.write() as s:
            pid = rng.choice(s.scalars(select(Paragraph.id)).all())
            s.execute(update(Paragraph).where(Paragraph.id == pid)
                      .values(summary=_sentence(rng, rng.randint(0, 80))))
        for query in ("budget", "nämnd", "om"):
            _same_as_bm25(register, query)
    assert all(answered)  # every one from the lists, kept current by the writes


@pytest.mark.sqlite_only
def test_a_change_behind_kraftdesks_back_is_never_missed(
        register: Register, register_path: Path, small_lists: None,
        answered: list[bool]) -> None:
    _fill(register)
    search(register, "budget")
    assert "budget*" in _lists(register)
    raw = sqlite3.connect(register_path)
    with raw:
        raw.execute("UPDATE paragraph SET title = 'Budget budget budget' WHERE number = 17")
    raw.close()
    assert _pending(register) == 1  # the index's trigger noted it
    answered.clear()
    _same_as_bm25(register, "budget")
    assert answered == [False]  # not from a list that has not seen the change
    assert search(register, "budget", limit=1)[0].reference == "KS:2026:17"
    with register.write():  # the next kraftdesk write takes it in
        pass
    assert _pending(register) == 0
    answered.clear()
    _same_as_bm25(register, "budget")
    assert answered == [True]


def test_a_damaged_list_is_not_trusted(register: Register, small_lists: None,
                                       answered: list[bool]) -> None:
    _fill(register)
    search(register, "budget")
    with register.write() as s:  # a member taken out behind the list's back
        s.execute(text("DELETE FROM search_fts_member WHERE paragraph_id = "
                       "(SELECT min(paragraph_id) FROM search_fts_member)"))
    answered.clear()
    _same_as_bm25(register, "budget")
    assert answered == [False]


@pytest.mark.sqlite_only
def test_many_changes_at_once_drop_the_lists(register: Register, small_lists: None) -> None:
    _fill(register)
    search(register, "budget")
    with register.write() as s:  # more than FOLD_MAX paragraphs in one write
        s.execute(update(Paragraph).values(summary=Paragraph.summary + " budget"))
    assert _lists(register) == {}
    assert _pending(register) == 0
    _same_as_bm25(register, "budget")
    assert "budget*" in _lists(register)  # made again by that search


@pytest.mark.sqlite_only
def test_a_locked_or_read_only_register_is_searched_without_lists(
        register: Register, register_path: Path, small_lists: None) -> None:
    _fill(register)
    holder = sqlite3.connect(register_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another writer holds the register
    try:
        _same_as_bm25(register, "budget")  # no wait for the writer: no list
        assert _lists(register) == {}
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    register.close()
    from kraftdesk.register.migrate import open_register

    # Opened read-only (SQLite's mode=ro; a read-only file is the same to SQLite).
    reading = open_register(f"sqlite:///file:{register_path}?mode=ro&uri=true", create=False)
    try:
        _same_as_bm25(reading, "budget")
        assert _lists(reading) == {}
    finally:
        reading.close()


def test_a_rebuilt_index_starts_without_lists(register: Register, small_lists: None) -> None:
    from kraftdesk.register.fulltext import rebuild_index

    _fill(register)
    search(register, "budget")
    with register.write() as s:
        rebuild_index(s.connection())
    assert _lists(register) == {}
    _same_as_bm25(register, "budget")


@pytest.mark.sqlite_only
def test_a_word_the_tokenizer_reads_otherwise_gets_no_list(register: Register,
                                                            small_lists: None) -> None:
    """"İ" lower-cases to two characters in Python, one in FTS5: no list for such a word,
    and the hits are still bm25's."""
    seeded = seed(register)
    with register.write() as s:
        for number in range(1, 60):
            add_paragraph(s, seeded, number, "İzmir" if number % 3 else "Ärende",
                          summary="İzmir " * (number % 4))
    _same_as_bm25(register, "İzmir")
    assert _lists(register) == {}


def test_search_service_module_keeps_its_names() -> None:
    assert search_service.COLUMN_WEIGHTS is search_lists.COLUMN_WEIGHTS


def test_verify_finds_a_list_edited_behind_its_back_and_reindex_mends_it(
        register: Register, small_lists: None) -> None:
    from kraftdesk.services.database_admin import rebuild_search_index
    from kraftdesk.services.verify import verify_register

    _fill(register)
    search(register, "budget")
    assert verify_register(register).ok
    with register.write() as s:  # the worst member made the best
        s.execute(text("UPDATE search_fts_member SET f = f * 40 WHERE paragraph_id = "
                       "(SELECT paragraph_id FROM search_fts_member ORDER BY f LIMIT 1)"))
    (problem,) = verify_register(register).problems
    assert problem == (
        "1 lista över vanliga ords bästa träffar stämmer inte med sökindexet; en sökning på "
        "det ordet kan visa fel träffar. Protokollen är inte berörda. Bygg om sökindexet med "
        "«kraftdesk db reindex» (i appen: Arkiv ▸ Bygg om sökindexet).")
    rebuild_search_index(register.url if register.is_sqlite else
                         register.engine.url.render_as_string(hide_password=False))
    assert verify_register(register).ok
    assert _lists(register) == {}
    _same_as_bm25(register, "budget")


def test_a_query_of_many_common_words_makes_two_lists_at_a_time(register: Register,
                                                                 small_lists: None) -> None:
    """A query of a dozen common words (pasted, or typed by someone trying) does not make a
    dozen lists before it answers: two a search."""
    _fill(register)
    query = "budget förslag nämnd skola plan motion yttrande avslag bifall"
    _same_as_bm25(register, query)
    assert len(_lists(register)) == 2
    _same_as_bm25(register, query)
    assert len(_lists(register)) == 4


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_postgresql_keeps_its_totals_and_tells_when_they_are_wrong(
        register: Register, small_lists: None) -> None:
    """bm25 on PostgreSQL reads the index's totals and each list's paragraph count from what
    the index's triggers keep: right after every kind of write, told by verify when edited
    behind kraftdesk's back, mended by reindex."""
    from kraftdesk.services.database_admin import rebuild_search_index
    from kraftdesk.services.verify import verify_register

    def kept_right() -> None:
        with register.read_rows() as connection:
            assert connection.execute(text(
                "SELECT documents, tokens FROM search_fts_total")).all() == \
                connection.execute(text(
                    "SELECT count(*), sum(length) FROM search_fts")).all()
            for key, hits in connection.execute(text("SELECT term, hits FROM search_fts_list")):
                assert hits == search_lists_postgresql.hits_of(connection, key), key

    seeded = _fill(register)
    for query in QUERIES:
        search(register, query)
    kept_right()
    with register.write() as s:
        add_paragraph(s, seeded, 900, "Budget förslag", summary="budget nämnd " * 5)
        s.execute(update(Paragraph).where(Paragraph.number == 3)
                  .values(summary="inget av orden"))
        s.execute(delete(Statement).where(Statement.paragraph_id.in_(
            select(Paragraph.id).where(Paragraph.number == 5))))
        s.execute(delete(DecisionPoint).where(DecisionPoint.paragraph_id.in_(
            select(Paragraph.id).where(Paragraph.number == 5))))
        s.execute(delete(Paragraph).where(Paragraph.number == 5))
    kept_right()
    for query in QUERIES:
        _same_as_bm25(register, query)
    assert verify_register(register).ok

    def told_and_mended(edit: str, told: str) -> None:
        with register.write() as s:  # behind kraftdesk's back
            s.execute(text(edit))
        (problem,) = verify_register(register).problems
        assert problem.startswith(told)
        rebuild_search_index(register.engine.url.render_as_string(hide_password=False))
        assert verify_register(register).ok
        kept_right()

    told_and_mended("UPDATE search_fts_total SET tokens = tokens + 7",  # words counted wrong
                    "Sökindexets räkning av paragrafer och ord stämmer inte med indexet; "
                    "sökningen kan ordna träffarna fel.")
    search(register, "budget")
    told_and_mended("UPDATE search_fts_list SET hits = hits + 3",  # a list's paragraph count
                    "1 lista över vanliga ords bästa träffar stämmer inte med sökindexet")


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_postgresql_scores_the_paragraphs_in_some_lists_when_the_lists_cannot_tell(
        register: Register, small_lists: None, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two common words that seldom stand together: few paragraphs are in both lists. The
    paragraphs in one of them are scored by the server (a few, not every match), and the
    answer is still bm25's over every match."""
    scored: list[int] = []
    every_match = search_lists_postgresql.every_match

    def spy(connection: object, keys: object, match: str, limit: int,
            ids: list[int] | None = None) -> object:
        if ids is not None:
            scored.append(len(ids))
        return every_match(connection, keys, match, limit, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(search_lists_postgresql, "every_match", spy)
    _fill(register)
    decided = 0
    for query in ("budget förslag", "motion yttrande", "nämnd skola", "plan avslag",
                  "budget -förskola förslag", "särskilt bifall"):
        for limit in (1, 3, 8):
            before = len(scored)
            with register.read_rows() as connection:
                terms = parse_query(query)
                keys = search_service._keys(connection, terms)
                negated = search_service._keys(connection, terms, negated=True)
                if search_lists_postgresql.wanted(connection, keys):
                    search_lists_postgresql.build_lists(register.engine, keys)
            _same_as_bm25(register, query, limit)
            with register.read_rows() as connection:
                answer = search_lists_postgresql.ranked(connection, keys, negated, limit)
            if answer is not None and len(scored) > before:
                decided += 1
    assert decided >= 3, (decided, scored)
    assert scored and max(scored) <= 3 * 12  # a list's paragraphs, never every match
