"""Timeline round 118: the 2019 end of the pact told to Japan with the plain verb ("破棄すると日本側に通告しました",
"終了させると日本政府に伝えた") or its keeping refused by a decision ("GSOMIAを維持しないと決めた"); not a wish, a plan, a condition,
a denial, 2012's signing put off or another pact. North Korea's hydrogen bomb test of January 2016 told by its noun
in Korean, Japanese and Chinese ("수소탄 실험을 규탄하며", "「水爆」実験に続き", "氫彈試爆成功", "试验了氢弹"), as English's
"hydrogen bomb test" is, and English "a claimed test of a hydrogen bomb". Not a test prepared, planned, threatened or
possible, not on a page of no date, not September 2017's bomb on a page of its days, not a test of another bomb.
Sentences written for the purpose."""

from __future__ import annotations

import re

import pytest

from corpus.happening_words_hydrogen_bomb import SPACED, UNSPACED
from corpus.happening_words_retold import _JA_END_TOLD, _JA_NOT_KEPT_DECIDED
from corpus.happenings import find_happenings
from tests.hostile_timing import assert_each_reads_quickly
from tests.test_timeline_hundred_fourth_round import _linked

FOURTH = "fourth-nuclear-test"
DECISION = "termination-decision-2019"


@pytest.mark.parametrize(("event", "text", "date"), [
    (DECISION, "韓国政府は去年8月、対抗措置としてGSOMIAを破棄すると日本側に通告しましたが、11月に停止しました。",
     "2020-08-20"),
    (DECISION, "韓国政府は23日午後、日韓の軍事情報包括保護協定(GSOMIA)を終了させると日本政府に伝えた。", "2019-08-23"),
    (DECISION, "韓国がGSOMIAを維持しないと決めた背景には、徴用工問題がある。", "2019-08-24"),
    (DECISION, "GSOMIAについて、韓国は8月22日に延長しないと決めた。", "2019-10-01"),
    (FOURTH, "유엔 안보리가 북한의 수소탄 실험을 규탄하며 추가 제재를 담은 결의안 작업에 들어갔다.", "2016-01-07"),
    (FOURTH, "北韓昨(6)日宣布氫彈試爆成功,全球同聲譴責。", "2016-01-07"),
    (FOURTH, "在上個月宣称试验了氢弹之后,这次发射可能显示新的技术进展。", "2016-02-07"),
    (FOURTH, "北朝鮮の核実験は2006年10月以来5回目で、今年1月の「水爆」実験に続き年内2回目です。", "2016-09-10"),
    (FOURTH, "North Korea's claimed test of a hydrogen bomb was a grave provocation, Park said.", "2016-01-06"),
])
def test_the_end_told_to_japan_and_the_hydrogen_bomb_test_told_by_its_noun_link_their_events(event, text, date):
    assert _linked(text, date, event), text


@pytest.mark.parametrize(("event", "text", "date"), [
    (DECISION, "韓国政府はGSOMIAを終了させると日本側に伝えたいとしている。", "2019-08-20"),  # a wish
    (DECISION, "韓国政府はGSOMIAを終了させると日本側に伝える予定だ。", "2019-08-20"),  # a plan
    (DECISION, "韓国がGSOMIAを破棄すると通告した場合、日本は対抗措置をとる。", "2019-08-20"),  # a condition
    (DECISION, "韓国政府はGSOMIAを破棄すると伝えたとの報道を否定した。", "2019-08-20"),  # a denial
    (DECISION, "韓国政府はGSOMIAを破棄すると警告した。", "2019-08-20"),  # a threat
    (DECISION, "韓国政府は2012年、世論の反発でGSOMIAに署名しないと決めた。", "2012-06-30"),  # 2012's collapse
    (DECISION, "日本政府は韓国との通貨スワップ協定を延長しないと決めた。", "2019-08-25"),  # another pact
    (FOURTH, "유엔 안보리가 북한의 수소탄 실험을 규탄했다.", None),  # a page of no date: the bomb is no `once` name
    (FOURTH, "北朝鮮は3日、ICBMに搭載する水爆の実験に成功したと発表した。6回目の核実験だ。", "2017-09-04"),  # 2017's
    (FOURTH, "北朝鮮は3日、水爆実験に成功したと発表した。", "2017-09-04"),  # 2017's, on a page of its days
    (FOURTH, "북한이 6차 핵실험으로 수소탄 실험을 했다고 밝혔다.", "2017-09-04"),
    (FOURTH, "유엔 안보리가 북한의 수소탄 실험을 규탄했다.", "2015-12-20"),  # a page before it
])
def test_no_link_from_a_wish_a_plan_a_condition_a_denial_2012_another_pact_no_date_or_2017s_bomb(event, text, date):
    assert not _linked(text, date, event), text


def _tests_told_as_done(text):
    return [h for h in find_happenings(text) if h.kind == "nuclear-test" and h.reported]


@pytest.mark.parametrize("text", [
    "북한이 수소탄 실험을 준비하고 있다.",
    "북한은 수소탄 실험을 할 수도 있다고 위협했다.",
    "북한의 수소폭탄 실험 가능성이 제기됐다.",
    "북한은 곧 수소탄 시험을 진행할 것이라고 위협했다.",
    "북한이 수소탄 실험을 한다면 안보리가 규탄할 것이다.",
    "北朝鮮が水爆実験に成功すれば、制裁は避けられない。",
    "北朝鮮が水爆実験を行う可能性がある。",
    "北朝鮮は水爆実験の準備を進めている。",
    "北朝鮮は水爆実験も辞さない構えだ。",
    "朝鲜可能进行氢弹试验。",
    "朝鲜扬言氢弹试爆。",
    "Officials said the North was preparing to test a hydrogen bomb.",  # the verb ahead, no test's noun
    "Scientists ran a test of a new rocket engine.",  # a test of another thing
])
def test_a_hydrogen_bomb_test_ahead_or_threatened_or_another_test_is_not_one_done(text):
    assert not _tests_told_as_done(text), text


def test_the_nouns_are_read_as_tests_done():
    for text in ("북한의 수소탄 실험을 규탄하며", "수소폭탄 시험을 강력히 비난했다", "水爆実験に成功", "「水爆」実験に続き",
                 "宣布氢弹试验成功", "氫彈試爆成功", "试验了氢弹", "its claimed test of a hydrogen bomb"):
        assert _tests_told_as_done(text), text


HOSTILE = ("수소탄 실험 " * 12_000, "수소탄 실험을 규탄" * 9_000, "수소 " * 33_000, "水爆" * 50_000, "水爆」" * 33_000, "氢弹试" * 33_000,
           "试验了" * 33_000, "试验了氢" * 25_000, "test of a " * 10_000, "tests of the first new " * 4_000)


def test_the_wordings_read_hostile_texts_quickly():
    wordings = [re.compile(wording, re.I) for table in (SPACED, UNSPACED) for wording in table["nuclear-test"]]
    for text in HOSTILE:
        assert_each_reads_quickly(wordings, text)
    for text in ("破棄すると" * 20_000, "終了させると日本" * 12_000, "維持しない" * 20_000, "しないと" * 25_000):
        assert_each_reads_quickly([re.compile(_JA_END_TOLD), re.compile(_JA_NOT_KEPT_DECIDED)], text)
