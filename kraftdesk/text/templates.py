# SPDX-License-Identifier: EUPL-1.2
"""The standard items of an agenda and their standard decisions.

The usual ones (a body's template starts from them and the secretary changes them at will):
at the start Upprop, Val av justerare, Fastställande av föredragningslistan; at the end
Anmälningsärenden and Delegationsbeslut (their decision is the organisation's standard one,
composed from the lists: kraftdesk.text.paragraph). A decision text may name the meeting's
justerare with "{justerare}".
"""

from __future__ import annotations

from collections.abc import Sequence

from kraftdesk.domain.enums import AgendaPlacement
from kraftdesk.domain.values import PersonName
from kraftdesk.text import formats as f

APPROVERS_FIELD = "{justerare}"

#: (placement, title, decision text or None), in order.
STANDARD_ITEMS: tuple[tuple[AgendaPlacement, str, str | None], ...] = (
    (AgendaPlacement.START, "Upprop", None),
    (AgendaPlacement.START, "Val av justerare",
     f"Att jämte ordföranden justera protokollet utses {APPROVERS_FIELD}."),
    (AgendaPlacement.START, "Fastställande av föredragningslistan",
     "Föredragningslistan fastställs."),
    (AgendaPlacement.END, "Anmälningsärenden", None),
    (AgendaPlacement.END, "Delegationsbeslut", None),
)


def decision_point(text: str, approvers: Sequence[PersonName]) -> str:
    """The template's decision text for one meeting: "{justerare}" becomes the names
    ("Dan Berg (M) och Eva Ek (L)"), or "…" while none are chosen."""
    return text.replace(APPROVERS_FIELD, f.names(approvers) if approvers else "…")
