# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk verify`, part three: seals of version 2 and what anchors them outside the database.

Everything a forger who can write the database file could rewrite together (the rows, the
seal, its kept copy, the audit chain) is checked against what they cannot:

- check_seal_v2: the minutes now (rows and the composed document, kraftdesk.register.seal)
  against the seal, each difference named in Swedish (a renamed justerare, a party, a body's
  name, a case's title, an organisation's wording, the anslag day);
- check_anchors: the final PDF's XMP metadata (for electronically justerade minutes: as the
  first signer signed it, so protected by the signatures) holds the composed document's
  hash and the audit trail's head at justering; the register must still agree with both,
  and the audit trail may not be shorter than the last head anchored anywhere;
- check_posting: the anslag day against its own seal;
- check_justering_entries: each justerat meeting (sealed with version 2) has its justering
  in the audit trail, and each justering in the audit trail is still justerad (an
  "un-justering" behind the register's back).

That every lock trigger exists and is in force (also this migration's) is
kraftdesk.register.guards', reported by kraftdesk.services.verify.

check_against(register, pdf): the same checks for a protocol PDF from outside (a copy on
the anslagstavla, in the e-archive, sent to someone): `verify --against FILE.pdf`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import MinutesState
from kraftdesk.domain.errors import UserError
from kraftdesk.reading.references import meeting_ref
from kraftdesk.reading.rounds import round_of
from kraftdesk.register.audit import canonical_json
from kraftdesk.register.models import (
    AuditEntry,
    Body,
    Meeting,
    MinutesSeal,
    PostingSeal,
    StoredFile,
)
from kraftdesk.register.seal import (
    Difference,
    Rows,
    canonical_bytes_v2,
    canonical_rows,
    compare,
    document_form,
    load_sealed_form,
    sha256,
)
from kraftdesk.services.sealing import parse_head, posting_content, sealed_document

#: At most this many differences of the composed document are named per meeting.
MAX_DOCUMENT_DIFFERENCES = 20


# --- the seal itself ---------------------------------------------------------------------------

def check_seal_v2(session: Session, seal: Any, *,
                  describe: Callable[[Difference, Rows, Rows], str]) -> list[str]:
    """A seal of version 2; `describe` names a row difference (kraftdesk.services.verify)."""
    conn = session.connection()
    meeting = session.get(Meeting, seal.meeting_id)
    rows = canonical_rows(conn, seal.meeting_id)
    ref = _ref(session, meeting, seal.meeting_id)
    try:
        document = document_form(sealed_document(session, seal.meeting_id))
    except UserError as exc:
        return [f"{ref}: det justerade protokollet kan inte sättas samman ur registret "
                f"({exc.message})."]
    out: list[str] = []
    if meeting is not None and sha256(canonical_bytes_v2(conn, seal.meeting_id, document)) \
            != seal.content_sha256:
        kept = load_sealed_form(conn, seal.content_sha256)
        if kept is None or kept.get("version") != 2:
            out.append(f"{ref}: protokollet stämmer inte med förseglingen, och förseglingens "
                       "kopia av protokollet saknas eller har ändrats, så skillnaderna kan "
                       "inte pekas ut.")
        else:
            out += [describe(d, kept["rows"], rows) for d in compare(kept["rows"], rows)]
            out += [f"{ref}, {where}: {what}" for where, what in
                    document_differences(kept["document"], document)]
            if not out:
                out.append(f"{ref}: protokollet stämmer inte med förseglingen.")
    if seal.pdf_file_id is not None:
        content = _content(session, seal.pdf_file_id)
        if content is None or sha256(content) != seal.pdf_sha256:
            out.append(f"{ref}: den justerade PDF-filen har ändrats efter justeringen.")
    return out


def document_differences(sealed: Any, current: Any) -> list[tuple[str, str]]:
    """(where, what) for each difference of two composed documents, where first in reading
    order: "förstasidan, «Utses att justera»", "§ 16, rubriken", "bilaga 2" …"""
    out: list[tuple[str, str]] = []
    for path, old, new in _walk(sealed, current, ()):
        out.append((_where(path, sealed, current), _what(old, new)))
        if len(out) >= MAX_DOCUMENT_DIFFERENCES:
            break
    return out


def _walk(old: Any, new: Any, path: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], Any,
                                                                      Any]]:
    if isinstance(old, dict) and isinstance(new, dict):
        for key in sorted(set(old) | set(new), key=lambda k: (_ORDER.get(k, len(_ORDER)), k)):
            yield from _walk(old.get(key), new.get(key), (*path, key))
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (a, b) in enumerate(zip(old, new, strict=True)):
            yield from _walk(a, b, (*path, index))
    elif old != new:
        yield path, old, new


_KEYS = ("organisation", "body_name", "meeting_date", "heading", "front_fields", "signatures",
         "posting_fields", "paragraphs", "appendices", "certification", "title", "subject",
         "keywords", "is_final")
_ORDER = {key: index for index, key in enumerate(_KEYS)}
_PARTS = {"organisation": "organisationens namn", "body_name": "organets namn",
          "meeting_date": "sammanträdesdatumet", "heading": "rubriken",
          "title": "dokumentets titel", "subject": "dokumentets ämne",
          "keywords": "diarienumren i dokumentets metadata", "is_final": "justeringen",
          "signatures": "underskrifterna", "posting_fields": "anslaget",
          "certification": "utdragsbestyrkandet"}
_FIELDS = {"title": "rubriken", "case_number": "diarienumret", "label": "paragrafnumret",
           "reference": "hänvisningen", "heading": "rubriken", "name": "namnet",
           "role": "rollen", "note": "anteckningen", "items": "punkterna",
           "number": "numret", "pdf_bytes": "den inkomna PDF-filen"}


def _where(path: tuple[Any, ...], sealed: Any, current: Any) -> str:
    if not path:
        return "protokollet"
    top = path[0]
    doc = sealed if isinstance(sealed, dict) else current
    if top == "front_fields" and len(path) > 1:
        label = _at(doc, path[:2], "label") or "ett fält"
        return f"förstasidan, «{label}»"
    if top == "paragraphs" and len(path) > 1:
        label = _at(doc, path[:2], "label") or "en paragraf"
        rest = [p for p in path[2:] if isinstance(p, str)]
        if "sections" in path:
            heading = _at(doc, path[:path.index("sections") + 2], "heading")
            return f"{label}, avsnittet «{heading}»" if heading else f"{label}, ett avsnitt"
        field = _FIELDS.get(rest[0], rest[0]) if rest else "texten"
        return f"{label}, {field}"
    if top == "appendices" and len(path) > 1:
        number = _at(doc, path[:2], "number")
        return f"bilaga {number}" if number else "en bilaga"
    if top == "signatures" and len(path) > 1:
        role = _at(doc, path[:2], "role") or "underskrift"
        return f"underskrifterna, «{role}»"
    return _PARTS.get(top, str(top))


def _at(doc: Any, path: tuple[Any, ...], key: str) -> Any:
    node = doc
    for step in path:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    return node.get(key) if isinstance(node, dict) else None


def _what(old: Any, new: Any) -> str:
    if isinstance(old, str) and isinstance(new, str) and max(len(old), len(new)) > 60:
        start = max(0, len(_common_prefix(old, new)) - 20)  # from just before they differ
        if start:
            old, new = "…" + old[start:], "…" + new[start:]
    return f"har ändrats efter justeringen (förseglat: {_shown(old)}; nu: {_shown(new)})."


def _common_prefix(a: str, b: str) -> str:
    index = 0
    while index < min(len(a), len(b)) and a[index] == b[index]:
        index += 1
    return a[:index]


def _shown(value: Any) -> str:
    if value is None:
        return "tomt"
    if isinstance(value, str):
        return f"«{value if len(value) <= 60 else value[:57] + '…'}»"
    if isinstance(value, list | dict):
        flat = json.dumps(value, ensure_ascii=False)
        return f"«{flat if len(flat) <= 60 else flat[:57] + '…'}»"
    return str(value)


# --- anchors outside the database --------------------------------------------------------------

def check_anchors(session: Session, seals: list[Any]) -> list[str]:
    """The final PDFs' XMP anchors against the register, and the audit trail's length."""
    out: list[str] = []
    conn = session.connection()
    last_id = conn.execute(select(func.max(AuditEntry.id))).scalar() or 0
    highest: tuple[int, str] | None = None
    imported = imported_seals(conn)
    for seal in seals:
        if seal.canonical_version < 2 or seal.pdf_file_id is None:
            continue
        meeting = session.get(Meeting, seal.meeting_id)
        ref = _ref(session, meeting, seal.meeting_id)
        content = _content(session, seal.pdf_file_id)
        if content is None:
            continue  # reported by check_seal_v2
        anchors = signed_anchors(content)
        here = (seal.id, seal.content_sha256) not in imported
        problems, head = _compare_anchors(session, meeting, ref, anchors, seal, chain=here)
        out += problems
        if here and head is not None and (highest is None or head[0] > highest[0]):
            highest = head
    if highest is not None and last_id < highest[0]:
        out.append(shorter_message(highest[0], last_id))
    return out


def signed_anchors(pdf: bytes) -> dict[str, tuple[str, ...]]:
    """The identifiers of the XMP packet as the first signer signed it (else the last)."""
    from kraftdesk.documents.pades import first_signed_revision
    from kraftdesk.documents.pdfa import identifiers

    return identifiers(first_signed_revision(pdf) or pdf)


def imported_seals(conn: Connection) -> set[tuple[int, str]]:
    """Seals read in from an interchange file (id, content hash): anchored in the audit
    trail of the register they were taken in, not in this one's."""
    from kraftdesk.interchange.load import IMPORT_ENTITY

    found: set[tuple[int, str]] = set()
    for (after,) in conn.execute(select(AuditEntry.after).where(
            AuditEntry.entity == IMPORT_ENTITY)).all():
        try:
            found |= {(int(i), str(h)) for i, h in json.loads(after or "{}").get("seals", [])}
        except (ValueError, TypeError, AttributeError):
            continue
    return found


def _compare_anchors(session: Session, meeting: Meeting | None, ref: str,
                     anchors: dict[str, tuple[str, ...]], seal: Any | None, *,
                     chain: bool = True) -> tuple[list[str], tuple[int, str] | None]:
    out: list[str] = []
    digest = (anchors.get("document-sha256") or (None,))[0]
    head = parse_head((anchors.get("audit-head") or (None,))[0])
    if digest is None or head is None:
        out.append(f"{ref}: den justerade PDF-filen saknar förseglingens förankring i sina "
                   "metadata (dokumentets SHA-256 och granskningsloggens huvud).")
        return out, head
    if meeting is not None and meeting.minutes_state is MinutesState.APPROVED:
        try:
            current = sha256(canonical_json(document_form(
                sealed_document(session, meeting.id))).encode("utf-8"))
        except UserError:
            current = None
        if current != digest:
            out.append(f"{ref}: protokollet i registret stämmer inte längre med den justerade "
                       "PDF-filen: dess metadata förseglar ett annat innehåll (dokumentets "
                       "SHA-256) än det registret ger nu.")
    if seal is not None and (seal.audit_head_id, seal.audit_head_hash) != head:
        out.append(f"{ref}: förseglingens granskningsloggshuvud (post {seal.audit_head_id}) "
                   f"stämmer inte med det som är förankrat i PDF-filen (post {head[0]}).")
    if chain:
        out += head_problems(session.connection(), ref, head)
    return out, head


def head_problems(conn: Connection, ref: str, head: tuple[int, str]) -> list[str]:
    """The anchored head (entry id, hash) must still be in the audit trail, unchanged."""
    number, digest = head
    if number == 0:
        return []
    found = conn.execute(select(AuditEntry.hash).where(AuditEntry.id == number)).scalar()
    if found is None:
        last = conn.execute(select(func.max(AuditEntry.id))).scalar() or 0
        if last < number:
            return []  # reported once, by check_anchors (shorter_message)
        return [f"{ref}: granskningsloggens post {number}, som den justerade PDF-filen "
                "förankrar, saknas; loggen har skrivits om."]
    if found != digest:
        return [f"{ref}: granskningsloggen har skrivits om före justeringen: post {number} har "
                "inte det hashvärde som den justerade PDF-filen förankrar."]
    return []


def shorter_message(anchored: int, last: int) -> str:
    return (f"Granskningsloggen är kortare än det huvud som senast förankrades i ett justerat "
            f"protokoll (post {anchored}; loggen slutar vid post {last}): poster i slutet av "
            "loggen har tagits bort.")


# --- the anslag --------------------------------------------------------------------------------

def check_posting(session: Session, seals: list[Any]) -> list[str]:
    out: list[str] = []
    for seal in seals:
        if seal.canonical_version < 2:
            continue
        meeting = session.get(Meeting, seal.meeting_id)
        if meeting is None:
            continue
        ref = _ref(session, meeting, seal.meeting_id)
        posting = session.scalars(select(PostingSeal).where(
            PostingSeal.meeting_id == meeting.id)).first()
        if posting is None:
            if meeting.posted_on is not None:
                out.append(f"{ref}: anslagsdagen {meeting.posted_on.isoformat()} är inte "
                           "förseglad; den har förts in utanför kraftdesk.")
            continue
        if meeting.posted_on != posting.posted_on:
            now = meeting.posted_on.isoformat() if meeting.posted_on else "tom"
            out.append(f"{ref}: anslagsdagen har ändrats efter att anslaget förseglades "
                       f"(förseglat: {posting.posted_on.isoformat()}; nu: {now}).")
        elif sha256(posting_content(session, meeting)) != posting.content_sha256:
            out.append(f"{ref}: anslaget (ANSLAG/BEVIS) stämmer inte med sin försegling.")
    return out


# --- justering in the audit trail --------------------------------------------------------------

def check_justering_entries(session: Session) -> list[str]:
    """Each justering (sealed with version 2) in the audit trail, and each one there held."""
    conn = session.connection()
    table = AuditEntry.__table__
    entries = conn.execute(
        select(table.c.id, table.c.entity_key, table.c.at)
        .where(table.c.entity == Meeting.__tablename__, table.c.action == "update",
               table.c.after.like('%"minutes_state":"approved"%'))
        .order_by(table.c.id)).all()
    justered: dict[int, tuple[int, str]] = {}
    for entry_id, key, at in entries:
        try:
            meeting_id = int(json.loads(key)["id"])
        except (ValueError, KeyError, TypeError):
            continue
        justered.setdefault(meeting_id, (entry_id, at))
    out: list[str] = []
    for meeting_id, (entry_id, at) in sorted(justered.items()):
        meeting = session.get(Meeting, meeting_id)
        if meeting is None or meeting.minutes_state is not MinutesState.APPROVED:
            ref = _ref(session, meeting, meeting_id)
            out.append(f"{ref}: granskningsloggen visar att protokollet justerades (post "
                       f"{entry_id}, {at[:10]}), men i registret är det inte justerat längre.")
    v2 = session.execute(select(MinutesSeal.meeting_id).where(
        MinutesSeal.canonical_version >= 2)).scalars().all()
    for meeting_id in v2:
        if meeting_id not in justered:
            ref = _ref(session, session.get(Meeting, meeting_id), meeting_id)
            out.append(f"{ref}: protokollet är justerat, men granskningsloggen har ingen post om "
                       "justeringen; poster har tagits bort.")
    for meeting in session.scalars(select(Meeting).where(
            Meeting.minutes_state != MinutesState.APPROVED)):
        signing_round = round_of(session, meeting.id)
        if signing_round.refused is None and signing_round.signed and \
                session.scalars(select(MinutesSeal.id).where(
                    MinutesSeal.meeting_id == meeting.id)).first() is None and \
                _complete(session, meeting, signing_round):
            out.append(f"{_ref(session, meeting, meeting.id)}: alla underskrifter finns, men "
                       "protokollet är inte justerat i registret.")
    return out


def _complete(session: Session, meeting: Meeting, signing_round: Any) -> bool:
    from kraftdesk.reading.signing import signature_lines
    from kraftdesk.reading.support import organisation

    try:
        lines = signature_lines(session, meeting, organisation(session))
    except UserError:
        return False
    signed = {r.field_name for r in signing_round.signed}
    return all(line.field_name in signed for line in lines if line.required)


# --- helpers -------------------------------------------------------------------------------------

def _content(session: Session, file_id: int) -> bytes | None:
    stored = session.get(StoredFile, file_id)
    return bytes(stored.content) if stored is not None else None


def _ref(session: Session, meeting: Meeting | None, meeting_id: int) -> str:
    if meeting is None:
        return f"Sammanträde nr {meeting_id}"
    return meeting_ref(session.get_one(Body, meeting.body_id), meeting)


# --- a protocol PDF from outside ---------------------------------------------------------------

def check_against(session: Session, pdf: bytes, source: str,
                  anchors: tuple[bytes, ...], crls: tuple[bytes, ...]) -> tuple[list[str],
                                                                                list[str]]:
    """(problems, notes): the register against a justerat protocol PDF held elsewhere."""
    from kraftdesk.documents import pades
    from kraftdesk.reading.references import find_meeting
    from kraftdesk.text import signing as words

    found = signed_anchors(pdf)
    refs = found.get("meeting") or ()
    if not refs:
        return [f"{source} är inget justerat protokoll från kraftdesk: dess metadata saknar "
                "registrets identiteter."], []
    try:
        meeting = find_meeting(session, refs[0])
    except UserError:
        return [f"{source} gäller sammanträdet {refs[0]}, som inte finns i registret; "
                "det har tagits bort."], []
    ref = meeting_ref(session.get_one(Body, meeting.body_id), meeting)
    problems: list[str] = []
    notes: list[str] = []
    try:
        checks = pades.validate(pdf, pades.Trust(anchors, crls, False))
    except UserError:
        return [f"{source} går inte att läsa som PDF."], []
    for check in checks:
        if check.problem is None:
            notes.append(words.signature_ok(f"{source} ({ref})", check.signer, "",
                                            check.signed_at, check.timestamp))
        else:
            problems.append(words.signature_problem(f"{source} ({ref})", check.signer, "",
                                                    check.problem))
    if meeting.minutes_state is not MinutesState.APPROVED:
        problems.append(f"{source} är det justerade protokollet {ref}, men i registret är "
                        "protokollet inte justerat.")
    seal = session.execute(select(MinutesSeal.__table__).where(
        MinutesSeal.meeting_id == meeting.id)).first()
    here = seal is None or (seal.id, seal.content_sha256) not in imported_seals(
        session.connection())
    more, _head = _compare_anchors(session, meeting, f"{ref} ({source})", found, seal,
                                   chain=here)
    problems += more
    if seal is not None and seal.pdf_file_id is not None:
        kept = _content(session, seal.pdf_file_id)
        if kept is not None and kept != pdf and (pades.first_signed_revision(kept) or kept) != \
                (pades.first_signed_revision(pdf) or pdf):
            problems.append(f"{ref}: registrets justerade PDF-fil är inte samma som {source}.")
    if not problems:
        notes.append(f"{source} stämmer med registret: {ref}, dess försegling och "
                     "granskningsloggen.")
    return problems, notes
