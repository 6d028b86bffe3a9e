# SPDX-License-Identifier: EUPL-1.2
"""Row rules of the register, checked on an interchange file before anything is written.

Most mirror the register's CHECK constraints (so the file gets a Swedish message with its
path instead of a refused insert); a few are domain rules the database cannot express:
a statement has at least one author (the schema), a stored file's content matches its
SHA-256, diarienummer follow the organisation's pattern, bodies form no cycle, a bilaga
belongs to the meeting of its paragraph and statement, only justerade minutes are sealed,
a kallelse is sent no later than its meeting and calls to that meeting's paragraphs, an
extract recorded as sent justerat is of a justerad paragraph.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from kraftdesk.domain import case_numbers, logo, setup
from kraftdesk.domain.errors import UserError
from kraftdesk.interchange.flatten import Row
from kraftdesk.interchange.index import Index
from kraftdesk.interchange.problems import Problem, json_path, quote
from kraftdesk.interchange.schema import DATE_PATTERN, DATETIME_PATTERN, SHA256_PATTERN

_DATE = re.compile(DATE_PATTERN)
_SHA256 = re.compile(SHA256_PATTERN)
_DATETIME = re.compile(DATETIME_PATTERN)

RowRule = Callable[[Row, "Index"], Iterator[Problem]]


def parse_moment(value: Any, kind: str) -> date | datetime | None:
    """A date ("date") or date-time ("datetime") from its file form; None if it is not one."""
    if not isinstance(value, str):
        return None
    try:
        if kind == "date":
            return date.fromisoformat(value) if _DATE.match(value) else None
        return datetime.fromisoformat(value) if _DATETIME.match(value) else None
    except ValueError:
        return None


def _day(row: Row, name: str) -> date | None:
    return parse_moment(row.values.get(name), "date")  # type: ignore[return-value]


def _moment(row: Row, name: str) -> datetime | None:
    return parse_moment(row.values.get(name), "datetime")  # type: ignore[return-value]


def _at(row: Row, name: str, message: str) -> Problem:
    return Problem((*row.path, name), message)


def _meeting(row: Row, index: Index) -> Iterator[Problem]:
    starts, ends = _moment(row, "starts_at"), _moment(row, "ends_at")
    if starts and ends and ends < starts:
        yield _at(row, "ends_at", "sammanträdet kan inte sluta innan det börjar.")
    approved, posted = _day(row, "approved_on"), _day(row, "posted_on")
    if row.values.get("minutes_state") == "approved" and row.values.get("approved_on") is None:
        yield _at(row, "approved_on", "ett justerat protokoll måste ha ett justeringsdatum.")
    if row.values.get("posted_on") is not None and row.values.get("approved_on") is None:
        yield _at(row, "posted_on", "ett protokoll kan inte anslås innan det är justerat "
                                    "(approved_on saknas).")
    elif approved and posted and posted < approved:
        yield _at(row, "posted_on", "protokollet kan inte anslås före justeringsdagen.")


def _membership(row: Row, index: Index) -> Iterator[Problem]:
    starts, ends = _day(row, "starts_on"), _day(row, "ends_on")
    if starts and ends and ends < starts:
        yield _at(row, "ends_on", "uppdraget kan inte sluta innan det börjar.")


def _term(row: Row, index: Index) -> Iterator[Problem]:
    starts, ends = _day(row, "starts_on"), _day(row, "ends_on")
    if starts and ends and ends < starts:
        yield _at(row, "ends_on", "mandatperioden kan inte sluta innan den börjar.")


def _body(row: Row, index: Index) -> Iterator[Problem]:
    short = row.values.get("short_name")
    if isinstance(short, str) and short.strip():
        try:
            setup.check_short_name(short)
            name = row.values.get("name")
            if isinstance(name, str) and name.strip():
                setup.check_body_names(short.strip(), " ".join(name.split()))
        except UserError as error:
            yield _at(row, error.field or "short_name", _lower_first(error.message))
    if row.values.get("proposes_to_id") is not None and \
            row.values.get("proposes_to_id") == row.values.get("id"):
        yield _at(row, "proposes_to_id", "ett organ kan inte föreslå sig självt.")
    days = row.values.get("justering_days")
    if type(days) is int:
        try:
            setup.check_justering_days(days)
        except UserError as error:
            yield _at(row, "justering_days", _lower_first(error.message))
    for name in ("default_start_time", "justering_time"):
        value = row.values.get(name)
        if isinstance(value, str):
            try:
                if setup.time_of_day(value, what="tiden", field=name) != value:
                    yield _at(row, name, f"{quote(value)} ska skrivas TT:MM, till exempel 13:00.")
            except UserError:
                yield _at(row, name, f"{quote(value)} är ingen tid; skriv den som TT:MM.")


def _organisation(row: Row, index: Index) -> Iterator[Problem]:
    if (row.values.get("logo") is None) != (row.values.get("logo_media_type") is None):
        yield _at(row, "logo_media_type", "anges exakt när logo har ett värde.")
    yield from _logo(row)
    example = row.values.get("case_number_example")
    if not isinstance(example, str):
        return
    try:
        pattern = case_numbers.pattern_from_example(example)
    except UserError as error:
        yield _at(row, "case_number_example", _lower_first(error.message))
        return
    if row.values.get("case_number_pattern") != pattern:
        yield _at(row, "case_number_pattern", "stämmer inte med formatet i "
                                              "case_number_example; lämna den som kraftdesk "
                                              "skrev den.")


def _logo(row: Row) -> Iterator[Problem]:
    """The logo is one the settings would take (kraftdesk.domain.logo), of the type given."""
    data, declared = _decoded(row, "logo", "logotypen"), row.values.get("logo_media_type")
    if isinstance(data, Problem):
        yield data
    if not isinstance(data, bytes):
        return
    try:
        found = logo.media_type_of(data)
    except UserError as error:
        yield _at(row, "logo", _lower_first(error.message))
        return
    if isinstance(declared, str) and declared != found:
        yield _at(row, "logo_media_type", f"logotypen är av typen {quote(found)}, inte "
                                          f"{quote(declared)}.")


def _lower_first(text: str) -> str:
    """A message as the rest of a line ("…: pNG" is wrong, so an abbreviation stays)."""
    if text[1:2].isupper():
        return text
    return text[:1].lower() + text[1:]


def _attendance(row: Row, index: Index) -> Iterator[Problem]:
    replaces = row.values.get("replaces_person_id")
    if replaces is not None and replaces == row.values.get("person_id"):
        yield _at(row, "replaces_person_id", "en ersättare kan inte tjänstgöra för sig själv.")


def _paragraph_attendance(row: Row, index: Index) -> Iterator[Problem]:
    yield from _attendance(row, index)
    serving = row.values.get("kind") == "serving"
    if serving and row.values.get("replaces_person_id") is None:
        yield _at(row, "replaces_person_id", "en tjänstgörande ersättare (serving) ska ange "
                                             "vem ersättaren tjänstgör för.")
    elif not serving and row.values.get("replaces_person_id") is not None:
        yield _at(row, "replaces_person_id", "anges bara för en tjänstgörande ersättare "
                                             "(kind serving).")


def _basis_document(row: Row, index: Index) -> Iterator[Problem]:
    ref, kind, text = (row.values.get(k) for k in ("ref_paragraph_id", "ref_kind", "text"))
    if (ref is None) != (kind is None):
        yield _at(row, "ref_kind", "en hänvisning behöver både ref_paragraph_id och ref_kind.")
    if ref is None and not text:
        yield _at(row, "text", "raden saknar både text och hänvisning.")
    if ref is not None and ref == row.values.get("paragraph_id"):
        yield _at(row, "ref_paragraph_id", "paragrafen kan inte hänvisa till sig själv.")


def _statement(row: Row, index: Index) -> Iterator[Problem]:
    state = row.values.get("state")
    if state == "received" and row.values.get("received_at") is None:
        yield _at(row, "received_at", "ett inkommet yttrande (received) måste ha en tidpunkt "
                                      "då det kom in.")
    if state == "received" and row.values.get("text") is None and row.values.get("file_id") is None:
        yield _at(row, "text", "ett inkommet yttrande (received) måste ha en text eller en "
                               "fil (file_id).")
    if state == "promised" and row.values.get("deadline") is None:
        yield _at(row, "deadline", "ett utlovat yttrande (promised) måste ha en sista "
                                   "tidpunkt: justeringens tid.")


def _appendix(row: Row, index: Index) -> Iterator[Problem]:
    is_statement = row.values.get("kind") == "statement"
    statement_id = row.values.get("statement_id")
    if is_statement and statement_id is None:
        yield _at(row, "statement_id", "en bilaga av typen statement ska ange sitt yttrande.")
    elif not is_statement and statement_id is not None:
        yield _at(row, "statement_id", "bara en bilaga av typen statement hör till ett "
                                       "yttrande.")
    meeting = row.values.get("meeting_id")
    paragraph = index.get("paragraph", row.values.get("paragraph_id"))
    if _in_other_meeting(paragraph, meeting, index):
        yield _at(row, "paragraph_id", "paragrafen hör till ett annat sammanträde än bilagan.")
    statement = index.get("statement", statement_id)
    owner = index.get("paragraph", statement.values.get("paragraph_id")) if statement else None
    if _in_other_meeting(owner, meeting, index):
        yield _at(row, "statement_id", "yttrandet hör till ett annat sammanträde än bilagan.")


def _in_other_meeting(paragraph: Row | None, meeting: Any, index: Index) -> bool:
    """True when the paragraph is of another meeting (both meetings being in the file)."""
    if paragraph is None or index.get("meeting", meeting) is None:
        return False
    theirs = paragraph.values.get("meeting_id")
    return index.get("meeting", theirs) is not None and theirs != meeting


def _seal(row: Row, index: Index) -> Iterator[Problem]:
    meeting = index.get("meeting", row.values.get("meeting_id"))
    if meeting and meeting.values.get("minutes_state") != "approved":
        yield _at(row, "meeting_id", "bara ett justerat protokoll kan förseglas; "
                                     "sammanträdet är inte justerat.")


def _decoded(row: Row, name: str, what: str) -> bytes | Problem | None:
    """The bytes of the base64 text in column `name`; the Problem when it is none (`what`
    names the column in it); None when there is no text."""
    content = row.values.get(name)
    if not isinstance(content, str):
        return None
    try:
        return base64.b64decode(content, validate=True)
    except (binascii.Error, ValueError):
        return _at(row, name, f"{what} är ingen giltig base64-text.")


def _stored_file(row: Row, index: Index) -> Iterator[Problem]:
    data = _decoded(row, "content", "innehållet")
    if isinstance(data, Problem):
        yield data
    if not isinstance(data, bytes):
        return
    size, declared = len(data), row.values.get("size")
    if type(declared) is int and declared != size:
        yield _at(row, "size", f"innehållet är {size} byte, inte {declared}.")
    digest, sha256 = hashlib.sha256(data).hexdigest(), row.values.get("sha256")
    if isinstance(sha256, str) and _SHA256.match(sha256) and digest != sha256:
        yield _at(row, "sha256", f"stämmer inte med innehållet, vars SHA-256 är {digest}; "
                                 "filen är skadad eller ändrad.")


def _meeting_day(meeting: Row | None) -> date | None:
    starts = _moment(meeting, "starts_at") if meeting is not None else None
    return starts.date() if starts else None


def _notice(row: Row, index: Index) -> Iterator[Problem]:
    day = _meeting_day(index.get("meeting", row.values.get("meeting_id")))
    sent = _day(row, "sent_on")
    if day and sent and sent > day:
        yield _at(row, "sent_on", f"kallelsen kan inte ha skickats efter sammanträdet "
                                  f"({day.isoformat()}).")


def _notice_item(row: Row, index: Index) -> Iterator[Problem]:
    notice = index.get("notice", row.values.get("notice_id"))
    paragraph = index.get("paragraph", row.values.get("paragraph_id"))
    if notice is not None and _in_other_meeting(paragraph, notice.values.get("meeting_id"),
                                                index):
        yield _at(row, "paragraph_id", "paragrafen hör till ett annat sammanträde än "
                                       "kallelsen.")


def _dispatch(row: Row, index: Index) -> Iterator[Problem]:
    paragraph = index.get("paragraph", row.values.get("paragraph_id"))
    meeting = index.get("meeting", paragraph.values.get("meeting_id")) if paragraph else None
    if paragraph is None or meeting is None:
        return
    justerad = meeting.values.get("minutes_state") == "approved" or \
        paragraph.values.get("immediately_approved_on") is not None
    if row.values.get("final") is True and not justerad:
        yield _at(row, "final", "ett justerat utdrag kan inte ha skickats innan paragrafen "
                                "är justerad.")
    day, sent = _meeting_day(meeting), _day(row, "sent_on")
    if day and sent and sent < day:
        yield _at(row, "sent_on", f"utdraget kan inte ha skickats före sammanträdet "
                                  f"({day.isoformat()}).")


_ROW_RULES: dict[str, RowRule] = {
    "organisation": _organisation, "term": _term, "body": _body,
    "meeting": _meeting, "membership": _membership, "attendance": _attendance,
    "paragraph_attendance": _paragraph_attendance, "basis_document": _basis_document,
    "statement": _statement, "appendix": _appendix, "minutes_seal": _seal,
    "stored_file": _stored_file, "notice": _notice, "notice_item": _notice_item,
    "dispatch": _dispatch,
}


def row_rule_problems(table: str, row: Row, index: Index) -> Iterator[Problem]:
    """The row rules of one row of `table`."""
    rule = _ROW_RULES.get(table)
    if rule is not None:
        yield from rule(row, index)
    if table == "case":
        yield from _case_number(row, index)


def whole_file_problems(index: Index) -> Iterator[Problem]:
    """The rules over whole (small) tables: index.tables holds them."""
    organisations = index.tables["organisation"]
    pattern = organisations[0].values.get("case_number_pattern") if organisations else None
    if isinstance(pattern, str) and isinstance(_case_pattern(pattern), re.error):
        error = _case_pattern(pattern)
        yield _at(organisations[0], "case_number_pattern",
                  f"är inget giltigt mönster för diarienummer (fel vid tecken "
                  f"{(error.pos or 0) + 1}); ange formatet med case_number_example i stället.")
    yield from _body_cycles(index)
    yield from _proposes_to_cycles(index)
    yield from _membership_overlaps(index)
    yield from _term_overlaps(index)
    yield from _namesakes(index)


@lru_cache(maxsize=4)
def _case_pattern(pattern: str) -> re.Pattern[str] | re.error:
    try:
        return re.compile(pattern)
    except re.error as exc:
        return exc


def _case_number(row: Row, index: Index) -> Iterator[Problem]:
    organisations = index.tables["organisation"]
    pattern = organisations[0].values.get("case_number_pattern") if organisations else None
    if not isinstance(pattern, str):
        return
    compiled = _case_pattern(pattern)
    if isinstance(compiled, re.error):
        return
    example = organisations[0].values.get("case_number_example")
    number = row.values.get("number")
    if isinstance(number, str) and not compiled.fullmatch(number):
        shown = (f"som {quote(example)} ({case_numbers.describe(example)})"
                 if isinstance(example, str) else "(case_number_pattern)")
        yield _at(row, "number", f"diarienumret {quote(number)} följer inte organisationens "
                                 f"format för diarienummer {shown}.")


def _body_cycles(index: Index) -> Iterator[Problem]:
    for row in index.tables["body"]:
        seen = {row.values.get("id")}
        parent = index.get("body", row.values.get("parent_id"))
        while parent is not None:
            if parent.values.get("id") == row.values.get("id"):
                yield _at(row, "parent_id", "organen bildar en cirkel: ett organ kan inte vara "
                                            "överordnat sig självt, direkt eller indirekt.")
            if parent.values.get("id") in seen:
                break
            seen.add(parent.values.get("id"))
            parent = index.get("body", parent.values.get("parent_id"))


def _proposes_to_cycles(index: Index) -> Iterator[Problem]:
    proposes = {row.values.get("id"): row.values.get("proposes_to_id")
                for row in index.tables["body"]}
    reported: set[Any] = set()
    for row in index.tables["body"]:
        body_id, target = row.values.get("id"), row.values.get("proposes_to_id")
        if target is None or target == body_id or body_id in reported:
            continue
        if setup.proposes_to_cycle(body_id, proposes.get(target), proposes):
            current = target  # the circle, reported once, at its first body in the file
            while current not in reported and current is not None:
                reported.add(current)
                current = proposes.get(current)
            yield _at(row, "proposes_to_id", "organen föreslår varandra i en cirkel.")


def _period(row: Row) -> setup.Period | None:
    starts, ends = _day(row, "starts_on"), _day(row, "ends_on")
    if starts is None or (row.values.get("ends_on") is not None and ends is None):
        return None
    period = setup.Period(starts, ends)
    return None if setup.period_problem(period) else period


def _membership_overlaps(index: Index) -> Iterator[Problem]:
    seen: dict[tuple[Any, Any], list[tuple[Row, setup.Period]]] = {}
    for row in index.tables["membership"]:
        period = _period(row)
        if period is None:
            continue
        key = (row.values.get("person_id"), row.values.get("body_id"))
        for other, other_period in seen.get(key, []):
            if period.overlaps(other_period):
                yield _at(row, "starts_on", f"personen har redan ett uppdrag i samma organ "
                                            f"({other_period.text()}, {json_path(other.path)}) "
                                            f"som överlappar {period.text()}.")
                break
        seen.setdefault(key, []).append((row, period))


def _term_overlaps(index: Index) -> Iterator[Problem]:
    earlier: list[tuple[Row, setup.Period]] = []
    for row in index.tables["term"]:
        period = _period(row)
        if period is None:
            continue
        for other, other_period in earlier:
            if period.overlaps(other_period):
                yield _at(row, "starts_on", f"mandatperioden överlappar mandatperioden "
                                            f"{other_period.text()} ({json_path(other.path)}).")
                break
        earlier.append((row, period))


def _namesakes(index: Index) -> Iterator[Problem]:
    groups: dict[tuple[str, Any], list[Row]] = {}
    for row in index.tables["person"]:
        name = row.values.get("name")
        if isinstance(name, str):
            groups.setdefault((" ".join(name.split()).casefold(), row.values.get("party_id")),
                              []).append(row)
    for rows in groups.values():
        for position, row in enumerate(rows[1:], start=1):
            note = row.values.get("note")
            problem = setup.same_person_problem(
                str(row.values.get("name")), None, note if isinstance(note, str) else None,
                [r.values.get("note") for r in rows[:position]])
            if problem:
                yield _at(row, "note", f"två personer med samma namn och parti ska skiljas åt "
                                       f"av olika anteckningar; se "
                                       f"{json_path(rows[0].path)}.")
