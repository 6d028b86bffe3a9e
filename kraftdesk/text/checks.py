# SPDX-License-Identifier: EUPL-1.2
"""The protocol checker in Swedish: each finding names the paragraph and the field.

    Fel – § 3, Beslut: Paragrafen har inget beslut. Skriv beslutspunkter, eller ange att
    paragrafen inte har något beslut (information, anmälan, delegationsbeslut).
    Varning – Protokollet, Sekreterare: Sekreterare är inte angiven för sammanträdet.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from kraftdesk.domain.checks import Finding, Severity
from kraftdesk.domain.enums import StatementKind
from kraftdesk.domain.participation import Code
from kraftdesk.text import formats as f
from kraftdesk.text.vocabulary import STATEMENT_KIND_INDEFINITE

FIELDS = {
    "attendance": "Närvaro",
    "chair": "Ordförande",
    "approvers": "Utses att justera",
    "secretary": "Sekreterare",
    "posting": "Anslag",
    "statement": "Reservationer och särskilda yttranden",
    "number": "Paragrafnummer",
    "decision": "Beslut",
    "vote": "Omröstning",
    "appendix": "Bilaga",
    "title": "Rubrik",
    "summary": "Sammanfattning",
    "decision_point": "Beslutspunkt",
    "section": "Avsnitt",
    "proposal": "Yrkanden",
    "procedure": "Beslutsgång",
    "basis": "Beslutsunderlag",
    "distribution": "Sändlista",
    "acting_chair": "Tjänstgörande ordförande",
    "place": "Plats och tid",
}

SEVERITY_WORDS = {Severity.ERROR: "Fel", Severity.WARNING: "Varning"}
DASH = "\u2013"


def where(number: int | None) -> str:
    return f"§ {number}" if number is not None else "Protokollet"


def field_name(field: str, index: int | None = None) -> str:
    name = FIELDS.get(field, field)
    return f"{name} {index}" if index is not None else name


def finding_line(finding: Finding) -> str:
    """ "Fel – § 3, Beslut: Paragrafen har inget beslut. …" """
    return (f"{SEVERITY_WORDS[finding.severity]} {DASH} {where(finding.number)}, "
            f"{finding.field}: {finding.message}")


def summary_line(reference: str, findings: Sequence[Finding]) -> str:
    """ "KS:2027-01-13: 2 fel och 1 varning." / "KS:2027-01-13: inga fel eller varningar." """
    errors = sum(1 for x in findings if x.severity is Severity.ERROR)
    warnings = len(findings) - errors
    if not findings:
        return f"{reference}: protokollet har inga fel eller varningar."
    parts = []
    if errors:
        parts.append(f"{errors} fel")
    if warnings:
        parts.append(f"{warnings} {f.plural(warnings, 'varning', 'varningar')}")
    return f"{reference}: {' och '.join(parts)}."


def refusal(what: str, errors: Sequence[Finding]) -> str:
    """Justering refused: the errors, one per line."""
    count = "ett fel" if len(errors) == 1 else f"{len(errors)} fel"
    lines = [f"{what} kan inte justeras: kontrollen hittade {count}."]
    lines += [f"  {finding_line(x)}" for x in errors]
    return "\n".join(lines)


def needs_confirmation(what: str, warnings: Sequence[Finding]) -> str:
    count, them = ("en varning", "den") if len(warnings) == 1 else \
        (f"{len(warnings)} varningar", "dem")
    lines = [f"Kontrollen av {what} gav {count}; bekräfta {them} för att justera ändå "
             "(bekräftelsen sparas i granskningsloggen)."]
    lines += [f"  {finding_line(x)}" for x in warnings]
    return "\n".join(lines)


# --- the messages ----------------------------------------------------------------------------

NO_ATTENDANCE = ("Närvaron är inte registrerad; protokollet ska visa vilka ledamöter och "
                 "ersättare som tjänstgjort (KL 5 kap. 66 §).")
NO_CHAIR = "Ordförande är inte angiven för sammanträdet."
NO_APPROVERS = "Ingen justerare är utsedd (utöver ordföranden)."
NO_SECRETARY = "Sekreterare är inte angiven för sammanträdet."
NO_DECISION = ("Paragrafen har inget beslut. Skriv beslutspunkter, eller ange att paragrafen "
               "inte har något beslut (information, anmälan, delegationsbeslut).")
DECISION_AND_NO_DECISION = ("Paragrafen är angiven som utan beslut men har ändå "
                            "beslutspunkter; ta bort dem eller ändra angivelsen.")
UNNUMBERED = "Paragrafen har inget nummer."


def posting_late(posted_on: date, deadline: date) -> str:
    return (f"Anslaget sattes upp {posted_on.isoformat()}, efter sista dag för anslag "
            f"{deadline.isoformat()} (andra dagen efter justeringen, KL 8 kap. 12 §).")


def open_promise(what: str, deadline: datetime | None) -> str:
    due = f" (frist {f.date_and_time(deadline)})" if deadline else ""
    return f"{f.capitalise(what)} har inte kommit in{due}."


def promised_after_justering(what: str, deadline: datetime, due: datetime) -> str:
    return (f"{f.capitalise(what)} har frist {f.date_and_time(deadline)}, efter "
            f"justeringens tid {f.date_and_time(due)}; texten ska finnas när protokollet "
            "justeras (KL 4 kap. 27 §).")


def received_after_justering(what: str, received: datetime, due: datetime) -> str:
    return (f"{f.capitalise(what)} kom in {f.date_and_time(received)}, efter justeringens "
            f"tid {f.date_and_time(due)}.")


def vote_without_result(index: int, reason: str) -> str:
    return f"Omröstning {index} har inget resultat: {reason}."


VOTE_NO_BALLOTS = "inga röster är registrerade"
VOTE_NO_COUNTS = "antalet röster i den slutna omröstningen är inte registrerat"
VOTE_TIE_CHAIR = "rösterna är lika och ordförandens utslagsröst är inte registrerad"
VOTE_TIE_LOT = "rösterna är lika och lottningens utfall är inte registrerat"


def vote_incomplete(index: int, names: Sequence[str]) -> str:
    return (f"I omröstning {index} saknas röst för {f.join_list(list(names))}, som "
            "tjänstgör i paragrafen.")


def vote_too_many(index: int, total: int, serving: int) -> str:
    return (f"Omröstning {index} har {total} röster men bara {serving} tjänstgör i "
            "paragrafen.")


def chair_out(chair: str, why: str) -> str:
    return (f"Ordföranden {chair} är {why} i paragrafen men ingen tjänstgörande ordförande "
            "är angiven.")


def appendix_without_reservation(number: int, title: str) -> str:
    return (f"Bilaga {number} ({title}) är en reservation, men paragrafen har ingen "
            "reservation som hör till den.")


def personal_number(found: str, place: str) -> str:
    return (f"{place} innehåller ett personnummer ({found}); ett protokoll som blir allmänt "
            "tillgängligt ska inte innehålla personnummer. Ta bort det, markera det som "
            "personuppgift för den offentliga versionen eller bekräfta att det inte är ett "
            "personnummer.")


_REASONS = {Code.RECUSED: "är jävig i paragrafen",
            Code.ABSENT: "är inte närvarande under paragrafen",
            Code.NOT_SERVING: "tjänstgör inte i paragrafen",
            Code.NOT_PRESENT: "är inte närvarande enligt närvarolistan",
            Code.NO_ATTENDANCE: "närvaron är inte registrerad"}


def conflict(what: str, label: str, code: Code, kind: StatementKind | None) -> str:
    """ "Bo Ek (S) röstar men är jävig i paragrafen." (what: ballot, proposal, statement,
    concurrence)."""
    if what == "ballot":
        doing = "röstar"
    elif what == "proposal":
        doing = "yrkar"
    else:
        verb = "instämmer i" if what == "concurrence" else "står bakom"
        doing = f"{verb} {STATEMENT_KIND_INDEFINITE[kind or StatementKind.RESERVATION]}"
    return f"{label} {doing} men {_REASONS.get(code, 'får inte delta')}."
