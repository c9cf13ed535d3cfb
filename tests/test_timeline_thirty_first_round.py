"""Timeline round 31, from the odd half of holdout52: shells fired on a place word an attack in Korean,
Japanese and Chinese ("포탄 수십 발을 쏜", "砲撃を加えた", "炮击了", corpus/happening_words_languages.py); a
hydrogen bomb's test that succeeded words a test done in Korean ("수소폭탄 실험에 성공했다",
corpus/happening_words_stems.py), and so does "nuclear explosion" in English (corpus/happening_words.py);
an undated page of another story is dated by a yearless numbered day of a listed event told in the very
sentence that words it as done and names what it is about, the day first, no years counted there
(corpus/date_own_day.py). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


@pytest.mark.parametrize("text", [
    "북한군이 섬 주변 해상에 포탄 수십 발을 쏜 뒤 주민들이 대피했다.",
    "북한이 섬을 포격했다고 합참이 밝혔다.",
    "北朝鮮軍が島に砲撃を加えた。",
    "朝鲜军队炮击了该岛。",
])
def test_shells_fired_word_an_attack(text):
    assert reported(text, "attack")


def test_shells_to_be_fired_are_no_attack():
    assert not reported("북한이 섬을 포격할 것이라고 위협했다.", "attack")


@pytest.mark.parametrize("text", [
    "북한은 수소폭탄 실험에 성공했다고 발표했다.",
    "It was the third nuclear explosion the country has carried out.",
])
def test_more_wordings_of_a_nuclear_test(text):
    assert reported(text, "nuclear-test")


def test_a_test_to_succeed_is_no_test():
    assert not reported("북한이 수소폭탄 실험에 성공한다면 제재가 뒤따를 것이다.", "nuclear-test")


@pytest.mark.parametrize(("page", "event"), [
    ("북한군이 23일 오후 3시께 연평도 주변에 포탄 수십 발을 쏜 가운데 주민들이 대피소로 피했다.", "yeonpyeong-shelling"),
    ("北朝鮮軍は23日午後、延坪島周辺に砲撃を加えた。住民は避難した。", "yeonpyeong-shelling"),
    ("북한이 6일 오전 수소폭탄 실험에 성공했다고 주장하며 4차 핵실험을 발표했다.", "fourth-nuclear-test"),
])
def test_a_yearless_day_in_the_sentence_that_words_it_dates_an_undated_page(page, event):
    assert event in linked((page, None))


@pytest.mark.parametrize("page", [
    # the day of another month or a later year's: the sentence counts years, or the day is not the event's
    "북한이 연평도를 포격한 지 13년이 되는 23일 주민들이 추모식에 모였다. 북한이 23일 연평도에 포탄을 쏜 지 13년이다.",
    "북한군이 24일 오후 연평도 주변에 포탄 수십 발을 쏜 가운데 주민들이 대피소로 피했다.",
    # the day after the happening's wording dates something else
    "연평도 주변에 포탄 수십 발을 쏜 북한에 대해 정부가 23일 성명을 냈다.",
])
def test_a_yearless_day_that_is_not_the_events_dates_no_page(page):
    assert "yeonpyeong-shelling" not in linked((page, None))
