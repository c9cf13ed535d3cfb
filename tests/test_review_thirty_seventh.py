"""Review 37 (a maintainer's review): one reading of numbers in Chinese characters (corpus/cjk_numbers.py, for
corpus/intervals.py); a distance counted back from another listed event's day counts from the events the timeline was
given, not from the bundled list (corpus/event_distance.py), and so does a later event a page names
(corpus/dates_counted_from_the_page.py); "USA Today" (the outlet) is no day, for the date reader,
the "today" rule and the intake's "today, Tuesday, ..." (corpus/date_patterns.py NOT_AN_OUTLETS_NAME). Sentences
written for the purpose."""

from __future__ import annotations

import datetime
from dataclasses import replace

import pytest

from corpus.cjk_numbers import cjk_number
from corpus.date_patterns import RELATIVE_DAY
from corpus.date_told_today import _TODAY
from corpus.dates import find_dates
from corpus.dates_counted_from_the_page import on_its_weekday
from corpus.event_distance import the_one_listed_days
from corpus.intake.todays_date import _ENGLISH_TODAY, date_named_as_today
from corpus.intake.todays_weekday import _TODAY_WEEKDAY, date_by_todays_weekday
from corpus.intervals import days_after_in_chinese, days_after_in_cjk
from corpus.date_value import parse_date_value
from corpus.events import dated_mentions
from corpus.loader import article_from_raw
from index.timeline import timeline_of
from tests.test_timeline_eighteenth_round_pages import SPECS
from tests.test_timeline_seventy_seventh_round import CLOSING, told_today
from tests.hostile_timing import assert_runs_quickly

HOSTILE = (" " * 50_000, "USA Today " * 20_000, "USA " * 20_000 + "Today", "USA TODAY\x00\x07\x1b" * 10_000)


# 1. Numbers in Chinese characters, read one way


@pytest.mark.parametrize(("word", "value"), [
    ("三", 3), ("十", 10), ("十五", 15), ("二十", 20), ("两", 2), ("九十九", 99), ("12", 12),
    ("百", None), ("十十", None), ("三四", None), ("半", None), ("", None),
])
def test_one_reading_of_numbers_in_chinese_characters(word: str, value: int | None):
    assert cjk_number(word) == value


def test_japanese_and_chinese_distances_read_their_counts_alike():
    japanese = "交渉再開から三か月足らずで署名した"
    chinese = "此次签署距宣布恢复谈判仅过去三个月。"
    assert days_after_in_cjk(japanese, japanese.index("から"), len(japanese)) == (0, 93)
    assert days_after_in_chinese(chinese, 0, chinese.index("宣布"), chinese.index("谈判") + 2, len(chinese)) \
        == (62, 124)
    korean = "재개를 발표한 지 채 한 달이 지나지 않아 서명했다"  # a Korean count word, not a character's number
    assert days_after_in_cjk(korean, korean.index("발표한") + 3, len(korean)) == (0, 31)


# 3. The events a distance counts back from are the timeline's


DISTANCE = ("The cabinet passed the pact on Tuesday.\n\n"
            "Seoul signed the pact with Tokyo less than a month after it announced that talks would resume.")


def _with_the_signing(**changes) -> tuple:
    return tuple(replace(spec, **changes) if spec.id == "signing" else spec for spec in SPECS)


def _linked_with(specs: tuple, text: str, date: str) -> set[str]:
    known = {"id": "r37distance", "outlet": "Wire", "headline": "Story", "date": date, "date_precision": "day",
             "date_provenance": "given by the test"}
    article = article_from_raw(f"Story\n\n{text}\n", known, "test:r37")
    made = timeline_of((article,), {article.id: dated_mentions(article)}, specs, (("wire", "Wire"),))
    return {event.id for event in made.events if not event.proposed and event.coverage}


def test_a_distance_counts_back_from_the_signing_the_timeline_was_given():
    assert "talks-resumed" in _linked_with(SPECS, DISTANCE, "2019-08-23")  # the bundled signing, 23 Nov 2016
    # a list whose signing is a month later: "less than a month" before it is no longer the talks' days
    later = _with_the_signing(date=parse_date_value("2016-12-30"))
    assert "talks-resumed" not in _linked_with(later, DISTANCE, "2019-08-23")
    # a list with two signings: neither is the one listed day to count from
    twice = SPECS + (replace(next(s for s in SPECS if s.id == "signing"), id="second-signing", title="Signed again"),)
    assert "talks-resumed" not in _linked_with(twice, DISTANCE, "2019-08-23")


def test_the_listed_days_are_keyed_by_the_events_themselves():
    signing = next(s for s in SPECS if s.id == "signing")
    assert the_one_listed_days(SPECS)["sign"] == datetime.date(2016, 11, 23)
    moved = _with_the_signing(date=replace(signing.date, day=30))
    assert the_one_listed_days(moved)["sign"] == datetime.date(2016, 11, 30)  # same ids, another day
    assert the_one_listed_days(tuple(SPECS))["sign"] == datetime.date(2016, 11, 23)
    assert "sign" not in the_one_listed_days(SPECS + (replace(signing, id="again"),))
    assert the_one_listed_days(()) == {}


def test_a_later_event_named_is_one_of_the_events_given():
    fourth = next(s for s in SPECS if s.id == "fourth-nuclear-test")
    text = ("North Korea carried out its fourth nuclear test on Wednesday, drawing condemnation. Analysts compared "
            "it with the fifth nuclear test of the North.")
    about = (text.index("fourth"), text.index("fourth") + len("fourth"))
    assert not on_its_weekday(fourth, text, None, about, SPECS)  # the fifth, listed, is of a later week
    without_the_fifth = tuple(s for s in SPECS if s.id != "fifth-nuclear-test")
    assert on_its_weekday(fourth, text, None, about, without_the_fifth)  # named, but no event given


# 4. "USA Today" is an outlet's name, not a day


@pytest.mark.parametrize("text", [
    "USA Today reported that the two governments signed the pact.",
    "A USA TODAY reporter watched the ceremony.",
    "In an interview with USA Today, the minister defended the deal.",
])
def test_the_outlets_name_is_no_day(text: str):
    assert find_dates(text, datetime.date(2019, 8, 23)) == ()


@pytest.mark.parametrize(("text", "word"), [
    ("The two governments signed the pact today, officials told USA Today.", "today"),
    ("Troops stationed in the USA today face new rules.", "today"),  # a day, after the country's name
    ("TODAY the two governments signed the pact.", "TODAY"),
    ("USA. Today the two governments signed the pact.", "Today"),
])
def test_today_is_still_a_day_beside_it(text: str, word: str):
    found = find_dates(text, datetime.date(2019, 8, 23))
    assert [text[e.start:e.end] for e in found] == [word]
    assert found[0].value.iso() == "2019-08-23"


def test_the_today_rule_does_not_read_the_outlets_name():
    assert told_today("USA Today said Seoul decided to end the GSOMIA, its intelligence pact with Japan."
                      + CLOSING) is None
    assert told_today("Seoul decided today to end the GSOMIA, its intelligence pact with Japan, USA Today said."
                      + CLOSING) is not None


def test_the_intake_reads_no_todays_date_in_the_outlets_name():
    assert date_named_as_today(["USA TODAY, Tuesday, November 22, 2016"]) is None
    assert date_named_as_today(["Published today, Tuesday, November 22, 2016"]) is not None
    assert date_by_todays_weekday(["03/11/2016"], ["Speaking to USA Today (Thursday) the minister said so."]) is None
    assert date_by_todays_weekday(["03/11/2016"], ["Speaking today (Thursday) the minister said so."]) is not None


@pytest.mark.parametrize("text", HOSTILE, ids=("spaces", "outlet-name", "usa-runs", "controls"))
def test_hostile_text_is_read_quickly(text: str):
    def read() -> None:
        for pattern in (RELATIVE_DAY, _TODAY, _TODAY_WEEKDAY, _ENGLISH_TODAY):
            assert not any(True for _ in pattern.finditer(text))
        cjk_number(text[:100])
    assert_runs_quickly(read)
