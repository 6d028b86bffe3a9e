# SPDX-License-Identifier: EUPL-1.2
"""The Swedish calendar is the library's own, loaded without every other country's module."""

from __future__ import annotations

import subprocess
import sys

import holidays

from kraftdesk.domain import calendar


def test_the_swedish_module_alone_gives_the_librarys_days() -> None:
    sweden = calendar._sweden()
    assert sweden.__name__ == "Sweden"
    kinds = (holidays.PUBLIC, holidays.DE_FACTO)
    for year in range(1950, 2101):
        ours = sweden(years=year, categories=kinds, include_sundays=False)
        library = holidays.Sweden(years=year, categories=kinds, include_sundays=False)
        assert dict(ours.items()) == dict(library.items()), year


def test_computing_a_deadline_loads_no_other_country() -> None:
    script = ("import sys, datetime\n"
              "from kraftdesk.domain.calendar import legal_calendar\n"
              "cal = legal_calendar(datetime.date(2026, 6, 10))\n"
              "print(cal.approval_deadline, 'holidays.countries' in sys.modules, "
              "'holidays.countries.germany' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, check=True)
    # 24 June 2026 is a Wednesday; midsommarafton (19 June) is not in the way.
    assert done.stdout == "2026-06-24 False False\n"
