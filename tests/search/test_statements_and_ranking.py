# SPDX-License-Identifier: EUPL-1.2
"""Statements are found by their kind and their authors; every match is ranked (issue 19)."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update

from kraftdesk.domain.enums import StatementKind, StatementState
from kraftdesk.register.database import Register
from kraftdesk.register.models import (
    Organisation,
    Paragraph,
    Person,
    Statement,
    StatementAuthor,
)
from kraftdesk.services.search import COLUMN_WEIGHTS, fts5_query, parse_query, search
from tests import factories as f
from tests.databases import TestDatabase
from tests.search.helpers import add_paragraph, add_statement, seed


def refs(register: Register, query: str) -> list[str]:
    return [hit.reference for hit in search(register, query)]


def _authored(register: Register) -> tuple[int, int]:
    """§ 5 with a reservation by Anna Ek and Bo Lind (no text), § 6 with none."""
    seeded = seed(register)
    with register.write() as s:
        org = s.get_one(Organisation, seeded.organisation_id)
        anna, bo = f.person(s, org, "Anna Ek"), f.person(s, org, "Bo Lind")
        p = add_paragraph(s, seeded, 5, "Detaljplan för Hyllie")
        add_paragraph(s, seeded, 6, "Budget för fritidsgårdar")
        statement = Statement(paragraph_id=p.id, position=1, kind=StatementKind.RESERVATION,
                              state=StatementState.ANNOUNCED)
        s.add(statement)
        s.flush()
        s.add_all([StatementAuthor(statement_id=statement.id, person_id=anna.id, position=1),
                   StatementAuthor(statement_id=statement.id, person_id=bo.id, position=2)])
        return statement.id, anna.id


def test_a_reservation_is_found_by_its_kind_and_its_authors(register: Register) -> None:
    statement_id, _anna = _authored(register)
    assert refs(register, "reservation") == ["KS:2026:5"]
    if register.is_sqlite:  # PostgreSQL's Swedish stemming finds the plural too
        assert refs(register, "reservationer") == []  # a longer word is not in the text
    assert refs(register, "reserv") == ["KS:2026:5"]
    assert refs(register, "Ek") == ["KS:2026:5"]
    assert refs(register, '"Bo Lind"') == ["KS:2026:5"]
    (hit,) = search(register, "Lind")
    assert hit.snippet == "Reservation (Anna Ek, Bo \x02Lind\x03)"
    assert refs(register, '"särskilt yttrande"') == []
    with register.write() as s:
        s.execute(update(Statement).where(Statement.id == statement_id)
                  .values(kind=StatementKind.SPECIAL_STATEMENT))
    assert refs(register, '"särskilt yttrande"') == ["KS:2026:5"]
    assert refs(register, "reservation") == []


def test_the_index_follows_the_authors_and_their_names(register: Register) -> None:
    statement_id, anna = _authored(register)
    with register.write() as s:
        s.execute(update(Person).where(Person.id == anna).values(name="Anna Berg"))
    assert refs(register, "Berg") == ["KS:2026:5"]
    assert refs(register, "Ek") == []
    with register.write() as s:
        s.execute(delete(StatementAuthor).where(StatementAuthor.person_id == anna))
    assert refs(register, "Berg") == []
    assert refs(register, "Lind") == ["KS:2026:5"]
    with register.write() as s:
        s.add(StatementAuthor(statement_id=statement_id, person_id=anna, position=3))
    assert refs(register, "Berg Lind") == ["KS:2026:5"]


def test_a_title_match_ranks_first_however_many_paragraphs_match(register: Register) -> None:
    """More matches than the former window of 2,000 newest: the old paragraph with the word
    in its title still comes first, as bm25 over every match ranks it."""
    seeded = seed(register)
    with register.write() as s:
        add_paragraph(s, seeded, 1, "Kommunfullmäktiges arbetsordning")
        for number in range(2, 2600):
            add_paragraph(s, seeded, number, f"Ärende {number}",
                          summary="Ärendet har beretts och går vidare till kommunfullmäktige "
                                  "för beslut.")
    hits = search(register, "kommunfullmäktige", limit=10)
    assert hits[0].reference == "KS:2026:1"
    if register.is_sqlite:
        assert [hit.reference for hit in hits] == _full_bm25(register, "kommunfullmäktige", 10)


@pytest.mark.sqlite_only
def test_the_ranking_is_bm25_over_every_match(register: Register) -> None:
    """SQLite alone: the reference is FTS5's own bm25 (PostgreSQL ranks with ts_rank)."""
    seeded = seed(register)
    with register.write() as s:
        for number in range(1, 400):
            words = ["budget"] * (1 + number % 5) + ["förskola"] * (number % 3)
            p = add_paragraph(s, seeded, number, "Budget" if number % 97 == 0 else "Ärende",
                              summary=" ".join(words) + " " + "text " * (number % 11))
            if number % 7 == 0:
                add_statement(s, p, "Vi yrkar avslag på budgeten.")
    for query in ("budget", "budget -förskola", "förskola budget", '"budget förskola"', "yrkar"):
        assert [hit.reference for hit in search(register, query, limit=10)] == \
            _full_bm25(register, query, 10), query


def _full_bm25(register: Register, query: str, limit: int) -> list[str]:
    weights = ", ".join(str(weight) for _column, weight in COLUMN_WEIGHTS)
    with register.read() as s:
        ids = [row[0] for row in s.execute(text(
            f"SELECT rowid FROM search_fts WHERE search_fts MATCH :m "
            f"ORDER BY bm25(search_fts, {weights}), rowid DESC LIMIT :n"),
            {"m": fts5_query(parse_query(query)), "n": limit})]
        numbers = dict(s.execute(select(text("id"), text("number")).select_from(
            text("paragraph"))).all())
    return [f"KS:2026:{numbers[pid]}" for pid in ids]


def test_the_migration_goes_down_and_up_again(register: Register,
                                              database: TestDatabase) -> None:
    """0100_i19_search down to the migration before it gives the documents of before
    (statement texts only) and their triggers; up again, kinds and authors are back. (As the
    schema's owner: the app's role may change no table on PostgreSQL.)"""
    from alembic import command
    from alembic.script import ScriptDirectory

    from kraftdesk.register.engine import make_engine
    from kraftdesk.register.migrate import upgrade
    from kraftdesk.register.scripts import alembic_config

    _authored(register)
    with register.write() as s:
        add_statement(s, s.scalars(select(Paragraph).where(Paragraph.number == 6)).one(),
                      "Vi saknar en plan.", position=1)

    sqlite = register.is_sqlite
    key = "rowid" if sqlite else "paragraph_id"
    count = ("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE "
             "'search_fts_%'" if sqlite else
             "SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'search_fts_%'")
    # (PostgreSQL: 0101_i19_search_lists, later, adds one for a deleted paragraph, and
    # 0102_i18_search_bm25 three that count the documents.)
    before_count, after_count = (13, 17) if sqlite else (5, 11)

    def state() -> tuple[list[str], int]:
        with register.read() as s:
            documents = [row[0] for row in s.execute(text(
                f"SELECT statements FROM search_fts ORDER BY {key}"))]
            triggers = s.execute(text(count)).scalar()
        return documents, triggers

    assert state() == (["Reservation (Anna Ek, Bo Lind)",
                        "Särskilt yttrande: Vi saknar en plan."], after_count)
    before = ScriptDirectory.from_config(alembic_config()).get_revision(
        "0100_i19_search").down_revision
    owner = make_engine(database.owner_url)
    try:
        with owner.begin() as connection:
            command.downgrade(alembic_config(connection), before)
        assert state() == (["", "Vi saknar en plan."], before_count)
        upgrade(owner)
    finally:
        owner.dispose()
    assert state() == (["Reservation (Anna Ek, Bo Lind)",
                        "Särskilt yttrande: Vi saknar en plan."], after_count)
    assert refs(register, "reservation") == ["KS:2026:5"]


def test_the_index_says_the_kinds_as_the_vocabulary_does() -> None:
    """The migration froze the words for the kinds; a new wording needs a new migration."""
    from kraftdesk.text.vocabulary import STATEMENT_KIND

    words = _migration_module().KIND_WORDS
    assert words == {kind.value: word for kind, word in STATEMENT_KIND.items()}


def _migration_module():
    import importlib.util

    from kraftdesk.register.scripts import MIGRATIONS_DIR

    spec = importlib.util.spec_from_file_location(
        "m0100_i19", MIGRATIONS_DIR / "versions" / "0100_i19_search_statements.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
