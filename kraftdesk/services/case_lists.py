# SPDX-License-Identifier: EUPL-1.2
"""Cases from the diarium: the CSV export of ärenden from the case management system, read
into the register so that the secretary does not type again what the registrator entered.

Columns (Swedish headers, any order; the file rules and the handling of bad rows are
kraftdesk.interchange.csv_table's, the same as for member lists):
    diarienummer;rubrik        and, if the export has them, handläggare;datum

    preview = preview_case_list(register, data, source="diarium.csv")   reads, writes nothing
    preview, changes = import_case_list(register, data, source="diarium.csv")   all or none

A diarienummer already in the register is that ärende: its rubrik, handläggare and datum are
updated where the file gives another (an empty cell leaves what the register has); it is
never added twice, and its status (öppet, avslutat) stays. Every diarienummer must follow
the organisation's format (kraftdesk.domain.case_numbers), as when a case is added by hand.
Any bad row stops the whole file with a Swedish message naming the row as Excel counts it
(the header is rad 1) and the column; nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain import case_numbers
from kraftdesk.interchange.csv_table import Column, CsvError, Table, TableRow, read_table
from kraftdesk.reading import support
from kraftdesk.register.database import Register
from kraftdesk.register.models import Case
from kraftdesk.services.changes import Changes
from kraftdesk.text import cases as words

__all__ = ["COLUMNS", "CaseListPreview", "PlannedCase", "import_case_list",
           "preview_case_list"]

COLUMNS = (
    Column("diarienummer", ("dnr", "diarienr", "dnr.", "ärendenummer", "ärendenr")),
    Column("rubrik", ("ärendemening", "ärenderubrik", "ärendetitel", "titel", "mening")),
    Column("handläggare", ("ansvarig handläggare", "handläggare namn"), required=False),
    Column("datum", ("registreringsdatum", "registrerat", "registrerad", "diarieförd",
                     "inkom", "inkommen", "ankomstdatum"), required=False),
)
#: The longest values the register keeps (the columns of Case).
MAX_NUMBER, MAX_TITLE, MAX_HANDLER = 100, 500, 200


@dataclass(frozen=True)
class PlannedCase:
    """One row of the file as it will be written."""

    line: int
    number: str
    title: str
    handler: str | None
    registered_on: date | None
    new: bool
    changed: tuple[str, ...]  # the columns that update an existing ärende: "rubrik", …
    action: str  # "Nytt ärende", "Uppdateras: rubrik", "Oförändrat"


@dataclass(frozen=True)
class CaseListPreview:
    source: str | None
    encoding: str
    cases: tuple[PlannedCase, ...]

    @property
    def new(self) -> int:
        return sum(1 for c in self.cases if c.new)

    @property
    def updated(self) -> int:
        return sum(1 for c in self.cases if c.changed)

    def summary(self) -> str:
        """ "3 nya ärenden, 2 uppdateras, 1 oförändrat"."""
        return words.import_summary(self.new, self.updated,
                                    len(self.cases) - self.new - self.updated)


def read_case_table(data: bytes, *, source: str | None = None) -> Table:
    return read_table(data, COLUMNS, source=source)


def preview_case_list(register: Register, data: bytes, *,
                      source: str | None = None) -> CaseListPreview:
    """What the file would add and update, every row checked; nothing is written."""
    table = read_case_table(data, source=source)
    with register.read() as session:
        planned, _existing = _plan(session, table)
    return CaseListPreview(table.source, table.encoding, tuple(planned))


def import_case_list(register: Register, data: bytes, *,
                     source: str | None = None) -> tuple[CaseListPreview, Changes]:
    """Add and update the ärenden of the file in one transaction (checked again inside it)."""
    table = read_case_table(data, source=source)
    with register.write() as session:
        planned, existing = _plan(session, table)
        org = support.organisation(session)
        added = [Case(organisation_id=org.id, number=p.number, title=p.title,
                      handler=p.handler, registered_on=p.registered_on)
                 for p in planned if p.new]
        session.add_all(added)
        for p in planned:
            if p.changed:
                case = existing[p.number]
                case.title = p.title
                case.handler = p.handler
                case.registered_on = p.registered_on
        session.flush()
        touched = {c.id for c in added} | {existing[p.number].id for p in planned if p.changed}
    return (CaseListPreview(table.source, table.encoding, tuple(planned)),
            Changes(cases=frozenset(touched)))


def _plan(session: Session, table: Table) -> tuple[list[PlannedCase], dict[str, Case]]:
    org = support.organisation(session)
    existing = {c.number: c for c in session.scalars(
        select(Case).where(Case.organisation_id == org.id))}
    seen: dict[str, int] = {}
    planned = []
    for row in table.rows:
        def fail(column: str, message: str, row: TableRow = row) -> CsvError:
            return CsvError(message, line=row.line, column=column, source=table.source)

        number = _number(row, org.case_number_pattern, org.case_number_example, org.name, fail)
        if number in seen:
            raise fail("diarienummer", f"{number} står redan på rad {seen[number]}; ett "
                                       "ärende kan bara stå en gång i filen.")
        seen[number] = row.line
        title = _text(row, "rubrik", MAX_TITLE, fail)
        if title is None:
            raise fail("rubrik", f"rubriken (ärendemeningen) saknas för {number}.")
        handler = _text(row, "handläggare", MAX_HANDLER, fail)
        registered_on = _day(row, fail)
        case = existing.get(number)
        if case is None:
            planned.append(PlannedCase(row.line, number, title, handler, registered_on, True,
                                       (), words.import_action(True, ())))
            continue
        # An empty cell keeps what the register has.
        handler = handler if handler is not None else case.handler
        registered_on = registered_on if registered_on is not None else case.registered_on
        changed = tuple(column for column, before, after in (
            ("rubrik", case.title, title), ("handläggare", case.handler, handler),
            ("datum", case.registered_on, registered_on)) if before != after)
        planned.append(PlannedCase(row.line, number, title, handler, registered_on, False,
                                   changed, words.import_action(False, changed)))
    return planned, existing


def _number(row: TableRow, pattern: str | None, example: str | None, organisation: str,
            fail) -> str:
    number = " ".join(row["diarienummer"].split())
    if not number:
        raise fail("diarienummer", "diarienumret saknas.")
    if len(number) > MAX_NUMBER:
        raise fail("diarienummer", f"diarienumret är för långt (högst {MAX_NUMBER} tecken).")
    if not case_numbers.matches(pattern, number):
        raise fail("diarienummer",
                   case_numbers.mismatch_message(number, example, organisation))
    return number


def _text(row: TableRow, column: str, longest: int, fail) -> str | None:
    text = " ".join(row[column].split())
    if len(text) > longest:
        raise fail(column, f"texten är för lång (högst {longest} tecken).")
    return text or None


#: How a diarium writes the day of registration: a date, or a date and a time.
_DAY_FORMATS = ("%Y-%m-%d", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M",
                "%Y-%m-%dT%H:%M:%S")


def _day(row: TableRow, fail) -> date | None:
    text = row["datum"]
    if not text:
        return None
    for form in _DAY_FORMATS:
        try:
            return datetime.strptime(text, form).date()
        except ValueError:
            continue
    raise fail("datum", f"«{text}» är inget datum; skriv det som ÅÅÅÅ-MM-DD, till exempel "
                        "2027-01-13.")
