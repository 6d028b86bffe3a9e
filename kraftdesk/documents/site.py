# SPDX-License-Identifier: EUPL-1.2
"""The public web pages of a publication: static HTML and one CSS file, no JavaScript.

    site_pages(publication, base) -> dict[str, str]                  path -> HTML
    site_index(organisation, published) -> str                       DIR/index.html
    STYLESHEET                                                        DIR/style.css

Page types: the site's index (every body and year published), a year's index (the meetings),
a meeting (its paragraphs, bilagor, the PDF), a paragraph (its public text and bilagor), an
ärende (its handlings in every body). Swedish (`lang="sv"`), semantic HTML (header, nav with
breadcrumbs, main, headings in order, lists, tables with captions and header cells), a skip
link, visible focus, colours with at least 4.5:1 contrast: WCAG 2.1 AA, checked with axe-core
in Chromium by the tests. Every text comes from the public version (kraftdesk.domain.
publication), escaped; the words of the pages from kraftdesk.text.publication.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Sequence

from kraftdesk.domain.document import (
    AppendixDoc,
    Block,
    BulletList,
    NumberedList,
    ParagraphDoc,
    SignatureLines,
    Table,
    Text,
)
from kraftdesk.domain.publication import Publication, PublicCase, PublicMeeting, PublicParagraph
from kraftdesk.text import publication as words
from kraftdesk.text.formats import long_date

STYLESHEET = """\
:root { --ink: #1b1b1b; --muted: #4a4a4a; --link: #0b4f9c; --line: #8a8a8a; --bg: #ffffff;
        --band: #f2f4f7; --focus: #b35c00; }
* { box-sizing: border-box; }
html { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 100%;
       color: var(--ink); background: var(--bg); line-height: 1.5; }
body { margin: 0; }
a { color: var(--link); text-decoration: underline; }
a:hover { text-decoration-thickness: 2px; }
a:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip { position: absolute; left: -9999px; top: 0; background: var(--bg); padding: .5rem 1rem; }
.skip:focus { left: 1rem; z-index: 10; }
header.site { background: var(--band); border-bottom: 1px solid var(--line);
              padding: .75rem 1rem; }
header.site p { margin: 0; font-weight: bold; font-size: 1.125rem; }
nav.crumbs ol { list-style: none; margin: .25rem 0 0; padding: 0; display: flex;
                flex-wrap: wrap; gap: .25rem .5rem; }
nav.crumbs li + li::before { content: "\\203A"; margin-right: .5rem; color: var(--muted); }
main { max-width: 48rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 1rem 0 .5rem; }
h2 { font-size: 1.3rem; margin: 1.75rem 0 .5rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
p, ul, ol, dl, table { margin: 0 0 1rem; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; }
dl.facts dt { font-weight: bold; }
dl.facts dd { margin: 0; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left;
         vertical-align: top; }
thead th { background: var(--band); }
.note { border-left: 4px solid var(--line); padding: .25rem .75rem; background: var(--band); }
.muted { color: var(--muted); }
footer.site { border-top: 1px solid var(--line); padding: 1rem; color: var(--muted);
              font-size: .9rem; text-align: center; }
"""


def meeting_slug(meeting: PublicMeeting, all_meetings: Sequence[PublicMeeting]) -> str:
    """The meeting's folder: its date, with the time when the body met twice that day."""
    day = meeting.starts_at.date()
    twice = sum(m.starts_at.date() == day for m in all_meetings) > 1
    return f"{day.isoformat()}-{meeting.starts_at:%H%M}" if twice else day.isoformat()


def pdf_name(meeting: PublicMeeting) -> str:
    body, _, day = meeting.reference.partition(":")
    return f"protokoll-{body}-{day.replace(':', '')}.pdf".replace("T", "-")


def paragraph_file(paragraph: PublicParagraph) -> str:
    return f"paragraf-{paragraph.number}.html"


def case_slug(number: str) -> str:
    """A file name for a diarienummer: "KS 2023/123" -> "ks-2023-123"."""
    slug = re.sub(r"[^0-9a-zåäö]+", "-", number.lower()).strip("-")
    return slug or "arende"


def site_pages(pub: Publication, base: str) -> dict[str, str]:
    """Every page of the publication, by path relative to the site's root."""
    pages: dict[str, str] = {}
    year_title = words.year_heading(pub.body_name, pub.year)
    crumbs_year = [(words.SITE_TITLE, "index.html"), (year_title, f"{base}/index.html")]
    pages[f"{base}/index.html"] = _page(pub.organisation, year_title, base, crumbs_year,
                                        _year_body(pub))
    slugs = {m.meeting_id: meeting_slug(m, pub.meetings) for m in pub.meetings}
    cases = {c.case_id: c for c in pub.cases}
    for meeting in pub.meetings:
        folder = f"{base}/{slugs[meeting.meeting_id]}"
        title = words.meeting_heading(pub.body_name, meeting.starts_at.date())
        crumbs = [*crumbs_year, (long_date(meeting.starts_at.date()), f"{folder}/index.html")]
        pages[f"{folder}/index.html"] = _page(pub.organisation, title, folder, crumbs,
                                              _meeting_body(meeting, cases))
        for paragraph in meeting.paragraphs:
            path = f"{folder}/{paragraph_file(paragraph)}"
            heading = f"{paragraph.label} {paragraph.title}"
            pages[path] = _page(pub.organisation, heading, folder,
                                [*crumbs, (paragraph.label, path)],
                                _paragraph_body(paragraph, meeting, pub, cases))
    for case in pub.cases:
        path = f"{base}/arenden/{case_slug(case.number)}.html"
        heading = f"Ärende {case.number}"
        pages[path] = _page(pub.organisation, heading, f"{base}/arenden",
                            [*crumbs_year, (heading, path)], _case_body(case, pub, slugs))
    return pages


def site_index(organisation: str, published: Iterable[tuple[str, str, int]]) -> str:
    """DIR/index.html: (short name, body name, year) of every publication in the folder."""
    items = "".join(f'<li><a href="{_attr(short)}/{year}/index.html">'
                    f"{_text(words.year_heading(name, year))}</a></li>"
                    for short, name, year in sorted(published, key=lambda p: (p[1], -p[2])))
    body = (f"<p>{_text(words.PUBLIC_NOTE)}</p>"
            f"<h2>{_text(words.MEETINGS_HEADING)}</h2><ul>{items}</ul>")
    return _page(organisation, f"{words.SITE_TITLE} – {organisation}", "",
                 [(words.SITE_TITLE, "index.html")], body)


# --- page bodies -----------------------------------------------------------------------------

def _year_body(pub: Publication) -> str:
    if not pub.meetings:
        return f"<p>{_text(words.NO_MEETINGS)}</p>"
    rows = []
    for meeting in pub.meetings:
        slug = meeting_slug(meeting, pub.meetings)
        day = meeting.starts_at.date()
        rows.append(
            f'<tr><th scope="row"><a href="{slug}/index.html">{_text(long_date(day))}</a></th>'
            f"<td>{_paragraph_span(meeting)}</td>"
            f"<td>{_text(meeting.approved_on.isoformat())}</td>"
            f'<td><a href="{slug}/{pdf_name(meeting)}">PDF, {_text(long_date(day))}</a></td>'
            "</tr>")
    table = ("<table><caption>" + _text(f"{words.MEETINGS_HEADING} {pub.year}")
             + "</caption><thead><tr><th scope=\"col\">Sammanträde</th>"
             "<th scope=\"col\">Paragrafer</th><th scope=\"col\">Justerat</th>"
             "<th scope=\"col\">Protokoll</th></tr></thead><tbody>" + "".join(rows)
             + "</tbody></table>")
    cases = "".join(f'<li><a href="arenden/{case_slug(c.number)}.html">{_text(c.number)}</a>'
                    f"{': ' + _text(c.title) if c.title else ''}</li>" for c in pub.cases)
    out = f"<p>{_text(words.PUBLIC_NOTE)}</p>{table}"
    if cases:
        out += f"<h2>{_text(words.CASES_HEADING)}</h2><ul>{cases}</ul>"
    out += (f"<h2>{_text(words.OPEN_DATA_HEADING)}</h2><p>{_text(words.OPEN_DATA_TEXT)} "
            f'<a href="{_oparl_up(2)}oparl/system.json">OParl-systemet (JSON)</a>.</p>')
    return out


def _oparl_up(depth: int) -> str:
    return "../" * depth


def _paragraph_span(meeting: PublicMeeting) -> str:
    numbers = [p.number for p in meeting.paragraphs]
    if not numbers:
        return "–"
    first, last = min(numbers), max(numbers)
    return _text(f"§ {first}" if first == last else f"§§ {first}–{last}")


def _meeting_body(meeting: PublicMeeting, cases: dict[int, PublicCase]) -> str:
    facts = [("Tid", _time(meeting)), ("Plats", meeting.place or "–"),
             (words.APPROVED_LABEL, meeting.approved_on.isoformat())]
    if meeting.posted_on:
        facts.append((words.POSTED_LABEL, meeting.posted_on.isoformat()))
    out = _facts(facts)
    out += (f"<h2>{_text(words.DOWNLOAD_HEADING)}</h2><p><a href=\"{pdf_name(meeting)}\">"
            f"{_text(words.PDF_LINK)}</a></p>")
    items = []
    for paragraph in meeting.paragraphs:
        items.append(f'<li><a href="{paragraph_file(paragraph)}">'
                     f"{_text(paragraph.label)} {_text(paragraph.title)}</a></li>")
    out += f"<h2>{_text(words.PARAGRAPHS_HEADING)}</h2><ul>{''.join(items)}</ul>"
    appendices = [(p, a) for p in meeting.paragraphs for a in p.appendices]
    if appendices:
        listed = "".join(
            f'<li><a href="{paragraph_file(p)}#bilaga-{a.number}">'
            f"{_text(words.appendix_heading(a.number, a.title))}</a> ({_text(p.label)})</li>"
            for p, a in appendices)
        out += f"<h2>{_text(words.APPENDICES_HEADING)}</h2><ul>{listed}</ul>"
    return out


def _paragraph_body(paragraph: PublicParagraph, meeting: PublicMeeting, pub: Publication,
                    cases: dict[int, PublicCase]) -> str:
    facts = [(words.MEETING_LABEL, f'<a href="index.html">'
              f"{_text(long_date(meeting.starts_at.date()))}</a>")]
    if paragraph.case_number:
        link = f"../arenden/{case_slug(paragraph.case_number)}.html"
        facts.append((words.CASE_NUMBER_LABEL,
                      f'<a href="{link}">{_text(paragraph.case_number)}</a>'))
    out = _facts(facts, escaped=True)
    out += _paragraph_doc(paragraph.doc)
    if paragraph.appendices:
        out += f"<h2>{_text(words.APPENDICES_HEADING)}</h2>"
        for appendix in paragraph.appendices:
            out += _appendix(appendix)
    return out


def _paragraph_doc(doc: ParagraphDoc) -> str:
    out = []
    for section in doc.sections:
        if section.heading:
            out.append(f"<h2>{_text(section.heading)}</h2>")
        out.append(_blocks(section.blocks, section.heading or doc.title))
    return "".join(out)


def _appendix(appendix: AppendixDoc) -> str:
    return (f'<section aria-labelledby="bilaga-{appendix.number}">'
            f'<h3 id="bilaga-{appendix.number}">'
            f"{_text(words.appendix_heading(appendix.number, appendix.title))}</h3>"
            f"<p class=\"muted\">{_text(appendix.reference)}</p>"
            f"{_blocks(appendix.blocks, appendix.title)}</section>")


def _case_body(case: PublicCase, pub: Publication, slugs: dict[int, str]) -> str:
    paragraph_meeting = {p.paragraph_id: m for m in pub.meetings for p in m.paragraphs}
    rows = []
    for handling in case.handlings:
        title = f"{handling.label} {handling.title}"
        meeting = paragraph_meeting.get(handling.paragraph_id)
        if handling.published and meeting is not None:
            number = next(p for p in meeting.paragraphs
                          if p.paragraph_id == handling.paragraph_id)
            cell = (f'<a href="../{slugs[meeting.meeting_id]}/{paragraph_file(number)}">'
                    f"{_text(title)}</a>")
        else:
            cell = _text(title)
        rows.append(f"<tr><td>{_text(handling.day.isoformat())}</td>"
                    f"<td>{_text(handling.body_name)}</td><td>{cell}</td></tr>")
    out = _facts([(words.CASE_NUMBER_LABEL, case.number)]
                 + ([(words.TITLE_LABEL, case.title)] if case.title else []))
    out += (f"<h2>{_text(words.HISTORY_HEADING)}</h2><table><caption>"
            f"{_text(f'Behandling av ärende {case.number}')}</caption><thead><tr>"
            "<th scope=\"col\">Datum</th><th scope=\"col\">Organ</th>"
            "<th scope=\"col\">Paragraf</th></tr></thead><tbody>" + "".join(rows)
            + "</tbody></table>")
    return out


# --- blocks ----------------------------------------------------------------------------------

_NOTE = re.compile(r"^(Paragrafen|Avsnittet|Bilagan) (omfattas av sekretess|innehåller "
                   r"personuppgifter|är en inkommen handling)")


def _blocks(blocks: Iterable[Block], context: str) -> str:
    out = []
    for block in blocks:
        if isinstance(block, Text):
            for part in _paragraphs(block.text):
                css = ' class="note"' if _NOTE.match(part) else ""
                out.append(f"<p{css}>{_lines(part)}</p>")
        elif isinstance(block, NumberedList):
            start = f' start="{block.start}"' if block.start != 1 else ""
            out.append(f"<ol{start}>" + "".join(f"<li>{_lines(i)}</li>" for i in block.items)
                       + "</ol>")
        elif isinstance(block, BulletList):
            out.append("<ul>" + "".join(f"<li>{_lines(i)}</li>" for i in block.items)
                       + "</ul>")
        elif isinstance(block, Table):
            out.append(_table(block, context))
        elif isinstance(block, SignatureLines):
            out.append("<p>" + "<br>".join(_text(line) for line in block.lines) + "</p>")
    return "".join(out)


def _table(block: Table, context: str) -> str:
    head = ""
    if block.header:
        head = "<thead><tr>" + "".join(f'<th scope="col">{_text(h)}</th>'
                                       for h in block.header) + "</tr></thead>"
    body = "".join("<tr>" + "".join(f"<td>{_lines(c)}</td>" for c in row) + "</tr>"
                   for row in block.rows)
    return (f"<table><caption>{_text(context)}</caption>{head}<tbody>{body}</tbody>"
            "</table>")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def _lines(text: str) -> str:
    return "<br>".join(_text(line) for line in text.strip().split("\n"))


def _facts(facts: Sequence[tuple[str, str]], *, escaped: bool = False) -> str:
    items = "".join(f"<dt>{_text(label)}</dt><dd>{value if escaped else _text(value)}</dd>"
                    for label, value in facts)
    return f'<dl class="facts">{items}</dl>'


def _time(meeting: PublicMeeting) -> str:
    start = meeting.starts_at
    text = f"{long_date(start.date())} kl. {start:%H:%M}"
    if meeting.ends_at:
        text += f"–{meeting.ends_at:%H:%M}"
    return text


def _text(value: str) -> str:
    return html.escape(value, quote=False)


def _attr(value: str) -> str:
    return html.escape(value, quote=True)


def _page(organisation: str, title: str, folder: str, crumbs: list[tuple[str, str]],
          body: str) -> str:
    """A whole page; `folder` is where it lives (for relative links), crumbs root-relative."""
    up = "../" * (folder.count("/") + 1) if folder else ""
    current = ' aria-current="page"'
    trail = "".join(
        f'<li><a href="{up}{_attr(path)}"{current if i == len(crumbs) - 1 else ""}>'
        f"{_text(name)}</a></li>" for i, (name, path) in enumerate(crumbs))
    return (
        "<!DOCTYPE html>\n"
        '<html lang="sv">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_text(title)} – {_text(organisation)}</title>\n"
        f'<link rel="stylesheet" href="{up}style.css">\n</head>\n<body>\n'
        f'<a class="skip" href="#innehall">{_text(words.SKIP_LINK)}</a>\n'
        f'<header class="site"><p>{_text(organisation)}</p>\n'
        f'<nav class="crumbs" aria-label="{_attr(words.BREADCRUMB_LABEL)}"><ol>{trail}</ol>'
        "</nav></header>\n"
        f'<main id="innehall">\n<h1>{_text(title)}</h1>\n{body}\n</main>\n'
        f'<footer class="site"><p>{_text(words.PUBLIC_VERSION)} · {_text(organisation)}</p>'
        "</footer>\n</body>\n</html>\n"
    )


def html_text(page: str) -> str:
    """The text of a page without its markup (for the personnummer check)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", page))


__all__ = ["STYLESHEET", "case_slug", "html_text", "meeting_slug", "paragraph_file",
           "pdf_name", "site_index", "site_pages"]
