"""Issue 13's hundred-and-twenty-second intake round, on texts of our own: a blog copying a paper's editorial prints
its own posting stamp, then the paper's credit and the day without a year ("2012年7月 9日 (月)" over "--The Asahi
Shimbun, July 6"); the page is dated by the credit's day, its year fixed by the stamp. The negatives keep what must
not change: a place or an unlisted name before the day, a sentence, a day after the stamp or long before it, no
stamp at all, two credits of different days, and a credit that gives the stamp's own day."""

from __future__ import annotations

import pytest

from corpus.intake.outlets import outlets
from corpus.intake.yearless_credits import yearless_credited_day, yearless_credited_day_of
from tests.hostile_timing import assert_runs_quickly
from tests.test_intake_thirty_third_round import described

STAMP = "2012年7月 9日 (月)"
TITLE = "EDITORIAL: Tokyo and Seoul can still mend this"
LEAD = ("The two governments were due to sign an accord on sharing military intelligence last week, but an hour "
        "before the ceremony the South Korean side asked for it to be put off.")
MORE = ("Information on North Korea lies at the core of the accord, and defence officials in both countries had "
        "expected much of it.")


def _blog(credit: str, stamp: str = STAMP) -> str:
    return f"« 前の記事 | トップページ | 次の記事 »\n{stamp}\n{credit}\n{TITLE}\n{LEAD}\n{MORE}\n"


# What the rule reads (fails on base38: the page was dated by the blog's own stamp)

def test_a_copy_under_its_blog_s_stamp_is_dated_by_its_yearless_credit():
    found = described(_blog("--The Asahi Shimbun, July 6"))
    assert found["date"] == "2012-07-06"
    assert "credit gives the original" in found["date_provenance"] and "2012-07-09" in found["date_provenance"]


@pytest.mark.parametrize("line, stamp, day", [
    ("--The Asahi Shimbun, July 6", "2012-07-09", "2012-07-06"),
    ("(Yonhap, Nov. 22)", "2016-11-23", "2016-11-22"),  # in brackets, an abbreviated month
    ("— Reuters, Dec 30", "2017-01-02", "2016-12-30"),  # the year before, the stamp being in January
    ("The Korea Herald, June 1", "2019-07-01", "2019-06-01"),  # a month before, the longest allowed
    ("Kyodo, Feb 29", "2016-03-02", "2016-02-29"),  # a leap day of the stamp's year
])
def test_a_listed_outlet_and_a_day_without_a_year_take_the_stamp_s_year(line, stamp, day):
    assert yearless_credited_day(line, stamp, outlets()) == day


# What it must not do

@pytest.mark.parametrize("line, stamp", [
    ("Beijing, January 10", "2023-01-12"),  # a place's dateline, not a credit
    ("Harbour Weekly Gazette, July 6", "2012-07-09"),  # an unlisted name
    ("Metro, July 6", "2012-07-09"),  # a listed name that is also a section's word
    ("Defense Secretary Ash Carter said on Oct. 13.", "2015-10-14"),  # a sentence
    ("The Asahi Shimbun, July 6 editorial on the pact", "2012-07-09"),  # more than the name and the day
    ("The Asahi Shimbun, July 16", "2012-07-09"),  # after the stamp in its year: a year before is months away
    ("The Asahi Shimbun, May 6", "2012-07-09"),  # two months before: no credit of this copy's own
    ("Kyodo, Feb 29", "2015-03-02"),  # no 29 February in 2015, nor a month before in 2014
    ("The Asahi Shimbun, July 36", "2012-07-09"),  # no such day
    ("The Asahi Shimbun, July 6, 2012", "2012-07-09"),  # a full day: round 115's credit, not this one
])
def test_what_is_no_yearless_credit_of_the_copy_gives_none(line, stamp):
    assert yearless_credited_day(line, stamp, outlets()) is None


def test_the_stamp_stands_without_a_credit_or_with_two():
    assert described(_blog("EDITORIAL"))["date"] == "2012-07-09"  # no credit: the blog's own stamp
    two = ["--The Asahi Shimbun, July 6", "(Yonhap, July 7)"]
    assert yearless_credited_day_of(two, "2012-07-09", outlets()) is None
    assert yearless_credited_day_of(two[:1], "2012-07-09", outlets()) == ("2012-07-06", two[0])
    same_day = described(_blog("--The Asahi Shimbun, July 9"))  # the stamp's own day: nothing to tell apart
    assert same_day["date"] == "2012-07-09" and "credit" not in same_day["date_provenance"]
    assert described(f"{TITLE}\n--The Asahi Shimbun, July 6\n{LEAD}\n{MORE}\n")["date"] is None  # no stamp, no year


# Hostile texts

def test_the_yearless_credit_is_read_quickly_on_hostile_lines():
    directory = outlets()
    for what, line in (
            ("80 spaces then a name", " " * 79 + "A"),
            ("dashes and letters", "-" * 30 + "A" * 45 + ", July"),
            ("a name of spaces", "A" + " " * 70 + ", July 6x"),
            ("100,000 letters", "A" * 100_000 + ", July 6"),
            ("a name and 20,000 days", "Yonhap" + ", July 6" * 20_000)):
        assert_runs_quickly(lambda: yearless_credited_day(line, "2012-07-09", directory), what=what)
    many = ["--The Asahi Shimbun, July 6"] + [LEAD] * 40_000
    assert_runs_quickly(lambda: yearless_credited_day_of(many, "2012-07-09", directory), what="40,000 lines")
