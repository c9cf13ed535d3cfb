"""Timeline round 28, from the even half of holdout36 and the links of holdout39 and holdout42: a
month event whose day is known is placed by a yearless day only on that day (corpus/date_month_event.py,
the April 2012 rocket's 13th in corpus/events.json); a test-explosion and a hydrogen bomb's test word a
nuclear test in Chinese, Japanese, Korean (corpus/happening_words_stems.py); a present form before "later Wednesday" is ahead (corpus/happenings.py);
three countries named and an arrangement concluded name the trilateral arrangement of 2014.
Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked


def test_a_launchs_yearless_day_is_the_known_day_of_the_april_2012_rocket():
    """Launches of missiles recur: a "25日" in a sentence telling of one is any month's 25th."""
    page = ("韓國聯合參謀本部{day}日則表示,上午7點左右,朝鮮似乎又從東岸發射了一枚彈道導彈。\n\n"
            "南韓政府譴責朝鮮此舉違反聯合國安理會決議。國防部長當天上午對記者說:「我們將繼續努力收集情報、加強警戒。」")
    assert "rocket-april-2012" not in linked((page.format(day=25), None))
    assert "rocket-april-2012" in linked((page.format(day=13), None))


def test_a_month_events_yearless_day_without_a_known_day_still_places_it():
    page = "국방부는 한미일 3국 정보공유 약정이 체결돼 효력이 발생했다고 29일 발표했다."
    assert "trilateral-arrangement-2014" in linked((page, None))


@pytest.mark.parametrize(("page", "published"), [
    ("北韩6日宣称试爆氢弹,这是其第四次核试。", "2016-01-07"),
    ("北朝鮮は4回目となる水爆実験を行ったと発表した。", "2016-01-06"),
    ("북한은 4차 수소폭탄 실험을 실시했다고 발표했다.", "2016-01-06"),
])
def test_a_test_explosion_of_the_fourth_test(page, published):
    assert "fourth-nuclear-test" in linked((page, published))


def test_a_hydrogen_bomb_alone_names_no_listed_test():
    """North Korea claimed hydrogen bombs in January 2016 and September 2017 (unlisted): a page of
    the sixth test, undated, was taken for the fourth by the officeholders' rule (holdout10/027)."""
    page = "North Korea says its sixth nuclear test used a newly built hydrogen bomb, the strongest blast yet."
    assert "fourth-nuclear-test" not in linked((page, None))


@pytest.mark.parametrize("text", [
    "北韩宣称试爆氢弹。", "朝鲜成功试爆了一枚核弹。", "朝鲜进行了氢弹试验。", "北朝鮮は水爆実験を行った。",
    "북한은 수소폭탄 실험을 했다.",
])
def test_a_test_explosion_words_a_nuclear_test(text):
    assert reported(text, "nuclear-test")


def test_a_test_explosion_planned_stays_a_plan():
    assert not reported("朝鲜将试爆氢弹。", "nuclear-test")


@pytest.mark.parametrize("text", [
    "The Defense Ministry said the pact takes effect later Wednesday.",
    "Officials said the agreement takes effect later today.",
])
def test_takes_effect_later_that_day_is_ahead(text):
    assert not reported(text, "take-effect")


def test_took_effect_later_is_done():
    assert reported("The pact took effect later Wednesday, officials said.", "take-effect")


def test_a_step_taking_effect_later_wednesday_links_no_pact_of_2016():
    page = ("Seoul says it will suspend part of an inter-Korean deal. The Defense Ministry said the step takes "
            "effect later Wednesday and called the launch a grave provocation.")
    assert "takes-effect" not in linked((page, None))


def test_three_countries_named_concluding_an_arrangement():
    page = ("On Dec. 29 South Korea, the United States and Japan concluded an arrangement to share military "
            "information on the North's missiles.")
    assert "trilateral-arrangement-2014" in linked((page, None))
    assert "trilateral-arrangement-2014" in linked((page.replace("On Dec. 29 ", ""), "2014-12-30"))
    plan = ("South Korea, the United States and Japan will sign an arrangement to share military information "
            "next month.")
    assert "trilateral-arrangement-2014" not in linked((plan, "2014-11-20"))
