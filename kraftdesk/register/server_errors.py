# SPDX-License-Identifier: EUPL-1.2
"""A database server that cannot be reached, refuses the login or goes away mid-transaction,
said in Swedish (a RegisterError naming the server, never the driver's English).

psycopg reports these as OperationalError without an SQLSTATE (libpq's own messages), so
they are recognised by their text; anything not recognised is still a RegisterError, with
the server's own words after a Swedish sentence.
"""

from __future__ import annotations

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError

from kraftdesk.domain.errors import ConnectionLostError, RegisterError

#: (texts that all occur in the driver's message, Swedish sentence), tried in order;
#: {server}, {user} and {database} are filled in.
_CONNECT_PROBLEMS = (
    (("password authentication failed",),
     "Databasservern {server} tog inte emot inloggningen för användaren «{user}»: fel "
     "lösenord eller okänd användare."),
    (("no password supplied",),
     "Databasservern {server} kräver ett lösenord för användaren «{user}»; skriv det i "
     "adressen (postgresql+psycopg://användare:lösenord@server/databas) eller i filen "
     "~/.pgpass."),
    (("database", "does not exist"),
     "Databasen «{database}» finns inte på databasservern {server}."),
    (("role", "does not exist"),
     "Databasservern {server} känner inte till användaren «{user}»."),
    (("Connection refused",),
     "Databasservern {server} svarar inte: den är avstängd, eller så lyssnar den inte på "
     "den adressen."),
    (("timeout expired",), "Databasservern {server} svarade inte i tid."),
    (("failed to resolve host",),
     "Servernamnet i adressen till {server} går inte att slå upp."),
    (("no pg_hba.conf entry",),
     "Databasservern {server} tar inte emot anslutningar från den här datorn för "
     "användaren «{user}» (pg_hba.conf)."),
)

LOST = ("Förbindelsen med databasservern {server} bröts. Ändringen är inte sparad; inget "
        "har ändrats. Försök igen när servern nås.")
LOST_READING = ("Förbindelsen med databasservern {server} bröts. Försök igen när servern "
                "nås.")
LOST_AT_COMMIT = ("Förbindelsen med databasservern {server} bröts medan ändringen sparades, "
                  "så det går inte att veta om den kom med. Öppna registret igen och "
                  "kontrollera innan du försöker igen.")


def _server(url: URL) -> str:
    return f"{url.host or 'localhost'}:{url.port or 5432}"


def _message(exc: BaseException) -> str:
    return str(getattr(exc, "orig", None) or exc)


def connect_problem(exc: DBAPIError, url: URL) -> RegisterError:
    """Why connecting to the server at `url` failed, in Swedish."""
    text = _message(exc)
    fields = {"server": _server(url), "user": url.username or "", "database": url.database}
    where = url.render_as_string(hide_password=True)
    for needles, sentence in _CONNECT_PROBLEMS:
        if all(needle in text for needle in needles):
            return RegisterError(sentence.format(**fields), field=where)
    detail = text.strip().splitlines()[-1] if text.strip() else type(exc).__name__
    return RegisterError(f"Det gick inte att ansluta till databasservern {fields['server']}: "
                         f"{detail}", field=where)


def lost_connection(url: URL, *, at_commit: bool = False,
                    reading: bool = False) -> ConnectionLostError:
    template = LOST_READING if reading else LOST_AT_COMMIT if at_commit else LOST
    return ConnectionLostError(template.format(server=_server(url)),
                               field=url.render_as_string(hide_password=True))
