"""Timeline round 25, from the misses of the even halves of holdout32 and holdout33: a notice's effect
halted after a demonstrative in Chinese ("中止該通知的效力"), the effect made to stop or stopped by a
letter sent in Japanese ("効力を停止させた", "...を停止させる書簡を送った"), letters withdrawn after a
decision to ("書簡2件を撤回すると決め、...伝えた": the 2023 normalization) (corpus/happening_words*.py);
an undated page of another story dated by a listed event of it only on a weekday it names
(corpus/date_weekdays.py, corpus/date_estimate.py). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


@pytest.mark.parametrize(("text", "kind"), [
    ("韓方其後改為暫停該通知的效力。", "extend"),
    ("首尔后来中止了这一“终止通知”的效力。", "extend"),
    ("政府は終了を通告し、その後その効力を停止させた。", "extend"),
    ("外交部は同年11月、通知の効力を停止させる書簡を日本側に送った。", "extend"),
    ("外交部は2019年に送った書簡2件を撤回すると決め、日本政府に伝えた。", "normalize"),
])
def test_more_wordings_of_done(text, kind):
    assert reported(text, kind)


@pytest.mark.parametrize(("text", "kind"), [
    ("韓方將暫停該通知的效力。", "extend"),
    ("外交部は通知の効力を停止させる書簡を送る方針だ。", "extend"),
    ("野党は政府に書簡2件を撤回するよう求めた。", "normalize"),
])
def test_wordings_that_are_not_of_done(text, kind):
    assert not reported(text, kind)


def test_a_notice_halted_after_a_demonstrative_links_the_suspension():
    page = "2019年8月，韓國政府通知日方終止軍情協定，之後又改為中止這一“通知效力”，協定照常運作。"
    assert {"termination-decision-2019", "termination-suspended-2019"} <= linked((page, "2023-03-20"))


def test_a_japanese_letter_that_stopped_the_notice_links_the_suspension():
    page = ("外交部は2019年8月、書簡で日本政府に協定の終了を通知し、同年11月には終了通知の効力を停止させる"
            "書簡を改めて送った。")
    assert "termination-suspended-2019" in linked((page, "2023-03-22"))


def test_an_undated_page_of_another_story_is_dated_on_a_weekday_it_names():
    page = ("PYONGYANG, April 13 (Wire) -- North Korea admitted on Friday that the long-range rocket it launched "
            "at dawn had failed, its satellite lost at sea.")
    assert "rocket-april-2012" in linked((page, None))
    thursday = page.replace("Friday", "Thursday")  # 13 April 2012 was a Friday: some other April's rocket
    assert "rocket-april-2012" not in linked((thursday, None))
    no_weekday = page.replace(" on Friday", "")
    assert "rocket-april-2012" not in linked((no_weekday, None))


def test_a_weekday_alone_dates_no_page_of_another_story():
    # (round 29: "a fifth nuclear test" names one test, which a page that prints no date reports)
    # (round 41: the test's own weekday, Friday, dates it; another weekday still dates nothing)
    page = "Seismologists said North Korea carried out a nuclear test on Thursday, the fifth and strongest so far."
    assert "fifth-nuclear-test" not in linked((page, None))
    swap = ("Seoul and Tokyo broke off talks on Friday on renewing their currency swap deal, officials said, "
            "weeks before its signing had been due.")
    assert "collapse-2012" not in linked((swap, None))
