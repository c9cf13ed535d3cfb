"""Review fixes (session 16) of timeline round 31: the own-day rule of an event of kind "any" takes
only the wording its `own_day` names (events.json: the shelling's attack, by North Korea, on the island;
corpus/date_own_day.py), counts more anniversaries, and is linear in the page's sentences; wordings
that are no happening done ("砲撃を加え、…と威嚇した", "可能遭到炮击", "폭격했다는 주장", "성공한 적이 없다", "a nuclear
explosion over Seoul"). Sentences written for the purpose; each negative failed before the fix."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked, timeline
from tests.hostile_timing import assert_runs_quickly


def _dates(page: str, date: str | None, event: str) -> set[str | None]:
    """The dates of the page's coverage of `event`, as the timeline gives them."""
    return {c.article_date for e in timeline((page, date)).events if e.id == event for c in e.coverage}


@pytest.mark.parametrize("page", [
    "북한이 23일 연평도 인근에서 단거리 미사일을 발사했다.",  # not an attack
    "우리 군은 23일 연평도에서 K9 자주포로 포탄 80발을 쏘았다.",  # whose fire
    "한국군이 23일 오후 연평도에서 북한 해안포 진지를 향해 대응 포격을 가했다.",
    "韓国軍は23日、延坪島から北朝鮮側に砲撃を加えた。",
    "北朝鮮軍は23日、延坪島の北方海上に砲弾数十発を撃ち込んだ。",  # on what
    "북한군이 23일 오전 연평도 북쪽 해상으로 포탄 10여 발을 쏜 뒤 합참이 경계를 강화했다.",
    "北朝鮮軍は23日、延坪島に砲撃を加え、島を火の海にすると威嚇した。",
    "朝鲜警告称，延坪岛23日可能遭到炮击。",
    "미군이 23일 연평도 인근 무인도를 폭격했다는 주장은 사실이 아니다.",
    "23일은 북한이 연평도를 포격한 지 꼭 10년 되는 날이다.",
    "23日是朝鲜炮击了延坪岛十年后的纪念日。",
])
def test_a_yearless_day_of_another_wording_dates_no_shelling(page):
    assert "yeonpyeong-shelling" not in linked((page, None))


@pytest.mark.parametrize(("text", "kind"), [
    ("北朝鮮軍は延坪島に砲撃を加え、島を火の海にすると威嚇した。", "attack"),
    ("朝鲜警告称，延坪岛可能遭到炮击。", "attack"),
    ("미군이 무인도를 폭격했다는 주장은 사실이 아니다.", "attack"),
    ("북한은 수소폭탄 실험에 성공한 적이 없다.", "nuclear-test"),
    ("북한이 수소폭탄 실험에 성공했다면 충격이 컸을 것이다.", "nuclear-test"),
    ("북한이 수소폭탄 실험에 성공했는지는 확인되지 않았다.", "nuclear-test"),
    ("The film opens with a nuclear explosion over Seoul in January.", "nuclear-test"),
    ("A nuclear explosion in Seoul would kill hundreds of thousands, the fourth study found.", "nuclear-test"),
])
def test_no_happening_done(text, kind):
    assert not reported(text, kind)


@pytest.mark.parametrize("page", [
    "북한은 네 번째 실험에서도 수소폭탄 실험에 성공한 적이 없다고 국정원은 봤다.",
])
def test_a_test_never_succeeded_links_no_fourth_test(page):
    assert "fourth-nuclear-test" not in linked((page, "2016-01-08"))


@pytest.mark.parametrize("page", [
    "The film opens with a nuclear explosion over Seoul in January.",
    "A nuclear explosion in Seoul would kill hundreds of thousands, the fourth study found.",
])
def test_a_nuclear_explosion_not_carried_out_links_no_fourth_test(page):
    assert "fourth-nuclear-test" not in linked((page, "2016-01-12"))


def test_an_anniversarys_day_dates_no_page_on_the_test():
    assert "2016-01-06" not in _dates("6일은 북한이 4차 핵실험을 한 지 꼭 1년 되는 날이다.", None, "fourth-nuclear-test")


@pytest.mark.parametrize(("page", "event"), [  # the round's own, kept
    ("북한군이 23일 오후 3시께 연평도 주변에 포탄 수십 발을 쏜 가운데 주민들이 대피소로 피했다.", "yeonpyeong-shelling"),
    ("北朝鮮軍は23日午後、延坪島周辺に砲撃を加えた。住民は避難した。", "yeonpyeong-shelling"),
    ("북한이 23일 연평도를 포격했다.", "yeonpyeong-shelling"),
    ("朝鲜23日炮击了延坪岛。", "yeonpyeong-shelling"),
    ("北朝鮮は23日午後、延坪(ヨンピョン)島周辺に砲撃を加えた。", "yeonpyeong-shelling"),  # (a reading in brackets)
])
def test_north_koreas_shelling_of_the_island_on_its_day_still_dates_a_page(page, event):
    assert event in linked((page, None))


@pytest.mark.parametrize(("text", "kind"), [
    ("北朝鮮軍は延坪島に砲撃を加え、住民が避難した。", "attack"),
    ("延坪岛遭到炮击。", "attack"),
    ("북한은 수소폭탄 실험에 성공한 것으로 보인다.", "nuclear-test"),
    ("North Korea carried out a nuclear explosion on Wednesday.", "nuclear-test"),
])
def test_happenings_done_still_read(text, kind):
    assert reported(text, kind)


def test_the_own_day_rule_is_linear_in_the_sentences():
    page = "북한이 23일 연평도에 포탄을 쏜 지 13년이 됐다. " * 2000
    assert_runs_quickly(lambda: timeline((page, None)), limit=30)  # (about 4 s; quadratic, it took twice that and more)
