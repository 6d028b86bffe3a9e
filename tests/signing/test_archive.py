# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk archive KS 2026 -o DIR`: the signed PDF/A as signed, extracts, the audit trail
of the year and a manifest whose SHA-256 values match the files."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from kraftdesk.register.database import Register
from tests.justering.helpers import Built
from tests.preflight import preflight
from tests.signing.conftest import CHAIR, FIRST, MEETING, SECOND, cli
from tests.signing.helpers import require, sign, trust
from tests.signing.pki import Pki


def test_a_year_to_the_archive(register: Register, register_path: Path, sent: Built, pki: Pki,
                               tmp_path: Path) -> None:
    register.close()
    db = register_path
    trust(db, pki)
    require(db, "ordförande,justerare")
    for name in (CHAIR, FIRST, SECOND):
        assert sign(db, pki, name)[0] == 0
    folder = tmp_path / "arkiv"
    code, out, err = cli(db, "archive", "KS", "2026", "-o", str(folder),
                         now="2026-02-01 09:00")
    assert (code, err) == (0, "")
    assert out.startswith(f"Arkivleveransen för KS 2026 är skriven till {folder}: 1 protokoll, "
                          "2 protokollsutdrag och granskningsloggen för året (")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert list(manifest) == ["files"]
    paths = [entry["path"] for entry in manifest["files"]]
    assert paths == ["granskningslogg-2026.jsonl", "protokoll/KS 2026-01-07.pdf",
                     "utdrag/KS 2026-01-07 § 16.pdf", "utdrag/KS 2026-01-07 § 17.pdf"]
    for entry in manifest["files"]:
        assert hashlib.sha256((folder / entry["path"]).read_bytes()).hexdigest() == \
            entry["sha256"]
    on_disk = sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())
    assert on_disk == sorted([*paths, "manifest.json"])

    signed = tmp_path / "protokoll.pdf"
    assert cli(db, "pdf", "minutes", MEETING, "-o", str(signed))[0] == 0
    assert (folder / "protokoll/KS 2026-01-07.pdf").read_bytes() == signed.read_bytes()
    assert preflight(folder / "protokoll/KS 2026-01-07.pdf").only_part_two()
    assert preflight(folder / "utdrag/KS 2026-01-07 § 16.pdf").only_part_two()
    lines = (folder / "granskningslogg-2026.jsonl").read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line) for line in lines]
    assert entries and all(e["at"].startswith("2026") for e in entries)
    assert [e["prev_hash"] for e in entries[1:]] == [e["hash"] for e in entries[:-1]]
    assert any(e["entity"] == "minutes_seal" for e in entries)


def test_archive_refusals(register: Register, register_path: Path, sent: Built,
                          tmp_path: Path) -> None:
    register.close()
    db = register_path
    assert cli(db, "archive", "KS", "2026", "-o", str(tmp_path / "a")) == (
        1, "", "kraftdesk: KS har inga justerade protokoll från 2026; det finns inget att "
               "arkivera.\n")
    assert cli(db, "archive", "XX", "2026", "-o", str(tmp_path / "a")) == (
        1, "", "kraftdesk: Det finns inget organ med kortnamnet «XX» (organ: KS).\n")
    busy = tmp_path / "full"
    busy.mkdir()
    (busy / "annat.txt").write_text("x", encoding="utf-8")
    assert cli(db, "archive", "KS", "2026", "-o", str(busy)) == (
        1, "", f"kraftdesk: {busy} finns redan och är inte en tom mapp; välj en ny mapp för "
               "arkivleveransen.\n")
    assert not (tmp_path / "a").exists()
