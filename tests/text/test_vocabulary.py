# SPDX-License-Identifier: EUPL-1.2
"""kraftdesk.text.vocabulary: a word for every kind, state and role, and no second table."""

from __future__ import annotations

import ast
from enum import Enum
from pathlib import Path

import pytest

from kraftdesk.domain import enums
from kraftdesk.text import vocabulary

ROOT = Path(__file__).resolve().parents[2]
TABLES = [(name, table) for name, table in vars(vocabulary).items()
          if name.isupper() and isinstance(table, dict)]
#: The enums whose members a secretary reads as words.
WORDED = {"StatementKind", "StatementState", "MinutesState", "CaseStatus", "Role",
          "AttendanceKind", "ProposalKind", "BallotChoice", "ParagraphDeferral",
          "ReportedItemKind", "AgendaPlacement", "DispatchMeans", "AppendixKind", "SignerRole",
          "JusteringMethod"}


@pytest.mark.parametrize(("name", "table"), TABLES, ids=[name for name, _ in TABLES])
def test_every_member_has_a_word(name: str, table: dict[Enum, str]) -> None:
    kind = type(next(iter(table)))
    assert kind.__name__ in WORDED
    assert list(table) == list(kind), f"{name}: every {kind.__name__}, in the enum's order"
    assert all(isinstance(word, str) and word.strip() == word and word for word in
               table.values())


def test_every_worded_enum_has_a_table() -> None:
    assert {type(next(iter(table))).__name__ for _, table in TABLES} == WORDED
    assert all(isinstance(getattr(enums, name), type) for name in WORDED)


def _word_tables(path: Path) -> list[int]:
    """Lines of dict displays mapping members of the worded enums to string literals."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Dict) and node.keys and all(
                isinstance(k, ast.Attribute) and isinstance(k.value, ast.Name)
                and k.value.id in WORDED for k in node.keys) and all(
                isinstance(v, ast.Constant) and isinstance(v.value, str) for v in node.values):
            found.append(node.lineno)
    return found


def test_no_other_module_keeps_its_own_words_for_them() -> None:
    own = ROOT / "kraftdesk" / "text" / "vocabulary.py"
    copies = {str(path.relative_to(ROOT)): lines
              for path in sorted((ROOT / "kraftdesk").rglob("*.py"))
              if path != own and (lines := _word_tables(path))}
    assert copies == {}, "use kraftdesk.text.vocabulary"
