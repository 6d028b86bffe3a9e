# SPDX-License-Identifier: EUPL-1.2
"""The närvarolista as a bilaga (large fullmäktige protocols: "Beslutande: se bilaga 1"):
who was there, in which capacity, and how each voted in each open vote.

    Namn · Parti · Närvaro · one column per vote ("§ 12", "§ 14 (2)")
    Närvaro: N närvarande, Tj tjänstgörande ersättare (for whom, which §§), F frånvarande
    Vote cells: Ja / Nej / Avstår (a closed vote has no names, only its totals)
    Summa: N, Tj and F counted; each vote's Ja, Nej and Avstår
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from kraftdesk.domain.document import Block, Table, Text
from kraftdesk.domain.enums import BallotChoice
from kraftdesk.domain.values import PersonName, VoteValue
from kraftdesk.text import formats as f
from kraftdesk.text.participation import clock_span, paragraph_span, presence_note
from kraftdesk.text.proceedings import TOTAL, count
from kraftdesk.text.vocabulary import BALLOT_CHOICE

TITLE = "Närvarolista"
EXPLANATION = ("N = närvarande, Tj = tjänstgörande ersättare, F = frånvarande. Ja, Nej och "
               "Avstår visar hur var och en röstade i omröstningarna; Jäv att ledamoten inte "
               "deltog på grund av jäv.")
HEADER = ("Namn", "Parti", "Närvaro")
RECUSED = "Jäv"


@dataclass(frozen=True)
class Period:
    """One attendance row of a person: serving (for whom) or present, for which §§."""

    serving: bool
    replaces: PersonName | None = None
    first: int | None = None
    last: int | None = None
    arrived_at: datetime | None = None
    left_at: datetime | None = None


@dataclass(frozen=True)
class ListRow:
    """A ledamot of the body (absent or not), or an ersättare who attended."""

    person_id: int
    person: PersonName
    member: bool  # a ledamot; otherwise an ersättare
    periods: tuple[Period, ...] = ()
    # Paragraphs in which the ersättare served for a member by the paragraph's exception.
    paragraph_servings: tuple[tuple[int, PersonName], ...] = ()


@dataclass(frozen=True)
class ListVote:
    heading: str  # "§ 12", "§ 14 (2)"
    vote: VoteValue
    choices: Mapping[int, BallotChoice]  # person id → choice (empty for a closed vote)
    recused: frozenset[int] = frozenset()  # jäviga in the vote's paragraph: "Jäv"


def vote_heading(number: int | None, position: int, of: int) -> str:
    """ "§ 12"; "§ 14 (2)" for the second of several votes in the paragraph."""
    label = f"§ {number}" if number is not None else "§ –"
    return f"{label} ({position})" if of > 1 else label


def _status(row: ListRow) -> tuple[str, str | None]:
    """(the Närvaro cell, the code counted: "N", "Tj" or "F")."""
    parts: list[str] = []
    code: str | None = None
    for period in row.periods:
        span = presence_note(paragraph_span(period.first, period.last),
                             clock_span(period.arrived_at, period.left_at))
        if period.serving and not row.member:
            text = "Tj" + (f" för {f.person(period.replaces)}" if period.replaces else "")
            code = "Tj"
        else:
            text = "N"
            code = code or "N"
        parts.append(f"{text} {span}".strip())
    for number, member in row.paragraph_servings:
        parts.append(f"Tj för {f.person(member)} i § {number}")
        code = "Tj"
    if not parts:
        return ("F", "F") if row.member else ("", None)
    return "; ".join(parts), code


#: Vote columns per table: the first (with Närvaro) and each following one, so that a
#: portrait page stays readable however many votes the meeting had.
FIRST_VOTES, MORE_VOTES = 5, 7
MORE = "Omröstningar, forts."


def attendance_table(rows: Sequence[ListRow], votes: Sequence[ListVote], *,
                     with_status: bool = True) -> Table:
    """The närvarolista with a column per vote and a totals row."""
    body: list[tuple[str, ...]] = []
    counted = {"N": 0, "Tj": 0, "F": 0}
    for row in rows:
        status, code = _status(row)
        if code is not None:
            counted[code] += 1
        cells = [BALLOT_CHOICE[v.choices[row.person_id]] if row.person_id in v.choices
                 else RECUSED if row.person_id in v.recused else "" for v in votes]
        head = (row.person.name, row.person.party or "", status) if with_status \
            else (row.person.name, row.person.party or "")
        body.append((*head, *cells))
    vote_totals = []
    for v in votes:
        c = count(v.vote)
        vote_totals.append(f"Ja {c.yes}\nNej {c.no}\nAvstår {c.abstain}" if c.counted else "")
    totals = ("\n".join(f"{code} {n}" for code, n in counted.items()),) if with_status else ()
    body.append((TOTAL, "", *totals, *vote_totals))
    header = HEADER if with_status else HEADER[:2]
    return Table(header=(*header, *(v.heading for v in votes)), rows=tuple(body))


def attendance_blocks(rows: Sequence[ListRow], votes: Sequence[ListVote]) -> tuple[Block, ...]:
    """The bilaga's content: the explanation of the codes, then the table; votes beyond the
    first table's go on in further tables with the names repeated."""
    blocks: list[Block] = [Text(EXPLANATION), attendance_table(rows, votes[:FIRST_VOTES])]
    for start in range(FIRST_VOTES, len(votes), MORE_VOTES):
        blocks.append(Text(MORE))
        blocks.append(attendance_table(rows, votes[start:start + MORE_VOTES],
                                       with_status=False))
    return tuple(blocks)
