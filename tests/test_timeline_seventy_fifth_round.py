"""Timeline round 75 (issue 14): a page that prints no date and gave no other estimate is estimated from a yearless
day it prints with its weekday ("on Monday (March 7)", "Saturday, November 9", "3月7日(月)", "3월 7일(월)") in the
latest year it names elsewhere, where the pair fits that year and no other it names, at the earliest
(corpus/date_weekday_and_year.py). Beside the positives, the forms that must not date a page: a pair that fits none
of its years, two of them or only one earlier than the latest (a background year), a plan's day, no year named, a
weekday that is not the day's, and a printed date (never moved). Each positive fails on `landing`. Sentences written
for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_estimate import article_reporting_date, as_happened
from corpus.date_weekday_and_year import estimate_from_a_weekday_and_its_year
from corpus.events import dated_mentions
from corpus.happenings import find_happenings
from corpus.loader import article_from_raw
from tests.test_timeline_eighteenth_round_pages import SPECS
from tests.hostile_timing import assert_runs_quickly

CLOSING = "\n\nThe North called the drills a rehearsal for an invasion."
SINCE = "\n\nThe North has fired missiles often since its test of {}." + CLOSING


def page(text: str, printed: str | None = None):
    known = {"date": printed, "date_precision": "day", "date_provenance": "given by the test"} if printed else {}
    return article_from_raw(f"Story\n\n{text}\n", known, "test:t75")


def estimate(text: str, printed: str | None = None) -> str | None:
    """The date of a page, printed or estimated, as ISO."""
    article = page(text, printed)
    published, _ = article_reporting_date(article, dated_mentions(article), find_happenings(article.clean_text), SPECS)
    return published.value.iso() if published else None


@pytest.mark.parametrize("text, day", [
    ("The allies began their largest drills on Monday (March 7), the defence ministry said.\n\nThe North has fired "
     "missiles often since its test of January 2016." + CLOSING, "2016-03-07"),
    ("The court read out its ruling on Saturday, November 9, closing a case first brought in 1992 and heard "
     "through 2019." + CLOSING, "2019-11-09"),
    ("防衛省は3月7日(月)、2016年度の共同訓練を始めたと発表した。" + CLOSING, "2016-03-07"),
    ("국방부는 3월 7일(월) 2016년 연합훈련을 시작했다고 밝혔다." + CLOSING, "2016-03-07"),
], ids=["en-bracketed", "en-comma", "ja", "ko"])
def test_an_undated_page_is_estimated_from_a_day_with_its_weekday_in_the_year_it_names(text: str, day: str):
    assert estimate(text) == day


def test_the_estimate_is_shown_as_estimated_and_as_the_earliest_day():
    article = page("국방부는 3월 7일(월) 2016년 연합훈련을 시작했다고 밝혔다." + CLOSING)
    found = estimate_from_a_weekday_and_its_year(article, find_happenings(article.clean_text), as_happened)
    assert found is not None and found[0].estimated and found[0].earliest


@pytest.mark.parametrize("text", [
    "The allies began their largest drills on Monday (March 7), the ministry said." + SINCE.format("January 2015"),
    "The allies began their largest drills on Monday (March 7), the ministry said."
    + SINCE.format("2011 and those of 2016"),
    "The allies will begin their largest drills on Monday, March 7, the ministry said." + SINCE.format("2016"),
    "The allies began their largest drills on Monday (March 7), the defence ministry said." + CLOSING,
    "On Monday the ministry said the allies had begun their largest drills on March 7." + SINCE.format("2016"),
    "The student died on Monday (June 19), his family said.\n\nHe was held from 2016 in a country at war since "
    "1950." + CLOSING,
    "The student died on Monday (June 19), his family said.\n\nThe two Koreas are still at war since the 1950-53 "
    "Korean War." + CLOSING,
], ids=["fits-no-named-year", "fits-two-named-years", "a-plan", "no-year-named", "weekday-not-the-days",
        "fits-only-a-background-year", "a-span-of-years"])
def test_a_weekday_and_day_that_does_not_fix_one_year_dates_nothing(text: str):
    article = page(text)
    assert estimate_from_a_weekday_and_its_year(article, find_happenings(article.clean_text), as_happened) is None


def test_a_printed_date_is_not_moved():
    assert estimate("국방부는 3월 7일(월) 2016년 연합훈련을 시작했다고 밝혔다." + CLOSING,
                    printed="2016-03-10") == "2016-03-10"


@pytest.mark.parametrize("hostile", [
    " " * 50_000,
    "Monday " * 20_000 + "2016",
    "(Mon) " * 20_000 + "2016",
    "March 7 " * 2_000 + "2016",
], ids=["spaces", "weekdays", "bracketed-weekdays", "yearless-days"])
def test_hostile_pages_are_read_quickly(hostile: str):
    article = page(hostile)
    assert_runs_quickly(lambda: estimate_from_a_weekday_and_its_year(article, (), as_happened))
