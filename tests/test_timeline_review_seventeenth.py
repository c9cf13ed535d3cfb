"""Review fixes (session 17) of timeline round 32: a Korean gun's fire on a condition ("쐈다면") or as a
possibility ("쏘아 보낼 수도 있다") words no attack, and 자주포 (mostly the South's K-9) names no gun of it
(corpus/happening_words_languages.py); a Chinese test on a condition after the subject ("朝鲜若…", "如朝鲜…"),
possible ("可能") or denied ("否认") is no test (`_HYPOTHETICAL`, corpus/happenings.py); "first hydrogen bomb
designed for an ICBM" is the sixth test's claim, no name of the fourth (`corpus/events.json`); "since January
2016", "since early January" start a span as "since January" does (corpus/span_start.py). Sentences written
for the purpose."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


@pytest.mark.parametrize("text", [
    "북한군이 23일 연평도에 곡사포를 쐈다면 큰 피해가 났을 것이다.",
    "북한군이 23일 연평도에 포탄을 쐈다면 큰 피해가 났을 것이다.",
    "북한군이 23일 연평도 일대에 해안포 수십 발을 쏘아 보낼 수도 있다고 군은 밝혔다.",
])
def test_a_korean_fire_on_a_condition_or_possible_dates_nothing(text):
    assert linked((text, None)) == set()


@pytest.mark.parametrize("text", [
    "북한군이 연평도에 해안포를 쐈다면 큰 피해가 났을 것이다.",
    "북한군이 포탄을 쏘았더라면 주민이 다쳤을 것이다.",
    "북한군이 곡사포를 쏜다면 즉각 대응하겠다.",
    "북한군이 해안포 수십 발을 쏘아 보낼 수도 있다.",
    "우리 군은 K-9 자주포 80발을 쏘아 대응했다.",
    "해병대는 연평도에서 해상사격훈련을 실시해 K-9 자주포 300여 발을 쏴 훈련을 마쳤다.",
])
def test_no_attack_worded(text):
    assert not reported(text, "attack")


@pytest.mark.parametrize("text", [
    "해안포와 곡사포 100여 발을 쏴 해병대원 2명이 전사하고 민간인 2명이 숨졌다.",
    "북한군은 곡사포 170여 발을 쏘아 연평도를 공격했다.",
    "북한군이 연평도에 포탄 200여 발을 쐈다.",
])
def test_guns_rounds_fired_still_word_an_attack(text):
    assert reported(text, "attack")


@pytest.mark.parametrize("text", [
    "韩国官员称，如朝鲜9日进行核试验，是2006年以来第5次。",
    "韩国官员称，朝鲜若于9日进行核试验，是2006年以来第5次。",
    "朝鲜否认9日进行核试验，是外界第5次猜测。",
])
def test_a_chinese_test_on_a_condition_or_denied_dates_nothing(text):
    assert linked((text, None)) == set()


@pytest.mark.parametrize("text", [
    "朝鲜若再进行核试验，是2006年以来第5次。",
    "朝鲜可能进行核试验，为2006年以来第5次。",
    "如朝鲜进行核试验，这是第5次。",
    "朝鲜否认进行了核试验。",
])
def test_no_chinese_test_worded(text):
    assert not reported(text, "nuclear-test")


@pytest.mark.parametrize("text", [
    "朝鲜当天进行核试验，是2006年以来第5次。",
    "朝鲜9日进行了第五次核试验。",
    "如今朝鲜进行了核试验。",
])
def test_a_chinese_test_done_still_worded(text):
    assert reported(text, "nuclear-test")


@pytest.mark.parametrize(("text", "date"), [
    ("North Korea said on Sunday it had successfully tested its first hydrogen bomb designed for an "
     "intercontinental ballistic missile.", "2017-09-03"),
    ("North Korea conducted its sixth nuclear test, which it called its first hydrogen bomb for an ICBM.", "2017-09-03"),
    ("North Korea said on Sunday it had successfully tested its first hydrogen bomb designed for an "
     "intercontinental ballistic missile.", None),
])
def test_the_sixth_tests_hydrogen_bomb_names_no_fourth(text, date):
    assert "fourth-nuclear-test" not in linked((text, date))


def test_the_first_hydrogen_bomb_still_names_the_fourth():
    page = ("SEOUL - Hours after the ground shook, North Korea announced its first hydrogen bomb test.", "2016-01-06")
    assert "fourth-nuclear-test" in linked(page)


@pytest.mark.parametrize("span", ["since January 2016", "since last January", "since early January",
                                  "since mid-January"])
def test_a_month_starting_a_span_with_a_year_or_a_word_names_no_test(span):
    page = (f"Abe said on Tuesday that North Korea's two nuclear tests {span} were intolerable.", "2016-09-13")
    assert "fourth-nuclear-test" not in linked(page)


def test_a_month_with_its_day_still_names_the_test():
    page = ("Seoul has pushed for sanctions since January 6, when the North carried out a nuclear test.", "2016-01-12")
    assert "fourth-nuclear-test" in linked(page)
