"""Review 47 (a maintainer's review of session 34's rounds): a count of years back read from the page's year when the
text counts it from a year named before it (timeline round 104, `corpus.date_years_ago`); a day of the month named
alone after another month named in its sentence (timeline round 106, `corpus.date_day_of_month`); a commenter's stamp
under a comment thread's heading read as the post's (intake round 103, `signed_posting_stamp`)."""

from __future__ import annotations

import datetime

import pytest

from corpus.date_day_of_month import _MONTH_ALONE, on_its_day_of_the_month
from corpus.date_years_ago import YEARS_AGO, years_ago
from corpus.events import load_event_specs
from corpus.happenings import find_happenings
from corpus.intake.posting_stamps import _COMMENTS_HEADING, under_comments_heading
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_intake_hundred_third_round import _page, described

ANCHOR = datetime.date(2019, 11, 22)


def _counted(text: str) -> int | None:
    match = YEARS_AGO.search(text)
    candidate = years_ago(match, text)
    return candidate.resolve(ANCHOR).year if candidate.kind == "date" else None


# A count of years from another year than the page's (fails on main: each read as 2015), and from the page's (2015)

FROM_ANOTHER_YEAR = ("2012年の4年前に署名の直前で先送りとなった",  # four years before 2012
                     "2016年当時、その4年前に署名を先送りした",  # four years before then
                     "2016년 11월 서명됐다. 그 4년 전에 서명을 미뤘다", "2012년의 4년 전에 서명을 미뤘다", "그로부터 4년 전에 서명을 미뤘다")
FROM_THE_PAGE = ("韓国政府は4年前に署名の直前で先送りとなった", "日本の4年前の決定を覆した",  # a noun's の, not a year's
                 "정부는 4년 전에 서명을 미뤘다", "그는 4년 전에 서명을 미뤘다")  # "he", not "that"


def test_a_count_of_years_back_is_the_page_s_unless_counted_from_a_year_named_before_it():
    assert [_counted(text) for text in FROM_ANOTHER_YEAR] == [None] * len(FROM_ANOTHER_YEAR)
    assert [_counted(text) for text in FROM_THE_PAGE] == [2015] * len(FROM_THE_PAGE)


# A day alone after another month named in its sentence (fails on main: the 27th of September linked October's event)

@pytest.mark.parametrize("text, linked", [
    ("정부가 9월에 일본과 접촉했고, 27일 GSOMIA 협상 재개를 발표했다.", False),
    ("政府は9月に日本と接触し、27日に軍事情報保護協定(GSOMIA)の再推進を表明した。", False),
    ("정부가 지난 9월 일본과 접촉한 뒤 27일 GSOMIA 협상 재개를 발표했다.", False),
    ("정부가 10월에 일본과 접촉했고, 27일 GSOMIA 협상 재개를 발표했다.", True),  # the event's own month
    ("정부가 3개월 만에 27일 GSOMIA 협상 재개를 발표했다.", True),  # a count of months, no month
    ("정부가 지난달 27일 일본과의 GSOMIA 협상 재개를 발표했다.", True),
])
def test_a_day_alone_after_another_month_named_in_its_sentence_is_not_the_event_s(text, linked):
    spec = next(spec for spec in load_event_specs() if spec.id == "talks-resumed")  # 27 October 2016
    ways = [way for way in find_happenings(text) if way.kind == spec.kind and way.reported]
    assert ways and on_its_day_of_the_month(spec, text, ways) is linked


# A commenter's stamp under a comment thread's heading (fails on main: the comment's day dated the page)

@pytest.mark.parametrize("heading", ["Comments", "3 comments:", "Responses", "Leave a Reply"])
def test_a_stamp_under_a_comment_thread_s_heading_dates_nothing(heading):
    page = _page(heading, "I never trusted the ministry on this.", "Posted by: Kim Lee 2019-11-23")
    assert described(page).get("date") is None


def test_a_stamp_without_a_comment_heading_above_it_still_dates():
    page = _page("Comments are closed on the ministry's own site, officials said.", "Posted by: Jane Roe 2013-04-09")
    assert described(page)["date"] == "2013-04-09"
    closing = ("Posted by: Jane Roe 2013-04-09", "3 comments:", "Nice.")
    assert not under_comments_heading("Posted by: Jane Roe 2013-04-09", closing)  # the post's, above the thread
    assert under_comments_heading("Nice.", closing)


def test_the_new_wordings_read_hostile_texts_quickly():
    for text in ("年の" * 50_000 + "4年前", "その" * 50_000 + "4年前", "그 " * 50_000 + "4년 전", "9" * 100_000 + "年の4年前"):
        assert_runs_quickly(lambda: [years_ago(match, text) for match in YEARS_AGO.finditer(text)], what=text[:8])
    assert_each_reads_quickly([_MONTH_ALONE], "9 " * 50_000 + "월")
    assert_each_reads_quickly([_COMMENTS_HEADING], "3 " + " " * 100_000 + "comments x")
    assert_each_reads_quickly([_COMMENTS_HEADING], "leave " + " " * 100_000 + "a")
