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

Version 2 → 3 (legal protocols, migration 0100_i14_legal): attendance periods per
paragraph, paragraphs without a decision, the tjänstgörande ordförande of a paragraph, the
omedelbar justering's time and own anslag, closed ballots and val, the wording of a received
reservation, further diarienummer, who justerade what, and confirmed checker warnings. Each
added key gets the value a version 2 file means (_V3_ADDED): null, false, [] or the
standard wording "lämnar skriftlig reservation". The same step brings electronic justering
and the archive (migration 0100_i16_signatures): the organisation's justering method,
required signers, time-stamping authority, fetching of revocation data and PDF/A part; a
seal's audit head (the lists trust_anchors, revocation_lists, signatures and posting_seals
are optional, as marks are: written only when not empty, read in every version).

Version 3 → 4 (before and after the meeting, migration 0100_i15_before_after): kallelser
as sent (`notices`), the usual recipients of extracts (`recipients`), the secretary's text
blocks (`text_blocks`), a body's standard agenda items (`agenda_template`), a paragraph's
lists of anmälningsärenden and delegationsbeslut (`reported_items`) and its expediering
(`dispatches`); the organisation's standard wordings of the kallelse and of the decisions
on anmälningar and delegationsbeslut, a body's notice period, a paragraph's föredragande and
deferral (bordlagt, återremitterat), a case's handläggare and registration day. Each added
key gets the value a version 3 file means (_V4_ADDED): [], null, or the standard wording the
register gives an organisation.

A key the file already has is left as it is (the schema then says what is wrong with it).
Anything that is not an object or a list where one is expected is passed over (the checks
that follow report it), and the rows' indexes, so the JSON paths of every message, stay as
in the file.
"""

from __future__ import annotations

from typing import Any

from kraftdesk.register.models.organisation import (
    DEFAULT_DELEGATED_DECISIONS_DECISION,
    DEFAULT_NOTICE_ABSENCE_TEXT,
    DEFAULT_REPORTED_ITEMS_DECISION,
)

_V2_COLUMNS: dict[str, tuple[str, ...]] = {
    "bodies": ("running_name", "genitive_name", "proposes_to_id", "numbering_scheme",
               "default_place", "default_start_time", "justering_days", "justering_time",
               "default_secretary_id", "retired_on"),
    "persons": ("email", "phone", "note"),
    "memberships": ("position",),
    "cases": ("body_id",),
}
_V2_ORGANISATION = ("case_number_example", "address", "logo", "logo_media_type")


#: Version 3: (JSON path of the objects as list keys from the top, key, value meant by an
#: older file). "organisation" is the one object; () is the document itself.
_V3_ADDED: tuple[tuple[tuple[str, ...], str, Any], ...] = (
    (("organisation",), "reservation_received_text", "lämnar skriftlig reservation"),
    (("meetings", "attendance"), "from_number", None),
    (("meetings", "attendance"), "to_number", None),
    (("meetings", "attendance"), "arrived_at", None),
    (("meetings", "attendance"), "left_at", None),
    (("paragraphs",), "outcome", None),
    (("paragraphs",), "acting_chair_id", None),
    (("paragraphs",), "immediately_approved_at", None),
    (("paragraphs",), "immediately_posted_on", None),
    (("paragraphs",), "other_cases", []),
    (("paragraphs", "votes"), "election", False),
    (("paragraphs", "votes"), "secret", False),
    (("paragraphs", "votes"), "yes_count", None),
    (("paragraphs", "votes"), "no_count", None),
    (("paragraphs", "votes"), "abstain_count", None),
    (("paragraphs", "votes"), "lot_winner", None),
    ((), "approvals", []),
    ((), "confirmations", []),
    # Electronic justering and the archive (migration 0100_i16_signatures).
    (("organisation",), "justering_method", "either"),
    (("organisation",), "required_signers", "secretary,chair,approver"),
    (("organisation",), "timestamp_url", None),
    (("organisation",), "fetch_revocation", False),
    (("organisation",), "pdfa_part", 2),
    (("seals",), "audit_head_id", None),
    (("seals",), "audit_head_hash", None),
)

#: Version 4, likewise. The organisation's wordings are the register's defaults
#: (migration 0100_i15_before_after gives existing registers the same).
_V4_ADDED: tuple[tuple[tuple[str, ...], str, Any], ...] = (
    (("organisation",), "notice_absence_text", DEFAULT_NOTICE_ABSENCE_TEXT),
    (("organisation",), "reported_items_decision_text", DEFAULT_REPORTED_ITEMS_DECISION),
    (("organisation",), "delegated_decisions_decision_text",
     DEFAULT_DELEGATED_DECISIONS_DECISION),
    (("bodies",), "notice_days", None),
    (("bodies",), "agenda_template", []),
    (("cases",), "handler", None),
    (("cases",), "registered_on", None),
    (("paragraphs",), "presenter", None),
    (("paragraphs",), "deferral", None),
    (("paragraphs",), "reported_items", []),
    (("paragraphs",), "dispatches", []),
    ((), "notices", []),
    ((), "recipients", []),
    ((), "text_blocks", []),
)


def upgrade(document: dict[str, Any]) -> dict[str, Any]:
    """The document in the current version (changed in place and returned)."""
    if document.get("version") == 1:
        _one_to_two(document)
    if document.get("version") == 2:
        _two_to_three(document)
    if document.get("version") == 3:
        _three_to_four(document)
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
    _add(document, _V3_ADDED)
    document["version"] = 3


def _three_to_four(document: dict[str, Any]) -> None:
    _add(document, _V4_ADDED)
    document["version"] = 4


def upgrade_row(version: Any, key: str, row: Any) -> None:
    """Bring one row of the top-level list `key` of a file of `version` to the current version
    (in place): what upgrade() does to each row of that list, for a file read row by row."""
    if version == 1:
        for column in _V2_COLUMNS.get(key, ()):
            if isinstance(row, dict):
                row.setdefault(column, None)
    for older, added in ((2, _V3_ADDED), (3, _V4_ADDED)):
        if type(version) is int and version <= older:
            for path, name, value in added:
                if path[:1] == (key,) and path != ("organisation",):
                    _set(_below([row], path[1:]), name, value)


def _add(document: dict[str, Any], added: tuple[tuple[tuple[str, ...], str, Any], ...]) -> None:
    for path, key, value in added:
        _set(_objects(document, path), key, value)


def _set(targets: list[dict[str, Any]], key: str, value: Any) -> None:
    for target in targets:
        if key not in target:
            target[key] = list(value) if isinstance(value, list) else value


def _objects(document: dict[str, Any], path: tuple[str, ...]) -> list[dict[str, Any]]:
    if path == ("organisation",):
        found = document.get("organisation")
        return [found] if isinstance(found, dict) else []
    return _below([document], path)


def _below(start: list[Any], path: tuple[str, ...]) -> list[dict[str, Any]]:
    """The objects at `path` (list keys) below the objects `start`."""
    current = [item for item in start if isinstance(item, dict)]
    for key in path:
        following: list[Any] = []
        for item in current:
            rows = item.get(key) if isinstance(item, dict) else None
            if isinstance(rows, list):
                following.extend(row for row in rows if isinstance(row, dict))
        current = following
    return current
