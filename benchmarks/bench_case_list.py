# SPDX-License-Identifier: EUPL-1.2
"""Reading the diarium's CSV export of ärenden: the preview, the first import and the same
file again (every ärende already there, a tenth of them with a new rubrik).

    uv run python benchmarks/bench_case_list.py [--cases 5000] [--repeat 5]

A kommun with the diarienummer format "KS 2027/12" and an export of `cases` rows
(diarienummer;rubrik;handläggare;datum) as Swedish Excel saves it (Windows-1252, semicolons).
Each run opens a fresh copy of the register, as a command or the dialog does: the preview
(every row checked, nothing written), the import into a register without the ärenden, and
the import of the changed file into a register that has them (the updates).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import measure, print_machine, print_table

from kraftdesk.services import case_lists, organisation
from kraftdesk.services.registers import open_file

HANDLERS = ["Lena Ström", "Omar Said", "Eva Berg", "Karin Holm", "Jonas Ek"]


def export(cases: int, *, renamed_every: int = 0) -> bytes:
    rows = ["diarienummer;rubrik;handläggare;datum"]
    first = date(2027, 1, 4)
    for n in range(1, cases + 1):
        title = f"Ärende {n} om detaljplan för kvarteret Nummer {n}"
        if renamed_every and n % renamed_every == 0:
            title += ", samråd"
        rows.append(f"KS {2027 + n // 3000}/{n};{title};{HANDLERS[n % len(HANDLERS)]};"
                    f"{(first + timedelta(days=n % 700)).isoformat()}")
    return ("\r\n".join(rows) + "\r\n").encode("cp1252")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="kraftdesk-bench-"))
    empty = folder / "tom.sqlite3"
    register = open_file(empty, create=True)
    organisation.create_organisation(register, "Härnösands kommun",
                                     case_number_example="KS 2027/12")
    register.close()
    data, changed = export(args.cases), export(args.cases, renamed_every=10)
    filled = folder / "med-arenden.sqlite3"
    shutil.copyfile(empty, filled)
    register = open_file(filled)
    case_lists.import_case_list(register, data, source="diarium.csv")
    register.close()
    copies = iter(range(10_000))

    def fresh(template: Path) -> object:
        path = folder / f"kopia-{next(copies)}.sqlite3"
        shutil.copyfile(template, path)
        return open_file(path)

    def run(template: Path, content: bytes, *, write: bool) -> object:
        reg = fresh(template)
        try:
            if write:
                return case_lists.import_case_list(reg, content, source="diarium.csv")[0]
            return case_lists.preview_case_list(reg, content, source="diarium.csv")
        finally:
            reg.close()

    print_machine()
    rows = []
    for name, template, content, write in (
            ("preview (checks, writes nothing)", empty, data, False),
            ("import into a register without them", empty, data, True),
            ("the same file, a tenth renamed", filled, changed, True)):
        timing, result = measure(lambda t=template, c=content, w=write: run(t, c, write=w),
                                 repeat=args.repeat)
        rows.append((name, len(result.cases), result.new, result.updated, timing.wall_ms,
                     timing.cpu_ms))
    print_table(("what", "rows", "new", "updated", "wall ms (median)", "cpu ms (median)"), rows)
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
