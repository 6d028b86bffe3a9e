# SPDX-License-Identifier: EUPL-1.2
"""The Swedish standard set of bodies offered when a new register is set up.

Each is only a suggestion: the first-start wizard shows them ticked or not, and every name
can be changed before the register is created (and later, in Organisation ▸ Organ).
"""

from __future__ import annotations

from dataclasses import dataclass

from kraftdesk.domain.enums import BodyKind


@dataclass(frozen=True)
class StandardBody:
    short_name: str
    name: str
    kind: BodyKind
    parent: str | None = None  # short name: an arbetsutskott's styrelse
    proposes_to: str | None = None  # short name: "föreslår kommunfullmäktige besluta"
    chosen: bool = True  # ticked from the start
    approver_count: int = 1


STANDARD_BODIES: tuple[StandardBody, ...] = (
    StandardBody("KF", "Kommunfullmäktige", BodyKind.ASSEMBLY, approver_count=2),
    StandardBody("KS", "Kommunstyrelsen", BodyKind.EXECUTIVE_BOARD, proposes_to="KF"),
    StandardBody("KSAU", "Kommunstyrelsens arbetsutskott", BodyKind.WORKING_COMMITTEE,
                 parent="KS", proposes_to="KS"),
    StandardBody("BUN", "Barn- och utbildningsnämnden", BodyKind.COMMITTEE),
    StandardBody("SN", "Socialnämnden", BodyKind.COMMITTEE),
    StandardBody("SBN", "Samhällsbyggnadsnämnden", BodyKind.COMMITTEE),
    StandardBody("KFN", "Kultur- och fritidsnämnden", BodyKind.COMMITTEE),
    StandardBody("MHN", "Miljö- och hälsoskyddsnämnden", BodyKind.COMMITTEE, chosen=False),
    StandardBody("VN", "Valnämnden", BodyKind.COMMITTEE, chosen=False),
    StandardBody("ÖFN", "Överförmyndarnämnden", BodyKind.COMMITTEE, chosen=False),
)

#: The kinds as a secretary names them, for forms and the command line.
KIND_WORDS: dict[BodyKind, str] = {
    BodyKind.ASSEMBLY: "fullmäktige",
    BodyKind.EXECUTIVE_BOARD: "styrelse",
    BodyKind.COMMITTEE: "nämnd",
    BodyKind.WORKING_COMMITTEE: "utskott",
    BodyKind.COMPANY_BOARD: "bolagsstyrelse",
}


def guess_kind(name: str) -> BodyKind:
    """The kind a body's name suggests: "…fullmäktige", "…styrelsen", "…utskott"."""
    lowered = name.lower()
    if "fullmäktige" in lowered:
        return BodyKind.ASSEMBLY
    if "utskott" in lowered or "beredning" in lowered:
        return BodyKind.WORKING_COMMITTEE
    if lowered.startswith(("kommunstyrelse", "regionstyrelse")):
        return BodyKind.EXECUTIVE_BOARD
    if " ab" in lowered or lowered.endswith("ab"):
        return BodyKind.COMPANY_BOARD
    return BodyKind.COMMITTEE
