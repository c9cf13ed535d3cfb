"""Timeline round 106: lost links on pages that print no date. A day of the month named alone in Korean, Japanese or
Chinese ("北朝鮮は6日、4回目の核実験を強行した", "지난달 27일 … 협상 재개를 발표한", "先月27日に…再推進を表明して") dates a
wording of the event's kind when it is the event's day of the month, nearest the wording in its clause, on a page that
names no year after the event's (`corpus.date_day_of_month`). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.date_day_of_month import _AHEAD_BEFORE, _DAY_ALONE, on_its_day_of_the_month
from corpus.event_rules import passage_reports
from corpus.events import load_event_specs
from corpus.happenings import find_happenings
from corpus.model import Passage
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_timeline_hundred_fourth_round import _linked  # (a page of one passage, through the timeline)

HBOMB = "北朝鮮は{day}、4回目の核実験を強行したと発表した。{year}の核実験に続くもの。"
RESUMED_KO = "정부가 {day} 일본과의 GSOMIA 협상 재개를 발표한 지 채 한 달이 지나지 않아 서명이 이뤄지는 셈이다."
RESUMED_JA = "政府が{day}に軍事情報保護協定(GSOMIA)の再推進を表明してから1か月もたたないうちに、交渉は決着する形となる。"


def _spec(event_id: str):
    return next(spec for spec in load_event_specs() if spec.id == event_id)


@pytest.mark.parametrize("text", [RESUMED_KO.format(day="지난달 27일"), RESUMED_JA.format(day="先月27日")])
def test_a_day_of_the_month_alone_links_the_event_on_a_page_of_no_date(text):
    assert _linked(text, None, "talks-resumed")
    assert not _linked(text.replace("27", "26"), None, "talks-resumed")  # another day


@pytest.mark.parametrize("text, event_id, linked", [
    (HBOMB.format(day="6日", year="2013年2月"), "fourth-nuclear-test", True),
    (HBOMB.format(day="7日", year="2013年2月"), "fourth-nuclear-test", False),  # another day
    (HBOMB.format(day="6日", year="2017年9月"), "fourth-nuclear-test", False),  # a year after the event's named
    (RESUMED_KO.format(day="지난달 26일"), "talks-resumed", False),  # another day
    (RESUMED_KO.format(day="다음달 27일"), "talks-resumed", False),  # next month: no day of a deed done
    (RESUMED_KO.format(day="내달 27일"), "talks-resumed", False),
    (RESUMED_KO.format(day="오는 27일"), "talks-resumed", False),  # the coming 27th
    (RESUMED_JA.format(day="来月27日"), "talks-resumed", False),
    (RESUMED_JA.format(day="10月27日"), "talks-resumed", False),  # a calendar date: the other rules read it
])
def test_the_day_must_be_the_event_s_named_alone_on_a_page_of_no_later_year(text, event_id, linked):
    spec = _spec(event_id)
    ways = [h for h in find_happenings(text) if h.kind == spec.kind and h.reported]
    assert ways and on_its_day_of_the_month(spec, text, ways) is linked


def test_only_the_day_nearest_the_wording_in_its_clause_and_named_alone_dates_it():
    resumed = _spec("talks-resumed")
    held = "한일 양국 정부는 이달 1일 도쿄, 9일 서울에서 과장급 실무협의를 두 차례 열어 문안에 합의했다."
    ways = [h for h in find_happenings(held) if h.kind == "resume" and h.reported]
    assert ways and not on_its_day_of_the_month(resumed, held, ways)  # the 9th is nearest, not the held 1st
    assert not on_its_day_of_the_month(resumed, RESUMED_JA.format(day="先月27日"), [])  # no wording
    assert not on_its_day_of_the_month(_spec("collapse-2012"), "6月29日", [])  # an event of a month


def test_a_headline_s_day_alone_dates_nothing():
    """A headline tells in a noun what is to come as often as what was done: the rule reads passages only."""
    signing, headline = _spec("signing"), "한일군사정보협정, 23일 서울서 한민구 장관·日대사 서명"

    def reports(number: int):
        passage = Passage("x", number, 0, len(headline), headline)
        return passage_reports(signing, passage, headline, find_happenings(headline), (), None, load_event_specs())

    assert reports(1) is not None and reports(0) is None


@pytest.mark.parametrize("text", ["6日", "23일", "지난달 27일", "지난 달 27일", "先月27日", "이달 1일", "上个月27日", "本月1日"])
def test_days_alone_are_read(text):
    assert _DAY_ALONE.fullmatch(text)


@pytest.mark.parametrize("text", ["1月6日", "10월 27일", "다음달 1일", "来月1日", "32日", "2016日"])
def test_days_with_their_month_or_ahead_are_not(text):
    assert not _DAY_ALONE.fullmatch(text)


def test_the_rule_reads_hostile_texts_quickly():
    for text in ("지난달 " * 25_000, "1" * 100_000 + "日", "先月" * 50_000, "上个" * 50_000, "이 달 " * 25_000, "오는 " * 30_000, "다음 " * 30_000):
        assert_each_reads_quickly([_DAY_ALONE, _AHEAD_BEFORE], text)
    long_clause = "政府が" + "先月27日、" * 10_000 + "再推進を表明した。"
    ways = [h for h in find_happenings(long_clause) if h.kind == "resume"]
    resumed = _spec("talks-resumed")
    assert_runs_quickly(lambda: on_its_day_of_the_month(resumed, long_clause, ways), limit=1.0,
                        what="on_its_day_of_the_month on 10,000 days")
