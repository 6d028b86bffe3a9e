# SPDX-License-Identifier: EUPL-1.2
"""A version 3 file, written before the tables and columns of issue 15 existed, still
imports: missing lists are empty and missing columns take the register's defaults."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kraftdesk.interchange import export_register, import_register
from kraftdesk.interchange.upgrade import _V4_ADDED, _objects
from kraftdesk.register.models import Body, Case, Organisation, Paragraph
from kraftdesk.register.models.organisation import (
    DEFAULT_DELEGATED_DECISIONS_DECISION,
    DEFAULT_NOTICE_ABSENCE_TEXT,
    DEFAULT_REPORTED_ITEMS_DECISION,
)
from tests.interchange.generator import generate
from tests.interchange.helpers import dump, new_register

#: The tables whose lists version 4 added.
V4_TABLES = ("notice", "notice_item", "recipient", "text_block", "agenda_template_item",
             "reported_item", "dispatch")


def older(document: dict[str, Any]) -> dict[str, Any]:
    """The file as kraftdesk wrote it before issue 15: version 3."""
    document["version"] = 3
    for path, key, _value in _V4_ADDED:
        for target in _objects(document, path):
            del target[key]
    return document


def test_an_older_file_imports_with_defaults(tmp_path: Path) -> None:
    original, copy = new_register(tmp_path, "original"), new_register(tmp_path, "copy")
    try:
        generate(original, seed=4)
        document = older(json.loads(export_register(original)))
        assert "notices" not in document and "presenter" not in document["paragraphs"][0]
        import_register(copy, json.dumps(document))
        before, after = dump(original), dump(copy)
        for table in V4_TABLES:
            assert before[table] and after[table] == []
        for table in ("meeting", "statement", "appendix", "minutes_seal"):
            assert after[table] == before[table]
        with copy.read() as s:
            org = s.query(Organisation).one()
            assert (org.notice_absence_text, org.reported_items_decision_text,
                    org.delegated_decisions_decision_text) == (
                DEFAULT_NOTICE_ABSENCE_TEXT, DEFAULT_REPORTED_ITEMS_DECISION,
                DEFAULT_DELEGATED_DECISIONS_DECISION)
            assert {b.notice_days for b in s.query(Body)} == {None}
            assert {(p.presenter, p.deferral) for p in s.query(Paragraph)} == {(None, None)}
            assert {(c.handler, c.registered_on) for c in s.query(Case)} == {(None, None)}
    finally:
        original.close()
        copy.close()


def test_a_new_file_missing_an_old_column_is_still_refused(tmp_path: Path) -> None:
    from kraftdesk.interchange import InterchangeError

    register = new_register(tmp_path)
    try:
        generate(register, seed=5)
        document = json.loads(export_register(register))
        del document["paragraphs"][0]["title"]
        copy = new_register(tmp_path, "copy")
        try:
            import_register(copy, json.dumps(document))
        except InterchangeError as error:
            assert "$.paragraphs[0].title: fältet saknas." in str(error)
        else:
            raise AssertionError("imported a paragraph without a title")
        finally:
            copy.close()
    finally:
        register.close()


def test_a_version_4_file_without_the_new_keys_is_refused(tmp_path: Path) -> None:
    from kraftdesk.interchange import InterchangeError

    register = new_register(tmp_path)
    try:
        generate(register, seed=6)
        document = json.loads(export_register(register))
        assert document["version"] == 4
        del document["paragraphs"][0]["presenter"]
        del document["notices"]
        copy = new_register(tmp_path, "copy")
        try:
            import_register(copy, json.dumps(document))
        except InterchangeError as error:
            assert "$.paragraphs[0].presenter: fältet saknas." in str(error)
            assert "notices" in str(error)
        else:
            raise AssertionError("a version 4 file without presenter imported")
        finally:
            copy.close()
    finally:
        register.close()
