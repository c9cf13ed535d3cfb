"""Timeline round 29, from the odd half of holdout44: an ordinal names one nuclear test ("its fourth
nuclear test", "4차 핵실험", "4回目の核実験", "第四次核试验", the `once` names in corpus/events.json), so a
page that tells of it as done and prints no date, or a later one, reports it; an atomic test, a
hydrogen bomb's test and a test of an H-bomb word a nuclear test, and so does the Japanese passive
(corpus/happening_words.py, corpus/happening_words_stems.py); the day of saying that is the event's own
day agrees ("said on January 6, 2016 that it had set off ...", corpus/event_rules.py); a counted
anniversary names the event and dates its page (corpus/date_anniversary.py); a decision's effect
stopped and a decision announced in Korean. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


@pytest.mark.parametrize(("page", "event"), [
    ("Seismologists say the blast was bigger than the one of North Korea's fourth nuclear test, which it "
     "conducted under a mountain in the north-east.", "fourth-nuclear-test"),
    ("The sanctions answer the fifth and largest nuclear test the North carried out.", "fifth-nuclear-test"),
    ("정부는 북한의 4차 핵실험 이후 대북 제재를 강화했다.", "fourth-nuclear-test"),
    ("北朝鮮が強行した5回目の核実験を受け、政府は制裁を強めた。", "fifth-nuclear-test"),
    ("安理会就朝鲜第四次核试验通过了新的制裁决议。", "fourth-nuclear-test"),
])
def test_an_ordinal_names_one_test_on_an_undated_page(page, event):
    assert event in linked((page, None))


def test_an_ordinal_test_before_it_happened_is_not_it():
    page = ("Seismologists say the blast was bigger than the one of North Korea's fourth nuclear test, which it "
            "conducted under a mountain in the north-east.")
    assert "fourth-nuclear-test" not in linked((page, "2015-06-01"))
    assert "fourth-nuclear-test" in linked((page, "2016-03-01"))


@pytest.mark.parametrize("page", [
    "Analysts say North Korea is preparing to carry out its fourth nuclear test at the site.",
    "Seoul warned of a possible fifth nuclear test at the site.",
    "북한이 4차 핵실험을 준비하고 있다는 분석이 나왔다.",
    "북한이 5차 핵실험을 감행할 가능성이 있다.",
])
def test_a_planned_ordinal_test_is_no_happening(page):
    assert not {"fourth-nuclear-test", "fifth-nuclear-test"} & set(linked((page, None)))
    done = "Analysts say North Korea carried out its fourth nuclear test at the site."
    assert "fourth-nuclear-test" in linked((done, None))


def test_another_ordinal_names_no_listed_test():
    page = "North Korea carried out its sixth nuclear test, which it said was of a hydrogen bomb."
    assert not {"fourth-nuclear-test", "fifth-nuclear-test"} & set(linked((page, None)))
    assert "fifth-nuclear-test" in linked((page.replace("sixth", "fifth"), None))


@pytest.mark.parametrize("text", [
    "Pyongyang carried out its fifth atomic test on Friday.",
    "In January the North said it had carried out a successful hydrogen bomb test.",
    "In January the DPRK tested what it called its first H-bomb.",
    "同地では今年1月までに4回の核実験が行われている。",
])
def test_more_wordings_of_a_nuclear_test(text):
    assert reported(text, "nuclear-test")


def test_an_h_bomb_test_planned_stays_a_plan():
    assert not reported("The North vowed to test a hydrogen bomb soon.", "nuclear-test")
    assert reported("The North tested a hydrogen bomb in January.", "nuclear-test")


def test_the_day_of_saying_that_is_the_events_day_agrees():
    page = ("Pyongyang said on January 6, 2016 that it had set off a hydrogen bomb, its fourth nuclear test. A "
            "test had been expected since Kim Jong Un's claim in December 2015 that the country had such a bomb.")
    assert "fourth-nuclear-test" in linked((page, "2016-01-07"))
    assert "fourth-nuclear-test" not in linked((page.replace("January 6", "January 9"), "2016-01-10"))


@pytest.mark.parametrize("page", [
    "Marines held a drill on Monday, the fifth anniversary of the North's artillery attack on Yeonpyeong Island.",
    "Marines held a drill on the 5th anniversary of the shelling of Yeonpyeong Island.",
])
def test_a_counted_anniversary_names_the_event_and_its_year(page):
    assert "yeonpyeong-shelling" in linked((page, None))
    assert "yeonpyeong-shelling" in linked((page, "2015-11-23"))
    assert "yeonpyeong-shelling" not in linked((page, "2016-11-23"))


def test_a_korean_counted_anniversary():
    page = "북한의 연평도 포격 도발 6주기인 23일 대전현충원에서 추모식이 열렸다."
    assert "yeonpyeong-shelling" in linked((page, None))
    assert "yeonpyeong-shelling" in linked((page, "2016-11-23"))
    assert "yeonpyeong-shelling" not in linked((page, "2014-11-23"))


@pytest.mark.parametrize(("text", "kind"), [
    ("청와대는 지소미아 종료 결정의 효력을 멈추기로 했다.", "extend"),
    ("정부는 지소미아 종료 결정을 발표한 바 있다.", "terminate"),
])
def test_a_korean_decision_stopped_and_announced(text, kind):
    assert reported(text, kind)
