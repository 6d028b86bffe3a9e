# SPDX-License-Identifier: EUPL-1.2
"""Write the demo register, resources/demo/demo-register.json, reproducibly.

    uv run python packaging/make_demo.py            # rewrite the file
    uv run python packaging/make_demo.py --check    # exit 1 if the file is not what this gives

The content is the two reference paragraphs of Malmö stad (../shared/seeds) entered as
structured data, their earlier handling, and one coming meeting of example data. What comes
from the published protocols and what is invented is listed in docs/demo.md. The rows are
built here with explicit ids, read into an empty register (the same import the program uses,
so every check and trigger applies) and exported again: the file is the canonical export.
"""

from __future__ import annotations

import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from demo_texts import (  # noqa: E402
    BILAGA_12,
    BILAGA_13,
    EX412_BASIS,
    EX412_DECISION,
    EX412_NOTE,
    EX412_SUMMARY,
    EX412_TITLE,
    EX413_BASIS,
    EX413_CASE,
    EX413_DECISION,
    EX413_SUMMARY,
    EX413_TITLE,
    KF189_DECISIONS,
    KF189_DOCUMENT,
    KF189_STATEMENT,
    KF189_SUMMARY,
    KF189_TITLE,
    KSAU564_DECISION,
    KSAU564_STATEMENT,
    S16_BASIS_AFTER_KF,
    S16_BASIS_FREE,
    S16_DECISION,
    S16_SUMMARY,
    S16_TITLE,
    S266_BASIS,
    S266_DECISIONS,
    S266_SUMMARY,
    S266_TITLE,
)
from sqlalchemy import select  # noqa: E402

from kraftdesk.domain.case_numbers import pattern_from_example  # noqa: E402
from kraftdesk.domain.enums import MinutesState  # noqa: E402
from kraftdesk.interchange import export_register, import_register, spec  # noqa: E402
from kraftdesk.register.database import Register  # noqa: E402
from kraftdesk.register.migrate import open_register  # noqa: E402
from kraftdesk.register.models import Body, Meeting  # noqa: E402
from kraftdesk.register.seal import seal_minutes  # noqa: E402

DEMO_FILE = ROOT / "resources" / "demo" / "demo-register.json"

STADSHUSET = "Stadshuset, August Palms plats 1, Malmö"
RADHUSET = "Rådhuset, Stortorget, Malmö"
KS_TERM = ("2023-01-01", "2026-12-31")
KF_TERM = ("2022-10-15", "2026-10-14")
#: The next mandatperiod: the demo plans meetings after 2026 too.
KS_NEXT = ("2027-01-01", "2030-12-31")
KF_NEXT = ("2026-10-15", "2030-10-14")
TERMS = (KS_TERM, KS_NEXT)
CASE_NUMBER_EXAMPLE = "STK-2024-1374"

class Builder:
    """Rows of the interchange file with explicit ids; unset columns get the model default."""

    def __init__(self) -> None:
        self.doc: dict[str, Any] = {"format": spec.FORMAT, "version": spec.VERSION}
        self.doc.update({c.key: [] for c in spec.TOP})
        self._next: dict[str, int] = defaultdict(int)
        self._collections = {c.name: c for c in spec.walk()}
        self.people: dict[str, int] = {}
        self.parties: dict[str, int] = {}
        self.bodies: dict[str, int] = {}

    def row(self, table: str, **values: Any) -> dict[str, Any]:
        collection = self._collections[table]
        row: dict[str, Any] = {}
        for column in collection.columns:
            default = column.default.arg if column.default is not None else None
            row[column.name] = getattr(default, "value", default) if not callable(default) else None
        for child in collection.children:
            row[child.key] = []
        if collection.has_id:
            self._next[table] += 1
            row["id"] = self._next[table]
        unknown = set(values) - set(row)
        assert not unknown, f"{table}: {unknown}"
        row.update(values)
        return row

    def add(self, key: str, table: str, **values: Any) -> dict[str, Any]:
        row = self.row(table, **values)
        self.doc[key].append(row)
        return row

    def person(self, name: str, party: str | None = None, **values: Any) -> int:
        row = self.add("persons", "person", name=name,
                       party_id=self.parties[party] if party else None, **values)
        self.people[name] = row["id"]
        return row["id"]

    def member(self, name: str, body: str, role: str = "member", term: tuple[str, str] = KS_TERM,
               position: int | None = None) -> None:
        self.add("memberships", "membership", person_id=self.people[name],
                 body_id=self.bodies[body], role=role, starts_on=term[0], ends_on=term[1],
                 position=position)

    def ids(self, *names: str) -> list[int]:
        return [self.people[name] for name in names]


def organisation(b: Builder) -> None:
    b.doc["organisation"] = b.row(
        "organisation", name="Malmö stad", case_number_example=CASE_NUMBER_EXAMPLE,
        case_number_pattern=pattern_from_example(CASE_NUMBER_EXAMPLE),
        address="August Palms plats 1, Malmö",
        minutes_kept_at="Stadskontoret, August Palms plats 1, Malmö",
        # Electronic justering settings (server defaults in the model): either way, every
        # signature line, no TSA, offline, PDF/A-2b.
        justering_method="either", required_signers="secretary,chair,approver",
        fetch_revocation=False, pdfa_part=2)
    for starts, ends in TERMS:
        b.add("terms", "term", starts_on=starts, ends_on=ends)
    for abbreviation, name in [("S", "Socialdemokraterna"), ("M", "Moderaterna"),
                               ("SD", "Sverigedemokraterna"), ("L", "Liberalerna"),
                               ("V", "Vänsterpartiet"), ("MP", "Miljöpartiet de gröna"),
                               ("C", "Centerpartiet"), ("KD", "Kristdemokraterna")]:
        b.parties[abbreviation] = b.add("parties", "party", abbreviation=abbreviation,
                                        name=name)["id"]
    for short, name, kind, parent, approvers, proposes, place, start, days in [
            ("KF", "Kommunfullmäktige", "assembly", None, 2, None, RADHUSET, "17:00", 7),
            ("KS", "Kommunstyrelsen", "executive_board", None, 1, "KF", STADSHUSET, "13:00",
             7),
            ("KSAU", "Kommunstyrelsens arbetsutskott", "working_committee", "KS", 1, "KS",
             STADSHUSET, "09:00", 3)]:
        b.bodies[short] = b.add("bodies", "body", short_name=short, name=name, kind=kind,
                                parent_id=b.bodies.get(parent) if parent else None,
                                approver_count=approvers,
                                proposes_to_id=b.bodies.get(proposes) if proposes else None,
                                default_place=place, default_start_time=start,
                                justering_days=days, justering_time="10:00")["id"]


#: (name, party, pronoun or None, KS role); pronouns only for invented people.
KS_MEMBERS = [
    ("Sara Lindblom", "S", "hon", "chair"), ("Johan Berglund", "L", "han", "vice_chair"),
    ("John Eklöf", "M", None, "member"), ("Farishta Sulaiman", "M", None, "member"),
    ("Anton Sauer", "C", None, "member"), ("Magnus Olsson", "SD", None, "member"),
    ("Anders Olin", "SD", None, "member"), ("Omar Haddad", "S", "han", "member"),
    ("Karin Wallin", "S", "hon", "member"), ("Peter Sandberg", "S", "han", "member"),
    ("Henrik Dahl", "M", "han", "member"), ("Maria Sjöberg", "V", "hon", "member"),
    ("Elin Ekström", "MP", "hon", "member"),
]
#: KS substitutes; the invented ones serve in the example meeting for the real members.
KS_SUBSTITUTES = [
    ("Anders Pripp", "SD", None), ("Lena Holm", "S", "hon"), ("Nils Forsberg", "M", "han"),
    ("Amina Yusuf", "M", "hon"), ("Sven Ahlgren", "C", "han"), ("Jessica Lind", "SD", "hon"),
    ("Patrik Hägg", "SD", "han"),
]
KF_ONLY = [("Ingrid Falk", "S", "hon"), ("Per Nyström", "SD", "han"), ("Emma Lund", "C", "hon"),
           ("Karl Persson", "KD", "han")]
OFFICIALS = [("Pamela Lindqvist", "Nämndsekreterare", None),
             ("Jonas Åberg", "Nämndsekreterare", "han"), ("Sofia Blom", "Kommunsekreterare", "hon")]


KSAU_SEATS = [("Sara Lindblom", "chair"), ("Johan Berglund", "vice_chair"),
              ("Omar Haddad", "member"), ("Karin Wallin", "member"), ("Henrik Dahl", "member")]
KF_SEATS = [("Ingrid Falk", "chair"), ("Sara Lindblom", "member"), ("Johan Berglund", "member"),
            ("Omar Haddad", "member"), ("Henrik Dahl", "member"), ("Per Nyström", "member"),
            ("Emma Lund", "member"), ("Karl Persson", "member")]
#: In the next term Peter Sandberg (S) leaves KS and Lena Holm (S) takes his seat: the
#: minutes of 2026 still print him, and her as ersättare.
NEXT_TERM_LEAVES, NEXT_TERM_JOINS = "Peter Sandberg", "Lena Holm"


def people(b: Builder) -> None:
    for name, party, pronoun, _role in KS_MEMBERS:
        b.person(name, party, pronoun=pronoun)
    for name, party, pronoun in KS_SUBSTITUTES:
        b.person(name, party, pronoun=pronoun)
    for name, party, pronoun in KF_ONLY:
        b.person(name, party, pronoun=pronoun)
    for name, title, pronoun in OFFICIALS:
        b.person(name, title=title, pronoun=pronoun)
    for term, kf_term, next_term in ((KS_TERM, KF_TERM, False), (KS_NEXT, KF_NEXT, True)):
        seats = [(name, role) for name, _party, _pronoun, role in KS_MEMBERS
                 if not (next_term and name == NEXT_TERM_LEAVES)]
        if next_term:
            seats.append((NEXT_TERM_JOINS, "member"))
        for name, role in seats:
            b.member(name, "KS", role, term)
        substitutes = [name for name, *_ in KS_SUBSTITUTES
                       if not (next_term and name == NEXT_TERM_JOINS)]
        for position, name in enumerate(substitutes, start=1):
            b.member(name, "KS", "substitute", term, position)
        for name, role in KSAU_SEATS:
            b.member(name, "KSAU", role, term)
        for name, role in KF_SEATS:
            b.member(name, "KF", role, kf_term)


def secretaries(b: Builder) -> None:
    """Each body's usual secretary: the one who keeps its minutes in the demo."""
    for body in b.doc["bodies"]:
        name = {"KF": "Sofia Blom", "KS": "Pamela Lindqvist",
                "KSAU": "Jonas Åberg"}[body["short_name"]]
        body["default_secretary_id"] = b.people[name]


def meeting(b: Builder, body: str, starts: str, ends: str | None, *, due: str, chair: str,
            secretary: str, approvers: list[str], present: list[str],
            substitutes: tuple[str, ...] = (), place: str = STADSHUSET,
            state: str = "approved", example: bool = False, **dates: str) -> dict[str, Any]:
    """A meeting; `present` lists members, "X istf Y" a substitute serving for Y."""
    row = b.add("meetings", "meeting", body_id=b.bodies[body], starts_at=starts, ends_at=ends,
                place=place, minutes_state=state, is_example=example, approval_due_at=due,
                approval_place=STADSHUSET, chair_id=b.people[chair],
                secretary_id=b.people[secretary], **dates)
    row["approvers"] = [b.row("meeting_approver", person_id=b.people[name], position=i)
                        for i, name in enumerate(approvers, 1)]
    for i, entry in enumerate([*present, *(f"{n} ersättare" for n in substitutes)], 1):
        name, _, replaces = entry.partition(" istf ")
        kind = "serving_substitute" if replaces else "member"
        if name.endswith(" ersättare"):
            name, kind = name.removesuffix(" ersättare"), "substitute"
        row["attendance"].append(b.row(
            "attendance", person_id=b.people[name], kind=kind, position=i,
            replaces_person_id=b.people[replaces] if replaces else None))
    return row


def paragraph(b: Builder, meeting_row: dict[str, Any], number: int | None, series: str,
              title: str, *, case: int | None, position: int, summary: str | None = None,
              proposes_to: str | None = None, decisions: tuple[str, ...] = (),
              basis: tuple[Any, ...] = (), distribution: tuple[str, ...] = ()
              ) -> dict[str, Any]:
    row = b.add("paragraphs", "paragraph", meeting_id=meeting_row["id"],
                body_id=meeting_row["body_id"], series=series, number=number,
                position=position, case_id=case, title=title, summary=summary,
                proposes_to_body_id=b.bodies[proposes_to] if proposes_to else None)
    row["decision_points"] = [b.row("decision_point", position=i, text=text)
                              for i, text in enumerate(decisions, 1)]
    for i, line in enumerate(basis, 1):
        ref, kind, text = line if isinstance(line, tuple) else (None, None, line)
        row["basis_documents"].append(b.row("basis_document", position=i, ref_paragraph_id=ref,
                                            ref_kind=kind, text=text))
    row["distribution"] = [b.row("distribution", position=i, recipient=r)
                           for i, r in enumerate(distribution, 1)]
    return row


def statement(b: Builder, paragraph_row: dict[str, Any], kind: str, state: str,
              authors: list[str], *, concurring: tuple[str, ...] = (), **values: Any
              ) -> dict[str, Any]:
    row = b.row("statement", position=len(paragraph_row["statements"]) + 1, kind=kind,
                state=state, **values)
    row["authors"] = [b.row("statement_author", person_id=pid, position=i)
                      for i, pid in enumerate(b.ids(*authors), 1)]
    row["concurrences"] = [b.row("statement_concurrence", person_id=pid, position=i)
                           for i, pid in enumerate(b.ids(*concurring), 1)]
    paragraph_row["statements"].append(row)
    return row


def appendix(b: Builder, meeting_row: dict[str, Any], paragraph_row: dict[str, Any],
             statement_row: dict[str, Any], number: int, title: str,
             text: str | None = None) -> None:
    b.add("appendices", "appendix", meeting_id=meeting_row["id"], number=number,
          kind="statement", paragraph_id=paragraph_row["id"], statement_id=statement_row["id"],
          title=title, text=text)


def proposal(b: Builder, paragraph_row: dict[str, Any], authors: list[str], **values: Any
             ) -> dict[str, Any]:
    row = b.row("proposal", position=len(paragraph_row["proposals"]) + 1, **values)
    row["authors"] = [b.row("proposal_author", person_id=pid, position=i)
                      for i, pid in enumerate(b.ids(*authors), 1)]
    paragraph_row["proposals"].append(row)
    return row


def cases(b: Builder) -> dict[str, int]:
    rows = [("STK-2023-137", KF189_TITLE, "closed"), ("STK-2024-1374", S16_TITLE, "open"),
            ("STK-2026-580", S266_TITLE, "open"), ("STK-2026-1102", EX413_CASE, "open")]
    return {number: b.add("cases", "case", number=number, title=title, status=status)["id"]
            for number, title, status in rows}


def kf_2024_09_26(b: Builder, case: dict[str, int]) -> dict[str, Any]:
    m = meeting(b, "KF", "2024-09-26T17:00", "2024-09-26T22:40", place=RADHUSET,
                due="2024-10-03T10:00", chair="Ingrid Falk", secretary="Sofia Blom",
                approvers=["Karl Persson", "Omar Haddad"],
                present=["Ingrid Falk", "Sara Lindblom", "Johan Berglund", "Omar Haddad",
                         "Henrik Dahl", "Per Nyström", "Emma Lund", "Karl Persson"],
                sent_for_approval_on="2024-10-01", approved_on="2024-10-03",
                posted_on="2024-10-04")
    p = paragraph(b, m, 189, "2024", KF189_TITLE, case=case["STK-2023-137"], position=1,
                  summary=KF189_SUMMARY, decisions=KF189_DECISIONS,
                  distribution=("Kommunstyrelsen",))
    proposal(b, p, ["Sara Lindblom"], kind="approval", subject="kommunstyrelsens förslag",
             adopted=True)
    rejection = proposal(b, p, ["Per Nyström"], kind="rejection",
                         subject="kommunstyrelsens förslag")
    statement(b, p, "reservation", "announced", ["Per Nyström"],
              in_favour_of_proposal_id=rejection["id"])
    joint = statement(b, p, "special_statement", "received", ["Henrik Dahl", "Emma Lund"],
                      deadline="2024-10-03T10:00", received_at="2024-10-02T15:20",
                      text=KF189_STATEMENT)
    appendix(b, m, p, joint, 7, "Särskilt yttrande")
    return p


def ksau_2025_12_08(b: Builder, case: dict[str, int], kf189: dict[str, Any]) -> dict[str, Any]:
    m = meeting(b, "KSAU", "2025-12-08T09:00", "2025-12-08T11:30", due="2025-12-11T10:00",
                chair="Sara Lindblom", secretary="Jonas Åberg", approvers=["Johan Berglund"],
                present=KSAU_MEMBERS, sent_for_approval_on="2025-12-10",
                approved_on="2025-12-11", posted_on="2025-12-12")
    p = paragraph(b, m, 564, "2025", S16_TITLE, case=case["STK-2024-1374"], position=1,
                  summary=S16_SUMMARY, proposes_to="KS", decisions=(KSAU564_DECISION,),
                  basis=("Tjänsteskrivelse KSAU 251208 Återrapportering kring kraftsamlande "
                         "insatser", (kf189["id"], "decision", KF189_DOCUMENT)))
    own = statement(b, p, "special_statement", "received", ["Henrik Dahl"],
                    deadline="2025-12-11T10:00", received_at="2025-12-10T16:05",
                    text=KSAU564_STATEMENT)
    appendix(b, m, p, own, 1, "Särskilt yttrande")
    return p


def ks_2026_01_07(b: Builder, case: dict[str, int], ksau564: dict[str, Any],
                  kf189: dict[str, Any]) -> None:
    m = meeting(b, "KS", "2026-01-07T13:00", "2026-01-07T16:45", due="2026-01-14T10:00",
                chair="Sara Lindblom", secretary="Pamela Lindqvist",
                approvers=["Johan Berglund"], present=[n for n, *_ in KS_MEMBERS],
                substitutes=("Anders Pripp", "Lena Holm"), sent_for_approval_on="2026-01-13",
                approved_on="2026-01-14", posted_on="2026-01-15")
    basis = ((ksau564["id"], "proposal", S16_TITLE), *S16_BASIS_FREE,
             (kf189["id"], "decision", KF189_DOCUMENT), *S16_BASIS_AFTER_KF)
    p = paragraph(b, m, 16, "2026", S16_TITLE, case=case["STK-2024-1374"], position=16,
                  summary=S16_SUMMARY, proposes_to="KF", decisions=(S16_DECISION,),
                  basis=basis)
    twelve = statement(b, p, "special_statement", "not_received",
                       ["John Eklöf", "Farishta Sulaiman", "Anton Sauer"],
                       with_reservation=True, deadline="2026-01-14T10:00")
    thirteen = statement(b, p, "special_statement", "received", ["Magnus Olsson", "Anders Olin"],
                         concurring=("Anders Pripp",), deadline="2026-01-14T10:00",
                         received_at="2026-01-12T15:32", text=BILAGA_13)
    appendix(b, m, p, twelve, 12, "Särskilt yttrande", BILAGA_12)
    appendix(b, m, p, thirteen, 13, "Särskilt yttrande")


def ksau_2026_04_20(b: Builder, case: dict[str, int]) -> None:
    m = meeting(b, "KSAU", "2026-04-20T09:00", "2026-04-20T11:15", due="2026-04-23T10:00",
                chair="Sara Lindblom", secretary="Jonas Åberg", approvers=["Johan Berglund"],
                present=KSAU_MEMBERS, sent_for_approval_on="2026-04-22",
                approved_on="2026-04-23", posted_on="2026-04-24")
    paragraph(b, m, 266, "2026", S266_TITLE, case=case["STK-2026-580"], position=1,
              summary=S266_SUMMARY, proposes_to="KS", decisions=tuple(S266_DECISIONS),
              basis=tuple(S266_BASIS))


#: In the example meeting invented substitutes serve for the members named in the protocols,
#: so that no invented vote or statement is put in the name of a real person.
EXAMPLE_PRESENT = [
    "Sara Lindblom", "Johan Berglund", "Omar Haddad", "Karin Wallin", "Peter Sandberg",
    "Henrik Dahl", "Maria Sjöberg", "Elin Ekström", "Nils Forsberg istf John Eklöf",
    "Amina Yusuf istf Farishta Sulaiman", "Sven Ahlgren istf Anton Sauer",
    "Jessica Lind istf Magnus Olsson", "Patrik Hägg istf Anders Olin",
]


def ks_2026_12_02_example(b: Builder, case: dict[str, int]) -> None:
    m = meeting(b, "KS", "2026-12-02T13:00", None, due="2026-12-09T10:00",
                chair="Sara Lindblom", secretary="Pamela Lindqvist", approvers=["Henrik Dahl"],
                present=EXAMPLE_PRESENT, substitutes=("Lena Holm",), state="draft",
                example=True)
    p = paragraph(b, m, 412, "2026", EX412_TITLE, case=case["STK-2026-580"], position=1,
                  summary=EX412_SUMMARY, decisions=(EX412_DECISION,), basis=EX412_BASIS,
                  distribution=("Stadskontoret",))
    promised = statement(b, p, "special_statement", "promised", ["Henrik Dahl", "Nils Forsberg"],
                         deadline="2026-12-09T10:00")
    statement(b, p, "minutes_note", "announced", ["Elin Ekström"], text=EX412_NOTE)
    appendix(b, m, p, promised, 1, "Särskilt yttrande")
    motion = paragraph(b, m, 413, "2026", EX413_TITLE, case=case["STK-2026-1102"], position=2,
                       summary=EX413_SUMMARY, proposes_to="KF", decisions=(EX413_DECISION,),
                       basis=EX413_BASIS, distribution=("Kommunfullmäktige", "Fritidsnämnden"))
    example_vote(b, motion)


def example_vote(b: Builder, p: dict[str, Any]) -> None:
    office = proposal(b, p, ["Sara Lindblom"], kind="approval", subject="stadskontorets förslag",
                      adopted=True)
    motion = proposal(b, p, ["Maria Sjöberg", "Elin Ekström"], kind="approval",
                      subject="motionen")
    vote = b.row("vote", position=1, yes_meaning="bifall till stadskontorets förslag",
                 no_meaning="bifall till motionen", yes_proposal_id=office["id"],
                 no_proposal_id=motion["id"])
    choices = {"yes": [*EXAMPLE_PRESENT[:6], "Nils Forsberg", "Amina Yusuf", "Sven Ahlgren"],
               "no": ["Maria Sjöberg", "Elin Ekström"], "abstain": ["Jessica Lind", "Patrik Hägg"]}
    vote["ballots"] = [b.row("ballot", person_id=b.people[name], choice=choice)
                       for choice, names in choices.items() for name in names]
    p["votes"].append(vote)
    statement(b, p, "reservation", "announced", ["Maria Sjöberg", "Elin Ekström"],
              in_favour_of_proposal_id=motion["id"])


KSAU_MEMBERS = ["Sara Lindblom", "Johan Berglund", "Omar Haddad", "Karin Wallin", "Henrik Dahl"]


def build() -> dict[str, Any]:
    """The demo register as an interchange object (not yet canonical)."""
    b = Builder()
    organisation(b)
    people(b)
    secretaries(b)
    case = cases(b)
    kf189 = kf_2024_09_26(b, case)
    ksau564 = ksau_2025_12_08(b, case, kf189)
    ks_2026_01_07(b, case, ksau564, kf189)
    ksau_2026_04_20(b, case)
    ks_2026_12_02_example(b, case)
    return b.doc


def seal_justerade(register: Register) -> None:
    """Seal each justerat protokoll as justering would (without the PDF), at a fixed time."""
    with register.write() as session:
        rows = session.execute(
            select(Meeting.id, Body.short_name, Meeting.starts_at, Meeting.approved_on)
            .join(Body, Body.id == Meeting.body_id)
            .where(Meeting.minutes_state == MinutesState.APPROVED).order_by(Meeting.id)).all()
        for meeting_id, short_name, starts_at, approved_on in rows:
            seal_minutes(session, meeting_id,
                         sealed_at=f"{approved_on.isoformat()}T12:00:00.000000+00:00",
                         name=f"{short_name}-{starts_at.date().isoformat()}")


def render() -> str:
    """The canonical demo file: the built rows read into an empty register, exported."""
    with tempfile.TemporaryDirectory() as folder:
        register = open_register(f"sqlite:///{Path(folder) / 'demo.sqlite3'}", create=True)
        try:
            import_register(register, build(), source="demo")
            seal_justerade(register)
            return export_register(register)
        finally:
            register.close()


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        current = DEMO_FILE.read_text(encoding="utf-8") if DEMO_FILE.exists() else ""
        if current != text:
            print(f"{DEMO_FILE} är inte aktuell: kör packaging/make_demo.py", file=sys.stderr)
            return 1
        return 0
    DEMO_FILE.parent.mkdir(parents=True, exist_ok=True)
    DEMO_FILE.write_text(text, encoding="utf-8")
    print(f"skrev {DEMO_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
