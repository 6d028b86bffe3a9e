# SPDX-License-Identifier: EUPL-1.2
"""Older versions of the interchange file, converted to the current one before any check.

Version 1 → 2 (the set-up of a real kommun, migration 0100_i12_setup): the list `terms`
and new columns, all of which a version 1 file leaves empty:

- organisation: case_number_example, address, logo, logo_media_type;
- bodies: running_name, genitive_name, proposes_to_id, numbering_scheme, default_place,
  default_start_time, justering_days, justering_time, default_secretary_id, retired_on;
- persons: email, phone, note;
- memberships: position;
- cases: body_id.

Version 2 → 3 (before and after the meeting, migration 0100_i15_before_after): the lists
`notices`, `recipients`, `text_blocks` and, nested, `agenda_template` (bodies),
`reported_items` and `dispatches` (paragraphs); new columns, which a version 2 file reads
with the register's defaults (the organisation's standard wordings) or null:

- organisation: notice_absence_text, reported_items_decision_text,
  delegated_decisions_decision_text;
- bodies: notice_days;
- paragraphs: presenter, deferral;
- cases: handler, registered_on.

A key the file already has is left as it is (the schema then says what is wrong with it).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Column

from kraftdesk.interchange import spec

_V2_COLUMNS: dict[str, tuple[str, ...]] = {
    "bodies": ("running_name", "genitive_name", "proposes_to_id", "numbering_scheme",
               "default_place", "default_start_time", "justering_days", "justering_time",
               "default_secretary_id", "retired_on"),
    "persons": ("email", "phone", "note"),
    "memberships": ("position",),
    "cases": ("body_id",),
}
_V2_ORGANISATION = ("case_number_example", "address", "logo", "logo_media_type")


#: Tables (lists) and columns ("table.column") of version 3.
V3_TABLES = frozenset({"agenda_template_item", "reported_item", "dispatch", "notice",
                       "notice_item", "recipient", "text_block"})
V3_COLUMNS = frozenset({
    "organisation.notice_absence_text", "organisation.reported_items_decision_text",
    "organisation.delegated_decisions_decision_text", "body.notice_days",
    "paragraph.presenter", "paragraph.deferral", "case.handler", "case.registered_on",
})


def upgrade(document: dict[str, Any]) -> dict[str, Any]:
    """The document in the current version (changed in place and returned)."""
    if document.get("version") == 1:
        _one_to_two(document)
    if document.get("version") == 2:
        _two_to_three(document)
    return document


def _one_to_two(document: dict[str, Any]) -> None:
    organisation = document.get("organisation")
    if isinstance(organisation, dict):
        for key in _V2_ORGANISATION:
            organisation.setdefault(key, None)
    for list_key, columns in _V2_COLUMNS.items():
        rows = document.get(list_key)
        if not isinstance(rows, list):
            continue
        for row in rows:
            if isinstance(row, dict):
                for key in columns:
                    row.setdefault(key, None)
    rebuilt = {}
    for key, value in document.items():
        if key == "parties" and "terms" not in document:
            rebuilt["terms"] = []
        rebuilt[key] = value
    rebuilt.setdefault("terms", [])
    rebuilt["version"] = 2
    document.clear()
    document.update(rebuilt)


def _two_to_three(document: dict[str, Any]) -> None:
    organisation = document.get("organisation")
    if isinstance(organisation, dict):
        _complete_row(spec.ORGANISATION, organisation)
    for collection in spec.TOP:
        if collection.name in V3_TABLES:
            document.setdefault(collection.key, [])
        _complete_list(collection, document.get(collection.key))
    document["version"] = 3


def _default(column: Column[Any]) -> Any:
    """What a version 2 file without `column` means by it: the model's default, or None."""
    default = column.default
    if default is None or not getattr(default, "is_scalar", False):
        return None
    value = default.arg  # type: ignore[attr-defined]
    return value.value if hasattr(value, "value") else value


def _complete_list(collection: spec.Collection, rows: Any) -> None:
    if not isinstance(rows, list):
        return
    for row in rows:
        if isinstance(row, dict):
            _complete_row(collection, row)


def _complete_row(collection: spec.Collection, row: dict[str, Any]) -> None:
    for column in collection.columns:
        if f"{collection.name}.{column.name}" in V3_COLUMNS:
            row.setdefault(column.name, _default(column))
    for child in collection.children:
        if child.name in V3_TABLES:
            row.setdefault(child.key, [])
        _complete_list(child, row.get(child.key))
