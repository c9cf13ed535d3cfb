"""Review fixes of timeline rounds 29-30 (session 15): an anniversary is of the event only when it is
of the event's own name (`anniversary` in corpus/events.json), never of its generic `about` words, and
it is read in time linear in the passage (corpus/date_anniversary.py); on a page that prints no date an
ordinal test's name is a report only with a sign it happened in its clause (a verb of doing in a past
form, "since"/"after" it), and the single-word cues of a test to come ("next", "possible", "threat")
count only right before the name (corpus/told_again.py, corpus/foresight.py); conditionals are no test
done (corpus/happening_words_stems.py). Sentences written for the purpose, from the review."""

from __future__ import annotations

import pytest

from corpus.date_anniversary import anniversary_years
from corpus.events import load_event_specs
from tests.test_happenings_sixteenth_round import reported
from tests.test_timeline_eighteenth_round_pages import linked
from tests.hostile_timing import assert_runs_quickly


@pytest.mark.parametrize(("page", "event", "date"), [
    ("Russia marked on Sunday the first anniversary of Washington's decision to terminate the INF treaty.",
     "termination-decision-2019", "2020-08-02"),
    ("Russia marked on Sunday the first anniversary of Washington's decision to terminate the INF treaty.",
     "termination-decision-2019", None),
    ("Greek officials marked the fourth anniversary of the EU-Turkey migration deal, which the bloc signed "
     "with Ankara.", "signing", "2020-03-18"),
    ("Greek officials marked the fourth anniversary of the EU-Turkey migration deal, which the bloc signed "
     "with Ankara.", "signing", None),
    ("Americans gathered on the first anniversary of the January 6 riot at the U.S. Capitol, a day after "
     "North Korea carried out a nuclear test.", "fourth-nuclear-test", None),
    ("On the first anniversary of the September 11 attacks, analysts said North Korea had carried out a "
     "nuclear test.", "fifth-nuclear-test", None),
])
def test_an_anniversary_of_something_else_is_not_the_events(page, event, date):
    assert event not in linked((page, date))


def test_the_shellings_anniversary_still_names_it():
    page = "Marines held a drill on Monday, the fifth anniversary of the North's artillery attack on Yeonpyeong Island."
    assert "yeonpyeong-shelling" in linked((page, None))
    assert "yeonpyeong-shelling" in linked(("延坪岛炮击事件5周年之际，韩国举行了纪念活动。", None))


def test_many_anniversaries_are_read_in_linear_time():
    shelling = next(spec for spec in load_event_specs() if spec.id == "yeonpyeong-shelling")
    text = "연평도 5주기 " * 4000  # 32k characters, one sentence

    def read() -> None:
        assert anniversary_years(shelling, text, 0, len(text)) == {2015}
    assert_runs_quickly(read, limit=1.0)


@pytest.mark.parametrize("page", [
    "Seoul and Washington discussed their response in case of a fifth nuclear test.",
    "The allies vowed to deter a fourth nuclear test.",
    "Satellite images show signs of a fourth nuclear test.",
    "Experts expect a fifth nuclear test.",
    "Analysts fear a fifth nuclear test.",
    "Seoul is bracing for a fifth nuclear test.",
    "The fifth nuclear test, if it comes, would be the largest.",
    "북한이 5차 핵실험을 강행하면 추가 제재가 불가피하다.",
    "정부는 북한의 5차 핵실험에 대비해 비상 체제를 점검했다.",
    "中方反对朝鲜进行第五次核试验。",
])
def test_an_ordinal_test_named_on_an_undated_page_needs_a_sign_it_happened(page):
    assert not {"fourth-nuclear-test", "fifth-nuclear-test"} & linked((page, None))


@pytest.mark.parametrize(("page", "event"), [
    ("Analysts say North Korea carried out its fourth nuclear test at the site.", "fourth-nuclear-test"),
    ("Pyongyang conducted its fifth nuclear test in the north-east.", "fifth-nuclear-test"),
    ("북한이 4차 핵실험을 감행했다.", "fourth-nuclear-test"),
    ("安理会在朝鲜第四次核试验后通过了新的制裁决议。", "fourth-nuclear-test"),
    ("Sanctions have tightened since the fourth nuclear test.", "fourth-nuclear-test"),
    ("The next morning North Korea carried out its fourth nuclear test.", "fourth-nuclear-test"),
    ("Defying the threat of sanctions North Korea carried out its fifth nuclear test.", "fifth-nuclear-test"),
])
def test_an_ordinal_test_done_on_an_undated_page(page, event):
    assert event in linked((page, None))


@pytest.mark.parametrize("page", [
    "Seoul warned of a possible fifth nuclear test at the site.",
    "The North may be readying its next nuclear test, the fifth.",
    "Officials warned of the threat of a fifth nuclear test.",
])
def test_a_cue_right_before_the_name_still_foresees_it(page):
    assert "fifth-nuclear-test" not in linked((page, None))


@pytest.mark.parametrize("text", [
    "北朝鮮で5回目の核実験が行われた場合に備え、政府は対策を点検した。",
    "如果朝鲜试爆氢弹，中方将坚决反对。",
    "朝鲜扬言试爆氢弹。",
])
def test_a_conditional_is_no_test_done(text):
    assert not reported(text, "nuclear-test")


def test_a_test_done_is_still_reported():
    assert reported("北朝鮮で5回目の核実験が行われた。", "nuclear-test")
    assert reported("朝鲜宣布试爆氢弹成功。", "nuclear-test")


@pytest.mark.parametrize(("page", "event"), [
    ("Jan. 6: North Korea conducts its fourth nuclear test and claims a hydrogen bomb.", "fourth-nuclear-test"),
    ("It is the isolated state's fourth nuclear test.", "fourth-nuclear-test"),
    ("That test was Pyongyang's fifth atomic test and the second in eight months.", "fifth-nuclear-test"),
    ("Tension has run high, starting with its fourth underground nuclear test in January.", "fourth-nuclear-test"),
    ("미 폭격기가 한반도 상공에 전개됐다. 北 4차 핵실험 나흘 만이다.", "fourth-nuclear-test"),
    ("この日行った5回目の核実験が成功したと発表した。", "fifth-nuclear-test"),
    ("这是朝鲜自2006年以来第五次核试验。", "fifth-nuclear-test"),
])
def test_more_signs_a_named_test_happened(page, event):
    assert event in linked((page, None))


def test_a_present_verb_on_a_condition_is_no_sign():
    assert "fifth-nuclear-test" not in linked(("Sanctions will follow if North Korea conducts its fifth nuclear test.", None))
