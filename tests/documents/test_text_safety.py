# SPDX-License-Identifier: EUPL-1.2
"""All user text is text: markup, control characters, huge fields, long words, emoji.

Whatever is typed prints literally, never changes the layout, never crashes the renderer,
and reads back from the PDF as given after the one documented normalisation
(kraftdesk.documents.markup.printable). Comparisons ignore whitespace, because the layout
breaks lines (and long words) wherever it must.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kraftdesk.documents import render_minutes_bytes
from kraftdesk.documents.markup import markup, paragraphs, printable
from kraftdesk.domain.document import (
    AppendixDoc,
    BulletList,
    LabelledValue,
    MinutesDoc,
    NumberedList,
    ParagraphDoc,
    Section,
    SignatureField,
    SignatureLines,
    Table,
    Text,
)
from tests.documents import samples
from tests.documents.pdftext import body_lines, page_lines, squash

NASTY = ("<b>fet</b> AT&T x<y &amp; &lt; <br/> <font size=40>stor</font> "
         "<img src=\"/etc/passwd\"/> <para> ]]> \\ \"citat\" 'apostrof'")


def everywhere(text: str) -> MinutesDoc:
    """A document with `text` in every kind of place the renderer has."""
    paragraph = ParagraphDoc(
        paragraph_id=1, label="§ 1", title=text, case_number=text,
        sections=(Section(text, (Text(text), NumberedList((text,)), BulletList((text,)),
                                 Table(("Kolumn",), ((text,),)), SignatureLines((text,)))),),
    )
    return replace(
        samples.seed_minutes(final=True),
        front_fields=(LabelledValue("Fält", (text,)),),
        signatures=(SignatureField("Sekreterare", text, text),),
        posting_fields=(LabelledValue("Bevis", (text,)), LabelledValue("Organ", (text,))),
        paragraphs=(paragraph,),
        certification=(LabelledValue("Rätt utdraget intygar:", ("", text)),),
        appendices=(AppendixDoc(1, text, text, (Text(text),)),),
    )


def expected_everywhere(text: str) -> str:
    shown = printable(text)
    marks = ("1.", "•") if squash(shown) else ("", "")  # an empty item prints no mark
    parts = ["Fält", shown, "Underskrifter", "Sekreterare", shown, shown, "Bevis", shown,
             "Organ", shown, "§ 1", shown, shown, shown, shown, marks[0], shown, marks[1], shown,
             # the bilaga (title, reference, text), then the certification, which covers it
             "Kolumn", shown, shown, shown, shown, shown, "Rätt utdraget intygar:", shown]
    return squash(" ".join(parts))


def content(data: bytes) -> str:
    """The body text without the furniture: the "Bilaga 1" mark of the header on each page
    of the bilaga, and the table header repeated on each page the table continues on."""
    lines = [line for page in page_lines(data) for line in body_lines(page)]
    kept: list[str] = []
    for line in lines:
        if line == "Bilaga 1" or (line == "Kolumn" and "Kolumn" in kept):
            continue
        kept.append(line)
    return squash(" ".join(kept))


def test_markup_escapes_and_breaks_lines() -> None:
    assert markup("<b>x</b> & y\nz") == "&lt;b&gt;x&lt;/b&gt; &amp; y<br/>z"
    assert paragraphs("Ett\nstycke.\n\n \nAndra <stycket>.") == \
        [["Ett", "stycke."], ["Andra <stycket>."]]
    assert paragraphs(" \n\n ") == []


@pytest.mark.parametrize(("given", "shown"), [
    ("rad ett\r\nrad två\rrad tre\u2028rad fyra", "rad ett\nrad två\nrad tre\nrad fyra"),
    ("a\u030angström", "ångström"),  # NFC
    ("m² … ½ ﬁ", "m² … ½ ﬁ"),  # not NFKC
    ("1\u00a0100\u00a0000\u202fkronor", "1\u00a0100\u00a0000\u202fkronor"),
    ("tab\there\u2003em\u200bzw", "tab here em zw"),
    ("ctrl\x00\x01\x07\x1b\x7f\x80\x9f!", "ctrl!"),
    ("mjuk\u00adhyfen", "mjukhyfen"),
    ("\ud800ensam", "ensam"),
    ("\ufdd0\uffff\U0010fffe", ""),
    ("privat \ue000 \U0010fffd", "privat \ufffd \ufffd"),
    ("emoji 😀👍🏽❤️", "emoji 😀👍🏽❤️"),
    ("Łódź Şahin Ćwik Ørsted Müller Éva Ñandú Ærø", "Łódź Şahin Ćwik Ørsted Müller Éva Ñandú Ærø"),
])
def test_printable_normalises_as_documented(given: str, shown: str) -> None:
    assert printable(given) == shown


def test_markup_characters_print_literally_everywhere() -> None:
    data = render_minutes_bytes(everywhere(NASTY))
    assert content(data) == expected_everywhere(NASTY)
    assert b"/Subtype /Image" not in data  # the <img> tag opened nothing


@pytest.mark.parametrize("text", [
    "ord " * 5000,  # 20,000 characters of ordinary words
    "x" * 20_000,  # one word of 20,000 characters
    ("Lång rad utan radbrytning. " * 800)[:20_000],
])
def test_twenty_thousand_characters_wrap_across_pages_in_every_place(text: str) -> None:
    data = render_minutes_bytes(everywhere(text))
    assert content(data) == expected_everywhere(text)


def _readable(char: str) -> bool:
    # Right-to-left letters are printed in stored order (ReportLab has no bidi), which
    # text extraction then reverses; names in the register are not written that way.
    return unicodedata.bidirectional(char) not in {"R", "AL", "RLE", "RLO", "RLI", "PDF",
                                                   "LRE", "LRO", "LRI", "FSI", "PDI"}


TEXTS = st.text(
    alphabet=st.one_of(
        st.characters(exclude_categories=("Cs",)).filter(_readable),
        st.sampled_from(list("<>&;\"'/\\ \n\t\r\x00\x07\u00a0åäöÅÄÖéüøłşć§–…😀👍🏽❤️")),
    ),
    max_size=60,
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_renders_and_reads_back_as_given(text: str) -> None:
    data = render_minutes_bytes(everywhere(text))
    assert content(data) == expected_everywhere(text)


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("ab <&>\n")), min_size=1000, max_size=2500))
def test_long_markup_heavy_text_never_crashes(text: str) -> None:
    data = render_minutes_bytes(everywhere(text))
    assert content(data) == expected_everywhere(text)
