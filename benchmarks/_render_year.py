# SPDX-License-Identifier: EUPL-1.2
"""One process of bench_publish.py: render a body's year of public minutes, nothing else.

    python benchmarks/_render_year.py DB KS 2026 OUT_DIR [--tagged]

Reads and composes exactly what `kraftdesk publish` publishes (the public version of every
justerat protokoll of the year, checked), then renders each as PDF into OUT_DIR: without
tags (kraftdesk.documents.render_minutes: the baseline) or tagged (kraftdesk.documents.
public). No web pages, no open data.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(argv: list[str]) -> int:
    db, body, year, out = argv[:4]
    tagged = "--tagged" in argv
    from kraftdesk.reading.publication import publication
    from kraftdesk.register.migrate import open_register

    register = open_register(f"sqlite:///{db}")
    with register.read() as session:
        pub = publication(session, body, int(year))
    register.close()
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    if tagged:
        from kraftdesk.documents.public import render_public_minutes as render
    else:
        from kraftdesk.documents import render_minutes as render  # type: ignore[assignment]
    for meeting in pub.meetings:
        with (folder / f"{meeting.meeting_id}.pdf").open("wb") as handle:
            render(meeting.minutes, handle)
    print(len(pub.meetings))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
