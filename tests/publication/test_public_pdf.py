# SPDX-License-Identifier: EUPL-1.2
"""The public protocol PDF: marked text absent (pypdf), present in the internal minutes."""

from __future__ import annotations

from pathlib import Path

from kraftdesk.domain.enums import MarkKind
from kraftdesk.register.database import Register
from kraftdesk.services import marks
from tests.documents.pdftext import reader
from tests.publication.conftest import cli, mark_all
from tests.publication.pdfstructure import open_pdf, page_contents, tree
from tests.publication.scenario import (
    PERSONNUMMER,
    PRIVATE_NAME,
    SECRET_TEXT,
    Scenario,
    justera,
    justera_unchecked,
)


def _text(path: Path) -> str:
    return " ".join(p.extract_text() for p in reader(path.read_bytes()).pages).replace(
        "\u00a0", " ")


def test_marked_text_is_absent_from_the_public_pdf_and_present_in_the_internal(
        scenario: Scenario, register_path: Path, tmp_path: Path) -> None:
    mark_all(scenario)
    justera(scenario)
    internal, public = tmp_path / "internt.pdf", tmp_path / "offentlig.pdf"
    assert cli(register_path, "pdf", "minutes", scenario.ref, "-o", str(internal))[0] == 0
    code, out, err = cli(register_path, "pdf", "minutes", scenario.ref, "--offentlig",
                         "-o", str(public))
    assert (code, err) == (0, "")
    assert out.startswith(f"Den offentliga versionen av protokollet {scenario.ref} är skriven")
    inside, outside = _text(internal), _text(public)
    for secret in (PERSONNUMMER, PRIVATE_NAME, SECRET_TEXT, "6 § LVU", "Placeringen godkänns"):
        assert secret in inside
        assert secret not in outside
        assert secret.encode() not in public.read_bytes()
    assert "Paragrafen omfattas av sekretess enligt 26 kap. 1 § OSL." in outside
    assert "Kontaktperson är [personuppgift borttagen], personnummer [personuppgift " \
           "borttagen]" in " ".join(outside.split())
    # The heading of the § under sekretess stays; everything else of it is gone.
    assert "§ 2 Placering enligt LVU" in outside
    # Tagged, with every page's content in the tree.
    pdf = open_pdf(public.read_bytes())
    refs = set(tree(pdf).references)
    assert refs == {(i, m) for i, c in enumerate(page_contents(pdf)) for m in c.mcids}


def test_public_pdf_refused_before_justering(scenario: Scenario, register_path: Path,
                                             tmp_path: Path) -> None:
    mark_all(scenario)
    out = tmp_path / "offentlig.pdf"
    code, stdout, err = cli(register_path, "pdf", "minutes", scenario.ref, "--offentlig",
                            "-o", str(out))
    assert (code, stdout) == (1, "")
    assert err == (f"kraftdesk: {scenario.ref}: protokollet är inte justerat och kan inte "
                   "publiceras.\n")
    assert not out.exists()


def test_an_unmarked_personnummer_stops_the_public_pdf(register: Register, scenario: Scenario,
                                                       register_path: Path,
                                                       tmp_path: Path) -> None:
    marks.mark_paragraph(register, scenario.secret_paragraph, kind=MarkKind.SECRECY,
                         provision="26 kap. 1 § OSL")
    justera_unchecked(scenario)
    out = tmp_path / "offentlig.pdf"
    code, _, err = cli(register_path, "pdf", "minutes", scenario.ref, "--offentlig",
                       "-o", str(out))
    assert code == 1
    assert err == (
        f"kraftdesk: {scenario.ref}, § 1, Sammanfattning: «{PERSONNUMMER}» ser ut som ett "
        "personnummer. Markera det som personuppgift eller bekräfta att det inte är ett "
        "personnummer innan protokollet publiceras.\n")
    assert not out.exists()
