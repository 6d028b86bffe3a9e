# SPDX-License-Identifier: EUPL-1.2
"""The fast structure check agrees with jsonschema, so that large files validate quickly."""

from __future__ import annotations

import copy
import json
import random
from typing import Any

import pytest

from kraftdesk.interchange import export_register, spec
from kraftdesk.interchange.structure import _fast, _validator
from tests.interchange.generator import generate
from tests.interchange.helpers import demo_document, new_register

ODD_VALUES = [None, "", "x", "2026-13-01", "2026-01-07T13:00", "a" * 600, 0, -1, 7, True,
              False, [], {}, [1], {"id": 1}, "hon", "approved", "0" * 64, 1.5]


def _places(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every (container path, key) inside a row."""
    found = []
    if isinstance(value, dict):
        for key, item in value.items():
            found.append((*path, key))
            found.extend(_places(item, (*path, key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found.append((*path, index))
            found.extend(_places(item, (*path, index)))
    return found


def _mutated(row: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    row = copy.deepcopy(row)
    *where, last = rng.choice(_places(row))
    target = row
    for step in where:
        target = target[step]
    action = rng.random()
    if action < 0.1 and isinstance(target, dict):
        del target[last]
    elif action < 0.2 and isinstance(target, dict):
        target["extra"] = 1
    else:
        target[last] = rng.choice(ODD_VALUES)
    return row


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    register = new_register(tmp_path_factory.mktemp("structure"))
    try:
        generate(register, seed=5, meetings=6)
        return json.loads(export_register(register))
    finally:
        register.close()


@pytest.mark.parametrize("source", ["demo", "generated"])
def test_fast_check_and_jsonschema_agree_on_mutated_rows(source: str,
                                                         document: dict[str, Any]) -> None:
    data = demo_document() if source == "demo" else document
    rng = random.Random(11)
    disagreements, checked = [], 0
    for collection in spec.TOP:
        rows = data.get(collection.key, [])  # an optional list may be missing
        fast, slow = _fast(collection.key), _validator(collection.key)
        for row in rows:
            assert fast(row) and slow.is_valid(row)
        for _ in range(150 if rows else 0):
            row = _mutated(rng.choice(rows), rng)
            verdicts = (fast(row), slow.is_valid(row))
            checked += 1
            if verdicts[0] != verdicts[1]:
                disagreements.append((collection.key, row, verdicts))
    assert checked > 1000
    assert disagreements == []


def test_the_fast_check_refuses_a_schema_keyword_it_does_not_know() -> None:
    from kraftdesk.interchange.structure import _compile

    with pytest.raises(ValueError, match="oneOf"):
        _compile({"type": "object", "properties": {"a": {"oneOf": []}}, "required": ["a"],
                  "additionalProperties": False})
