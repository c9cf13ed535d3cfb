"""Timeline round 36 (the even half of holdout62): "a nuclear bomb test" is a nuclear test
(corpus/happening_words.py); a Korean briefing's note ending a line ("… 의결", "… 연기됨", "… 의결함": 개조식)
words its happening as done (`KO_PAST`, corpus/happening_words_stems.py); a Japanese notice stopped along
with another thing ("通告の効力と…の手続きをともに停止すると発表") is the suspension, and a launch pushed
through ("発射を強行した") a launch (corpus/happening_words_languages.py); a title told inside "shows … where
…" is no proposal (index/title_worth.py). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from index.title_worth import worth_proposing
from tests.test_timeline_eighteenth_round_pages import linked, proposed


@pytest.mark.parametrize("text", [
    "Pyongyang announced that it had carried out a fifth nuclear bomb test.",
    "The atomic bomb test was the North's most powerful so far.",
    "A nuclear-bomb test shook the mountain.",
])
def test_a_nuclear_bomb_test_is_a_nuclear_test(text):
    assert reported(text, "nuclear-test")


def test_a_nuclear_bomb_test_links_its_listed_test():
    page = ("North Korea said on Sept. 9, 2016, that it had carried out its fifth nuclear bomb test, "
            "and neighbours condemned it.")
    assert "fifth-nuclear-test" in linked((page, "2016-09-10"))


@pytest.mark.parametrize("text", [
    "Analysts fear a sixth nuclear bomb test could come within weeks.",
    "The North may be preparing another nuclear bomb test.",
])
def test_a_nuclear_bomb_test_ahead_is_none(text):
    assert not reported(text, "nuclear-test")


def test_another_countrys_old_bomb_test_links_no_listed_test():
    page = "The United States held its first atomic bomb test in the New Mexico desert in July 1945."
    assert not {"fourth-nuclear-test", "fifth-nuclear-test"} & linked((page, "2016-09-10"))


@pytest.mark.parametrize(("text", "kind"), [
    ("○ 2012년 6월 26일 국무회의에서 한일 정보보호협정을 비공개 안건으로 의결\n- 야당이 반발했다", "approve"),
    ("○ 6월 29일 협정 서명이 직전에 연기됨\n- 여론이 나빠졌다", "collapse"),
    ("- 국무회의에서 협정안을 의결함.\n- 야당은 반대했다", "approve"),
])
def test_a_briefings_note_ending_a_line_is_done(text, kind):
    assert reported(text, kind)


def test_a_briefings_note_links_its_listed_event():
    page = ("I. 경과\n○ 2012년 6월 26일 국무회의에서 한일 정보보호협정이 즉석 안건으로 의결\n"
            "- 야당과 시민단체가 반발했다")
    assert "cabinet-approval-2012" in linked((page, None))


@pytest.mark.parametrize(("text", "kind"), [
    ("국무회의 의결 이후 야당의 반발이 거세졌다.", "approve"),  # a noun inside the sentence
    ("서명이 연기됨에 따라 혼란이 커졌다.", "collapse"),  # the note ending inside the sentence
    ("○ 협정 서명 연기 검토\n- 결론은 나지 않았다", "collapse"),  # the line ends on another word
])
def test_a_note_ending_inside_a_line_is_not_one(text, kind):
    assert not reported(text, kind)


@pytest.mark.parametrize("text", [
    "韓国は22日、GSOMIA終了通告の効力とWTO提訴の手続きをともに停止すると発表した。",
    "政府は通知の効力と提訴の手続きを停止した。",
])
def test_a_notice_stopped_with_another_thing_is_the_suspension(text):
    assert reported(text, "extend")


@pytest.mark.parametrize("text", [
    "韓国は通告の効力とWTO提訴の手続きをともに停止するかどうかを検討している。",
    "通告の効力と提訴の手続きを停止する必要があるとの声も出た。",
])
def test_a_stop_weighed_is_none(text):
    assert not reported(text, "extend")


def test_where_a_thing_happened_shown_on_a_map_is_no_proposal():
    page = ("A ministry official in Seoul shows on a map where the tremors in North Korea began, at the weather "
            "agency on September 9, 2016.")
    assert not any("tremors" in title for title in proposed((page, "2016-09-09")))


def test_the_happening_told_plainly_is_still_worth_proposing():
    sentence = "The tremors in North Korea began on September 9, 2016."
    at = sentence.index("began")
    assert worth_proposing(sentence, (at, at + len("began")), "The tremors in North Korea began")


def test_a_launch_pushed_through_is_done():
    assert reported("4月13日に人工衛星と称するロケットの発射を強行した北朝鮮に、安保理は非難声明を出した。", "launch")


@pytest.mark.parametrize("text", [
    "北朝鮮がロケットの発射を強行すれば、追加の制裁を科す。",
    "北朝鮮はロケットの発射を強行する構えを見せている。",
])
def test_a_launch_to_be_pushed_through_is_none(text):
    assert not reported(text, "launch")
