# SPDX-License-Identifier: EUPL-1.2
"""Version 1 files (main before issue 14) still import, and their seals still verify."""

from __future__ import annotations

import json
from pathlib import Path

from kraftdesk.interchange import export_register, import_register
from kraftdesk.interchange.versions import upgrade
from kraftdesk.register.database import Register
from kraftdesk.services.verify import verify_register
from tests.interchange.helpers import demo_text

#: The demo register as main exported it before issue 14 (format version 1), with the seals
#: of its four justerade minutes taken by that code.
V1_DEMO = Path(__file__).parent / "data" / "demo-register-v1.json"


def test_a_version_1_file_imports_and_its_old_seals_verify(register: Register) -> None:
    text = V1_DEMO.read_text(encoding="utf-8")
    assert json.loads(text)["version"] == 1
    import_register(register, text, source="demo-v1.json")
    report = verify_register(register)
    assert (report.seals, report.problems) == (4, ())
    # Converted, it is today's demo file: nothing was lost or changed on the way.
    assert export_register(register) == demo_text()


def test_the_conversion_adds_what_version_2_added_and_nothing_else() -> None:
    document = json.loads(V1_DEMO.read_text(encoding="utf-8"))
    upgrade(document)
    assert document["version"] == 2
    assert document["approvals"] == document["confirmations"] == []
    assert document["organisation"]["reservation_received_text"] == \
        "lämnar skriftlig reservation"
    vote = next(v for p in document["paragraphs"] for v in p["votes"])
    assert (vote["election"], vote["secret"], vote["lot_winner"]) == (False, False, None)
    row = document["meetings"][0]["attendance"][0]
    assert (row["from_number"], row["to_number"], row["arrived_at"]) == (None, None, None)
    assert all(p["other_cases"] == [] and p["outcome"] is None for p in document["paragraphs"])
    again = json.loads(json.dumps(document))
    upgrade(again)  # a current file is left as it is
    assert again == document
