"""Timeline round 37 (the odd halves of holdout63 and holdout65): the pact ended in a native Korean verb's
intent, its object the pact ("지소미아를 끝내겠다는 뜻을 통보했다"); a Japanese end declared ("破棄を宣言した"),
the declaration's effect stopped, its words in quotes ("破棄宣言の「効力を停止」した"), and a normal use told to
the other side ("正常に戻すと…伝えた": corpus/happening_words_stems.py); a date is not the verb's when another
date stands between them, the verb's own (index/proposals.py). Sentences written for the purpose."""

from __future__ import annotations

import pytest

from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked, proposed


@pytest.mark.parametrize("text", [
    "외교부는 이날 일본 대사를 불러 지소미아를 끝내겠다는 정부 뜻을 공식 통보했다.",
    "정부는 협정을 끝내겠다고 일본에 알렸다.",
])
def test_the_pact_ended_in_a_native_verbs_intent(text):
    assert reported(text, "terminate")


@pytest.mark.parametrize("text", [
    "협상은 끝내 결렬됐다.",  # "끝내", at last
    "정부는 협정을 끝내야 한다는 여론에 부딪혔다.",
    "회의를 끝내겠다고 의장이 말했다.",  # not the pact
])
def test_at_last_or_another_thing_ended_is_not_the_end(text):
    assert not reported(text, "terminate")


def test_the_intent_told_links_the_decision():
    page = ("2019년 8월 23일 외교부는 일본 대사를 불러 지소미아를 끝내겠다는 정부 뜻을 공식 통보했다. "
            "대사는 말없이 청사를 떠났다.")
    assert "termination-decision-2019" in linked((page, "2019-08-23"))


@pytest.mark.parametrize("text", [
    "前政権は2019年8月にGSOMIAの破棄を宣言した。",
    "韓国は協定の終了を宣言し、日本は反発した。",
])
def test_an_end_declared_is_the_end(text):
    assert reported(text, "terminate")


@pytest.mark.parametrize("text", [
    "韓国が協定の破棄を宣言した場合、日本は対抗措置をとる。",
    "与党は協定の正常化を宣言した。",
])
def test_an_end_declared_on_a_condition_or_another_declaration_is_none(text):
    assert not reported(text, "terminate")


@pytest.mark.parametrize("text", [
    "その後、米国の圧力で破棄宣言の「効力を停止」したが、権利はあると言い続けた。",
    "政府は終了宣言の効力を停止した。",
])
def test_a_declarations_effect_stopped_is_the_suspension(text):
    assert reported(text, "extend")


def test_a_declarations_effect_to_be_stopped_is_none():
    assert not reported("政府は破棄宣言の「効力を停止」するかどうか検討している。", "extend")


def test_a_normal_use_told_to_the_other_side_is_the_normalization():
    assert reported("外務省は21日、協定の運用を正常に戻すと日本側に書面で正式に伝えたと発表した。", "normalize")


def test_a_normal_use_wished_for_is_none():
    assert not reported("外相は協定の運用を早く正常に戻したいと述べた。", "normalize")


def test_the_normal_use_told_links_the_normalization():
    page = "韓国外務省は2023年3月21日、協定の運用を正常に戻すと日本側に書面で正式に伝えたと発表した。"
    assert "normalization-2023" in linked((page, "2023-03-21"))


@pytest.mark.parametrize("page", [
    "前政権は、日本が2019年7月に輸出管理を厳しくしたことに反発し、同年8月にGSOMIAの破棄を決めて日本側に通告した。",
    "韓国は、日本が2019年7月に輸出規制を強化したことに反発し、同年8月に協定を終了すると発表した。",
])
def test_a_date_before_another_is_not_the_later_verbs(page):
    assert not proposed((page, "2023-03-22"))


def test_a_date_next_to_its_verb_is_still_proposed():
    page = "The two defence chiefs met in Bangkok on Nov. 17, 2019, after talks in Seoul on Nov. 15."
    assert proposed((page, "2019-11-18"))


@pytest.mark.parametrize("text", [
    "据央视报道,朝鲜官方已宣布此次卫星发射失败。",
    "朝鲜中央通讯社称,卫星发射成功。",
])
def test_a_launch_told_by_its_outcome_is_done(text):
    assert reported(text, "launch")


@pytest.mark.parametrize("text", [
    "如果卫星发射成功的话,朝鲜将更加强硬。",
    "专家关注此次发射成功与否。",
])
def test_an_outcome_asked_about_is_no_launch(text):
    assert not reported(text, "launch")


def test_a_launch_told_by_its_outcome_links_the_rocket():
    page = ("新华网4月13日电 朝鲜官方已宣布此次卫星发射失败。当天上午,“银河3号”火箭携“光明星3号”卫星从西海卫星发射场"
            "升空。")
    assert "rocket-april-2012" in linked((page, "2012-04-13"))


def test_a_test_counted_as_its_topic_is_done():
    assert reported("北朝鮮は6日、水爆の実験に成功したと発表した。核実験は4回目で、2013年2月以来となる。", "nuclear-test")


@pytest.mark.parametrize("text", [
    "核実験は4回目となる見通しだ。",
    "核実験が5回目となれば、制裁は避けられない。",
])
def test_a_count_ahead_is_no_test(text):
    assert not reported(text, "nuclear-test")
