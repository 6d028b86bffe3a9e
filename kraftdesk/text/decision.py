# SPDX-License-Identifier: EUPL-1.2
"""The decision formula (beslutsformel), derived from who decides.

- the meeting's body decides itself: "Kommunstyrelsen beslutar";
- it proposes to another body: "Kommunstyrelsen föreslår kommunfullmäktige besluta",
  "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta".

A paragraph that decides nothing new (ParagraphOutcome) has one standard sentence instead:
"Kommunstyrelsen lägger anmälningarna till handlingarna." (anmälningsärenden) and "…
lägger anmälan av delegationsbesluten till handlingarna." in the organisation's own wording
(OrganisationTexts, the same settings the lists of anmälningsärenden and delegationsbeslut
use), "… lägger informationen till handlingarna."; or no Beslut at all (NONE). A paragraph
without an outcome and without decision points that was bordlagt or återremitterat says so
("Kommunstyrelsen beslutar att bordlägga ärendet."); one with lists of anmälningsärenden or
delegationsbeslut takes the organisation's wording. A formula is never printed with nothing
after it, and a paragraph never has two Beslut sentences.
"""

from __future__ import annotations

from kraftdesk.domain.enums import ParagraphDeferral, ParagraphOutcome, ReportedItemKind
from kraftdesk.domain.values import BodyName, OrganisationTexts
from kraftdesk.text.formats import body_heading, body_running
from kraftdesk.text.vocabulary import PARAGRAPH_DEFERRAL_DECISION


def formula(body: BodyName, proposes_to: BodyName | None = None,
            override: str | None = None) -> str:
    """The formula opening the Beslut section; a non-empty `override` wins as written."""
    if override and override.strip():
        return override.strip()
    if proposes_to is None:
        return f"{body_heading(body)} beslutar"
    return f"{body_heading(body)} föreslår {body_running(proposes_to)} besluta"


INFORMATION_DECISION = "lägger informationen till handlingarna"


def _sentence(body: BodyName, wording: str) -> str:
    """The body's name, then its wording, ending in one full stop."""
    return f"{body_heading(body)} {wording.strip().rstrip('.')}."


def standard_decision(body: BodyName, outcome: ParagraphOutcome, override: str | None = None,
                      texts: OrganisationTexts | None = None) -> str | None:
    """The Beslut of a paragraph deciding nothing new; None for NONE (no Beslut section).

    A non-empty `override` (the formula written by hand) is its own wording; anmälningsärenden
    and delegationsbeslut take the organisation's wording (`texts`).
    """
    if outcome is ParagraphOutcome.NONE:
        return None
    if override and override.strip():
        return override.strip()
    texts = texts or OrganisationTexts()
    wording = {ParagraphOutcome.REPORT: texts.reported_items_decision,
               ParagraphOutcome.DELEGATION: texts.delegated_decisions_decision,
               ParagraphOutcome.INFORMATION: INFORMATION_DECISION}[outcome]
    return _sentence(body, wording)


def deferral_decision(body: BodyName, deferral: ParagraphDeferral) -> str:
    """The Beslut of a bordlagt or återremitterat ärende: "… beslutar att bordlägga ärendet"."""
    return _sentence(body, PARAGRAPH_DEFERRAL_DECISION[deferral])


def reported_items_decision(body: BodyName, kinds: frozenset[ReportedItemKind],
                            texts: OrganisationTexts) -> str | None:
    """The one Beslut of a paragraph with lists of anmälningsärenden or delegationsbeslut
    and no decision points: the anmälningar's wording, the delegationsbeslut's when the
    paragraph lists only those; None without lists."""
    if ReportedItemKind.DOCUMENT in kinds:
        return _sentence(body, texts.reported_items_decision)
    if ReportedItemKind.DELEGATED_DECISION in kinds:
        return _sentence(body, texts.delegated_decisions_decision)
    return None


#: How the paragraph editor names each way a paragraph ends (None: an ordinary decision).
OUTCOME_CHOICES: tuple[tuple[ParagraphOutcome | None, str], ...] = (
    (None, "Beslut: beslutspunkterna nedan"),
    (ParagraphOutcome.REPORT, "Anmälningarna läggs till handlingarna"),
    (ParagraphOutcome.INFORMATION, "Informationen läggs till handlingarna"),
    (ParagraphOutcome.DELEGATION, "Delegationsbesluten läggs till handlingarna"),
    (ParagraphOutcome.NONE, "Inget beslut (ingen rubrik Beslut i protokollet)"),
)
