# SPDX-License-Identifier: EUPL-1.2
"""A register file is read row by row (issue 19): memory stays far below the file's size,
and what a row-by-row reading could get wrong (references to rows further on, the file's
lists in another order, a key twice, the file changing between readings) comes out as
json.loads and the checks of a whole file would have it."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import random
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from kraftdesk.domain.errors import UserError
from kraftdesk.interchange import export_register, import_register, load
from kraftdesk.interchange.parse import parse_text
from kraftdesk.register.database import Register
from kraftdesk.services.transfer import check_file, file_source
from tests.interchange.generator import generate
from tests.interchange.helpers import demo_document, dump, is_empty, new_register


def _with_files(document: dict[str, Any], count: int, size: int) -> dict[str, Any]:
    """The document with `count` more stored files of `size` random bytes each."""
    rng = random.Random(19)
    next_id = max(f["id"] for f in document["files"]) + 1
    for number in range(count):
        data = rng.randbytes(size)
        document["files"].append({
            "id": next_id + number, "sha256": hashlib.sha256(data).hexdigest(),
            "media_type": "application/pdf", "size": size,
            "filename": f"bilaga-{number}.pdf",
            "content": base64.b64encode(data).decode("ascii")})
    return document


@pytest.mark.slow
def test_importing_a_file_never_holds_the_whole_document(tmp_path: Path) -> None:
    document = demo_document()
    _with_files(document, 120, 250_000)  # 40 MB of base64 in 120 rows
    path = tmp_path / "register.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    size = path.stat().st_size
    target = new_register(tmp_path, "copy")
    try:
        tracemalloc.start()
        checked = check_file(file_source(lambda: path.open("rb"), "register.json"))
        summary = import_register(target, checked)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        # json.loads alone would hold every row's text (more than the file); read row by
        # row, a window of the text and a few rows are held at a time.
        assert peak < size / 4, f"{peak / 1e6:.1f} MB for a {size / 1e6:.1f} MB file"
        assert summary.counts["stored_file"] == len(document["files"])
        assert json.loads(export_register(target))["files"] == document["files"]
    finally:
        if tracemalloc.is_tracing():
            tracemalloc.stop()
        target.close()


def test_rows_pointing_further_on_are_written_once_what_they_point_at_is_in(
        tmp_path: Path, register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    original = new_register(tmp_path, "original")
    try:
        generate(original, seed=11, meetings=4)
        document = json.loads(export_register(original))
    finally:
        original.close()
    paragraphs = document["paragraphs"]
    first, last = paragraphs[0], paragraphs[-1]
    first["basis_documents"].append({
        "id": 900_001, "position": 99, "text": None, "ref_paragraph_id": last["id"],
        "ref_kind": "decision"})
    monkeypatch.setattr(load, "BATCH", 1)  # one paragraph at a time: `last` comes later
    import_register(register, json.dumps(document, ensure_ascii=False))
    assert json.loads(export_register(register)) == document


def test_the_lists_in_another_order_and_the_version_last_read_the_same(
        tmp_path: Path, register: Register) -> None:
    document = demo_document()
    keys = list(document)
    shuffled = {key: document[key] for key in reversed(keys)}  # format and version last
    text = json.dumps(shuffled, ensure_ascii=False)
    import_register(register, text)
    reference = new_register(tmp_path, "reference")
    try:
        import_register(reference, json.dumps(document, ensure_ascii=False))
        assert dump(register) == dump(reference)
    finally:
        reference.close()


def _refused(register: Register, text: str, tmp_path: Path) -> list[str]:
    """The lines of the refusal, the same whether the file is read row by row (an import)
    or whole (parse_text, as a file with a key twice at the top is)."""
    messages = []
    source = tmp_path / "register.json"
    source.write_text(text, encoding="utf-8")
    for reading in (lambda: import_register(register, file_source(lambda: source.open("rb"))),
                    lambda: parse_text(text)):
        with pytest.raises(UserError) as refused:
            reading()
        messages.append(refused.value.message)
    assert messages[0] == messages[1]
    assert is_empty(register)
    return messages[0].splitlines()


def test_a_key_named_twice_at_the_top_is_refused(register: Register, tmp_path: Path) -> None:
    # json.loads would keep the last list without a word; which one was meant is not known.
    text = json.dumps(demo_document(), ensure_ascii=False)
    text = '{"parties": [{"nonsense": true}], ' + text[1:]
    assert _refused(register, text, tmp_path) == [
        "Filen kan inte läsas in (1 fel). Registret har inte ändrats.",
        "  $: fältet «parties» anges mer än en gång i samma objekt; det går inte att veta "
        "vilket av värdena som gäller."]


def test_a_field_named_twice_in_a_row_is_refused_where_it_is(register: Register,
                                                             tmp_path: Path) -> None:
    document = demo_document()
    text = json.dumps(document, ensure_ascii=False)
    place = json.dumps(document["meetings"][1]["place"], ensure_ascii=False)
    assert document["meetings"][0]["place"] != document["meetings"][1]["place"]
    # The second meeting's place twice, the first time with another value.
    text = text.replace(f'"place": {place}', f'"place": "Rådhuset", "place": {place}', 1)
    lines = _refused(register, text, tmp_path)
    assert lines[1:] == [
        "  $.meetings[1]: fältet «place» anges mer än en gång i samma objekt; det går inte "
        "att veta vilket av värdena som gäller."], lines


def test_a_file_that_changes_between_readings_changes_nothing(tmp_path: Path) -> None:
    document = demo_document()
    text = json.dumps(document, ensure_ascii=False).encode("utf-8")
    changed = json.dumps({**document, "parties": document["parties"][:-1]},
                         ensure_ascii=False).encode("utf-8")
    readings: list[bytes] = [text, text, changed]

    def reopen() -> io.BytesIO:
        return io.BytesIO(readings.pop(0) if len(readings) > 1 else readings[0])

    target = new_register(tmp_path, "target")
    try:
        checked = check_file(file_source(reopen, "register.json"))
        with pytest.raises(UserError) as caught:
            import_register(target, checked)
        assert str(caught.value) == (
            "Filen register.json kan inte läsas in. Registret har inte ändrats.\n"
            "  Filen ändrades medan den lästes in; läs in den igen när den inte längre "
            "ändras.")
        with target.read() as session:
            assert load.ensure_empty(session) is None
    finally:
        target.close()
