# SPDX-License-Identifier: EUPL-1.2
"""What a search finds and how it reads the query: Swedish letters, prefixes, phrases, minus."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from kraftdesk.domain.errors import UserError
from kraftdesk.register.database import Register
from kraftdesk.services.search import (
    MARK_END,
    MARK_START,
    Term,
    fts5_query,
    like_search,
    make_snippet,
    match_spans,
    parse_query,
    render_snippet,
    search,
    snippet_parts,
    tsquery,
)
from tests.search.helpers import add_paragraph, add_statement, seed


@pytest.fixture
def filled(register: Register) -> Register:
    seeded = seed(register)
    with register.write() as s:
        add_paragraph(s, seeded, 1, "Översiktsplan för Malmö",
                      summary="Planen gäller hela Malmö och dess hamnar.",
                      case=("STK-2024-1374", "Översiktsplan"))
        add_paragraph(s, seeded, 2, "Vänort Malmo i Finland",
                      summary="Vänortssamarbetet med Malmo fortsätter.")
        add_paragraph(s, seeded, 3, "Fritidsnämndens budget",
                      summary="Nämnden föreslås få ökade medel. Nämndens förslag till budget.",
                      points=("Kommunstyrelsen godkänner budgeten för fritidsnämnden.",))
        p = add_paragraph(s, seeded, 4, "Återrapportering kring kraftsamlande insatser",
                          summary="Förskolenämnden och fritidsnämnden har lämnat remissvar.",
                          points=("Kommunfullmäktige godkänner återrapporteringen.",))
        add_statement(s, p, "Vi saknar ett särskilt yttrande om förskolan i Rosengård.")
        add_paragraph(s, seeded, 5, "Information om ekonomiskt bistånd",
                      summary="Ekonomiskt bistånd ökade under året. Budget i balans.")
    return register


def refs(register: Register, query: str) -> list[str]:
    return [hit.reference for hit in search(register, query)]


def test_swedish_letters_are_letters_of_their_own(filled: Register) -> None:
    assert refs(filled, "Malmö") == ["KS:2026:1"]
    assert refs(filled, "Malmo") == ["KS:2026:2"]
    assert refs(filled, "malmö") == ["KS:2026:1"]
    assert refs(filled, "MALMÖ") == ["KS:2026:1"]


def test_case_is_folded_for_å_ä_ö_too(filled: Register) -> None:
    assert refs(filled, "ÅTERRAPPORTERING") == ["KS:2026:4"]
    assert refs(filled, "ÖVERSIKTSPLAN") == ["KS:2026:1"]


def test_a_word_of_three_letters_or_more_finds_the_words_it_begins(filled: Register) -> None:
    # "nämnd" begins "nämnden" and "nämndens" (KS:2026:3), not "fritidsnämnden" (a word of
    # its own that merely contains it).
    assert refs(filled, "nämnd") == ["KS:2026:3"]
    assert refs(filled, "återrapport") == ["KS:2026:4"]
    # In the title of § 3 (weighted higher), in the summary of § 4.
    assert refs(filled, "fritidsnämnd") == ["KS:2026:3", "KS:2026:4"]


def test_every_word_must_occur_somewhere_in_the_paragraph(filled: Register) -> None:
    # "kraftsamlande" is in the title, "Rosengård" only in the statement.
    assert refs(filled, "kraftsamlande Rosengård") == ["KS:2026:4"]
    assert refs(filled, "kraftsamlande Husie") == []


def test_quotes_ask_for_words_in_order(filled: Register) -> None:
    assert refs(filled, '"ekonomiskt bistånd"') == ["KS:2026:5"]
    assert refs(filled, '"bistånd ekonomiskt"') == []


def test_a_minus_leaves_paragraphs_out(filled: Register) -> None:
    assert sorted(refs(filled, "budget")) == ["KS:2026:3", "KS:2026:5"]
    assert refs(filled, "budget -fritidsnämnden") == ["KS:2026:5"]
    assert refs(filled, 'budget -"i balans"') == ["KS:2026:3"]


def test_a_diarienummer_is_found_by_its_parts_in_order(filled: Register) -> None:
    assert refs(filled, "STK-2024-1374") == ["KS:2026:1"]
    assert refs(filled, "stk-1374-2024") == []


def test_short_words_match_whole_words_only(filled: Register) -> None:
    # "om" is in the title of § 5 and the statement of § 4, never as the start of "omkring".
    assert refs(filled, "om") == ["KS:2026:5", "KS:2026:4"]
    assert refs(filled, "ök") == []


def test_a_title_match_ranks_above_a_match_in_the_text(filled: Register) -> None:
    hits = search(filled, "budget")
    assert [h.reference for h in hits] == ["KS:2026:3", "KS:2026:5"]
    assert hits[0].score > hits[1].score


@pytest.mark.parametrize("query", [
    '"', '""', "(", ")", "()", "*", "-", "--", "^", ":", "NOT", "AND OR", "title:budget",
    'budget"', '"budget', "budget)", "(budget", "budget*", "*budget", "budget NOT",
    "NEAR(budget bistånd)", "budget AND", "OR budget", "-budget budget", "budget -",
    "'; DROP TABLE paragraph; --", "\x00budget", "budget\u200b", "{title}: budget",
    "²", "ǅ", "\u0640", "Ⅻ", "x\u200dy", "\u0301", "budget\u0301", "🙂", "NEAR/2",
])
def test_hostile_queries_never_raise_anything_but_a_swedish_message(filled: Register,
                                                                  query: str) -> None:
    try:
        search(filled, query)
    except UserError as error:
        assert error.message in {
            "Skriv minst ett ord att söka efter (bokstäver eller siffror).",
            "Sökningen behöver minst ett ord som ska finnas med; ord med minus framför "
            "utesluter bara träffar.",
        }
    with filled.read() as s:
        assert s.execute(text("SELECT count(*) FROM paragraph")).scalar() == 5


def test_operator_words_are_plain_words(filled: Register) -> None:
    assert parse_query("budget OR bistånd") == [Term(("budget",)), Term(("or",)),
                                                 Term(("bistånd",))]
    assert refs(filled, "budget OR bistånd") == []
    assert refs(filled, "NOT budget") == []


def test_unusable_queries_are_refused_in_swedish() -> None:
    with pytest.raises(UserError) as nothing:
        parse_query(' "*" ( ) - ')
    assert nothing.value.message == "Skriv minst ett ord att söka efter (bokstäver eller siffror)."
    with pytest.raises(UserError) as only_minus:
        parse_query("-budget -bistånd")
    assert only_minus.value.message == (
        "Sökningen behöver minst ett ord som ska finnas med; ord med minus framför utesluter "
        "bara träffar.")
    with pytest.raises(UserError) as too_long:
        parse_query(" ".join(f"ord{n}" for n in range(33)))
    assert too_long.value.message == "Sökningen har 33 ord; använd högst 32."
    with pytest.raises(UserError) as pasted:
        parse_query("a" * 100_000)  # never repeated back whole
    assert pasted.value.message == "Sökningen är 100\u00a0000 tecken lång; använd högst 500 tecken."


def test_the_query_texts_for_both_databases() -> None:
    terms = parse_query('Malmö "särskilt yttr" -KS stk-2024-1374')
    assert terms == [Term(("malmö",)), Term(("särskilt", "yttr")), Term(("ks",), negated=True),
                     Term(("stk", "2024", "1374"))]
    assert fts5_query(terms) == ('("malmö" * AND "särskilt yttr" * AND "stk 2024 1374" *) '
                                 'NOT ("ks")')
    assert tsquery(terms) == ("(('malmö':*) & ('särskilt' <-> 'yttr':*) & "
                              "('stk' <-> '2024' <-> '1374':*)) & !('ks')")


def test_a_hit_says_where_it_is_and_marks_the_words(filled: Register) -> None:
    (hit,) = search(filled, "kraftsamlande rosengård")
    assert (hit.reference, hit.body_short_name, hit.meeting_date.isoformat(), hit.number,
            hit.title, hit.case_number) == (
        "KS:2026:4", "KS", "2026-01-07", 4, "Återrapportering kring kraftsamlande insatser",
        None)
    # The words are in different columns, one each: the snippet comes from the statement,
    # which is preferred to the title.
    assert render_snippet(hit.snippet) == (
        "Särskilt yttrande: Vi saknar ett särskilt yttrande om förskolan i [Rosengård].")
    plain, spans = match_spans(hit.snippet)
    assert plain == ("Särskilt yttrande: Vi saknar ett särskilt yttrande om förskolan i "
                     "Rosengård.")
    assert spans == [(66, 75)]


def test_snippets_choose_the_passage_with_most_words_and_shorten_it() -> None:
    filler = " ".join(f"ord{n}" for n in range(40))
    summary = f"Budget i början. {filler} Budget och balans i slutet av texten."
    document = {"title": "Budget", "summary": summary}
    snippet = make_snippet(document, parse_query("budget balans"), width=40)
    # The passage with both words wins over the first "Budget"; cut at word boundaries.
    assert render_snippet(snippet) == "…ord39 [Budget] och [balans] i slutet av…"
    # A short column is shown whole, without ellipses.
    assert render_snippet(make_snippet({"title": "Budget 2026"}, parse_query("budget"))) == \
        "[Budget] 2026"
    # Without any match (a phrase matched across columns): the start of the summary.
    assert make_snippet({"summary": "Ingen träff här."}, parse_query("budget")) == \
        "Ingen träff här."
    assert snippet_parts(f"a {MARK_START}b{MARK_END} c") == [("a ", False), ("b", True),
                                                               (" c", False)]


def test_like_search_scans_the_same_fields_without_ranking(filled: Register) -> None:
    assert [h.reference for h in like_search(filled, "budget")] == ["KS:2026:3", "KS:2026:5"]
    assert [h.reference for h in like_search(filled, "Rosengård")] == ["KS:2026:4"]
    assert [h.reference for h in like_search(filled, "STK-2024-1374")] == ["KS:2026:1"]
