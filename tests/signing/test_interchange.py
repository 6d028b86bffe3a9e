# SPDX-License-Identifier: EUPL-1.2
"""Signed minutes through the interchange format: signatures, trust anchors, revocation lists,
seals and the anslag's seal travel; the copy verifies; an older file without them imports."""

from __future__ import annotations

import json
from pathlib import Path

from kraftdesk.register.database import Register
from tests.justering.helpers import Built
from tests.signing.conftest import CHAIR, FIRST, MEETING, SECOND, cli
from tests.signing.helpers import require, sign, trust
from tests.signing.pki import Pki


def test_signed_minutes_export_import_and_verify(register: Register, register_path: Path,
                                                 sent: Built, pki: Pki, tmp_path: Path) -> None:
    register.close()
    db = register_path
    trust(db, pki)
    require(db, "ordförande,justerare")
    for name in (CHAIR, FIRST, SECOND):
        assert sign(db, pki, name)[0] == 0
    assert cli(db, "justering", "anslag", MEETING, "--datum", "2026-01-15")[0] == 0
    exported = tmp_path / "register.json"
    code, out, err = cli(db, "export", str(exported))
    assert (code, err) == (0, ""), out
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert len(document["signatures"]) == 3 and len(document["trust_anchors"]) == 1
    assert len(document["posting_seals"]) == 1
    assert document["seals"][0]["canonical_version"] == 2

    copy = tmp_path / "kopia.sqlite3"
    code, out, err = cli(copy, "import", str(exported))
    assert (code, err) == (0, ""), out
    code, out, err = cli(copy, "verify")
    assert (code, err) == (0, ""), out
    assert f"{MEETING}: undertecknat av {SECOND} (justerare)" in out
    original, copied = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert cli(db, "pdf", "minutes", MEETING, "-o", str(original))[0] == 0
    assert cli(copy, "pdf", "minutes", MEETING, "-o", str(copied))[0] == 0
    assert original.read_bytes() == copied.read_bytes()
    assert cli(copy, "verify", "--against", str(original))[0] == 0


def test_a_file_without_the_new_lists_and_columns_imports(register: Register,
                                                          register_path: Path, sent: Built,
                                                          tmp_path: Path) -> None:
    register.close()
    exported = tmp_path / "register.json"
    assert cli(register_path, "export", str(exported))[0] == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    document["version"] = 2  # written before electronic justering (version 3 adds it)
    for key in ("trust_anchors", "revocation_lists", "signatures", "posting_seals"):
        document.pop(key, None)
    for column in ("justering_method", "required_signers", "timestamp_url",
                   "fetch_revocation", "pdfa_part"):
        del document["organisation"][column]
    older = tmp_path / "äldre.json"
    older.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    copy = tmp_path / "kopia.sqlite3"
    code, _out, err = cli(copy, "import", str(older))
    assert (code, err) == (0, "")
    code, out, _ = cli(copy, "justering", "inställningar")
    assert "Måste underteckna: sekreterare, ordförande, justerare." in out
