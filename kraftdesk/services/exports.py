# SPDX-License-Identifier: EUPL-1.2
"""PDF exports: the minutes (draft or justerade), protokollsutdrag, bilagor on their own.

    minutes_pdf_bytes(session, meeting_id, *, final) -> bytes     inside the caller's session
    export_minutes(register, meeting, out_path, *, final=None, force=False, pdfa=None)
        -> Exported
    export_minutes_year(register, "KS:2026", folder, *, final=None, force=False)
        -> list[Exported]
    export_extract(register, paragraphs, out_path, *, on=None, force=False, pdfa=None)
        -> Exported
    export_extracts_batch(register, paragraphs, folder, *, on=None, force=False, pdfa=None)
        -> list[Path]
    export_appendices(register, meeting, out_path, numbers=None, *, force=False, pdfa=None)
        -> Exported
    year_files(register, "KS:2026", folder) -> [(meeting reference, file)]     the names
    sealed_pdf(session, meeting_id) -> bytes | None     the final PDF kept with the seal

A meeting is an id or a reference ("KS:2026-01-07"), a paragraph an id or a reference
("KS:2026:16"). Every export checks its target first (kraftdesk.services.output_files: never
the register, a folder or a device, an existing file only with `force`), reads in one read
transaction, then renders outside it, and writes the file by that same rule (a temporary
file renamed into place). `pdfa`: None for a plain PDF, 0 for the organisation's PDF/A part,
1 or 2 for PDF/A-1b or PDF/A-2b. `progress(done, total)` reports to the GUI. The words come
from kraftdesk.text.minutes and the composition; the layout from kraftdesk.documents.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy.orm import Session

from kraftdesk.domain.document import MinutesDoc
from kraftdesk.domain.enums import MinutesState
from kraftdesk.domain.errors import UserError
from kraftdesk.reading import minutes
from kraftdesk.reading.references import find_meeting, find_paragraph, find_year, is_year_ref
from kraftdesk.reading.seals import kept_as_it_is, kept_pdf
from kraftdesk.register.database import Register
from kraftdesk.register.models import Body, Meeting, Paragraph
from kraftdesk.register.output_files import check_target, write_bytes
from kraftdesk.services.exported import Exported, pages_of
from kraftdesk.text.minutes import file_name

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class _Plan:
    """What to write: the composed document and, for PDF/A, its part and identifiers."""

    doc: MinutesDoc
    part: int | None = None
    identifiers: tuple[str, ...] = ()
    identifier: str | None = None
    created: datetime | None = None


def minutes_pdf_bytes(session: Session, meeting_id: int, *, final: bool) -> bytes:
    """The minutes as PDF, composed inside the caller's session (justering seals these)."""
    from kraftdesk.documents import render_minutes_bytes  # ReportLab: only when printing

    return render_minutes_bytes(minutes.minutes_doc(session, meeting_id, final=final))


def export_minutes(register: Register, meeting: int | str, out_path: Path, *,
                   final: bool | None = None, progress: Progress | None = None,
                   force: bool = False, pdfa: int | None = None) -> Exported:
    """The whole minutes; `final=None` follows the minutes' state (justerade → final).

    Final minutes whose seal keeps the final PDF (the signed PDF of electronically
    justerade minutes, with its signatures) are written as kept, byte for byte, unless
    PDF/A is asked for and the kept PDF is not PDF/A.
    """
    check_target(out_path, force=force)
    with register.read() as session:
        row = find_meeting(session, meeting)
        is_final = row.minutes_state is MinutesState.APPROVED if final is None else final
        found = _minutes_of(session, row, final=is_final)
        if isinstance(found, bytes) and (pdfa is None or _declares_pdfa(found)):
            write_bytes(Path(out_path), found, force=force)
            return Exported(Path(out_path), pages_of(found))
        doc = found if isinstance(found, MinutesDoc) else \
            minutes.minutes_doc(session, row.id, final=is_final)  # the kept PDF is no PDF/A
        plan = _plan(session, doc, pdfa, row, None)
    return _write(plan, Path(out_path), progress, force)


def _minutes_of(session: Session, meeting: Meeting, *, final: bool) -> MinutesDoc | bytes:
    """What the minutes are printed from: the PDF kept with the seal of justerade minutes
    (reading.seals), or the minutes composed (anew, with the anslag's dates, when the anslag
    was recorded after an ink justering)."""
    kept = sealed_pdf(session, meeting.id) if final else None
    if kept is not None and not _posted_since(session, meeting, kept):
        return kept
    return minutes.minutes_doc(session, meeting.id, final=final)


def _posted_since(session: Session, meeting: Meeting, kept: bytes) -> bool:
    """Minutes justerade with ink whose anslag was recorded after the seal: the kept PDF has
    the Anslag/Bevis dates blank. True when the register still composes exactly the sealed
    minutes (the digest the kept PDF carries), so that they can be printed with the dates;
    electronically signed minutes are always the signed PDF."""
    from kraftdesk.documents.pdfa import identifiers
    from kraftdesk.register.seal import document_sha256
    from kraftdesk.services.sealing import sealed_document

    if kept_as_it_is(session, meeting):
        return False
    anchored = identifiers(kept).get("document-sha256") or []
    return bool(anchored) and anchored[0] == document_sha256(sealed_document(session,
                                                                             meeting.id))


def sealed_pdf(session: Session, meeting_id: int) -> bytes | None:
    """The final PDF kept with the seal of justerade minutes, when it is intact; else None."""
    return kept_pdf(session, meeting_id)


def _declares_pdfa(pdf: bytes) -> bool:
    from kraftdesk.documents.pdfa import declared_part

    return declared_part(pdf) is not None


def year_files(register: Register, year: str, folder: Path) -> list[tuple[str, Path]]:
    """(meeting reference, file) of each of a body's meetings in a year ("KS:2026"), in
    order: "KS 2026-01-07.pdf", with the time when the body met twice that day."""
    with register.read() as session:
        return [(reference, path) for reference, path, _meeting
                in _year_plan(session, year, Path(folder))]


def export_minutes_year(register: Register, year: str, folder: Path, *,
                        final: bool | None = None, progress: Progress | None = None,
                        force: bool = False) -> list[Exported]:
    """Every minutes of a body's year ("KS:2026"), one file per meeting in `folder` (named
    as year_files says, the folder made if missing), all composed in one read transaction,
    then rendered in turn; `final=None` lets each follow its state. Each file is what
    export_minutes writes for that meeting (justerade minutes as kept with their seal).
    Every file is checked (kraftdesk.services.output_files) before the first is written."""
    folder = _check_folder(Path(folder))
    with register.read() as session:
        planned = [(path, _minutes_of(session, meeting, final=(
                       meeting.minutes_state is MinutesState.APPROVED if final is None
                       else final)))
                   for _reference, path, meeting in _year_plan(session, year, folder)]
    for path, _found in planned:
        check_target(path, force=force, create_folder=True)
    done = []
    for index, (path, found) in enumerate(planned):
        if progress is not None:
            progress(index, len(planned))
        if isinstance(found, bytes):  # justerade minutes as kept with their seal
            write_bytes(path, found, force=force, create_folder=True)
            done.append(Exported(path, pages_of(found)))
        else:
            done.append(_write(_Plan(found), path, None, force, create_folder=True))
    if progress is not None:
        progress(len(planned), len(planned))
    return done


def _year_plan(session: Session, year: str, folder: Path) -> list[tuple[str, Path, Meeting]]:
    body, meetings = find_year(session, year)
    days = [m.starts_at.date() for m in meetings]
    planned = []
    for meeting in meetings:
        day = meeting.starts_at.date()
        twice = days.count(day) > 1
        reference = f"{body.short_name}:{day.isoformat()}"
        if twice:
            reference += f"T{meeting.starts_at:%H:%M}"
        label = f"kl {meeting.starts_at:%H.%M}" if twice else None
        planned.append((reference, folder / file_name(body.short_name, day, label), meeting))
    return planned


def export_extract(register: Register, paragraphs: Sequence[int | str], out_path: Path, *,
                   on: date | None = None, progress: Progress | None = None,
                   force: bool = False, pdfa: int | None = None) -> Exported:
    """One protokollsutdrag of the chosen paragraphs (of one meeting), certified `on`."""
    check_target(out_path, force=force)
    with register.read() as session:
        ids = [find_paragraph(session, p).id for p in paragraphs]
        doc = minutes.extract_doc(session, ids, on=on or date.today())
        plan = _plan(session, doc, pdfa, _meeting_of(session, ids[0]), tuple(ids))
    return _write(plan, Path(out_path), progress, force)


def extract_files_present(register: Register, paragraphs: Sequence[int | str],
                          folder: Path) -> list[str]:
    """The names of the extracts export_extracts_batch() would write into `folder` that are
    there already (the desktop app asks before it replaces them)."""
    with register.read() as session:
        names = [minutes.extract_file_name(session, find_paragraph(session, p).id)
                 for p in paragraphs]
    return [name for name in names if os.path.lexists(Path(folder) / name)]


def export_extracts_batch(register: Register, paragraphs: Sequence[int | str], folder: Path,
                          *, on: date | None = None, progress: Progress | None = None,
                          force: bool = False, pdfa: int | None = None) -> list[Path]:
    """One extract per paragraph into `folder` (made if missing), named like
    "KS 2026-01-07 § 16.pdf"; every file is checked before the first is written."""
    folder = _check_folder(Path(folder))
    with register.read() as session:
        ids = [find_paragraph(session, p).id for p in paragraphs]
        planned = [(minutes.extract_file_name(session, pid),
                    _plan(session, minutes.extract_doc(session, [pid], on=on or date.today()),
                          pdfa, _meeting_of(session, pid), (pid,))) for pid in ids]
    names = [name for name, _ in planned]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise UserError(f"Paragrafen i «{duplicate}» är vald två gånger.", field="paragraf")
    for name in names:
        check_target(folder / name, force=force, create_folder=True)
    paths = []
    for done, (name, plan) in enumerate(planned):
        if progress is not None:
            progress(done, len(planned))
        paths.append(_write(plan, folder / name, None, force, create_folder=True).path)
    if progress is not None:
        progress(len(planned), len(planned))
    return paths


def export_appendices(register: Register, meeting: int | str, out_path: Path,
                      numbers: Sequence[int] | None = None, *,
                      progress: Progress | None = None, force: bool = False,
                      pdfa: int | None = None) -> Exported:
    """The meeting's bilagor on their own (all, or those numbered `numbers`)."""
    check_target(out_path, force=force)
    with register.read() as session:
        row = find_meeting(session, meeting)
        doc = minutes.appendices_doc(session, row.id, numbers)
        plan = _plan(session, doc, pdfa, row, ())
    return _write(plan, Path(out_path), progress, force)


def _check_folder(folder: Path) -> Path:
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} är ingen mapp; ange en mapp för PDF-filerna.",
                        field=str(folder))
    return folder


def _meeting_of(session: Session, paragraph_id: int) -> Meeting:
    return session.get_one(Meeting, session.get_one(Paragraph, paragraph_id).meeting_id)


def _plan(session: Session, doc: MinutesDoc, pdfa: int | None, meeting: Meeting,
          paragraph_ids: tuple[int, ...] | None) -> _Plan:
    if pdfa is None:
        return _Plan(doc)
    from kraftdesk.reading.references import meeting_ref
    from kraftdesk.reading.support import organisation
    from kraftdesk.services.archival import meeting_identifiers

    part = pdfa or organisation(session).pdfa_part
    body = session.get_one(Body, meeting.body_id)
    return _Plan(doc, part, meeting_identifiers(session, meeting, paragraph_ids=paragraph_ids),
                 meeting_ref(body, meeting), datetime.now(UTC))


def _write(plan: _Plan, path: Path, progress: Progress | None, force: bool, *,
           create_folder: bool = False) -> Exported:
    if plan.part is not None:
        from kraftdesk.services.archival import archival_pdf

        assert plan.created is not None
        archival = archival_pdf(plan.doc, part=plan.part, created=plan.created,
                                identifiers=plan.identifiers, identifier=plan.identifier)
        write_bytes(path, archival.pdf, force=force, create_folder=create_folder)
        return Exported(path, pages_of(archival.pdf), archival.warnings)
    buffer = io.BytesIO()
    from kraftdesk.documents import render_minutes  # ReportLab: only when printing

    pages = render_minutes(plan.doc, buffer, progress=progress)
    write_bytes(path, buffer.getvalue(), force=force, create_folder=create_folder)
    return Exported(path, pages)


__all__ = ["Exported", "export_appendices", "export_extract", "export_extracts_batch",
           "export_minutes", "export_minutes_year", "extract_files_present", "is_year_ref",
           "minutes_pdf_bytes", "sealed_pdf", "year_files"]
