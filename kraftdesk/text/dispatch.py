# SPDX-License-Identifier: EUPL-1.2
"""Expediering: the status of each extract and the e-mail that carries it.

    "Skickat 2026-12-10 med e-post"; "Att skicka"; "Väntar på justering"
    Subject: "Protokollsutdrag KS 2026-12-02 § 412, § 413"
    Body:    who it is to, which meeting ("kommunstyrelsens sammanträde den 2 december 2026"),
             the paragraphs, whether the extract is justerat, the secretary's signature.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from kraftdesk.domain.enums import DispatchMeans
from kraftdesk.domain.values import BodyName, PersonName
from kraftdesk.text import formats as f
from kraftdesk.text.vocabulary import DISPATCH_MEANS

TO_SEND = "Att skicka"
AWAITING_APPROVAL = "Väntar på justering"


def sent_text(sent_on: date, means: DispatchMeans, *, final: bool) -> str:
    """ "Skickat 2026-12-10 med e-post"; "Preliminärt utdrag skickat 2026-12-03 med brev"."""
    how = f"med {DISPATCH_MEANS[means]}"
    if means is DispatchMeans.HAND:
        head = "Preliminärt utdrag lämnat" if not final else "Lämnat"
        return f"{head} personligen {f.iso_date(sent_on)}"
    head = "Skickat" if final else "Preliminärt utdrag skickat"
    return f"{head} {f.iso_date(sent_on)} {how}"


def mail_subject(body_short_name: str, meeting_day: date, labels: Sequence[str]) -> str:
    """ "Protokollsutdrag KS 2026-12-02 § 412, § 413"."""
    return f"Protokollsutdrag {body_short_name} {f.iso_date(meeting_day)} {', '.join(labels)}"


def mail_body(recipient: str, body: BodyName, meeting_day: date,
              paragraphs: Sequence[tuple[str, str]], *, final: bool,
              secretary: PersonName | None) -> str:
    """The e-mail that carries an extract: to whom, from which meeting, which paragraphs."""
    lines = [
        f"Till {recipient}",
        "",
        f"Bifogat finns protokollsutdrag från {f.body_genitive(body)} sammanträde den "
        f"{f.long_date(meeting_day)}:",
        "",
        *(f"{label} {title}" for label, title in paragraphs),
        "",
        ("Protokollet är justerat och utdraget är bestyrkt." if final else
         "Protokollet är ännu inte justerat. Utdraget är preliminärt och kan ändras vid "
         "justeringen."),
    ]
    if secretary is not None:
        lines += ["", "Med vänlig hälsning", secretary.name]
        if secretary.title:
            lines.append(secretary.title)
    return "\n".join(lines) + "\n"


def recipient_file_label(recipient: str) -> str:
    """What names a recipient group's files: "utdrag Stadskontoret"."""
    return f"utdrag {recipient}"
