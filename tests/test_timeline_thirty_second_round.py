"""Timeline round 32, from the even half of holdout52: a bare month that "since" makes the start of a
span names no happening ("two nuclear tests since January" is no report of January's test,
corpus/span_start.py); the first hydrogen bomb names the fourth nuclear test (`corpus/events.json`);
guns' rounds fired word an attack in Korean ("곡사포 100여 발을 쏴", corpus/happening_words_languages.py);
a Chinese test counted after it words a test done ("进行核试验，是…第5次", corpus/happening_words_stems.py);
Yeonpyeong's Japanese katakana name names the island. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


def test_a_month_starting_a_span_names_no_test():
    page = ("Japan's defence minister said on Tuesday that the two nuclear tests since January could not be "
            "accepted.", "2016-09-13")
    assert "fourth-nuclear-test" not in linked(page)


@pytest.mark.parametrize("text", [
    "Seoul has pushed for sanctions since January's nuclear test, which the North carried out in defiance of the UN.",
    "Seoul has pushed for sanctions since January 6, when the North carried out a nuclear test.",
    "Seoul has pushed for sanctions since the North carried out a nuclear test in January.",
])
def test_the_month_named_with_its_test_still_names_it(text):
    assert "fourth-nuclear-test" in linked((text, "2016-01-12"))


def test_the_first_hydrogen_bomb_names_the_fourth_test():
    page = ("SEOUL - Hours after the ground shook, North Korea announced its first hydrogen bomb test.", "2016-01-06")
    assert "fourth-nuclear-test" in linked(page)


@pytest.mark.parametrize("text", [
    "북한군이 섬에 곡사포 수십 발을 쏴 주민들이 다쳤다.",
    "북한군이 섬에 해안포 50여 발을 쏘아 건물이 불탔다.",
])
def test_guns_rounds_fired_word_an_attack(text):
    assert reported(text, "attack")


@pytest.mark.parametrize("text", [
    "북한이 오늘 아침 위성을 실은 로켓 1발을 쏘아 올렸다.",
    "군은 대포를 쏴야 한다고 주장했다.",
])
def test_a_launch_or_a_must_is_no_attack(text):
    assert not reported(text, "attack")


def test_a_chinese_test_counted_after_it_is_done():
    assert reported("朝鲜当天进行核试验，是2006年以来第5次。", "nuclear-test")


def test_yeonpyeong_in_katakana_names_the_island():
    page = ("北朝鮮は2010年11月23日、韓国領ヨンピョン島を砲撃した。住民は避難した。", None)
    assert "yeonpyeong-shelling" in linked(page)
