# SPDX-License-Identifier: EUPL-1.2
"""Publishing a body's year: the public web pages, the tagged PDFs and the open data.

    publish(register, body, year, folder, *, base_url="") -> Published
    export_public_minutes(register, meeting, out_path, *, force=False) -> Exported

Only justerade minutes are published, and only once the publication checks pass for every
one of them (kraftdesk.reading.publication: no unmarked personnummer, no lost marks).
Everything is composed and rendered first; a last check reads every page and JSON file for a
personnummer; only then is anything written. The folder must be empty, new, or a previous
publication of the same register (its manifest `.kraftdesk-publicering.json` says so): a
folder with other files is refused. Re-publishing replaces the year's files and removes
those of its earlier version that are gone; other years and bodies in the folder stay, and
the site's index lists them all. Every file goes through kraftdesk.services.output_files
(the publication replaces its own files; a new folder is written beside its place and
moved in whole).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kraftdesk.domain.errors import UserError, os_reason
from kraftdesk.domain.personal_numbers import find_personal_numbers
from kraftdesk.reading import publication as public
from kraftdesk.reading.references import find_meeting
from kraftdesk.register.database import Register
from kraftdesk.services.exports import Exported
from kraftdesk.services.output_files import check_target, remove, write_bytes, write_folder

MANIFEST = ".kraftdesk-publicering.json"
MANIFEST_FORMAT = "kraftdesk-publicering"


@dataclass(frozen=True)
class Published:
    folder: Path
    meetings: int
    paragraphs: int
    files: int
    not_approved: tuple[str, ...]  # meetings of the year left out: not justerade


def export_public_minutes(register: Register, meeting: int | str, out_path: Path, *,
                          force: bool = False) -> Exported:
    """The public version of justerade minutes as a tagged PDF (written by the rule of
    kraftdesk.services.output_files: an existing file only with `force`)."""
    from kraftdesk.documents.public import render_public_minutes_bytes

    check_target(out_path, force=force)
    with register.read() as session:
        row = find_meeting(session, meeting)
        doc = public.public_minutes_doc(session, row.id)
    pages, data = render_public_minutes_bytes(doc, with_pages=True)
    write_bytes(Path(out_path), data, force=force)
    return Exported(Path(out_path), pages)


def publish(register: Register, body: str, year: int, folder: Path, *,
            base_url: str = "") -> Published:
    folder = Path(folder)
    if base_url and not base_url.endswith("/"):
        base_url += "/"
    with register.read() as session:
        pub = public.publication(session, body, year)
        identity = public.register_identity(session)
    previous = _previous(folder, identity)
    files = _render(pub, base_url)
    _check_numbers(files, pub)
    base = f"{pub.body_short_name}/{pub.year}"
    own = (f"{base}/", *_own_prefixes(pub))
    entry = {"body": pub.body_short_name, "name": pub.body_name, "year": pub.year,
             "files": sorted(p for p in files if p.startswith(own))}
    others = [p for p in previous.get("publications", [])
              if (p["body"], p["year"]) != (pub.body_short_name, pub.year)]
    publications = [*others, entry]
    files.update(_shared_files(pub, publications, folder, files, base_url))
    if previous:
        for path, data in sorted(files.items()):
            write_bytes(folder / path, data, force=True, create_folder=True)
    else:  # a new or empty folder: written beside it, then put in place at once
        write_folder(folder, dict(sorted(files.items())))
    kept = {f for p in publications for f in p["files"]} | set(files)
    for stale in previous.get("all_files", []):
        if stale not in kept:
            remove(folder / stale)
    manifest = {"format": MANIFEST_FORMAT, "version": 1, "register": identity,
                "organisation": pub.organisation, "publications": publications,
                "all_files": sorted(kept)}
    write_bytes(folder / MANIFEST, _json(manifest), force=True)
    return Published(folder, len(pub.meetings), sum(len(m.paragraphs) for m in pub.meetings),
                     len(files), pub.not_approved)


# --- the folder ------------------------------------------------------------------------------

def _previous(folder: Path, identity: str) -> dict[str, Any]:
    """The manifest of an earlier publication in `folder` ({} for a new or empty folder)."""
    if folder.exists() and not folder.is_dir():
        raise UserError(f"{folder} är en fil, inte en mapp. Ange en mapp att publicera i.",
                        field="mapp")
    if not folder.exists():
        return {}
    try:
        present = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*")
                         if p.is_file())
    except OSError as exc:
        raise UserError(f"Mappen {folder} går inte att läsa: {os_reason(exc)}.",
                        field="mapp") from exc
    if not present:
        return {}
    manifest = _read_manifest(folder / MANIFEST)
    if manifest is None:
        raise UserError(
            f"Mappen {folder} innehåller andra filer ({_some(present)}) och är ingen tidigare "
            "publicering från kraftdesk. Välj en tom mapp, eller mappen där registret "
            "publicerades förut.", field="mapp")
    if manifest.get("register") != identity:
        raise UserError(
            f"Mappen {folder} innehåller en publicering från ett annat register "
            f"({manifest.get('organisation', 'okänd organisation')}). Välj en tom mapp.",
            field="mapp")
    known = set(manifest.get("all_files", [])) | {MANIFEST}
    unknown = [p for p in present if p not in known]
    if unknown:
        raise UserError(
            f"Mappen {folder} innehåller filer som inte hör till publiceringen "
            f"({_some(unknown)}). Flytta dem först; ingenting har skrivits.", field="mapp")
    return manifest


def _read_manifest(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != MANIFEST_FORMAT:
        return None
    return data


def _some(paths: list[str]) -> str:
    shown = ", ".join(paths[:3])
    return shown + (f" och {len(paths) - 3} till" if len(paths) > 3 else "")


# --- rendering -------------------------------------------------------------------------------

def _own_prefixes(pub: Any) -> tuple[str, ...]:
    """Files of the OParl data and Popolo votes that belong to this body's year."""
    ids = [f"oparl/meeting/{m.meeting_id}.json" for m in pub.meetings]
    ids += [f"oparl/file/protokoll-{m.meeting_id}.json" for m in pub.meetings]
    ids += [f"oparl/agendaitem/{p.paragraph_id}.json" for m in pub.meetings
            for p in m.paragraphs]
    ids += [f"oparl/consultation/{p.paragraph_id}.json" for m in pub.meetings
            for p in m.paragraphs]
    ids += [f"oparl/paper/{c.case_id}.json" for c in pub.cases]
    ids += [f"popolo/{pub.body_short_name}-vote-events-{pub.year}.json"]
    return (*ids, "oparl/body/")


def _render(pub: Any, base_url: str) -> dict[str, bytes]:
    from kraftdesk.documents.public import render_public_minutes_bytes
    from kraftdesk.documents.site import meeting_slug, paragraph_file, pdf_name, site_pages
    from kraftdesk.interchange.oparl import Layout, oparl_files

    base = f"{pub.body_short_name}/{pub.year}"
    files: dict[str, bytes] = {}
    pdf_paths, sizes, pages, paragraph_pages = {}, {}, {}, {}
    for meeting in pub.meetings:
        folder = f"{base}/{meeting_slug(meeting, pub.meetings)}"
        path = f"{folder}/{pdf_name(meeting)}"
        data = render_public_minutes_bytes(meeting.minutes)
        files[path] = data
        pdf_paths[meeting.meeting_id] = path
        sizes[meeting.meeting_id] = (len(data), hashlib.sha512(data).hexdigest())
        pages[meeting.meeting_id] = f"{folder}/index.html"
        for paragraph in meeting.paragraphs:
            paragraph_pages[paragraph.paragraph_id] = f"{folder}/{paragraph_file(paragraph)}"
    for path, page in site_pages(pub, base).items():
        files[path] = page.encode("utf-8")
    layout = Layout(base_url, base, pdf_paths, sizes, pages, paragraph_pages)
    for path, value in oparl_files(pub, layout).items():
        files[path] = _json(value)
    return files


def _shared_files(pub: Any, publications: list[dict[str, Any]], folder: Path,
                  files: dict[str, bytes], base_url: str) -> dict[str, bytes]:
    """The site's index and stylesheet, and the OParl lists of every body in the folder."""
    from kraftdesk.documents.site import STYLESHEET, site_index

    shared = {"index.html": site_index(pub.organisation, [(p["body"], p["name"], p["year"])
                                                          for p in publications]).encode(),
              "style.css": STYLESHEET.encode()}
    bodies = []
    for entry in publications:
        body_file = next((f for f in entry["files"] if f.startswith("oparl/body/")
                          and f.count("/") == 2), None)
        source = files.get(body_file) if body_file else None
        if source is None and body_file and (folder / body_file).is_file():
            source = (folder / body_file).read_bytes()
        if source is not None:
            body = json.loads(source)
            if body["id"] not in [b["id"] for b in bodies]:
                bodies.append(body)
    listing = json.loads(files["oparl/bodies.json"])
    listing["data"] = bodies
    listing["pagination"]["totalElements"] = len(bodies)
    listing["pagination"]["elementsPerPage"] = max(len(bodies), 1)
    shared["oparl/bodies.json"] = _json(listing)
    return shared


def _check_numbers(files: dict[str, bytes], pub: Any) -> None:
    """The last check: no personnummer in any page or JSON file, unless confirmed."""
    from kraftdesk.documents.site import html_text

    for path, data in files.items():
        if path.endswith(".pdf"):
            continue  # made from the checked composition; its text is the pages' text
        text = data.decode("utf-8")
        if path.endswith(".html"):
            text = html_text(text)
        for number in find_personal_numbers(text):
            if number.digits not in pub.confirmed_numbers:
                raise UserError(
                    f"Publiceringen stoppas: «{number.text}» i {path} ser ut som ett "
                    f"{number.kind}. Markera det som personuppgift eller bekräfta att det inte "
                    "är ett personnummer; ingenting har skrivits.", field="publicering")


def _json(value: Any) -> bytes:
    return (json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
