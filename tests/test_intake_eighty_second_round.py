"""Issue 13's eighty-second intake round, on texts of our own: a "last updated" or "last modified" stamp, the only
date a page prints, is the page's day when the one weekday its lead names is the stamp's and its words name no other
day. A positive failed before the round; a negative beside it keeps what must not change: the lead naming another
weekday (an update of the next morning), two weekdays, none, or the page naming another day (an update years later)."""

from __future__ import annotations

import pytest

from tests.test_metadata_copied_forms import date_of
from tests.hostile_timing import assert_runs_quickly

TITLE = "Harbour wall to be rebuilt after the storm\n"
LEAD = ("The city council approved on {weekday} a plan to rebuild the harbour wall that the storm broke, "
        "officials said after a meeting that ran late into the evening.")
MORE = ("Work is due to start in the spring and to last about two years, and the harbour will stay open to "
        "fishing boats while the new wall goes up beside the old one.")


def _page(stamp: str, weekday: str = "Tuesday", caption: str = "") -> str:
    return f"{TITLE}{stamp}\n{caption}\n\n{LEAD.format(weekday=weekday)}\n\n{MORE}\n"


STAMPS = [
    ("Last Modified: 18 Aug 2009 09:21 GMT", "Tuesday", "2009-08-18"),
    ("Last Updated : Mar 24 2014 | 6:34 PM IST", "Monday", "2014-03-24"),
    ("Page last updated at 08:15 GMT, 9 November 2011", "Wednesday", "2011-11-09"),
]


@pytest.mark.parametrize(("stamp", "weekday", "day"), STAMPS)
def test_a_last_updated_stamp_on_the_weekday_the_lead_names_is_the_pages_day(stamp, weekday, day):
    assert date_of(_page(stamp, weekday)) == day


@pytest.mark.parametrize(("stamp", "weekday", "day"), STAMPS)
def test_a_last_updated_stamp_on_another_weekday_than_the_leads_is_not(stamp, weekday, day):
    the_next_day = {"Tuesday": "Wednesday", "Monday": "Tuesday", "Wednesday": "Thursday"}[weekday]
    assert date_of(_page(stamp, the_next_day)) is None


def test_a_last_updated_stamp_under_a_lead_naming_no_weekday_or_two_is_not_the_pages_day():
    stamp = "Last Modified: 18 Aug 2009 09:21 GMT"
    assert date_of(_page(stamp, "Tuesday").replace(" on Tuesday", "")) is None
    assert date_of(_page(stamp, "Tuesday or Wednesday")) is None


def test_a_last_updated_stamp_on_the_leads_weekday_is_not_the_pages_day_when_the_page_names_another():
    # an update years after the story, that happens to fall on the weekday the lead names
    caption = "Storm waves break over the harbour wall, 14 January 2017"
    assert date_of(_page("Last Updated: 2024-04-23 20:02", "Tuesday", caption)) is None
    # or another day without its year
    assert date_of(_page("Last Updated: 2024-04-23 20:02", "Tuesday", "Waves over the wall on 14 January")) is None


def test_a_stamp_that_says_published_is_the_pages_day_whatever_the_weekday():
    assert date_of(_page("Published: 18 Aug 2009 09:21 GMT", "Friday")) == "2009-08-18"


def test_a_long_hostile_stamp_is_read_quickly():
    def read() -> None:
        date_of(_page("Last Updated: " + " " * 50_000 + "18 Aug 2009", "Tuesday" + " again" * 20_000))
    assert_runs_quickly(read, limit=1.0)
