# SPDX-License-Identifier: EUPL-1.2
"""The final PDF kept with the seal of justerade minutes, read without SQLAlchemy.

    kept_pdf(reader, meeting_id) -> bytes | None       None: no PDF is kept with a seal
    kept_as_it_is(reader, meeting) -> bool             written as kept, not composed anew

`reader`: a session, a connection or a rows source (kraftdesk.reading.rows).
"""

from __future__ import annotations

import hashlib
from typing import Any

from kraftdesk.domain.errors import UserError
from kraftdesk.reading.rounds import is_electronically_justerat
from kraftdesk.reading.rows import rows_of


def kept_pdf(reader: Any, meeting_id: int) -> bytes | None:
    """The final PDF kept with the seal of justerade minutes, when it is intact; else None.
    A kept PDF changed since justering is a UserError (`kraftdesk verify` says more)."""
    row = rows_of(reader).first("sealed_pdf", meeting_id=meeting_id)
    if row is None:
        return None
    content = bytes(row[0])
    if hashlib.sha256(content).hexdigest() != row[1]:
        raise UserError("Den justerade PDF-filen i registret har ändrats efter justeringen; "
                        "kör «kraftdesk verify».", field="protokoll")
    return content


def kept_as_it_is(reader: Any, meeting: Any) -> bool:
    """True when the kept PDF is the minutes as they are to be printed: electronically
    signed minutes always, minutes justerade with ink until their anslag is recorded (after
    it the kept PDF has the Anslag/Bevis dates blank; services.exports decides whether the
    register still composes exactly the sealed minutes, to print them with the dates)."""
    return meeting.posted_on is None or is_electronically_justerat(reader, meeting)
