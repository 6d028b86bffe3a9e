# SPDX-License-Identifier: EUPL-1.2
"""`kraftdesk archive KF 2026 -o DIR`: a body's year, as a kommun hands it to its e-archive.

    archive_year(register, body, year, folder, *, today) -> Archived

Into a new (or empty) folder:

    protokoll/KF 2026-03-02.pdf              every justerat protocol of the year, with its
                                             bilagor, as PDF/A: the signed PDF/A as signed,
                                             else the sealed final PDF when it is PDF/A, else
                                             made PDF/A from the register
    utdrag/KF 2026-03-02 § 16.pdf            an extract of each paragraph, PDF/A, certified
                                             `today`
    bilagor/KF 2026-03-02 bilaga 3.pdf       a received bilaga that could not be made PDF/A,
                                             as received (the protocol says so where it was)
    granskningslogg-2026.jsonl               the audit trail's entries of the year, one JSON
                                             object a line, with their hashes
    manifest.json                            {"files": [{"path": …, "sha256": …}, …]}

Everything is written into a temporary folder beside DIR and renamed into place at the end,
so an interrupted archive leaves no half-written DIR.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from kraftdesk.domain.enums import MinutesState
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import minutes
from kraftdesk.reading.references import meeting_ref
from kraftdesk.register.database import Register
from kraftdesk.register.models import AuditEntry, Body, Meeting, MinutesSeal, Paragraph
from kraftdesk.services.archival import archival_pdf, meeting_identifiers
from kraftdesk.services.exports import sealed_pdf
from kraftdesk.text.minutes import file_name


@dataclass(frozen=True)
class Archived:
    folder: Path
    protocols: int
    extracts: int
    audit_entries: int
    files: int  # in the manifest
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _Protocol:
    name: str  # "KF 2026-03-02"
    pdf: bytes
    extracts: tuple[tuple[str, bytes], ...]
    originals: tuple[tuple[str, bytes], ...]
    warnings: tuple[str, ...]


def archive_year(register: Register, body: str, year: int, folder: Path, *,
                 today: date | None = None) -> Archived:
    today = today or date.today()
    folder = Path(folder)
    _ensure_free(folder)
    with register.read() as session:
        row = session.scalars(select(Body).where(Body.short_name == body.strip())).first()
        if row is None:
            known = ", ".join(session.scalars(select(Body.short_name).order_by(
                Body.short_name))) or "inga"
            raise UserError(f"Det finns inget organ med kortnamnet «{body.strip()}» (organ: "
                            f"{known}).", field="organ")
        meetings = session.scalars(
            select(Meeting).where(Meeting.body_id == row.id,
                                  Meeting.minutes_state == MinutesState.APPROVED,
                                  Meeting.starts_at >= datetime(year, 1, 1),
                                  Meeting.starts_at < datetime(year + 1, 1, 1))
            .order_by(Meeting.starts_at, Meeting.id)).all()
        if not meetings:
            raise UserError(f"{row.short_name} har inga justerade protokoll från {year}; "
                            "det finns inget att arkivera.", field="år")
        protocols = [_protocol(session, row, m, today) for m in meetings]
        entries = _audit_of(session, year)
    return _write(folder, year, protocols, entries)


def _ensure_free(folder: Path) -> None:
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise UserError(f"{folder} finns redan och är inte en tom mapp; välj en ny mapp för "
                        "arkivleveransen.", field=str(folder))


def _protocol(session: Session, body: Body, meeting: Meeting, today: date) -> _Protocol:
    from kraftdesk.documents.pdfa import declared_part

    name = file_name(body.short_name, meeting.starts_at.date(), suffix="")
    warnings: list[str] = []
    originals: list[tuple[str, bytes]] = []
    kept = sealed_pdf(session, meeting.id)
    if kept is not None and declared_part(kept) is not None:
        pdf = kept
    else:
        doc = minutes.minutes_doc(session, meeting.id, final=True)
        archival = archival_pdf(
            doc, part=_part(session), created=_sealed_at(session, meeting),
            identifiers=meeting_identifiers(session, meeting),
            identifier=meeting_ref(body, meeting))
        pdf = archival.pdf
        warnings += archival.warnings
        originals += [(f"{name} bilaga {a.number}.pdf", a.pdf_bytes or b"")
                      for a in archival.unconverted]
    extracts = []
    paragraphs = session.scalars(select(Paragraph).where(
        Paragraph.meeting_id == meeting.id, Paragraph.number.is_not(None))
        .order_by(Paragraph.position)).all()
    for paragraph in paragraphs:
        doc = minutes.extract_doc(session, [paragraph.id], on=today)
        archival = archival_pdf(
            doc, part=_part(session), created=datetime.now(UTC),
            identifiers=meeting_identifiers(session, meeting, paragraph_ids=(paragraph.id,)),
            identifier=f"{body.short_name}:{paragraph.series}:{paragraph.number}")
        extracts.append((minutes.extract_file_name(session, paragraph.id), archival.pdf))
        for appendix in archival.unconverted:
            original = f"{name} bilaga {appendix.number}.pdf"
            if original not in dict(originals):
                originals.append((original, appendix.pdf_bytes or b""))
                warnings += archival.warnings
    return _Protocol(name, pdf, tuple(extracts), tuple(originals), tuple(warnings))


def _part(session: Session) -> int:
    from kraftdesk.reading.support import organisation

    return organisation(session).pdfa_part


def _sealed_at(session: Session, meeting: Meeting) -> datetime:
    sealed = session.scalars(select(MinutesSeal.sealed_at).where(
        MinutesSeal.meeting_id == meeting.id)).first()
    if sealed:
        return datetime.fromisoformat(sealed)
    day = meeting.approved_on or meeting.starts_at.date()
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def _audit_of(session: Session, year: int) -> list[dict[str, object]]:
    table = AuditEntry.__table__
    rows = session.execute(
        select(table).where(table.c.at >= f"{year}-01-01", table.c.at < f"{year + 1}-01-01")
        .order_by(table.c.id)).mappings().all()
    out = []
    for row in rows:
        entry = dict(row)
        action = entry["action"]
        entry["action"] = action.value if hasattr(action, "value") else action
        out.append(entry)
    return out


def _write(folder: Path, year: int, protocols: list[_Protocol],
           entries: list[dict[str, object]]) -> Archived:
    """The delivery as one step, by the one rule for written files
    (kraftdesk.services.output_files.write_folder: beside the folder, then moved in whole)."""
    from kraftdesk.services.output_files import write_folder

    files: list[tuple[str, bytes]] = []
    for protocol in protocols:
        files.append((f"protokoll/{protocol.name}.pdf", protocol.pdf))
        files += [(f"utdrag/{name}", data) for name, data in protocol.extracts]
        files += [(f"bilagor/{name}", data) for name, data in protocol.originals]
    lines = "".join(json.dumps(e, ensure_ascii=False, sort_keys=True) + "\n" for e in entries)
    files.append((f"granskningslogg-{year}.jsonl", lines.encode("utf-8")))
    manifest = {"files": [{"path": relative, "sha256": hashlib.sha256(data).hexdigest()}
                          for relative, data in sorted(files)]}
    write_folder(folder, {**dict(files), "manifest.json": (
        json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")})
    return Archived(folder, len(protocols), sum(len(p.extracts) for p in protocols),
                    len(entries), len(files),
                    tuple(w for p in protocols for w in p.warnings))
