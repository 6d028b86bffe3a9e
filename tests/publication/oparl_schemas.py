# SPDX-License-Identifier: EUPL-1.2
"""Validating OParl objects against the OParl 1.1 schemas shipped in resources/oparl-1.1."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from jsonschema import Draft7Validator

SCHEMAS = Path(__file__).resolve().parents[2] / "resources" / "oparl-1.1"
TYPE_PREFIX = "https://schema.oparl.org/1.1/"


@cache
def schema(name: str) -> dict[str, Any]:
    return json.loads((SCHEMAS / f"{name}.json").read_text(encoding="utf-8"))


def errors(value: dict[str, Any], where: str = "$") -> list[str]:
    """Every schema error of an OParl object and of the objects embedded in it."""
    kind = str(value.get("type", ""))
    if not kind.startswith(TYPE_PREFIX):
        return [f"{where}: no OParl type ({kind!r})"]
    name = kind.removeprefix(TYPE_PREFIX)
    definition = schema(name)
    out = [f"{where}: {e.message}" for e in Draft7Validator(definition).iter_errors(value)]
    for key, prop in definition["properties"].items():
        if key not in value:
            continue
        if prop.get("schema") and isinstance(value[key], dict):
            out += errors(value[key], f"{where}.{key}")
        items = prop.get("items") or {}
        if isinstance(items, dict) and items.get("schema") and isinstance(value[key], list):
            for index, item in enumerate(value[key]):
                out += errors(item, f"{where}.{key}[{index}]")
    return out


def list_errors(value: dict[str, Any], where: str) -> list[str]:
    """An external list: {"data": [objects], "links": …}."""
    if not isinstance(value.get("data"), list):
        return [f"{where}: not an OParl list"]
    return [e for i, item in enumerate(value["data"]) for e in errors(item, f"{where}[{i}]")]
