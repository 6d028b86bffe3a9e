# SPDX-License-Identifier: EUPL-1.2
"""Who takes part in each paragraph: the one rule, as pure logic fed by rows.

KL 5 kap. 66–67 §§ (for nämnder through 6 kap. 35 §): the minutes show who served and who
took part in each decision. kraftdesk derives both from two kinds of rows:

- the meeting's attendance (Presence): a person in a capacity (tjänstgörande ledamot,
  tjänstgörande ersättare for a named member, ersättare not serving, tjänsteperson), for the
  paragraphs from § first to and including § last (None: from the start / to the end). A
  member who comes at § 5 has first=5; one who leaves after § 12 has last=12; an ersättare
  who serves for a member from § 13 has a serving row with first=13 (and may have a
  non-serving row for §§ 1–12).
- the paragraph's exceptions (ParagraphException): jäv, absence, an ersättare serving for a
  member in this paragraph only; and the paragraph's tjänstgörande ordförande.

participation() says who serves (may vote, propose, reserve), who is present and who is
out in one paragraph. The services, the JSON import, the reading side and the protocol
checker all call it, and all refuse the same things through the checks below, which return
Problems (a code and the people concerned); kraftdesk.text.participation words them.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from kraftdesk.domain.enums import AttendanceKind, ParagraphAttendanceKind, Role

MEMBER_ROLES = frozenset({Role.CHAIR, Role.VICE_CHAIR, Role.SECOND_VICE_CHAIR, Role.MEMBER})
SERVING_KINDS = frozenset({AttendanceKind.MEMBER, AttendanceKind.SERVING_SUBSTITUTE})
PRESENT_KINDS = frozenset({AttendanceKind.MEMBER, AttendanceKind.SERVING_SUBSTITUTE,
                           AttendanceKind.SUBSTITUTE})


@dataclass(frozen=True)
class MembershipRow:
    person_id: int
    body_id: int
    role: Role
    starts_on: date
    ends_on: date | None = None


def roles_on(memberships: Iterable[MembershipRow], body_id: int, day: date) -> dict[int, Role]:
    """Each person's role in the body on a day; a member role wins over substitute."""
    roles: dict[int, Role] = {}
    for m in memberships:
        if m.body_id != body_id or m.starts_on > day or (m.ends_on is not None
                                                         and m.ends_on < day):
            continue
        if m.person_id not in roles or m.role in MEMBER_ROLES:
            roles[m.person_id] = m.role
    return roles


@dataclass(frozen=True)
class Presence:
    """A row of the meeting's attendance. `key` identifies it in problems (id or index)."""

    person_id: int
    kind: AttendanceKind
    replaces: int | None = None
    first: int | None = None
    last: int | None = None
    key: object = None

    def covers(self, number: int | None) -> bool:
        """True when the row applies to the paragraph numbered `number`.

        An unnumbered item (not yet a §) is covered only by a row without bounds.
        """
        if self.first is None and self.last is None:
            return True
        if number is None:
            return False
        return (self.first is None or number >= self.first) and (
            self.last is None or number <= self.last)

    def overlaps(self, other: Presence) -> bool:
        low = max(self.first or 0, other.first or 0)
        high = min(self.last if self.last is not None else 10**9,
                   other.last if other.last is not None else 10**9)
        return low <= high

    @property
    def ranged(self) -> bool:
        return self.first is not None or self.last is not None


@dataclass(frozen=True)
class ParagraphException:
    """An exception for one paragraph: jäv, absence, or an ersättare serving for a member."""

    person_id: int
    kind: ParagraphAttendanceKind
    replaces: int | None = None
    key: object = None


@dataclass(frozen=True)
class Participation:
    """Who takes part in one paragraph.

    `voters`: who serves, in the meeting's attendance order, each with whether they serve as
    an ersättare (an ersättare serving for a member stands in the member's place).
    """

    voters: tuple[tuple[int, bool], ...]
    present: frozenset[int]  # at the meeting for this paragraph, serving or not
    recused: tuple[int, ...]
    absent: frozenset[int]
    attendance_recorded: bool
    replacing: Mapping[int, int] = field(default_factory=dict)  # ersättare → member
    acting_chair: int | None = None
    # (ersättare, member) serving otherwise than for the whole meeting: printed in the §.
    substitutions: tuple[tuple[int, int], ...] = ()

    @property
    def voter_ids(self) -> frozenset[int]:
        return frozenset(pid for pid, _ in self.voters)


def participation(rows: Sequence[Presence], exceptions: Sequence[ParagraphException],
                  number: int | None, *, acting_chair: int | None = None) -> Participation:
    """Who takes part in the paragraph numbered `number` (rows in attendance order)."""
    here = [r for r in rows if r.covers(number)]
    recused = tuple(dict.fromkeys(e.person_id for e in exceptions
                                  if e.kind is ParagraphAttendanceKind.RECUSED))
    absent = frozenset(e.person_id for e in exceptions
                       if e.kind is ParagraphAttendanceKind.ABSENT)
    stand_in = {e.replaces: e.person_id for e in exceptions
                if e.kind is ParagraphAttendanceKind.SERVING and e.replaces is not None}
    out = set(recused) | absent
    voters: list[tuple[int, bool]] = []
    replacing: dict[int, int] = {}
    substitutions: list[tuple[int, int]] = []
    for row in here:
        if row.kind not in SERVING_KINDS:
            continue
        if row.person_id in stand_in:  # an ersättare serves in the member's place here
            substitute = stand_in.pop(row.person_id)
            voters.append((substitute, True))
            replacing[substitute] = row.person_id
            substitutions.append((substitute, row.person_id))
        elif row.person_id not in out:
            serving_substitute = row.kind is AttendanceKind.SERVING_SUBSTITUTE
            voters.append((row.person_id, serving_substitute))
            if serving_substitute and row.replaces is not None:
                replacing[row.person_id] = row.replaces
                if row.ranged:
                    substitutions.append((row.person_id, row.replaces))
    # An ersättare for a member who does not serve here (refused by exception_problems)
    # still serves, so that nothing already recorded disappears from view.
    for member, substitute in stand_in.items():
        voters.append((substitute, True))
        replacing[substitute] = member
    present = {r.person_id for r in here if r.kind in PRESENT_KINDS} - out
    present |= {pid for pid, _ in voters}
    return Participation(tuple(voters), frozenset(present), recused, absent, bool(rows),
                         replacing, acting_chair, tuple(substitutions))


# --- problems ---------------------------------------------------------------------------------

class Code(StrEnum):
    """What is wrong with attendance, or with who stands behind something in a paragraph."""

    # The meeting's attendance (key: the Presence's key).
    NOT_MEMBER = "not_member"  # serves as ledamot without being one on the day
    NOT_IN_BODY = "not_in_body"  # neither ledamot nor ersättare on the day
    REPLACES_WHOM = "replaces_whom"  # a serving ersättare without the member served for
    REPLACES_NOT_SERVING = "replaces_not_serving"  # only a serving ersättare replaces someone
    REPLACED_NOT_MEMBER = "replaced_not_member"
    REPLACED_SERVES = "replaced_serves"  # the member serves himself in the same §
    TWO_SUBSTITUTES = "two_substitutes"  # two ersättare for one member in the same §
    OVERLAP = "overlap"  # one person twice in the same §
    RANGE_OUTSIDE = "range_outside"  # § bounds outside the meeting's paragraphs
    RANGE_ORDER = "range_order"  # from § after to §
    NO_PARAGRAPHS = "no_paragraphs"  # § bounds while the meeting has no numbered paragraph
    TIME_ORDER = "time_order"
    # The paragraph's exceptions (key: the ParagraphException's key).
    TWICE = "twice"  # one person twice among the exceptions
    NOT_PRESENT = "not_present"  # jäv or absence for someone not in the attendance at all
    NOT_PRESENT_HERE = "not_present_here"  # … for someone at the meeting, but not for the §
    SUBSTITUTE_NOT_AVAILABLE = "substitute_not_available"
    SUBSTITUTE_WHOM = "substitute_whom"
    SUBSTITUTE_FOR_NOT_SERVING = "substitute_for_not_serving"
    ONLY_SERVING_REPLACES = "only_serving_replaces"
    ACTING_CHAIR_NOT_SERVING = "acting_chair_not_serving"
    # Who stands behind something in a paragraph.
    RECUSED = "recused"  # jävig
    ABSENT = "absent"
    NOT_SERVING = "not_serving"
    NO_ATTENDANCE = "no_attendance"


@dataclass(frozen=True)
class Problem:
    code: Code
    key: object  # the row concerned (Presence.key / ParagraphException.key / caller's key)
    person_id: int | None = None
    other_id: int | None = None  # the replaced member, the other row's person …
    number: int | None = None  # a paragraph concerned
    other_key: object = None
    kinds: tuple[AttendanceKind, ...] = ()  # for OVERLAP: the two rows' capacities


def attendance_problems(rows: Sequence[Presence], roles: Mapping[int, Role],
                        numbers: Collection[int]) -> list[Problem]:
    """Everything wrong with a meeting's attendance, given the body's roles on the day and
    the numbers of the meeting's paragraphs."""
    problems: list[Problem] = []
    low, high = (min(numbers), max(numbers)) if numbers else (None, None)
    for row in rows:
        problems += _row_problems(row, roles, low, high)
    for index, row in enumerate(rows):
        for other in rows[index + 1:]:
            if not row.overlaps(other):
                continue
            shared = _first_shared(row, other, numbers)
            if other.person_id == row.person_id:
                problems.append(Problem(Code.OVERLAP, other.key, other.person_id, number=shared,
                                        other_key=row.key, kinds=(row.kind, other.kind)))
            elif (other.kind is AttendanceKind.SERVING_SUBSTITUTE
                  and row.kind is AttendanceKind.MEMBER and other.replaces == row.person_id):
                problems.append(Problem(Code.REPLACED_SERVES, other.key, other.person_id,
                                        row.person_id, shared))
            elif (row.kind is AttendanceKind.SERVING_SUBSTITUTE
                  and other.kind is AttendanceKind.MEMBER and row.replaces == other.person_id):
                problems.append(Problem(Code.REPLACED_SERVES, row.key, row.person_id,
                                        other.person_id, shared))
            elif (row.kind is other.kind is AttendanceKind.SERVING_SUBSTITUTE
                  and row.replaces is not None and row.replaces == other.replaces):
                problems.append(Problem(Code.TWO_SUBSTITUTES, other.key, other.person_id,
                                        other.replaces, shared, other_key=row.key))
    return problems


def _row_problems(row: Presence, roles: Mapping[int, Role], low: int | None,
                  high: int | None) -> list[Problem]:
    out: list[Problem] = []
    role = roles.get(row.person_id)
    if row.kind is AttendanceKind.MEMBER and role not in MEMBER_ROLES:
        out.append(Problem(Code.NOT_MEMBER, row.key, row.person_id))
    elif row.kind in (AttendanceKind.SERVING_SUBSTITUTE, AttendanceKind.SUBSTITUTE) \
            and role is None:
        out.append(Problem(Code.NOT_IN_BODY, row.key, row.person_id))
    if row.kind is AttendanceKind.SERVING_SUBSTITUTE:
        if row.replaces is None:
            out.append(Problem(Code.REPLACES_WHOM, row.key, row.person_id))
        elif roles.get(row.replaces) not in MEMBER_ROLES:
            out.append(Problem(Code.REPLACED_NOT_MEMBER, row.key, row.person_id, row.replaces))
    elif row.replaces is not None:
        out.append(Problem(Code.REPLACES_NOT_SERVING, row.key, row.person_id))
    if row.first is not None and row.last is not None and row.first > row.last:
        out.append(Problem(Code.RANGE_ORDER, row.key, row.person_id, number=row.first))
    elif row.ranged and low is None:
        out.append(Problem(Code.NO_PARAGRAPHS, row.key, row.person_id))
    elif row.ranged and low is not None and high is not None:
        for bound in (row.first, row.last):
            if bound is not None and not low <= bound <= high:
                out.append(Problem(Code.RANGE_OUTSIDE, row.key, row.person_id, number=bound))
                break
    return out


def _first_shared(a: Presence, b: Presence, numbers: Collection[int]) -> int | None:
    """The first paragraph two overlapping rows share; None when neither has bounds."""
    if not a.ranged and not b.ranged:
        return None
    shared = sorted(n for n in numbers if a.covers(n) and b.covers(n))
    return shared[0] if shared else (max(a.first or 0, b.first or 0) or None)


def exception_problems(rows: Sequence[Presence], exceptions: Sequence[ParagraphException],
                       number: int | None, *, acting_chair: int | None = None) -> list[Problem]:
    """Everything wrong with one paragraph's exceptions and its tjänstgörande ordförande."""
    problems: list[Problem] = []
    here = {r.person_id: r for r in rows if r.covers(number)}
    anywhere = {r.person_id for r in rows}
    seen: dict[int, object] = {}
    for e in exceptions:
        if e.person_id in seen:
            problems.append(Problem(Code.TWICE, e.key, e.person_id, number=number,
                                    other_key=seen[e.person_id]))
            continue
        seen[e.person_id] = e.key
        row = here.get(e.person_id)
        if e.kind is not ParagraphAttendanceKind.SERVING:
            if e.replaces is not None:
                problems.append(Problem(Code.ONLY_SERVING_REPLACES, e.key, e.person_id,
                                        number=number))
            elif row is None:
                code = Code.NOT_PRESENT_HERE if e.person_id in anywhere else Code.NOT_PRESENT
                problems.append(Problem(code, e.key, e.person_id, number=number))
            continue
        if row is None or row.kind is not AttendanceKind.SUBSTITUTE:
            problems.append(Problem(Code.SUBSTITUTE_NOT_AVAILABLE, e.key, e.person_id,
                                    number=number))
        elif e.replaces is None:
            problems.append(Problem(Code.SUBSTITUTE_WHOM, e.key, e.person_id, number=number))
        elif here.get(e.replaces) is None or here[e.replaces].kind not in SERVING_KINDS:
            problems.append(Problem(Code.SUBSTITUTE_FOR_NOT_SERVING, e.key, e.person_id,
                                    e.replaces, number))
    replaced = [e for e in exceptions if e.kind is ParagraphAttendanceKind.SERVING
                and e.replaces is not None]
    for index, e in enumerate(replaced):
        if any(e.replaces == earlier.replaces for earlier in replaced[:index]):
            problems.append(Problem(Code.TWO_SUBSTITUTES, e.key, e.person_id, e.replaces, number))
    if acting_chair is not None:
        part = participation(rows, exceptions, number)
        if acting_chair not in part.voter_ids:
            problems.append(Problem(Code.ACTING_CHAIR_NOT_SERVING, "acting_chair", acting_chair,
                                    number=number))
    return problems


def taking_part_problem(person_id: int, part: Participation, *, serving: bool,
                        key: object = None) -> Problem | None:
    """Why `person_id` may not stand behind something in the paragraph, or None.

    `serving`: must serve (vote, propose, reserve: KL 4 kap. 27 §); otherwise being present
    is enough (a särskilt yttrande, a protokollsanteckning). Jäv and absence always refuse.
    """
    if person_id in part.recused:
        return Problem(Code.RECUSED, key, person_id)
    if person_id in part.absent:
        return Problem(Code.ABSENT, key, person_id)
    if serving and not part.attendance_recorded:
        return Problem(Code.NO_ATTENDANCE, key, person_id)
    if not part.attendance_recorded:
        return None
    if serving and person_id not in part.voter_ids:
        return Problem(Code.NOT_SERVING, key, person_id)
    if not serving and person_id not in part.present | part.voter_ids:
        return Problem(Code.NOT_PRESENT, key, person_id)
    return None
