# SPDX-License-Identifier: EUPL-1.2
"""A secretary's edit of a meeting, as a process of its own, for the concurrency tests
(run as a script, not collected).

    python editor.py REGISTER MEETING_ID PLACE

Reads the meeting (its place and version), prints "read VERSION", waits for a line on
stdin (the test lets both processes read before either saves), then saves the new place
based on the version read, as the meeting dialog does, and prints "saved VERSION" or
"refused: <the Swedish message>".
"""

from __future__ import annotations

import dataclasses
import sys

from kraftdesk.domain.errors import UserError
from kraftdesk.services import meetings
from kraftdesk.services.registers import open_register


def main(path: str, meeting_id: int, place: str) -> int:
    register = open_register(f"sqlite:///{path}")
    try:
        view = meetings.meeting_view(register, meeting_id)
        print(f"read {view.version}", flush=True)
        sys.stdin.readline()
        plan = dataclasses.replace(view.plan, place=place)
        try:
            meetings.update_meeting(register, meeting_id, plan, expected_version=view.version)
        except UserError as exc:
            print(f"refused: {exc.message}", flush=True)
            return 1
        print(f"saved {meetings.meeting_view(register, meeting_id).version}", flush=True)
        return 0
    finally:
        register.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], int(sys.argv[2]), sys.argv[3]))
