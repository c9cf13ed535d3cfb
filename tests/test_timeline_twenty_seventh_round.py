"""Timeline round 27, from the misses of the odd half of holdout36: a rocket's launch worded as its
"firing of" a missile or as "lifted off" (corpus/happening_words.py); North Korea's fourth and fifth
nuclear tests named by the count of tests carried out ("has carried out four nuclear tests", "네 차례
핵실험", "4回の核実験", "四次核试验": corpus/events.json); last month or this one with no day in Korean,
Japanese, Chinese ("지난달 4차 핵실험", "先月", "上个月": corpus/date_patterns_foreign.py); "to" before an
article is a preposition, no plan ("in answer to the fifth nuclear test": corpus/happenings.py); "the three
countries signed" a memorandum names the trilateral arrangement of 2014 (corpus/events.json; not "are
putting the finishing touches on" one).
Sentences written for the purpose."""

from __future__ import annotations

import pytest

import datetime

from corpus.dates import DateValue, find_dates
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


@pytest.mark.parametrize("text", [
    "The sanctions followed Thursday's failed firing of a long-range missile by the North.",
    "The Unha-3 lifted off from the west coast at dawn and broke up over the sea.",
    "The Taepodong blasted off shortly after 7 a.m. local time.",
])
def test_more_wordings_of_a_launch(text):
    assert reported(text, "launch")


@pytest.mark.parametrize("text", [
    "The rocket will lift off next week, state media said.",
])
def test_launches_not_done(text):
    assert not reported(text, "launch")


def test_a_failed_firing_links_the_april_2012_rocket():
    page = "Aid was cut after Friday morning's failed firing of a long-range missile, the White House said."
    assert "rocket-april-2012" in linked((page, "2012-04-14"))


@pytest.mark.parametrize(("page", "published", "event"), [
    ("Pyongyang has now carried out four nuclear tests, the latest of them in its north-east.", "2016-01-08",
     "fourth-nuclear-test"),
    ("북한은 지금까지 네 차례 핵실험을 실시했다.", "2016-01-07", "fourth-nuclear-test"),
    ("北朝鮮はこれまでに4回の核実験を行った。", "2016-01-09", "fourth-nuclear-test"),
    ("朝鲜迄今已进行了五次核试验。", "2016-09-11", "fifth-nuclear-test"),
    ("North Korea has conducted five nuclear tests since 2006.", "2016-09-10", "fifth-nuclear-test"),
])
def test_a_count_of_tests_names_the_latest(page, published, event):
    """Reported in the days after the test (a count with no date of its own, later, is a later
    report's: the tests are not once-only events)."""
    assert event in linked((page, published))


def test_a_count_of_tests_before_the_test_links_nothing():
    page = "Pyongyang has now carried out four nuclear tests, the latest of them in its north-east."
    assert "fourth-nuclear-test" not in linked((page, "2015-11-10"))
    plan = "Analysts say Pyongyang could carry out five nuclear tests more before it has a working warhead."
    assert "fifth-nuclear-test" not in linked((plan, "2016-09-10"))


@pytest.mark.parametrize(("text", "month"), [
    ("지난달 4차 핵실험 때처럼 이번에도 성공을 주장했다.", DateValue(2016, 1)),
    ("先月の核実験に続く発射だった。", DateValue(2016, 1)),
    ("上个月的核试验之后，安理会开会。", DateValue(2016, 1)),
    ("上個月的核試驗之後", DateValue(2016, 1)),
    ("이달 발사는 두 번째다.", DateValue(2016, 2)),
])
def test_last_month_alone_in_korean_japanese_chinese(text, month):
    assert [e.value for e in find_dates(text, datetime.date(2016, 2, 7))] == [month]


def test_a_day_of_last_month_and_the_moon_stay_as_they_were():
    assert [e.value for e in find_dates("지난달 27일 밝혔다", datetime.date(2016, 2, 7))] == [DateValue(2016, 1, 27)]
    assert find_dates("人类首次登上月球。", datetime.date(2016, 2, 7)) == ()


def test_last_months_test_links_it_in_korean():
    page = "북한은 7일 장거리 미사일을 쏘아 올렸다. 지난달 4차 핵실험 때처럼 이번에도 완전 성공을 내세웠다."
    assert "fourth-nuclear-test" in linked((page, "2016-02-07"))


@pytest.mark.parametrize("text", [
    "The council acted in answer to the fifth nuclear test it carried out on September 9, 2016.",
    "Sanctions came in answer to the nuclear test the North set off in September.",
])
def test_to_before_an_article_is_no_plan(text):
    assert reported(text, "nuclear-test")


def test_a_test_answered_is_linked():
    page = ("The council adopted the resolution on November 30, 2016 in answer to the fifth nuclear test it carried "
            "out on September 9, 2016.")
    assert "fifth-nuclear-test" in linked((page, "2016-11-30"))


@pytest.mark.parametrize("text", [
    "Pyongyang vowed to set off a hydrogen bomb.",
    "Seoul has asked Pyongyang not to conduct a nuclear test.",
])
def test_to_before_a_verb_still_plans(text):
    assert not reported(text, "nuclear-test")


def test_the_three_countries_name_the_trilateral_arrangement():
    page = ("The three countries signed a memorandum of understanding in December under which they may pass one "
            "another secrets on the North's missiles.")
    assert "trilateral-arrangement-2014" in linked((page, "2015-06-25"))
    assert "trilateral-arrangement-2014" not in linked((page.replace("in December", "in March"), "2015-06-25"))
