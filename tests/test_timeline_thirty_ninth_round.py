"""Timeline round 39 (the odd halves of holdout66 and holdout68): the Japanese pact left unrenewed as a course told
("GSOMIAを更新しない方針を明らかにした"), a Korean intent to end the pact told in the adnominal past ("협정을
끝내겠다고 밝힌 뒤": corpus/happening_words_stems.py), a Korean launch shot up ("쏘아 올린 은하 3호":
corpus/happening_words_languages.py), an English test named by its month ("January's test", "the January test":
corpus/happening_words.py). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


@pytest.mark.parametrize("text", [
    "韓国政府は昨日、日本とのGSOMIAを更新しない方針を明らかにしました。",
    "韓国は軍事情報包括保護協定を延長しないことを決定し、日本側に伝えた。",
])
def test_a_japanese_pact_left_unrenewed_as_a_course_told_ends_it(text):
    assert reported(text, "terminate")


@pytest.mark.parametrize("text", [
    "韓国政府はGSOMIAを更新しない方針を固めた。",  # settled, not yet told
    "韓国がGSOMIAを更新しない方針を明らかにした場合、日本は抗議する。",  # on a condition
])
def test_a_course_only_settled_or_supposed_ends_nothing(text):
    assert not reported(text, "terminate")


def test_a_korean_intent_to_end_told_in_the_adnominal_past_ends_the_pact():
    assert reported("정부가 지난 8월 협정을 끝내겠다고 밝힌 뒤 석 달이 지났다.", "terminate")
    assert not reported("정부는 협정을 끝내겠다고 밝힌 바 없다.", "terminate")  # never said


def test_a_korean_rocket_shot_up_is_a_launch():
    assert reported("북한이 2012년 4월 쏘아 올린 은하 3호는 발사 직후 폭발했다.", "launch")
    assert reported("북한은 그해 장거리 로켓을 쏴 올렸다.", "launch")
    assert not reported("북한이 로켓을 쏘아 올린다면 제재가 뒤따를 것이다.", "launch")
    assert not reported("북한은 곧 로켓을 쏘아 올릴 것으로 보인다.", "launch")


def test_an_english_test_named_by_its_month_is_a_nuclear_test():
    assert reported("The blast was about twice the size of January's test, analysts said.", "nuclear-test")
    assert reported("Sanctions imposed after the January test had achieved little.", "nuclear-test")
    assert not reported("Analysts compared it with the March test of a missile.", "nuclear-test")


def test_the_shot_up_rocket_links_the_april_2012_launch():
    page = ("북한이 2012년 4월 쏘아 올린 장거리 로켓 은하 3호는 실패로 끝났다. "
            "이후 핵실험이 이어졌다.")
    assert "rocket-april-2012" in linked((page, "2016-01-07"))


def test_an_abbreviated_month_names_the_test_it_dates():
    page = ("Council members met on Wednesday (Jan 6), hours after the North said it had set off a hydrogen bomb. "
            "Diplomats began drafting new measures.")
    assert "fourth-nuclear-test" in linked((page, None))
    page = ("Council members met on Friday (Sept. 9), hours after the North said it had set off a nuclear warhead. "
            "Diplomats began drafting new measures.")
    assert "fifth-nuclear-test" in linked((page, None))
