"""Timeline round 34, from the odd half of holdout62: a test a sentence only expects is none ("is thought
to be near a fifth nuclear test", `_NEAR_MISS` in corpus/happenings.py: it dated an undated page by the
test it awaited); the North's own Korean word for its test, 시험 ("수소탄 시험이 성공적으로 진행됐다",
corpus/happening_words_stems.py); a Japanese notice that it would end the pact ("終わらせるとした通告",
corpus/happening_words_languages.py). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.happenings import find_happenings
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


def _frames(text: str, kind: str) -> set[str]:
    return {h.frame for h in find_happenings(text) if h.kind == kind}


@pytest.mark.parametrize("text", [
    "Sanctions have not stopped the North, which fires rocket after rocket and is believed to be near a fifth nuclear test.",
    "Analysts say Pyongyang is edging closer to a sixth nuclear test.",
    "The regime is nearing another nuclear test, officials warned.",
])
def test_a_test_only_neared_is_not_told_as_done(text):
    assert _frames(text, "nuclear-test") == {"denied"}


def test_a_test_only_neared_dates_no_undated_page():
    text = ("Japan's Prime Minister Shinzo Abe condemns a submarine missile launch. The North has fired missile "
            "after missile in recent months and is thought to be near a fifth nuclear test.")
    assert "fifth-nuclear-test" not in linked((text, None))


@pytest.mark.parametrize("text", [  # guards: a test done near a place, the same before and after
    "North Korea carried out its fifth nuclear test near the Punggye-ri site on Friday.",
    "Seismographs registered a quake near the site of the fifth nuclear test.",
    "The blast came close to the fifth nuclear test in size.",
])
def test_a_test_told_near_a_place_is_still_done(text):
    assert "reported" in _frames(text, "nuclear-test")


@pytest.mark.parametrize("text", [
    "북한 핵무기연구소는 성명에서 핵탄두 폭발 시험을 성공적으로 마쳤다고 밝혔다.",
    "북한은 6일 처음으로 수소폭탄 시험을 해 성공했다고 발표했다.",
    "주체조선의 첫 수소탄 시험이 성공적으로 진행됐다고 조선중앙TV가 전했다.",
])
def test_the_norths_own_word_for_its_test_tells_it_done(text):
    assert reported(text, "nuclear-test")


@pytest.mark.parametrize("text", [
    "북한은 곧 수소탄 시험을 진행할 것이라고 위협했다.",
    "전문가들은 북한이 핵탄두 폭발 시험을 해야 한다고 본다고 말했다.",
])
def test_a_test_in_the_norths_word_still_ahead_is_not_done(text):
    assert not reported(text, "nuclear-test")


def test_the_norths_word_links_a_dated_page_to_its_test():
    text = "북한 조선중앙통신은 9일 핵탄두 폭발 시험을 성공적으로 마쳤다고 보도했다. 2006년 이후 다섯 번째 핵실험이다."
    assert "fifth-nuclear-test" in linked((text, "2016-09-09"))


@pytest.mark.parametrize("text", [
    "韓国は、日本との協定を終わらせるとした通告について、その効力をいったん止めた。",
])
def test_a_japanese_notice_of_ending_tells_the_decision(text):
    assert reported(text, "terminate")


@pytest.mark.parametrize("text", [
    "韓国政府は協定を終わらせることを日本側に通告する予定だ。",
    "韓国は協定を終わらせるかどうかを来週決める。",
])
def test_a_japanese_notice_still_ahead_tells_no_decision(text):
    assert not reported(text, "terminate")
