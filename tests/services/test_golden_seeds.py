# SPDX-License-Identifier: EUPL-1.2
"""The reference paragraphs § 16 (with bilaga 12 and 13) and § 266, rebuilt from structured
data entered through the services, equal the published text line by line.

Normalisations are those of tests/services/golden.py (whitespace, blank lines, page numbers,
layout wrapping), plus one correction of the reference itself, asserted below: bilaga 13
prints "Anders Olin (SD" without the closing parenthesis, a typing slip in the published
PDF; the register writes every name with its party from data, so it prints "(SD)".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kraftdesk.register.database import Register
from kraftdesk.services import composition
from tests.services import golden
from tests.services import seed_register as seeds

REFERENCE = Path(__file__).resolve().parents[1] / "text" / "reference"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "seeds"
TYPO = ("Anders Olin (SD", "Anders Olin (SD)")


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> tuple[Register, seeds.SeedIds]:
    from kraftdesk.register.migrate import open_register

    path = tmp_path_factory.mktemp("golden") / "register.sqlite3"
    register = open_register(f"sqlite:///{path}", create=True)
    ids = seeds.build(register)
    yield register, ids
    register.close()


def _reference(name: str) -> list[str]:
    return golden.reference_lines((REFERENCE / name).read_text(encoding="utf-8"))


@pytest.mark.parametrize(("copy", "seed"), [("ks-2026-01-07-p16.txt", "000_674ad7d391daaf6c.txt"),
                                           ("ksau-2026-04-20-p266.txt",
                                            "001_2d060f29ac653df2.txt")])
def test_reference_copies_equal_the_shared_seeds(copy: str, seed: str) -> None:
    if not (SHARED / seed).exists():
        pytest.skip("../shared/seeds is not beside this checkout")
    assert (REFERENCE / copy).read_bytes() == (SHARED / seed).read_bytes()


def test_paragraph_16_with_bilaga_12_and_13(seeded: tuple[Register, seeds.SeedIds]) -> None:
    register, ids = seeded
    reference = _reference("ks-2026-01-07-p16.txt")
    assert reference.count(TYPO[0]) == 1
    reference[reference.index(TYPO[0])] = TYPO[1]
    with register.read() as session:
        paragraph = composition.paragraph_doc(session, ids.ks_16)
        appendices = composition.appendix_docs(session, ids.ks_meeting, [ids.ks_16])
    assert [a.number for a in appendices] == [12, 13]
    composed = golden.paragraph_lines(paragraph)
    for appendix in appendices:
        composed += golden.appendix_lines(appendix)
    golden.assert_same_lines(composed, reference)


def test_paragraph_266(seeded: tuple[Register, seeds.SeedIds]) -> None:
    register, ids = seeded
    with register.read() as session:
        paragraph = composition.paragraph_doc(session, ids.ksau_266)
    golden.assert_same_lines(golden.paragraph_lines(paragraph),
                             _reference("ksau-2026-04-20-p266.txt"))


def test_amounts_keep_babels_no_break_spaces(seeded: tuple[Register, seeds.SeedIds]) -> None:
    register, ids = seeded
    with register.read() as session:
        paragraph = composition.paragraph_doc(session, ids.ksau_266)
    decision = next(s for s in paragraph.sections if s.heading == "Beslut")
    first_point = decision.blocks[1].items[0]
    assert "beviljar 1\u00a0100\u00a0000 kronor till" in first_point
    assert "650\u00a0000 kronor" in first_point and "år 2026 från" in first_point


def test_the_matcher_notices_a_changed_word(seeded: tuple[Register, seeds.SeedIds]) -> None:
    register, ids = seeded
    with register.read() as session:
        lines = golden.paragraph_lines(composition.paragraph_doc(session, ids.ksau_266))
    lines[-1] = lines[-1].replace("Återrapportering", "Återrapport")
    with pytest.raises(AssertionError, match="differs"):
        golden.assert_same_lines(lines, _reference("ksau-2026-04-20-p266.txt"))
    with pytest.raises(AssertionError, match="not composed"):
        golden.assert_same_lines(lines[:-1], _reference("ksau-2026-04-20-p266.txt"))
