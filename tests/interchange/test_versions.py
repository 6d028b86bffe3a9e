# SPDX-License-Identifier: EUPL-1.2
"""Files of versions 1 and 2 (main before issue 14) still import, and the seals taken by the
code of their time still verify."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kraftdesk.interchange import export_register, import_register, spec
from kraftdesk.interchange.upgrade import upgrade
from kraftdesk.register.database import Register
from kraftdesk.services.verify import verify_register

DATA = Path(__file__).parent / "data"
#: The demo register as main exported it in format version 1 (before issue 12) and version 2
#: (before issue 14), each with the seals of its four justerade minutes taken by that code.
OLDER_DEMOS = {1: DATA / "version-1-demo.json", 2: DATA / "version-2-demo.json"}


@pytest.mark.parametrize("version", sorted(OLDER_DEMOS))
def test_an_older_file_imports_and_its_old_seals_verify(register: Register,
                                                        version: int) -> None:
    text = OLDER_DEMOS[version].read_text(encoding="utf-8")
    assert json.loads(text)["version"] == version
    import_register(register, text, source=f"demo-v{version}.json")
    report = verify_register(register)
    assert (report.seals, report.problems) == (4, ())
    exported = json.loads(export_register(register))
    assert exported["version"] == spec.VERSION == 3
    # Converted, nothing of the file was lost or changed on the way.
    converted = upgrade(json.loads(text))
    assert exported == converted


def test_the_conversion_adds_what_version_3_added_and_nothing_else() -> None:
    document = json.loads(OLDER_DEMOS[2].read_text(encoding="utf-8"))
    before = json.loads(json.dumps(document))
    upgrade(document)
    assert document["version"] == 3
    assert document["approvals"] == document["confirmations"] == []
    assert document["organisation"]["reservation_received_text"] == \
        "lämnar skriftlig reservation"
    vote = next(v for p in document["paragraphs"] for v in p["votes"])
    assert (vote["election"], vote["secret"], vote["lot_winner"]) == (False, False, None)
    row = document["meetings"][0]["attendance"][0]
    assert (row["from_number"], row["to_number"], row["arrived_at"]) == (None, None, None)
    assert all(p["other_cases"] == [] and p["outcome"] is None for p in document["paragraphs"])
    assert document["terms"] == before["terms"]  # what version 2 had stays as it was
    again = json.loads(json.dumps(document))
    upgrade(again)  # a current file is left as it is
    assert again == document
