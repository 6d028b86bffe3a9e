# SPDX-License-Identifier: EUPL-1.2
"""The decision formula (beslutsformel), derived from who decides.

- the meeting's body decides itself: "Kommunstyrelsen beslutar";
- it proposes to another body: "Kommunstyrelsen föreslår kommunfullmäktige besluta",
  "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta".
"""

from __future__ import annotations

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
