# SPDX-License-Identifier: EUPL-1.2
"""Storing the bilaga numbers of one meeting (kraftdesk.reading.appendices decides them)."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from kraftdesk.reading.appendices import in_order, numbers
from kraftdesk.register.models import Appendix, Meeting


def assign(session: Session, meeting: Meeting) -> None:
    """Store the numbers (see numbers()); in draft minutes every bilaga is renumbered."""
    wanted = numbers(session, meeting)
    stored = dict((aid, n) for aid, n in in_order(session, meeting.id))
    changing = [aid for aid, n in wanted.items() if stored.get(aid) != n]
    if not changing:
        return
    session.execute(update(Appendix).where(Appendix.id.in_(changing)).values(number=None))
    session.flush()
    session.expire_all()
    for aid in changing:
        session.get_one(Appendix, aid).number = wanted[aid]
    session.flush()
