# SPDX-License-Identifier: EUPL-1.2
"""Others' writes to a shared register, for a front end to poll (kraftdesk.register.watch).

    watcher = watch_register(register)
    changes = others_changes(watcher)   # Changes(): nothing new; else what to refresh
    watcher.close()

A front end polls about once a second and feeds the Changes to the same refresh as its own
writes; on PostgreSQL a poll with nothing new costs no query (LISTEN/NOTIFY).
"""

from __future__ import annotations

from kraftdesk.register.database import Register
from kraftdesk.register.watch import ChangeWatcher
from kraftdesk.services.changes import Changes

__all__ = ["ChangeWatcher", "others_changes", "watch_register"]


def watch_register(register: Register) -> ChangeWatcher:
    return ChangeWatcher(register)


def others_changes(watcher: ChangeWatcher) -> Changes:
    """What other clients changed since the last call, as Changes (empty: nothing)."""
    news = watcher.poll()
    if news is None:
        return Changes()
    return Changes(meetings=news.meetings, paragraphs=news.paragraphs,
                   statements=news.statements, cases=news.cases, persons=news.persons,
                   register=news.everything)
