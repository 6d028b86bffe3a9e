# SPDX-License-Identifier: EUPL-1.2
"""The domain's rules on an interchange file: the same rules as the services, each problem
with its JSON path.

A file is checked in two passes: first its form (the schema, references, unique values, the
row rules of rules.py), then, once the form is sound, what the services would refuse:

- attendance: serving as ledamot without being one on the meeting day (a membership that
  had ended), an ersättare outside the body, overlapping or contradicting periods, § bounds
  outside the meeting's paragraphs, an ersättare for a member who serves himself;
- a paragraph's exceptions (jäv, absence, an ersättare serving) and its tjänstgörande
  ordförande, against the meeting's attendance;
- who stands behind what: a ballot, a yrkande or a reservation by someone jävig, absent or
  not serving in that paragraph; a särskilt yttrande by someone not present;
- votes: a closed ballot (only at a val) has counts, never ballots; a lottning only at a
  tied val; the omedelbar justering's time on its day;
- who justerade what: § ranges inside the minutes, the paragraph of an omedelbar justering
  in its meeting.

kraftdesk.domain.participation decides; kraftdesk.text.participation words most messages.
"""

from __future__ import annotations

from array import array
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

from kraftdesk.domain import participation
from kraftdesk.domain.enums import (
    AttendanceKind,
    ParagraphAttendanceKind,
    Role,
    StatementKind,
)
from kraftdesk.interchange.flatten import Row
from kraftdesk.interchange.index import Index
from kraftdesk.interchange.problems import Problem
from kraftdesk.interchange.rules import parse_moment
from kraftdesk.text.participation import problem_message

_PROBLEM_FIELDS = {
    participation.Code.NOT_MEMBER: "kind", participation.Code.NOT_IN_BODY: "person_id",
    participation.Code.REPLACES_WHOM: "replaces_person_id",
    participation.Code.REPLACES_NOT_SERVING: "replaces_person_id",
    participation.Code.REPLACED_NOT_MEMBER: "replaces_person_id",
    participation.Code.REPLACED_SERVES: "replaces_person_id",
    participation.Code.TWO_SUBSTITUTES: "replaces_person_id",
    participation.Code.OVERLAP: "from_number", participation.Code.RANGE_OUTSIDE: "from_number",
    participation.Code.RANGE_ORDER: "to_number", participation.Code.NO_PARAGRAPHS: "from_number",
    participation.Code.TWICE: "person_id", participation.Code.NOT_PRESENT: "person_id",
    participation.Code.NOT_PRESENT_HERE: "person_id",
    participation.Code.SUBSTITUTE_NOT_AVAILABLE: "person_id",
    participation.Code.SUBSTITUTE_WHOM: "replaces_person_id",
    participation.Code.SUBSTITUTE_FOR_NOT_SERVING: "replaces_person_id",
    participation.Code.ONLY_SERVING_REPLACES: "replaces_person_id",
}
#: Said already by the row rules (rules.py): not repeated.
_SAID_BY_ROW_RULES = {participation.Code.SUBSTITUTE_WHOM,
                      participation.Code.ONLY_SERVING_REPLACES}


class DomainChecks:
    """The domain's rules, one row of the file at a time.

    The file is read twice (kraftdesk.interchange.load): on the first reading learn() keeps,
    compactly, each meeting's attendance and its paragraphs' numbers; on the second, once the
    index is complete, meeting(), paragraph() and approval() check each row, with the rows
    nested in it, against the rules of the services.
    """

    def __init__(self) -> None:
        #: meeting id → (position, id, person id, kind, replaces, from §, to §, place in the
        #: meetings, place in the attendance) of each row of its attendance, in file order.
        self._attendance: dict[Any, _Packed] = defaultdict(_Packed)
        #: meeting id → the numbers of its paragraphs, in file order.
        self._numbers: dict[Any, list[int]] = defaultdict(list)
        self._cached: tuple[Any, Any] = (object(), None)

    def learn(self, table: str, row: Row) -> None:
        values = row.values
        if table == "attendance":
            self._attendance[values.get("meeting_id")].append((
                values.get("position") or 0, values.get("id") or 0, values.get("person_id"),
                values.get("kind"), values.get("replaces_person_id"),
                values.get("from_number"), values.get("to_number"), *row.path[1::2]))
        elif table == "paragraph" and type(values.get("number")) is int:
            self._numbers[values.get("meeting_id")].append(values["number"])

    def start(self, index: Index) -> None:
        """Begin the checks: `index` is complete."""
        self.names = _Names(index)
        self.memberships = list(_memberships(index))

    def meeting(self, meeting: Row, approvers: list[Row], index: Any) -> list[Problem]:
        values = meeting.values
        setting = self._setting(values, index)
        if setting is None:
            return []
        day, body_text, roles, presence = setting
        numbers = self._numbers.get(values.get("id"), [])
        out = [_at(problem.key, _PROBLEM_FIELDS.get(problem.code, "person_id"),  # type: ignore
                   problem_message(problem, self.names, body=body_text, day=day,
                                   numbers=numbers))
               for problem in participation.attendance_problems(presence, roles, numbers)]
        out += _planning(meeting, approvers, roles, self.names, body_text, day)
        return out

    def paragraph(self, paragraph: Row, index: Any) -> list[Problem]:
        """`index` lists in its tables the rows nested in the paragraph."""
        meeting = index.get("meeting", paragraph.values.get("meeting_id"))
        if meeting is None:
            return []
        setting = self._setting(meeting.values, index)
        if setting is None:
            return []
        day, body_text, _roles, presence = setting
        return _paragraph(paragraph, presence, self.names, body_text, day, index)

    def approval(self, approval: Row, index: Any) -> list[Problem]:
        return list(_approval(approval, self._numbers, index))

    def _setting(self, values: dict[str, Any], index: Any) -> tuple[Any, ...] | None:
        """(day, body's name, roles, attendance) of a meeting; None: not checked."""
        meeting_id = values.get("id")
        if self._cached[0] == meeting_id:
            return self._cached[1]
        starts = parse_moment(values.get("starts_at"), "datetime")
        body = index.get("body", values.get("body_id"))
        setting = None
        if isinstance(starts, datetime) and body is not None:
            day = starts.date()
            roles = participation.roles_on(self.memberships, values.get("body_id"), day)
            packed = self._attendance.get(meeting_id)
            rows = sorted(packed.rows() if packed else [], key=lambda r: (r[0], r[1]))
            presence = [participation.Presence(
                r[2], AttendanceKind(r[3]), r[4], r[5], r[6],
                key=Row.at(("meetings", r[7], "attendance", r[8]), {})) for r in rows]
            setting = (day, str(body.values.get("name", "")).lower(), roles, presence)
        self._cached = (meeting_id, setting)
        return setting


class _Packed:
    """Rows of a few values, as 8-byte integers in one array while every value is an
    integer, None or a kind of attendance (as its number); as tuples once one is not."""

    _KINDS = tuple(kind.value for kind in AttendanceKind)
    _NONE = -(1 << 63)
    __slots__ = ("_numbers", "_tuples", "_width")

    def __init__(self) -> None:
        self._numbers = array("q")
        self._tuples: list[tuple[Any, ...]] | None = None
        self._width = 0

    def append(self, row: tuple[Any, ...]) -> None:
        if self._tuples is None:
            encoded = [self._encode(value) for value in row]
            if None not in encoded and (not self._width or self._width == len(row)):
                self._width = len(row)
                self._numbers.extend(encoded)  # type: ignore[arg-type]
                return
            self._tuples = self.rows()
        self._tuples.append(row)

    def rows(self) -> list[tuple[Any, ...]]:
        if self._tuples is not None:
            return list(self._tuples)
        numbers, width = self._numbers, self._width
        if not width:
            return []
        return [tuple(self._decode(numbers[start + i], i) for i in range(width))
                for start in range(0, len(numbers), width)]

    def _encode(self, value: Any) -> int | None:
        """The number for a value; None: it has none."""
        if value is None:
            return self._NONE
        if type(value) is int:
            return value if self._NONE + len(self._KINDS) < value < 1 << 63 else None
        if type(value) is str and value in self._KINDS:
            return self._NONE + 1 + self._KINDS.index(value)
        return None

    def _decode(self, number: int, _column: int) -> Any:
        if number == self._NONE:
            return None
        if number <= self._NONE + len(self._KINDS):
            return self._KINDS[number - self._NONE - 1]
        return number


def _memberships(index: Index) -> Iterator[participation.MembershipRow]:
    for row in index.tables["membership"]:
        values = row.values
        starts = parse_moment(values.get("starts_on"), "date")
        ends = parse_moment(values.get("ends_on"), "date")
        if not isinstance(starts, date) or values.get("role") not in set(Role):
            continue
        yield participation.MembershipRow(values.get("person_id"), values.get("body_id"),
                                          Role(values["role"]), starts,
                                          ends if isinstance(ends, date) else None)


class _Names:
    """ "Bo Ek (S)" for a person id of the file."""

    def __init__(self, index: Index) -> None:
        self.index = index

    def __call__(self, person_id: int | None) -> str:
        person = self.index.get("person", person_id)
        if person is None:
            return f"person {person_id}" if person_id is not None else ""
        party = self.index.get("party", person.values.get("party_id"))
        name = str(person.values.get("name"))
        return f"{name} ({party.values.get('abbreviation')})" if party else name


def _at(row: Row, field: str, message: str) -> Problem:
    return Problem((*row.path, field), message)


def _planning(meeting: Row, approvers: list[Row], roles: dict, names: _Names, body: str,
              day: date) -> list[Problem]:
    """As when a meeting is planned: the chair a ledamot, the justerare of the body."""
    out = []
    chair = meeting.values.get("chair_id")
    if chair is not None and roles.get(chair) not in participation.MEMBER_ROLES:
        out.append(_at(meeting, "chair_id", f"{names(chair)} är inte ledamot i {body} "
                                            f"{day.isoformat()} och kan inte vara ordförande."))
    for row in approvers:
        if row.values.get("meeting_id") == meeting.values.get("id") and \
                row.values.get("person_id") not in roles:
            person = row.values.get("person_id")
            out.append(_at(row, "person_id", f"{names(person)} är inte ledamot eller ersättare "
                                             f"i {body} {day.isoformat()} och kan inte justera "
                                             "protokollet."))
    return out


def _paragraph(paragraph: Row, presence: list[participation.Presence], names: _Names,
               body: str, day: date, index: Index) -> list[Problem]:
    values = paragraph.values
    number = values.get("number") if type(values.get("number")) is int else None
    what = f"§ {number}" if number is not None else f"punkt {values.get('position')}"
    pid = values.get("id")
    exception_rows = [r for r in index.tables["paragraph_attendance"]
                      if r.values.get("paragraph_id") == pid]
    exceptions = [participation.ParagraphException(
        r.values["person_id"], ParagraphAttendanceKind(r.values["kind"]),
        r.values.get("replaces_person_id"), key=r) for r in exception_rows]
    acting = values.get("acting_chair_id")
    out = []
    for problem in participation.exception_problems(presence, exceptions, number,
                                                    acting_chair=acting):
        if problem.code in _SAID_BY_ROW_RULES:
            continue
        row = paragraph if problem.key == "acting_chair" else problem.key
        field = "acting_chair_id" if problem.key == "acting_chair" else \
            _PROBLEM_FIELDS.get(problem.code, "person_id")
        out.append(_at(row, field, problem_message(problem, names, body=body, day=day,  # type: ignore
                                                   what=what)))
    part = participation.participation(presence, exceptions, number, acting_chair=acting)
    out += _taking_part(paragraph, part, names, what, index)
    out += _votes(paragraph, what, index)
    out += _immediate(paragraph)
    return out


_REFUSED = {
    participation.Code.RECUSED: "är jävig under {what}",
    participation.Code.ABSENT: "är inte närvarande under {what}",
    participation.Code.NOT_SERVING: "tjänstgör inte under {what}",
    participation.Code.NOT_PRESENT: "är inte närvarande under {what} enligt närvarolistan",
    participation.Code.NO_ATTENDANCE: "kan inte ha tjänstgjort: närvaron är inte registrerad "
                                      "för sammanträdet",
}


def _taking_part(paragraph: Row, part: participation.Participation, names: _Names, what: str,
                 index: Index) -> list[Problem]:
    """Ballots, yrkanden and statements only by those with the right, as the services say."""
    pid = paragraph.values.get("id")
    out = []

    def check(row: Row, person_id: Any, serving: bool, doing: str) -> None:
        if type(person_id) is not int:
            return
        problem = participation.taking_part_problem(person_id, part, serving=serving)
        if problem is None:
            return
        if problem.code is participation.Code.NO_ATTENDANCE and doing == "yrka":
            return  # the services let anyone of the body propose before attendance is kept
        reason = _REFUSED[problem.code].format(what=what)
        out.append(_at(row, "person_id", f"{names(person_id)} {reason} och kan inte {doing}."))

    votes = {r.values.get("id"): r for r in index.tables["vote"]
             if r.values.get("paragraph_id") == pid}
    for ballot in index.tables["ballot"]:
        if ballot.values.get("vote_id") in votes:
            check(ballot, ballot.values.get("person_id"), True, "rösta")
    proposals = {r.values.get("id") for r in index.tables["proposal"]
                 if r.values.get("paragraph_id") == pid and not r.values.get("withdrawn")}
    for author in index.tables["proposal_author"]:
        if author.values.get("proposal_id") in proposals:
            check(author, author.values.get("person_id"), True, "yrka")
    statements = {r.values.get("id"): r for r in index.tables["statement"]
                  if r.values.get("paragraph_id") == pid and r.values.get("state") != "withdrawn"}
    for table in ("statement_author", "statement_concurrence"):
        for row in index.tables[table]:
            statement = statements.get(row.values.get("statement_id"))
            if statement is None:
                continue
            reserving = statement.values.get("kind") == StatementKind.RESERVATION.value
            check(row, row.values.get("person_id"), reserving,
                  "reservera sig" if reserving else "stå bakom yttrandet")
    return out


def _votes(paragraph: Row, what: str, index: Index) -> Iterator[Problem]:
    pid = paragraph.values.get("id")
    for vote in index.tables["vote"]:
        values = vote.values
        if values.get("paragraph_id") != pid:
            continue
        if values.get("secret") and not values.get("election"):
            yield _at(vote, "secret", f"bara ett val kan förrättas med slutna sedlar "
                                      f"(omröstningen under {what}).")
        counts = [values.get(k) for k in ("yes_count", "no_count", "abstain_count")]
        if any(c is not None for c in counts) and not values.get("secret"):
            yield _at(vote, "yes_count", f"en öppen omröstning räknas från rösterna, inte från "
                                         f"antal (omröstningen under {what}).")
        if values.get("lot_winner") is not None and not values.get("election"):
            yield _at(vote, "lot_winner", f"lottning avgör bara ett val (omröstningen under "
                                          f"{what}).")
        if values.get("lot_winner") == "abstain":
            yield _at(vote, "lot_winner", "lotten faller på Ja eller Nej.")
        if values.get("secret") and any(b.values.get("vote_id") == values.get("id")
                                        for b in index.tables["ballot"]):
            yield _at(vote, "ballots", f"en sluten omröstning har inga namngivna röster "
                                       f"(omröstningen under {what}).")


def _immediate(paragraph: Row) -> Iterator[Problem]:
    values = paragraph.values
    on = parse_moment(values.get("immediately_approved_on"), "date")
    at = parse_moment(values.get("immediately_approved_at"), "datetime")
    posted = parse_moment(values.get("immediately_posted_on"), "date")
    if at is not None and on is None:
        yield _at(paragraph, "immediately_approved_at", "en tid för omedelbar justering kräver "
                                                        "dagen (immediately_approved_on).")
    elif isinstance(at, datetime) and isinstance(on, date) and at.date() != on:
        yield _at(paragraph, "immediately_approved_at", "tiden för den omedelbara justeringen "
                                                        "ligger inte på dess dag.")
    if posted is not None and on is None:
        yield _at(paragraph, "immediately_posted_on", "anslaget kan inte sättas upp innan "
                                                      "paragrafen är justerad.")
    elif isinstance(posted, date) and isinstance(on, date) and posted < on:
        yield _at(paragraph, "immediately_posted_on", "anslaget kan inte sättas upp före den "
                                                      "omedelbara justeringen.")


def _approval(approval: Row, numbers_of: dict[Any, list[int]], index: Index
              ) -> Iterator[Problem]:
    values = approval.values
    numbers = numbers_of.get(values.get("meeting_id"), [])
    paragraph = index.get("paragraph", values.get("paragraph_id"))
    if paragraph is not None and paragraph.values.get("meeting_id") != values.get("meeting_id"):
        yield _at(approval, "paragraph_id", "paragrafen hör till ett annat sammanträde än "
                                            "justeringen.")
    if paragraph is not None and (values.get("from_number") is not None
                                  or values.get("to_number") is not None):
        yield _at(approval, "from_number", "en omedelbar justering gäller sin paragraf; ange "
                                           "inga paragrafnummer.")
    for key in ("from_number", "to_number"):
        bound = values.get(key)
        if type(bound) is int and (not numbers or not min(numbers) <= bound <= max(numbers)):
            yield _at(approval, key, f"§ {bound} finns inte bland sammanträdets paragrafer.")
    first, last = values.get("from_number"), values.get("to_number")
    if type(first) is int and type(last) is int and first > last:
        yield _at(approval, "to_number", "justeringen kan inte sluta före den paragraf där den "
                                         "börjar.")

