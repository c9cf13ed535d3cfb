"""Timeline round 116: events that happened once, told without a date on a page that prints none. North Korea's
shelling of Yeonpyeong Island (an event of kind "any") by a name that words it whole ("shells hit Yeonpyeong Island",
"the island shelled by North Korea", "연평도 포격", "延坪島に砲撃"); a nuclear test named by its ordinal and told as
done by "followed" or a time gone by ("last month"). Not near the island (2020's shooting, 2024's shells), not a naval
battle off it, not a threat, not on a page before it, not a test looked ahead to. Sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.events import load_event_specs
from corpus.told_again import _GONE_BY_EN, _SINCE_EN, once_pattern
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
    ("North Korea shelled Yeonpyeong Island, killing four South Koreans.", "2010-06-01"),  # a page before it
])
def test_no_shelling_near_the_island_in_a_battle_a_threat_or_before(text, date):
    assert not _linked(text, date, YEONPYEONG), text


def test_only_an_event_of_kind_any_with_once_names_is_told_by_its_name():
    text = "Dozens of shells hit Yeonpyeong Island."
    assert told_by_its_name(_spec(YEONPYEONG), text, 0, len(text), None)
    assert not told_by_its_name(_spec("talks-agreed-2011"), text, 0, len(text), None)  # no `once`
    assert not told_by_its_name(_spec("signing"), "Seoul signed GSOMIA.", 0, 20, None)  # its wording tells it


@pytest.mark.parametrize(("text", "event"), [
    ("He thinks the UN sanctions that followed the North's nuclear test in January helped push the staff to leave.",
     "fourth-nuclear-test"),
    ("Tension has run high all year, with North Korea's fifth and largest nuclear test last month.",
     "fifth-nuclear-test"),
])
def test_a_test_followed_or_gone_by_is_told_as_done(text, event):
    assert _linked(text, None, event), text


@pytest.mark.parametrize(("text", "event"), [
    ("Experts expect a fifth nuclear test next month.", "fifth-nuclear-test"),
    ("Sanctions would follow a fifth nuclear test, officials warned.", "fifth-nuclear-test"),
    ("Seoul is bracing for a fifth nuclear test in the coming weeks.", "fifth-nuclear-test"),
])
def test_no_test_looked_ahead_to(text, event):
    assert not _linked(text, None, event), text


HOSTILE = ("shelled " * 12_000, "Yeonpyeong " * 9_000, "artillery a " * 8_000, "Yeonpyeong Island that a " * 4_000,
           "연평 " * 33_000, "연평도" * 33_000, "延坪島" * 33_000, "延坪(" * 25_000, "砲撃し" * 33_000,
           "last " * 20_000, "last month " * 9_000, "followed " * 11_000, "two years " * 10_000)


def test_the_new_names_and_readings_read_hostile_texts_quickly():
    yeonpyeong = _spec(YEONPYEONG)
    wordings = [once_pattern(yeonpyeong).within(text) for text in ("a", "가")] + [_SINCE_EN, _GONE_BY_EN]
    for text in HOSTILE:
        assert_each_reads_quickly([re.compile(w.pattern, w.flags) for w in wordings], text)
        assert_runs_quickly(lambda: told_by_its_name(yeonpyeong, text, 0, len(text), None), what=text[:20])
