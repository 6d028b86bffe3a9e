# SPDX-License-Identifier: EUPL-1.2
"""The JSON Schema: one canonical file, the docs copy identical, both what the models give."""

from __future__ import annotations

import json

from jsonschema import Draft202012Validator

from kraftdesk.interchange import schema, spec
from kraftdesk.interchange.descriptions import COLLECTIONS
from kraftdesk.register.base import Base
from tests.interchange.helpers import ROOT, demo_document

DOCS_SCHEMA = ROOT / "docs" / "interchange.schema.json"
HOW_TO = "uv run python -m kraftdesk.interchange.schema docs/interchange.schema.json"


def test_the_docs_schema_is_the_packaged_schema_byte_for_byte() -> None:
    assert DOCS_SCHEMA.read_bytes() == schema.SCHEMA_FILE.read_bytes()


def test_the_schema_files_are_what_the_models_give() -> None:
    assert schema.SCHEMA_FILE.read_text(encoding="utf-8") == schema.render(
        schema.build_schema()), f"the models changed: run {HOW_TO}"


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    loaded = json.loads(DOCS_SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(loaded)
    assert loaded["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_every_table_is_carried_except_the_audit_trail() -> None:
    assert spec.uncovered_tables() == set()
    assert set(Base.metadata.tables) - spec.carried_tables() == {"audit_entry"}
    assert set(COLLECTIONS) == spec.carried_tables()


def test_the_demo_file_is_valid_against_the_docs_schema() -> None:
    loaded = json.loads(DOCS_SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator(loaded).validate(demo_document())


def test_enumerations_and_checks_reach_the_schema() -> None:
    defs = json.loads(DOCS_SCHEMA.read_text(encoding="utf-8"))["$defs"]
    assert defs["membership"]["properties"]["role"]["enum"] == [
        "chair", "vice_chair", "second_vice_chair", "member", "substitute"]
    assert defs["person"]["properties"]["pronoun"]["enum"] == ["hon", "han", "hen", None]
    assert defs["paragraph"]["properties"]["number"]["minimum"] == 1
    assert defs["case"]["properties"]["number"]["minLength"] == 1
    assert defs["statement"]["properties"]["authors"]["minItems"] == 1
    assert "statements" in defs["paragraph"]["required"]
    assert defs["paragraph"]["additionalProperties"] is False


def test_the_example_in_the_docs_is_a_valid_file() -> None:
    from kraftdesk.interchange import check_file

    text = (ROOT / "docs" / "interchange.md").read_text(encoding="utf-8")
    example = text[text.index("## Example"):]
    block = example[example.index("```json\n") + 8:]
    checked = check_file(json.loads(block[: block.index("```")]))
    assert (checked.count("paragraph"), checked.count("statement_author")) == (1, 2)
