# SPDX-License-Identifier: EUPL-1.2
"""The database's refusals in Swedish: a refused or blocked write, a rule of the data broken.

    translated(exc) -> Exception        a UserError for what the user can act on, else exc
    on_engine(exc, engine, …) -> Exception  the same, and a lost server connection said
    database_reason(text) -> str | None the reason, for a message of its own

Used by kraftdesk.register.database.Register for its sessions and its plain connections;
imports nothing of the ORM.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from kraftdesk.domain.errors import LockedError, RegisterError, UserError
from kraftdesk.register.server_errors import lost_connection

#: The messages of the locking triggers (migration 0002): a refused write becomes LockedError.
LOCK_MESSAGES = (
    "Protokollet är justerat och kan inte ändras",
    "Paragrafen är omedelbart justerad och kan inte ändras",
    "Filen hör till ett justerat protokoll och kan inte ändras",
    "Förseglingen av ett justerat protokoll kan inte ändras eller tas bort",
    "Bara ett justerat protokoll kan förseglas",
    "Granskningsloggen kan bara utökas; dess poster kan inte ändras eller tas bort",
)
#: The search index (kraftdesk.register.fulltext) gone or unreadable: its triggers cannot
#: write a paragraph's document, a search cannot read. `kraftdesk db reindex` mends it.
INDEX_DAMAGED_MESSAGE = (
    "Registrets sökindex saknas eller är skadat (någon har ändrat databasen utanför "
    "kraftdesk), så paragrafer kan varken sparas eller sökas fram. Inget har ändrats. Bygg "
    "om sökindexet (Arkiv ▸ Bygg om sökindexet, eller «kraftdesk db reindex»); registrets "
    "uppgifter finns kvar."
)
#: How SQLite and PostgreSQL say that the index or its source view is gone or unreadable.
_INDEX_GONE = re.compile(r'no such table: (?:main\.)?search_fts|vtable constructor failed: '
                         r'search_fts|relation "search_fts\w*" does not exist|'
                         r"function search_fts_\w+\(.*\) does not exist")
#: A table or column of the register gone: the database was changed outside kraftdesk.
_SCHEMA_GONE = re.compile(r'no such (table|column): (?:\w+\.)*(\w+)|'
                          r'(relation|column) "(?:\w+\.)*(\w+)" does not exist')
_SCHEMA_WHAT = {"table": "tabellen", "relation": "tabellen", "column": "kolumnen"}
BUSY_MESSAGE = (
    "Registret används just nu av ett annat program eller fönster som skriver i det, och "
    "det blev inte ledigt i tid. Inget har ändrats; försök igen om en stund."
)


#: PostgreSQL: the app's role may only append to these tables (kraftdesk.register.roles), so
#: the server refuses a change before the locking trigger would: the same LockedError.
APPEND_ONLY_MESSAGES = {
    "audit_entry": "Granskningsloggen kan bara utökas; dess poster kan inte ändras eller tas bort",
    "minutes_seal": "Förseglingen av ett justerat protokoll kan inte ändras eller tas bort",
}
_PERMISSION_DENIED = re.compile(r'permission denied for (?:table|relation) "?(\w+)"?')


def translated(exc: DBAPIError) -> Exception:
    """A Swedish UserError for a refused or blocked write; anything else unchanged."""
    text = str(exc.orig)
    for message in LOCK_MESSAGES:
        if message in text:
            return LockedError(f"{message}.")
    denied = _PERMISSION_DENIED.search(text)
    if denied is not None:
        table = denied.group(1)
        if table in APPEND_ONLY_MESSAGES:
            return LockedError(f"{APPEND_ONLY_MESSAGES[table]}.")
        return RegisterError(
            f"Databasens användare för kraftdesk har inte rätt att göra den här ändringen "
            f"(tabellen «{table}»). Inget har ändrats; tala med databasens administratör.")
    if _INDEX_GONE.search(text):
        return RegisterError(INDEX_DAMAGED_MESSAGE)
    if gone := _SCHEMA_GONE.search(text):
        what, name = (gone[1], gone[2]) if gone[1] else (gone[3], gone[4])
        return RegisterError(schema_changed(f"{_SCHEMA_WHAT[what]} «{name}» saknas"))
    if any(busy in text for busy in ("database is locked", "database is busy",
                                     "canceling statement due to lock timeout")):
        return RegisterError(BUSY_MESSAGE)
    reason = database_reason(text)
    if reason is not None:
        return RegisterError(f"Registret avvisade ändringen: {reason}. Inget har ändrats.")
    return exc


def schema_changed(what: str) -> str:
    """The message for a register whose tables were changed outside kraftdesk."""
    return (f"Registrets databas har ändrats utanför kraftdesk: {what}. Inget har ändrats. "
            "Återställ den senaste säkerhetskopian («kraftdesk restore FIL») eller be den "
            "som ändrade databasen att ställa tillbaka den.")


_UNKNOWN_ENUM = re.compile(r"^'(.*)' is not among the defined enum values")


def unknown_value(exc: LookupError) -> RegisterError | None:
    """A stored value of a kind, state or role that kraftdesk does not know (SQLAlchemy's
    LookupError reading it): written outside kraftdesk. None for any other LookupError."""
    found = _UNKNOWN_ENUM.match(str(exc))
    if found is None:
        return None
    return RegisterError(schema_changed(f"det står «{found[1][:60]}» i en uppgift som bara "
                                        "kan ha kraftdesks egna värden"))


#: What the register's tables hold, as messages name them.
TABLE_NOUNS = {
    "organisation": "organisationen", "party": "ett parti", "body": "ett organ",
    "person": "en person", "membership": "ett uppdrag", "case": "ett ärende",
    "meeting": "ett sammanträde", "meeting_approver": "en justerare",
    "attendance": "närvaron", "paragraph": "en paragraf", "decision_point": "en beslutspunkt",
    "basis_document": "beslutsunderlaget", "distribution": "sändlistan",
    "paragraph_section": "ett avsnitt", "paragraph_attendance": "närvaron under en paragraf",
    "proposal": "ett yrkande", "proposal_author": "ett yrkandes förslagsställare",
    "vote": "en omröstning", "ballot": "en röst", "statement": "en reservation eller ett "
    "yttrande", "statement_author": "en författare", "statement_concurrence": "en "
    "instämmande", "appendix": "en bilaga", "stored_file": "en fil",
    "minutes_seal": "förseglingen", "audit_entry": "granskningsloggen",
}

#: What a text column holds, as a message names it ("Platsen är för lång …"); a column not
#: named here is "En text i <its table's noun>".
FIELD_LABELS = {
    "organisation.name": "Organisationens namn",
    "organisation.case_number_pattern": "Mönstret för diarienummer",
    "organisation.case_number_example": "Exemplet på diarienummer",
    "organisation.address": "Organisationens adress",
    "organisation.distribution_heading": "Rubriken för sändlistan",
    "organisation.reservation_received_text": "Texten om en inlämnad reservation",
    "organisation.minutes_kept_at": "Förvaringsplatsen för protokollen",
    "organisation.timestamp_url": "Adressen till tidsstämpeltjänsten",
    "body.name": "Organets namn", "body.short_name": "Organets kortnamn",
    "body.running_name": "Organets namn i löpande text",
    "body.genitive_name": "Organets namn i genitiv", "body.default_place": "Organets plats",
    "party.abbreviation": "Partiets förkortning", "party.name": "Partiets namn",
    "person.name": "Namnet", "person.title": "Titeln", "person.email": "E-postadressen",
    "person.phone": "Telefonnumret", "person.note": "Anteckningen om personen",
    "case.number": "Diarienumret", "case.title": "Ärendets rubrik",
    "case.handler": "Handläggarens namn",
    "meeting.place": "Platsen", "meeting.approval_place": "Justeringens plats",
    "attendance.note": "Anteckningen om närvaron",
    "paragraph.title": "Paragrafens rubrik", "paragraph.formula_override": "Beslutsformeln",
    "paragraph.presenter": "Föredragandes namn",
    "paragraph_section.heading": "Avsnittets rubrik",
    "proposal.subject": "Yrkandets ämne",
    "reported_item.decided_by": "Vem som fattade beslutet",
    "reported_item.case_number": "Diarienumret",
    "vote.yes_meaning": "Vad ja betyder", "vote.no_meaning": "Vad nej betyder",
    "appendix.title": "Bilagans rubrik", "distribution.recipient": "Mottagarens namn i sändlistan",
    "agenda_template_item.title": "Rubriken i dagordningsmallen",
    "text_block.name": "Textblockets namn",
    "recipient.name": "Mottagarens namn", "recipient.email": "Mottagarens e-postadress",
    "dispatch.recipient": "Mottagarens namn", "dispatch.address": "Adressen",
    "mark.provision": "Bestämmelsen", "stored_file.filename": "Filnamnet",
}


#: The labels whose noun is neuter: "… är för långt" (else "… är för lång").
_NEUTER = ("namn", "Mönstret", "Exemplet", "kortnamn", "Namnet", "Telefonnumret",
           "Diarienumret", "ämne", "Vad ja", "Vad nej", "Vem som", "Filnamnet")


def too_long(where: str, value: str, limit: int) -> UserError:
    """A text longer than its column ("meeting.place") holds, refused in Swedish."""
    table = where.split(".")[0]
    label = FIELD_LABELS.get(where) or f"En text i {TABLE_NOUNS.get(table, 'registret')}"
    neuter = any(word in label for word in _NEUTER) and not label.startswith("En text")
    length = f"{len(value):,}".replace(",", " ")
    return UserError(f"{label} är för {'långt' if neuter else 'lång'}: {length} tecken, och "
                     f"det finns plats för högst {limit} («{value[:30]}…»). Inget har "
                     "ändrats.", field=where)


_CONSTRAINT = re.compile(r"^(UNIQUE|NOT NULL|CHECK) constraint failed: (\w+)")


#: PostgreSQL's words for the same refusals: kind, the constraint's name, the table.
_PG_CONSTRAINT = re.compile(r'violates (check|unique|foreign key|not-null) constraint'
                            r'(?: "(\w+)")?')
_PG_RELATION = re.compile(r'(?:relation|table) "(\w+)"')
_PG_KINDS = {"check": "CHECK", "unique": "UNIQUE", "not-null": "NOT NULL"}


def database_reason(text: str) -> str | None:
    """The Swedish reason for a database error message that is the data's fault (or the
    disk's), e.g. SQLite's "FOREIGN KEY constraint failed" or PostgreSQL's "… violates
    check constraint …"; None for anything else (a program error)."""
    if "FOREIGN KEY constraint failed" in text or "violates foreign key constraint" in text:
        return ("en hänvisning pekar på något som inte finns i registret, eller något som "
                "annat i registret hänvisar till skulle tas bort")
    if pg := _PG_CONSTRAINT.search(text):
        relation = _PG_RELATION.search(text)
        name = relation[1] if relation else (pg[2] or "").removeprefix("uq_")
        text = f"{_PG_KINDS[pg[1]]} constraint failed: {name}"
    if match := _CONSTRAINT.match(text.strip()):
        kind, name = match[1], match[2]
        table = name.removeprefix("ck_").split(".")[0]
        noun = next((noun for key, noun in sorted(TABLE_NOUNS.items(), key=lambda kv: -len(kv[0]))
                     if table == key or table.startswith(f"{key}_")), "en uppgift")
        if kind == "UNIQUE":
            return f"{noun} med samma uppgifter finns redan"
        if kind == "NOT NULL":
            return f"en uppgift som måste finnas saknas ({noun})"
        return f"en uppgift bryter mot registrets regler ({noun})"
    for english, swedish in _DISK_ERRORS:
        if english in text:
            return swedish
    return None


_DISK_ERRORS = (
    ("database or disk is full", "disken är full"),
    ("attempt to write a readonly database",
     "registret är skrivskyddat (filen eller mappen får inte ändras av dig)"),
    ("database disk image is malformed",
     "registerfilen är skadad; återställ den senaste säkerhetskopian"),
    ("file is not a database", "filen är inget register"),
    ("disk I/O error", "ett fel uppstod när disken lästes eller skrevs"),
    ("unable to open database file", "registerfilen går inte att öppna"),
)


#: Free space below which a register that cannot be opened or written is on a full disk.
FULL_DISK_BYTES = 1 << 20


def disk_full(path: Path) -> bool:
    """The disk the register file `path` is on has (next to) no space left."""
    try:
        return shutil.disk_usage(path.parent).free < FULL_DISK_BYTES
    except OSError:
        return False


def file_reason(text: str, path: Path) -> str:
    """Why the register file `path` cannot be opened or read, in Swedish, from SQLite's
    message `text`. A full disk is said as such: SQLite says "disk I/O error" when it cannot
    make the shared-memory file its write-ahead log needs beside the register, even to read."""
    if disk_full(path):
        return (f"disken där det ligger är full ({path.parent}); frigör utrymme där och "
                "försök igen. Registret är oförändrat")
    for english, swedish in _DISK_ERRORS:
        if english in text:
            return swedish
    return f"SQLite svarade «{text}»"


def on_engine(exc: DBAPIError, engine: Engine, *, at_commit: bool = False,
              reading: bool = False) -> Exception:
    """translated(exc); and on a server, a connection lost on the way as ConnectionLostError
    (`reading`: nothing was being written; `at_commit`: whether the change came through is
    unknown)."""
    error = translated(exc)
    if error is exc and exc.connection_invalidated and engine.dialect.name != "sqlite":
        return lost_connection(engine.url, at_commit=at_commit, reading=reading)
    return error
