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

A key the file already has is left as it is (the schema then says what is wrong with it).
"""

from __future__ import annotations

from typing import Any

_V2_COLUMNS: dict[str, tuple[str, ...]] = {
    "bodies": ("running_name", "genitive_name", "proposes_to_id", "numbering_scheme",
               "default_place", "default_start_time", "justering_days", "justering_time",
               "default_secretary_id", "retired_on"),
    "persons": ("email", "phone", "note"),
    "memberships": ("position",),
    "cases": ("body_id",),
}
_V2_ORGANISATION = ("case_number_example", "address", "logo", "logo_media_type")


def upgrade(document: dict[str, Any]) -> dict[str, Any]:
    """The document in the current version (changed in place and returned)."""
    if document.get("version") == 1:
        _one_to_two(document)
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
