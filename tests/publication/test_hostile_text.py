# SPDX-License-Identifier: EUPL-1.2
"""Text that looks like HTML, published: a rubrik, a section and a reservation written by
someone who knows HTML (or pasted from a web page) come out on the public pages and in the
PDF as the words they are, never as markup a browser (or ReportLab) would run or draw."""

from __future__ import annotations

import json
from html.parser import HTMLParser
from pathlib import Path

from kraftdesk.domain.values import FreeSection
from kraftdesk.services import paragraphs
from tests.documents.pdftext import reader, squash
from tests.publication.conftest import cli, mark_all
from tests.publication.scenario import Scenario, justera

TITLE = '<script>alert("rubrik")</script> Ny förskola & "Kvarnby" <b>nu</b>'
HEADING = "</h2><iframe src=//example.org>"
SECTION = "<img src=x onerror=alert(1)> Kostnad < 5 mnkr & > 2 mnkr"
RESERVATION = "<a href=\"javascript:alert('r')\">Vi reserverar oss</a>"


def test_html_in_the_register_is_published_as_text(scenario: Scenario, register_path: Path,
                                                   tmp_path: Path) -> None:
    register = scenario.register
    paragraphs.update_paragraph(register, scenario.vote_paragraph, title=TITLE)
    paragraphs.set_free_sections(register, scenario.vote_paragraph,
                                 [FreeSection(HEADING, SECTION)])
    mark_all(scenario)
    justera(scenario, received=RESERVATION)
    site = tmp_path / "webb"
    code, _out, err = cli(register_path, "publish", "KS", "2026", "-o", str(site))
    assert (code, err) == (0, "")
    pages = {path.relative_to(site).as_posix(): path.read_text(encoding="utf-8")
             for path in site.rglob("*.html")}
    page = pages["KS/2026/2026-02-04/paragraf-3.html"]
    assert ('<h1>§ 3 &lt;script&gt;alert("rubrik")&lt;/script&gt; Ny förskola &amp; "Kvarnby" '
            "&lt;b&gt;nu&lt;/b&gt;</h1>") in page
    assert ("<h2>&lt;/h2&gt;&lt;iframe src=//example.org&gt;</h2><p>&lt;img src=x "
            "onerror=alert(1)&gt; Kostnad &lt; 5 mnkr &amp; &gt; 2 mnkr</p>") in page
    assert "<p>&lt;a href=\"javascript:alert('r')\"&gt;Vi reserverar oss&lt;/a&gt;</p>" in page
    for path, text in pages.items():
        tags = _Tags()
        tags.feed(text)
        assert tags.names <= SITE_TAGS, (path, tags.names - SITE_TAGS)
        assert not tags.bad, (path, tags.bad)
    pdf = site / "KS/2026/2026-02-04/protokoll-KS-2026-02-04.pdf"
    text = squash(" ".join(sheet.extract_text() for sheet in reader(pdf.read_bytes()).pages))
    for words in (TITLE, HEADING, SECTION, RESERVATION):
        assert squash(words) in text, words
    # The open data carries the words unchanged (JSON, not HTML).
    documents = [path.read_text(encoding="utf-8") for path in (site / "oparl").rglob("*.json")]
    assert any(json.dumps(TITLE, ensure_ascii=False)[1:-1] in document
               for document in documents)


#: Every element the site's pages are made of (kraftdesk.documents.site).
SITE_TAGS = {"html", "head", "meta", "title", "link", "body", "header", "nav", "ol", "ul",
             "li", "a", "main", "h1", "h2", "h3", "p", "dl", "dt", "dd", "section", "table",
             "caption", "thead", "tbody", "tr", "th", "td", "footer", "span", "br", "div",
             "small", "strong", "em", "abbr"}


class _Tags(HTMLParser):
    """The elements of a page, and any attribute that would run a script."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.bad: list[tuple[str, str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)
        for name, value in attrs:
            if name.startswith("on") or (value or "").strip().lower().startswith("javascript:"):
                self.bad.append((tag, name, value))
