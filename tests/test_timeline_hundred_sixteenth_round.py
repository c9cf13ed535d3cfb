"""Timeline round 116: events that happened once, told without a date on a page that prints none. North Korea's
shelling of Yeonpyeong Island (an event of kind "any") by a name that words it whole ("shells hit Yeonpyeong Island",
"the island shelled by North Korea", "연평도 포격", "延坪島に砲撃"); a nuclear test named by its ordinal and told as
done by "followed" or a time gone by ("last month"). Not near the island (2020's shooting, 2024's shells), not a naval
battle off it, not a threat, not on a page before it, not a test looked ahead to. Sentences written for the purpose."""

from __future__ import annotations

import pytest

from corpus.events import load_event_specs
from corpus.told_again import _GONE_BY_HOLDER, _SINCE_EN, once_pattern
from corpus.told_by_its_name import told_by_its_name
from tests.hostile_timing import assert_each_reads_quickly, assert_runs_quickly
from tests.test_timeline_hundred_fourth_round import _linked

YEONPYEONG = "yeonpyeong-shelling"


def _spec(event_id):
    return next(spec for spec in load_event_specs() if spec.id == event_id)


@pytest.mark.parametrize(("text", "date"), [
    ("North Korea has fired artillery at Yeonpyeongdo. Four people are hurt.", None),
    ("Dozens of shells hit Yeonpyeong Island in the Yellow Sea, officials said.", None),
    ("Both Koreas confirm that Yeonpyeong Island was hit, although they dispute who fired first.", None),
    ("People from the small South Korean island shelled by North Korea described how they fled.", None),
    ("The gun position on Yeonpyeong Island that North Korean artillery hit is now a memorial.", None),
    ("북한의 연평도 포격으로 해병대원 2명이 숨졌다.", None),
    ("延坪（ヨンピョン）島と周辺の海に北朝鮮側から砲撃があり、民家が燃えた。", None),
    ("North Korea shelled Yeonpyeong Island, killing four South Koreans.", "2015-06-01"),  # a later page
])
def test_the_shelling_named_whole_is_told_without_a_date(text, date):
    assert _linked(text, date, YEONPYEONG), text


@pytest.mark.parametrize(("text", "date"), [
    ("North Korea fired artillery shells near Yeonpyeong Island into the buffer zone.", None),  # 2024's
    ("A fisheries official vanished from a patrol boat near Yeonpyeong island.", None),  # 2020's shooting
    ("North Korean boats attacked a patrol vessel in the Battle of Yeonpyeong.", None),  # 1999 or 2002
    ("The ceremony marked ten years since the second naval battle off Yeonpyeong.", None),
    ("North Korea warned it could attack Yeonpyeong Island again.", None),  # a threat
    ("북한이 연평도 인근 해상으로 포격했다.", None),
    ("北朝鮮が延坪島付近の海上に砲撃した。", None),
    ("韓国軍は延坪島から北朝鮮側に砲撃を加えた。", None),  # the South's fire, from the island
    ("北朝鮮軍は延坪島に砲撃を加え、島を火の海にすると威嚇した。", None),  # a threat
    ("오늘은 북한이 연평도를 포격한 지 꼭 10년 되는 날이다.", None),  # years counted: the anniversary's
    ("North Korea shelled Yeonpyeong Island, killing four South Koreans.", "2010-06-01"),  # a page before it
])
def test_no_shelling_near_the_island_in_a_battle_a_threat_or_before(text, date):
    assert not _linked(text, date, YEONPYEONG), text


def test_only_an_event_of_kind_any_with_once_names_is_told_by_its_name():
    text = "Dozens of shells hit Yeonpyeong Island."
    assert told_by_its_name(_spec(YEONPYEONG), text, 0, len(text), None)
    assert not told_by_its_name(_spec("talks-agreed-2011"), text, 0, len(text), None)  # no `once`
    assert not told_by_its_name(_spec("signing"), "Seoul signed GSOMIA.", 0, 20, None)  # its wording tells it
    once = once_pattern(_spec(YEONPYEONG))
    for name in ("shelling of Yeonpyeong", "Yeonpyeong Island was shelled", "연평도 포격", "延坪島への砲撃", "炮击延坪岛"):
        assert once.search(name), name
    for near_miss in ("shells near Yeonpyeong", "the Yeonpyeong naval battle", "연평해전", "연평도 인근 해상으로 포격",
                      "延坪島沖に砲撃", "Yeonpyeong fishermen"):
        assert not once.search(near_miss), near_miss


def test_a_test_followed_or_gone_by_is_told_as_done_and_one_looked_ahead_to_is_not():
    fourth, fifth = "fourth-nuclear-test", "fifth-nuclear-test"
    assert _linked("He thinks the UN sanctions that followed the North's nuclear test in January helped push the "
                   "staff to leave.", None, fourth)
    assert _linked("Tension has run high all year, with North Korea's fifth and largest nuclear test last month.",
                   None, fifth)
    for ahead in ("Experts expect a fifth nuclear test next month.",
                  "Sanctions would follow a fifth nuclear test, officials warned.",
                  "Seoul is bracing for a fifth nuclear test in the coming weeks."):
        assert not _linked(ahead, None, fifth), ahead


HOSTILE = ("shelled " * 12_000, "Yeonpyeong " * 9_000, "artillery a " * 8_000, "Yeonpyeong Island that a " * 4_000,
           "연평 " * 33_000, "연평도" * 33_000, "延坪島" * 33_000, "延坪(" * 25_000, "砲撃し" * 33_000)
HOSTILE_EN = ("last " * 20_000, "last month " * 9_000, "followed " * 11_000, "two years " * 10_000)


def test_the_new_names_and_readings_read_hostile_texts_quickly():
    yeonpyeong = _spec(YEONPYEONG)
    for text in HOSTILE:
        assert_runs_quickly(lambda: told_by_its_name(yeonpyeong, text, 0, len(text), None), what=text[:20])
    for text in HOSTILE_EN:
        assert_each_reads_quickly([_SINCE_EN, _GONE_BY_HOLDER], text)
