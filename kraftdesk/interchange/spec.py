# SPDX-License-Identifier: EUPL-1.2
"""The shape of the interchange file: which table goes where, and how each column is written.

The file mirrors the register's tables. Every table except the audit trail is a collection:
a list of objects whose keys are the table's column names. Rows that belong to one owner
are nested inside it (a meeting's justerare and attendance, a paragraph's decision points,
proposals, votes, statements …); the column pointing at the owner is then left out and
implied by the nesting. The organisation's own key (`organisation_id`) is likewise implied:
a register holds exactly one organisation.

How values are written, by column type: integers, text and booleans as JSON; enumerations
as their stored value ("approved"); dates as "YYYY-MM-DD"; date-times (local Swedish time,
as in the minutes) as "YYYY-MM-DDTHH:MM", with ":SS" or ":SS.ffffff" only when needed;
file contents as base64.
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property
from typing import Any

from sqlalchemy import Column, Table

from kraftdesk.register import models as m
from kraftdesk.register.base import Base
from kraftdesk.register.value_kinds import value_kind

FORMAT = "kraftdesk-register"
VERSION = 4
#: Older versions still read: converted to the current one first (kraftdesk.interchange.upgrade).
OLDER_VERSIONS = (1, 2, 3)

#: Tables deliberately not carried: the audit trail belongs to one register's history.
NOT_CARRIED = frozenset({"audit_entry"})
#: Columns deliberately not carried. Row versions count the changes in one register (a
#: fresh import starts every row at version 1, as new rows do). The received-PDF size limit
#: came after version 1 of the format was fixed: a register read in gets the default
#: (25 MB) until the format carries it.
NOT_CARRIED_COLUMNS = frozenset({"version", "received_pdf_max_mb"})

@dataclass(frozen=True)
class Collection:
    """A table as it appears in the file.

    `deferred` pairs columns with the placeholder written on insert; the real values are set
    once every row of the file is in (see kraftdesk.interchange.load for why). `late`
    collections are inserted after that.
    """

    key: str
    model: type[Base]
    parent_fk: str | None = None
    children: tuple[Collection, ...] = ()
    order_by: tuple[str, ...] = ("id",)
    deferred: tuple[tuple[str, Any], ...] = ()
    late: bool = False
    min_items: int = 0
    # May be missing from a file (a collection added after version 1 was first written:
    # older files stay importable).
    optional: bool = False

    @cached_property
    def table(self) -> Table:
        return self.model.__table__  # type: ignore[return-value]

    @cached_property
    def name(self) -> str:
        return self.table.name

    @cached_property
    def columns(self) -> tuple[Column[Any], ...]:
        """The columns written in the file (all but the implied owner key)."""
        return tuple(c for c in self.stored_columns if c.name != self.parent_fk)

    @cached_property
    def stored_columns(self) -> tuple[Column[Any], ...]:
        """The table's columns that the file carries (the owner key included)."""
        return tuple(c for c in self.table.columns if c.name not in NOT_CARRIED_COLUMNS)

    @cached_property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)

    @cached_property
    def has_id(self) -> bool:
        return "id" in self.table.c


def _nested(key: str, model: type[Base], parent_fk: str, *, children: tuple[Collection, ...] = (),
            order_by: tuple[str, ...] = ("id",), min_items: int = 0) -> Collection:
    return Collection(key, model, parent_fk, children, order_by, min_items=min_items)


ORGANISATION = Collection("organisation", m.Organisation)

#: A body may point at a body written after it (the body it proposes to) and at its default
#: secretary (persons come after bodies): both are set once every row is in. Its standard
#: agenda items are nested in it.
BODIES = Collection("bodies", m.Body, "organisation_id",
                    children=(_nested("agenda_template", m.AgendaTemplateItem, "body_id"),),
                    deferred=(("proposes_to_id", None), ("default_secretary_id", None)))

MEETINGS = Collection(
    "meetings", m.Meeting,
    children=(
        _nested("approvers", m.MeetingApprover, "meeting_id", order_by=("position",)),
        _nested("attendance", m.Attendance, "meeting_id"),
    ),
    deferred=(("minutes_state", "draft"), ("sent_for_approval_on", None),
              ("approved_on", None), ("posted_on", None)),
)

PARAGRAPHS = Collection(
    "paragraphs", m.Paragraph,
    children=(
        _nested("decision_points", m.DecisionPoint, "paragraph_id"),
        _nested("basis_documents", m.BasisDocument, "paragraph_id"),
        _nested("distribution", m.Distribution, "paragraph_id"),
        _nested("sections", m.ParagraphSection, "paragraph_id"),
        _nested("attendance", m.ParagraphAttendance, "paragraph_id"),
        _nested("other_cases", m.ParagraphCase, "paragraph_id", order_by=("position",)),
        _nested("proposals", m.Proposal, "paragraph_id", children=(
            _nested("authors", m.ProposalAuthor, "proposal_id", order_by=("position",)),
        )),
        _nested("votes", m.Vote, "paragraph_id", children=(
            _nested("ballots", m.Ballot, "vote_id"),
        )),
        _nested("statements", m.Statement, "paragraph_id", children=(
            _nested("authors", m.StatementAuthor, "statement_id", order_by=("position",),
                    min_items=1),
            _nested("concurrences", m.StatementConcurrence, "statement_id",
                    order_by=("position",)),
        )),
        _nested("reported_items", m.ReportedItem, "paragraph_id"),
        _nested("dispatches", m.Dispatch, "paragraph_id"),
    ),
    deferred=(("immediately_approved_on", None), ("immediately_approved_at", None),
              ("immediately_posted_on", None)),
)

#: Kallelser as sent, after the paragraphs they called to.
NOTICES = Collection("notices", m.Notice, children=(
    _nested("items", m.NoticeItem, "notice_id", order_by=("paragraph_id",)),
))

#: The top-level lists, in the order they appear in the file and are inserted.
TOP: tuple[Collection, ...] = (
    Collection("terms", m.Term, "organisation_id"),
    Collection("parties", m.Party, "organisation_id"),
    BODIES,
    Collection("persons", m.Person, "organisation_id"),
    Collection("memberships", m.Membership),
    Collection("cases", m.Case, "organisation_id"),
    Collection("files", m.StoredFile),
    MEETINGS,
    PARAGRAPHS,
    Collection("appendices", m.Appendix),
    Collection("marks", m.Mark, optional=True),
    Collection("approvals", m.Approval),
    Collection("confirmations", m.CheckConfirmation),
    NOTICES,
    Collection("recipients", m.Recipient, "organisation_id"),
    Collection("text_blocks", m.TextBlock, "organisation_id"),
    Collection("trust_anchors", m.TrustAnchor, "organisation_id", optional=True),
    Collection("revocation_lists", m.RevocationList, optional=True),
    Collection("signatures", m.MinutesSignature, optional=True),
    Collection("seals", m.MinutesSeal, late=True),
    Collection("posting_seals", m.PostingSeal, late=True, optional=True),
)

#: Every key of the file's top-level object, in the order written.
TOP_KEYS: tuple[str, ...] = ("format", "version", "organisation", *(c.key for c in TOP))
#: The keys every file must have (the optional collections may be missing).
REQUIRED_KEYS: tuple[str, ...] = tuple(k for k in TOP_KEYS
                                       if k not in {c.key for c in TOP if c.optional})

def walk(collections: tuple[Collection, ...] = (ORGANISATION, *TOP)) -> Iterator[Collection]:
    """Every collection, owners before the rows nested in them."""
    for collection in collections:
        yield collection
        yield from walk(collection.children)


def by_table() -> dict[str, Collection]:
    return {c.name: c for c in walk()}


def column_kind(column: Column[Any]) -> str:
    """How a column's values are written: integer, string, boolean, enum, date, datetime, base64."""
    try:
        kind = value_kind(column.type)
    except TypeError:
        raise TypeError(f"no interchange form for {column.table.name}.{column.name}: "
                        f"{column.type!r}") from None
    return "base64" if kind == "binary" else kind


def enum_values(column: Column[Any]) -> list[str]:
    return list(column.type.enums)  # type: ignore[attr-defined]


# --- values: register → file ------------------------------------------------------------

def format_datetime(value: datetime) -> str:
    if value.microsecond:
        return value.isoformat(timespec="microseconds")
    if value.second:
        return value.isoformat(timespec="seconds")
    return value.isoformat(timespec="minutes")


def _enum_out(value: Any) -> str:
    return value.value if hasattr(value, "value") else str(value)


def _b64_out(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


_TO_FILE: dict[str, Callable[[Any], Any]] = {
    "enum": _enum_out,
    "date": date.isoformat,
    "datetime": format_datetime,
    "base64": _b64_out,
}

_FROM_FILE: dict[str, Callable[[Any], Any]] = {
    "date": date.fromisoformat,
    "datetime": datetime.fromisoformat,
    "base64": lambda text: base64.b64decode(text, validate=True),
}


def to_file(kind: str) -> Callable[[Any], Any] | None:
    """Converter of a non-null register value to its file form; None: written as it is."""
    return _TO_FILE.get(kind)


def from_file(kind: str) -> Callable[[Any], Any] | None:
    """Converter of a checked, non-null file value to its register form; None: as it is."""
    return _FROM_FILE.get(kind)


def carried_tables() -> set[str]:
    return {c.name for c in walk()}


def uncovered_tables() -> set[str]:
    """Tables of the register neither carried nor deliberately left out (must stay empty)."""
    return set(Base.metadata.tables) - carried_tables() - NOT_CARRIED
