# SPDX-License-Identifier: EUPL-1.2
"""Reading a member list (CSV) into a new register: the check-only preview and the import.

    uv run python benchmarks/bench_member_list.py [--bodies 10] [--seats 45] [--repeat 5]

A kommun set up as the first-start wizard does (the standard bodies), eight parties, and a
member list of `bodies × seats` rows (ordförande, vice ordförande, ledamöter and ersättare;
a third of the people sit in two bodies), written as Swedish Excel saves it (Windows-1252,
semicolons). Each run uses a fresh copy of the register: the preview (every row checked
against the register, nothing written) and the import (one transaction) are timed apart,
each with the opening of the register, as a command or the dialog does it.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _bench import measure, print_machine, print_table

from kraftdesk.domain.setup import Period
from kraftdesk.services import member_lists, organisation, people
from kraftdesk.services.registers import open_file

PARTIES = [("S", "Socialdemokraterna"), ("M", "Moderaterna"), ("SD", "Sverigedemokraterna"),
           ("C", "Centerpartiet"), ("V", "Vänsterpartiet"), ("KD", "Kristdemokraterna"),
           ("L", "Liberalerna"), ("MP", "Miljöpartiet")]
ROLES = ["ordförande", "1:e vice ordförande", "2:e vice ordförande"]


def member_list(shorts: list[str], seats: int) -> bytes:
    rows = ["organ;namn;parti;uppdrag;från;till"]
    person = 0
    for index, short in enumerate(shorts):
        for seat in range(seats):
            role = ROLES[seat] if seat < len(ROLES) else (
                "ledamot" if seat < seats * 2 // 3 else "ersättare")
            number = person if seat % 3 or index == 0 else person - seats  # some sit twice
            party = PARTIES[number % len(PARTIES)][0]
            rows.append(f"{short};Förnamn{number} Efternamn{number};{party};{role};"
                        "2027-01-01;2030-12-31")
            person += 1
    return ("\r\n".join(rows) + "\r\n").encode("cp1252")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bodies", type=int, default=10)
    parser.add_argument("--seats", type=int, default=45)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="kraftdesk-bench-"))
    template = folder / "mall.sqlite3"
    register = open_file(template, create=True)
    bodies = organisation.STANDARD_BODIES[:args.bodies]
    organisation.set_up(register, organisation.SetUp(
        "Härnösands kommun", "KS 2027/12", bodies,
        Period(date(2027, 1, 1), date(2030, 12, 31))))
    for abbreviation, name in PARTIES:
        people.add_party(register, abbreviation, name)
    register.close()
    data = member_list([b.short_name for b in bodies], args.seats)
    copies = iter(range(10_000))

    def fresh() -> object:
        path = folder / f"kopia-{next(copies)}.sqlite3"
        shutil.copyfile(template, path)
        return open_file(path)

    def preview() -> object:
        reg = fresh()
        try:
            return member_lists.preview_member_list(reg, data, source="lista.csv")
        finally:
            reg.close()

    def load() -> object:
        reg = fresh()
        try:
            return member_lists.import_member_list(reg, data, source="lista.csv")[0]
        finally:
            reg.close()

    print_machine()
    rows = []
    for name, action in (("preview (checks, writes nothing)", preview),
                         ("import (one transaction)", load)):
        timing, result = measure(action, repeat=args.repeat)
        rows.append((name, len(result.seats), len(result.new_people), timing.wall_ms,
                     timing.cpu_ms))
    print_table(("what", "rows", "new people", "wall ms (median)", "cpu ms (median)"), rows)
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
