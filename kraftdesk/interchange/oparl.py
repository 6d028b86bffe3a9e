# SPDX-License-Identifier: EUPL-1.2
"""The public data as OParl 1.1 (https://oparl.org/spezifikation/) plus Popolo votes.

    oparl_files(publication, layout) -> dict[str, dict]      path -> JSON object

OParl objects, each with its `type` URI and written to its own file so that its `id`
resolves: System, Body (with the external lists of meetings, papers, organizations and
persons), Meeting (its agenda items embedded, the public PDF as resultsProtocol), AgendaItem
(one per paragraph, with the decision as resolutionText), Paper (one per ärende, with its
consultations), Consultation (a paragraph handling a case), File (the public PDF).
OParl has no votes: each year's open votes are written as Popolo VoteEvent objects with
their Vote and Count objects (popoloproject.com) in `popolo/vote-events-YEAR.json`.

Only the public version goes in: titles and decisions with marked passages replaced, a
withheld paragraph without its decision, no votes of a paragraph or section under a mark.
Persons are named only as voters (members acting in office), never as objects of their own.
The schemas of OParl 1.1 (resources/oparl-1.1) check the result in the tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from kraftdesk.domain.publication import Publication, PublicCase, PublicMeeting, PublicParagraph

OPARL = "https://schema.oparl.org/1.1/"
LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/"


@dataclass(frozen=True)
class Layout:
    """Where the files go. `base_url` "" gives ids relative to the site's root."""

    base_url: str  # "https://www.kommun.se/protokoll/" or ""
    site: str  # the year's folder of the web pages: "KS/2026"
    pdf_paths: dict[int, str]  # meeting id -> the public PDF, from the site's root
    pdf_sizes: dict[int, tuple[int, str]]  # meeting id -> (size, sha512)
    pages: dict[int, str]  # meeting id -> its web page
    paragraph_pages: dict[int, str]  # paragraph id -> its web page


def oparl_files(pub: Publication, layout: Layout) -> dict[str, dict[str, Any]]:
    files: dict[str, dict[str, Any]] = {}
    url = _Urls(layout.base_url, pub.body_short_name)
    body = _body(pub, url)
    files["oparl/system.json"] = {
        "id": url.of("oparl/system.json"), "type": OPARL + "System",
        "oparlVersion": OPARL, "body": url.of("oparl/bodies.json"),
        "name": f"{pub.organisation}: protokoll", "license": LICENSE,
    }
    files["oparl/bodies.json"] = _list([body], url.of("oparl/bodies.json"))
    files[url.body_path] = body
    meetings = [_meeting(m, pub, layout, url) for m in pub.meetings]
    for meeting, source in zip(meetings, pub.meetings, strict=True):
        files[url.meeting_path(source)] = meeting
        for item in meeting["agendaItem"]:
            files[url.path_of(item["id"])] = item
        files[url.path_of(meeting["resultsProtocol"]["id"])] = meeting["resultsProtocol"]
    placed = {p.paragraph_id: (p, m) for m in pub.meetings for p in m.paragraphs}
    papers = [_paper(case, placed, url) for case in pub.cases]
    for paper in papers:
        files[url.path_of(paper["id"])] = paper
        for consultation in paper["consultation"]:
            files[url.path_of(consultation["id"])] = consultation
    files[url.list_path("meetings", pub.year)] = _list(
        meetings, url.of(url.list_path("meetings", pub.year)))
    files[url.list_path("papers", pub.year)] = _list(
        papers, url.of(url.list_path("papers", pub.year)))
    for name in ("organizations", "persons"):
        files[url.list_path(name, pub.year)] = _list([], url.of(url.list_path(name, pub.year)))
    files[f"popolo/{pub.body_short_name}-vote-events-{pub.year}.json"] = _vote_events(pub, url)
    return files


class _Urls:
    def __init__(self, base: str, body: str) -> None:
        self.base = base
        self.body = _slug(body)
        self.body_path = f"oparl/body/{self.body}.json"

    def of(self, path: str) -> str:
        return f"{self.base}{path}"

    def path_of(self, url: str) -> str:
        return url[len(self.base):]

    def list_path(self, name: str, year: int) -> str:
        return f"oparl/body/{self.body}/{name}-{year}.json"

    def meeting_path(self, meeting: PublicMeeting) -> str:
        return f"oparl/meeting/{meeting.meeting_id}.json"

    def agenda_item(self, paragraph: PublicParagraph) -> str:
        return self.of(f"oparl/agendaitem/{paragraph.paragraph_id}.json")

    def consultation(self, paragraph: PublicParagraph) -> str:
        return self.of(f"oparl/consultation/{paragraph.paragraph_id}.json")

    def paper(self, case_id: int) -> str:
        return self.of(f"oparl/paper/{case_id}.json")


def _slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-") or "organ"


def _list(items: list[dict[str, Any]], self_url: str) -> dict[str, Any]:
    """An OParl external list, in one page."""
    return {"data": items, "pagination": {"totalElements": len(items), "elementsPerPage":
                                          max(len(items), 1), "currentPage": 1,
                                          "totalPages": 1},
            "links": {"first": self_url, "last": self_url}}


def _body(pub: Publication, url: _Urls) -> dict[str, Any]:
    return {
        "id": url.of(url.body_path), "type": OPARL + "Body",
        "system": url.of("oparl/system.json"),
        "shortName": pub.body_short_name, "name": pub.body_name,
        "organization": url.of(url.list_path("organizations", pub.year)),
        "person": url.of(url.list_path("persons", pub.year)),
        "meeting": url.of(url.list_path("meetings", pub.year)),
        "paper": url.of(url.list_path("papers", pub.year)),
        "legislativeTerm": [], "license": LICENSE,
    }


def _meeting(meeting: PublicMeeting, pub: Publication, layout: Layout,
             url: _Urls) -> dict[str, Any]:
    meeting_url = url.of(url.meeting_path(meeting))
    size, sha512 = layout.pdf_sizes[meeting.meeting_id]
    pdf_url = url.of(layout.pdf_paths[meeting.meeting_id])
    protocol = {
        "id": url.of(f"oparl/file/protokoll-{meeting.meeting_id}.json"),
        "type": OPARL + "File",
        "name": f"{pub.body_name}, protokoll {meeting.starts_at.date().isoformat()} "
                "(offentlig version)",
        "fileName": layout.pdf_paths[meeting.meeting_id].rsplit("/", 1)[-1],
        "mimeType": "application/pdf", "date": meeting.approved_on.isoformat(),
        "size": size, "sha512Checksum": sha512,
        "accessUrl": pdf_url, "downloadUrl": pdf_url, "meeting": [meeting_url],
    }
    out: dict[str, Any] = {
        "id": meeting_url, "type": OPARL + "Meeting",
        "name": f"{pub.body_name} {meeting.starts_at.date().isoformat()}",
        "meetingState": "justerat", "cancelled": False,
        "start": _stamp(meeting.starts_at),
        "organization": [],
        "resultsProtocol": protocol,
        "agendaItem": [_agenda_item(p, meeting_url, url, layout) for p in meeting.paragraphs],
        "web": url.of(layout.pages[meeting.meeting_id]),
    }
    if meeting.ends_at:
        out["end"] = _stamp(meeting.ends_at)
    if meeting.place:
        out["location"] = {"id": url.of(f"oparl/location/meeting-{meeting.meeting_id}.json"),
                           "type": OPARL + "Location", "description": meeting.place}
    return out


def _agenda_item(paragraph: PublicParagraph, meeting_url: str, url: _Urls,
                 layout: Layout) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": url.agenda_item(paragraph), "type": OPARL + "AgendaItem",
        "meeting": meeting_url, "number": str(paragraph.number), "order": paragraph.number,
        "name": f"{paragraph.label} {paragraph.title}", "public": not paragraph.withheld,
        "web": url.of(layout.paragraph_pages[paragraph.paragraph_id]),
    }
    if paragraph.case_id is not None:
        item["consultation"] = url.consultation(paragraph)
    if paragraph.decision_text:
        item["resolutionText"] = paragraph.decision_text
    return item


def _paper(case: PublicCase,
           paragraphs: dict[int, tuple[PublicParagraph, PublicMeeting]],
           url: _Urls) -> dict[str, Any]:
    consultations = []
    for handling in case.handlings:
        if handling.paragraph_id not in paragraphs:
            continue
        paragraph, meeting = paragraphs[handling.paragraph_id]
        consultations.append({
            "id": url.consultation(paragraph), "type": OPARL + "Consultation",
            "paper": url.paper(case.case_id), "agendaItem": url.agenda_item(paragraph),
            "meeting": url.of(url.meeting_path(meeting)),
            "authoritative": paragraph.decided,
            "role": "beslut" if paragraph.decided else "förslag till beslut",
        })
    first = case.handlings[0].day if case.handlings else None
    paper: dict[str, Any] = {
        "id": url.paper(case.case_id), "type": OPARL + "Paper",
        "body": url.of(url.body_path), "name": case.title or case.number,
        "reference": case.number, "paperType": "ärende", "consultation": consultations,
    }
    if first:
        paper["date"] = first.isoformat()
    return paper


def _vote_events(pub: Publication, url: _Urls) -> dict[str, Any]:
    """Popolo VoteEvent objects (with Vote and Count) for the year's open votes."""
    events = []
    for meeting in pub.meetings:
        for paragraph in meeting.paragraphs:
            for number, vote in enumerate(paragraph.votes, start=1):
                counts = {choice: sum(b.choice == choice for b in vote.ballots)
                          for choice in ("yes", "no", "abstain")}
                events.append({
                    "id": f"{url.agenda_item(paragraph)}#omrostning-{number}",
                    "organization_id": url.of(url.body_path),
                    "identifier": f"{meeting.reference} {paragraph.label} omröstning {number}",
                    "motion": {"text": f"Ja för {vote.yes_meaning}, Nej för {vote.no_meaning}",
                               "organization_id": url.of(url.body_path)},
                    "start_date": _stamp(meeting.starts_at),
                    "result": {"yes": "Ja vann", "no": "Nej vann"}.get(vote.result, "lika"),
                    "counts": [{"option": option, "value": value}
                               for option, value in counts.items()],
                    "votes": [{"voter": {"name": b.name},
                               "option": b.choice,
                               **({"group": {"name": b.party}} if b.party else {})}
                              for b in vote.ballots],
                })
    return {"vote_events": events}


def _stamp(moment: datetime) -> str:
    """OParl date-times carry their offset: Swedish local time, CET or CEST (EU rules:
    summer time from the last Sunday of March, 02:00, to the last Sunday of October, 03:00)."""
    summer = _last_sunday(moment.year, 3, 2) <= moment < _last_sunday(moment.year, 10, 3)
    return f"{moment.replace(tzinfo=None).isoformat(timespec='seconds')}" \
           f"{'+02:00' if summer else '+01:00'}"


def _last_sunday(year: int, month: int, hour: int) -> datetime:
    day = datetime(year, month, 31 if month in (3, 10) else 30, hour)
    return day - timedelta(days=(day.weekday() + 1) % 7)
