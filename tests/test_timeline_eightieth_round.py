"""Timeline round 80 (issue 14): dates in the text that the resolver missed. A day whose year follows a comma with no
space ("April 10,2024", corpus/date_patterns.py); a month named alone in Chinese, Japanese or Korean ("4月に",
"韓國政府8月以", "11월에는", corpus/date_readers.py, `_cjk_month_alone`), in the year its sentence names before it
("그해 8월 ... 11월에는"; "翌8月": the first August after the month named), the coming one ("오는 3월"), of the page's
year in a clause that looks ahead ("11月に署名する予定", "12月末まで"), else placed as "in April" is. Beside them, the
forms that must not be read so: a number list, a fiscal term, an issue, a monthly, a range of months, a count of
months, a weekday's abbreviation, "翌" or "그해" with no month or year named before, next year's month, a plan's noun
told as past, a month with no page date. Each positive fails on `main`. Sentences written for the purpose."""

from __future__ import annotations

import datetime

import pytest

from corpus import date_patterns as p, date_patterns_foreign as foreign
from corpus.date_readers import RULES
from corpus.date_scan import Tokens, scoped_matches
from corpus.dates import find_dates
from tests.test_timeline_eighteenth_round_pages import linked
from tests.hostile_timing import assert_runs_quickly


def dates(text: str, published: datetime.date | None) -> list[tuple[str, str]]:
    """(text, ISO value) of each date `find_dates` resolves in `text`."""
    return [(found.text, found.value.iso()) for found in find_dates(text, published) if found.kind == "date"]


@pytest.mark.parametrize("text, published, expected", [
    ("Voters went to the polls on Wednesday, April 10,2024, in a cold rain.", None,
     ("Wednesday, April 10,2024", "2024-04-10")),
    ("The museum reopened on 3 March,2021 after repairs.", None, ("3 March,2021", "2021-03-03")),
    ("4月に北朝鮮が長距離ミサイルを発射し、日本側は協定の締結を急いだ。", datetime.date(2012, 6, 27), ("4月", "2012-04")),
    ("韓國政府8月宣布不再續簽該協定。", datetime.date(2019, 11, 26), ("8月", "2019-08")),
    ("일본은 2019년 규제를 걸었다. 정부는 그해 8월 종료를 통보했고, 11월에는 그 효력을 정지했다.", datetime.date(2023, 3, 21),
     ("11월", "2019-11")),
    ("日本は2019年7月に輸出規制を強め、翌8月に韓国は協定の破棄を通告した。", datetime.date(2023, 3, 18),
     ("翌8月", "2019-08")),
    ("両国は2019年12月に協議を始め、翌1月に合意した。", datetime.date(2023, 3, 18), ("翌1月", "2020-01")),
    ("両国は11月に協定に署名する予定だ。", datetime.date(2016, 5, 10), ("11月", "2016-11")),
    ("양국은 11월에 협정에 서명할 계획이다.", datetime.date(2016, 5, 10), ("11월", "2016-11")),
    ("两国将于11月签署该协定。", datetime.date(2016, 5, 10), ("11月", "2016-11")),
    ("새 규정은 오는 3월부터 시행된다.", datetime.date(2022, 5, 9), ("오는 3월", "2023-03")),
    ("割引は12月末まで続く。", datetime.date(2017, 10, 23), ("12月末", "2017-12")),
    ("다음 회담은 빠르면 10월 말 열린다.", datetime.date(2018, 8, 26), ("10월 말", "2018-10")),
], ids=["en-comma-no-space", "en-day-first-comma", "ja-month", "zh-month", "ko-month-of-that-year",
        "ja-following-month", "ja-following-january", "ja-ahead", "ko-ahead", "zh-ahead", "ko-coming",
        "ja-until", "ko-as-early-as"])
def test_a_date_the_resolver_missed_is_read(text: str, published: datetime.date | None, expected: tuple[str, str]):
    assert expected in dates(text, published)


@pytest.mark.parametrize("text, published", [
    ("The scores were April 10,2024,2025 and 3,000.", None),
    ("4月に北朝鮮がミサイルを発射した。", None),  # no page date: not placed
    ("同社の3月期決算と5月号の特集、월간 보고서.", datetime.date(2016, 5, 10)),
    ("1~2월과 6개월 동안, 15일(월) 회의.", datetime.date(2016, 5, 10)),
    ("両国は翌8月に協議を再開した。", datetime.date(2016, 5, 10)),  # "the following August" of no month named
    ("정부는 그해 8월 종료를 통보했고, 11월에는 그 효력을 정지했다.", datetime.date(2023, 3, 21)),  # "that year": none named
    ("양국은 협정을 내년 11월까지 연장하기로 했다.", datetime.date(2017, 8, 25)),  # next year's: not read
    ("5月末の会議で6月末までの締結方針が固まった。", datetime.date(2012, 7, 5)),  # a plan's noun, told as past
], ids=["number-list", "no-page-date", "fiscal-issue-monthly", "range-count-weekday", "following-of-nothing",
        "that-year-of-none", "next-year", "plan-noun-told-as-past"])
def test_forms_that_are_not_a_month_of_a_known_year_are_not_read(text: str, published: datetime.date | None):
    found = dates(text, published)
    assert not [value for _, value in found if value in ("2024", "2024-04-10", "2012-04", "2013-05", "2013-06")], found
    assert not [spelt for spelt, _ in found if spelt.endswith(("月", "월"))], found


def test_a_month_told_as_done_stays_in_the_past_and_a_plan_ahead_in_english_too():
    assert ("8月", "2015-08") in dates("8月に破棄を通告したが、11月に延長する方針だ。", datetime.date(2016, 5, 10))
    assert ("Nov. 23", "2016-11-23") in dates("The pact expires Nov. 23.", datetime.date(2016, 8, 10))


def test_a_page_of_later_years_links_the_month_of_the_year_its_sentence_names():
    page = ("한일 군사정보보호협정(GSOMIA)이 정상화됐다.\n\n일본은 2019년 수출규제를 걸었다. 이에 정부는 그해 8월 일본에 "
            "지소미아 종료를 통보했고, 11월에는 종료 통보의 효력을 정지했다.")
    assert "termination-suspended-2019" in linked((page, "2023-03-21"))


def _scan(pattern, text: str, read: bool = True) -> None:
    reader = dict(RULES)[pattern]
    for match in scoped_matches(pattern, text, Tokens(text)):
        if read:
            reader(match, text)


@pytest.mark.parametrize("hostile", [
    " " * 50_000, "4月に" * 20_000, "8月 " * 20_000, "翌8月、" * 10_000, "그해 8월, " * 10_000, "2019年、8月は" * 10_000,
    "8月に署名する予定" * 10_000, "\x00\x07월" * 20_000,
], ids=["spaces", "month-repeated", "month-and-day-repeated", "following-repeated", "that-year-repeated",
        "year-and-month-repeated", "plan-repeated", "control-characters"])
def test_a_month_alone_is_read_quickly_on_hostile_texts(hostile: str):
    # linear: 0.03-0.09 s measured; quadratic would be seconds
    assert_runs_quickly(lambda: _scan(foreign.CJK_MONTH_ALONE, hostile), limit=0.3)


# (the day's pattern only: its reader, `_yearless`, is unchanged, and costs seconds on these texts on `main` as well)
@pytest.mark.parametrize("hostile", ["April 10," * 10_000, "April 10,2024" * 5_000, "April " * 20_000])
def test_a_year_after_a_comma_is_matched_quickly_on_hostile_texts(hostile: str):
    assert_runs_quickly(lambda: _scan(p.DAY_PATTERNS[0], hostile, read=False), limit=0.3)
