# SPDX-License-Identifier: EUPL-1.2
"""The decision formula (beslutsformel), derived from who decides.

- the meeting's body decides itself: "Kommunstyrelsen beslutar";
- it proposes to another body: "Kommunstyrelsen föreslår kommunfullmäktige besluta",
  "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta".

A paragraph that decides nothing new (ParagraphOutcome) has the standard sentence instead:
"Kommunstyrelsen lägger anmälan till handlingarna." (anmälningsärenden), "… lägger
informationen till handlingarna.", "… lägger redovisningen av delegationsbeslut till
handlingarna."; or no Beslut at all (NONE). A formula is never printed with nothing after it.
"""

from __future__ import annotations

from kraftdesk.domain.enums import ParagraphOutcome
from kraftdesk.domain.values import BodyName
from kraftdesk.text.formats import body_heading, body_running


def formula(body: BodyName, proposes_to: BodyName | None = None,
            override: str | None = None) -> str:
    """The formula opening the Beslut section; a non-empty `override` wins as written."""
    if override and override.strip():
        return override.strip()
    if proposes_to is None:
        return f"{body_heading(body)} beslutar"
    return f"{body_heading(body)} föreslår {body_running(proposes_to)} besluta"


_LAID_ASIDE = {
    ParagraphOutcome.REPORT: "anmälan",
    ParagraphOutcome.INFORMATION: "informationen",
    ParagraphOutcome.DELEGATION: "redovisningen av delegationsbeslut",
}


def standard_decision(body: BodyName, outcome: ParagraphOutcome,
                      override: str | None = None) -> str | None:
    """The Beslut of a paragraph deciding nothing new; None for NONE (no Beslut section).

    A non-empty `override` (the formula written by hand) is its own wording.
    """
    if outcome is ParagraphOutcome.NONE:
        return None
    if override and override.strip():
        return override.strip()
    return f"{body_heading(body)} lägger {_LAID_ASIDE[outcome]} till handlingarna."


#: How the paragraph editor names each way a paragraph ends (None: an ordinary decision).
OUTCOME_CHOICES: tuple[tuple[ParagraphOutcome | None, str], ...] = (
    (None, "Beslut: beslutspunkterna nedan"),
    (ParagraphOutcome.REPORT, "Anmälan läggs till handlingarna"),
    (ParagraphOutcome.INFORMATION, "Informationen läggs till handlingarna"),
    (ParagraphOutcome.DELEGATION, "Redovisningen av delegationsbeslut läggs till handlingarna"),
    (ParagraphOutcome.NONE, "Inget beslut (ingen rubrik Beslut i protokollet)"),
)
