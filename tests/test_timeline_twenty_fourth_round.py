"""Timeline round 24, from the misses of the odd halves of holdout32 and holdout33: a saying dated
"late on Friday" (corpus/events.py); of two years a weekday fits, not one before a listed event the
page reports (corpus/date_estimate.py); the pact's effect stopped in Korean, a notice of ending and
a notice's effect stopped in Chinese, a rocket fired in Japanese, Korean and Chinese
(corpus/happening_words*.py); Chinese "當年8月" in the year named before it (corpus/date_carried.py);
a wording after "then" or "later" is not dated by the dates before that word
(corpus/dates_of_other_verbs.py); a title that lost its verb with a saying, and a byline's bracket
left open (index/title_worth.py, corpus/event_titles.py). Sentences written for the purpose."""

from __future__ import annotations

import datetime

import pytest

from corpus.dates import find_dates

from corpus.event_titles import event_title
from index.title_worth import worth_proposing
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked, proposed
from tests.test_timeline_twentieth_round import _estimate


def test_a_saying_late_on_a_weekday_dates_an_undated_page():
    page = ("In a sudden turn, Seoul said late on Friday that it would keep its military intelligence pact with "
            "Japan alive.\n\nIt had said in August that it would not renew the pact.")
    assert _estimate(page, "termination-suspended-2019") == "2019-11-22"
    assert {"termination-decision-2019", "termination-suspended-2019"} <= linked((page, None))


def test_of_two_years_a_weekday_fits_not_one_before_what_the_page_reports():
    page = ("South Korea had threatened to walk out of the General Security of Military Information Agreement at "
            "midnight Friday.\n\nSeoul reversed course on Friday shortly before a midnight deadline to leave the "
            "General Security of Military Information Agreement, a three-year-old pact with Japan. The turnaround "
            "came after Tokyo agreed to reopen talks on the export controls that had prompted Seoul's decision to "
            "leave the pact.")
    assert _estimate(page, "termination-suspended-2019") == "2019-11-22"
    assert "collapse-2012" not in linked((page, None))
    signing = ("Seoul pulled out of the signing of the military intelligence pact with Japan at the last minute on "
               "Friday, an hour before the ceremony.")
    assert "termination-suspended-2019" not in linked((signing, None))


@pytest.mark.parametrize(("text", "kind"), [
    ("문재인 정부는 2019년 8월 지소미아의 효력을 멈춰 세웠다.", "terminate"),
    ("정부는 그해 협정의 효력도 정지시켰습니다.", "terminate"),
    ("韩国政府当年8月通知日方终止该协定。", "terminate"),
    ("韓國政府隨即通告日本終止軍情協定。", "terminate"),
    ("随后韩方又改口中止了“通知效力”。", "extend"),
    ("北朝鮮は13日朝、長距離弾道ミサイルを発射したが、直後に爆発した。", "launch"),
    ("북한은 13일 오전 장거리 로켓을 발사했다.", "launch"),
    ("朝鲜13日发射了一枚远程火箭。", "launch"),
])
def test_more_wordings_of_done(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("정부는 일본에 보낸 통보의 효력을 정지시켰다.", "terminate"),  # a notice's effect, not the pact's
    ("韩国政府将通知日方终止该协定。", "terminate"),
    ("韩方将暂停终止通知的效力。", "extend"),
    ("北朝鮮は近くミサイルを発射する構えを見せている。", "launch"),
    ("북한이 로켓을 발사할 예정이다.", "launch"),
])
def test_wordings_that_are_not_of_done(text, kind):
    assert not reported(text, kind)


def test_that_years_month_in_chinese_is_in_the_year_named_before():
    page = "2019年7月，日本限制对韩出口。文在寅政府当年8月通知日方终止军情协定。"
    assert "termination-decision-2019" in linked((page, "2023-03-18"))
    unnamed = "文在寅政府当年8月通知日方终止军情协定。"  # no year named: the month is no 2023's
    assert not [found for found in find_dates(unnamed, datetime.date(2023, 3, 18))
                if found.kind == "date" and found.value.iso().startswith("2023")]
    # (the page still reports the 2019 decision, told again by the pact's short name: timeline round 81)


def test_a_wording_after_then_is_not_dated_by_the_dates_before():
    chinese = "2019年8月，文在寅政府通知日方终止军情协定，随后又改口中止“通知效力”。"
    assert "termination-suspended-2019" in linked((chinese, "2023-03-18"))
    english = ("In August 2019 Seoul notified Tokyo that it would end the pact, but it later conditionally "
               "suspended the termination.")
    assert "termination-suspended-2019" in linked((english, "2023-03-18"))
    # a date before "then" that is later than the event still objects
    later = "In March 2023, Seoul restored the pact; it then conditionally suspended the termination."
    assert "termination-suspended-2019" not in linked((later, "2023-03-18"))


def test_a_rocket_fired_in_japanese_is_linked():
    page = "北朝鮮は13日朝、長距離弾道ミサイルを発射したが、直後に爆発した。"
    assert "rocket-april-2012" in linked((page, "2012-04-13"))
    assert "rocket-april-2012" not in linked((page, "2013-02-13"))


def test_a_title_that_lost_its_verb_with_the_saying_is_not_proposed():
    sentence = ("Law360 (September 16, 2019, 8:16 PM EDT) -- South Korea told the World Trade Organization on Monday "
                "that Japan's export curbs break trade rules.")
    dateline, verb = sentence.index("September"), sentence.index("told")
    title = event_title(sentence, (dateline, dateline + 18))  # "Trade Organization on Monday that ..."
    assert not worth_proposing(sentence, (verb, verb + 4), title)
    kept = "South Korea told the World Trade Organization that Japan's export curbs break…"
    assert worth_proposing(sentence, (verb, verb + 4), kept)


def test_a_bylines_bracket_left_open_goes_with_the_dateline():
    page = ("Pacific Rim Bureau ( - A long standoff over the port strike came to an end Friday, when the union "
            "voted to accept the offer.")
    assert proposed((page, "2008-07-07")) == ["A long standoff over the port strike came to an end"]
