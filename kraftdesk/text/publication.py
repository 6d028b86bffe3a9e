# SPDX-License-Identifier: EUPL-1.2
"""The Swedish words of the public version: the notes that replace marked content, the
names of marks and sections, and the headings and sentences of the public web pages.

The notes follow the practice of kommuner that publish protocols (SKR, Datainspektionen):
what is left out is replaced by a note saying why, never by an empty space or a black box.
"""

from __future__ import annotations

from datetime import date

from kraftdesk.domain.enums import MarkKind, MarkScope
from kraftdesk.domain.marks import SectionKey, TextField
from kraftdesk.text.formats import long_date

PERSONAL_DATA_REMOVED = "[personuppgift borttagen]"
PUBLIC_VERSION = "Offentlig version"
RECEIVED_NOT_PUBLISHED = ("Bilagan är en inkommen handling som inte publiceras här. Den kan "
                          "begäras ut från kommunen.")


def removed_note(kind: MarkKind, scope: MarkScope, provision: str | None) -> str:
    """The note that stands where marked content was left out."""
    if kind is MarkKind.SECRECY:
        assert provision
        if scope is MarkScope.PASSAGE:
            return f"[uppgift borttagen enligt {provision}]"
        what = {MarkScope.PARAGRAPH: "Paragrafen", MarkScope.SECTION: "Avsnittet",
                MarkScope.APPENDIX: "Bilagan"}[scope]
        return f"{what} omfattas av sekretess enligt {provision}."
    if scope is MarkScope.PASSAGE:
        return PERSONAL_DATA_REMOVED
    what = {MarkScope.PARAGRAPH: "Paragrafen", MarkScope.SECTION: "Avsnittet",
            MarkScope.APPENDIX: "Bilagan"}[scope]
    return f"{what} innehåller personuppgifter som inte publiceras."


KIND_NAMES = {
    MarkKind.SECRECY: "sekretess",
    MarkKind.PERSONAL_DATA: "personuppgift",
    MarkKind.NOT_PERSONAL_NUMBER: "inte ett personnummer (bekräftat)",
}

SECTION_NAMES = {
    SectionKey.SUMMARY: "Sammanfattning",
    SectionKey.FREE: "eget avsnitt",
    SectionKey.PROPOSALS: "Yrkanden",
    SectionKey.PROCEDURE: "Beslutsgång",
    SectionKey.VOTES: "Omröstning",
    SectionKey.RECUSAL: "Jäv",
    SectionKey.SERVING: "Tjänstgöring",
    SectionKey.DECISION: "Beslut",
    SectionKey.STATEMENTS: "Reservationer och särskilda yttranden",
    SectionKey.NOTES: "Protokollsanteckningar",
    SectionKey.BASIS: "Beslutsunderlag",
    SectionKey.APPROVAL: "Justering",
    SectionKey.DISTRIBUTION: "Protokollsutdrag skickas till",
}

#: The word for each section on the command line (`kraftdesk mark avsnitt KS:2026:16 jäv`).
SECTION_WORDS = {
    SectionKey.SUMMARY: "sammanfattning",
    SectionKey.PROPOSALS: "yrkanden",
    SectionKey.PROCEDURE: "beslutsgång",
    SectionKey.VOTES: "omröstning",
    SectionKey.RECUSAL: "jäv",
    SectionKey.SERVING: "tjänstgöring",
    SectionKey.DECISION: "beslut",
    SectionKey.STATEMENTS: "reservationer",
    SectionKey.NOTES: "protokollsanteckningar",
    SectionKey.BASIS: "beslutsunderlag",
    SectionKey.APPROVAL: "justering",
    SectionKey.DISTRIBUTION: "sändlista",
}

FIELD_NAMES = {
    TextField.PARAGRAPH_TITLE: "rubriken",
    TextField.SUMMARY: "Sammanfattning",
    TextField.PROCEDURE: "Beslutsgång",
    TextField.FREE_SECTION: "avsnittet",
    TextField.DECISION_POINT: "beslutspunkt",
    TextField.BASIS: "Beslutsunderlag, rad",
    TextField.DISTRIBUTION: "sändlistan, rad",
    TextField.PROPOSAL_SUBJECT: "yrkande",
    TextField.PROPOSAL_TEXT: "yrkande",
    TextField.STATEMENT: "reservation eller yttrande",
    TextField.APPENDIX: "bilaga",
}


def kind_name(kind: MarkKind, provision: str | None) -> str:
    """ "sekretess enligt 26 kap. 1 § OSL", "personuppgift", …"""
    if kind is MarkKind.SECRECY and provision:
        return f"sekretess enligt {provision}"
    return KIND_NAMES[kind]


def scope_name(scope: MarkScope) -> str:
    return {MarkScope.PARAGRAPH: "hela paragrafen", MarkScope.SECTION: "avsnitt",
            MarkScope.PASSAGE: "text", MarkScope.APPENDIX: "hela bilagan"}[scope]


# --- the public web pages ------------------------------------------------------------------

SITE_TITLE = "Protokoll"
SKIP_LINK = "Gå till innehållet"
BREADCRUMB_LABEL = "Du är här"
MEETINGS_HEADING = "Sammanträden"
PARAGRAPHS_HEADING = "Paragrafer"
APPENDICES_HEADING = "Bilagor"
CASES_HEADING = "Ärenden"
HISTORY_HEADING = "Ärendets gång"
DOWNLOAD_HEADING = "Ladda ned"
OPEN_DATA_HEADING = "Öppna data"
PDF_LINK = "Protokollet som PDF (tillgänglighetsanpassad, offentlig version)"
OPEN_DATA_TEXT = ("Samma uppgifter finns som öppna data i formatet OParl 1.1 (JSON), med "
                  "omröstningarna enligt Popolo.")
PUBLIC_NOTE = ("Detta är den offentliga versionen av det justerade protokollet. Uppgifter som "
               "omfattas av sekretess och personuppgifter som inte ska publiceras är borttagna "
               "och ersatta av en notering.")
CASE_NUMBER_LABEL = "Diarienummer"
DATE_LABEL = "Datum"
MEETING_LABEL = "Sammanträde"
APPROVED_LABEL = "Justerat"
POSTED_LABEL = "Anslaget"
PARAGRAPH_LABEL = "Paragraf"
TITLE_LABEL = "Rubrik"
NO_MEETINGS = "Inga justerade protokoll är publicerade för året."


def year_heading(body_name: str, year: int) -> str:
    return f"{body_name} {year}"


def meeting_heading(body_name: str, day: date) -> str:
    return f"{body_name}, sammanträde {long_date(day)}"


def appendix_heading(number: int, title: str) -> str:
    return f"Bilaga {number}: {title}"
