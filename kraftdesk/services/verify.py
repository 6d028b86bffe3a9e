# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk verify`: recompute every seal, every file's hash and the audit chain.

It also checks that the audit trail has not been emptied (each seal has its entry) and that
the database's locks on justerade minutes are all there and switched on
(kraftdesk.register.guards): on PostgreSQL the tables' owner can disable them.

Each difference is reported in Swedish, naming the meeting (KS:2026-01-07), the paragraph
(§ 16, KS:2026:16), the part of it and the field, so a row edited by hand outside kraftdesk
(the sqlite3 shell, with or without the triggers) is found and pointed at.

    verify_register(register) -> VerifyReport     an open register
    verify_file(path) -> VerifyReport             a register file, such as a backup: checked
        on a working copy (upgraded there if it is older), so the file is only ever read
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from kraftdesk.domain.errors import RegisterError
from kraftdesk.register.audit import canonical_json, walk_chain
from kraftdesk.register.backup import working_copy
from kraftdesk.register.database import Register
from kraftdesk.register.database_errors import schema_changed
from kraftdesk.register.fulltext import IndexProblem, index_problems
from kraftdesk.register.guards import GuardProblem, guard_problems, missing_schema
from kraftdesk.register.models import AuditEntry, Body, Meeting, MinutesSeal, Person, StoredFile
from kraftdesk.register.seal import (
    Difference,
    Rows,
    canonical_bytes,
    canonical_rows,
    compare,
    load_sealed_rows,
    sha256,
)
from kraftdesk.services.verify_anchors import (
    check_anchors,
    check_justering_entries,
    check_posting,
    check_seal_v2,
)


@dataclass(frozen=True)
class VerifyReport:
    seals: int
    files: int
    audit_entries: int
    problems: tuple[str, ...]
    notes: tuple[str, ...] = ()  # what holds, worth saying (who signed what when)
    signatures: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_register(register: Register, *,
                    trust_anchors: tuple[bytes, ...] | None = None,
                    against: tuple[tuple[str, bytes], ...] = ()) -> VerifyReport:
    """Check everything; read-only. Problems are Swedish sentences, one per difference.

    `trust_anchors` (DER certificates) replaces the organisation's own trust anchors for
    the signatures: an auditor's, from outside the register (`verify --trust`). `against`
    holds protocol PDFs from outside (name, bytes) to check the register against
    (`verify --against FILE.pdf`).
    """
    problems: list[str] = []
    with register.read() as session:
        conn = session.connection()
        missing = missing_schema(conn)
        if missing:  # nothing else can be read as it should: said first, alone
            raise RegisterError(schema_changed(f"{', '.join(missing)} saknas"))
        problems += file_integrity(conn)
        seals = conn.execute(select(MinutesSeal.__table__).order_by(MinutesSeal.id)).all()
        for seal in seals:
            problems += check_seal_v2(session, seal, describe=_describer(conn, seal.meeting_id)) \
                if seal.canonical_version >= 2 else check_seal(conn, seal)
        problems += unsealed_meetings(conn)
        files = conn.execute(select(func.count()).select_from(StoredFile)).scalar() or 0
        problems += list(damaged_files(conn))
        entries = conn.execute(select(func.count()).select_from(AuditEntry)).scalar() or 0
        problems += [audit_message(b) for b in walk_chain(conn)]
        problems += audit_completeness(conn, seals, entries)
        problems += [guard_message(p) for p in guard_problems(conn)]
        problems += [index_message(p) for p in index_problems(conn)]
        signed = _signatures(session, trust_anchors)
        problems += signed.problems
        problems += check_anchors(session, list(seals))
        problems += check_posting(session, list(seals))
        problems += check_justering_entries(session)
        notes = list(signed.notes)
        for source, pdf in against:
            found, said = _against(session, source, pdf, trust_anchors)
            problems += found
            notes += said
    return VerifyReport(seals=len(seals), files=files, audit_entries=entries,
                        problems=tuple(problems), notes=tuple(notes),
                        signatures=signed.signatures)


def _describer(conn: Connection, meeting_id: int) -> Any:
    names = Names(conn)
    return lambda diff, sealed, current: describe(diff, sealed, current, meeting_id, names)


def _against(session: Session, source: str, pdf: bytes,
             trust_anchors: tuple[bytes, ...] | None) -> tuple[list[str], list[str]]:
    from kraftdesk.reading.signing import trust_material
    from kraftdesk.reading.support import organisation
    from kraftdesk.services.verify_anchors import check_against

    material = trust_material(session, organisation(session))
    anchors = material.anchors if trust_anchors is None else trust_anchors
    return check_against(session, pdf, source, anchors, material.crls)


def _signatures(session: Session, trust_anchors: tuple[bytes, ...] | None) -> Any:
    from kraftdesk.reading.signing import trust_material
    from kraftdesk.reading.support import organisation
    from kraftdesk.services.verify_signatures import check_signatures

    material = trust_material(session, organisation(session))
    anchors = material.anchors if trust_anchors is None else trust_anchors
    return check_signatures(session, anchors, material.crls)


def verify_file(path: Path, *, trust_anchors: tuple[bytes, ...] | None = None,
                against: tuple[tuple[str, bytes], ...] = ()) -> VerifyReport:
    """Check the register file `path` (a backup, or any register file) without changing it:
    a working copy is checked for integrity, brought to this program's schema if it is
    older, and verified like an open register."""
    from kraftdesk.register.migrate import open_register  # Alembic only when needed

    with working_copy(path) as copy:
        register = open_register(f"sqlite:///{copy}", create=False,
                                 backup_dir=copy.parent / "backups")
        try:
            return verify_register(register, trust_anchors=trust_anchors, against=against)
        finally:
            register.close()


def file_integrity(conn: Connection) -> list[str]:
    """SQLite's own full check of the database file (every page, index and constraint)."""
    if conn.dialect.name != "sqlite":
        return []
    results = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
    if results == ["ok"]:
        return []
    return [f"Databasfilen är skadad: {result}" for result in results]


def check_seal(conn: Connection, seal: Any) -> list[str]:
    """The differences between a meeting's minutes now and as sealed."""
    names = Names(conn)
    out: list[str] = []
    if sha256(canonical_bytes(conn, seal.meeting_id)) != seal.content_sha256:
        sealed = load_sealed_rows(conn, seal.content_sha256)
        current = canonical_rows(conn, seal.meeting_id)
        if sealed is None:
            out.append(f"{names.meeting(current, seal.meeting_id)}: protokollet stämmer inte "
                       "med förseglingen, och förseglingens kopia av protokollet saknas eller "
                       "har ändrats, så skillnaderna kan inte pekas ut.")
        else:
            out += [describe(d, sealed, current, seal.meeting_id, names)
                    for d in compare(sealed, current)]
    if seal.pdf_file_id is not None:
        content = conn.execute(
            select(type_coerce(StoredFile.__table__.c.content, NullType()))
            .where(StoredFile.__table__.c.id == seal.pdf_file_id)).scalar()
        if content is None or sha256(bytes(content)) != seal.pdf_sha256:
            ref = names.meeting(canonical_rows(conn, seal.meeting_id), seal.meeting_id)
            out.append(f"{ref}: den justerade PDF-filen har ändrats efter justeringen.")
    return out


def unsealed_meetings(conn: Connection) -> list[str]:
    rows = conn.execute(
        select(Body.short_name, Meeting.starts_at).join(Body, Body.id == Meeting.body_id)
        .where(Meeting.minutes_state == "approved",
               Meeting.id.not_in(select(MinutesSeal.meeting_id)))
        .order_by(Meeting.starts_at)).all()
    return [f"{short}:{starts.date().isoformat()}: protokollet är justerat men saknar "
            "försegling." for short, starts in rows]


def damaged_files(conn: Connection, *, batch: int = 50) -> Iterator[str]:
    """Files whose bytes no longer match their recorded SHA-256 (read a few at a time)."""
    table, last = StoredFile.__table__, 0
    content = type_coerce(table.c.content, NullType())
    while True:
        rows = conn.execute(select(table.c.id, table.c.filename, table.c.sha256, content)
                            .where(table.c.id > last).order_by(table.c.id).limit(batch)).all()
        if not rows:
            return
        for row in rows:
            data = bytes(row[3]) if row[3] is not None else b""
            if hashlib.sha256(data).hexdigest() != row.sha256:
                yield (f"Filen «{row.filename}» (nr {row.id}): innehållet stämmer inte med "
                       "filens SHA-256; filen har ändrats.")
        last = rows[-1].id


def audit_completeness(conn: Connection, seals: list[Any], entries: int) -> list[str]:
    """An audit trail emptied (or emptied and begun again) behind the register's back.

    Every seal is written through the audit trail, so each must have its entry; a trail
    that was emptied lacks them, however well its remaining chain holds.
    """
    approved = conn.execute(select(func.count()).select_from(Meeting)
                            .where(Meeting.minutes_state == "approved")).scalar() or 0
    if entries == 0:
        if approved == 0:
            return []
        return [f"Granskningsloggen är tom, men registret innehåller {approved} justerade "
                "protokoll: loggen har tömts eller tagits bort."]
    table = AuditEntry.__table__
    logged = set(conn.execute(
        select(table.c.entity_key).where(table.c.entity == MinutesSeal.__tablename__,
                                         table.c.action == "insert")).scalars())
    names = Names(conn)
    out = []
    for seal in seals:
        if canonical_json({"id": seal.id}) not in logged:
            ref = names.meeting(canonical_rows(conn, seal.meeting_id), seal.meeting_id)
            out.append(f"{ref}: granskningsloggen saknar posten om förseglingen; loggen har "
                       "tömts eller poster har tagits bort.")
    return out


def guard_message(problem: GuardProblem) -> str:
    """A lock of justerade minutes that is missing or not in force, in Swedish."""
    if problem.kind == "replica":
        return ("Databasen kör med session_replication_role = replica: då verkar inga "
                "utlösare, och justerade protokoll och granskningsloggen är inte låsta.")
    names = ", ".join(f"«{name}»" for name in problem.triggers)
    count = len(problem.triggers)
    which = "utlösaren" if count == 1 else f"{count} utlösare"
    if problem.kind == "missing":
        state = "saknas"
        how = "någon har tagit bort dem" if count > 1 else "någon har tagit bort den"
    else:
        state = "är avstängd" if count == 1 else "är avstängda"
        how = "ALTER TABLE … DISABLE TRIGGER"
    return (f"Låsningen av justerade protokoll är inte i kraft på tabellen «{problem.table}»: "
            f"{which} {names} {state} ({how}). Ändringar som låsningen skulle hindra "
            "släpps igenom.")


def index_message(problem: IndexProblem) -> str:
    """The search index not matching the register, in Swedish, with the remedy."""
    count = problem.count
    what = {
        "missing": "Registrets sökindex saknas; paragrafer kan varken sparas eller sökas fram.",
        "broken": "Registrets sökindex är skadat; paragrafer kan inte sparas eller sökas fram "
                  "som de ska.",
        "triggers": f"{count} av sökindexets utlösare saknas, är ändrade eller avstängda; det "
                    "som ändras i paragraferna kommer inte med i sökningen.",
        "stale": f"{count} {'paragraf saknas' if count == 1 else 'paragrafer saknas'} i "
                 "sökindexet eller står där med en annan text än registrets; sökningen hittar "
                 f"{'den' if count == 1 else 'dem'} inte rätt.",
        "extra": f"Sökindexet har {count} "
                 f"{'paragraf' if count == 1 else 'paragrafer'} som inte längre finns.",
        "lists": f"{count} {'lista' if count == 1 else 'listor'} över vanliga ords bästa "
                 "träffar stämmer inte med sökindexet; en sökning på "
                 f"{'det ordet' if count == 1 else 'de orden'} kan visa fel träffar.",
        "totals": "Sökindexets räkning av paragrafer och ord stämmer inte med indexet; "
                  "sökningen kan ordna träffarna fel.",
    }[problem.kind]
    return (f"{what} Protokollen är inte berörda. Bygg om sökindexet med «kraftdesk db "
            "reindex» (i appen: Arkiv ▸ Bygg om sökindexet).")


def audit_message(found: Any) -> str:
    where = f"post {found.entry_id} (tabellen {found.entity}, nyckel {found.entity_key})"
    if found.kind == "changed":
        return f"Granskningsloggen, {where}: posten har ändrats i efterhand."
    return (f"Granskningsloggen, {where}: kedjan är bruten före posten; en eller flera "
            "poster har tagits bort eller lagts in.")


# --- naming what differs ---------------------------------------------------------------------

PART_NAMES = {
    "decision_point": "beslutspunkt {rank}",
    "basis_document": "beslutsunderlag, rad {rank}",
    "distribution": "sändlistan, rad {rank}",
    "paragraph_section": "avsnittet «{heading}»",
    "paragraph_attendance": "närvaro för {person}",
    "proposal": "yrkande {rank}",
    "proposal_author": "yrkande, förslagsställare {person}",
    "vote": "omröstning {rank}",
    "ballot": "omröstning, röst av {person}",
    "statement": "reservation eller yttrande {rank}",
    "statement_author": "reservation eller yttrande, författare {person}",
    "statement_concurrence": "reservation eller yttrande, instämmande av {person}",
    "attendance": "närvaro för {person}",
    "meeting_approver": "justerare {person}",
    "appendix": "bilaga {number}",
    "stored_file": "fil «{filename}»",
    "mark": "markering för den offentliga versionen",
    "reported_item": "anmälningslistan, rad {rank}",
    "approval": "justering av {person}",
    "paragraph_case": "ytterligare diarienummer",
    "check_confirmation": "bekräftade varningar",
}

FIELD_NAMES = {
    "title": "rubrik", "summary": "sammanfattning", "text": "text", "body": "brödtext",
    "heading": "rubrik", "number": "nummer", "position": "ordning", "recipient": "mottagare",
    "kind": "typ", "state": "status", "choice": "röst", "content": "innehåll",
    "filename": "filnamn", "formula_override": "beslutsformel", "procedure_text": "beslutsgång",
    "immediately_approved_on": "omedelbar justering", "case_id": "ärende",
    "minutes_state": "protokollets status", "approved_on": "justeringsdag",
    "posted_on": "anslagsdag", "place": "plats", "starts_at": "början", "ends_at": "slut",
    "withdrawn": "återkallat", "person_id": "person", "received_at": "inkom",
    "yes_meaning": "ja-proposition", "no_meaning": "nej-proposition", "note": "anteckning",
    "provision": "bestämmelse", "passage_text": "markerad text", "scope": "omfattning",
    "deferral": "bordlagt eller återremitterat", "what": "ärende", "decided_on": "datum",
    "decided_by": "beslutat av", "case_number": "diarienummer",
    "from_number": "från §", "to_number": "till och med §", "arrived_at": "kom",
    "left_at": "gick", "outcome": "utan beslut", "acting_chair_id": "tjänstgörande ordförande",
    "immediately_approved_at": "tid för omedelbar justering", "election": "val",
    "secret": "sluten omröstning", "yes_count": "antal ja", "no_count": "antal nej",
    "abstain_count": "antal som avstår", "lot_winner": "lottning", "role": "roll",
    "replaces_person_id": "i stället för", "findings": "varningar",
}

#: Where the paragraph of a grandchild row is found: table -> (column, parent table).
_VIA = {"proposal_author": ("proposal_id", "proposal"), "ballot": ("vote_id", "vote"),
        "statement_author": ("statement_id", "statement"),
        "statement_concurrence": ("statement_id", "statement")}


class Names:
    """Looks up what a secretary calls things: meeting and paragraph references, persons."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self._bodies: dict[int, str] | None = None
        self._persons: dict[int, str] = {}

    def body(self, body_id: Any) -> str:
        if self._bodies is None:
            self._bodies = dict(self.conn.execute(select(Body.id, Body.short_name)).all())
        return self._bodies.get(body_id, f"organ {body_id}")

    def person(self, person_id: Any) -> str:
        if person_id not in self._persons:
            name = self.conn.execute(select(Person.name).where(Person.id == person_id)).scalar()
            self._persons[person_id] = name or f"person nr {person_id}"
        return self._persons[person_id]

    def meeting(self, rows: Rows, meeting_id: int) -> str:
        row = next(iter(rows.get("meeting", {}).values()), None)
        if row is None:
            return f"Sammanträde nr {meeting_id}"
        return f"{self.body(row['body_id'])}:{str(row['starts_at'])[:10]}"

    def paragraph(self, row: dict[str, Any]) -> str:
        short = self.body(row["body_id"])
        return f"§ {row['number']} ({short}:{row['series']}:{row['number']})"


def describe(diff: Difference, sealed: Rows, current: Rows, meeting_id: int,
             names: Names) -> str:
    """One Swedish sentence naming meeting, paragraph, part and field of a difference."""
    row = sealed.get(diff.table, {}).get(diff.key) or current.get(diff.table, {}).get(diff.key)
    where = [names.meeting(sealed, meeting_id)]
    paragraph = _paragraph_of(diff.table, row or {}, sealed, current)
    if paragraph is not None:
        where.append(names.paragraph(paragraph))
    if diff.table not in ("meeting", "paragraph"):
        where.append(_part(diff.table, row or {}, sealed, names))
    return f"{', '.join(where)}: {_what(diff)}"


def _paragraph_of(table: str, row: dict[str, Any], sealed: Rows,
                  current: Rows) -> dict[str, Any] | None:
    def find(name: str, row_id: Any) -> dict[str, Any] | None:
        for rows in (sealed, current):
            for candidate in rows.get(name, {}).values():
                if candidate.get("id") == row_id:
                    return candidate
        return None

    if table == "paragraph":
        return row
    if table == "stored_file":
        owner = next((r for r in sealed.get("statement", {}).values()
                      if r.get("file_id") == row.get("id")), None)
        return find("paragraph", owner.get("paragraph_id")) if owner else None
    if table in _VIA:
        column, parent = _VIA[table]
        parent_row = find(parent, row.get(column))
        return find("paragraph", parent_row.get("paragraph_id")) if parent_row else None
    if "paragraph_id" in row and row["paragraph_id"] is not None:
        return find("paragraph", row["paragraph_id"])
    return None


def _part(table: str, row: dict[str, Any], sealed: Rows, names: Names) -> str:
    template = PART_NAMES.get(table, table)
    siblings = sorted(r.get("position") or 0 for r in sealed.get(table, {}).values()
                      if r.get("paragraph_id") == row.get("paragraph_id"))
    rank = siblings.index(row.get("position") or 0) + 1 if (row.get("position") or 0) in \
        siblings else "(ny)"
    person = names.person(row.get("person_id")) if "{person}" in template else ""
    return template.format(
        rank=rank, heading=row.get("heading", ""), number=row.get("number") or "utan nummer",
        filename=row.get("filename", ""), person=person,
    )


def _what(diff: Difference) -> str:
    if diff.kind == "added":
        return "har lagts till efter justeringen."
    if diff.kind == "removed":
        return "har tagits bort efter justeringen."
    field = FIELD_NAMES.get(diff.column or "", diff.column)
    if diff.column in ("content", "sha256"):
        return f"fältet «{field}» har ändrats efter justeringen."
    return (f"fältet «{field}» har ändrats efter justeringen "
            f"(förseglat: {_shown(diff.sealed)}; nu: {_shown(diff.current)}).")


def _shown(value: Any) -> str:
    if value is None:
        return "tomt"
    if isinstance(value, str):
        return f"«{value if len(value) <= 60 else value[:57] + '…'}»"
    return str(value)
