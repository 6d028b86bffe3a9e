# SPDX-License-Identifier: EUPL-1.2
"""Beslutsunderlag lines, generated from the case's handling in other bodies.

    "Förslag till beslut KSAU 251208 §564 med särskilt yttrande (M) Återrapportering kring …"
    "Beslut KF 240926 § 189 med reservation (SD) och särskilt yttrande (M+C) Uppdrag …"

The body's short name, the meeting date as YYMMDD, the paragraph and the statements attached
to that decision (each statement's parties joined with "+"). A proposal is written as the
document is named ("§564", as in Malmö's file names), a decision with a space ("§ 189").
Lines for documents outside the register are free text.
"""

from __future__ import annotations

from kraftdesk.domain.enums import BasisRefKind, StatementState
from kraftdesk.domain.values import BasisLine, HandlingRef, StatementValue
from kraftdesk.text import formats as f
from kraftdesk.text.vocabulary import STATEMENT_KIND_WORD


def _parties(s: StatementValue) -> str:
    found = f.parties(s.authors)
    return f"({'+'.join(found)})" if found else ""


def statements_phrase(statements: tuple[StatementValue, ...]) -> str:
    """ "med reservation (SD) och särskilt yttrande (M+C)"; "" when there are none."""
    groups: list[tuple[str, list[str]]] = []
    for kind in STATEMENT_KIND_WORD:
        marks = [_parties(s) for s in statements
                 if s.kind is kind and s.state is not StatementState.WITHDRAWN]
        if marks:
            groups.append((STATEMENT_KIND_WORD[kind], [m for m in marks if m]))
    if not groups:
        return ""
    parts = [f"{word} {' och '.join(marks)}".strip() for word, marks in groups]
    if any(len(marks) > 1 for _, marks in groups) and len(parts) > 1:
        return "med " + ", ".join(parts[:-1]) + " samt " + parts[-1]
    return "med " + f.join_list(parts)


def reference(ref: HandlingRef) -> str:
    """ "Förslag till beslut KSAU 251208 §564 med särskilt yttrande (M)"."""
    day = f.yymmdd(ref.meeting_date)
    if ref.kind is BasisRefKind.PROPOSAL:
        head = f"Förslag till beslut {ref.body_short_name} {day}"
        number = f" §{ref.number}" if ref.number is not None else ""
    else:
        head = f"Beslut {ref.body_short_name} {day}"
        number = f" § {ref.number}" if ref.number is not None else ""
    phrase = statements_phrase(ref.statements)
    return f"{head}{number} {phrase}" if phrase else head + number


def basis_line(line: BasisLine) -> str:
    """The whole line: the generated reference, then the free text (if any)."""
    text = (line.text or "").strip()
    if line.ref is None:
        return text
    ref = reference(line.ref)
    return f"{ref} {text}" if text else ref
