# SPDX-License-Identifier: EUPL-1.2
"""The legal calendar against dates worked out by hand (DOMAIN.md §2.2 and §2.3)."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from kraftdesk.domain.calendar import (
    LegalCalendar,
    is_closed_day,
    legal_calendar,
    next_weekday_on_or_after,
)
from kraftdesk.domain.enums import TakeDownRule
from kraftdesk.domain.errors import UserError

D = date.fromisoformat

# DOMAIN.md §2.2: the days that stop a deadline (besides Saturdays and Sundays).
TABLE_2026 = ["2026-01-01", "2026-01-06", "2026-04-03", "2026-04-06", "2026-05-01",
              "2026-05-14", "2026-06-06", "2026-06-19", "2026-12-24", "2026-12-25",
              "2026-12-26", "2026-12-31"]
TABLE_2027 = ["2027-01-01", "2027-01-06", "2027-03-26", "2027-03-29", "2027-05-01",
              "2027-05-06", "2027-06-06", "2027-06-25", "2027-12-24", "2027-12-25",
              "2027-12-26", "2027-12-31"]


@pytest.mark.parametrize("year, table", [(2026, TABLE_2026), (2027, TABLE_2027)])
def test_the_closed_weekdays_are_exactly_those_of_the_table(year: int, table: list[str]) -> None:
    for text in table:
        assert is_closed_day(D(text)), text
    day, closed_weekdays = date(year, 1, 1), set()
    while day.year == year:
        if day.weekday() < 5 and is_closed_day(day):
            closed_weekdays.add(day)
        day += timedelta(days=1)
    assert closed_weekdays == {D(t) for t in table if D(t).weekday() < 5}


@pytest.mark.parametrize("text", [
    "2026-01-05",  # trettondagsafton
    "2026-04-02",  # skärtorsdagen
    "2026-04-30",  # valborgsmässoafton
    "2026-05-15",  # klämdag after Kristi himmelsfärd
    "2026-05-25",  # annandag pingst, no longer a helgdag since 2005
])
def test_days_that_do_not_stop_a_deadline(text: str) -> None:
    assert not is_closed_day(D(text))


def test_saturday_and_sunday_stop_a_deadline() -> None:
    assert next_weekday_on_or_after(D("2026-01-10")) == D("2026-01-12")  # Sat -> Mon
    assert next_weekday_on_or_after(D("2026-01-11")) == D("2026-01-12")  # Sun -> Mon
    assert next_weekday_on_or_after(D("2026-01-12")) == D("2026-01-12")  # Mon stays


# justering, then: latest anslag, last appeal day (from that anslag), take down (next weekday)
JUSTERING_TABLE = [
    # a Friday: Sunday the 18th moves to Monday; three weeks later is a Monday
    ("2026-01-16", "2026-01-19", "2026-02-09", "2026-02-10"),
    # before Easter: långfredagen, påskafton, påskdagen, annandag påsk
    ("2026-04-01", "2026-04-07", "2026-04-28", "2026-04-29"),
    # before midsommar (DOMAIN §2.3 example 2): Saturday the 20th moves to Monday
    ("2026-06-18", "2026-06-22", "2026-07-13", "2026-07-14"),
    # the anslag day would be midsommarafton
    ("2026-06-17", "2026-06-22", "2026-07-13", "2026-07-14"),
    # before julafton: julafton, juldagen, annandag jul, Sunday
    ("2026-12-22", "2026-12-28", "2027-01-18", "2027-01-19"),
    # before nyårsafton: nyårsafton, nyårsdagen, the weekend
    ("2026-12-29", "2027-01-04", "2027-01-25", "2027-01-26"),
    # trettondedag jul
    ("2027-01-04", "2027-01-07", "2027-01-28", "2027-01-29"),
    # at a month's end: Saturday 28 February moves to Monday 2 March
    ("2026-02-26", "2026-03-02", "2026-03-23", "2026-03-24"),
    # at a month's end into första maj
    ("2026-04-29", "2026-05-04", "2026-05-25", "2026-05-26"),
]


@pytest.mark.parametrize("justering, posting, appeal, take_down", JUSTERING_TABLE)
def test_calendar_after_justering(justering: str, posting: str, appeal: str,
                                  take_down: str) -> None:
    cal = legal_calendar(D(justering) - timedelta(days=7), approved_on=D(justering))
    assert cal.posting_deadline == D(posting)
    assert cal.appeal_last_day == D(appeal)
    assert cal.take_down_earliest == D(take_down)


# anslag day, last appeal day, take down (next weekday)
APPEAL_TABLE = [
    ("2026-12-04", "2026-12-28", "2026-12-29"),  # DOMAIN §2.3 example 3: juldagen
    ("2026-03-13", "2026-04-07", "2026-04-08"),  # långfredagen, Easter
    ("2026-12-10", "2027-01-04", "2027-01-05"),  # nyårsafton; trettondagsafton is a weekday
    ("2026-04-23", "2026-05-15", "2026-05-18"),  # Kristi himmelsfärdsdag
    ("2026-05-29", "2026-06-22", "2026-06-23"),  # midsommarafton
    ("2016-08-19", "2016-09-09", "2016-09-12"),  # Höör 2016 (DOMAIN §2.3 step 4)
]


@pytest.mark.parametrize("posted, appeal, take_down", APPEAL_TABLE)
def test_appeal_period_runs_from_the_actual_anslag(posted: str, appeal: str,
                                                   take_down: str) -> None:
    cal = legal_calendar(D(posted) - timedelta(days=10), approved_on=D(posted),
                         posted_on=D(posted))
    assert (cal.appeal_last_day, cal.take_down_earliest) == (D(appeal), D(take_down))


def test_take_down_on_the_last_appeal_day_when_the_organisation_says_so() -> None:
    cal = legal_calendar(D("2026-11-20"), approved_on=D("2026-12-02"), posted_on=D("2026-12-04"),
                         take_down_rule=TakeDownRule.LAST_APPEAL_DAY)
    assert cal.appeal_last_day == cal.take_down_earliest == D("2026-12-28")


@pytest.mark.parametrize("meeting, deadline", [
    ("2026-12-10", "2026-12-28"),  # DOMAIN §2.3 example 1
    ("2026-01-07", "2026-01-21"),
    ("2026-03-20", "2026-04-07"),  # day 14 is långfredagen
    ("2026-06-05", "2026-06-22"),  # day 14 is midsommarafton
])
def test_latest_justering_day(meeting: str, deadline: str) -> None:
    assert legal_calendar(D(meeting)).approval_deadline == D(deadline)


def test_a_draft_has_only_its_justering_deadline() -> None:
    assert legal_calendar(D("2026-01-07")) == LegalCalendar(
        meeting_day=D("2026-01-07"), approval_deadline=D("2026-01-21"), approved_on=None,
        posting_deadline=None, posted_on=None, appeal_last_day=None, take_down_earliest=None,
        warnings=())


def test_warnings_for_late_justering_and_late_anslag() -> None:
    cal = legal_calendar(D("2026-01-07"), approved_on=D("2026-01-23"), posted_on=D("2026-01-28"))
    assert cal.warnings == (
        "Protokollet justerades 2026-01-23, efter sista dag för justering 2026-01-21 "
        "(14 dagar efter sammanträdet, KL 5 kap. 69 §).",
        "Anslaget sattes upp 2026-01-28, efter sista dag för anslag 2026-01-26 "
        "(andra dagen efter justeringen, KL 8 kap. 12 §).",
    )


def test_warnings_depend_on_today_for_what_is_missing() -> None:
    assert legal_calendar(D("2026-01-07"), today=D("2026-01-21")).warnings == ()
    assert legal_calendar(D("2026-01-07"), today=D("2026-01-22")).warnings == (
        "Protokollet är inte justerat, och sista dag för justering (2026-01-21) har passerat.",)
    justerat = {"approved_on": D("2026-01-14")}
    assert legal_calendar(D("2026-01-07"), today=D("2026-01-16"), **justerat).warnings == ()
    assert legal_calendar(D("2026-01-07"), today=D("2026-01-17"), **justerat).warnings == (
        "Justeringen har inte tillkännagivits på anslagstavlan, och sista dag för anslag "
        "(2026-01-16) har passerat.",)


def test_unposted_minutes_count_the_appeal_from_the_latest_anslag_day() -> None:
    cal = legal_calendar(D("2026-01-07"), approved_on=D("2026-01-14"))
    assert (cal.posting_deadline, cal.appeal_last_day) == (D("2026-01-16"), D("2026-02-06"))


@pytest.mark.parametrize("kwargs, message", [
    ({"approved_on": D("2026-01-06")},
     "Justeringsdagen 2026-01-06 ligger före sammanträdet 2026-01-07."),
    ({"posted_on": D("2026-01-08")},
     "Anslaget kan inte ha satts upp innan protokollet är justerat."),
    ({"approved_on": D("2026-01-09"), "posted_on": D("2026-01-08")},
     "Anslagsdagen 2026-01-08 ligger före justeringen 2026-01-09."),
])
def test_contradicting_dates_are_refused(kwargs: dict[str, date], message: str) -> None:
    with pytest.raises(UserError) as caught:
        legal_calendar(D("2026-01-07"), **kwargs)
    assert caught.value.message == message
