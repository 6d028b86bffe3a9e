# SPDX-License-Identifier: EUPL-1.2
"""The decision formula and the generated Beslutsunderlag lines."""

from __future__ import annotations

from datetime import date

from kraftdesk.domain.enums import BasisRefKind, BodyKind, StatementKind, StatementState
from kraftdesk.domain.values import BasisLine, BodyName, HandlingRef, PersonName, StatementValue
from kraftdesk.text.basis import basis_line, reference
from kraftdesk.text.decision import formula

KS = BodyName("Kommunstyrelsen", "KS", BodyKind.EXECUTIVE_BOARD)
KSAU = BodyName("Kommunstyrelsens arbetsutskott", "KSAU", BodyKind.WORKING_COMMITTEE)
KF = BodyName("Kommunfullmäktige", "KF", BodyKind.ASSEMBLY)


def test_formula_for_any_body() -> None:
    assert formula(KS) == "Kommunstyrelsen beslutar"
    assert formula(KS, KF) == "Kommunstyrelsen föreslår kommunfullmäktige besluta"
    assert formula(KSAU, KS) == "Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta"
    assert formula(BodyName("Fritidsnämnden", "FRN"), KF) == \
        "Fritidsnämnden föreslår kommunfullmäktige besluta"
    assert formula(KS, KF, "Kommunstyrelsen beslutar för egen del") == \
        "Kommunstyrelsen beslutar för egen del"
    assert formula(KS, None, "   ") == "Kommunstyrelsen beslutar"


def _statement(kind: StatementKind, *parties: str,
               state: StatementState = StatementState.ANNOUNCED) -> StatementValue:
    return StatementValue(kind, state, tuple(PersonName(f"P{i}", p)
                                             for i, p in enumerate(parties)))


RES, SPEC = StatementKind.RESERVATION, StatementKind.SPECIAL_STATEMENT


def test_references_as_in_the_seed() -> None:
    ksau = HandlingRef(BasisRefKind.PROPOSAL, "KSAU", date(2025, 12, 8), 564,
                       (_statement(SPEC, "M"),))
    assert reference(ksau) == "Förslag till beslut KSAU 251208 §564 med särskilt yttrande (M)"
    kf = HandlingRef(BasisRefKind.DECISION, "KF", date(2024, 9, 26), 189,
                     (_statement(SPEC, "M", "C"), _statement(RES, "SD")))
    assert reference(kf) == \
        "Beslut KF 240926 § 189 med reservation (SD) och särskilt yttrande (M+C)"
    assert basis_line(BasisLine("Uppdrag budget 2023", ref=kf)) == \
        "Beslut KF 240926 § 189 med reservation (SD) och särskilt yttrande (M+C) Uppdrag " \
        "budget 2023"


def test_references_without_and_with_several_statements() -> None:
    plain = HandlingRef(BasisRefKind.DECISION, "FRN", date(2025, 6, 19), 91)
    assert reference(plain) == "Beslut FRN 250619 § 91"
    withdrawn = HandlingRef(BasisRefKind.DECISION, "FRN", date(2025, 6, 19), 91,
                            (_statement(RES, "M", state=StatementState.WITHDRAWN),))
    assert reference(withdrawn) == "Beslut FRN 250619 § 91"
    two = HandlingRef(BasisRefKind.DECISION, "ASN", date(2025, 6, 19), 219,
                      (_statement(RES, "M"), _statement(RES, "SD")))
    assert reference(two) == "Beslut ASN 250619 § 219 med reservation (M) och (SD)"
    three = HandlingRef(BasisRefKind.DECISION, "ASN", date(2025, 6, 19), 219,
                        (_statement(RES, "M"), _statement(RES, "SD"), _statement(SPEC, "V"),
                         _statement(StatementKind.MINUTES_NOTE, "KD")))
    assert reference(three) == ("Beslut ASN 250619 § 219 med reservation (M) och (SD), "
                                "särskilt yttrande (V) samt protokollsanteckning (KD)")


def test_free_lines() -> None:
    assert basis_line(BasisLine("  Remissvar MKB ")) == "Remissvar MKB"
