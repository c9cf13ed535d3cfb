"""Dates whose year is carried from an earlier sentence (corpus/date_carried.py, timeline round
17): "同年11月", "그해 11월", "이듬해 1월 5일", "in November of that year", "in March the following
year" take the last year the text names before them (or the one after), not the page's; with
none named they stay unresolved. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_value import DateValue
from corpus.dates import find_dates

PAGE_DATE = DateValue(2023, 3, 16)


def dated(text: str, published: DateValue | None = PAGE_DATE) -> list[tuple[str, str | None]]:
    return [(found.text, found.value.iso() if found.value else None) for found in find_dates(text, published)
            if found.kind in ("date", "other")]


@pytest.mark.parametrize(("text", "carried"), [
    ("政府は2014年5月に方針を決めた。同年11月に協定を結んだ。", ("同年11月", "2014-11")),
    ("2008年に交渉が始まり、翌年3月に合意した。", ("翌年3月", "2009-03")),
    ("2010년 4월 협상이 시작됐다. 그해 9월 타결됐다.", ("그해 9월", "2010-09")),
    ("2010년 4월 협상이 시작됐다. 이듬해 1월 5일 서명했다.", ("이듬해 1월 5일", "2011-01-05")),
    ("2010년 4월 협상이 시작됐다. 같은 해 12월 발효됐다.", ("같은 해 12월", "2010-12")),
    ("Kato took office in 2011 and signed the treaty in November of that year.",
     ("November of that year", "2011-11")),
    ("Talks opened in 2011; the treaty was signed on March 3 of the following year.",
     ("March 3 of the following year", "2012-03-03")),
    ("Talks opened in May 2011 and the treaty took effect in June the same year.",
     ("June the same year", "2011-06")),
    # a page of 2023 looking back: "that November" is 2019's, not the November before the page
    ("Seoul said in August 2019 it would end the pact. Later that November, it relented.",
     ("that November", "2019-11")),
    ("The accord was struck in July 2014. That December, it was signed in Tokyo.",
     ("That December", "2014-12")),
])
def test_a_month_of_that_year_takes_the_year_named_before(text, carried):
    assert carried in dated(text)
    assert carried in dated(text, None)  # the page's date plays no part


@pytest.mark.parametrize(("text", "left"), [
    ("He signed the treaty in November of that year.", ("November of that year", None)),  # no year named
    ("同年11月に協定を結んだ。", ("同年11月", None)),
    ("Later that November, the notice was suspended.", ("that November", None)),
])
def test_with_no_year_named_before_it_stays_unresolved(text, left):
    assert left in dated(text)


@pytest.mark.parametrize(("text", "plain"), [
    ("Kato took office in 2011 and signed the treaty in November.", ("November", "2022-11")),  # the page's year
    ("2010년 4월 협상이 시작됐다. 지난해 9월 타결됐다.", ("지난해 9월", "2022-09")),
])
def test_other_months_are_read_as_before(text, plain):
    assert plain in dated(text)


@pytest.mark.parametrize("text", [
    "Officials in 2019 hoped that May would bring a deal.",  # a verb's subject, or Theresa May
    "Officials said in 2011 that March marks the start of the season.",
    "In 2016 the minister told the paper that April Kim agreed.",  # a name
])
def test_that_before_may_or_march_or_a_name_carries_no_year(text):
    assert not any(value and value.startswith(("2019-05", "2011-03", "2016-04")) for _, value in dated(text))
