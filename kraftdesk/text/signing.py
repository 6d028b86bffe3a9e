# SPDX-License-Identifier: EUPL-1.2
"""The Swedish words of electronic justering, verification of signatures and the archive.

The signature stamp in each visible field, what `kraftdesk sign` says, what `verify` says
about each signature and about the anchors of the seal, and the page that stands in for a
received PDF bilaga that cannot be made PDF/A.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from kraftdesk.domain.document import Text
from kraftdesk.domain.enums import JusteringMethod, SignerRole
from kraftdesk.text.formats import date_and_time, join_list, plural
from kraftdesk.text.vocabulary import JUSTERING_METHOD, SIGNER_ROLE

ROLE_WORDS = SIGNER_ROLE  # kraftdesk.text.vocabulary's table
#: The words the command line and the settings accept for the roles, and for the methods.
ROLE_NAMES = {"sekreterare": SignerRole.SECRETARY, "ordförande": SignerRole.CHAIR,
              "justerare": SignerRole.APPROVER}
METHOD_NAMES = {"båda": JusteringMethod.EITHER, "elektronisk": JusteringMethod.ELECTRONIC,
                "papper": JusteringMethod.PAPER}
METHOD_WORDS = JUSTERING_METHOD
STAMP_HEADING = "Elektroniskt undertecknad"
SIGNING_REASON = "Justering av protokollet"


def stamp_lines(name: str, role: SignerRole, at: datetime) -> tuple[str, ...]:
    """The visible signature: "Elektroniskt undertecknad", "Anna Svensson, ordförande", time."""
    return (STAMP_HEADING, f"{name}, {ROLE_WORDS[role]}", date_and_time(at))


def signed(ref: str, name: str, role: SignerRole, level: str) -> str:
    return (f"{name} har undertecknat protokollet {ref} elektroniskt som {ROLE_WORDS[role]} "
            f"(PAdES {level}).")


def waiting_for(names_and_roles: Sequence[tuple[str, SignerRole]]) -> str:
    listed = join_list([f"{n} ({ROLE_WORDS[r]})" for n, r in names_and_roles])
    return f"Underskrifter som återstår: {listed}."


def justerat(ref: str, day: str) -> str:
    return (f"Alla underskrifter är klara: protokollet {ref} är justerat {day} och förseglat.")


def new_round(ref: str, earlier: Sequence[str]) -> str:
    return (f"Protokollet {ref} har ändrats sedan {join_list(list(earlier))} undertecknade "
            f"det; {plural(len(earlier), 'den underskriften', 'de underskrifterna')} gäller "
            "inte längre och en ny omgång underskrifter har börjat.")


def refused(ref: str, name: str, comment: str) -> str:
    return (f"{name} har avböjt att underteckna protokollet {ref}: «{comment}». "
            "Underskrifterna i den här omgången gäller inte längre; protokollet kan rättas och "
            "undertecknas på nytt.")


def being_signed(what: str, names: Sequence[str]) -> str:
    return (f"Protokollet håller på att undertecknas ({join_list(list(names))} har "
            f"undertecknat) och kan inte ändras ({what}). Vänta tills alla har undertecknat, "
            "eller låt en av dem som ska underteckna avböja så att protokollet kan rättas.")


def not_a_signer(name: str, ref: str) -> str:
    return (f"{name} är varken sekreterare, ordförande eller justerare för {ref} och kan inte "
            "underteckna protokollet.")


def wrong_certificate(cert_name: str, name: str) -> str:
    return (f"Certifikatet är utfärdat till «{cert_name}», inte till {name}; var och en "
            "undertecknar med sitt eget certifikat.")


def trust_added(subject: str, until: str) -> str:
    return f"Betrodd utfärdare tillagd: {subject} (giltig till {until})."


# --- verify ------------------------------------------------------------------------------------

def signature_ok(ref: str, name: str, role: str, at: datetime | None,
                 timestamp: datetime | None) -> str:
    when = date_and_time(at) if at else "okänd tid"
    stamp = f", tidsstämplad {date_and_time(timestamp)}" if timestamp else ""
    who = f"{name} ({role})" if role else name
    return f"{ref}: undertecknat av {who} {when}{stamp}; underskriften är giltig."


def signature_problem(ref: str, name: str, role: str, problem: str) -> str:
    who = f"{name} ({role})" if role else name
    return f"{ref}: underskriften av {who} gäller inte: {problem}"


def signature_missing(ref: str, name: str, role: str) -> str:
    return (f"{ref}: registret säger att {name} undertecknade som {role}, men den justerade "
            "PDF-filen har ingen sådan underskrift.")


def signature_unknown(ref: str, name: str) -> str:
    return (f"{ref}: den justerade PDF-filen har en underskrift av {name} som registret inte "
            "känner till.")


def signed_pdf_missing(ref: str) -> str:
    return (f"{ref}: protokollet är undertecknat elektroniskt, men den undertecknade PDF-filen "
            "saknas i registret.")


def unreadable_pdf(ref: str) -> str:
    return f"{ref}: den justerade PDF-filen går inte att läsa; den är skadad eller har ändrats."


# --- PDF/A --------------------------------------------------------------------------------------

def unconverted_appendix(number: int, filename: str, digest: str) -> tuple[Text, ...]:
    """The page standing in for a received PDF bilaga that could not be made PDF/A."""
    return (
        Text(f"Bilaga {number} är en inkommen PDF-fil som inte kunde omvandlas till PDF/A och "
             "därför inte finns med i den här arkivversionen av protokollet."),
        Text(f"Originalet finns i registret och i arkivleveransen: «{filename}», SHA-256 "
             f"{digest}."),
    )


def not_pdfa(reason: str) -> str:
    return (f"{reason} Det justerade protokollet är sparat som vanlig PDF (med förseglingens "
            "metadata); rätta orsaken, till exempel ett typsnitt som inte är inbäddat i "
            "organisationens logotyp, för att få PDF/A.")


def appendix_as_images(number: int) -> str:
    return (f"Bilaga {number} är en inkommen PDF-fil som inte följer PDF/A; dess sidor är "
            "återgivna som bilder i PDF/A-filen, med texten osynlig ovanpå.")


def unconverted_warning(number: int, reason: str) -> str:
    return (f"Bilaga {number} kunde inte omvandlas till PDF/A: {reason} Den är ersatt av en "
            "sida som säger det, och originalet följer med för sig.")
